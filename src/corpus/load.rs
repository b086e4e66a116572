//! Reading corpus folders from disk: the only file I/O of the engine.
//!
//! A file that cannot be used (unreadable, binary, not UTF-8, too large) is skipped
//! with a warning that names it; the rest still loads.

use super::Corpus;
use crate::document::Document;
use std::fmt;
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

/// The source files under `roots`, in a stable order, with warnings for folders that
/// cannot be walked.
pub fn list_files(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadWarning>) {
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
        for entry in walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
        {
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
                    let reason = if err.loop_ancestor().is_some() {
                        "symlink loop".to_string()
                    } else {
                        err.to_string()
                    };
                    warnings.push(LoadWarning { path, reason });
                }
            }
        }
    }
    (files, warnings)
}

/// Read one source file; `Err` says why it was skipped.
pub fn read_source(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "too large ({} MB; the limit is {} MB)",
            meta.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))
}

/// Load every source under `roots`.
pub fn load(roots: &[PathBuf]) -> (Corpus, Vec<LoadWarning>) {
    let (files, mut warnings) = list_files(roots);
    let mut docs = Vec::with_capacity(files.len());
    for path in files {
        match read_source(&path) {
            Ok(text) => docs.push(Document::source(path, &text)),
            Err(reason) => warnings.push(LoadWarning { path, reason }),
        }
    }
    (Corpus::new(docs), warnings)
}
