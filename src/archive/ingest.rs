//! `recoupe archive ingest`: parse source folders with the corpus loader's own code
//! and store documents, sentences and claims, a batch at a time, each batch in one
//! transaction loaded with binary `COPY`.
//!
//! Idempotent by content hash: a file whose text and engine are those stored is not
//! parsed again; a changed file's old rows are deleted and its new ones written in the
//! same transaction; a stored file under the folders that is gone has its rows
//! deleted. `watch` keeps doing it, polling the folders (a feed folder is often a
//! network share, where file-system events from other machines do not arrive). An interrupted run leaves whole batches or nothing, so running it
//! again finishes the work without duplicates (a path is stored once).

use super::keys::{self, Key};
use super::pool::{describe, describe_pool, ArchiveUrl};
use crate::corpus::disk::cache::Stamp;
use crate::corpus::disk::{
    list_files, parse_extracted, parse_file, read_bytes, text_of, LoadWarning, Reason,
};
use crate::corpus::Source;
use crate::lang::Lang;
use futures_util::pin_mut;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};

/// Files per batch (and per transaction): `RECOUPE_ARCHIVE_BATCH` overrides it.
pub const BATCH: usize = 500;

/// The engine a document was parsed by: another build's parse is redone.
pub const ENGINE: &str = env!("RECOUPE_ENGINE_FINGERPRINT");

/// What an ingest did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Source files found.
    pub files: usize,
    /// Stored already, with the same text and engine: not touched.
    pub unchanged: usize,
    /// New documents.
    pub added: usize,
    /// Documents whose file changed, replaced.
    pub replaced: usize,
    /// Documents whose file is gone, removed.
    pub removed: usize,
    /// Files that could not be read.
    pub warnings: Vec<String>,
    /// Seconds the whole run took.
    pub seconds: f64,
}

/// Progress after each batch: files done of all, and documents written so far.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub written: usize,
    pub elapsed: f64,
}

/// What a file holds: text, or what a reader took from a page, a PDF or a Word file.
enum Content {
    Text(String),
    Extracted(Box<crate::corpus::readers::Extracted>),
}

/// A file read: its path, content, content hash and the day it was last modified.
type ReadFile = (PathBuf, Content, Vec<u8>, Option<crate::lang::dating::Day>);

/// Read a source file of any kind as a corpus folder's loader does (a page, a PDF
/// or a Word file through its reader): its content, and the hash of its text (of
/// its bytes for the others).
fn read_file(path: &Path) -> Result<ReadFile, LoadWarning> {
    use crate::corpus::readers::{self, Kind};
    let warn = |reason| LoadWarning {
        path: path.to_path_buf(),
        reason,
    };
    let kind = Kind::of(path).unwrap_or(Kind::Text);
    let bytes = read_bytes(path, kind).map_err(warn)?;
    let meta = std::fs::metadata(path).ok();
    let day = Stamp::new(path.to_path_buf(), &bytes, meta.as_ref()).modified_day();
    let (content, hash) = if kind.is_text() {
        let text = text_of(bytes).map_err(warn)?;
        let hash = xxhash_rust::xxh3::xxh3_128(text.as_bytes());
        (Content::Text(text), hash)
    } else {
        let hash = xxhash_rust::xxh3::xxh3_128(&bytes);
        let x = readers::read(kind, &bytes).map_err(|f| warn(Reason::Reader(f)))?;
        (Content::Extracted(Box::new(x)), hash)
    };
    Ok((
        path.to_path_buf(),
        content,
        hash.to_le_bytes().to_vec(),
        day,
    ))
}

/// One file ready to store.
struct Parsed {
    path: String,
    hash: Vec<u8>,
    source: Source,
    keys: Vec<Key>,
    bytes: Vec<u8>,
}

/// What a watching ingest remembers of each file between passes: its size and
/// modification time. A file whose stamp is unchanged is not read again.
pub type Seen = HashMap<PathBuf, (u64, Option<SystemTime>)>;

/// How often `--watch` looks at the folders, unless told.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(2);

/// Ingest every source file under `dirs` into the archive at `url`, and remove the
/// rows of stored files under them that are gone.
pub async fn ingest(
    url: &ArchiveUrl,
    dirs: &[PathBuf],
    progress: impl FnMut(Progress),
) -> Result<Report, String> {
    let pool = url.pool(1)?;
    let mut client = connect(url, &pool).await?;
    super::migrate::migrate(&mut client).await?;
    pass(&mut client, dirs, None, progress).await
}

/// Keep `dirs` ingested: a pass every `interval`, reading only the files whose size
/// or modification time changed since the last pass, and removing the rows of
/// deleted files. `after` hears of each pass that changed something (or failed: the
/// archive away is retried at the next pass). Returns only on a first error.
pub async fn watch(
    url: &ArchiveUrl,
    dirs: &[PathBuf],
    interval: Duration,
    mut after: impl FnMut(Result<&Report, &str>),
    mut progress: impl FnMut(Progress),
) -> Result<(), String> {
    let pool = url.pool(1)?;
    {
        let mut client = connect(url, &pool).await?;
        super::migrate::migrate(&mut client).await?;
    }
    let mut seen = Seen::new();
    loop {
        let done = match connect(url, &pool).await {
            Ok(mut client) => pass(&mut client, dirs, Some(&mut seen), &mut progress).await,
            Err(e) => Err(e),
        };
        match &done {
            Ok(r) if r.added + r.replaced + r.removed > 0 || !r.warnings.is_empty() => after(Ok(r)),
            Ok(_) => {}
            Err(e) => after(Err(e)),
        }
        tokio::time::sleep(interval).await;
    }
}

async fn connect(
    url: &ArchiveUrl,
    pool: &deadpool_postgres::Pool,
) -> Result<deadpool_postgres::Object, String> {
    pool.get()
        .await
        .map_err(|e| format!("cannot connect to {url}: {}", describe_pool(&e)))
}

/// The size and modification time of a file.
fn stamp(path: &Path) -> (u64, Option<SystemTime>) {
    match std::fs::metadata(path) {
        Ok(m) => (m.len(), m.modified().ok()),
        Err(_) => (0, None),
    }
}

/// One pass over `dirs`. With `seen` (a watching ingest after its first pass),
/// only files whose stamp changed are read, and the files gone are those seen last
/// time and not listed now; otherwise every file is read (and skipped by its
/// content hash) and the files gone are the stored ones under `dirs`.
async fn pass(
    client: &mut tokio_postgres::Client,
    dirs: &[PathBuf],
    seen: Option<&mut Seen>,
    mut progress: impl FnMut(Progress),
) -> Result<Report, String> {
    let started = Instant::now();
    // Stored by their resolved path: the same file is one row however the folder
    // was named on the command line.
    let dirs: Vec<PathBuf> = dirs
        .iter()
        .map(|d| d.canonicalize().unwrap_or_else(|_| d.clone()))
        .collect();
    let (files, warnings) = list_files(&dirs);
    let mut report = Report {
        files: files.len(),
        warnings: warnings.iter().map(LoadWarning::to_string).collect(),
        ..Report::default()
    };
    let stamps: Seen = files.iter().map(|f| (f.clone(), stamp(f))).collect();
    let first = seen.as_ref().is_none_or(|s| s.is_empty());
    let (todo, gone): (Vec<PathBuf>, Vec<String>) = match seen.as_deref() {
        Some(seen) if !first => {
            let todo: Vec<PathBuf> = files
                .iter()
                .filter(|f| seen.get(*f) != stamps.get(*f))
                .cloned()
                .collect();
            let gone = seen
                .keys()
                .filter(|p| !stamps.contains_key(*p))
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            (todo, gone)
        }
        _ => (files.clone(), stored_gone(client, &dirs, &files).await?),
    };
    report.unchanged += files.len() - todo.len();
    let batch = std::env::var("RECOUPE_ARCHIVE_BATCH")
        .ok()
        .and_then(|b| b.parse().ok())
        .filter(|&b| b > 0)
        .unwrap_or(BATCH);
    let mut done = files.len() - todo.len();
    for paths in todo.chunks(batch) {
        batch_pass(client, paths, &mut report).await?;
        done += paths.len();
        progress(Progress {
            done,
            total: report.files,
            written: report.added + report.replaced,
            elapsed: started.elapsed().as_secs_f64(),
        });
    }
    if !gone.is_empty() {
        report.removed = remove(client, &gone).await?;
    }
    if report.added + report.replaced + report.removed > 0 {
        // The planner's statistics follow the rows at once, not when autovacuum
        // comes by: a lookup right after a bulk load would otherwise be planned for
        // empty tables and may run past its timeout. Only the tables' owner may
        // analyse them; another role gets a notice, not an error.
        client
            .batch_execute("ANALYZE documents, key_df, sentences, claims")
            .await
            .map_err(|e| format!("analysing the loaded tables: {e}"))?;
    }
    if let Some(seen) = seen {
        *seen = stamps;
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The stored files under `dirs` that are not among `files`.
async fn stored_gone(
    client: &tokio_postgres::Client,
    dirs: &[PathBuf],
    files: &[PathBuf],
) -> Result<Vec<String>, String> {
    let listed: HashSet<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let mut gone = Vec::new();
    for dir in dirs {
        let mut prefix = dir.to_string_lossy().into_owned();
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        let rows = client
            .query(
                "SELECT path FROM documents WHERE starts_with(path, $1)",
                &[&prefix],
            )
            .await
            .map_err(|e| describe(&e))?;
        gone.extend(
            rows.iter()
                .map(|r| r.get::<_, String>(0))
                .filter(|p| !listed.contains(p)),
        );
    }
    gone.sort();
    gone.dedup();
    Ok(gone)
}

/// Delete the rows of files that are gone, in one transaction that announces it.
async fn remove(client: &mut tokio_postgres::Client, paths: &[String]) -> Result<usize, String> {
    let e = |e: tokio_postgres::Error| describe(&e);
    let tx = client.transaction().await.map_err(e)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&super::migrate::LOCK])
        .await
        .map_err(e)?;
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    let removed = delete_paths(&tx, &paths).await?;
    let n = removed.len();
    announce(
        &tx,
        &super::notify::Change {
            added: Vec::new(),
            removed,
        },
    )
    .await?;
    tx.commit().await.map_err(e)?;
    Ok(n)
}

/// Read, compare with what is stored, parse and write one batch of files.
async fn batch_pass(
    client: &mut tokio_postgres::Client,
    paths: &[PathBuf],
    report: &mut Report,
) -> Result<(), String> {
    let read: Vec<Result<ReadFile, LoadWarning>> =
        paths.par_iter().map(|path| read_file(path)).collect();
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(f) => files.push(f),
            Err(w) => report.warnings.push(w.to_string()),
        }
    }
    let names: Vec<String> = files
        .iter()
        .map(|f| f.0.to_string_lossy().into_owned())
        .collect();
    let stored: HashMap<String, (Vec<u8>, String)> = client
        .query(
            "SELECT path, hash, engine FROM documents WHERE path = ANY($1)",
            &[&names],
        )
        .await
        .map_err(|e| describe(&e))?
        .into_iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect();
    let mut fresh = Vec::new();
    for (file, name) in files.into_iter().zip(names) {
        match stored.get(&name) {
            Some((hash, engine)) if *hash == file.2 && engine == ENGINE => report.unchanged += 1,
            Some(_) => {
                report.replaced += 1;
                fresh.push((file, name));
            }
            None => {
                report.added += 1;
                fresh.push((file, name));
            }
        }
    }
    let parsed: Vec<Parsed> = fresh
        .into_par_iter()
        .map(|((path, content, hash, day), name)| {
            let source = match content {
                Content::Text(text) => parse_file(path, &text, day),
                Content::Extracted(x) => parse_extracted(path, &x, day),
            };
            let keys = keys::source_keys(&source);
            let bytes = postcard::to_stdvec(&source).unwrap_or_default();
            Parsed {
                path: name,
                hash,
                source,
                keys,
                bytes,
            }
        })
        .collect();
    if !parsed.is_empty() {
        write_batch(client, &parsed).await?;
    }
    Ok(())
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

/// Replace the rows of these files with their new parse, in one transaction.
async fn write_batch(client: &mut tokio_postgres::Client, parsed: &[Parsed]) -> Result<(), String> {
    let e = |e: tokio_postgres::Error| describe(&e);
    let tx = client.transaction().await.map_err(e)?;
    // One writer at a time: key counts are read and written by every batch.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&super::migrate::LOCK])
        .await
        .map_err(e)?;
    let paths: Vec<&str> = parsed.iter().map(|p| p.path.as_str()).collect();
    let removed = delete_paths(&tx, &paths).await?;
    let n = parsed.len() as i64;
    let ids: Vec<i64> = tx
        .query(
            "SELECT nextval('documents_id_seq') FROM generate_series(1, $1::bigint)",
            &[&n],
        )
        .await
        .map_err(e)?
        .iter()
        .map(|r| r.get(0))
        .collect();

    let sink = tx
        .copy_in(
            "COPY documents (id, path, hash, engine, lang, day, keys, source) FROM STDIN BINARY",
        )
        .await
        .map_err(e)?;
    let types = [
        Type::INT8,
        Type::TEXT,
        Type::BYTEA,
        Type::TEXT,
        Type::TEXT,
        Type::TEXT,
        Type::INT8_ARRAY,
        Type::BYTEA,
    ];
    let writer = BinaryCopyInWriter::new(sink, &types);
    pin_mut!(writer);
    for (p, id) in parsed.iter().zip(&ids) {
        let lang = lang_code(p.source.lang);
        let day = p.source.doc.meta.day.map(|d| d.day.iso());
        let row: [&(dyn ToSql + Sync); 8] = [
            id, &p.path, &p.hash, &ENGINE, &lang, &day, &p.keys, &p.bytes,
        ];
        writer.as_mut().write(&row).await.map_err(e)?;
    }
    writer.finish().await.map_err(e)?;

    let sink = tx
        .copy_in("COPY sentences (doc_id, ord, text, lang) FROM STDIN BINARY")
        .await
        .map_err(e)?;
    let writer = BinaryCopyInWriter::new(sink, &[Type::INT8, Type::INT4, Type::TEXT, Type::TEXT]);
    pin_mut!(writer);
    for (p, id) in parsed.iter().zip(&ids) {
        let doc = &p.source.doc;
        let lang = lang_code(p.source.lang);
        for i in 0..doc.sentences.len() {
            let ord = i as i32;
            let text = doc.sentence_text(i);
            writer
                .as_mut()
                .write(&[id, &ord, &text, &lang])
                .await
                .map_err(e)?;
        }
    }
    writer.finish().await.map_err(e)?;

    let sink = tx
        .copy_in(
            "COPY claims (doc_id, ord, kind, counted, sentence, written, words) FROM STDIN BINARY",
        )
        .await
        .map_err(e)?;
    let writer = BinaryCopyInWriter::new(
        sink,
        &[
            Type::INT8,
            Type::INT4,
            Type::TEXT,
            Type::TEXT,
            Type::INT4,
            Type::TEXT,
            Type::INT8_ARRAY,
        ],
    );
    pin_mut!(writer);
    for (p, id) in parsed.iter().zip(&ids) {
        let doc = &p.source.doc;
        for (c, claim) in p.source.claims.iter().enumerate() {
            let ord = c as i32;
            let (kind, counted) = keys::frame(claim);
            let sentence = claim.sentence as i32;
            let written = doc.text.get(claim.span.start..claim.span.end).unwrap_or("");
            let words: Vec<i64> = claim.context.words.iter().map(|(w, _)| *w as i64).collect();
            writer
                .as_mut()
                .write(&[id, &ord, &kind, &counted, &sentence, &written, &words])
                .await
                .map_err(e)?;
        }
    }
    writer.finish().await.map_err(e)?;

    tx.execute(
        "INSERT INTO key_df (key, df)
         SELECT k, count(*) FROM documents, unnest(keys) AS k WHERE id = ANY($1) GROUP BY k
         ON CONFLICT (key) DO UPDATE SET df = key_df.df + EXCLUDED.df",
        &[&ids],
    )
    .await
    .map_err(e)?;
    announce(
        &tx,
        &super::notify::Change {
            added: ids,
            removed,
        },
    )
    .await?;
    tx.commit().await.map_err(e)
}

/// Delete the rows of these paths and their share of the key counts; the ids
/// deleted.
async fn delete_paths(
    tx: &tokio_postgres::Transaction<'_>,
    paths: &[&str],
) -> Result<Vec<i64>, String> {
    let rows = tx
        .query(
            "WITH gone AS (DELETE FROM documents WHERE path = ANY($1) RETURNING id, keys),
             counted AS (
                 UPDATE key_df f SET df = f.df - c.n
                 FROM (SELECT k, count(*) AS n FROM gone, unnest(gone.keys) AS k GROUP BY k) c
                 WHERE f.key = c.k)
             SELECT id FROM gone",
            &[&paths],
        )
        .await
        .map_err(|e| describe(&e))?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Tell the listening servers, when the transaction commits, what it changed.
async fn announce(
    tx: &tokio_postgres::Transaction<'_>,
    change: &super::notify::Change,
) -> Result<(), String> {
    for payload in super::notify::payloads(change) {
        tx.execute(
            "SELECT pg_notify($1, $2)",
            &[&super::notify::CHANNEL, &payload],
        )
        .await
        .map_err(|e| describe(&e))?;
    }
    Ok(())
}
