//! The corpus cache file: the documents and the whole index an earlier start built,
//! with the stamp of each file they came from, in postcard (serde's compact format).
//! One file per set of corpus folders, in the cache folder (`cache_dir`); it is the
//! only file Recoupe ever writes.
//!
//! The file is the format number (4 bytes, little-endian), the header's length
//! (8 bytes), the header, the byte length of each part (8 bytes each), then the parts
//! one after another: the documents in batches, then the index's parts. Each part is
//! read and decoded on its own, on every core, and its bytes dropped before the next:
//! memory holds one part's bytes per core, never the whole file. The lengths sit in a
//! table of fixed width so that the parts can be streamed out and the table filled in
//! after them.

use crate::corpus::index::{Index, IndexPart, PARTS};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fs::{File, Metadata};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Bumped whenever the cache's layout changes. What extraction produces is covered
/// by `ENGINE`, a fingerprint of the engine's sources taken at build time.
/// 16: web pages, PDFs and Word files are sources, stamped by their bytes, and a
/// document keeps its places (pages, paragraphs).
/// 17: the index keeps each document's names and terms (`verify::story`).
/// 18: and how many whole names each document writes, and which.
const FORMAT: u32 = 19;
const ENGINE: &str = env!("RECOUPE_ENGINE_FINGERPRINT");

/// The environment variable that sets the cache folder; `off` disables the cache.
pub const CACHE_DIR_ENV: &str = "RECOUPE_CACHE_DIR";

/// Where the cache lives: `$RECOUPE_CACHE_DIR`, else the user's cache folder plus
/// `recoupe` (on Linux `$XDG_CACHE_HOME/recoupe`, else `$HOME/.cache/recoupe`).
/// `None` when caching is off or no folder is known.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CACHE_DIR_ENV).filter(|v| !v.is_empty()) {
        return (dir != "off").then(|| PathBuf::from(dir));
    }
    dirs::cache_dir().map(|d| d.join("recoupe"))
}

/// A file whose mtime is this close to the cache's writing is hashed even when its
/// size and mtime match (as git does for "racily clean" files).
const RACY_NS: u128 = 2_000_000_000;

/// Documents per batch in the cache file.
const DOCS_PER_PART: usize = 1024;

/// What one source file was when it was parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub path: PathBuf,
    size: u64,
    mtime_ns: u128,
    hash: u128,
}

impl Stamp {
    /// The stamp of a file's bytes (the text of a text source, the raw bytes of a
    /// PDF, a Word file or a page: every kind is stamped by what its file holds),
    /// read from `path` whose metadata (after the read) is `meta`.
    pub fn new(path: PathBuf, bytes: impl AsRef<[u8]>, meta: Option<&Metadata>) -> Stamp {
        let bytes = bytes.as_ref();
        Stamp {
            size: bytes.len() as u64,
            mtime_ns: meta.map_or(0, mtime_ns),
            hash: xxhash_rust::xxh3::xxh3_128(bytes),
            path,
        }
    }

    /// The day the file was last modified (UTC), when its metadata said.
    pub fn modified_day(&self) -> Option<crate::lang::dating::Day> {
        let secs = i64::try_from(self.mtime_ns / 1_000_000_000).ok()?;
        (self.mtime_ns > 0)
            .then(|| crate::lang::dating::Day::from_unix_seconds(secs))
            .flatten()
    }

    /// The same bytes, whatever the mtime says.
    pub fn same_content(&self, other: &Stamp) -> bool {
        self.path == other.path && self.size == other.size && self.hash == other.hash
    }

    /// Whether a file with metadata `meta` may be taken to be unchanged without
    /// reading it: same size and mtime, and that mtime not in the moments before the
    /// cache was written (`written_ns`), when the file may have changed again after
    /// it was read without its mtime moving.
    pub fn vouches_for(&self, meta: &Metadata, written_ns: u128) -> bool {
        let mtime = mtime_ns(meta);
        meta.is_file()
            && meta.len() == self.size
            && mtime == self.mtime_ns
            && mtime.saturating_add(RACY_NS) < written_ns
    }
}

fn mtime_ns(meta: &Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// The start of a cache file: what it was built from.
#[derive(Serialize, Deserialize)]
pub struct Header {
    version: String,
    /// The engine that wrote it (`ENGINE`).
    engine: String,
    pub stamps: Vec<Stamp>,
    /// When the cache was written: a file modified in the moments before may have
    /// changed after it was read with the same mtime, so it is hashed again.
    pub written_ns: u128,
    /// How many batches of documents there are (the index's parts follow them).
    doc_parts: u32,
    /// Where the parts start and the byte length of each, from the table after the
    /// header.
    #[serde(skip)]
    parts_at: u64,
    #[serde(skip)]
    lengths: Vec<u64>,
}

/// The cache file of one set of corpus folders.
pub struct CacheFile {
    path: PathBuf,
}

impl CacheFile {
    /// The cache file for `roots` in the cache folder `dir`.
    pub fn for_roots(dir: &Path, roots: &[PathBuf]) -> CacheFile {
        let mut key = String::new();
        for r in roots {
            let abs = std::fs::canonicalize(r).unwrap_or_else(|_| r.clone());
            key.push_str(&abs.to_string_lossy());
            key.push('\n');
        }
        let name = format!(
            "corpus-{:016x}.bin",
            xxhash_rust::xxh3::xxh3_64(key.as_bytes())
        );
        CacheFile {
            path: dir.join(name),
        }
    }

    /// The header of the cache file, if the file exists, was written by this
    /// version of this engine in this format, and is as long as it says.
    pub fn read_header(&self) -> Option<Header> {
        let mut f = File::open(&self.path).ok()?;
        let file_len = f.metadata().ok()?.len();
        let mut head = [0u8; 12];
        f.read_exact(&mut head).ok()?;
        let format = u32::from_le_bytes(head[..4].try_into().ok()?);
        let len = u64::from_le_bytes(head[4..].try_into().ok()?);
        if format != FORMAT || len > file_len {
            return None;
        }
        let mut bytes = vec![0u8; usize::try_from(len).ok()?];
        f.read_exact(&mut bytes).ok()?;
        let mut header: Header = decode(&bytes)?;
        if header.version != env!("CARGO_PKG_VERSION") || header.engine != ENGINE {
            return None;
        }
        let parts = (header.doc_parts as u64).checked_add(PARTS as u64)?;
        let table_len = parts.checked_mul(8)?;
        header.parts_at = (12 + len).checked_add(table_len)?;
        if header.parts_at > file_len {
            return None;
        }
        let mut table = vec![0u8; usize::try_from(table_len).ok()?];
        f.read_exact(&mut table).ok()?;
        header.lengths = table
            .chunks_exact(8)
            .map(|b| b.try_into().map(u64::from_le_bytes))
            .collect::<Result<_, _>>()
            .ok()?;
        let total = header
            .lengths
            .iter()
            .try_fold(header.parts_at, |at, len| at.checked_add(*len))?;
        (total == file_len).then_some(header)
    }

    /// The documents of the cache file, and its index when `with_index`; each part
    /// read and decoded on its own, on every core. `None` if any part is unreadable.
    pub fn read_parts<T: DeserializeOwned + Send>(
        &self,
        header: &Header,
        with_index: bool,
    ) -> Option<(Vec<T>, Option<Index>)> {
        let doc_parts = header.doc_parts as usize;
        let mut at = header.parts_at;
        let mut jobs: Vec<(Option<usize>, u64, u64)> = Vec::new();
        for (i, len) in header.lengths.iter().enumerate() {
            let index_part = i.checked_sub(doc_parts);
            if index_part.is_none() || with_index {
                jobs.push((index_part, at, *len));
            }
            at += len;
        }
        enum Part<T> {
            Docs(Vec<T>),
            Index(IndexPart),
        }
        let buffers: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::default();
        let parts: Vec<Option<Part<T>>> = jobs
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
                    let mut f = File::open(&self.path).ok()?;
                    f.seek(SeekFrom::Start(at)).ok()?;
                    bytes.resize(usize::try_from(len).ok()?, 0);
                    f.read_exact(&mut bytes).ok()?;
                    Some(match index_part {
                        None => Part::Docs(decode(&bytes)?),
                        Some(i) => {
                            let mut de = postcard::Deserializer::from_bytes(&bytes);
                            let part = IndexPart::deserialize(i, &mut de).ok()?;
                            de.finalize().ok()?.is_empty().then_some(())?;
                            Part::Index(part)
                        }
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

    /// Write the cache: `docs`, parsed from the files `stamps` describe, and their
    /// `index`. Written to a temporary file beside the cache and renamed over it, so
    /// a reader never sees half a file; the parts are streamed, never the whole file
    /// in memory.
    pub fn write<T: Serialize>(
        &self,
        stamps: &[Stamp],
        docs: &[T],
        index: &Index,
    ) -> io::Result<()> {
        let Some(dir) = self.path.parent() else {
            return Ok(());
        };
        std::fs::create_dir_all(dir)?;
        let written_ns = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let batches: Vec<&[T]> = docs.chunks(DOCS_PER_PART).collect();
        let header = Header {
            version: env!("CARGO_PKG_VERSION").to_string(),
            engine: ENGINE.to_string(),
            stamps: stamps.to_vec(),
            written_ns,
            doc_parts: u32::try_from(batches.len()).map_err(io::Error::other)?,
            parts_at: 0,
            lengths: Vec::new(),
        };
        let header = postcard::to_stdvec(&header).map_err(io::Error::other)?;
        let mut lengths = vec![0u64; batches.len() + PARTS];
        // Removed when dropped, unless persisted.
        let mut tmp = tempfile::Builder::new()
            .prefix(".corpus-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        let mut w = Counting {
            inner: BufWriter::new(tmp.as_file_mut()),
            written: 0,
        };
        w.write_all(&FORMAT.to_le_bytes())?;
        w.write_all(&(header.len() as u64).to_le_bytes())?;
        w.write_all(&header)?;
        w.write_all(&vec![0u8; 8 * lengths.len()])?;
        for (i, batch) in batches.iter().enumerate() {
            let before = w.written;
            postcard::to_io(*batch, &mut w).map_err(io::Error::other)?;
            lengths[i] = w.written - before;
        }
        for i in 0..PARTS {
            let before = w.written;
            postcard::to_io(&index.part(i), &mut w).map_err(io::Error::other)?;
            lengths[batches.len() + i] = w.written - before;
        }
        w.flush()?;
        drop(w);
        let f = tmp.as_file_mut();
        f.seek(SeekFrom::Start(12 + header.len() as u64))?;
        let table: Vec<u8> = lengths.iter().flat_map(|l| l.to_le_bytes()).collect();
        f.write_all(&table)?;
        f.sync_all()?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Exactly one `T` in `bytes`, nothing after it.
fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    match postcard::take_from_bytes(bytes) {
        Ok((value, [])) => Some(value),
        _ => None,
    }
}

/// Counts what passes through, so that each part's length is known as it is written.
struct Counting<W> {
    inner: W,
    written: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::corpus::Source;

    /// A folder with one source and its cache file, written: the folder and the
    /// cache file.
    fn cached(name: &str) -> (PathBuf, CacheFile) {
        let dir = std::env::temp_dir().join(format!("recoupe-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let src = dir.join("sources");
        std::fs::create_dir_all(&src).unwrap();
        let path = src.join("a.md");
        let text = "Le barrage a coûté 12 millions d'euros.";
        std::fs::write(&path, text).unwrap();
        let stamp = Stamp::new(path.clone(), text, std::fs::metadata(&path).ok().as_ref());
        let corpus = Corpus::from_texts([(path, text.to_string())]);
        let file = CacheFile::for_roots(&dir.join("cache"), &[src]);
        file.write(&[stamp], &corpus.docs, &corpus.index).unwrap();
        (dir, file)
    }

    /// What reading `file` back gives: the header's stamps, documents and an index.
    fn read_back(file: &CacheFile) -> Option<(usize, usize, bool)> {
        let header = file.read_header()?;
        let (docs, index) = file.read_parts::<Source>(&header, true)?;
        Some((header.stamps.len(), docs.len(), index.is_some()))
    }

    /// A cache whose header names another engine, or another layout, is not read.
    #[test]
    fn a_cache_from_another_engine_is_not_read() {
        let (dir, file) = cached("engine");
        assert_eq!(read_back(&file), Some((1, 1, true)));
        let header = file.read_header().expect("the cache just written is read");
        let bytes = std::fs::read(&file.path).unwrap();
        let old_len = u64::from_le_bytes(bytes[4..12].try_into().unwrap()) as usize;
        let rewrite = |header: &Header, format: u32| {
            let mut out = format.to_le_bytes().to_vec();
            let h = postcard::to_stdvec(header).unwrap();
            out.extend((h.len() as u64).to_le_bytes());
            out.extend(&h);
            out.extend(&bytes[12 + old_len..]);
            std::fs::write(&file.path, out).unwrap();
        };
        // The same header written back is read: the rewriting itself is sound.
        rewrite(&header, FORMAT);
        assert_eq!(read_back(&file), Some((1, 1, true)));
        rewrite(&header, FORMAT + 1);
        assert!(file.read_header().is_none());
        let other = Header {
            engine: "0".repeat(ENGINE.len()),
            ..header
        };
        rewrite(&other, FORMAT);
        assert!(file.read_header().is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A cache cut short by a byte, or one byte longer, is not read; and writing
    /// leaves nothing but the cache file in its folder.
    #[test]
    fn a_cache_of_the_wrong_length_is_not_read() {
        let (dir, file) = cached("length");
        let bytes = std::fs::read(&file.path).unwrap();
        for damaged in [&bytes[..bytes.len() - 1], &[&bytes[..], b"\0"].concat()] {
            std::fs::write(&file.path, damaged).unwrap();
            assert!(file.read_header().is_none());
        }
        std::fs::write(&file.path, &bytes).unwrap();
        assert_eq!(read_back(&file), Some((1, 1, true)));
        let folder = file.path.parent().unwrap();
        let names: Vec<_> = std::fs::read_dir(folder).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "{names:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
