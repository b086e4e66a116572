//! The corpus on disk: the one loader, which lists and reads source files (`files`)
//! and reads back what an earlier start parsed (`cache`). The only file I/O of the
//! engine; everything above `corpus::disk` is pure.
//!
//! A file's cached document is reused only when its size and the hash of its bytes
//! (xxh3-128) are those recorded. A file whose size and mtime are those recorded,
//! and whose mtime is not in the moments before the cache was written, is not read
//! at all (as git trusts its index); any other file is read and hashed, and a new
//! mtime on the same bytes makes the cache be rewritten.

pub mod cache;
pub mod config;
pub mod files;

use super::Corpus;
use super::Source;
use crate::lang::dating::{Dated, DayFrom};
use cache::{CacheFile, Stamp};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use files::{list_files, read_bytes, read_source, text_of, LoadWarning, Reason};

use super::readers::{self, Extracted, Kind};

/// How a load used the cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheReport {
    /// Documents read back from the cache.
    pub reused: usize,
    /// Documents parsed from their files.
    pub parsed: usize,
    /// Files not even read: their size and mtime were those the cache recorded.
    pub unread: usize,
    /// The index was read back whole (no file had changed).
    pub index_reused: bool,
    /// The cache file was (re)written.
    pub written: bool,
}

/// Load every source under `roots`, through the cache in `dir` when there is one
/// (`cache::cache_dir()` says where the user wants it; `None`: no cache).
pub fn load(roots: &[PathBuf], dir: Option<&Path>) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    let (files, mut warnings) = list_files(roots);
    let (corpus, more, report) = load_files(roots, files, dir);
    warnings.extend(more);
    (corpus, warnings, report)
}

/// One source file as the loader found it.
enum Entry {
    /// Size and mtime are those of the cached stamp: not read.
    Unchanged(Stamp),
    Read(Stamp, Content),
}

/// What was read from a file: the text of a text source, or what a reader took from
/// a web page, a PDF or a Word file.
enum Content {
    Text(String),
    Extracted(Box<Extracted>),
}

impl Entry {
    fn stamp(&self) -> &Stamp {
        match self {
            Entry::Unchanged(s) | Entry::Read(s, _) => s,
        }
    }

    /// The parsed source; `None` for an unchanged file that can no longer be read
    /// (only when the cache vanished between its header and its parts).
    fn parse(self) -> Option<Source> {
        let (stamp, content) = match self {
            Entry::Read(stamp, content) => (stamp, content),
            Entry::Unchanged(stamp) => {
                let (_, content) = read_content(&stamp.path).ok()?;
                (stamp, content)
            }
        };
        let file_day = stamp.modified_day();
        Some(match content {
            Content::Text(text) => parse_file(stamp.path, &text, file_day),
            Content::Extracted(x) => parse_extracted(stamp.path, &x, file_day),
        })
    }
}

/// Read a source file of any kind, and stamp its bytes. A web page, a PDF or a Word
/// file goes through its reader here, so that one that cannot be read is a warning
/// naming it, like a text file that is not UTF-8.
fn read_content(path: &Path) -> Result<(Stamp, Content), Reason> {
    let kind = Kind::of(path).unwrap_or(Kind::Text);
    let bytes = read_bytes(path, kind)?;
    let meta = || std::fs::metadata(path).ok();
    if kind.is_text() {
        let text = text_of(bytes)?;
        let stamp = Stamp::new(path.to_path_buf(), &text, meta().as_ref());
        return Ok((stamp, Content::Text(text)));
    }
    let x = readers::read(kind, &bytes).map_err(Reason::Reader)?;
    let stamp = Stamp::new(path.to_path_buf(), &bytes, meta().as_ref());
    Ok((stamp, Content::Extracted(Box::new(x))))
}

/// A source file's text parsed as a corpus folder's is, given the day its file was
/// last modified: the archive's ingest parses through here too, so that a document
/// reads the same from a folder and from the archive.
pub fn parse_file(path: PathBuf, text: &str, file_day: Option<crate::lang::dating::Day>) -> Source {
    dated(Source::read(path, text), file_day)
}

/// What a reader took from a web page, a PDF or a Word file, parsed as a corpus
/// folder's source is, given the day its file was last modified.
pub fn parse_extracted(
    path: PathBuf,
    x: &Extracted,
    file_day: Option<crate::lang::dating::Day>,
) -> Source {
    dated(Source::extracted(path, x), file_day)
}

fn dated(mut source: Source, file_day: Option<crate::lang::dating::Day>) -> Source {
    if let Some(day) = file_day {
        source.date_by_mentions(day);
    }
    // Nothing in the text dates it: its file's day, said so where it is cited.
    if source.doc.meta.day.is_none() {
        source.doc.meta.day = file_day.map(|day| Dated {
            day,
            from: DayFrom::FileTime,
        });
    }
    source
}

/// Stat `path`, and read and hash it unless `known` vouches for it.
fn visit(path: PathBuf, known: Option<&Stamp>, written_ns: u128) -> Result<Entry, LoadWarning> {
    let warn = |reason| LoadWarning {
        path: path.clone(),
        reason,
    };
    if let Some(old) = known {
        let meta = std::fs::metadata(&path).map_err(|e| warn(Reason::Io(e.to_string())))?;
        if old.vouches_for(&meta, written_ns)
            // Still readable: a permission taken away shows as a warning.
            && std::fs::File::open(&path).is_ok()
        {
            return Ok(Entry::Unchanged(old.clone()));
        }
    }
    let (stamp, content) = read_content(&path).map_err(warn)?;
    Ok(Entry::Read(stamp, content))
}

/// Load the given source files (listed from `roots`), through the cache in `dir`.
pub fn load_files(
    roots: &[PathBuf],
    files: Vec<PathBuf>,
    dir: Option<&Path>,
) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    let cache = dir.map(|d| CacheFile::for_roots(d, roots));
    let cached = cache.as_ref().and_then(CacheFile::read_header);
    let known: HashMap<&Path, &Stamp> = cached
        .as_ref()
        .map(|h| h.stamps.iter().map(|s| (s.path.as_path(), s)).collect())
        .unwrap_or_default();
    let written_ns = cached.as_ref().map_or(0, |h| h.written_ns);
    // Stat every file, and read and hash those the cache does not vouch for, on
    // every core.
    let read: Vec<Result<Entry, LoadWarning>> = files
        .into_par_iter()
        .map(|path| {
            let old = known.get(path.as_path()).copied();
            visit(path, old, written_ns)
        })
        .collect();
    let mut warnings = Vec::new();
    let mut entries: Vec<Entry> = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(x) => entries.push(x),
            Err(w) => warnings.push(w),
        }
    }
    let stamps: Vec<Stamp> = entries.iter().map(|e| e.stamp().clone()).collect();
    let mut report = CacheReport {
        unread: entries
            .iter()
            .filter(|e| matches!(e, Entry::Unchanged(_)))
            .count(),
        ..CacheReport::default()
    };

    if let (Some(header), Some(cache)) = (cached, cache.as_ref()) {
        let same_files = header.stamps.len() == stamps.len()
            && header
                .stamps
                .iter()
                .zip(&stamps)
                .all(|(a, b)| a.same_content(b));
        if same_files {
            if let Some((docs, Some(index))) = cache.read_parts(&header, true) {
                report.reused = docs.len();
                report.index_reused = true;
                let corpus = Corpus::with_index(docs, index);
                // A file touched but not changed: record its new mtime.
                if header.stamps != stamps {
                    report.written = cache.write(&stamps, &corpus.docs, &corpus.index).is_ok();
                }
                return (corpus, warnings, report);
            }
        }
        // Some files changed: reuse the documents of those that did not.
        if let Some((old_docs, _)) = cache.read_parts::<Source>(&header, false) {
            let mut by_path: HashMap<PathBuf, (Stamp, Source)> = header
                .stamps
                .into_iter()
                .zip(old_docs)
                .map(|(s, d)| (s.path.clone(), (s, d)))
                .collect();
            let slots: Vec<Result<Source, Entry>> = entries
                .into_iter()
                .map(|e| match by_path.remove(&e.stamp().path) {
                    Some((old, doc)) if old.same_content(e.stamp()) => Ok(doc),
                    _ => Err(e),
                })
                .collect();
            report.reused = slots.iter().filter(|s| s.is_ok()).count();
            let docs: Vec<Source> = slots
                .into_par_iter()
                .filter_map(|slot| match slot {
                    Ok(doc) => Some(doc),
                    Err(e) => e.parse(),
                })
                .collect();
            return finish(docs, stamps, Some(cache), warnings, report);
        }
    }
    // No usable cache: every file is read (an `Unchanged` one only if the cache
    // vanished between its header and its parts).
    let docs: Vec<Source> = entries.into_par_iter().filter_map(Entry::parse).collect();
    finish(docs, stamps, cache.as_ref(), warnings, report)
}

fn finish(
    docs: Vec<Source>,
    stamps: Vec<Stamp>,
    cache: Option<&CacheFile>,
    warnings: Vec<LoadWarning>,
    mut report: CacheReport,
) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    report.parsed = docs.len() - report.reused;
    let corpus = Corpus::new(docs);
    if let Some(cache) = cache {
        report.written = cache.write(&stamps, &corpus.docs, &corpus.index).is_ok();
    }
    (corpus, warnings, report)
}
