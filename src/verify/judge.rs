//! One claim's verdict, from the judge of its kind.

use super::finding::Finding;
use super::lookups::Lookups;
use super::{date, quantity, quote, role};
use crate::claims::{Claim, Value};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::Lang;

/// The verdict on one claim of the draft document `draft`, whose language is `lang`.
pub fn check_claim(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
) -> Option<Finding> {
    check_claim_with(draft, claim, corpus, lang, None)
}

/// `check_claim`, keeping the draft's recent figure lookups in `lookups`: the same
/// verdict, sooner when the claim's words have not changed since.
pub fn check_claim_with(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
    lookups: Option<&Lookups>,
) -> Option<Finding> {
    match &claim.value {
        Value::Quantity(_) => quantity::judge(draft, claim, corpus, lang, lookups),
        Value::Date(_) => date::judge(draft, claim, corpus, lang),
        Value::Role(_) => role::judge(draft, claim, corpus, lang),
        Value::Quote(_) => quote::judge(draft, claim, corpus, lang),
    }
}
