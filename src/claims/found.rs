//! What an extractor finds in a sentence's plain text, before it is placed in its
//! document: each extractor gives its own kind of value, `claims::extract` the claim.

use crate::text::Span;

/// A value found in a sentence's plain text.
#[derive(Debug, Clone)]
pub struct Found<V> {
    pub value: V,
    /// In the sentence's plain text.
    pub span: Span,
    pub fix_span: Span,
    /// Where a reader points at the claim: `span`, and for a figure its unit or
    /// counted noun as well (`120 millimètres`, `4 000 agents`). Never narrower
    /// than `span`.
    pub extent: Span,
}

impl<V> Found<V> {
    /// The same find, its value turned into another (a kind's value into a `Value`).
    pub fn map<W>(self, f: impl FnOnce(V) -> W) -> Found<W> {
        Found {
            value: f(self.value),
            span: self.span,
            fix_span: self.fix_span,
            extent: self.extent,
        }
    }
}
