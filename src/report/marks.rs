//! The claims as the page marks them in a draft: findings on the same words make
//! one mark, coloured by the gravest of their verdicts, numbered in text order; where
//! marks overlap, each stretch of text shows the innermost one.

use crate::text::Span;
use crate::verdict::Verdict;
use crate::verify::Finding;

/// One marked stretch of a draft and what was found of it.
#[derive(Debug)]
pub struct Mark<'a> {
    /// Its number in the draft, from 0 in text order.
    pub n: usize,
    /// The words a reader points at (`Claim::extent`).
    pub extent: Span,
    /// The gravest verdict of its findings.
    pub verdict: Verdict,
    /// Gravest first.
    pub findings: Vec<&'a Finding>,
}

/// How grave a verdict is: 0 is the gravest; a supported claim comes last.
pub fn gravity(v: Verdict) -> usize {
    Verdict::CODED
        .iter()
        .position(|c| *c == v)
        .unwrap_or(Verdict::CODED.len())
}

/// A verdict's name in the page's classes and data attributes: its diagnostic code,
/// `ok` for a supported claim.
pub fn key(v: Verdict) -> &'static str {
    v.code().unwrap_or("ok")
}

/// The id of mark `n`'s first piece in the text.
pub fn anchor(prefix: &str, n: usize) -> String {
    format!("{prefix}-m{n}")
}

/// The id of mark `n`'s evidence in the side panel.
pub fn panel(prefix: &str, n: usize) -> String {
    format!("{prefix}-e{n}")
}

/// The marks of a draft's findings, in text order.
pub fn marks<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<Mark<'a>> {
    let mut all: Vec<&Finding> = findings.into_iter().collect();
    all.sort_by_key(|f| (f.claim.extent.start, f.claim.extent.end, gravity(f.verdict)));
    let mut out: Vec<Mark> = Vec::new();
    for f in all {
        match out.last_mut() {
            Some(m) if m.extent == f.claim.extent => m.findings.push(f),
            _ => out.push(Mark {
                n: out.len(),
                extent: f.claim.extent,
                verdict: f.verdict,
                findings: vec![f],
            }),
        }
    }
    for m in &mut out {
        m.findings.sort_by_key(|f| gravity(f.verdict));
        m.verdict = m.findings.first().map_or(Verdict::Supported, |f| f.verdict);
    }
    out
}

/// `range` cut where marks start and end, each piece with the index (in `marks`)
/// of the innermost mark over it, if any. Pieces are never empty, and a piece
/// whose mark is its neighbour's is merged with it.
pub fn pieces(marks: &[Mark], range: Span) -> Vec<(Span, Option<usize>)> {
    let mut cuts = vec![range.start, range.end];
    for m in marks.iter().filter(|m| m.extent.overlaps(range)) {
        for at in [m.extent.start, m.extent.end] {
            if at > range.start && at < range.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<(Span, Option<usize>)> = Vec::new();
    for w in cuts.windows(2) {
        let piece = Span::new(w[0], w[1]);
        let over = marks
            .iter()
            .enumerate()
            .filter(|(_, m)| m.extent.start <= piece.start && m.extent.end >= piece.end)
            .min_by_key(|(_, m)| m.extent.len())
            .map(|(i, _)| i);
        match out.last_mut() {
            Some((last, mark)) if *mark == over => *last = Span::new(last.start, piece.end),
            _ => out.push((piece, over)),
        }
    }
    out
}

/// The innermost mark over the whole of `range`, for text whose bytes do not map one
/// to one onto the source (an escaped character, an entity).
pub fn over(marks: &[Mark], range: Span) -> Option<usize> {
    marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.extent.start <= range.start && m.extent.end >= range.end)
        .min_by_key(|(_, m)| m.extent.len())
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;

    fn finding(draft: &Draft, i: usize, verdict: Verdict) -> Finding {
        Finding {
            claim: draft.claims[i].clone(),
            verdict,
            message: String::new(),
            evidence: Vec::new(),
            fixes: Vec::new(),
            timeline: Vec::new(),
        }
    }

    /// `check(text, verdicts of its claims, expected)`: each piece of the whole text
    /// as `[words|verdict]`, unmarked text as it is.
    fn check(text: &str, verdicts: &[Verdict], expected: &str) {
        let draft = Draft::new("d.md", text);
        assert_eq!(draft.claims.len(), verdicts.len(), "{:?}", draft.claims);
        let findings: Vec<Finding> = verdicts
            .iter()
            .enumerate()
            .map(|(i, v)| finding(&draft, i, *v))
            .collect();
        let marks = marks(&findings);
        let got: String = pieces(&marks, Span::new(0, text.len()))
            .into_iter()
            .map(|(s, m)| match m {
                Some(i) => format!("[{}|{}]", s.slice(text), marks[i].verdict.label()),
                None => s.slice(text).to_string(),
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn marks_cover_their_claims_words() {
        check(
            "Le pont a coûté 12 millions d'euros.",
            &[Verdict::Contradicted],
            "Le pont a coûté [12 millions d'euros|contradicted].",
        );
        check(
            "It cost 12 million pounds and took 3 years.",
            &[Verdict::Supported, Verdict::Unsupported],
            "It cost [12 million pounds|supported] and took [3 years|unsupported].",
        );
    }

    #[test]
    fn the_gravest_verdict_colours_a_mark() {
        let draft = Draft::new("d.md", "Le pont a coûté 12 millions d'euros.");
        let a = finding(&draft, 0, Verdict::Unsupported);
        let b = finding(&draft, 0, Verdict::Outdated);
        let m = marks([&a, &b]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].verdict, Verdict::Outdated);
        assert_eq!(m[0].findings[1].verdict, Verdict::Unsupported);
    }
}
