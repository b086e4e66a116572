//! One claim's verdict, from the judge of its kind.

use super::finding::Finding;
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
    match &claim.value {
        Value::Quantity(_) => quantity::judge(draft, claim, corpus, lang),
        Value::Date(_) => date::judge(draft, claim, corpus),
        Value::Role(_) => role::judge(draft, claim, corpus),
        Value::Quote(_) => quote::judge(claim, corpus),
    }
}
