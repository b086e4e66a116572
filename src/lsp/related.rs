//! Evidence as the client reads it (`relatedInformation`), converted once per corpus
//! generation. A re-check after an edit gives mostly the evidence the last one gave,
//! and converting a piece of it (a file URI, two positions on a long source line, a
//! shortened excerpt) was most of the cost of turning verdicts into diagnostics.

use crate::lsp::to_proto;
use crate::text::Encoding;
use crate::verify::Evidence;
use crate::Corpus;
use std::collections::HashMap;
use std::sync::Mutex;
use tower_lsp_server::ls_types::DiagnosticRelatedInformation;

/// Past this many pieces of evidence the cache starts again: it holds what the open
/// drafts cite, which is far less.
const KEPT: usize = 1 << 16;

/// A piece of evidence in one encoding: its document, sentence and excerpt.
type Key = (usize, usize, usize, u64, u8);

#[derive(Default)]
pub struct RelatedCache {
    /// The corpus generation and corpus (a draft with an archive has its own) the
    /// entries were converted against, and the entries.
    inner: Mutex<((u64, usize), HashMap<Key, DiagnosticRelatedInformation>)>,
}

impl RelatedCache {
    /// The related information of `ev` in `corpus` (of settings-and-corpus
    /// `generation`), as `to_proto::related_information` gives it.
    pub fn get(
        &self,
        generation: u64,
        corpus: &Corpus,
        ev: &Evidence,
        enc: Encoding,
    ) -> Option<DiagnosticRelatedInformation> {
        let key: Key = (
            ev.doc,
            ev.span.start,
            ev.span.end,
            xxhash_rust::xxh3::xxh3_64(ev.excerpt.as_bytes()),
            enc as u8,
        );
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let (kept_for, map) = &mut *inner;
        let against = (generation, std::ptr::from_ref(corpus) as usize);
        if *kept_for != against || map.len() >= KEPT {
            map.clear();
            *kept_for = against;
        }
        if let Some(found) = map.get(&key) {
            return Some(found.clone());
        }
        let made = to_proto::related_information(corpus, ev, enc)?;
        map.insert(key, made.clone());
        Some(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn corpus() -> Corpus {
        Corpus::from_texts(vec![(
            "/tmp/recoupe-related/dépêche.md".to_string(),
            "Titre\n\nÀ Lenvic, 1 200 foyers sont privés d'eau.\n".to_string(),
        )])
    }

    fn evidence(start: usize, end: usize, excerpt: &str) -> Evidence {
        Evidence {
            doc: 0,
            span: Span::new(start, end),
            value_span: Span::new(start, end),
            line: 2,
            excerpt: excerpt.to_string(),
            value: "1 200".to_string(),
            speaker: None,
            agrees: true,
            day: None,
        }
    }

    /// The cache answers what a fresh conversion answers, across encodings and
    /// generations.
    fn check(steps: &[(u64, Encoding, usize, usize)]) {
        let corpus = corpus();
        let cache = RelatedCache::default();
        for (generation, enc, start, end) in steps {
            let ev = evidence(*start, *end, "À Lenvic, 1 200 foyers sont privés d'eau.");
            let want = to_proto::related_information(&corpus, &ev, *enc);
            assert!(want.is_some(), "a corpus sentence converts");
            assert_eq!(cache.get(*generation, &corpus, &ev, *enc), want);
        }
    }

    #[test]
    fn kept_evidence_is_what_a_fresh_conversion_gives() {
        let s = "Titre\n\n".len();
        let e = s + "À Lenvic, 1 200 foyers sont privés d'eau.".len();
        check(&[
            (1, Encoding::Utf16, s, e),
            (1, Encoding::Utf16, s, e),
            (1, Encoding::Utf8, s, e),
            (1, Encoding::Utf16, s + 3, e),
            (2, Encoding::Utf16, s, e),
        ]);
    }
}
