//! Verdicts on dates: a weekday the calendar denies, or a source that dates the same
//! event otherwise.

use super::context::Weighted;
use super::decide::{claim_at, decide, Candidate, Decision};
use super::evidence::{cite, contradicted, evidence, push_fix, supported};
use super::finding::{Evidence, Finding, Fix};
use crate::claims::{Claim, DateValue, Kind, Value};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::calendar;
use crate::lang::tuning::*;
use crate::verdict::Verdict;

fn date(c: &Claim) -> Option<&DateValue> {
    match &c.value {
        Value::Date(d) => Some(d),
        _ => None,
    }
}

pub(super) fn judge(draft: &Document, claim: &Claim, corpus: &Corpus) -> Option<Finding> {
    let d = date(claim)?;
    let weighted = Weighted::new(claim, &corpus.index);
    let name = claim.span.slice(&draft.text).to_string();
    let mut cands = Vec::new();
    for at in corpus
        .index
        .related(Kind::Date, &claim.context, MIN_RELEVANT)
    {
        let Some(c) = claim_at(corpus, at) else {
            continue;
        };
        let Some(cd) = date(c) else { continue };
        let score = weighted.similarity(c);
        if score >= MIN_RELEVANT {
            cands.push(Candidate {
                at,
                score,
                agrees: d.compatible(cd),
            });
        }
    }
    // The year: the draft's own, else that of the best agreeing source.
    let year = d.year.or_else(|| {
        cands
            .iter()
            .filter(|c| c.agrees)
            .max_by(|a, b| a.score.total_cmp(&b.score))
            .and_then(|c| corpus.docs.get(c.at.doc as usize)?.doc.year())
    });

    let same_date = |a: &Claim, b: &Claim| match (date(a), date(b)) {
        (Some(a), Some(b)) => a.compatible(b) || near(a, b),
        _ => false,
    };
    let top = match decide(corpus, &cands, true, MIN_CONTRADICT_DATE, same_date) {
        Decision::Agree { agreeing, .. } => {
            let ev = evidence(corpus, &agreeing);
            if let Some(checked) = weekday_check(claim, d, year, &name, ev.clone()) {
                return Some(checked);
            }
            return Some(supported(claim, &name, corpus, ev));
        }
        Decision::Contradict(top) => top,
        Decision::Neither => return weekday_check(claim, d, year, &name, Vec::new()),
    };
    let ev = evidence(corpus, &top);
    let mut fixes: Vec<Fix> = Vec::new();
    for c in &top {
        let Some(src) = claim_at(corpus, c.at) else {
            continue;
        };
        let Some(sd) = date(src) else { continue };
        let mut sd = sd.clone();
        if sd.year.is_none() {
            sd.year = corpus
                .docs
                .get(c.at.doc as usize)
                .and_then(|source| source.doc.year())
                .or(year);
        }
        push_fix(
            &mut fixes,
            corpus,
            claim.fix_span,
            sd.render_like(d),
            c.at.doc as usize,
        );
    }
    let values: Vec<String> = ev
        .iter()
        .map(|e| format!("{} ({})", e.value, cite(corpus, e)))
        .collect();
    Some(contradicted(claim, &name, &values, ev, fixes))
}

/// Two sources' dates close enough to be two tellings of one event's day: in the
/// same month (or neighbouring ones), a few days apart; years, when both give one,
/// equal.
fn near(a: &DateValue, b: &DateValue) -> bool {
    if a.year.zip(b.year).is_some_and(|(x, y)| x != y) {
        return false;
    }
    calendar::days_apart(a.year.or(b.year), (a.month, a.day), (b.month, b.day))
        .is_some_and(|days| days <= SAME_EVENT_DAYS)
}

/// A weekday that does not fall on the date, when the year is known.
fn weekday_check(
    claim: &Claim,
    d: &DateValue,
    year: Option<i32>,
    name: &str,
    ev: Vec<Evidence>,
) -> Option<Finding> {
    let (written, y) = (d.weekday?, year?);
    if d.end.is_some() {
        return None;
    }
    let actual = calendar::weekday_of(y, d.month, d.day)?;
    if actual == written {
        return None;
    }
    let mut fixed = d.clone();
    fixed.year = Some(y);
    let replacement = fixed.render_like(d);
    Some(Finding {
        claim: claim.clone(),
        message: format!(
            "« {name} »: in {y}, the {} {} is a {}, not a {}.",
            d.day,
            calendar::month_name(d.month, d.lang),
            calendar::weekday_name(actual, d.lang),
            calendar::weekday_name(written, d.lang)
        ),
        verdict: Verdict::Contradicted,
        evidence: ev,
        fixes: vec![Fix {
            span: claim.fix_span,
            title: format!("Replace with « {replacement} » (calendar)"),
            replacement,
            preferred: true,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::date::find;

    /// `check((draft date, source date), near)`, both read in a 2025 document.
    fn check((a, b): (&str, &str), expected: bool) {
        let read = |s: &str| match find(s, Some(2025)).first().map(|f| &f.value) {
            Some(d) => d.clone(),
            other => panic!("no date in {s:?}: {other:?}"),
        };
        assert_eq!(near(&read(a), &read(b)), expected, "{a:?} near {b:?}");
    }

    #[test]
    fn nearness_counts_real_days() {
        check(("le 30 avril", "le 2 mai"), true);
        // 28 February to 3 March 2025 is 3 days, not the 6 of a 31-day grid.
        check(("le 28 février", "le 3 mars"), true);
        check(("le 28 février 2024", "le 3 mars 2024"), false);
        check(("le 30 juin", "le 4 juillet"), false);
        check(("le 5 mai", "le 8 mai"), true);
        check(("le 5 mai 2024", "le 6 mai 2025"), false);
    }
}
