//! The reference corpus: source documents and their index. Pure: reading folders
//! and the on-disk cache is `disk`'s, the only part that does I/O.

pub mod disk;
pub mod index;
pub mod readers;
pub mod source;

use index::Index;
use std::path::PathBuf;

pub use source::Source;

/// All sources, and the index the verifier looks claims up in.
#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Source>,
    pub index: Index,
}

impl Corpus {
    /// A corpus of already-read sources.
    pub fn new(docs: Vec<Source>) -> Corpus {
        let index = Index::build(&docs);
        Corpus { docs, index }
    }

    /// A corpus of sources with their already-built index (read back from the cache).
    pub fn with_index(docs: Vec<Source>, index: Index) -> Corpus {
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
                .map(|(p, t)| Source::read(p, &t))
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}
