//! How alike two claims' contexts are: the share of the draft claim's weighted
//! context words that the corpus claim also has, rare words weighing more (IDF).

use crate::claims::Claim;
use crate::corpus::index::Index;
use crate::lang::stem::WordId;

/// A draft claim's context words weighed once against the corpus (IDF times weight),
/// so that scoring it against thousands of corpus claims costs one merge each.
pub struct Weighted {
    /// (word, draft weight, IDF), sorted by word as `Context` keeps them.
    words: Vec<(WordId, f32, f64)>,
    total: f64,
}

impl Weighted {
    pub fn new(draft: &Claim, index: &Index) -> Weighted {
        let words: Vec<(WordId, f32, f64)> = draft
            .context
            .words
            .iter()
            .zip(index.idfs(&draft.context))
            .map(|((w, wd), idf)| (*w, *wd, idf))
            .collect();
        let total = words.iter().map(|(_, wd, idf)| idf * *wd as f64).sum();
        Weighted { words, total }
    }

    /// In [0, 1]: 1 when every context word of the draft claim stands near `source` too.
    pub fn similarity(&self, source: &Claim) -> f64 {
        if self.total == 0.0 {
            return 0.0;
        }
        let theirs = &source.context.words;
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < self.words.len() && j < theirs.len() {
            let (w, wd, idf) = self.words[i];
            let (x, ws) = theirs[j];
            match w.cmp(&x) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += idf * wd.min(ws) as f64;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared / self.total
    }
}

/// In [0, 1]: 1 when every context word of `draft` stands near `source` too.
pub fn similarity(draft: &Claim, source: &Claim, index: &Index) -> f64 {
    Weighted::new(draft, index).similarity(source)
}

/// The speaker factor: the same speaker raises the score, two different ones lower it.
pub fn speaker_factor(draft: &Claim, source: &Claim) -> f64 {
    use crate::lang::tuning::{OTHER_SPEAKER_FACTOR, SAME_SPEAKER_BOOST};
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
