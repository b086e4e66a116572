//! The corpus index: document frequencies for weighing context words, and claims by
//! kind, so that a draft claim is compared with its own kind only.

use crate::claims::Kind;
use crate::document::Document;
use std::collections::HashMap;

/// A claim's address in the corpus: document and claim index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimRef {
    pub doc: usize,
    pub claim: usize,
}

#[derive(Debug, Default)]
pub struct Index {
    /// Number of sentences each context word appears in.
    df: HashMap<String, u32>,
    sentences: u32,
    by_kind: HashMap<Kind, Vec<ClaimRef>>,
}

impl Index {
    pub fn build(docs: &[Document]) -> Index {
        let mut idx = Index::default();
        for (d, doc) in docs.iter().enumerate() {
            for s in &doc.sentences {
                idx.sentences += 1;
                let mut words: Vec<String> = crate::claims::context::words(&s.text);
                words.sort();
                words.dedup();
                for w in words {
                    *idx.df.entry(w).or_insert(0) += 1;
                }
            }
            for (c, claim) in doc.claims.iter().enumerate() {
                idx.by_kind
                    .entry(claim.kind())
                    .or_default()
                    .push(ClaimRef { doc: d, claim: c });
            }
        }
        idx
    }

    /// Inverse document frequency of a context word over corpus sentences: rare words
    /// say more about what a claim is about than common ones.
    pub fn idf(&self, word: &str) -> f64 {
        let df = self.df.get(word).copied().unwrap_or(0) as f64;
        let n = self.sentences.max(1) as f64;
        ((n + 1.0) / (df + 0.5)).ln().max(0.1)
    }

    /// Every corpus claim of a kind.
    pub fn of_kind(&self, kind: Kind) -> &[ClaimRef] {
        self.by_kind.get(&kind).map(Vec::as_slice).unwrap_or(&[])
    }
}
