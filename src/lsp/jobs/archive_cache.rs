//! What the server keeps of the newsroom archive, as data: one link per archive URL
//! (its connection pool and backoff, the candidates each claim found, keyed by the
//! claim's lookup keys, and the documents they name), and per open draft the corpus
//! it is checked against: its root's local sources with the archive's candidates for
//! its claims. An edit looks up only the claims whose keys are not cached; a draft
//! whose candidates did not change keeps its corpus, so its memo stays warm.

use crate::archive::keys::Key;
use crate::archive::lookup::{merge, DocId, Found};
use crate::archive::{Archive, ArchiveUrl};
use crate::corpus::{Corpus, Source};
use crate::lsp::session::Analysis;
use dashmap::DashMap;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use tower_lsp_server::ls_types::Uri;

/// A draft's new analysis, for the archive job to complete.
pub struct Wanted {
    pub uri: Uri,
    pub analysis: Arc<Analysis>,
}

/// Connections each archive link may hold: a few drafts checked at once.
const POOL_SIZE: usize = 4;
/// Past this many cached claims (or documents) a link's cache starts again: it
/// holds what the open drafts ask, which is far less.
const KEPT_CLAIMS: usize = 200_000;
const KEPT_DOCS: usize = 50_000;

/// One archive, shared by every draft whose settings name it.
pub struct Link {
    pub archive: Archive,
    cache: Mutex<Cache>,
    /// A retry after a failure is already waiting.
    pub retrying: AtomicBool,
    /// The LISTEN connection has been started.
    pub listening: AtomicBool,
    /// Held while claims are looked up: analyses that come meanwhile (the writer
    /// typing on) wait, then find those claims cached instead of asking again.
    pub turn: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct Cache {
    /// By a claim's lookup keys: the documents it found.
    claims: HashMap<Vec<Key>, Vec<DocId>>,
    docs: HashMap<DocId, Arc<Source>>,
}

/// A draft's corpus with the archive: built from `local` (of `generation`) and the
/// documents `ids`.
struct Merged {
    generation: u64,
    local: Arc<Corpus>,
    ids: Vec<DocId>,
    corpus: Arc<Corpus>,
}

#[derive(Default)]
pub struct ArchiveState {
    /// By the URL as the settings give it.
    links: Mutex<HashMap<String, Arc<Link>>>,
    drafts: DashMap<Uri, Merged>,
}

impl ArchiveState {
    /// The link to the archive at `url`, made on first use; the error (never with
    /// the password) when the URL is not valid. True with it when it is new.
    pub fn link(&self, url: &str) -> Result<(Arc<Link>, bool), String> {
        let mut links = self.links.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(l) = links.get(url) {
            return Ok((l.clone(), false));
        }
        let archive = Archive::new(ArchiveUrl::parse(url)?, POOL_SIZE)?;
        let link = Arc::new(Link {
            archive,
            cache: Mutex::default(),
            retrying: AtomicBool::new(false),
            listening: AtomicBool::new(false),
            turn: tokio::sync::Mutex::new(()),
        });
        links.insert(url.to_string(), link.clone());
        Ok((link, true))
    }

    /// The corpus the draft at `uri` is checked against in `generation`, when the
    /// archive gave it candidates.
    pub fn corpus_for(&self, uri: &Uri, generation: u64) -> Option<Arc<Corpus>> {
        self.drafts
            .get(uri)
            .filter(|m| m.generation == generation)
            .map(|m| m.corpus.clone())
    }

    /// Whether the draft's corpus is already built from `local` and `ids`.
    pub fn is_current(
        &self,
        uri: &Uri,
        generation: u64,
        local: &Arc<Corpus>,
        ids: &[DocId],
    ) -> bool {
        self.drafts.get(uri).is_some_and(|m| {
            m.generation == generation && Arc::ptr_eq(&m.local, local) && m.ids == ids
        })
    }

    /// Record the draft's corpus built from `local` and `ids`.
    pub fn install(
        &self,
        uri: Uri,
        generation: u64,
        local: Arc<Corpus>,
        ids: Vec<DocId>,
        corpus: Arc<Corpus>,
    ) {
        self.drafts.insert(
            uri,
            Merged {
                generation,
                local,
                ids,
                corpus,
            },
        );
    }

    /// Forget a draft's corpus (closed, or the archive gave it nothing); whether
    /// it had one.
    pub fn forget(&self, uri: &Uri) -> bool {
        self.drafts.remove(uri).is_some()
    }

    /// The drafts whose corpus holds one of `ids`.
    pub fn drafts_holding(&self, ids: &HashSet<DocId>) -> Vec<Uri> {
        self.drafts
            .iter()
            .filter(|m| m.ids.iter().any(|i| ids.contains(i)))
            .map(|m| m.key().clone())
            .collect()
    }
}

impl Link {
    /// Of these claims' keys, those not cached yet, each once.
    pub fn missing(&self, claims: &[Vec<Key>]) -> Vec<Vec<Key>> {
        let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        let mut seen = HashSet::new();
        claims
            .iter()
            .filter(|k| !cache.claims.contains_key(*k) && seen.insert(*k))
            .cloned()
            .collect()
    }

    /// The documents held already (the archive need not send them again).
    pub fn known(&self) -> Vec<DocId> {
        let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        cache.docs.keys().copied().collect()
    }

    /// Keep what a lookup of `asked` found.
    pub fn store(&self, asked: Vec<Vec<Key>>, found: Found) {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.claims.len() >= KEPT_CLAIMS || cache.docs.len() >= KEPT_DOCS {
            *cache = Cache::default();
        }
        for (id, source) in found.sources {
            cache.docs.insert(id, Arc::new(source));
        }
        for (keys, ids) in asked.into_iter().zip(found.per_claim) {
            // A document the cache lost meanwhile is asked for again next time.
            if ids.iter().all(|i| cache.docs.contains_key(i)) {
                cache.claims.insert(keys, ids);
            }
        }
    }

    /// The documents these claims found, sorted, each once; `None` when one of them
    /// is not cached (any more).
    pub fn ids_for(&self, claims: &[Vec<Key>]) -> Option<Vec<DocId>> {
        let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        let mut ids = Vec::new();
        for k in claims {
            ids.extend(cache.claims.get(k)?.iter().copied());
        }
        ids.sort_unstable();
        ids.dedup();
        Some(ids)
    }

    /// The corpus of `local` with the documents `ids` (those still cached).
    pub fn merged(&self, local: &Corpus, ids: &[DocId]) -> Corpus {
        let archived: Vec<Arc<Source>> = {
            let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            ids.iter()
                .filter_map(|i| cache.docs.get(i).cloned())
                .collect()
        };
        let mut archived: Vec<Source> = archived.iter().map(|s| (**s).clone()).collect();
        archived.sort_by(|a, b| a.doc.path.cmp(&b.doc.path));
        merge(local.docs.clone(), archived)
    }

    /// Forget every claim and document: notices may have been missed.
    pub fn clear(&self) {
        *self.cache.lock().unwrap_or_else(|p| p.into_inner()) = Cache::default();
    }

    /// Forget the claims that found one of `gone`, or share a key with `added`: new
    /// or changed documents in the archive. The claims forgotten, to look up again.
    pub fn invalidate(&self, gone: &HashSet<DocId>, added: &HashSet<Key>) -> usize {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        let before = cache.claims.len();
        cache.claims.retain(|keys, ids| {
            !ids.iter().any(|i| gone.contains(i)) && !keys.iter().any(|k| added.contains(k))
        });
        for id in gone {
            cache.docs.remove(id);
        }
        before - cache.claims.len()
    }
}
