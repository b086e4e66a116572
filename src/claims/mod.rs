//! Claims: the checkable statements of a text, as plain data with byte spans.
//!
//! Drafts and corpus documents go through the same extractors; a claim is a claim
//! wherever it was written. Each kind has its own file.

pub mod attribution;
pub mod context;
pub mod date;
pub mod quantity;
pub mod quote;
pub mod role;

use crate::text::Span;
use serde::Serialize;

pub use attribution::Speaker;
pub use context::Context;
pub use date::DateValue;
pub use quantity::{Qualifier, Quantity, Unit};
pub use quote::QuoteValue;
pub use role::Role;

/// The kinds of claim Recoupe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quantity,
    Role,
    Date,
    Quote,
}

/// What a claim asserts.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    Role(Role),
    Date(DateValue),
    Quote(QuoteValue),
}

/// One claim of a document.
#[derive(Debug, Clone)]
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

/// A claim found in a sentence's plain text, before it is placed in its document.
#[derive(Debug, Clone)]
pub struct Found {
    pub value: Value,
    /// In the sentence's plain text.
    pub span: Span,
    pub fix_span: Span,
}

/// Every claim of a document, in order of position.
pub fn extract(_doc: &crate::document::Document) -> Vec<Claim> {
    Vec::new()
}
