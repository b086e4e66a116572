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

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Files larger than this are not news copy; they are skipped.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Extensions read as sources.
pub const EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// Something that kept a file or folder out of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadWarning {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Why an I/O error kept a file out, in words for the writer.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "vanished before it could be read".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Why walking stopped at `err`.
fn walk_reason(err: &walkdir::Error) -> String {
    if let Some(ancestor) = err.loop_ancestor() {
        return format!("symlink loop (leads back to {})", ancestor.display());
    }
    let is_link = err
        .path()
        .and_then(|p| p.symlink_metadata().ok())
        .is_some_and(|m| m.file_type().is_symlink());
    match err.io_error() {
        // The link exists, its target does not.
        Some(e) if is_link && e.kind() == io::ErrorKind::NotFound => "broken symlink".into(),
        // Typically a link that points (through others) back at itself.
        Some(e) if is_link => format!("symlink that cannot be resolved ({e})"),
        Some(e) => io_reason(e),
        None => err.to_string(),
    }
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
                reason: "corpus folder not found".into(),
            });
            continue;
        }
        let refused = RefCell::new(Vec::new());
        let walk = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() == 0 || !e.path_is_symlink() {
                    return true;
                }
                // Followed here, walkdir has resolved it: canonicalize cannot fail
                // but for a race, and then the walk itself reports the problem.
                match e.path().canonicalize() {
                    Ok(target) if !bounds.iter().any(|b| target.starts_with(b)) => {
                        refused.borrow_mut().push(LoadWarning {
                            path: e.path().to_path_buf(),
                            reason: format!(
                                "symlink to {}, outside the corpus folders: not followed \
                                 (add that folder to `corpus` to read it)",
                                target.display()
                            ),
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
                    let ext = e
                        .path()
                        .extension()
                        .and_then(|x| x.to_str())
                        .map(str::to_ascii_lowercase);
                    if ext.as_deref().is_some_and(|x| EXTENSIONS.contains(&x)) {
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

/// Read one source file; `Err` says why it was skipped. The size is checked before
/// the file is opened, and the read stops at the limit anyway (the file may grow in
/// between). An empty or blank file is skipped with a note: it has nothing to check
/// against, and it is more often a failed download than a source.
pub fn read_source(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        // A named pipe or a device would block or never end.
        return Err("not a regular file".into());
    }
    let too_large = |len: u64| {
        format!(
            "too large ({} MB; the limit is {} MB), not read",
            len.div_ceil(1_000_000),
            MAX_FILE_BYTES / 1_000_000
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))?;
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    Ok(text)
}
