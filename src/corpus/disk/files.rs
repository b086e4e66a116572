//! Listing and reading the files of corpus folders: which files are sources, and
//! the rules for reading each.
//!
//! A file that cannot be used is skipped with a warning that names it, and the rest
//! still loads: unreadable (permission denied), gone between listing and reading,
//! binary, not UTF-8, too large (refused from its size alone, never read), empty, or
//! reached through a symlink that cannot be resolved (broken, or a loop).
//!
//! Trust boundary: only the configured folders are read. A symlink inside a corpus
//! folder is followed only when its target is inside a configured corpus folder too;
//! one that leads elsewhere (out of the workspace, say) is not followed, and the
//! warning says to add its target's folder to `corpus` to read it. The configured
//! folders themselves may be anywhere (`../wire`, or a symlink): configuring them is
//! the explicit step. See docs/security.md.

use crate::corpus::readers::{Failure, Kind};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Files larger than this are not news copy; they are skipped (text files; each kind
/// of source has its own limit, `Kind::max_bytes`).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Something that kept a file or folder out of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadWarning {
    pub path: PathBuf,
    pub reason: Reason,
}

/// Why a file or folder was kept out of the corpus: a kind, told in the writer's
/// language at the edge (`Reason::tell`, through the message catalogues); `Display`
/// is the English, for logs.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A configured corpus folder that does not exist.
    FolderNotFound,
    /// Listed, then gone before it was read.
    Vanished,
    PermissionDenied,
    /// Another I/O error, as the system words it.
    Io(String),
    /// A symlink that leads back to a folder above it.
    SymlinkLoop {
        to: PathBuf,
    },
    BrokenSymlink,
    /// A symlink that cannot be resolved, with the system's words.
    UnresolvedSymlink(String),
    /// A symlink whose target is outside every corpus folder: not followed.
    SymlinkOutside {
        target: PathBuf,
    },
    /// A named pipe, a device: reading would block or never end.
    NotRegular,
    /// Larger than its kind's limit: not read. Both in megabytes (10^6 bytes).
    TooLarge {
        mb: u64,
        limit_mb: u64,
    },
    /// A text file with NUL bytes.
    Binary,
    /// A text file that is not UTF-8, from this byte on.
    NotUtf8 {
        at: usize,
    },
    /// Nothing but white space.
    Empty,
    /// What a reader could not read in a web page, a PDF or a Word file.
    Reader(Failure),
    /// A web page, a PDF or a Word file asked for as text (`read_source`).
    NeedsReader,
}

impl Reason {
    /// The reason in `lang`, from the message catalogues.
    pub fn tell(&self, lang: crate::lang::Lang) -> String {
        use crate::tr;
        let shown = |p: &Path| p.display().to_string();
        match self {
            Reason::FolderNotFound => tr!(lang, "skip-folder-not-found"),
            Reason::Vanished => tr!(lang, "skip-vanished"),
            Reason::PermissionDenied => tr!(lang, "skip-permission-denied"),
            Reason::Io(error) => tr!(lang, "skip-io", error = error),
            Reason::SymlinkLoop { to } => tr!(lang, "skip-symlink-loop", to = shown(to)),
            Reason::BrokenSymlink => tr!(lang, "skip-broken-symlink"),
            Reason::UnresolvedSymlink(error) => {
                tr!(lang, "skip-unresolved-symlink", error = error)
            }
            Reason::SymlinkOutside { target } => {
                tr!(lang, "skip-symlink-outside", target = shown(target))
            }
            Reason::NotRegular => tr!(lang, "skip-not-regular"),
            Reason::TooLarge { mb, limit_mb } => tr!(
                lang,
                "skip-too-large",
                size = mb.to_string(),
                limit = limit_mb.to_string()
            ),
            Reason::Binary => tr!(lang, "skip-binary"),
            Reason::NotUtf8 { at } => tr!(lang, "skip-not-utf8", at = at.to_string()),
            Reason::Empty => tr!(lang, "skip-empty"),
            Reason::NeedsReader => tr!(lang, "skip-needs-reader"),
            Reason::Reader(failure) => match failure {
                Failure::NotAPage(error) => tr!(lang, "skip-not-a-page", error = error),
                Failure::NoMainText => tr!(lang, "skip-no-main-text"),
                Failure::NoText => tr!(lang, "skip-no-text"),
                Failure::ScannedPdf => tr!(lang, "skip-scanned-pdf"),
                Failure::EncryptedPdf => tr!(lang, "skip-encrypted-pdf"),
                Failure::CorruptPdf(error) => tr!(lang, "skip-corrupt-pdf", error = error),
                Failure::CorruptDocx(error) => tr!(lang, "skip-corrupt-docx", error = error),
            },
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tell(crate::lang::Lang::En))
    }
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl LoadWarning {
    /// `path: reason`, the reason in `lang`.
    pub fn tell(&self, lang: crate::lang::Lang) -> String {
        format!("{}: {}", self.path.display(), self.reason.tell(lang))
    }
}

/// Why an I/O error kept a file out.
fn io_reason(e: &io::Error) -> Reason {
    match e.kind() {
        io::ErrorKind::NotFound => Reason::Vanished,
        io::ErrorKind::PermissionDenied => Reason::PermissionDenied,
        _ => Reason::Io(e.to_string()),
    }
}

/// Why walking stopped at `err`.
fn walk_reason(err: &walkdir::Error) -> Reason {
    if let Some(ancestor) = err.loop_ancestor() {
        return Reason::SymlinkLoop {
            to: ancestor.to_path_buf(),
        };
    }
    let is_link = err
        .path()
        .and_then(|p| p.symlink_metadata().ok())
        .is_some_and(|m| m.file_type().is_symlink());
    match err.io_error() {
        // The link exists, its target does not.
        Some(e) if is_link && e.kind() == io::ErrorKind::NotFound => Reason::BrokenSymlink,
        // Typically a link that points (through others) back at itself.
        Some(e) if is_link => Reason::UnresolvedSymlink(e.to_string()),
        Some(e) => io_reason(e),
        None => Reason::Io(err.to_string()),
    }
}

/// Whether `dir` is the folder a browser's "Save as" writes beside a page
/// (`page_files/` beside `page.html`): its scripts, pictures and frames belong to the
/// page and are never sources of their own.
fn is_saved_page_folder(dir: &Path) -> bool {
    let Some(name) = dir.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(stem) = name.strip_suffix("_files") else {
        return false;
    };
    ["html", "htm", "HTML", "HTM"]
        .iter()
        .any(|ext| dir.with_file_name(format!("{stem}.{ext}")).is_file())
}

/// The source files under `roots`, in a stable order, each once (a file reached
/// through several links, or under two configured folders, is listed by its first
/// path), with warnings for what could not be walked or was not followed.
pub fn list_files(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadWarning>) {
    // Where symlinks may lead: the configured folders, resolved.
    let bounds: Vec<PathBuf> = roots.iter().filter_map(|r| r.canonicalize().ok()).collect();
    let overlap = bounds.iter().enumerate().any(|(i, a)| {
        bounds
            .iter()
            .skip(i + 1)
            .any(|b| a.starts_with(b) || b.starts_with(a))
    });
    let followed = Cell::new(false);
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for root in roots {
        if !root.exists() {
            warnings.push(LoadWarning {
                path: root.clone(),
                reason: Reason::FolderNotFound,
            });
            continue;
        }
        let refused = RefCell::new(Vec::new());
        let walk = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() > 0 && e.file_type().is_dir() && is_saved_page_folder(e.path()) {
                    return false;
                }
                if e.depth() == 0 || !e.path_is_symlink() {
                    return true;
                }
                // Followed here, walkdir has resolved it: canonicalize cannot fail
                // but for a race, and then the walk itself reports the problem.
                match e.path().canonicalize() {
                    Ok(target) if !bounds.iter().any(|b| target.starts_with(b)) => {
                        refused.borrow_mut().push(LoadWarning {
                            path: e.path().to_path_buf(),
                            reason: Reason::SymlinkOutside { target },
                        });
                        false
                    }
                    _ => {
                        followed.set(true);
                        true
                    }
                }
            });
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if Kind::of(e.path()).is_some() {
                        files.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    warnings.push(LoadWarning {
                        path,
                        reason: walk_reason(&err),
                    });
                }
            }
        }
        warnings.extend(refused.into_inner());
    }
    // A file can be listed twice only through a link or overlapping folders; only
    // then is it worth resolving every path (the poller lists the corpus often).
    if followed.get() || overlap {
        let mut seen = HashSet::new();
        files.retain(|f| seen.insert(f.canonicalize().unwrap_or_else(|_| f.clone())));
    }
    (files, warnings)
}

/// Read the bytes of one source file, up to its kind's limit; `Err` says why it was
/// skipped. The size is checked before the file is opened, and the read stops at the
/// limit anyway (the file may grow in between).
pub fn read_bytes(path: &Path, kind: Kind) -> Result<Vec<u8>, Reason> {
    let limit = kind.max_bytes();
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        // A named pipe or a device would block or never end.
        return Err(Reason::NotRegular);
    }
    let too_large = |len: u64| Reason::TooLarge {
        mb: len.div_ceil(1_000_000),
        limit_mb: limit / 1_000_000,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The text of a text source's bytes (markdown, plain text); `Err` says why it was
/// skipped. An empty or blank file is skipped with a note: it has nothing to check
/// against, and it is more often a failed download than a source.
pub fn text_of(bytes: Vec<u8>) -> Result<String, Reason> {
    if bytes.contains(&0) {
        return Err(Reason::Binary);
    }
    let text = String::from_utf8(bytes).map_err(|e| Reason::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    Ok(text)
}

/// Read one text source file (markdown, plain text, or any file read as text); `Err`
/// says why it was skipped. See `read_bytes` and `text_of`. A web page, a PDF or a
/// Word file is refused (`Reason::NeedsReader`): its text is what its reader takes
/// (the loader's `read_content`), never its raw markup or bytes.
pub fn read_source(path: &Path) -> Result<String, Reason> {
    if Kind::of(path).is_some_and(|k| !k.is_text()) {
        return Err(Reason::NeedsReader);
    }
    text_of(read_bytes(path, Kind::Text)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// `check(reason, English, French)`: a reason told in each language.
    fn check(reason: Reason, en: &str, fr: &str) {
        assert_eq!(reason.tell(Lang::En), en);
        assert_eq!(reason.tell(Lang::Fr), fr);
        assert_eq!(reason.to_string(), en, "Display is the English");
    }

    #[test]
    fn reasons_in_the_writers_language() {
        check(
            Reason::TooLarge {
                mb: 210,
                limit_mb: 67,
            },
            "too large (210 MB; the limit is 67 MB), not read",
            "trop volumineux (210 Mo\u{202f}; la limite est de 67 Mo), non lu",
        );
        check(
            Reason::NotUtf8 { at: 3 },
            "not valid UTF-8 (at byte 3)",
            "pas en UTF-8 valide (à l'octet 3)",
        );
        check(
            Reason::Reader(Failure::ScannedPdf),
            "a scanned PDF with no text layer: nothing to check against (run text recognition on it first)",
            "PDF numérisé sans couche de texte\u{a0}: rien à quoi comparer (faites-en d'abord la reconnaissance de texte)",
        );
        check(
            Reason::Reader(Failure::EncryptedPdf),
            "encrypted PDF (it needs a password): not read",
            "PDF chiffré (il faut un mot de passe)\u{a0}: non lu",
        );
        check(
            Reason::Reader(Failure::CorruptPdf("no pages".into())),
            "corrupt or unreadable PDF (no pages)",
            "PDF corrompu ou illisible (no pages)",
        );
        check(
            Reason::Reader(Failure::NoMainText),
            "no article text found in the page (only menus and links?)",
            "aucun texte d'article dans la page (seulement des menus et des liens\u{202f}?)",
        );
        check(
            Reason::SymlinkOutside {
                target: PathBuf::from("/etc"),
            },
            "symlink to /etc, outside the corpus folders: not followed (add that folder to `corpus` to read it)",
            "lien symbolique vers /etc, hors des dossiers du corpus\u{a0}: non suivi (ajoutez ce dossier à `corpus` pour le lire)",
        );
        check(
            Reason::NeedsReader,
            "a web page, PDF or Word file: read through its reader, not as text",
            "une page web, un PDF ou un fichier Word\u{a0}: lu par son lecteur, pas comme du texte",
        );
        let w = LoadWarning {
            path: PathBuf::from("sources/scan.pdf"),
            reason: Reason::Reader(Failure::ScannedPdf),
        };
        assert!(w
            .tell(Lang::Fr)
            .starts_with("sources/scan.pdf: PDF numérisé"));
    }

    #[test]
    fn a_saved_pages_folder_is_known_by_its_page() {
        let dir = std::env::temp_dir().join(format!("recoupe-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for d in ["story_files", "notes_files", "Page_files"] {
            std::fs::create_dir_all(dir.join(d)).expect("mkdir");
        }
        std::fs::write(dir.join("story.html"), "<p>x</p>").expect("write");
        std::fs::write(dir.join("Page.HTM"), "<p>x</p>").expect("write");
        assert!(is_saved_page_folder(&dir.join("story_files")));
        assert!(is_saved_page_folder(&dir.join("Page_files")));
        // No page beside it: an ordinary folder whose name ends so.
        assert!(!is_saved_page_folder(&dir.join("notes_files")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
