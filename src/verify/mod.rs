//! Verdicts: each draft claim compared with the corpus claims about the same thing.
//!
//! One file per claim kind judges (`judge.rs` picks it); `decide.rs` holds the steps
//! they share, `evidence.rs` how findings are built, `finding.rs` what they are.

pub mod cite;
pub mod context;
mod date;
mod decide;
mod evidence;
mod finding;
mod incremental;
mod judge;
mod lookups;
mod options;
mod quantity;
mod quote;
mod role;
pub mod story;
mod timeline;

pub use crate::verdict::Verdict;
pub use cite::Citation;
pub use decide::claim_at;
pub use finding::{Evidence, Finding, Fix};
pub use incremental::Incremental;
pub use judge::check_claim;
pub use options::Options;

use crate::corpus::Corpus;
use crate::draft::Draft;

/// Check every claim of a draft against the corpus. Claims the engine cannot judge
/// are left out; supported claims are kept, so hover can cite them.
/// Context words are weighed over the sources of the draft's story (`story`).
pub fn check(draft: &Draft, corpus: &Corpus, options: &Options) -> Vec<Finding> {
    let story = story::Story::of(&draft.doc, corpus);
    draft
        .claims
        .iter()
        .filter_map(|claim| {
            let claim = story.weigh(claim.clone());
            check_claim(&draft.doc, &claim, corpus, options.lang)
        })
        .collect()
}
