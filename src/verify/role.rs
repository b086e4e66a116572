//! Verdicts on roles: the title a source gives the same person, or the person a
//! source gives the same title in the same event.

use super::context::Weighted;
use super::decide::{claim_at, Candidate};
use super::evidence::{cite, evidence, push_fix, supported};
use super::finding::{Finding, Fix};
use crate::claims::{Claim, Kind, Role, Value};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::tuning::*;
use crate::verdict::Verdict;

fn role(c: &Claim) -> Option<&Role> {
    match &c.value {
        Value::Role(r) => Some(r),
        _ => None,
    }
}

pub(super) fn judge(draft: &Document, claim: &Claim, corpus: &Corpus) -> Option<Finding> {
    let r = role(claim)?;
    let weighted = Weighted::new(claim, &corpus.index);
    let name = claim.span.slice(&draft.text).to_string();
    let mut same_person = Vec::new();
    let mut same_title_other = Vec::new();
    // The same person, wherever the sources name them; another person with this title
    // only where the context is close enough for MIN_ROLE_SWAP.
    let mut refs = r
        .names
        .last()
        .map(|surname| corpus.index.by_surname(surname))
        .unwrap_or_default();
    refs.extend(
        corpus
            .index
            .related(Kind::Role, &claim.context, MIN_ROLE_SWAP),
    );
    refs.sort_unstable();
    refs.dedup();
    for at in refs {
        let Some(c) = claim_at(corpus, at) else {
            continue;
        };
        let Some(cr) = role(c) else { continue };
        let score = weighted.similarity(c);
        if r.same_person(cr) {
            same_person.push(Candidate {
                at,
                score: score.max(SAME_PERSON_MIN_SCORE),
                agrees: r.same_title(cr),
            });
        } else if r.same_title(cr) {
            same_title_other.push(Candidate {
                at,
                score,
                agrees: false,
            });
        }
    }
    if same_person.iter().any(|c| c.agrees) {
        let agreeing: Vec<Candidate> = same_person.iter().filter(|c| c.agrees).copied().collect();
        let ev = evidence(corpus, &agreeing);
        return Some(supported(claim, &name, corpus, ev));
    }
    // The same person with the same kind of title for another body: the title is wrong.
    let mut titled: Vec<Candidate> = same_person
        .iter()
        .filter(|c| {
            claim_at(corpus, c.at)
                .and_then(role)
                .is_some_and(|cr| cr.head == r.head)
        })
        .copied()
        .collect();
    titled.sort_by(|a, b| b.score.total_cmp(&a.score));
    if !titled.is_empty() {
        let ev = evidence(corpus, &titled);
        let mut fixes: Vec<Fix> = Vec::new();
        for c in &titled {
            let Some(cr) = claim_at(corpus, c.at).and_then(role) else {
                continue;
            };
            push_fix(
                &mut fixes,
                corpus,
                claim.fix_span,
                cr.title.clone(),
                c.at.doc as usize,
            );
        }
        let titles: Vec<String> = ev
            .iter()
            .map(|e| format!("{} ({})", e.value, cite(corpus, e)))
            .collect();
        return Some(Finding {
            claim: claim.clone(),
            message: format!(
                "« {} » is not « {} » in the sources: {}.",
                r.person,
                r.title,
                titles.join("; ")
            ),
            verdict: Verdict::Contradicted,
            evidence: ev,
            fixes,
        });
    }
    // Someone else holds this title in the same event, and the sources know this person
    // under another title: the name is wrong.
    let best = same_title_other
        .iter()
        .copied()
        .max_by(|a, b| a.score.total_cmp(&b.score));
    // Unless the sources know this person by a title of the same body in other
    // words (another language's title for it): then the name is likely right.
    let known_for_this_body = same_person.iter().any(|c| {
        claim_at(corpus, c.at)
            .and_then(role)
            .is_some_and(|cr| r.same_body(cr))
    });
    if let Some(best) =
        best.filter(|b| b.score >= MIN_ROLE_SWAP && !same_person.is_empty() && !known_for_this_body)
    {
        let src = claim_at(corpus, best.at).and_then(role)?;
        let ev = evidence(corpus, &[best]);
        let doc = &draft;
        let sentence = claim.sentence;
        let person_span = doc.to_source(sentence, r.person_span);
        let file = corpus
            .docs
            .get(best.at.doc as usize)
            .map(|s| s.doc.file_name())
            .unwrap_or_default();
        return Some(Finding {
            claim: claim.clone(),
            message: format!(
                "« {name} »: the sources give this title to {} here ({}); {} is known as {}.",
                src.person,
                cite(corpus, &ev[0]),
                r.person,
                same_person
                    .first()
                    .and_then(|c| claim_at(corpus, c.at))
                    .and_then(role)
                    .map(|x| x.title.clone())
                    .unwrap_or_default()
            ),
            verdict: Verdict::Contradicted,
            evidence: ev,
            fixes: vec![Fix {
                span: person_span,
                replacement: src.person.clone(),
                title: format!("Replace with « {} » ({file})", src.person),
                preferred: true,
            }],
        });
    }
    None
}
