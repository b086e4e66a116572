//! Finding a draft's candidate sources in the archive: one query per draft, with the
//! keys of each of its claims, returns for every claim a bounded set of stored
//! documents — those that share the claim's rarest keys, best first — and the
//! sources the caller does not hold yet, which are then merged with the local
//! sources so that the same verdict code decides.

use super::keys::Key;
use super::pool::{describe, describe_pool, query_timeout, ArchiveUrl, Backoff, Notice};
use crate::corpus::{Corpus, Source};
use deadpool_postgres::Pool;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

/// The most keys one claim is looked up by: its rarest ones.
pub const KEYS_PER_CLAIM: i64 = 8;
/// The most postings (documents holding a key) one claim reads: its keys are taken
/// rarest first while the documents they name stay under this. Bounds a lookup's
/// cost whatever the archive's size (a claim whose every key is held by more
/// documents finds nothing in the archive); measured at 100,000 documents in
/// docs/performance.md, session 13.
pub const POSTINGS_PER_CLAIM: i64 = 1_000;
/// The most candidate documents one claim brings in, best first.
pub const DOCS_PER_CLAIM: i64 = 8;
/// Keys held by more documents than this say little about a claim: left out.
pub const MAX_DF: i32 = 5_000;

/// The bounds of a lookup: keys and postings per claim, documents per claim.
/// `RECOUPE_ARCHIVE_LIMITS=keys,postings,documents` changes them (sizing an archive
/// whose vocabulary differs: docs/archive.md).
pub fn limits() -> (i64, i64, i64) {
    let given: Vec<i64> = std::env::var("RECOUPE_ARCHIVE_LIMITS")
        .unwrap_or_default()
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .filter(|&v| v > 0)
        .collect();
    match given[..] {
        [k, p, d] => (k, p, d),
        _ => (KEYS_PER_CLAIM, POSTINGS_PER_CLAIM, DOCS_PER_CLAIM),
    }
}

/// The archive's candidate query, for every claim of a draft at once. `$1`, `$2`:
/// the claims' numbers and keys (one row per key), `$3` `MAX_DF`, `$4`
/// `KEYS_PER_CLAIM`, `$5` the engine, `$6` `DOCS_PER_CLAIM`, `$7` the documents the
/// caller holds already, `$8` `POSTINGS_PER_CLAIM`. Rows `(claim, id, NULL)` say which documents each claim
/// found; rows `(NULL, id, source)` bring each document the caller lacks, once.
const CANDIDATES: &str = "
WITH wanted AS (
    SELECT c.claim, c.key, f.df,
           row_number() OVER w AS r,
           sum(f.df) OVER w - f.df AS before
    FROM unnest($1::int4[], $2::int8[]) AS c(claim, key)
    JOIN key_df f ON f.key = c.key
    WHERE f.df > 0 AND f.df <= $3
    WINDOW w AS (PARTITION BY c.claim ORDER BY f.df, c.key)
), q AS (
    SELECT claim, key, 1.0 / df AS w FROM wanted
    WHERE r <= $4 AND before + df <= $8
), posting AS (
    SELECT k.key, d.id
    FROM (SELECT DISTINCT key FROM q) k
    JOIN documents d ON d.keys @> ARRAY[k.key]
    WHERE d.engine = $5
), ranked AS (
    SELECT q.claim, p.id,
           row_number() OVER (PARTITION BY q.claim ORDER BY sum(q.w) DESC, p.id) AS n
    FROM q JOIN posting p USING (key)
    GROUP BY q.claim, p.id
), top AS (
    SELECT claim, id FROM ranked WHERE n <= $6
)
SELECT claim, id, NULL::bytea FROM top
UNION ALL
SELECT NULL, d.id, d.source FROM documents d
WHERE d.id IN (SELECT id FROM top) AND NOT (d.id = ANY($7))";

/// A stored document's id.
pub type DocId = i64;

/// A connection to the archive shared by every check, with its backoff.
pub struct Archive {
    url: ArchiveUrl,
    pool: Pool,
    backoff: Mutex<Backoff>,
    /// The schema version was found right once: not asked again.
    schema_ok: std::sync::atomic::AtomicBool,
    /// Round trips made and claims looked up, for the log and the tests.
    queries: AtomicUsize,
    claims_queried: AtomicUsize,
}

/// What a lookup found.
#[derive(Debug, Default)]
pub struct Found {
    /// Per claim asked about, in order: the ids of its candidate documents.
    pub per_claim: Vec<Vec<DocId>>,
    /// The candidate documents the caller did not hold yet.
    pub sources: Vec<(DocId, Source)>,
    /// Rows whose stored source could not be read back.
    pub unreadable: usize,
}

impl Found {
    /// Every document found, in path order (as a folder lists them).
    pub fn into_sources(self) -> Vec<Source> {
        let mut sources: Vec<Source> = self.sources.into_iter().map(|(_, s)| s).collect();
        sources.sort_by(|a, b| a.doc.path.cmp(&b.doc.path));
        sources
    }
}

impl Archive {
    /// An archive at `url`, with a pool of at most `size` connections. Connects on
    /// first use.
    pub fn new(url: ArchiveUrl, size: usize) -> Result<Archive, String> {
        let pool = url.pool(size)?;
        Ok(Archive {
            url,
            pool,
            backoff: Mutex::new(Backoff::default()),
            schema_ok: Default::default(),
            queries: AtomicUsize::new(0),
            claims_queried: AtomicUsize::new(0),
        })
    }

    pub fn url(&self) -> &ArchiveUrl {
        &self.url
    }

    /// Round trips made so far, and claims looked up in them.
    pub fn stats(&self) -> (usize, usize) {
        (
            self.queries.load(Ordering::Relaxed),
            self.claims_queried.load(Ordering::Relaxed),
        )
    }

    /// When the backoff lets the archive be tried again, if it is in force.
    pub fn retry_at(&self) -> Option<Instant> {
        self.backoff.lock().ok().and_then(|b| b.next_try())
    }

    /// The candidates of each claim, given by its keys (`claims[i]` the keys of
    /// claim `i`), leaving out the sources of the documents in `known`: one round
    /// trip, bounded by the query timeout.
    pub async fn candidates(&self, claims: &[Vec<Key>], known: &[DocId]) -> Result<Found, String> {
        let mut numbers: Vec<i32> = Vec::new();
        let mut keys: Vec<Key> = Vec::new();
        for (i, ks) in claims.iter().enumerate() {
            for k in ks {
                numbers.push(i as i32);
                keys.push(*k);
            }
        }
        self.queries.fetch_add(1, Ordering::Relaxed);
        self.claims_queried
            .fetch_add(claims.len(), Ordering::Relaxed);
        let work = async {
            let client = self.pool.get().await.map_err(|e| describe_pool(&e))?;
            if !self.schema_ok.load(Ordering::Relaxed) {
                super::migrate::check_version(&client).await?;
                self.schema_ok.store(true, Ordering::Relaxed);
            }
            let engine = super::ingest::ENGINE;
            let (keys_per_claim, postings, docs_per_claim) = limits();
            let rows = client
                .query(
                    CANDIDATES,
                    &[
                        &numbers,
                        &keys,
                        &MAX_DF,
                        &keys_per_claim,
                        &engine,
                        &docs_per_claim,
                        &known,
                        &postings,
                    ],
                )
                .await
                .map_err(|e| describe(&e))?;
            Ok::<_, String>(rows)
        };
        let rows = tokio::time::timeout(query_timeout(), work)
            .await
            .map_err(|_| "the archive did not answer in time".to_string())??;
        let mut found = Found {
            per_claim: vec![Vec::new(); claims.len()],
            ..Found::default()
        };
        for row in rows {
            let claim: Option<i32> = row.get(0);
            let id: DocId = row.get(1);
            match claim {
                Some(c) => {
                    if let Some(ids) = usize::try_from(c)
                        .ok()
                        .and_then(|c| found.per_claim.get_mut(c))
                    {
                        ids.push(id);
                    }
                }
                None => {
                    let bytes: &[u8] = row.get(2);
                    match postcard::from_bytes::<Source>(bytes) {
                        Ok(s) => found.sources.push((id, s)),
                        Err(_) => found.unreadable += 1,
                    }
                }
            }
        }
        for ids in &mut found.per_claim {
            ids.sort_unstable();
        }
        Ok(found)
    }

    /// Every lookup key of the documents `ids` (those announced as new).
    pub async fn keys_of(&self, ids: &[DocId]) -> Result<HashSet<Key>, String> {
        let work = async {
            let client = self.pool.get().await.map_err(|e| describe_pool(&e))?;
            client
                .query(
                    "SELECT DISTINCT k FROM documents, unnest(keys) AS k WHERE id = ANY($1)",
                    &[&ids],
                )
                .await
                .map_err(|e| describe(&e))
        };
        let rows = tokio::time::timeout(query_timeout(), work)
            .await
            .map_err(|_| "the archive did not answer in time".to_string())??;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// `candidates`, unless the archive failed lately and its backoff has not run
    /// out: then `None` at once. Failures and recoveries give one notice each.
    pub async fn try_candidates(
        &self,
        claims: &[Vec<Key>],
        known: &[DocId],
    ) -> (Option<Found>, Notice) {
        let now = Instant::now();
        let may = self.backoff.lock().map(|b| b.may_try(now)).unwrap_or(true);
        if !may {
            return (None, Notice::None);
        }
        let got = self.candidates(claims, known).await;
        let mut backoff = match self.backoff.lock() {
            Ok(b) => b,
            Err(poisoned) => poisoned.into_inner(),
        };
        match got {
            Ok(found) => (Some(found), backoff.succeeded()),
            Err(why) => {
                // A schema problem is not a connection problem: ask again next time.
                self.schema_ok.store(false, Ordering::Relaxed);
                (None, backoff.failed(Instant::now(), &why))
            }
        }
    }
}

/// The local sources, then the archive's that are not local too (by path): the
/// corpus a draft is checked against.
pub fn merge(local: Vec<Source>, archive: Vec<Source>) -> Corpus {
    let seen: HashSet<std::path::PathBuf> = local.iter().map(|s| s.doc.path.clone()).collect();
    let mut docs = local;
    docs.extend(archive.into_iter().filter(|s| !seen.contains(&s.doc.path)));
    Corpus::new(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `merged(local, archive, expected)`: the paths of the merged corpus.
    fn merged(local: &[&str], archive: &[&str], expected: &[&str]) {
        let read = |p: &&str| Source::read(*p, "Le pont a coûté 12 millions d'euros.");
        let corpus = merge(
            local.iter().map(read).collect(),
            archive.iter().map(read).collect(),
        );
        let got: Vec<String> = corpus
            .docs
            .iter()
            .map(|s| s.doc.path.display().to_string())
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn local_sources_come_first_and_are_not_doubled() {
        merged(&["a.md"], &["a.md", "b.md"], &["a.md", "b.md"]);
        merged(&[], &["b.md", "c.md"], &["b.md", "c.md"]);
        merged(&["z.md"], &[], &["z.md"]);
    }
}
