//! Verdicts: each draft claim compared with the corpus claims about the same thing.

use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::text::Span;
use serde::Serialize;

/// What the corpus says of a draft claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A source says the same, within the tolerance its qualifiers allow.
    Supported,
    /// Sources about the same thing say otherwise.
    Contradicted,
    /// The sources disagree among themselves.
    Disputed,
    /// The draft states as fact what the sources attribute to someone.
    Unattributed,
    /// A quote close to a source's, but not the same.
    Misquoted,
    /// Nothing in the corpus speaks to it.
    Unsupported,
}

impl Verdict {
    /// The diagnostic code; `None` for a supported claim.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Verdict::Supported => None,
            Verdict::Contradicted => Some("contradicted"),
            Verdict::Disputed => Some("disputed"),
            Verdict::Unattributed => Some("unattributed"),
            Verdict::Misquoted => Some("misquoted"),
            Verdict::Unsupported => Some("unsupported"),
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            v => v.code().unwrap_or("supported"),
        }
    }
}

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
}

/// A replacement of draft bytes that corrects a claim from a source.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
    /// What the fix does, for people: `Replace with "12 000" (source.md)`.
    pub title: String,
    pub preferred: bool,
}

/// A draft claim with its verdict.
#[derive(Debug, Clone)]
pub struct Checked {
    pub claim: Claim,
    pub verdict: Verdict,
    /// One line for people: what is wrong and what the sources say.
    pub message: String,
    pub evidence: Vec<Evidence>,
    pub fixes: Vec<Fix>,
}

impl Checked {
    pub fn span(&self) -> Span {
        self.claim.span
    }
}

/// Check every claim of a draft against the corpus. Claims the engine cannot judge
/// are left out; supported claims are kept, so hover can cite them.
pub fn check(_draft: &Document, _corpus: &Corpus) -> Vec<Checked> {
    Vec::new()
}
