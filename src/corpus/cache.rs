//! Loading a corpus through the on-disk index cache: documents parsed at an earlier
//! start are read back instead of parsed again, and the whole index when no file
//! changed.
//!
//! A file's cached document is reused only when its size and the hash of its bytes
//! (xxh3-128) are those recorded. A file whose size and mtime are those recorded,
//! and whose mtime is not in the moments before the cache was written, is not read
//! at all (as git trusts its index); any other file is read and hashed, and a new
//! mtime on the same bytes makes the cache be rewritten. The cache is one file per
//! set of corpus folders in the cache folder (`cache_dir`); it is the only file
//! Recoupe ever writes.

use super::index::{Index, IndexPart, PARTS};
use super::load::{list_files, read_source, LoadWarning};
use super::Corpus;
use crate::document::Document;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Bumped whenever the cache's layout changes. What extraction produces is covered
/// by `ENGINE`, a fingerprint of the engine's sources taken at build time.
const FORMAT: u32 = 7;
const ENGINE: &str = env!("RECOUPE_ENGINE_FINGERPRINT");

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

impl Stamp {
    /// The same bytes, whatever the mtime says.
    fn same_content(&self, other: &Stamp) -> bool {
        self.path == other.path && self.size == other.size && self.hash == other.hash
    }
}

/// The start of a cache file: what it was built from, and where each part lies.
///
/// The file is the format number (4 bytes, little-endian), the header's length
/// (8 bytes), the header, then the parts one after another: the documents in
/// batches, then the index's parts. Each part is read and decoded on its own, on
/// every core, and its bytes dropped before the next: memory holds one part's
/// bytes per core, never the whole file.
#[derive(Serialize, Deserialize)]
struct Header {
    version: String,
    /// The engine that wrote it (`ENGINE`).
    engine: String,
    stamps: Vec<Stamp>,
    /// When the cache was written: a file modified in the moments before may have
    /// changed after it was read with the same mtime, so it is hashed again.
    written_ns: u128,
    /// Byte lengths of the document batches, then of the index's parts.
    doc_parts: Vec<u64>,
    index_parts: Vec<u64>,
}

/// A file whose mtime is this close to the cache's writing is hashed even when its
/// size and mtime match (as git does for "racily clean" files).
const RACY_NS: u128 = 2_000_000_000;

/// Documents per batch in the cache file.
const DOCS_PER_PART: usize = 1024;

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

/// Load every source under `roots`, through the cache in `dir` when there is one.
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
    Read(Stamp, String),
}

impl Entry {
    fn stamp(&self) -> &Stamp {
        match self {
            Entry::Unchanged(s) | Entry::Read(s, _) => s,
        }
    }
}

fn mtime_ns(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Load the given source files (listed from `roots`), through the cache in `dir`.
pub fn load_files(
    roots: &[PathBuf],
    files: Vec<PathBuf>,
    dir: Option<&Path>,
) -> (Corpus, Vec<LoadWarning>, CacheReport) {
    let cache_path = dir.map(|d| d.join(file_name(roots)));
    let cached = cache_path.as_deref().and_then(read_header);
    let known: HashMap<&Path, &Stamp> = cached
        .as_ref()
        .map(|(h, _)| h.stamps.iter().map(|s| (s.path.as_path(), s)).collect())
        .unwrap_or_default();
    let written_ns = cached.as_ref().map_or(0, |(h, _)| h.written_ns);
    // Stat every file, and read and hash those the cache does not vouch for, on
    // every core.
    let read: Vec<Result<Entry, LoadWarning>> = files
        .into_par_iter()
        .map(|path| {
            let warn = |reason| LoadWarning {
                path: path.clone(),
                reason,
            };
            if let Some(old) = known.get(path.as_path()) {
                let meta = std::fs::metadata(&path).map_err(|e| warn(e.to_string()))?;
                let mtime = mtime_ns(&meta);
                if meta.is_file()
                    && meta.len() == old.size
                    && mtime == old.mtime_ns
                    && mtime.saturating_add(RACY_NS) < written_ns
                    // Still readable: a permission taken away shows as a warning.
                    && std::fs::File::open(&path).is_ok()
                {
                    return Ok(Entry::Unchanged((*old).clone()));
                }
            }
            let text = read_source(&path).map_err(warn)?;
            let mtime = std::fs::metadata(&path).map(|m| mtime_ns(&m)).unwrap_or(0);
            let stamp = Stamp {
                size: text.len() as u64,
                mtime_ns: mtime,
                hash: xxhash_rust::xxh3::xxh3_128(text.as_bytes()),
                path,
            };
            Ok(Entry::Read(stamp, text))
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

    if let (Some((header, path)), Some(cache_path)) = (cached, cache_path.as_deref()) {
        let same_files = header.stamps.len() == stamps.len()
            && header
                .stamps
                .iter()
                .zip(&stamps)
                .all(|(a, b)| a.same_content(b));
        if same_files {
            if let Some((docs, Some(index))) = read_parts(&path, &header, true) {
                report.reused = docs.len();
                report.index_reused = true;
                let corpus = Corpus::with_index(docs, index);
                // A file touched but not changed: record its new mtime.
                if header.stamps != stamps {
                    report.written = write_cache(cache_path, &stamps, &corpus).is_ok();
                }
                return (corpus, warnings, report);
            }
        }
        // Some files changed: reuse the documents of those that did not.
        if let Some((old_docs, _)) = read_parts(&path, &header, false) {
            let mut by_path: HashMap<PathBuf, (Stamp, Document)> = header
                .stamps
                .into_iter()
                .zip(old_docs)
                .map(|(s, d)| (s.path.clone(), (s, d)))
                .collect();
            let slots: Vec<Result<Document, Entry>> = entries
                .into_iter()
                .map(|e| match by_path.remove(&e.stamp().path) {
                    Some((old, doc)) if old.same_content(e.stamp()) => Ok(doc),
                    _ => Err(e),
                })
                .collect();
            report.reused = slots.iter().filter(|s| s.is_ok()).count();
            let docs: Vec<Document> = slots
                .into_par_iter()
                .filter_map(|slot| match slot {
                    Ok(doc) => Some(doc),
                    Err(Entry::Read(stamp, text)) => Some(Document::source(stamp.path, &text)),
                    Err(Entry::Unchanged(stamp)) => read_source(&stamp.path)
                        .ok()
                        .map(|text| Document::source(stamp.path, &text)),
                })
                .collect();
            return finish(
                docs,
                stamps,
                Some(cache_path.to_path_buf()),
                warnings,
                report,
            );
        }
    }
    // No usable cache: every file is read (an `Unchanged` one only if the cache
    // vanished between its header and its parts).
    let docs: Vec<Document> = entries
        .into_par_iter()
        .filter_map(|e| match e {
            Entry::Read(stamp, text) => Some(Document::source(stamp.path, &text)),
            Entry::Unchanged(stamp) => read_source(&stamp.path)
                .ok()
                .map(|text| Document::source(stamp.path, &text)),
        })
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

/// The header of the cache file and the offset its parts start at, if the file
/// exists and was written by this version in this format.
fn read_header(path: &Path) -> Option<(Header, PathBuf)> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut head = [0u8; 12];
    f.read_exact(&mut head).ok()?;
    let format = u32::from_le_bytes(head[..4].try_into().ok()?);
    let len = u64::from_le_bytes(head[4..].try_into().ok()?);
    let file_len = f.metadata().ok()?.len();
    if format != FORMAT || len > file_len {
        return None;
    }
    let mut bytes = vec![0u8; len as usize];
    f.read_exact(&mut bytes).ok()?;
    let header: Header = bincode::deserialize(&bytes).ok()?;
    let parts: u64 = header.doc_parts.iter().chain(&header.index_parts).sum();
    (header.version == env!("CARGO_PKG_VERSION")
        && header.engine == ENGINE
        && 12 + len + parts == file_len)
        .then(|| (header, path.to_path_buf()))
}

/// The documents of the cache file, and its index when `with_index`; each part read
/// and decoded on its own, on every core. `None` if any part is unreadable.
fn read_parts(
    path: &Path,
    header: &Header,
    with_index: bool,
) -> Option<(Vec<Document>, Option<Index>)> {
    let header_len = bincode::serialized_size(header).ok()?;
    let mut at = 12 + header_len;
    let mut jobs: Vec<(Option<usize>, u64, u64)> = Vec::new();
    for len in &header.doc_parts {
        jobs.push((None, at, *len));
        at += len;
    }
    for (i, len) in header.index_parts.iter().enumerate() {
        if with_index {
            jobs.push((Some(i), at, *len));
        }
        at += len;
    }
    enum Part {
        Docs(Vec<Document>),
        Index(IndexPart),
    }
    let buffers: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::default();
    let parts: Vec<Option<Part>> = jobs
        .into_par_iter()
        .map(|(index_part, at, len)| {
            // Buffers are reused from part to part: a fresh one each time would be
            // mapped and faulted in anew for every part.
            let mut bytes = buffers
                .lock()
                .ok()
                .and_then(|mut b| b.pop())
                .unwrap_or_default();
            let part = (|| {
                let mut f = std::fs::File::open(path).ok()?;
                f.seek(std::io::SeekFrom::Start(at)).ok()?;
                bytes.resize(usize::try_from(len).ok()?, 0);
                f.read_exact(&mut bytes).ok()?;
                Some(match index_part {
                    None => Part::Docs(bincode::deserialize(&bytes).ok()?),
                    Some(i) => Part::Index(IndexPart::read(i, &bytes).ok()?),
                })
            })();
            if let Ok(mut b) = buffers.lock() {
                b.push(bytes);
            }
            part
        })
        .collect();
    let mut docs = Vec::with_capacity(header.stamps.len());
    let mut index_parts = Vec::new();
    for p in parts {
        match p? {
            Part::Docs(d) => docs.extend(d),
            Part::Index(i) => index_parts.push(i),
        }
    }
    if docs.len() != header.stamps.len() {
        return None;
    }
    let index = if with_index {
        Some(Index::from_parts(index_parts)?)
    } else {
        None
    };
    Some((docs, index))
}

/// Counts what passes through, so that each part's length is known as it is written.
struct Counting<W> {
    inner: W,
    written: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Write the cache beside its final name, then rename: a reader never sees half a
/// file. The parts are streamed (never the whole file in memory) after a header of
/// the right size, which is written again with their lengths at the end (bincode
/// writes integers at a fixed width, so the header's size does not change).
fn write_cache(path: &Path, stamps: &[Stamp], corpus: &Corpus) -> std::io::Result<()> {
    let Some(dir) = path.parent() else {
        return Ok(());
    };
    std::fs::create_dir_all(dir)?;
    let written_ns = std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let batches: Vec<&[Document]> = corpus.docs.chunks(DOCS_PER_PART).collect();
    let mut header = Header {
        version: env!("CARGO_PKG_VERSION").to_string(),
        engine: ENGINE.to_string(),
        stamps: stamps.to_vec(),
        written_ns,
        doc_parts: vec![0; batches.len()],
        index_parts: vec![0; PARTS],
    };
    let header_len = bincode::serialized_size(&header).map_err(std::io::Error::other)?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut w = Counting {
            inner: std::io::BufWriter::new(std::fs::File::create(&tmp)?),
            written: 0,
        };
        w.write_all(&FORMAT.to_le_bytes())?;
        w.write_all(&header_len.to_le_bytes())?;
        bincode::serialize_into(&mut w, &header).map_err(std::io::Error::other)?;
        for (i, batch) in batches.iter().enumerate() {
            let before = w.written;
            bincode::serialize_into(&mut w, batch).map_err(std::io::Error::other)?;
            header.doc_parts[i] = w.written - before;
        }
        for i in 0..PARTS {
            let before = w.written;
            corpus
                .index
                .write_part(i, &mut w)
                .map_err(std::io::Error::other)?;
            header.index_parts[i] = w.written - before;
        }
        let mut f = w.inner.into_inner().map_err(|e| e.into_error())?;
        f.seek(std::io::SeekFrom::Start(12))?;
        let mut hw = std::io::BufWriter::new(&mut f);
        bincode::serialize_into(&mut hw, &header).map_err(std::io::Error::other)?;
        hw.flush()?;
        drop(hw);
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cache whose header names another engine, or another layout, is not read.
    #[test]
    fn a_cache_from_another_engine_is_not_read() {
        let dir = std::env::temp_dir().join(format!("recoupe-cache-engine-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let src = dir.join("sources");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join("a.md"), "Le barrage a coûté 12 millions d'euros.").unwrap();
        let roots = vec![src];
        let cache = dir.join("cache");
        let (_, _, first) = load(&roots, Some(&cache));
        assert!(first.written);
        let path = cache.join(file_name(&roots));
        let (header, _) = read_header(&path).expect("the cache just written is read");
        let bytes = std::fs::read(&path).unwrap();
        let rewrite = |header: &Header, format: u32| {
            let mut out = format.to_le_bytes().to_vec();
            let h = bincode::serialize(header).unwrap();
            out.extend((h.len() as u64).to_le_bytes());
            out.extend(&h);
            let old_len =
                bincode::serialized_size(&read_header(&path).unwrap().0).unwrap() as usize;
            out.extend(&bytes[12 + old_len..]);
            std::fs::write(&path, out).unwrap();
        };
        let other = Header {
            engine: "0".repeat(ENGINE.len()),
            ..header
        };
        rewrite(&other, FORMAT);
        assert!(read_header(&path).is_none());
        let (_, _, again) = load(&roots, Some(&cache));
        assert_eq!((again.reused, again.parsed, again.written), (0, 1, true));
        let (header, _) = read_header(&path).unwrap();
        rewrite(&header, FORMAT + 1);
        assert!(read_header(&path).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
