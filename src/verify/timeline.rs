//! When each figure held, and what follows when a figure was revised over time:
//! a draft figure that an earlier source gave and a later one changed is
//! `outdated`; one that the latest sources give is right, whatever earlier ones
//! said; one the draft dates itself (« lundi soir, 60 hectares ») is checked
//! against that day's sources.
//!
//! A source figure holds on the day its clause names (« a annoncé jeudi 24
//! juillet », « la veille », "on Wednesday"), else on its document's own day
//! (`Meta::day`: front matter, "updated" line, dateline). A draft figure holds on
//! the day its clause names, else now: the draft's own date, or today.

use super::decide::{claim_at, Candidate};
use super::evidence::{cite, evidence_at_most};
use super::finding::{Evidence, Finding, Fix};
use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::dating::{self, Day, DayFrom};
use crate::lang::names::names;
use crate::lang::tuning::MAX_EVIDENCE;
use crate::lang::Lang;
use crate::text::{tokens, Span};
use crate::verdict::Verdict;
use rustc_hash::FxHashMap as HashMap;

/// When a figure held: a day, and whether its clause sets it before that day's
/// own figure (« neuf bateaux, contre six » without a day for the six; "a
/// first toll"), which sorts it just before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct When {
    pub day: Day,
    /// 0 = before the day's own figure, 1 = the day's own.
    pub rank: u8,
}

/// The day a document gives itself, when its text says it: a file's modification
/// day says when it was copied as often as when it was written, and decides
/// nothing.
fn decisive_day(doc: &Document) -> Option<Day> {
    doc.meta
        .day
        .filter(|d| d.from != DayFrom::FileTime)
        .map(|d| d.day)
}

/// The draft's own day: its front matter's date.
pub(crate) fn draft_day(draft: &Document) -> Option<Day> {
    draft.meta.date.as_deref().and_then(dating::written_day)
}

/// The draft's now: its own day, else today.
pub(crate) fn draft_now(draft: &Document) -> Option<Day> {
    draft_day(draft).or_else(Day::today)
}

/// The day the clause of `claim` (in `doc`, whose day is `doc_day`) names for its
/// figure, if it names one: the nearest day in the figure's part of its sentence
/// (a comparison, `contre six lundi`, opens another part), not a day that starts
/// a period (`depuis mardi`). A figure in a comparison part that names no day is
/// of an earlier time than the clause's own.
pub(crate) fn clause_when(doc: &Document, claim: &Claim, doc_day: Day) -> Option<When> {
    let sentence = doc.sentences.get(claim.sentence)?;
    let text = doc.sentence_text(claim.sentence);
    let at = claim
        .span
        .start
        .saturating_sub(sentence.span.start)
        .min(text.len());
    let toks = tokens(text);
    let anchor = crate::lang::calendar::DocDate {
        year: doc_day.year,
        day: Some((doc_day.month, doc_day.day)),
    };
    // Full dates (`jeudi 24 juillet`, `le 3 mars 2026`); a range holds at its end.
    let mut days: Vec<(Span, Day)> = crate::claims::date::find(text, Some(anchor))
        .into_iter()
        .filter(|f| !f.value.weekday_only)
        .filter_map(|f| {
            let v = &f.value;
            let (day, month) = v.end.unwrap_or((v.day, v.month));
            // A figure is reported after it held: a day written without its year
            // is the last such day on or before the text's.
            let year = match v.year {
                Some(y) if v.year_written => y,
                _ if (month, day) <= (doc_day.month, doc_day.day) => doc_day.year,
                _ => doc_day.year - 1,
            };
            Some((f.span, Day::new(year, month, day)?))
        })
        .collect();
    for m in dating::mentions(&toks, doc_day) {
        let span = Span::new(m.start, m.end);
        if !days.iter().any(|(s, _)| s.overlaps(span)) {
            days.push((span, m.day));
        }
    }
    // A day that starts a period is not the figure's.
    days.retain(|(span, _)| {
        toks.iter()
            .position(|t| t.span.start >= span.start)
            .is_none_or(|i| !dating::is_onset(&toks, i))
    });
    // The figure's part of the sentence, between comparisons.
    let starts: Vec<usize> = dating::comparison_starts(&toks)
        .into_iter()
        .map(|i| toks[i].span.start)
        .collect();
    let part_start = starts
        .iter()
        .copied()
        .filter(|&s| s <= at)
        .max()
        .unwrap_or(0);
    let part_end = starts
        .iter()
        .copied()
        .filter(|&s| s > at)
        .min()
        .unwrap_or(text.len());
    let nearest = days
        .iter()
        .filter(|(s, _)| s.start >= part_start && s.end <= part_end)
        .min_by_key(|(s, _)| s.start.abs_diff(at).min(s.end.abs_diff(at)))
        .map(|(_, d)| *d);
    match nearest {
        Some(day) => Some(When { day, rank: 1 }),
        None if part_start > 0 => Some(When {
            day: doc_day,
            rank: 0,
        }),
        None => None,
    }
}

/// When a source claim's figure held: its clause's day, else its document's own;
/// unknown for a document that gives no day.
pub(crate) fn source_when(corpus: &Corpus, c: &Candidate) -> Option<When> {
    let source = corpus.docs.get(c.at.doc as usize)?;
    let claim = claim_at(corpus, c.at)?;
    let day = decisive_day(&source.doc)?;
    Some(clause_when(&source.doc, claim, day).unwrap_or(When { day, rank: 1 }))
}

/// When a draft figure held, if the draft dates it itself (« lundi soir, la crue
/// atteignait 4 mètres »); `None` for a figure stated as current.
pub(crate) fn draft_when(draft: &Document, claim: &Claim) -> Option<When> {
    let now = draft_now(draft)?;
    clause_when(draft, claim, now).filter(|w| w.rank == 1 && w.day < now)
}

/// What the days of the candidates decide about a draft figure, where its value
/// and the sources' differ.
#[derive(Debug)]
pub(crate) enum Revision {
    /// The draft gives what earlier sources said; later ones give the latest.
    Outdated {
        earlier: Vec<Candidate>,
        latest: Vec<Candidate>,
    },
    /// The draft gives the latest sources' value, or the value of its own day.
    Current(Vec<Candidate>),
}

/// How far apart, in days, two figures of one story may be: a toll revised over
/// days, an estimate over weeks.
const REVISION_WINDOW_DAYS: i32 = 62;

/// The text of a candidate's document: a dispatch names its town once, at the top.
fn text_of<'a>(corpus: &'a Corpus, c: &Candidate) -> &'a str {
    corpus
        .docs
        .get(c.at.doc as usize)
        .map_or("", |s| s.doc.text.as_str())
}

/// The candidates with a known day, beside it.
fn dated(corpus: &Corpus, cands: &[Candidate]) -> Vec<(Candidate, When)> {
    cands
        .iter()
        .filter_map(|c| Some((*c, source_when(corpus, c)?)))
        .collect()
}

/// What time says of a draft figure, given the sources that agree with it and
/// those that give another value for the same thing (`others`); `now` is the
/// draft's own day, and `same` tells two source figures that agree. `None` when
/// time settles nothing: days unknown, sources of one day that disagree, or
/// sources of two days that disagree without saying the count changed (a
/// dispute).
///
/// A figure the draft dates is right when that day's sources give it and none
/// gives another. A figure stated as current is right when the latest day's
/// sources give it (the latest known on the draft's own day), and outdated when an
/// earlier source gave it and the latest day's sources agree on another value.
///
/// With the revision comes the figure's history: every source of the story known
/// on the draft's day, the draft's value and the others, intermediate revisions
/// included.
pub(crate) fn revision(
    corpus: &Corpus,
    draft: &Document,
    claim: &Claim,
    agreeing: &[Candidate],
    others: &[Candidate],
    same: impl Fn(&Claim, &Claim) -> bool,
) -> Option<(Revision, Vec<Candidate>)> {
    let draft_when = draft_when(draft, claim);
    let now = draft_day(draft);
    let known = |w: &When| now.is_none_or(|n| w.day <= n);
    let mut agreeing = dated(corpus, agreeing);
    agreeing.retain(|(_, w)| known(w));
    let first_agree = agreeing.iter().map(|(_, w)| w.day).min()?;
    // A later figure for the same thing is in a source that names what the draft's
    // sentence and its own source both name (the town, the event), and comes within
    // the story's weeks: the same words about another town, or a year on, are
    // another count.
    let best_own = agreeing
        .iter()
        .max_by(|(a, _), (b, _)| a.score.total_cmp(&b.score))
        .map(|(c, _)| *c)?;
    let draft_names = names(draft.sentence_text(claim.sentence));
    let shared: Vec<String> = names(text_of(corpus, &best_own))
        .into_iter()
        .filter(|n| draft_names.contains(n))
        .collect();
    // A draft that names what it speaks of, whose best source names none of it,
    // met that source on its words alone: too little to say a count changed.
    if shared.is_empty() && !draft_names.is_empty() {
        return None;
    }
    // Whether a document names all that is shared, read once a document: a
    // candidate's document is read whole, and a figure has many candidates.
    let mut names_shared: HashMap<u32, bool> = HashMap::default();
    let mut of_story = |c: &Candidate| {
        shared.is_empty()
            || *names_shared.entry(c.at.doc).or_insert_with(|| {
                let theirs = names(text_of(corpus, c));
                shared.iter().all(|n| theirs.contains(n))
            })
    };
    let all_others: Vec<(Candidate, When)> = dated(corpus, others)
        .into_iter()
        .filter(|(c, w)| {
            w.day
                .days_since(first_agree)
                .is_some_and(|d| d.abs() <= REVISION_WINDOW_DAYS)
                && of_story(c)
        })
        .collect();
    let others: Vec<(Candidate, When)> = all_others
        .iter()
        .filter(|(_, w)| known(w))
        .copied()
        .collect();
    let all = |list: &[(Candidate, When)]| list.iter().map(|(c, _)| *c).collect::<Vec<_>>();
    if agreeing.is_empty() || all_others.is_empty() {
        return None;
    }
    if others.is_empty() {
        // Every other value came after the draft's own day: it was right then, if
        // the count changed since (a later source disputing it still disputes).
        let agreeing = all(&agreeing);
        return changed(corpus, &all(&all_others))
            .then(|| (Revision::Current(agreeing.clone()), agreeing));
    }
    let history = [all(&agreeing), all(&others)].concat();
    let on = |list: &[(Candidate, When)], day: Day| -> Vec<Candidate> {
        list.iter()
            .filter(|(_, w)| w.day == day)
            .map(|(c, _)| *c)
            .collect()
    };
    if let Some(when) = draft_when {
        let of_day = on(&agreeing, when.day);
        let rivals_that_day = !on(&others, when.day).is_empty();
        return (!of_day.is_empty() && !rivals_that_day && changed(corpus, &all(&others)))
            .then_some((Revision::Current(of_day), history));
    }
    let latest_day = agreeing.iter().chain(&others).map(|(_, w)| w.day).max()?;
    let agree_latest = on(&agreeing, latest_day);
    let others_latest = on(&others, latest_day);
    match (agree_latest.is_empty(), others_latest.is_empty()) {
        // The latest day's sources give the draft's value, and only it.
        (false, true) => {
            changed(corpus, &agree_latest).then_some((Revision::Current(agree_latest), history))
        }
        // Only other values on the latest day, one among themselves.
        (true, false) => {
            let first = claim_at(corpus, others_latest[0].at)?;
            let one_value = others_latest
                .iter()
                .all(|c| claim_at(corpus, c.at).is_some_and(|x| same(first, x)));
            let earlier = all(&agreeing);
            // The earlier figure may say it was a first count (« a d'abord évoqué »).
            (one_value && (changed(corpus, &others_latest) || changed(corpus, &earlier))).then_some(
                (
                    Revision::Outdated {
                        earlier,
                        latest: others_latest,
                    },
                    history,
                ),
            )
        }
        // Both on the latest day: a dispute, which time does not settle.
        _ => None,
    }
}

/// Whether the sources say a count changed to the `later` figures: a later one's
/// sentence says so (`lang::dating::REVISION_MARKERS`: « restent évacuées », "rose
/// to", « contre 120 la veille »). One speaker's two figures of two days are not
/// enough: a ministry gives many counts of one kind.
fn changed(corpus: &Corpus, later: &[Candidate]) -> bool {
    later.iter().any(|c| {
        let Some(source) = corpus.docs.get(c.at.doc as usize) else {
            return false;
        };
        claim_at(corpus, c.at)
            .is_some_and(|x| dating::marks_revision(&tokens(source.doc.sentence_text(x.sentence))))
    })
}

/// Most rows a figure's timeline shows.
const MAX_TIMELINE_ROWS: usize = 8;

/// The timeline of a figure: each candidate's sentence with its day, oldest first
/// (a document's sentences in order within a day), one row per sentence.
pub(crate) fn rows(corpus: &Corpus, cands: &[Candidate]) -> Vec<Evidence> {
    let mut dated = dated(corpus, cands);
    // The best-scored, then in order of time.
    dated.sort_by(|(a, _), (b, _)| b.score.total_cmp(&a.score));
    dated.truncate(MAX_TIMELINE_ROWS);
    dated.sort_by(|(a, wa), (b, wb)| {
        wa.cmp(wb)
            .then(a.at.doc.cmp(&b.at.doc))
            .then(a.at.claim.cmp(&b.at.claim))
    });
    let mut out: Vec<Evidence> = Vec::new();
    for (c, w) in dated {
        if out.len() >= MAX_TIMELINE_ROWS {
            break;
        }
        for mut e in evidence_at_most(corpus, &[c], 1) {
            if out.iter().any(|x| x.doc == e.doc && x.span == e.span) {
                continue;
            }
            e.day = Some(w.day);
            out.push(e);
        }
    }
    out
}

/// An outdated draft figure: what the earlier sources gave (the draft's value)
/// and what the latest give, with the latest value as the fix.
#[allow(clippy::too_many_arguments)]
pub(crate) fn outdated(
    corpus: &Corpus,
    claim: &Claim,
    name: &str,
    earlier: &[Candidate],
    latest: &[Candidate],
    history: &[Candidate],
    fixes: Vec<Fix>,
    lang: Lang,
) -> Finding {
    let timeline = rows(corpus, history);
    // The message names the last day of the draft's value and the latest day, even
    // when a long history leaves them out of the table.
    let (then_rows, now_rows) = (rows(corpus, earlier), rows(corpus, latest));
    let then = then_rows.last();
    let now = now_rows.last();
    let said = |e: &Evidence| {
        let day = e.day.map(|d| d.written(lang)).unwrap_or_default();
        let who = e
            .speaker
            .as_deref()
            .map(|s| crate::tr!(lang, "according-to", who = s))
            .unwrap_or_default();
        (day, who, cite(corpus, e))
    };
    let message = match (then, now) {
        (Some(a), Some(b)) => {
            let (day_a, who_a, file_a) = said(a);
            let (day_b, who_b, file_b) = said(b);
            crate::tr!(
                lang,
                "outdated",
                name = name,
                then = &a.value,
                day_then = day_a,
                source_then = format!("{file_a}{who_a}"),
                now = &b.value,
                day_now = day_b,
                source_now = format!("{file_b}{who_b}")
            )
        }
        _ => crate::tr!(lang, "outdated-later", name = name),
    };
    let mut evidence = evidence_at_most(corpus, latest, MAX_EVIDENCE);
    for e in evidence_at_most(corpus, earlier, MAX_EVIDENCE.saturating_sub(evidence.len())) {
        if !evidence.iter().any(|x| x.doc == e.doc && x.span == e.span) {
            evidence.push(e);
        }
    }
    Finding {
        claim: claim.clone(),
        verdict: Verdict::Outdated,
        message,
        evidence,
        fixes,
        timeline,
    }
}
