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
use crate::lang::Lang;
use crate::verdict::Verdict;

fn date(c: &Claim) -> Option<&DateValue> {
    match &c.value {
        Value::Date(d) => Some(d),
        _ => None,
    }
}

pub(super) fn judge(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
) -> Option<Finding> {
    let d = date(claim)?;
    // A weekday alone is read only to stand as a source's day: the draft's own may
    // be the last or the next one.
    if d.weekday_only {
        return None;
    }
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
    // The year: the draft's own when it is clear, else that of the best agreeing
    // source's date when that one is, else whatever years the draft allows.
    let source = cands
        .iter()
        .filter(|c| c.agrees)
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .and_then(|c| claim_at(corpus, c.at))
        .and_then(date);
    let one = |v: &DateValue| v.years.is_some_and(|(a, b)| a == b);
    let (year, years) = match source {
        Some(s) if !one(d) && one(s) => (s.year, s.years),
        Some(s) if d.years.is_none() => (s.year, s.years),
        _ => (d.year, d.years),
    };

    let same_date = |a: &Claim, b: &Claim| match (date(a), date(b)) {
        (Some(a), Some(b)) => a.compatible(b) || near(a, b),
        _ => false,
    };
    let top = match decide(corpus, &cands, true, MIN_CONTRADICT_DATE, same_date) {
        Decision::Agree { agreeing, .. } => {
            let ev = evidence(corpus, &agreeing);
            if let Some(checked) = weekday_check(claim, d, (year, years), &name, ev.clone(), lang) {
                return Some(checked);
            }
            return Some(supported(claim, &name, corpus, ev, lang));
        }
        Decision::Contradict(top) => top,
        Decision::Neither => {
            return weekday_check(claim, d, (year, years), &name, Vec::new(), lang)
                .or_else(|| same_weekday_date(claim, d, corpus, &weighted, &name, lang));
        }
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
            sd.year = year;
        }
        push_fix(
            &mut fixes,
            corpus,
            claim.fix_span,
            sd.render_like(d),
            c.at.doc as usize,
            lang,
        );
    }
    let values: Vec<String> = ev
        .iter()
        .map(|e| format!("{} ({})", e.value, cite(corpus, e)))
        .collect();
    Some(contradicted(claim, &name, &values, ev, fixes, lang))
}

/// A source that writes the draft's very weekday, day and month, in words that
/// share little with the draft's (another language's, before the lexicon meets
/// them): the same day told, cited as support. Only where nothing else decided:
/// it never contradicts, nor stands against a source that does.
fn same_weekday_date(
    claim: &Claim,
    d: &DateValue,
    corpus: &Corpus,
    weighted: &Weighted,
    name: &str,
    lang: Lang,
) -> Option<Finding> {
    let weekday = d.weekday?;
    if d.end.is_some() {
        return None;
    }
    let best = corpus
        .index
        .related(Kind::Date, &claim.context, MIN_SAME_WEEKDAY_DATE)
        .into_iter()
        .filter_map(|at| {
            let cd = claim_at(corpus, at).and_then(date)?;
            let same = cd.weekday == Some(weekday)
                && (cd.day, cd.month) == (d.day, d.month)
                && cd.end.is_none()
                && d.may_share_year(cd);
            let score = weighted.similarity(claim_at(corpus, at)?);
            (same && score >= MIN_SAME_WEEKDAY_DATE).then_some(Candidate {
                at,
                score,
                agrees: true,
            })
        })
        .max_by(|a, b| a.score.total_cmp(&b.score))?;
    Some(supported(
        claim,
        name,
        corpus,
        evidence(corpus, &[best]),
        lang,
    ))
}

/// Two sources' dates close enough to be two tellings of one event's day: in the
/// same month (or neighbouring ones), a few days apart; years, when both give one,
/// equal.
fn near(a: &DateValue, b: &DateValue) -> bool {
    if !a.may_share_year(b) {
        return false;
    }
    calendar::days_apart(a.year.or(b.year), (a.month, a.day), (b.month, b.day))
        .is_some_and(|days| days <= SAME_EVENT_DAYS)
}

/// A weekday that does not fall on the date in any year it may be in (`years`),
/// corrected for the likeliest (`year`). With no year at all, silence.
fn weekday_check(
    claim: &Claim,
    d: &DateValue,
    (year, years): (Option<i32>, Option<(i32, i32)>),
    name: &str,
    ev: Vec<Evidence>,
    lang: Lang,
) -> Option<Finding> {
    let (written, y) = (d.weekday?, year?);
    let (first, last) = years.unwrap_or((y, y));
    if d.end.is_some()
        || (first..=last).any(|y| calendar::weekday_of(y, d.month, d.day) == Some(written))
    {
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
        // The names in the message's language: the draft's.
        message: crate::tr!(
            lang,
            "weekday-wrong",
            name = name,
            year = y.to_string(),
            day = d.day.to_string(),
            month = calendar::month_name(d.month, lang),
            actual = calendar::weekday_name(actual, lang),
            written = calendar::weekday_name(written, lang)
        ),
        verdict: Verdict::Contradicted,
        evidence: ev,
        fixes: vec![Fix {
            span: claim.fix_span,
            title: crate::tr!(lang, "fix-replace-calendar", value = &replacement),
            replacement,
            preferred: true,
        }],
        timeline: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::date::find;
    use crate::lang::calendar::DocDate;

    const IN_2025: Option<DocDate> = Some(DocDate {
        year: 2025,
        day: None,
    });

    /// `check((draft date, source date), near)`, both read in a 2025 document.
    fn check((a, b): (&str, &str), expected: bool) {
        let read = |s: &str| match find(s, IN_2025).first().map(|f| &f.value) {
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

    /// `check_fix(corpus, draft, (date as written, fix))`: with `Some(fix)`, the date
    /// is contradicted and its first fix writes that; with `None`, it is not contradicted.
    fn check_fix(corpus: &[(&str, &str)], draft: &str, (text, fix): (&str, Option<&str>)) {
        let corpus = Corpus::from_texts(corpus.iter().map(|(p, t)| (p.to_string(), t.to_string())));
        let doc = crate::draft::Draft::new("draft.md", draft);
        let options = crate::verify::Options::new(Default::default(), draft);
        let checked = crate::verify::check(&doc, &corpus, &options);
        let Some(at) = draft.find(text) else {
            panic!("{text:?} is not in the draft");
        };
        let found: Vec<&str> = checked
            .iter()
            .filter(|f| f.claim.span.start < at + text.len() && f.claim.span.end > at)
            .filter(|f| f.verdict == Verdict::Contradicted)
            .filter_map(|f| f.fixes.first().map(|x| x.replacement.as_str()))
            .collect();
        assert_eq!(found.first().copied(), fix, "{text:?} in {draft:?}");
    }

    /// `check_weekday(draft, (date as written, fix))`, against a corpus that says
    /// nothing of the draft's days: the calendar judges alone.
    fn check_weekday(draft: &str, expected: (&str, Option<&str>)) {
        let corpus = [(
            "autre.md",
            "---\ndate: 2020-05-04\n---\nLe marché aux fleurs de Quillan a ouvert le 4 mai 2020.",
        )];
        check_fix(&corpus, draft, expected);
    }

    #[test]
    fn a_date_meets_the_source_that_gives_its_figure() {
        // The row's body is named on two days; the figure it gives says which.
        let corpus = [
            (
                "agrivel-1.md",
                "---\ndate: 2025-05-05\n---\nL'Agrivel estime à 1 450 le nombre \
                 d'exploitations touchées, a indiqué mardi 5 mai son président.",
            ),
            (
                "agrivel-2.md",
                "---\ndate: 2025-05-09\n---\nLe président de l'Agrivel est attendu \
                 lundi 12 mai à Cordès.",
            ),
        ];
        let draft = "---\ndate: 2025-05-14\n---\n| Qui | Date | Exploitations |\n\
                     |---|---|---|\n| Agrivel | 3 mai | 1 450 |\n";
        check_fix(&corpus, draft, ("3 mai", Some("5 mai")));
    }

    #[test]
    fn a_range_with_another_first_day_is_fixed_in_the_drafts_words() {
        let corpus = [(
            "foire-1.md",
            "---\ndate: 2025-03-02\n---\nLa foire aux santons de Castelbrune se tiendra \
             entre le 4 et le 18 janvier sous la halle.",
        )];
        let draft = "---\ndate: 2025-03-10\n---\nLa foire aux santons de Castelbrune se \
                     tiendra du 6 au 18 janvier sous la halle.\n";
        check_fix(
            &corpus,
            draft,
            ("du 6 au 18 janvier", Some("du 4 au 18 janvier")),
        );
        let draft = "---\ndate: 2025-03-10\n---\nLa foire aux santons de Castelbrune se \
                     tiendra du 4 au 18 janvier sous la halle.\n";
        check_fix(&corpus, draft, ("du 4 au 18 janvier", None));
    }

    #[test]
    fn the_same_weekday_and_day_in_another_language_supports_a_date() {
        let corpus = Corpus::from_texts([(
            "regate-1.md".to_string(),
            "---\ndate: 2025-06-02\n---\nLa régate de Pellvik a été annulée lundi 2 juin \
             à cause du vent, a annoncé le club de Pellvik."
                .to_string(),
        )]);
        let verdict = |draft: &str, text: &str| {
            let doc = crate::draft::Draft::new("draft.md", draft);
            let options = crate::verify::Options::new(Default::default(), draft);
            let at = draft.find(text).unwrap_or(0);
            crate::verify::check(&doc, &corpus, &options)
                .into_iter()
                .find(|f| f.claim.span.start == at && matches!(f.claim.value, Value::Date(_)))
                .map(|f| (f.verdict, f.evidence.len()))
        };
        let en = "---\ndate: 2025-06-03\n---\nThe Pellvik regatta was called off on \
                  Monday, June 2, because of high winds, the club said.\n";
        assert_eq!(verdict(en, "Monday, June 2"), Some((Verdict::Supported, 1)));
        // another weekday of the same day is the calendar's to judge, not support
        let wrong = en.replace("Monday, June 2", "Sunday, June 2");
        assert_eq!(
            verdict(&wrong, "Sunday, June 2").map(|v| v.0),
            Some(Verdict::Contradicted)
        );
        // a day without its weekday is not specific enough alone
        let bare = en.replace("Monday, June 2", "June 2");
        assert_eq!(verdict(&bare, "June 2"), None);
    }

    #[test]
    fn a_weekday_is_checked_in_the_year_the_document_implies() {
        // A January draft about October means last October: 21 October 2024 was a
        // Monday, 21 October 2025 a Tuesday.
        let january =
            "---\ndate: 2025-01-14\n---\nLe conseil de Brézac s'est réuni lundi 21 octobre. \
                       Le budget a été voté jeudi 22 octobre.\n";
        check_weekday(january, ("lundi 21 octobre", None));
        check_weekday(january, ("jeudi 22 octobre", Some("mardi 22 octobre")));
        let english = "---\ndate: 2025-01-14\n---\nThe Oakvale council met on Monday, October 21. \
                       It passed the budget on Friday, October 22.\n";
        check_weekday(english, ("Monday, October 21", None));
        check_weekday(english, ("Friday, October 22", Some("Tuesday, October 22")));
    }

    #[test]
    fn a_weekday_is_checked_in_the_year_of_the_documents_other_dates() {
        // No date of its own: the draft's dates write 2023. 8 March was a Tuesday in
        // 2022, a Wednesday in 2023, a Friday in 2024.
        let draft = "Le 3 mars 2023, la digue de Tarlac a cédé. Mardi 8 mars, les premiers \
                     sinistrés sont rentrés. Jeudi 8 mars, le préfet est venu.\n";
        // Right in a year beside the one implied: the writer may mean it.
        check_weekday(draft, ("Mardi 8 mars", None));
        check_weekday(draft, ("Jeudi 8 mars", Some("Mercredi 8 mars")));
        // No year anywhere: silence.
        check_weekday(
            "Jeudi 8 mars, le préfet est venu à Tarlac.\n",
            ("Jeudi 8 mars", None),
        );
    }
}
