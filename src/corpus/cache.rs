//! Loading a corpus through the on-disk index cache: documents parsed at an earlier
//! start are read back instead of parsed again, and the whole index when no file
//! changed.
//!
//! A file's cached document is reused only when its size and the hash of its bytes
//! (xxh3-128) are those recorded; its mtime is recorded too, and any change of it
//! makes the cache be rewritten. The cache is one file per set of corpus folders in
//! the cache folder (`cache_dir`); it is the only file Recoupe ever writes.

use super::index::Index;
use super::load::{list_files, read_source, LoadWarning};
use super::Corpus;
use crate::document::Document;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Bumped whenever what extraction produces, or the cache's layout, changes.
const FORMAT: u32 = 3;

/// The environment variable that sets the cache folder; `off` disables the cache.
pub const CACHE_DIR_ENV: &str = "RECOUPE_CACHE_DIR";

/// Where the cache lives: `$RECOUPE_CACHE_DIR`, else `$XDG_CACHE_HOME/recoupe`, else
/// `$HOME/.cache/recoupe`. `None` when caching is off or no folder is known.
pub fn cache_dir() -> Option<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty(CACHE_DIR_ENV) {
        return (dir != "off").then(|| PathBuf::from(dir));
    }
    if let Some(xdg) = non_empty("XDG_CACHE_HOME") {
        return Some(PathBuf::from(xdg).join("recoupe"));
    }
    non_empty("HOME").map(|h| PathBuf::from(h).join(".cache").join("recoupe"))
}

/// What one source file was when it was parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    path: PathBuf,
    size: u64,
    mtime_ns: u128,
    hash: u128,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    version: String,
    stamps: Vec<Stamp>,
    docs: Vec<Document>,
    index: Index,
}

/// How a load used the cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheReport {
    /// Documents read back from the cache.
    pub reused: usize,
    /// Documents parsed from their files.
    pub parsed: usize,
    /// The index was read back whole (no file had changed).
    pub index_reused: bool,
    /// The cache file was (re)written.
    pub written: bool,
}

/// Load every source under `roots`, through the cache in `dir` when there is one.
pub fn load(roots: &[PathBuf], dir: Option<&Path>) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    let (files, mut warnings) = list_files(roots);
    let (corpus, more, report) = load_files(roots, files, dir);
    warnings.extend(more);
    (corpus, warnings, report)
}

/// Load the given source files (listed from `roots`), through the cache in `dir`.
pub fn load_files(
    roots: &[PathBuf],
    files: Vec<PathBuf>,
    dir: Option<&Path>,
) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    let cache_path = dir.map(|d| d.join(file_name(roots)));
    let cached = cache_path.as_deref().and_then(read_cache);
    // Read and hash every file, on every core.
    let read: Vec<Result<(Stamp, String), LoadWarning>> = files
        .into_par_iter()
        .map(|path| {
            let text = read_source(&path).map_err(|reason| LoadWarning {
                path: path.clone(),
                reason,
            })?;
            let meta = std::fs::metadata(&path).ok();
            let mtime_ns = meta
                .as_ref()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let stamp = Stamp {
                size: text.len() as u64,
                mtime_ns,
                hash: xxhash_rust::xxh3::xxh3_128(text.as_bytes()),
                path,
            };
            Ok((stamp, text))
        })
        .collect();
    let mut warnings = Vec::new();
    let mut ok: Vec<(Stamp, String)> = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(x) => ok.push(x),
            Err(w) => warnings.push(w),
        }
    }
    let stamps: Vec<Stamp> = ok.iter().map(|(s, _)| s.clone()).collect();
    let mut report = CacheReport::default();

    if let Some(c) = cached {
        if c.stamps == stamps {
            report.reused = c.docs.len();
            report.index_reused = true;
            return (Corpus::with_index(c.docs, c.index), warnings, report);
        }
        // Some files changed: reuse the documents of those that did not.
        let mut by_path: HashMap<PathBuf, (Stamp, Document)> = c
            .stamps
            .into_iter()
            .zip(c.docs)
            .map(|(s, d)| (s.path.clone(), (s, d)))
            .collect();
        let slots: Vec<Result<Document, (Stamp, String)>> = ok
            .into_iter()
            .map(|(stamp, text)| match by_path.remove(&stamp.path) {
                Some((old, doc)) if old.size == stamp.size && old.hash == stamp.hash => Ok(doc),
                _ => Err((stamp, text)),
            })
            .collect();
        report.reused = slots.iter().filter(|s| s.is_ok()).count();
        let docs: Vec<Document> = slots
            .into_par_iter()
            .map(|slot| match slot {
                Ok(doc) => doc,
                Err((stamp, text)) => Document::source(stamp.path, &text),
            })
            .collect();
        return finish(docs, stamps, cache_path, warnings, report);
    }
    let docs: Vec<Document> = ok
        .into_par_iter()
        .map(|(stamp, text)| Document::source(stamp.path, &text))
        .collect();
    finish(docs, stamps, cache_path, warnings, report)
}

fn finish(
    docs: Vec<Document>,
    stamps: Vec<Stamp>,
    cache_path: Option<PathBuf>,
    warnings: Vec<LoadWarning>,
    mut report: CacheReport,
) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    report.parsed = docs.len() - report.reused;
    let corpus = Corpus::new(docs);
    if let Some(path) = cache_path {
        report.written = write_cache(&path, &stamps, &corpus).is_ok();
    }
    (corpus, warnings, report)
}

/// One cache file per set of corpus folders.
fn file_name(roots: &[PathBuf]) -> String {
    let mut key = String::new();
    for r in roots {
        let abs = std::fs::canonicalize(r).unwrap_or_else(|_| r.clone());
        key.push_str(&abs.to_string_lossy());
        key.push('\n');
    }
    format!(
        "corpus-{:016x}.bin",
        xxhash_rust::xxh3::xxh3_64(key.as_bytes())
    )
}

/// The cache file, if it exists and was written by this version in this format.
fn read_cache(path: &Path) -> Option<CacheFile> {
    let bytes = std::fs::read(path).ok()?;
    let c: CacheFile = bincode::deserialize(&bytes).ok()?;
    (c.format == FORMAT && c.version == env!("CARGO_PKG_VERSION")).then_some(c)
}

/// Write the cache beside its final name, then rename: a reader never sees half a file.
fn write_cache(path: &Path, stamps: &[Stamp], corpus: &Corpus) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct CacheRef<'a> {
        format: u32,
        version: &'static str,
        stamps: &'a [Stamp],
        docs: &'a [Document],
        index: &'a Index,
    }
    let Some(dir) = path.parent() else {
        return Ok(());
    };
    std::fs::create_dir_all(dir)?;
    let bytes = bincode::serialize(&CacheRef {
        format: FORMAT,
        version: env!("CARGO_PKG_VERSION"),
        stamps,
        docs: &corpus.docs,
        index: &corpus.index,
    })
    .map_err(std::io::Error::other)?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(&bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
