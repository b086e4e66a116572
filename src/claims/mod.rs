//! Claims: the checkable statements of a text, as plain data with byte spans.
//!
//! Drafts and corpus documents go through the same extractors; a claim is a claim
//! wherever it was written. Each kind has its own file.

pub mod attribution;
pub mod context;
pub mod date;
pub mod found;
pub mod quantity;
pub mod quote;
pub mod role;

use crate::document::Document;
use crate::text::Span;
use found::Found;
use serde::Serialize;

pub use attribution::Speaker;
pub use context::Context;
pub use date::DateValue;
pub use quantity::{Qualifier, Quantity, Unit};
pub use quote::QuoteValue;
pub use role::Role;

/// The kinds of claim Recoupe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quantity,
    Role,
    Date,
    Quote,
}

/// What a claim asserts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Quantity(Quantity),
    Role(Role),
    Date(DateValue),
    Quote(QuoteValue),
}

/// One claim of a document.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    pub value: Value,
    /// The claim as written, in the document's bytes: the figure with its qualifier,
    /// the title with its name, the whole date, the quoted words.
    pub span: Span,
    /// The part a correction replaces: the figure alone, the title alone...
    pub fix_span: Span,
    /// Index of the sentence it stands in, in its document.
    pub sentence: usize,
    /// Someone else's words (inside quotation marks or a block quote).
    pub quoted: bool,
    /// Who the sentence says this comes from, if anyone.
    pub speaker: Option<Speaker>,
    /// The words around the claim that say what it is about.
    pub context: Context,
}

impl Claim {
    pub fn kind(&self) -> Kind {
        match self.value {
            Value::Quantity(_) => Kind::Quantity,
            Value::Role(_) => Kind::Role,
            Value::Date(_) => Kind::Date,
            Value::Quote(_) => Kind::Quote,
        }
    }
}

/// Every claim of a document, in order of position. Blocks marked
/// `<!-- recoupe-ignore -->` give none.
pub fn extract(doc: &Document) -> Vec<Claim> {
    let year = doc.year();
    let mut out = Vec::new();
    for i in 0..doc.sentences.len() {
        out.extend(extract_sentence(doc, i, year));
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// The claims of sentence `i`, in order of position. `year` is the document's.
pub fn extract_sentence(doc: &Document, i: usize, year: Option<i32>) -> Vec<Claim> {
    let mut out = Vec::new();
    let Some(sentence) = doc.sentences.get(i) else {
        return out;
    };
    if doc.ignored(i) {
        return out;
    }
    let text = sentence.text.as_str();
    let toks = crate::text::tokens_shared(text);
    let breaks = context::clause_breaks(text);
    let speakers = attribution::find(text);
    let quotes = quote::spans(text);
    let dates = date::find(text, year);
    let taken: Vec<Span> = dates.iter().map(|d| d.span).collect();
    let mut found: Vec<Found<Value>> = dates.into_iter().map(|f| f.map(Value::Date)).collect();
    found.extend(
        quantity::find(text, &taken)
            .into_iter()
            .map(|f| f.map(Value::Quantity)),
    );
    found.extend(role::find(text).into_iter().map(|f| f.map(Value::Role)));
    found.extend(quote::find(text).into_iter().map(|f| f.map(Value::Quote)));
    for f in found {
        let in_quote = quotes
            .iter()
            .any(|q| q.start <= f.span.start && f.span.end <= q.end);
        let is_quote = matches!(f.value, Value::Quote(_));
        out.push(Claim {
            context: Context::around_in(&toks, &breaks, text.len(), f.span),
            speaker: attribution::speaker_for(&speakers, text, f.span),
            quoted: sentence.quoted || (in_quote && !is_quote),
            sentence: i,
            span: doc.to_source(i, f.span),
            fix_span: doc.to_source(i, f.fix_span),
            value: f.value,
        });
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}
