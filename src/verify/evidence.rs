//! Findings built from the candidates a judge weighed: their evidence, the
//! sources they cite, the fixes they offer.

use super::cite::Citation;
use super::decide::Candidate;
use super::finding::{Evidence, Finding, Fix};
use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::lang::tuning;
use crate::lang::Lang;
use crate::text::Span;
use crate::verdict::Verdict;

/// Evidence from candidates, best first, one per sentence.
pub(crate) fn evidence(corpus: &Corpus, cands: &[Candidate]) -> Vec<Evidence> {
    evidence_at_most(corpus, cands, tuning::MAX_EVIDENCE)
}

/// `evidence`, of at most `limit` sentences.
pub(crate) fn evidence_at_most(
    corpus: &Corpus,
    cands: &[Candidate],
    limit: usize,
) -> Vec<Evidence> {
    let mut sorted: Vec<&Candidate> = cands.iter().collect();
    sorted.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out: Vec<Evidence> = Vec::new();
    for c in sorted {
        if out.len() >= limit {
            break;
        }
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
            day: None,
        });
    }
    out
}

/// A supported claim citing its evidence.
pub(crate) fn supported(
    claim: &Claim,
    name: &str,
    corpus: &Corpus,
    evidence: Vec<Evidence>,
    lang: Lang,
) -> Finding {
    Finding {
        claim: claim.clone(),
        message: crate::tr!(
            lang,
            "supported",
            name = name,
            sources = cite_all(corpus, &evidence)
        ),
        verdict: Verdict::Supported,
        evidence,
        fixes: Vec::new(),
        timeline: Vec::new(),
    }
}

/// A contradicted claim: what each contradicting source says (`values`, already
/// written with their citations), its evidence and the fixes it allows.
pub(crate) fn contradicted(
    claim: &Claim,
    name: &str,
    values: &[String],
    evidence: Vec<Evidence>,
    fixes: Vec<Fix>,
    lang: Lang,
) -> Finding {
    Finding {
        claim: claim.clone(),
        message: crate::tr!(
            lang,
            "contradicted",
            name = name,
            values = values.join("; ")
        ),
        verdict: Verdict::Contradicted,
        evidence,
        fixes,
        timeline: Vec::new(),
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
    lang: Lang,
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
        title: crate::tr!(lang, "fix-replace", value = &replacement, source = file),
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
