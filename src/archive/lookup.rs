//! Finding a draft's candidate sources in the archive: one query per draft, with the
//! keys of all its claims, returns a bounded set of stored sources — those that share
//! the draft's rarest keys, best first — which are then merged with the local sources
//! so that the same verdict code decides.

use super::keys::Key;
use super::pool::{describe, describe_pool, ArchiveUrl, Backoff, Notice, QUERY_TIMEOUT};
use crate::corpus::{Corpus, Source};
use deadpool_postgres::Pool;
use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Instant;

/// The most candidate documents one draft brings in.
pub const MAX_DOCUMENTS: i64 = 400;
/// The most keys a draft is looked up by: its rarest ones.
pub const MAX_KEYS: i64 = 512;
/// Keys held by more documents than this say little about a claim: left out.
pub const MAX_DF: i32 = 20_000;

/// The archive's candidate query. `$1` the draft's keys, `$2` `MAX_DF`, `$3`
/// `MAX_KEYS`, `$4` the engine, `$5` `MAX_DOCUMENTS`.
const CANDIDATES: &str = "
WITH q AS (
    SELECT f.key, 1.0 / f.df AS w
    FROM key_df f
    WHERE f.key = ANY($1) AND f.df > 0 AND f.df <= $2
    ORDER BY f.df, f.key
    LIMIT $3
), hits AS (
    SELECT d.id, sum(q.w) AS score
    FROM q JOIN documents d ON d.keys @> ARRAY[q.key]
    WHERE d.engine = $4
    GROUP BY d.id
    ORDER BY score DESC, d.id
    LIMIT $5
)
SELECT d.source FROM hits JOIN documents d USING (id)";

/// A connection to the archive shared by every check, with its backoff.
pub struct Archive {
    url: ArchiveUrl,
    pool: Pool,
    backoff: Mutex<Backoff>,
    /// The schema version was found right once: not asked again.
    schema_ok: std::sync::atomic::AtomicBool,
}

/// What a lookup found.
#[derive(Debug, Default)]
pub struct Found {
    /// The candidate sources, in path order (as a folder lists them).
    pub sources: Vec<Source>,
    /// Rows whose stored source could not be read back.
    pub unreadable: usize,
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
        })
    }

    pub fn url(&self) -> &ArchiveUrl {
        &self.url
    }

    /// The candidates for a draft whose claims have `keys`: one round trip, bounded
    /// by `QUERY_TIMEOUT`.
    pub async fn candidates(&self, keys: &[Key]) -> Result<Found, String> {
        let work = async {
            let client = self.pool.get().await.map_err(|e| describe_pool(&e))?;
            if !self.schema_ok.load(std::sync::atomic::Ordering::Relaxed) {
                super::migrate::check_version(&client).await?;
                self.schema_ok
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            let engine = super::ingest::ENGINE;
            let rows = client
                .query(
                    CANDIDATES,
                    &[&keys, &MAX_DF, &MAX_KEYS, &engine, &MAX_DOCUMENTS],
                )
                .await
                .map_err(|e| describe(&e))?;
            Ok::<_, String>(rows)
        };
        let rows = tokio::time::timeout(QUERY_TIMEOUT, work)
            .await
            .map_err(|_| "the archive did not answer in time".to_string())??;
        let mut found = Found::default();
        for row in rows {
            let bytes: &[u8] = row.get(0);
            match postcard::from_bytes::<Source>(bytes) {
                Ok(s) => found.sources.push(s),
                Err(_) => found.unreadable += 1,
            }
        }
        found.sources.sort_by(|a, b| a.doc.path.cmp(&b.doc.path));
        Ok(found)
    }

    /// `candidates`, unless the archive failed lately and its backoff has not run
    /// out: then `Ok(None)` at once. Failures and recoveries give one notice each.
    pub async fn try_candidates(&self, keys: &[Key]) -> (Option<Found>, Notice) {
        let now = Instant::now();
        let may = self.backoff.lock().map(|b| b.may_try(now)).unwrap_or(true);
        if !may {
            return (None, Notice::None);
        }
        let got = self.candidates(keys).await;
        let mut backoff = match self.backoff.lock() {
            Ok(b) => b,
            Err(poisoned) => poisoned.into_inner(),
        };
        match got {
            Ok(found) => (Some(found), backoff.succeeded()),
            Err(why) => {
                // A schema problem is not a connection problem: ask again next time.
                self.schema_ok
                    .store(false, std::sync::atomic::Ordering::Relaxed);
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
