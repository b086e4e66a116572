//! The reference corpus: source documents loaded from folders, and their index.

pub mod boilerplate;
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
