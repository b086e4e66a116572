//! How alike two claims' contexts are: the share of the draft claim's weighted
//! context words that the corpus claim also has, rare words weighing more (IDF).

use crate::claims::Claim;
use crate::corpus::index::Index;

/// In [0, 1]: 1 when every context word of `draft` stands near `source` too.
pub fn similarity(draft: &Claim, source: &Claim, index: &Index) -> f64 {
    let mut total = 0.0;
    let mut shared = 0.0;
    for (w, wd) in &draft.context.words {
        let idf = index.idf(*w);
        total += idf * *wd as f64;
        let ws = source.context.weight(*w);
        if ws > 0.0 {
            shared += idf * (*wd).min(ws) as f64;
        }
    }
    if total == 0.0 {
        return 0.0;
    }
    shared / total
}

/// The speaker factor: the same speaker raises the score, two different ones lower it.
pub fn speaker_factor(draft: &Claim, source: &Claim) -> f64 {
    use super::thresholds::{OTHER_SPEAKER_FACTOR, SAME_SPEAKER_BOOST};
    match (&draft.speaker, &source.speaker) {
        (Some(a), Some(b)) if a.same_as(b) => SAME_SPEAKER_BOOST,
        (Some(a), Some(b))
            if !a
                .key
                .iter()
                .all(|w| crate::lang::attribution::is_pronoun(w))
                && !b
                    .key
                    .iter()
                    .all(|w| crate::lang::attribution::is_pronoun(w)) =>
        {
            OTHER_SPEAKER_FACTOR
        }
        _ => 1.0,
    }
}
