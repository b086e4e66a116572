//! The context of a claim: the content words around it that say what it is about.
//!
//! Words are folded and stemmed (`envoyer`/`envoi`, `contained`/`containment`), and
//! weighted by how close they stand to the claim: near it in the same clause counts
//! fully, the rest of the clause less, the rest of the sentence least.

use crate::lang::lexicon;
use crate::lang::stem::{stem, word_id, WordId};
use crate::lang::tuning::{
    ASIDE_HEAD_WORDS, NEAR, WEIGHT_CLAUSE, WEIGHT_FOREIGN_CLAUSE, WEIGHT_NEAR, WEIGHT_OTHER_CLAUSE,
};
use crate::text::{tokens_shared, Span, Token};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// The concept of the compound of two or three words the lexicon lists that starts
/// at token `k` (`town hall`, `police station`, `bureaux de vote`), with its length
/// in tokens: written apart, they are one word, as their one-word translation is.
fn compound_at(toks: &[Token], k: usize) -> Option<(&'static str, usize)> {
    if !crate::lang::bilingual::is_compound_head(toks.get(k)?.norm.trim_end_matches('\'')) {
        return None;
    }
    // Only words written one space apart make a compound, not `town, hall`.
    let joined = |n: usize| -> Option<String> {
        let run = toks.get(k..k + n)?;
        run.windows(2)
            .all(|p| p[1].span.start == p[0].span.end + 1)
            .then(|| {
                run.iter()
                    .map(|t| t.norm.trim_end_matches('\''))
                    .collect::<Vec<_>>()
                    .join("-")
            })
    };
    [3, 2].into_iter().find_map(|n| {
        let form = joined(n)?;
        crate::lang::bilingual::concept_of(&form).map(|c| (c, n))
    })
}

/// Weighted context words of one claim, sorted by id, each once: two contexts are
/// compared by walking both lists together.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Context {
    pub words: Vec<(WordId, f32)>,
    /// For a draft claim, each word's weight (IDF) over the sources of the draft's
    /// story (`verify::story`), in `words`' order; `None` weighs words over the
    /// whole corpus. Set for a check, never stored.
    #[serde(skip)]
    pub idf: Option<std::sync::Arc<[f64]>>,
    /// For a draft claim, the documents of the draft's story (`verify::story`), in
    /// corpus order: only their claims can be about the same thing. `None`: any.
    #[serde(skip)]
    pub story: Option<std::sync::Arc<[u32]>>,
}

impl Context {
    /// The context of the claim at `claim` in `sentence` (plain text): every content
    /// word outside the claim, full weight near it in its clause, less further away.
    pub fn around(sentence: &str, claim: Span) -> Context {
        let toks = tokens_shared(sentence);
        let breaks = clause_breaks(sentence);
        let asides = asides(sentence, &breaks);
        Context::around_in(&toks, &breaks, &asides, sentence.len(), claim, &[])
    }

    /// `around`, given the sentence's tokens, clause breaks (from `clause_breaks`) and
    /// asides (from `asides`), which every claim of a sentence shares, and the clauses
    /// that are another speaker's statement: their words say what that speaker's
    /// claims are about, and weigh least.
    pub fn around_in(
        toks: &[Token],
        breaks: &[(usize, usize)],
        asides: &[(usize, usize)],
        len: usize,
        claim: Span,
        foreign: &[(usize, usize)],
    ) -> Context {
        let (mut clause_start, mut clause_end) = clause_in(breaks, len, claim);
        // A figure in an aside (`la vallée de l'Orvanne, où vivent 800 000 habitants,
        // demande…`) speaks of the noun before it: the aside is its clause, and the
        // few words naming that noun weigh as near ones.
        let mut head = (usize::MAX, 0);
        if let Some(&(a, b)) = asides
            .iter()
            .find(|&&(a, b)| a <= claim.start && claim.end <= b && a >= clause_start)
        {
            let before = toks
                .iter()
                .rev()
                .filter(|t| t.span.end <= a && t.span.start >= clause_start)
                .filter(|t| stem(&t.norm).is_some())
                .take(ASIDE_HEAD_WORDS);
            if let Some(first) = before.last() {
                head = (first.span.start, a);
            }
            clause_start = a;
            clause_end = clause_end.min(b);
        }
        let claim_tok = toks
            .iter()
            .position(|t| t.span.end > claim.start)
            .unwrap_or(toks.len());
        let mut words: Vec<(WordId, f32)> = Vec::new();
        // The tokens the compound before took (`town hall` is one word, `mairie`).
        let mut skip_to = 0;
        for (k, t) in toks.iter().enumerate() {
            if k < skip_to || t.span.overlaps(claim) {
                continue;
            }
            let (w, len) = match compound_at(toks, k) {
                Some((concept, len)) => (concept.to_string(), len),
                None => match stem(&t.norm) {
                    Some(w) => (w, 1),
                    None => continue,
                },
            };
            skip_to = k + len;
            let w = word_id(&w);
            let in_head = t.span.start >= head.0 && t.span.end <= head.1;
            let in_clause = in_head || (t.span.start >= clause_start && t.span.end <= clause_end);
            let near = in_head || k.abs_diff(claim_tok) <= NEAR;
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
        Context {
            words,
            idf: None,
            story: None,
        }
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

/// Where the asides of a sentence stand: from the comma of each opener
/// (`lexicon::aside_openers`) to the next comma, semicolon or clause break, or the
/// sentence's end. A comma between digits (`800,000`) ends nothing.
pub fn asides(sentence: &str, breaks: &[(usize, usize)]) -> Vec<(usize, usize)> {
    static OPENERS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(lexicon::all(|l| l.aside_openers))
            .ok()
    });
    let Some(ac) = OPENERS.as_ref() else {
        return Vec::new();
    };
    ac.find_iter(sentence)
        .map(|m| {
            let rest = &sentence[m.end()..];
            let mut chars = rest.char_indices().peekable();
            let mut end = sentence.len();
            while let Some((k, c)) = chars.next() {
                let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
                if (c == ',' && next_is_space) || c == ';' || c == '(' || c == ')' {
                    end = m.end() + k;
                    break;
                }
            }
            let end = breaks
                .iter()
                .map(|&(i, _)| i)
                .filter(|&i| i >= m.end())
                .fold(end, usize::min);
            (m.start(), end)
        })
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

    /// A figure in an aside on a noun takes its words from the aside and that noun;
    /// the main clause around weighs as another clause. A comma in a figure
    /// (`60,000`) does not end the aside.
    #[test]
    fn an_aside_is_the_clause_of_its_figure() {
        let sentence = "Frost destroyed vineyards across the Brume valley, home to some 60,000 people, growers said.";
        check(
            sentence,
            "60,000",
            &["brume", "valley", "people"],
            &["frost", "growers"],
        );
        let sentence =
            "Les viticulteurs du val de Brume, où vivent 60 000 habitants, réclament une aide.";
        check(
            sentence,
            "60 000",
            &["brume", "habitants", "vivent"],
            &["réclament", "aide"],
        );
        let sentence = "Il a 1,5 million, dit-il.";
        assert_eq!(asides(sentence, &clause_breaks(sentence)), vec![]);
        let sentence = "Il vit à Brume, qui compte 1,500 habitants, depuis 2020.";
        assert_eq!(
            asides(sentence, &clause_breaks(sentence)),
            vec![(15, 43)],
            "from the opener's comma to the comma after the figure"
        );
    }

    /// Two words the lexicon lists as one (`town hall`, `mairie`) are one context
    /// word, not two; written apart by a comma, they stay two.
    #[test]
    fn a_compound_is_one_word() {
        check(
            "\"Every minute counts,\" she said outside the town hall.",
            "Every minute counts",
            &["mairie"],
            &[],
        );
        let ctx = Context::around("They met in town, hall after hall.", Span::new(0, 4));
        let mairie = word_id(&stem("mairie").unwrap_or_default());
        assert_eq!(ctx.weight(mairie), 0.0);
    }
}
