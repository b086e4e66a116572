//! Quantities: a figure, its qualifier, and what it counts.
//!
//! `environ 2 300 pompiers`, `plus de 900 firefighters`, `entre 3 000 et 4 000
//! hommes`, `41 % des vols`, `7 millions d'euros`, `quatre mille grévistes`.

use crate::claims::found::Found;
use crate::claims::occurrence::{self, Reading};
use crate::lang::numbers::{find_numbers, find_occurrence_words, NumberMatch, Style};
use crate::lang::tuning::{APPROXIMATE_SPREAD, EXACT_SPREAD, MONEY_RANGE_MAX_RATIO};
use crate::lang::{bilingual, calendar, lexicon, measures, stopwords, units};
use crate::text::{fold, tokens, tokens_after, tokens_before, Span, Token};
use std::sync::LazyLock;

pub use crate::lang::lexicon::Qualifier;

/// What kind of amount it is: figures of different units never compare.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Unit {
    Count,
    Percent,
    Currency(&'static str),
    /// How many times something happened (`stabbed three times`, `à deux reprises`).
    Times,
}

/// `Unit` as the index cache stores it: the currency code owned.
#[derive(serde::Deserialize)]
enum UnitRepr {
    Count,
    Percent,
    Currency(String),
    Times,
}

impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        Unit::try_from(UnitRepr::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl TryFrom<UnitRepr> for Unit {
    type Error = String;
    fn try_from(u: UnitRepr) -> Result<Unit, String> {
        Ok(match u {
            UnitRepr::Count => Unit::Count,
            UnitRepr::Percent => Unit::Percent,
            UnitRepr::Times => Unit::Times,
            UnitRepr::Currency(code) => Unit::Currency(
                units::CURRENCY_CODES
                    .iter()
                    .find(|c| **c == code)
                    .copied()
                    .ok_or_else(|| format!("unknown currency {code}"))?,
            ),
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quantity {
    pub low: f64,
    pub high: f64,
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// What is counted, as a synonym-group key (`soldats` and `troupes` share one).
    pub counted: Option<String>,
    /// The counted noun as written.
    pub counted_text: Option<String>,
    /// How the figure was written, for corrections in the same style.
    pub style: Style,
    /// The person a figure stands beside as an apposition (`Ann Doe, 44 ans,`), as a
    /// folded name: an age is only ever compared with that person's age. For a count
    /// of occurrences, the name of what the event happened to (`Brannagh was struck
    /// twice`).
    pub about: Option<String>,
    /// Its clause dates it before the text's own time (`31 % des voix il y a quatre
    /// ans`, `last year`): a figure of another time, never a rival of today's.
    #[serde(default)]
    pub earlier: bool,
    /// Its clause gives it as a target, an expectation or a possibility (`un objectif
    /// de 900 à terme`, `could reach 40`), not as a count of what is.
    #[serde(default)]
    pub projected: bool,
}

impl Quantity {
    /// The values this figure allows, given its qualifier.
    pub fn interval(&self) -> (f64, f64) {
        match self.qualifier {
            Qualifier::Exact => (self.low * EXACT_SPREAD.0, self.high * EXACT_SPREAD.1),
            Qualifier::Approximate => (
                self.low * APPROXIMATE_SPREAD.0,
                self.high * APPROXIMATE_SPREAD.1,
            ),
            Qualifier::AtLeast => (self.low, f64::INFINITY),
            Qualifier::AtMost => (0.0, self.high),
            Qualifier::Range => (self.low, self.high),
        }
    }

    /// Whether two figures are amounts of one unit. A scaled figure whose noun only
    /// money measures but which names no currency (`85 millions d'investissement`,
    /// in a heading) is an amount of money, in whatever currency its text uses.
    pub fn same_unit(&self, other: &Quantity) -> bool {
        let money = |q: &Quantity| matches!(q.unit, Unit::Currency(_));
        self.unit == other.unit
            || (self.money_without_currency() && money(other))
            || (other.money_without_currency() && money(self))
    }

    fn money_without_currency(&self) -> bool {
        self.unit == Unit::Count
            && self.style.multiplier.is_some()
            && self
                .counted_text
                .as_deref()
                .is_some_and(|t| measures::is_money_measure(&fold(t)))
    }

    /// Whether two figures can both be true.
    pub fn compatible(&self, other: &Quantity) -> bool {
        let (a, b) = self.interval();
        let (c, d) = other.interval();
        a <= d && c <= b
    }

    /// Whether this lower bound says more than a source's lower bound of the same
    /// thing can back. A source writes `plus de 4 000` for a count it rounds down
    /// to its last significant digit: the count is under 5 000, or it would have
    /// said `plus de 5 000`. A draft's `more than 6,000` is then no reading of it,
    /// though both bounds allow 7,000; `more than 4,500` still is. A figure of the
    /// draft under the source's bound (`more than 3,000`) is weaker, and true.
    pub fn floor_beyond(&self, source: &Quantity) -> bool {
        self.qualifier == Qualifier::AtLeast
            && source.qualifier == Qualifier::AtLeast
            && self.low >= rounding_ceiling(source.low)
    }
}

/// The first value a figure rounded down to its last significant digit does not
/// cover: `4 000` → 5 000, `130 000` → 140 000, `2 300` → 2 400, `12,5` → 12,6.
fn rounding_ceiling(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return f64::INFINITY;
    }
    let whole = |v: f64| (v - v.round()).abs() < 1e-6;
    let mut step = 1.0;
    if whole(x) {
        while step < 1e15 && whole(x / (step * 10.0)) {
            step *= 10.0;
        }
    } else {
        while step > 1e-6 && !whole(x / step) {
            step /= 10.0;
        }
    }
    x + step
}

/// Qualifiers that are verbs stay outside the claim's span: the figure is the value.
fn is_verb_qualifier(q: &str) -> bool {
    lexicon::any(|l| l.verb_qualifiers, q)
}

/// The quantities of one sentence. `taken` are spans other extractors own (dates).
pub fn find(sentence: &str, taken: &[Span]) -> Vec<Found<Quantity>> {
    let mut numbers: Vec<NumberMatch> = find_numbers(sentence);
    for w in find_occurrence_words(sentence) {
        if !numbers.iter().any(|n| n.span.overlaps(w.span)) {
            numbers.push(w);
        }
    }
    numbers.sort_by_key(|n| n.span.start);
    numbers.retain(|n| !taken.iter().any(|t| t.overlaps(n.span)));
    let mut out: Vec<Found<Quantity>> = Vec::new();
    // What the figures before counted: the last thing, and the last span of time,
    // which a later figure counts only when nothing else was counted.
    let mut previous_counted: Option<(String, String, Unit)> = None;
    let mut previous_time: Option<(String, String, Unit)> = None;
    let mut i = 0;
    while i < numbers.len() {
        let n = &numbers[i];
        if n.year_like
            && (!followed_by_noun(sentence, n.span.end) || after_year_word(sentence, n))
            && !set_against_figure(sentence, &numbers[..i], n)
        {
            i += 1;
            continue;
        }
        let mut low = n.value;
        let mut high = n.value;
        let mut qualifier = if n.approximate {
            Qualifier::Approximate
        } else {
            Qualifier::Exact
        };
        let mut start = n.span.start;
        let mut end = n.span.end;
        // A range: `entre X et Y`, `between X and Y`, `de X à Y`, `X à Y`, `X-Y`.
        if let Some(m) = numbers.get(i + 1) {
            let gap = fold(&sentence[n.span.end..m.span.start]);
            // Money writes its sign at both ends (`$3.2 billion to $3.4 billion`): the
            // second sign is no part of the link.
            let sign = sign_before(sentence, n.span.start);
            let signed_twice = sign.and_then(|c| gap.trim().strip_suffix(c));
            let gap = signed_twice.unwrap_or(&gap).trim();
            let dash = lexicon::RANGE_DASHES.contains(&gap);
            if (dash || lexicon::any(|l| l.range_links, gap)) && m.value > n.value && !m.year_like {
                let opener_at = sign.map_or(n.span.start, |c| n.span.start - c.len_utf8());
                let before = before_words(sentence, opener_at, 1);
                let opener = lexicon::any(|l| l.range_openers, &before);
                // Two amounts, each with its sign, read as a range only when the link
                // is one of ranges, they are of one order, and no verb of change makes
                // the first a change and the second a level (`rose $300 million to
                // $3.4 billion`).
                let money_range = signed_twice.is_some()
                    && measures::is_money_range_link(gap)
                    && m.value <= MONEY_RANGE_MAX_RATIO * n.value
                    && !measures::is_change_word(&before);
                if opener || dash || money_range || lexicon::any(|l| l.bare_range_links, gap) {
                    low = range_low(n, m);
                    high = m.value;
                    qualifier = Qualifier::Range;
                    if opener {
                        start = word_start_before(sentence, opener_at);
                    }
                    end = m.span.end;
                    i += 1;
                }
            }
        }
        // A verb qualifier is no part of the claim, but a reader points at it too.
        let mut verb_start = None;
        if qualifier != Qualifier::Range {
            if let Some((q, kind, q_start)) = qualifier_before(sentence, start) {
                qualifier = kind;
                if !is_verb_qualifier(q) {
                    start = q_start;
                } else {
                    verb_start = Some(q_start);
                }
            }
        }
        let fix_start = if qualifier == Qualifier::Range {
            start_of_value(sentence, start, end).unwrap_or(n.span.start)
        } else {
            n.span.start
        };
        // A count of occurrences counts its event; a ratio or a rate is no figure.
        match occurrence::read(sentence, n, end, start) {
            Reading::NotAFigure => {
                i += 1;
                continue;
            }
            Reading::Count(o) => {
                let with_word = o.with_word && qualifier != Qualifier::Range;
                out.push(Found {
                    value: Quantity {
                        low,
                        high,
                        qualifier,
                        unit: Unit::Times,
                        counted: Some(o.event.0),
                        counted_text: Some(o.event.1),
                        style: Style {
                            times: with_word,
                            ..n.style.clone()
                        },
                        about: o.about,
                        earlier: false,
                        projected: false,
                    },
                    span: Span::new(start, o.end),
                    extent: Span::new(verb_start.unwrap_or(start).min(o.extent_start), o.end),
                    fix_span: Span::new(
                        fix_start,
                        if with_word {
                            o.fix_end
                        } else {
                            end_without_unit(sentence, end)
                        },
                    ),
                });
                i += 1;
                continue;
            }
            Reading::Other => {}
        }
        // Unit and what is counted, after the figure.
        let rest = &sentence[end..];
        let mut unit = Unit::Count;
        let mut after = end;
        let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        let ws = rest.len() - trimmed.len();
        if trimmed.starts_with('%') {
            unit = Unit::Percent;
            end += ws + 1;
            after = end;
        } else {
            let lower = trimmed.to_lowercase();
            for w in lexicon::LEXICONS
                .iter()
                .flat_map(|l| l.percent.iter().copied())
            {
                if lower.starts_with(w) {
                    unit = Unit::Percent;
                    after = end + ws + w.len();
                }
            }
        }
        let before_char = sentence[..n.span.start].chars().next_back();
        if let Some(ch) = before_char {
            if let Some(c) = units::currency(&ch.to_string()) {
                unit = Unit::Currency(c);
                start = start.min(n.span.start - ch.len_utf8());
            }
        }
        let mut noun_end = after;
        let (mut counted, mut counted_text) =
            counted_after(sentence, after, &mut unit, &mut noun_end);
        // A value on a scale is the scale's, whatever noun follows: `a magnitude 7.1
        // earthquake` measures a magnitude, as `un séisme de magnitude 7,1` does.
        let mut scale_start = start;
        if let Some((k, t, at)) = scale_right_before(sentence, start) {
            (counted, counted_text) = (Some(k), Some(t));
            noun_end = after;
            // A reader points at the scale as much as at its value.
            scale_start = at;
        }
        // After a French scale word, what is counted follows `de` (`32 millions de
        // voyageurs`): the word right after it is not that (`32 millions iront aux
        // écoles`).
        if counted.is_some() && french_scale(&n.style) && !linked_after(sentence, after) {
            (counted, counted_text) = (None, None);
            noun_end = after;
        }
        if counted.is_none()
            && matches!(unit, Unit::Currency(_))
            && before_char.is_some_and(|c| units::currency(&c.to_string()).is_some())
        {
            (counted, counted_text) = purpose_after(sentence, after);
        }
        // A verb of claiming before money says it is an amount claimed (`is seeking
        // $4 million from the city`), as a lawsuit's amount is.
        if counted.is_none() && matches!(unit, Unit::Currency(_)) {
            (counted, counted_text) = claimed_by_verb_before(sentence, start).unzip();
        }
        // A verb of harm before a figure names what it counts (`killing four people
        // and injuring 58`), whatever the figure before counted.
        // People in general take what the verb says they are (`killing four people`
        // counts the dead, as `four people were killed` does).
        // People of a kind take it only when it harmed them (`killed six workers`
        // counts the dead): `evacuating 40 pupils` still counts pupils.
        let people = counted.is_some() && counted.as_deref() == units::people_key();
        let kind_of_people = counted.as_deref().is_some_and(units::names_people);
        let (counted, counted_text) = match counted {
            None => match counted_by_verb_before(sentence, start) {
                Some((k, t)) => (Some(k), Some(t)),
                None => (None, None),
            },
            Some(_) if people || kind_of_people => match counted_by_verb_before(sentence, start) {
                Some((k, _)) if people || units::is_harm(&k) => (Some(k), counted_text),
                _ => (counted, counted_text),
            },
            some => (some, counted_text),
        };
        let carried = [&previous_counted, &previous_time]
            .into_iter()
            .flatten()
            .find(|(_, _, u)| *u == unit);
        let (counted, counted_text) = match (counted, carried) {
            (Some(k), _) => (Some(k), counted_text),
            (None, Some((k, t, _))) => (Some(k.clone()), Some(t.clone())),
            _ => measured_before(sentence, start).unzip(),
        };
        // The whole a part was counted of (`420 grévistes sur les 1 400 salariés`) is
        // not what a later figure that names nothing counts: the part is (`le
        // syndicat en revendique plus de 800`). A whole set first frames the figures
        // after it (`Sur les 450 millions d'euros d'investissement, 120 millions`).
        let whole = previous_counted.is_some() && is_whole_of_part(sentence, start);
        if let (Some(k), Some(t), false) = (&counted, &counted_text, whole) {
            let slot = if units::is_time_span(k) {
                &mut previous_time
            } else {
                &mut previous_counted
            };
            *slot = Some((k.clone(), t.clone(), unit.clone()));
        }
        // `38 voix contre 11`: a reader points at the word that sets the figure
        // against the one before as much as at the figure.
        let link_start = tokens_before(sentence, start, 1)
            .last()
            .filter(|t| {
                measures::is_opposing_link(&t.norm) && sentence[t.span.end..start].trim().is_empty()
            })
            .map(|t| t.span.start);
        out.push(Found {
            value: Quantity {
                low,
                high,
                qualifier,
                unit,
                about: counted
                    .as_deref()
                    .is_none_or(units::is_age)
                    .then(|| apposed_to(sentence, start, noun_end))
                    .flatten(),
                counted,
                counted_text,
                style: n.style.clone(),
                earlier: false,
                projected: false,
            },
            span: Span::new(start, end),
            extent: Span::new(
                verb_start
                    .or(link_start)
                    .unwrap_or(start)
                    .min(start)
                    .min(scale_start),
                noun_end.max(end),
            ),
            fix_span: Span::new(
                fix_start,
                if qualifier == Qualifier::Range {
                    end_without_unit(sentence, end)
                } else {
                    n.span.end
                },
            ),
        });
        i += 1;
    }
    if !out.is_empty() {
        let toks = crate::text::tokens_shared(sentence);
        let breaks = crate::claims::context::clause_breaks(sentence);
        for f in &mut out {
            let (a, b) = crate::claims::context::clause_in(&breaks, sentence.len(), f.span);
            let norms: Vec<&str> = toks
                .iter()
                .filter(|t| t.span.start >= a && t.span.end <= b)
                .map(|t| t.norm.as_str())
                .collect();
            f.value.earlier = calendar::dated_earlier(&norms);
            // A target or an expectation governs the figure from close by (`pourrait
            // s'étendre à 900`, `900 à terme`), not from anywhere in a long clause.
            let before = toks
                .iter()
                .position(|t| t.span.end > f.span.start)
                .unwrap_or(toks.len());
            let after = toks
                .iter()
                .position(|t| t.span.start >= f.span.end)
                .unwrap_or(toks.len());
            let near: Vec<&str> = toks[before.saturating_sub(PROJECTION_REACH_BEFORE)..before]
                .iter()
                .chain(&toks[after..(after + PROJECTION_REACH_AFTER).min(toks.len())])
                .filter(|t| t.span.start >= a && t.span.end <= b)
                .map(|t| t.norm.as_str())
                .collect();
            f.value.projected = calendar::projected(&near);
        }
    }
    out
}

/// How many words before a figure a target or an expectation may stand and govern
/// it (`s'attend à l'envoi de 900`), and after it (`900 pompiers à terme`).
const PROJECTION_REACH_BEFORE: usize = 6;
const PROJECTION_REACH_AFTER: usize = 4;

/// A scaled figure that names no unit (`contre 1,2 milliard en 2023`) after money
/// (`2,9 milliards d'euros`) is money too: writers drop the currency the second
/// time. `before` is the unit of the last scaled figure of the sentence before, in
/// the same paragraph.
pub fn carry_currency(found: &mut [Found<Quantity>], before: Option<Unit>) {
    let mut last = before;
    for f in found.iter_mut() {
        let q = &mut f.value;
        if q.style.multiplier.is_none() {
            continue;
        }
        match (&q.unit, &last) {
            (Unit::Count, Some(Unit::Currency(c))) if q.counted.is_none() => {
                q.unit = Unit::Currency(c);
            }
            _ => last = Some(q.unit.clone()),
        }
    }
}

/// The unit of the last scaled figure (`2,9 milliards d'euros`) of a sentence.
pub fn last_scaled_unit(sentence: &str, taken: &[Span]) -> Option<Unit> {
    if !sentence.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut found = find(sentence, taken);
    carry_currency(&mut found, None);
    found
        .into_iter()
        .rev()
        .find(|f| f.value.style.multiplier.is_some())
        .map(|f| f.value.unit)
}

/// A qualifier phrase right before `at`: (phrase, kind, where it starts).
fn qualifier_before(sentence: &str, at: usize) -> Option<(&'static str, Qualifier, usize)> {
    // Each phrase with its words, every language's, as tokens fold them.
    static PHRASES: LazyLock<Vec<(&str, Qualifier, Vec<String>)>> = LazyLock::new(|| {
        lexicon::all(|l| l.qualifiers)
            .into_iter()
            .map(|(q, kind)| (q, kind, tokens(q).into_iter().map(|t| t.norm).collect()))
            .collect()
    });
    let longest = PHRASES.iter().map(|(_, _, w)| w.len()).max().unwrap_or(0);
    let head = tokens_before(sentence, at, longest + 1);
    let last = head.last()?;
    if !sentence[last.span.end..at].trim().is_empty() {
        return None;
    }
    for (q, kind, words) in PHRASES.iter() {
        if words.len() <= head.len()
            && head[head.len() - words.len()..]
                .iter()
                .zip(words)
                .all(|(t, w)| t.norm == *w)
        {
            // `la rivière est montée jusqu'à 6,90 mètres`: the level reached, no ceiling.
            let verb = head.len().checked_sub(words.len() + 1).map(|k| &head[k]);
            if *kind == Qualifier::AtMost && verb.is_some_and(|t| reached(&t.norm)) {
                return None;
            }
            return Some((q, *kind, head[head.len() - words.len()].span.start));
        }
    }
    None
}

/// A past form of a verb of rising or falling (`montée`, `grimpé`, `culminait`),
/// after which `jusqu'à` says where it went, not a ceiling (`pourrait monter
/// jusqu'à` stays one).
fn reached(folded: &str) -> bool {
    ["mont", "grimp", "culmin", "elev", "descend", "chut"]
        .iter()
        .any(|stem| {
            folded.strip_prefix(stem).is_some_and(|rest| {
                matches!(
                    rest,
                    "e" | "ee" | "es" | "ees" | "ait" | "aient" | "u" | "ue" | "us" | "ues"
                )
            })
        })
}

/// The start of the first figure in `sentence[start..]` (skipping `entre`, `between`).
/// The first digit of a range, after its opener (`entre `); `None` for a range
/// written in words (`entre deux et trois mille`), whose first number is its start.
fn start_of_value(sentence: &str, start: usize, end: usize) -> Option<usize> {
    sentence[start..end]
        .find(|c: char| c.is_ascii_digit())
        .map(|i| start + i)
}

fn end_without_unit(sentence: &str, end: usize) -> usize {
    let s = &sentence[..end];
    let t = s.trim_end_matches(['%', ' ', '\u{a0}', '\u{202f}']);
    t.len()
}

/// Folded words just before `at`, up to `n` of them, joined by spaces.
fn before_words(sentence: &str, at: usize, n: usize) -> String {
    let toks = tokens_before(sentence, at, n);
    let from = toks.len().saturating_sub(n);
    toks[from..]
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The currency sign written right before `at` (`$`, `€`, `£`), if any.
fn sign_before(sentence: &str, at: usize) -> Option<char> {
    sentence[..at]
        .chars()
        .next_back()
        .filter(|c| units::currency(&c.to_string()).is_some())
}

fn word_start_before(sentence: &str, at: usize) -> usize {
    tokens_before(sentence, at, 1)
        .last()
        .map(|t| t.span.start)
        .unwrap_or(at)
}

/// Whether a four-digit figure follows a preposition of time (`in 2024 killed six
/// workers`, `en 2024`): it is a year, whatever word comes after it.
fn after_year_word(sentence: &str, n: &NumberMatch) -> bool {
    tokens_before(sentence, n.span.start, 1)
        .last()
        .is_some_and(|t| {
            calendar::YEAR_PREPOSITIONS.contains(&t.norm.as_str())
                && sentence[t.span.end..n.span.start].trim().is_empty()
        })
}

/// A four-digit figure counts something only when a noun follows it (`1945 soldats`).
fn followed_by_noun(sentence: &str, at: usize) -> bool {
    let Some(t) = tokens_after(sentence, at, 1).into_iter().next() else {
        return false;
    };
    let gap = &sentence[at..at + t.span.start];
    gap.trim().is_empty()
        && !t.capitalized
        && !stopwords::is_stopword(&t.norm)
        && calendar::month(&t.norm).is_none()
        && calendar::weekday(&t.norm).is_none()
        && t.norm.chars().all(char::is_alphabetic)
}

/// The noun after a figure (`vols`, `d'euros`, `des vols`), as a synonym key and as
/// written. A currency word sets the unit instead. `noun_end` is moved to the end of
/// the noun or currency word.
fn counted_after(
    sentence: &str,
    at: usize,
    unit: &mut Unit,
    noun_end: &mut usize,
) -> (Option<String>, Option<String>) {
    let toks = tokens_after(sentence, at, 6);
    let mut k = 0;
    // Nothing but spaces, and at most one link word, may stand between.
    let mut last_end = 0;
    let mut possessive = false;
    while let Some(t) = toks.get(k) {
        let gap = &sentence[at + last_end..at + t.span.start];
        // A unit joined to its figure by a hyphen is what it measures: `3-nanometer
        // chips`, `a 4-inch blade`.
        let joined = k == 0 && gap == "-";
        if !gap.trim().is_empty() && !joined {
            return (None, None);
        }
        let after_link = k >= 1
            && toks
                .get(k - 1)
                .is_some_and(|p| units::LINKS.contains(&p.norm.as_str()));
        if !joined
            && ((units::LINKS.contains(&t.norm.as_str()) && k < 2)
                || (measures::is_counted_adjective(&t.norm) && k < 3)
                || (after_link && k < 3 && units::PARTITIVE_DETERMINERS.contains(&t.norm.as_str())))
        {
            last_end = t.span.end;
            k += 1;
            continue;
        }
        // Said to be planned (`sur 400 prévus`): what it counts is named before it,
        // but a reader points at the word too.
        if !joined && measures::is_planned_word(&t.norm) && k < 3 {
            *noun_end = at + t.span.end;
            last_end = t.span.end;
            k += 1;
            continue;
        }
        // The subject of a passive counts what its participle names, when that is a
        // thing counted: `58 were injured`, `12 ont été blessés`.
        if k == 0 {
            if let Some(p) = counted_participle(sentence, at, &toks) {
                *noun_end = at + p.span.end;
                let text = &sentence[at + p.span.start..at + p.span.end];
                return (units::counted_key(&p.norm), Some(text.to_string()));
            }
        }
        if let Some(c) = units::currency(&t.norm) {
            *unit = Unit::Currency(c);
            *noun_end = at + t.span.end;
            return purpose_after(sentence, at + t.span.end);
        }
        // A possessive after the link stands for a determiner: `14 of the
        // assembly's 35 seats`.
        if after_link && k < 4 && t.norm.ends_with('\'') && t.norm.len() > 2 {
            last_end = t.span.end;
            k += 1;
            possessive = true;
            if toks.get(k).is_some_and(|s| s.norm == "s") {
                last_end = toks[k].span.end;
                k += 1;
            }
            continue;
        }
        // A part of a whole counts what the whole counts: `14 des 35 sièges`, `three
        // of its five plants`.
        if (after_link || possessive)
            && k < 5
            && t.norm.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            let whole = at + t.span.end;
            let mut whole_unit = unit.clone();
            let mut whole_end = whole;
            let (key, text) = counted_after(sentence, whole, &mut whole_unit, &mut whole_end);
            if key.is_some() && whole_unit == Unit::Count {
                *noun_end = whole_end;
                return (key, text);
            }
            return (None, None);
        }
        if stopwords::is_stopword(&t.norm)
            || units::is_time_adverb(&t.norm)
            || t.norm.chars().any(|c| c.is_ascii_digit())
            || calendar::month(&t.norm).is_some()
            || calendar::weekday(&t.norm).is_some()
        {
            return (None, None);
        }
        // A noun of more words is one thing counted where the lexicon lists it
        // joined (`bureaux de vote`, `polling stations`, `square kilometres`).
        if let Some((key, end)) = compound_after(sentence, at, &toks[k..]) {
            *noun_end = at + end;
            let text = &sentence[at + t.span.start..at + end];
            return (Some(key), Some(text.to_string()));
        }
        // A compound names its head last: `$260 million restructuring charge`.
        let t = match toks.get(k + 1) {
            Some(h)
                if measures::is_measure(&h.norm)
                    && sentence[at + t.span.end..at + h.span.start]
                        .trim()
                        .is_empty() =>
            {
                h
            }
            _ => t,
        };
        let text = &sentence[at + t.span.start..at + t.span.end];
        *noun_end = at + t.span.end;
        let key = units::counted_key(&t.norm);
        // People said to have been killed, hurt or evacuated are counted as such:
        // `640 personnes ont été tuées` counts the dead, as `640 dead` does.
        if key.is_some() && key.as_deref() == units::people_key() {
            if let Some(p) = predicate_count(sentence, at + t.span.end) {
                return (Some(p), Some(text.to_string()));
            }
        }
        // People of a kind said to have been killed or hurt are counted as the dead or
        // hurt (`six workers were killed`), as a verb before them says (`killed six
        // workers`).
        if key.as_deref().is_some_and(units::names_people) {
            if let Some(p) =
                predicate_count(sentence, at + t.span.end).filter(|p| units::is_harm(p))
            {
                return (Some(p), Some(text.to_string()));
            }
        }
        return (key, Some(text.to_string()));
    }
    (None, None)
}

/// A thing counted named in two or three words, `toks` from its first (the words
/// after a figure at `at`): the lexicon lists such a noun with hyphens for its
/// spaces, in either word order (`polling-stations`, `kilomètres-carrés`,
/// `bureaux-de-vote`). (Its key, where it ends after `at`.)
fn compound_after(sentence: &str, at: usize, toks: &[Token]) -> Option<(String, usize)> {
    let first = toks.first()?;
    let mut joined = first.norm.clone();
    let mut last_end = first.span.end;
    let mut found = None;
    for t in toks.iter().skip(1).take(2) {
        if !sentence[at + last_end..at + t.span.start].trim().is_empty() {
            break;
        }
        joined.push('-');
        joined.push_str(t.norm.trim_end_matches('\''));
        last_end = t.span.end;
        if bilingual::is_counted_form(&joined) {
            found = bilingual::counted_concept_of(&joined).map(|k| (k.to_string(), last_end));
        }
    }
    found
}

/// What the predicate right after a noun of people says they are, when it names a
/// thing counted (`ont péri`, `were injured`, `blessées`, `died`): its key.
fn predicate_count(sentence: &str, at: usize) -> Option<String> {
    let toks = tokens_after(sentence, at, 4);
    let (_, t) = known_count_after(sentence, at, &toks, 3)?;
    let key = units::counted_key(&t.norm)?;
    (Some(key.as_str()) != units::people_key()).then_some(key)
}

/// What the verb right before a figure says it counts (`injuring 58`): (key, the
/// verb as written).
fn counted_by_verb_before(sentence: &str, at: usize) -> Option<(String, String)> {
    let toks = tokens_before(sentence, at, 1);
    let t = toks.last()?;
    if !sentence[t.span.end..at].trim().is_empty() {
        return None;
    }
    let participle = units::counted_by_verb(&t.norm)?;
    let text = &sentence[t.span.start..t.span.end];
    Some((units::counted_key(&participle)?, text.to_string()))
}

/// The scale named right before a figure, or before the link that joins them
/// (`magnitude 7.1`, `de magnitude 7,1`, `catégorie 4`, `level of 3`): (key, as
/// written).
fn scale_right_before(sentence: &str, at: usize) -> Option<(String, String, usize)> {
    let toks = tokens_before(sentence, at, 2);
    let mut end = at;
    for t in toks.iter().rev() {
        if !sentence[t.span.end..end].trim().is_empty() {
            return None;
        }
        if measures::is_scale(&t.norm) {
            let text = &sentence[t.span.start..t.span.end];
            return Some((units::counted_key(&t.norm)?, text.to_string(), t.span.start));
        }
        if !matches!(t.norm.as_str(), "de" | "d'" | "of") || end != at {
            return None;
        }
        end = t.span.start;
    }
    None
}

/// What a verb of claiming right before money says it is (`seeking $4 million`):
/// (the key of a claim, the verb as written).
fn claimed_by_verb_before(sentence: &str, at: usize) -> Option<(String, String)> {
    let toks = tokens_before(sentence, at, 1);
    let t = toks.last()?;
    if !sentence[t.span.end..at].trim().is_empty() {
        return None;
    }
    let noun = measures::claim_of_verb(&t.norm)?;
    let text = &sentence[t.span.start..t.span.end];
    Some((units::counted_key(noun)?, text.to_string()))
}

/// Whether a number that reads like a year is a figure set against the figure before
/// it (`près de 3 000 hectares, contre 1200 la veille`): an opposing link right before
/// it, after a figure of its order that is no year.
fn set_against_figure(sentence: &str, before: &[NumberMatch], n: &NumberMatch) -> bool {
    let Some(prev) = before.last().filter(|p| !p.year_like) else {
        return false;
    };
    let linked = tokens_before(sentence, n.span.start, 1)
        .last()
        .is_some_and(|t| {
            measures::is_opposing_link(&t.norm)
                && sentence[t.span.end..n.span.start].trim().is_empty()
        });
    linked && prev.value <= 10.0 * n.value && n.value <= 10.0 * prev.value
}

/// Whether the words right before a figure make it the whole a part is counted of
/// (`sur les 1 400 salariés`, `sur 31`, `out of 1,400`, `parmi les 300`).
fn is_whole_of_part(sentence: &str, at: usize) -> bool {
    let toks = tokens_before(sentence, at, 2);
    let words: Vec<&str> = toks.iter().rev().take(2).map(|t| t.norm.as_str()).collect();
    match words.as_slice() {
        ["sur", ..] | ["les" | "ses" | "leurs", "sur" | "parmi"] | ["of", "out"] => toks
            .last()
            .is_some_and(|t| sentence[t.span.end..at].trim().is_empty()),
        _ => false,
    }
}

/// The low end of a range whose high end alone writes its order of magnitude: `8 à
/// 9.000` is 8 000 to 9 000, as `entre 2 et 3 millions` is two to three million.
/// A low end of its own order (`entre 5 et 120 000`, too far below) stays as written.
fn range_low(low: &NumberMatch, high: &NumberMatch) -> f64 {
    let bare = low.style.group.is_none() && low.style.multiplier.is_none() && low.value < 1000.0;
    if !bare || high.value < 1000.0 {
        return low.value;
    }
    let scale = match &high.style.multiplier {
        Some((_, m)) => *m,
        None => 1000f64.powi((high.value.log10() / 3.0).floor() as i32),
    };
    let scaled = low.value * scale;
    if scaled <= high.value && scaled * 10.0 >= high.value {
        scaled
    } else {
        low.value
    }
}

/// The participle after a figure's auxiliaries (`were injured`, `ont été blessés`),
/// when it is a noun of a thing counted; `toks` are the words after the figure, at
/// `at`.
fn counted_participle<'a>(sentence: &str, at: usize, toks: &'a [Token]) -> Option<&'a Token> {
    known_count_after(sentence, at, toks, 2)
        .filter(|(auxiliaries, _)| *auxiliaries > 0)
        .map(|(_, t)| t)
}

/// The first word of `toks` (the words after `at`) past at most `max_auxiliaries`
/// auxiliaries, with nothing but spaces between, when it is a noun of a thing counted:
/// (how many auxiliaries came before it, the word).
fn known_count_after<'a>(
    sentence: &str,
    at: usize,
    toks: &'a [Token],
    max_auxiliaries: usize,
) -> Option<(usize, &'a Token)> {
    let mut last_end = 0;
    for (j, t) in toks.iter().enumerate() {
        if !sentence[at + last_end..at + t.span.start].trim().is_empty() {
            return None;
        }
        let auxiliary = crate::lang::attribution::is_passive_auxiliary(&t.norm)
            || matches!(t.norm.as_str(), "have" | "has" | "had" | "ont" | "avaient");
        if auxiliary && j < max_auxiliaries {
            last_end = t.span.end;
            continue;
        }
        return units::is_known_count(&t.norm).then_some((j, t));
    }
    None
}

/// Whether a figure's scale word is French (`millions`, `milliards`): English writes
/// `million` and `billion` after a number.
fn french_scale(style: &Style) -> bool {
    style
        .multiplier
        .as_ref()
        .is_some_and(|(w, _)| matches!(fold(w).as_str(), "millions" | "milliards" | "milliard"))
}

/// Whether the first word after `at` is a link (`de`, `d'`).
fn linked_after(sentence: &str, at: usize) -> bool {
    tokens_after(sentence, at, 1)
        .first()
        .is_some_and(|t| units::LINKS.contains(&t.norm.as_str()))
}

/// The name a figure is set beside, between commas (`Ann Doe, 44 ans,`, `Ann Doe,
/// 44, said`): the folded last word of the capitalised name before the comma.
fn apposed_to(sentence: &str, start: usize, end: usize) -> Option<String> {
    let before = sentence[..start].trim_end_matches([' ', '\u{a0}']);
    let before = before.strip_suffix(',')?;
    let after = sentence[end..].trim_start_matches([' ', '\u{a0}']);
    // The apposition closes with a comma, a bracket or the sentence (`the death of
    // Ann Doe, 19.`).
    if !(after.starts_with([',', ')', '.', ';']) || after.is_empty()) {
        return None;
    }
    let toks = tokens_before(before, before.len(), 2);
    let last = toks.last()?;
    let at_sentence_start = toks.len() < 2;
    if !last.capitalized
        || at_sentence_start
        || !sentence[last.span.end..before.len()].trim().is_empty()
    {
        return None;
    }
    Some(last.norm.clone())
}

/// What money pays for, after its currency: `d'investissement`, `de dégâts`,
/// `consacrés à l'investissement`, `in funding`, `for repairs`.
fn purpose_after(sentence: &str, at: usize) -> (Option<String>, Option<String>) {
    let toks = tokens_after(sentence, at, 5);
    let mut last_end = 0;
    // After `in`, `for`, `of`, `pour` only a measure noun says what money is for:
    // `$220 million in the fourth quarter` is a when.
    let mut loose = false;
    for (k, t) in toks.iter().enumerate() {
        let gap = &sentence[at + last_end..at + t.span.start];
        if !gap.trim().is_empty() || k > 3 {
            break;
        }
        last_end = t.span.end;
        let link = units::LINKS.contains(&t.norm.as_str())
            || measures::is_purpose_link(&t.norm)
            || matches!(t.norm.as_str(), "a" | "l'" | "la" | "le" | "les" | "aux");
        if link {
            loose |= matches!(t.norm.as_str(), "in" | "for" | "of" | "pour");
            continue;
        }
        if loose && !measures::is_measure(&t.norm) {
            break;
        }
        // Only after a link: `7 millions d'euros supplémentaires` says nothing of what.
        if k == 0
            || stopwords::is_stopword(&t.norm)
            || t.capitalized
            || !t.norm.chars().all(char::is_alphabetic)
            || calendar::month(&t.norm).is_some()
            || calendar::weekday(&t.norm).is_some()
        {
            break;
        }
        let text = &sentence[at + t.span.start..at + t.span.end];
        return (units::counted_key(&t.norm), Some(text.to_string()));
    }
    (None, None)
}

/// How many words before a figure `measured_before` reads.
const MEASURE_WINDOW: usize = 14;

/// What an amount measures, named before it in its clause (`le déficit des hôpitaux à
/// 2,9 milliards`, `revenue fell 7% to $3.4 billion`, `Shares fell 4%`), or what it
/// counts after a count head (`the number of missing at 40`): (key, as written).
fn measured_before(sentence: &str, at: usize) -> Option<(String, String)> {
    // Complements may be long before the figure (`la part de l'hydroélectricité dans
    // l'électricité du pays passerait de`): only they, function words and words of
    // change are walked through, so a wide window reaches no other clause's noun.
    let toks = tokens_before(sentence, at, MEASURE_WINDOW);
    let (clause_start, _) = crate::claims::context::clause_of(sentence, Span::new(at, at));
    // A noun complement may stand between (`le déficit des hôpitaux publics à`).
    let mut complement_until: Option<usize> = None;
    // Two complements may follow each other (`Sales from its plants in Corvel`).
    let mut complements = 0;
    // A verb that names what money measures (`a perdu 6 millions`, `will return $5
    // million`), when no measure noun is named before it.
    let mut by_verb: Option<(String, String)> = None;
    // Only words of change stand between the figure and the last comma read: the
    // figure is set beside its measure (`Les ventes en Asie, en hausse de 12 %,`).
    let mut only_change = true;
    let mut saw_change = false;
    let mut commas_crossed = 0;
    for (seen, (i, t)) in toks.iter().enumerate().rev().enumerate() {
        if t.span.start < clause_start || seen > MEASURE_WINDOW {
            return by_verb;
        }
        if let Some(link) = complement_until {
            if i >= link {
                continue;
            }
        }
        let between = &sentence[t.span.end..at];
        // A figure's clause ends at a comma or a colon before it, unless the figure
        // only says how its measure changed.
        let commas = between.matches(',').count();
        if commas > commas_crossed {
            if commas == 1 && saw_change && only_change {
                commas_crossed = 1;
            } else {
                return by_verb;
            }
        }
        if between.contains([';', ':', '(', ')', '«', '»', '"']) {
            return by_verb;
        }
        let w = t.norm.as_str();
        saw_change |= measures::is_change_word(w);
        only_change &= measures::is_change_word(w)
            || stopwords::is_stopword(w)
            || w.chars().any(|c| c.is_ascii_digit());
        let text = &sentence[t.span.start..t.span.end];
        if by_verb.is_none() {
            by_verb = measures::measure_of_verb(w)
                .and_then(units::counted_key)
                .map(|k| (k, text.to_string()));
        }
        let figure_like = w.chars().any(|c| c.is_ascii_digit())
            || units::currency(w).is_some()
            || crate::lang::lexicon::LEXICONS
                .iter()
                .any(|l| l.percent.contains(&w));
        if figure_like
            || measures::is_change_word(w)
            || measures::measure_of_verb(w).is_some()
            || stopwords::is_stopword(w)
        {
            continue;
        }
        // What a count head counts is the last word of its phrase (`the number of
        // evacuees at`, `the number of people unaccounted for at`, `the number
        // unaccounted for at`).
        let after_count_head = (i.saturating_sub(3)..i).any(|j| {
            measures::is_count_head(&toks[j].norm) && toks[j + 1..i].iter().all(|x| !x.capitalized)
        });
        if after_count_head && !t.capitalized {
            return Some((units::counted_key(w)?, text.to_string()));
        }
        if measures::is_measure(w) {
            // A rate is the rate of its measure, in either word order: `le taux de
            // participation` is the turnout, as `the turnout rate` is.
            if measures::is_rate_head(w) {
                let french = toks
                    .get(i + 1)
                    .filter(|l| matches!(l.norm.as_str(), "de" | "d'"))
                    .and_then(|_| toks.get(i + 2));
                let english = i.checked_sub(1).and_then(|j| toks.get(j));
                for m in [french, english].into_iter().flatten() {
                    if measures::is_measure(&m.norm) && !measures::is_rate_head(&m.norm) {
                        let m_text = &sentence[m.span.start..m.span.end];
                        return Some((units::counted_key(&m.norm)?, m_text.to_string()));
                    }
                }
            }
            return Some((units::counted_key(w)?, text.to_string()));
        }
        // A measure and its adjective (`la taxe foncière`, `la dette publique`).
        if complement_until.is_none() && !t.capitalized && i >= 1 {
            let head = &toks[i - 1];
            if measures::is_measure(&head.norm)
                && sentence[head.span.end..t.span.start].trim().is_empty()
            {
                let head_text = &sentence[head.span.start..head.span.end];
                return Some((units::counted_key(&head.norm)?, head_text.to_string()));
            }
        }
        // A count head's plural counts the noun before it (`Passenger numbers`).
        if measures::is_count_head(w) && i >= 1 {
            let noun = &toks[i - 1];
            let plain = (!noun.capitalized || sentence[..noun.span.start].trim().is_empty())
                && !stopwords::is_stopword(&noun.norm)
                && noun.norm.chars().all(char::is_alphabetic);
            if plain && sentence[noun.span.end..t.span.start].trim().is_empty() {
                let noun_text = &sentence[noun.span.start..noun.span.end];
                return Some((units::counted_key(&noun.norm)?, noun_text.to_string()));
            }
        }
        // A complement may name a place (`les ventes en Asie`, `sales in Europe`), or
        // the whole a share is of (`la part de l'hydroélectricité dans l'électricité
        // du pays`).
        if complements < 3 {
            let link = (i.saturating_sub(3)..i).rev().find(|&j| {
                matches!(
                    toks[j].norm.as_str(),
                    "de" | "des" | "du" | "d'" | "of" | "from" | "dans"
                ) || (t.capitalized && matches!(toks[j].norm.as_str(), "en" | "in"))
            });
            if let Some(j) = link {
                complement_until = Some(j);
                complements += 1;
                continue;
            }
        }
        return by_verb;
    }
    by_verb
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(sentence, [(span as written, low, high, qualifier, counted as written)])`
    fn check(sentence: &str, expected: &[(&str, f64, f64, Qualifier, Option<&str>)]) {
        let found = find(sentence, &[]);
        let got: Vec<(&str, f64, f64, Qualifier, Option<String>)> = found
            .iter()
            .map(|f| {
                let q = &f.value;
                (
                    f.span.slice(sentence),
                    q.low,
                    q.high,
                    q.qualifier,
                    q.counted_text.clone(),
                )
            })
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(a, b, c, d, e)| (*a, *b, *c, *d, e.map(|s| s.to_string())))
            .collect();
        assert_eq!(got, want, "quantities of {sentence:?}");
    }

    /// Found by tests/properties.rs: a range written in words, with a digit later in
    /// the sentence, had its correctable part start at that digit, past its end.
    #[test]
    fn a_range_in_words_is_corrected_inside_itself() {
        let s =
            "Selon Odile Ferracci, entre deux et trois mille foyers ont été évacués le 1 novembre.";
        let got: Vec<(&str, &str)> = find(s, &[])
            .iter()
            .map(|f| (f.span.slice(s), f.fix_span.slice(s)))
            .collect();
        assert_eq!(got[0], ("entre deux et trois mille", "deux et trois mille"));
    }

    #[test]
    fn figures_with_qualifiers_and_nouns() {
        use Qualifier::*;
        check(
            "Environ 320 000 passagers ont été touchés.",
            &[(
                "Environ 320 000",
                320000.0,
                320000.0,
                Approximate,
                Some("passagers"),
            )],
        );
        check(
            "More than 1,100 firefighters",
            &[(
                "More than 1,100",
                1100.0,
                1100.0,
                AtLeast,
                Some("firefighters"),
            )],
        );
        check(
            "entre 30.000 et 32.000 hommes",
            &[(
                "entre 30.000 et 32.000",
                30000.0,
                32000.0,
                Range,
                Some("hommes"),
            )],
        );
        check(
            "62 % des vols ont été supprimés",
            &[("62 %", 62.0, 62.0, Exact, Some("vols"))],
        );
        // The measure right before its verb is what the amount measures.
        check(
            "le coût dépasse 15 millions d'euros",
            &[("15 millions", 15e6, 15e6, AtLeast, Some("coût"))],
        );
        check(
            "une dizaine de milliers de soldats",
            &[(
                "une dizaine de milliers",
                1e4,
                1e4,
                Approximate,
                Some("soldats"),
            )],
        );
    }

    /// A number like a year set against a figure is a figure; a year is a year.
    #[test]
    fn a_figure_set_against_another_is_no_year() {
        measures(
            "Le feu a parcouru près de 3 000 hectares, contre 1200 la veille.",
            &[
                ("près de 3 000", Some("hectares")),
                ("1200", Some("hectares")),
            ],
        );
        measures(
            "Le port a traité 3 000 navires en 2024, contre 2023 où.",
            &[("3 000", Some("navires"))],
        );
    }

    /// A figure that names nothing counts what the part before counts, not the whole
    /// it is counted of.
    #[test]
    fn a_later_figure_counts_the_part_not_the_whole() {
        measures(
            "La direction compte 420 grévistes sur les 1 400 salariés, alors que le syndicat en revendique plus de 800.",
            &[("420", Some("grévistes")), ("1 400", Some("salariés")), ("plus de 800", Some("grévistes"))],
        );
        measures(
            "Sur les 450 millions d'euros d'investissement, 120 millions d'euros iront à la région.",
            &[("450 millions", Some("investissement")), ("120 millions", Some("investissement"))],
        );
    }

    /// A low end written without the order of magnitude its high end writes takes it.
    #[test]
    fn a_range_low_end_takes_the_high_ends_magnitude() {
        use Qualifier::Range;
        check(
            "Quelque 8 à 9.000 foyers sont privés de courant.",
            &[("8 à 9.000", 8000.0, 9000.0, Range, Some("foyers"))],
        );
        check(
            "Les travaux coûteront entre 2 et 3 millions d'euros.",
            &[("entre 2 et 3 millions", 2e6, 3e6, Range, Some("coûteront"))],
        );
        check(
            "entre 5 et 120 000 personnes",
            &[("entre 5 et 120 000", 5.0, 120e3, Range, Some("personnes"))],
        );
        check(
            "entre 40 et 60 voitures",
            &[("entre 40 et 60", 40.0, 60.0, Range, Some("voitures"))],
        );
    }

    #[test]
    fn ranges_in_words() {
        check(
            "entre deux et trois ponts",
            &[(
                "entre deux et trois",
                2.0,
                3.0,
                Qualifier::Range,
                Some("ponts"),
            )],
        );
    }

    #[test]
    fn counted_noun_carries_over_within_a_sentence() {
        use Qualifier::*;
        check(
            "La préfecture compte 300 vols, quand le syndicat en compte 450.",
            &[
                ("300", 300.0, 300.0, Exact, Some("vols")),
                ("450", 450.0, 450.0, Exact, Some("vols")),
            ],
        );
    }

    /// Each pair's first figures count one thing (or, `false`, two things), in
    /// either language.
    #[test]
    fn compounds_rates_and_harm_name_one_thing_in_both_languages() {
        let key = |s: &str| find(s, &[])[0].value.counted.clone();
        for (a, b, same) in [
            (
                "Les 310 bureaux de vote ont fermé à 20 heures.",
                "The 310 polling stations closed at 8 p.m.",
                true,
            ),
            (
                "Le lac couvre 45 kilomètres carrés.",
                "The lake covers 45 square kilometres.",
                true,
            ),
            (
                "Le lac couvre 45 kilomètres carrés.",
                "The trail runs for 45 kilometres.",
                false,
            ),
            (
                "La pompe rejette 12 mètres cubes par seconde.",
                "The pump releases 12 cubic metres per second.",
                true,
            ),
            (
                "La commune compte 5 400 électeurs inscrits.",
                "The town has 5,400 registered voters.",
                true,
            ),
            (
                "Le taux de participation a atteint 48 %.",
                "Turnout reached 48%.",
                true,
            ),
            (
                "Le taux de chômage est de 7 %.",
                "The unemployment rate is 7%.",
                true,
            ),
            // People of a kind that a verb says were killed are the dead.
            (
                "L'incendie a fait 4 morts.",
                "The blaze killed four firefighters.",
                true,
            ),
            (
                "Quatre pompiers ont été tués.",
                "The blaze killed four firefighters.",
                true,
            ),
            // Not when it did them no harm.
            (
                "La navette a évacué 40 élèves.",
                "The shuttle carried 40 pupils.",
                true,
            ),
            (
                "Les sauveteurs ont évacué 40 élèves.",
                "The blaze killed 40 people.",
                false,
            ),
            (
                "Les 9 000 bulletins ont été comptés.",
                "Some 9,000 ballots were counted.",
                true,
            ),
            (
                "Plus de 130 000 électeurs ont voté.",
                "More than 130,000 people voted.",
                true,
            ),
        ] {
            assert_eq!(
                key(a) == key(b),
                same,
                "{a} / {b}: {:?} {:?}",
                key(a),
                key(b)
            );
        }
    }

    #[test]
    fn words_of_time_and_years_count_nothing() {
        // A word of time after a figure is no noun it counts.
        measures(
            "Le chômage est à 9 % aujourd'hui.",
            &[("9 %", Some("chômage"))],
        );
        measures("Unemployment is 9% today.", &[("9%", Some("Unemployment"))]);
        // A year after a preposition of time is a year, whatever follows it.
        measures(
            "A landslide in 2021 killed nine hikers.",
            &[("nine", Some("hikers"))],
        );
        // A share is of its whole, however many complements name it.
        measures(
            "La part du solaire dans l'électricité du pays passerait de 8 % à 15 %.",
            &[("8 %", Some("part")), ("15 %", Some("part"))],
        );
        measures(
            "Solar power's share of the grid would rise from 8% to 15%.",
            &[("8%", Some("share")), ("15%", Some("share"))],
        );
        // Lending names a loan; `pays` is a country, not a verb of paying.
        measures(
            "La banque prêtera 80 millions d'euros.",
            &[("80 millions", Some("prêtera"))],
        );
    }

    #[test]
    fn a_span_of_time_carries_over_only_when_nothing_else_was_counted() {
        measures(
            "Forty hikers walked for six days, and rangers found 12 of them.",
            &[
                ("Forty", Some("hikers")),
                ("six", Some("days")),
                ("12", Some("hikers")),
            ],
        );
        measures(
            "The first Ardel hearing lasted 9 days, the second 12.",
            &[("9", Some("days")), ("12", Some("days"))],
        );
    }

    #[test]
    fn years_are_not_quantities() {
        check("un record depuis 1995, en 2024 les prix", &[]);
        check(
            "Il a vu 1945 soldats",
            &[("1945", 1945.0, 1945.0, Qualifier::Exact, Some("soldats"))],
        );
    }

    /// `measures(sentence, [(figure as written, what it measures as written)])`
    fn measures(sentence: &str, expected: &[(&str, Option<&str>)]) {
        let got: Vec<(&str, Option<String>)> = find(sentence, &[])
            .iter()
            .map(|f| (f.span.slice(sentence), f.value.counted_text.clone()))
            .collect();
        let want: Vec<(&str, Option<String>)> = expected
            .iter()
            .map(|(a, b)| (*a, b.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "what the figures of {sentence:?} measure");
    }

    #[test]
    fn amounts_say_what_they_measure() {
        // The measure before the figure, across verbs of change and other figures.
        measures(
            "Quarterly sales fell 9% to $2.1 billion.",
            &[("9%", Some("sales")), ("$2.1 billion", Some("sales"))],
        );
        // People counted as what their predicate says they are.
        let dead = units::counted_key("morts");
        for sentence in [
            "Au moins 640 personnes ont été tuées.",
            "Dans la province, 1 350 personnes ont péri.",
            "Some 300 people died in the floods.",
            "At least 640 people were killed.",
            "The blast destroyed the depot, killing four people.",
        ] {
            let got: Vec<_> = find(sentence, &[])
                .into_iter()
                .map(|f| f.value.counted)
                .collect();
            assert_eq!(got, vec![dead.clone()], "{sentence}");
        }
        // Aid pledged is aid, as `une aide de` says.
        let key = |sentence: &str| {
            find(sentence, &[])
                .first()
                .and_then(|f| f.value.counted.clone())
        };
        assert!(key("The Relief Fund has pledged $50 million.").is_some());
        assert_eq!(
            key("The Relief Fund has pledged $50 million."),
            key("Le Fonds de secours a promis une aide de 120 millions de dollars.")
        );
        // A part counts what its whole counts.
        measures(
            "The Unity List took 12 of the council's 31 seats.",
            &[("12", Some("seats")), ("31", Some("seats"))],
        );
        measures(
            "La liste obtient 12 des 31 sièges du conseil.",
            &[("12", Some("sièges")), ("31", Some("sièges"))],
        );
        // A scale right before its value, whatever follows.
        measures(
            "A magnitude 6.4 earthquake hit the valley.",
            &[("6.4", Some("magnitude"))],
        );
        measures(
            "Un séisme de magnitude 6,4 a frappé la vallée.",
            &[("6,4", Some("magnitude"))],
        );
        measures(
            "Le déficit de la régie a atteint 12 millions d'euros.",
            &[("12 millions", Some("déficit"))],
        );
        measures(
            "Le maire a chiffré la dette de la ville à 80 millions d'euros.",
            &[("80 millions", Some("dette"))],
        );
        // What money pays for, after its currency.
        measures(
            "La région versera 6 millions d'euros d'aides, dont 2 millions d'euros consacrés à la voirie.",
            &[("6 millions", Some("aides")), ("2 millions", Some("voirie"))],
        );
        measures(
            "The county got $4 million in funding.",
            &[("$4 million", Some("funding"))],
        );
        // A when or a how is not a what.
        measures(
            "The port will book $30 million in the second half.",
            &[("$30 million", None)],
        );
        measures(
            "La ville touchera 3 millions d'euros supplémentaires.",
            &[("3 millions", None)],
        );
        // Who counts is not what is counted.
        measures("Le collectif en compte 450.", &[("450", None)]);
        // A count head puts what is counted after it.
        measures(
            "Officials put the number of evacuees at 900.",
            &[("900", Some("evacuees"))],
        );
        // Adjectives between a figure and its noun, and compounds named by their head.
        measures(
            "Exports have fallen for four straight months.",
            &[("four", Some("months"))],
        );
        measures(
            "The insurer took a $90 million restructuring charge.",
            &[("$90 million", Some("charge"))],
        );
    }

    #[test]
    fn what_a_figure_counts_after_its_verb_or_hyphen() {
        // The subject of a passive counts what its participle names, when that is a
        // thing counted; another participle says nothing of it.
        measures(
            "Two people died and 31 were injured in the blaze.",
            &[("Two", Some("people")), ("31", Some("injured"))],
        );
        measures(
            "Dans l'incendie, 12 ont été blessés.",
            &[("12", Some("blessés"))],
        );
        measures(
            "Of the 40 hikers, 9 were rescued.",
            &[("40", Some("hikers")), ("9", Some("hikers"))],
        );
        // A verb of harm before a figure names what it counts.
        measures(
            "The Varn avalanche buried six skiers, killing two and injuring 4.",
            &[
                ("six", Some("skiers")),
                ("two", Some("killing")),
                ("4", Some("injuring")),
            ],
        );
        measures(
            "The blast killed two people and injured 14.",
            &[("two", Some("people")), ("14", Some("injured"))],
        );
        measures(
            "L'explosion a tué 2 ouvriers, blessant 7.",
            &[("2", Some("ouvriers")), ("7", Some("blessant"))],
        );
        // A unit joined by a hyphen.
        measures(
            "The Osterby plant will etch 5-nanometer wafers.",
            &[("5", Some("nanometer"))],
        );
        measures("Police found a 6-inch blade.", &[("6", Some("inch"))]);
        // A figure said to be planned counts what the figure before it counts.
        measures(
            "La commune a livré 80 logements, sur 250 prévus.",
            &[("80", Some("logements")), ("250", Some("logements"))],
        );
        // A noun that a participle folds to is a noun.
        measures(
            "Le site publie 40 annonces immobilières.",
            &[("40", Some("annonces"))],
        );
        // A verb of claiming before money says it is an amount claimed, as a
        // lawsuit's is; before anything else it says nothing.
        measures(
            "The Dorne family is seeking $3 million from the hotel.",
            &[("$3 million", Some("seeking"))],
        );
        measures(
            "Le syndicat réclame 2 millions d'euros.",
            &[("2 millions", Some("réclame"))],
        );
        measures(
            "The prosecutor will seek 12 years.",
            &[("12", Some("years"))],
        );
        // A compound with a hyphenated modifier still names its head last.
        measures(
            "The Varga family filed a $3 million wrongful-death lawsuit.",
            &[("$3 million", Some("lawsuit"))],
        );
    }

    #[test]
    fn a_measure_is_found_across_tenses_adjectives_and_verbs() {
        // Any tense of a verb of change stands between a measure and its figure.
        measures(
            "Les recettes atteindront 9 millions d'euros.",
            &[("9 millions", Some("recettes"))],
        );
        // A measure with its adjective, and a measure with its `from` complement.
        measures(
            "La taxe communale augmentera de 3 %.",
            &[("3 %", Some("taxe"))],
        );
        measures(
            "Sales from cloud services jumped 30%.",
            &[("30%", Some("Sales"))],
        );
        // A verb that names what money measures.
        measures(
            "La fromagerie a perdu 2 millions d'euros.",
            &[("2 millions", Some("perdu"))],
        );
        measures(
            "The new ferry will cost $70 million.",
            &[("$70 million", Some("cost"))],
        );
        // What a count head counts is the last word of its phrase.
        measures(
            "Rescuers put the number of people missing at 12.",
            &[("12", Some("missing"))],
        );
        measures(
            "Rescuers put the number missing at 12.",
            &[("12", Some("missing"))],
        );
        // A figure set beside its measure says how the measure changed; a complement
        // may name a place.
        measures(
            "Les ventes en Europe, en hausse de 8 %, restent fragiles.",
            &[("8 %", Some("ventes"))],
        );
        measures("Sales in Europe rose 8%.", &[("8%", Some("Sales"))]);
        measures(
            "Sales from its plants in Corvel climbed 31%.",
            &[("31%", Some("Sales"))],
        );
        // A count head's plural counts the noun before it.
        measures(
            "Passenger numbers rose 9% to 3.4 million.",
            &[
                ("9%", Some("Passenger")),
                ("3.4 million", Some("Passenger")),
            ],
        );
        // A partitive's determiner stands between a figure and what it counts.
        measures(
            "The airline will retire three of its jets.",
            &[("three", Some("jets"))],
        );
        measures(
            "Le groupe fermera deux de ses usines.",
            &[("deux", Some("usines"))],
        );
        // After a French scale word, a noun follows `de`: a verb there counts nothing.
        measures(
            "Au total, 32 millions iront aux collèges.",
            &[("32 millions", None)],
        );
    }

    #[test]
    fn amounts_with_their_sign_at_both_ends() {
        use Qualifier::*;
        check(
            "Norvik forecast revenue of $1.1 billion to $1.3 billion.",
            &[(
                "$1.1 billion to $1.3 billion",
                1.1e9,
                1.3e9,
                Range,
                Some("revenue"),
            )],
        );
        // A change and the level it reached are two figures.
        measures(
            "Revenue rose $300 million to $3.4 billion.",
            &[
                ("$300 million", Some("Revenue")),
                ("$3.4 billion", Some("Revenue")),
            ],
        );
        measures(
            "Revenue grew $1.5 billion to $2.9 billion.",
            &[
                ("$1.5 billion", Some("Revenue")),
                ("$2.9 billion", Some("Revenue")),
            ],
        );
        // Two amounts joined by `and` are two amounts.
        let spans: Vec<&str> = {
            let s = "The Orvel wing cost $4 million and $5 million.";
            find(s, &[]).iter().map(|f| f.span.slice(s)).collect()
        };
        assert_eq!(spans, ["$4 million", "$5 million"]);
    }

    #[test]
    fn a_scaled_figure_after_money_is_money() {
        let units = |s: &str| -> Vec<Unit> {
            let mut found = find(s, &[]);
            carry_currency(&mut found, None);
            found.into_iter().map(|f| f.value.unit).collect()
        };
        assert_eq!(
            units("La dette atteint 3,4 milliards d'euros, contre 2,1 milliards en 2022."),
            [Unit::Currency("EUR"), Unit::Currency("EUR")]
        );
        // Only a scaled figure: a bare count after money stays a count.
        assert_eq!(
            units("Le plan coûte 2 millions d'euros et crée 40 emplois."),
            [Unit::Currency("EUR"), Unit::Count]
        );
        assert_eq!(
            units("La ville compte 1,2 million d'habitants."),
            [Unit::Count]
        );
    }

    #[test]
    fn an_apposed_figure_is_about_its_person() {
        let about = |s: &str| -> Vec<Option<String>> {
            find(s, &[]).into_iter().map(|f| f.value.about).collect()
        };
        assert_eq!(
            about("Le prévenu, Marc Oudin, 37 ans, a croisé Léa Fabre, 29 ans, au port."),
            [Some("oudin".to_string()), Some("fabre".to_string())]
        );
        assert_eq!(
            about("The driver, Ann Doe, 52, was unhurt; 14 passengers were not."),
            [Some("doe".to_string()), None]
        );
        // An apposition the sentence closes.
        assert_eq!(
            about("He was charged with the murder of Nils Arvo, 27."),
            [Some("arvo".to_string())]
        );
        assert_eq!(
            about("Ils étaient 40, dont Marc, et 12 restaient."),
            [None, None]
        );
        // The sentence's end closes an apposition too.
        assert_eq!(
            about("The crew rescued Tomas Lindgren, 58."),
            [Some("lindgren".to_string())]
        );
    }

    #[test]
    fn a_scaled_money_measure_is_money_without_its_currency() {
        let q = |s: &str| find(s, &[])[0].value.clone();
        let heading = q("Où iront les 40 millions d'investissement");
        assert!(heading.same_unit(&q("40 millions d'euros d'investissement")));
        assert!(heading.same_unit(&q("$40 million of investment")));
        assert!(heading.same_unit(&q("40 millions d'investissement")));
        // Units sold, or a figure with no scale, stay counts.
        assert!(!q("3 millions de ventes").same_unit(&q("3 millions d'euros")));
        assert!(!q("40 investissements").same_unit(&q("40 millions d'euros")));
    }

    #[test]
    fn compatibility_follows_qualifiers() {
        let q = |s: &str| find(s, &[])[0].value.clone();
        assert!(q("environ 2 300").compatible(&q("2.320")));
        assert!(!q("environ 320 000").compatible(&q("quelque 230 000")));
        assert!(q("9 000").compatible(&q("entre 8 000 et 10 000")));
        assert!(!q("20 000").compatible(&q("14 000")));
        assert!(q("plus de 1 100").compatible(&q("more than 1,100")));
    }

    /// `floor_beyond(draft, source, expected)`: whether the draft's lower bound passes
    /// what the source's lower bound, read as a rounded figure, allows.
    #[test]
    fn a_lower_bound_past_the_sources_rounding_says_more() {
        let q = |s: &str| find(s, &[])[0].value.clone();
        for (draft, source, beyond) in [
            ("more than 9,000 sheep", "plus de 7 000 moutons", true),
            (
                "plus de 260 000 visiteurs",
                "more than 250,000 visitors",
                true,
            ),
            ("more than 7,400 sheep", "plus de 7 000 moutons", false),
            ("more than 7,000 sheep", "plus de 7 000 moutons", false),
            ("more than 5,000 sheep", "plus de 7 000 moutons", false),
            ("au moins 1 900 moutons", "at least 1,850 sheep", true),
            ("au moins 1 855 moutons", "at least 1,850 sheep", false),
            // Only two lower bounds: an exact figure stays within `plus de`.
            ("9 000 moutons", "plus de 7 000 moutons", false),
            ("more than 9,000 sheep", "7 000 moutons", false),
        ] {
            assert_eq!(
                q(draft).floor_beyond(&q(source)),
                beyond,
                "{draft} / {source}"
            );
        }
        assert!((rounding_ceiling(12.5) - 12.6).abs() < 1e-9);
        assert_eq!(rounding_ceiling(2_700_000_000.0), 2_800_000_000.0);
    }

    #[test]
    fn jusqu_a_after_a_verb_of_rising_is_the_level_reached() {
        use Qualifier::*;
        check(
            "L'Aurège est montée jusqu'à 4,20 mètres au pont de Lisle.",
            &[("4,20", 4.2, 4.2, Exact, Some("mètres"))],
        );
        check(
            "Le thermomètre a grimpé jusqu'à 41 degrés.",
            &[("41", 41.0, 41.0, Exact, Some("degrés"))],
        );
        check(
            "L'eau pourrait monter jusqu'à 5 mètres.",
            &[("jusqu'à 5", 5.0, 5.0, AtMost, Some("mètres"))],
        );
    }
}
