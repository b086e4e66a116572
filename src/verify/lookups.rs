//! The last few figure lookups of one draft. Typing in a figure changes its value,
//! not its words: the source figures its words find, and how well each matches,
//! are kept, and only the new value is compared with them again.
//!
//! A lookup is keyed by everything the scoring reads of the draft claim (its
//! context, speaker, unit and what it counts), never by its value; the memo lives
//! beside one corpus and is emptied with it (`Incremental`).

use crate::corpus::index::ClaimRef;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;

/// How many scored source figures are kept in all (32 bytes each): every figure of
/// a long draft against a large corpus, so the first keystroke in any of them finds
/// its lookup; past this the oldest lookups go.
const KEPT: usize = 1 << 19;

/// A source figure that may be a draft figure's pair, scored on the draft claim's
/// words and speaker, with the values it allows (`Quantity::interval`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub at: ClaimRef,
    /// The source figure's sentence in its document.
    pub sentence: u32,
    pub score: f64,
    pub low: f64,
    pub high: f64,
    /// Whose figure it is against the draft's named speaker; `None` when either
    /// names no one. Kept here because reading it means visiting each source claim,
    /// and it outlives an edit of the value as the score does.
    pub party: Option<Party>,
    /// The source figure counts people of a kind where the draft's counts people in
    /// general, or the reverse (`800 000 habitants` for `800,000 people`): it may back
    /// the draft's figure, never stand against it.
    pub kin: bool,
}

/// Whose figure a source figure is, against the draft's named speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Own,
    Other,
    Unnamed,
}

impl Scored {
    /// Whether a figure allowing `low..=high` can be true with this one.
    pub fn compatible(&self, (low, high): (f64, f64)) -> bool {
        low <= self.high && self.low <= high
    }
}

/// The most recent lookups, newest last, and how many source figures they hold.
#[derive(Default)]
pub struct Lookups {
    recent: RefCell<VecDeque<(u64, Arc<[Scored]>)>>,
    held: Cell<usize>,
}

impl Lookups {
    /// The lookup under `key`, made by `make` when it is not kept.
    pub fn get_or_make(&self, key: u64, make: impl FnOnce() -> Vec<Scored>) -> Arc<[Scored]> {
        if let Some(found) = self.take(key) {
            self.keep(key, found.clone());
            return found;
        }
        let made: Arc<[Scored]> = make().into();
        self.keep(key, made.clone());
        made
    }

    pub fn clear(&self) {
        self.recent.borrow_mut().clear();
        self.held.set(0);
    }

    fn take(&self, key: u64) -> Option<Arc<[Scored]>> {
        let mut recent = self.recent.borrow_mut();
        // Newest last: the figure being typed in is found first.
        let i = recent.iter().rposition(|(k, _)| *k == key)?;
        let (_, found) = recent.remove(i)?;
        self.held.set(self.held.get() - found.len());
        Some(found)
    }

    fn keep(&self, key: u64, scored: Arc<[Scored]>) {
        let mut recent = self.recent.borrow_mut();
        self.held.set(self.held.get() + scored.len());
        recent.push_back((key, scored));
        // The newest stays, however large.
        while self.held.get() > KEPT && recent.len() > 1 {
            if let Some((_, old)) = recent.pop_front() {
                self.held.set(self.held.get() - old.len());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(n: u32) -> Vec<Scored> {
        vec![Scored {
            at: ClaimRef { doc: n, claim: 0 },
            sentence: 0,
            score: 0.5,
            low: 1.0,
            high: 2.0,
            party: None,
            kin: false,
        }]
    }

    /// Each step: the key looked up, and whether it was made (not kept).
    fn check(steps: &[(u64, bool)]) {
        let lookups = Lookups::default();
        for (i, (key, want_made)) in steps.iter().enumerate() {
            let mut made = false;
            let got = lookups.get_or_make(*key, || {
                made = true;
                scored(*key as u32)
            });
            assert_eq!(made, *want_made, "step {i}: key {key}");
            assert_eq!(&got[..], &scored(*key as u32)[..], "step {i}: key {key}");
        }
    }

    #[test]
    fn a_lookup_is_made_once_while_it_is_kept() {
        check(&[(1, true), (1, false), (2, true), (1, false), (2, false)]);
    }

    #[test]
    fn the_oldest_lookups_go_first_past_the_budget() {
        let lookups = Lookups::default();
        let big = |n: u32| vec![scored(n)[0]; KEPT / 2];
        lookups.get_or_make(1, || big(1));
        lookups.get_or_make(2, || big(2));
        // Used again, 1 is the newest: the third lookup pushes 2 out, not 1.
        lookups.get_or_make(1, || unreachable!("1 is kept"));
        lookups.get_or_make(3, || big(3));
        let mut made = false;
        lookups.get_or_make(1, || unreachable!("1 is still kept"));
        lookups.get_or_make(2, || {
            made = true;
            big(2)
        });
        assert!(made, "2 was dropped");
        assert!(lookups.held.get() <= KEPT);
    }

    #[test]
    fn compatible_is_an_overlap_of_intervals() {
        let s = scored(0)[0];
        assert!(s.compatible((2.0, 3.0)));
        assert!(s.compatible((0.0, 1.0)));
        assert!(!s.compatible((2.5, 3.0)));
        assert!(!s.compatible((0.0, 0.5)));
    }
}
