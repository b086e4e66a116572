//! The decision steps the figure judges share (quantities, dates): agree when an
//! agreeing source scores close to the best one; contradict only when the sources
//! that say otherwise clearly win and say one thing among themselves.

use crate::claims::Claim;
use crate::corpus::index::ClaimRef;
use crate::corpus::Corpus;
use crate::lang::tuning::{AGREE_RATIO, CITED_AGREEING_SHARE, TOP_DISAGREEING_SHARE};

/// A corpus claim weighed against a draft claim.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub at: ClaimRef,
    pub score: f64,
    pub agrees: bool,
}

/// The corpus claim a reference points at.
pub fn claim_at(corpus: &Corpus, at: ClaimRef) -> Option<&Claim> {
    corpus
        .docs
        .get(at.doc as usize)?
        .claims
        .get(at.claim as usize)
}

/// What the candidates for one draft claim decide.
pub(crate) enum Decision {
    /// A source says the same: the agreeing candidates worth citing, and the best
    /// agreeing score (what conflicting sources are weighed against).
    Agree {
        agreeing: Vec<Candidate>,
        best_agree: f64,
    },
    /// The sources that say otherwise, which agree among themselves.
    Contradict(Vec<Candidate>),
    /// Neither: the judge says what it can without them.
    Neither,
}

/// The decision on `cands`. A contradiction needs `can_contradict`, a best score of
/// `min_contradict`, and top disagreeing sources that are `same` with one another.
pub(crate) fn decide(
    corpus: &Corpus,
    cands: &[Candidate],
    can_contradict: bool,
    min_contradict: f64,
    same: impl Fn(&Claim, &Claim) -> bool,
) -> Decision {
    let best = cands.iter().map(|c| c.score).fold(0.0, f64::max);
    let best_agree = cands
        .iter()
        .filter(|c| c.agrees)
        .map(|c| c.score)
        .fold(0.0, f64::max);
    if best_agree > 0.0 && best_agree >= AGREE_RATIO * best {
        let agreeing: Vec<Candidate> = cands
            .iter()
            .filter(|c| c.agrees && c.score >= CITED_AGREEING_SHARE * best_agree)
            .copied()
            .collect();
        return Decision::Agree {
            agreeing,
            best_agree,
        };
    }
    let top = top_disagreeing(cands, best);
    if can_contradict && best >= min_contradict && sources_agree(corpus, &top, same) {
        Decision::Contradict(top)
    } else {
        Decision::Neither
    }
}

/// The sources that disagree with a claim and score within 10 % of the best source
/// (`TOP_DISAGREEING_SHARE`).
fn top_disagreeing(cands: &[Candidate], best: f64) -> Vec<Candidate> {
    cands
        .iter()
        .filter(|c| !c.agrees && c.score >= TOP_DISAGREEING_SHARE * best)
        .copied()
        .collect()
}

/// Whether the sources that would contradict a claim say the same thing, by `same`
/// on two of their claims. When the best of them, from different documents, give
/// values that disagree with one another, the claim's words matched several
/// different events (the same phrasing, other places and days), not one event told
/// otherwise: no contradiction.
fn sources_agree(
    corpus: &Corpus,
    top: &[Candidate],
    same: impl Fn(&Claim, &Claim) -> bool,
) -> bool {
    let Some(first) = top.iter().max_by(|a, b| a.score.total_cmp(&b.score)) else {
        return true;
    };
    let Some(first_claim) = claim_at(corpus, first.at) else {
        return false;
    };
    top.iter().all(|c| {
        c.at.doc == first.at.doc || claim_at(corpus, c.at).is_some_and(|x| same(first_claim, x))
    })
}
