//! What the verifier says of a draft claim: its verdict, the evidence, the fixes.

use crate::claims::Claim;
use crate::text::Span;
use crate::verdict::Verdict;
use serde::Serialize;

/// One corpus sentence that bears on a draft claim.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// The sentence's bytes in that document.
    pub span: Span,
    /// The value's bytes in that document (the figure, title, date or quote).
    pub value_span: Span,
    /// Zero-based line of the sentence start.
    pub line: usize,
    /// The sentence, as plain text.
    pub excerpt: String,
    /// The value as the source writes it.
    pub value: String,
    /// Who the source attributes it to.
    pub speaker: Option<String>,
    /// The source agrees with the draft.
    pub agrees: bool,
    /// The day its figure held, in a figure's timeline (`Finding::timeline`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<crate::lang::dating::Day>,
}

/// A replacement of draft bytes that corrects a claim from a source.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
    /// What the fix does, for people: `Replace with "14 000" (source.md)`.
    pub title: String,
    pub preferred: bool,
}

/// A draft claim with its verdict.
#[derive(Debug, Clone)]
pub struct Finding {
    pub claim: Claim,
    pub verdict: Verdict,
    /// One line for people: what is wrong and what the sources say.
    pub message: String,
    pub evidence: Vec<Evidence>,
    pub fixes: Vec<Fix>,
    /// For a figure revised over time: each value the sources gave for it, oldest
    /// first, each with its day (`Evidence::day`). Empty otherwise.
    pub timeline: Vec<Evidence>,
}
