//! Attributions: who a sentence says its claims come from (`selon X`, `X a déclaré`,
//! `according to X`, `X said`), attached to the claims of that sentence.

use crate::text::Span;

/// The person or body a claim is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// As written: `le syndicat majoritaire`, `Mark Rutte`.
    pub text: String,
    /// Its folded content words, for comparing speakers.
    pub key: Vec<String>,
    /// In the sentence's plain text.
    pub span: Span,
}
