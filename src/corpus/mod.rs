//! The reference corpus: source documents loaded from folders, and their index.

pub mod boilerplate;
pub mod cache;
pub mod index;
pub mod load;

use crate::document::Document;
use index::Index;
use std::path::PathBuf;

pub use load::{load, LoadWarning};

/// All source documents, and the index the verifier looks claims up in.
#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Document>,
    pub index: Index,
}

impl Corpus {
    /// A corpus of already-parsed documents.
    pub fn new(docs: Vec<Document>) -> Corpus {
        let index = Index::build(&docs);
        Corpus { docs, index }
    }

    /// A corpus of documents with their already-built index (read back from the cache).
    pub fn with_index(docs: Vec<Document>, index: Index) -> Corpus {
        Corpus { docs, index }
    }

    /// Make index lookups return every claim of a kind, as a scan would: the
    /// reference the index is tested against.
    pub fn set_exhaustive(&mut self, on: bool) {
        self.index.set_exhaustive(on);
    }

    /// A corpus from `(path, text)` pairs, for tests and in-memory use.
    pub fn from_texts<P: Into<PathBuf>>(texts: impl IntoIterator<Item = (P, String)>) -> Corpus {
        Corpus::new(
            texts
                .into_iter()
                .map(|(p, t)| Document::source(p, &t))
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}
