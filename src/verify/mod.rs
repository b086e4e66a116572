//! Verdicts: each draft claim compared with the corpus claims about the same thing.
//!
//! One file per claim kind decides; this one gathers candidates and builds evidence.

pub mod cite;
pub mod context;
mod date;
mod decide;
mod incremental;
mod quantity;
mod quote;
mod role;

pub use cite::Citation;
pub use incremental::Incremental;

use crate::claims::{Claim, Value};
use crate::corpus::index::ClaimRef;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::draft::Draft;
use crate::lang::{tuning, Lang, Language};
use crate::text::Span;
pub use crate::verdict::Verdict;
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
pub struct Finding {
    pub claim: Claim,
    pub verdict: Verdict,
    /// One line for people: what is wrong and what the sources say.
    pub message: String,
    pub evidence: Vec<Evidence>,
    pub fixes: Vec<Fix>,
}

/// A corpus claim weighed against a draft claim.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub at: ClaimRef,
    pub score: f64,
    pub agrees: bool,
}

/// How a draft is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The draft's language, resolved once per document, so that its fixes and the
    /// words a client adds (an attribution) are written in the same one.
    pub lang: Lang,
}

impl Options {
    /// The options for a draft's text under the `language` setting.
    pub fn new(language: Language, text: &str) -> Options {
        Options {
            lang: language.resolve(text),
        }
    }
}

/// Check every claim of a draft against the corpus. Claims the engine cannot judge
/// are left out; supported claims are kept, so hover can cite them.
pub fn check(draft: &Draft, corpus: &Corpus, options: &Options) -> Vec<Finding> {
    draft
        .claims
        .iter()
        .filter_map(|claim| check_claim(&draft.doc, claim, corpus, options.lang))
        .collect()
}

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

/// The corpus claim a reference points at.
pub fn claim_at(corpus: &Corpus, at: ClaimRef) -> Option<&Claim> {
    corpus
        .docs
        .get(at.doc as usize)?
        .claims
        .get(at.claim as usize)
}

/// Evidence from candidates, best first, one per sentence.
pub(crate) fn evidence(corpus: &Corpus, cands: &[Candidate]) -> Vec<Evidence> {
    let mut sorted: Vec<&Candidate> = cands.iter().collect();
    sorted.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out: Vec<Evidence> = Vec::new();
    for c in sorted {
        let Some(source) = corpus.docs.get(c.at.doc as usize) else {
            continue;
        };
        let doc = &source.doc;
        let Some(claim) = source.claims.get(c.at.claim as usize) else {
            continue;
        };
        let Some(sentence) = doc.sentences.get(claim.sentence) else {
            continue;
        };
        if out
            .iter()
            .any(|e| e.doc == c.at.doc as usize && e.span == sentence.span)
        {
            continue;
        }
        out.push(Evidence {
            doc: c.at.doc as usize,
            span: sentence.span,
            value_span: claim.span,
            line: doc.line_of(sentence.span.start),
            excerpt: doc.sentence_text(claim.sentence).to_string(),
            value: claim.span.slice(&doc.text).to_string(),
            speaker: claim.speaker.as_ref().map(|s| s.text.clone()),
            agrees: c.agrees,
        });
        if out.len() >= tuning::MAX_EVIDENCE {
            break;
        }
    }
    out
}

/// A supported claim citing its evidence.
pub(crate) fn supported(
    claim: &Claim,
    name: &str,
    corpus: &Corpus,
    evidence: Vec<Evidence>,
) -> Finding {
    Finding {
        claim: claim.clone(),
        message: format!(
            "« {name} » is supported by {}.",
            cite_all(corpus, &evidence)
        ),
        verdict: Verdict::Supported,
        evidence,
        fixes: Vec::new(),
    }
}

/// Add a fix that writes `replacement` over `span`, citing corpus document `doc`,
/// unless the same replacement (case aside) is offered already. The first is preferred.
pub(crate) fn push_fix(
    fixes: &mut Vec<Fix>,
    corpus: &Corpus,
    span: Span,
    replacement: String,
    doc: usize,
) {
    if fixes
        .iter()
        .any(|f| f.replacement.to_lowercase() == replacement.to_lowercase())
    {
        return;
    }
    let file = corpus
        .docs
        .get(doc)
        .map(|s| s.doc.file_name())
        .unwrap_or_default();
    fixes.push(Fix {
        span,
        title: format!("Replace with « {replacement} » ({file})"),
        preferred: fixes.is_empty(),
        replacement,
    });
}

/// The distinct `file:line` citations of some evidence, comma-separated.
pub(crate) fn cite_all(corpus: &Corpus, ev: &[Evidence]) -> String {
    let mut out: Vec<String> = Vec::new();
    for e in ev {
        let c = cite(corpus, e);
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.join(", ")
}

/// `file:line` of a piece of evidence, for messages.
pub(crate) fn cite(corpus: &Corpus, e: &Evidence) -> String {
    Citation::of(corpus, e).short()
}
