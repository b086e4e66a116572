//! The context of a claim: the content words around it that say what it is about.
//!
//! Words are folded and stemmed (`envoyer`/`envoi`, `contained`/`containment`), and
//! weighted by how close they stand to the claim: near it in the same clause counts
//! fully, the rest of the clause less, the rest of the sentence least.

use crate::lang::lexicon;
use crate::lang::stem::{stem, word_id, WordId};
use crate::lang::tuning::{
    NEAR, WEIGHT_CLAUSE, WEIGHT_FOREIGN_CLAUSE, WEIGHT_NEAR, WEIGHT_OTHER_CLAUSE,
};
use crate::text::{tokens_shared, Span, Token};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Weighted context words of one claim, sorted by id, each once: two contexts are
/// compared by walking both lists together.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Context {
    pub words: Vec<(WordId, f32)>,
}

impl Context {
    /// The context of the claim at `claim` in `sentence` (plain text): every content
    /// word outside the claim, full weight near it in its clause, less further away.
    pub fn around(sentence: &str, claim: Span) -> Context {
        let toks = tokens_shared(sentence);
        Context::around_in(&toks, &clause_breaks(sentence), sentence.len(), claim, &[])
    }

    /// `around`, given the sentence's tokens and clause breaks (from `clause_breaks`),
    /// which every claim of a sentence shares, and the clauses that are another
    /// speaker's statement: their words say what that speaker's
    /// claims are about, and weigh least.
    pub fn around_in(
        toks: &[Token],
        breaks: &[(usize, usize)],
        len: usize,
        claim: Span,
        foreign: &[(usize, usize)],
    ) -> Context {
        let (clause_start, clause_end) = clause_in(breaks, len, claim);
        let claim_tok = toks
            .iter()
            .position(|t| t.span.end > claim.start)
            .unwrap_or(toks.len());
        let mut words: Vec<(WordId, f32)> = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            if t.span.overlaps(claim) {
                continue;
            }
            let Some(w) = stem(&t.norm) else { continue };
            let w = word_id(&w);
            let in_clause = t.span.start >= clause_start && t.span.end <= clause_end;
            let near = k.abs_diff(claim_tok) <= NEAR;
            let in_foreign = || {
                foreign
                    .iter()
                    .any(|&(a, b)| t.span.start >= a && t.span.end <= b)
            };
            let weight = match (in_clause, near) {
                (true, true) => WEIGHT_NEAR,
                (true, false) => WEIGHT_CLAUSE,
                (false, _) if in_foreign() => WEIGHT_FOREIGN_CLAUSE,
                (false, _) => WEIGHT_OTHER_CLAUSE,
            };
            match words.iter_mut().find(|(x, _)| *x == w) {
                Some((_, wt)) => *wt = wt.max(weight),
                None => words.push((w, weight)),
            }
        }
        words.sort_unstable_by_key(|(w, _)| *w);
        Context { words }
    }

    pub fn weight(&self, word: WordId) -> f32 {
        self.words
            .binary_search_by_key(&word, |(w, _)| *w)
            .map_or(0.0, |i| self.words[i].1)
    }

    pub fn has(&self, word: WordId) -> bool {
        self.words.binary_search_by_key(&word, |(w, _)| *w).is_ok()
    }
}

/// The byte range of the clause holding `claim`.
pub fn clause_of(sentence: &str, claim: Span) -> (usize, usize) {
    clause_in(&clause_breaks(sentence), sentence.len(), claim)
}

/// Where the clause breaks of a sentence stand: (start, end) of each break word.
/// A break (`;`, and each lexicon's `clause_breaks`) ends one clause and starts
/// another: a figure's context stops there.
pub fn clause_breaks(sentence: &str) -> Vec<(usize, usize)> {
    static BREAKS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        let mut words = lexicon::CLAUSE_BREAK_MARKS.to_vec();
        words.extend(lexicon::all(|l| l.clause_breaks));
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(words)
            .ok()
    });
    let Some(ac) = BREAKS.as_ref() else {
        return Vec::new();
    };
    // Overlapping search: `, and ` and ` and `-like breaks may share bytes.
    ac.find_overlapping_iter(sentence)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The clause holding `claim`, between the nearest breaks around it.
pub fn clause_in(breaks: &[(usize, usize)], len: usize, claim: Span) -> (usize, usize) {
    let mut start = 0;
    let mut end = len;
    for &(i, j) in breaks {
        if j <= claim.start {
            start = start.max(j);
        } else if i >= claim.end {
            end = end.min(i);
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, claim: &str, full: &[&str], half: &[&str]) {
        let at = sentence.find(claim).unwrap_or(0);
        let ctx = Context::around(sentence, Span::new(at, at + claim.len()));
        for w in full {
            let s = word_id(&stem(&crate::text::fold(w)).unwrap_or_default());
            assert_eq!(ctx.weight(s), 1.0, "{w} should weigh 1 in {ctx:?}");
        }
        for w in half {
            let s = word_id(&stem(&crate::text::fold(w)).unwrap_or_default());
            assert_eq!(ctx.weight(s), 0.4, "{w} should weigh 0.4 in {ctx:?}");
        }
    }

    #[test]
    fn clause_words_weigh_more() {
        check(
            "La préfecture compte 300 vols, quand le syndicat en compte 450.",
            "300",
            &["préfecture", "vols"],
            &["syndicat"],
        );
        check(
            "La préfecture compte 300 vols, quand le syndicat en compte 450.",
            "450",
            &["syndicat"],
            &["préfecture"],
        );
    }
}
