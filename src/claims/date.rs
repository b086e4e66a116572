//! Dates: `lundi 21 octobre`, `le 19 juin 2024`, `entre le 8 et le 13 octobre`,
//! `November 4`, `Tuesday, August 5`, `March 14-15`; a year left out is read
//! against the document's own date.

use crate::claims::context::{clause_of, Context};
use crate::claims::found::Found;
use crate::claims::quantity::Quantity;
use crate::document::Document;
use crate::lang::calendar::{self, DocDate};
use crate::lang::stem::word_id;
use crate::lang::tuning::{
    MIN_FIGURE_IN_DATE, WEIGHT_FIGURE_IN_DATE, WEIGHT_FIGURE_IN_DATE_OTHER_CLAUSE,
};
use crate::lang::Lang;
use crate::text::{tokens_shared, Span, Token};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateValue {
    pub day: u32,
    pub month: u32,
    /// As written, or the likeliest from the document's date.
    pub year: Option<i32>,
    /// The year was written in the text.
    pub year_written: bool,
    /// The years the date may fall in (first, last): one when written or clear from
    /// the document's date (`calendar::implied_year`).
    pub years: Option<(i32, i32)>,
    /// 0 = Monday, as written.
    pub weekday: Option<u32>,
    /// The last day of a range (`entre le 8 et le 13 octobre`), (day, month).
    pub end: Option<(u32, u32)>,
    /// How a range is written: the words before its first day and those between
    /// its days, as written (`du `, ` au `; `entre le `, ` et le `; ``, `-`).
    pub range_words: Option<(String, String)>,
    /// A weekday alone (`a indiqué vendredi`), read as the document's own day.
    pub weekday_only: bool,
    pub lang: Lang,
    pub capitalized: bool,
}

impl DateValue {
    /// Whether two dates can be the same day: a day within a range can, two ranges
    /// only with the same first and last days (« du 6 au 18 janvier » is not « du 4
    /// au 18 janvier », though they overlap).
    pub fn compatible(&self, other: &DateValue) -> bool {
        if (self.year_written || other.year_written) && !self.may_share_year(other) {
            return false;
        }
        let (a0, a1) = self.ordinal_range();
        let (b0, b1) = other.ordinal_range();
        if self.end.is_some() && other.end.is_some() {
            return (a0, a1) == (b0, b1);
        }
        a0 <= b1 && b0 <= a1
    }

    /// The years this date may fall in (first, last), when any is known.
    fn plausible_years(&self) -> Option<(i32, i32)> {
        self.years.or(self.year.map(|y| (y, y)))
    }

    /// Whether the two dates may fall in one year: a year implied but unsure (read
    /// against a document's year alone) allows its neighbours.
    pub fn may_share_year(&self, other: &DateValue) -> bool {
        match (self.plausible_years(), other.plausible_years()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => true,
        }
    }

    fn ordinal_range(&self) -> (u32, u32) {
        let start = self.month * 32 + self.day;
        let end = self.end.map(|(d, m)| m * 32 + d).unwrap_or(start);
        (start, end)
    }

    /// The weekday the calendar gives, when the year is known.
    pub fn true_weekday(&self) -> Option<u32> {
        self.year
            .and_then(|y| calendar::weekday_of(y, self.month, self.day))
    }

    /// The words of a range written like `style`: the draft's own (`du … au …`,
    /// `entre le … et le …`, `March 14-15`), else this date's own when in the same
    /// language, else the plainest of the language.
    fn range_words_like(&self, style: &DateValue) -> (String, String) {
        if let Some(w) = style.range_words.as_ref().filter(|_| style.end.is_some()) {
            return w.clone();
        }
        if let Some(w) = self
            .range_words
            .as_ref()
            .filter(|_| self.lang == style.lang)
        {
            return w.clone();
        }
        match style.lang {
            Lang::Fr => ("du ".into(), " au ".into()),
            Lang::En => (String::new(), "-".into()),
        }
    }

    /// Write this date the way `style` was written: weekday or not, range words,
    /// language, case.
    pub fn render_like(&self, style: &DateValue) -> String {
        let weekday = if style.weekday.is_some() || style.weekday_only {
            self.true_weekday().or(self.weekday)
        } else {
            None
        };
        let text = match style.lang {
            Lang::Fr => {
                let mut s = String::new();
                if let Some(w) = weekday.filter(|_| self.end.is_none()) {
                    s.push_str(calendar::weekday_name(w, Lang::Fr));
                    s.push(' ');
                }
                let day_fr = |d: u32| {
                    if d == 1 {
                        "1er".to_string()
                    } else {
                        d.to_string()
                    }
                };
                let day = day_fr(self.day);
                if let Some((d, m)) = self.end {
                    let (open, join) = self.range_words_like(style);
                    let start_month = if m != self.month {
                        format!(" {}", calendar::month_name(self.month, Lang::Fr))
                    } else {
                        String::new()
                    };
                    s.push_str(&format!(
                        "{open}{day}{start_month}{join}{} {}",
                        day_fr(d),
                        calendar::month_name(m, Lang::Fr)
                    ));
                } else {
                    s.push_str(&format!(
                        "{day} {}",
                        calendar::month_name(self.month, Lang::Fr)
                    ));
                }
                if style.year_written {
                    if let Some(y) = self.year {
                        s.push_str(&format!(" {y}"));
                    }
                }
                s
            }
            Lang::En => {
                let mut s = String::new();
                if let Some(w) = weekday.filter(|_| self.end.is_none()) {
                    s.push_str(calendar::weekday_name(w, Lang::En));
                    s.push_str(", ");
                }
                let month = calendar::month_name(self.month, Lang::En);
                if let Some((d, m)) = self.end {
                    let (open, join) = self.range_words_like(style);
                    let end_month = if m != self.month {
                        format!("{} ", calendar::month_name(m, Lang::En))
                    } else {
                        String::new()
                    };
                    s.push_str(&format!("{open}{month} {}{join}{end_month}{d}", self.day));
                } else {
                    s.push_str(&format!("{month} {}", self.day));
                }
                if style.year_written {
                    if let Some(y) = self.year {
                        s.push_str(&format!(", {y}"));
                    }
                }
                s
            }
        };
        if style.capitalized {
            let mut c = text.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        } else {
            text
        }
    }
}

fn day_of(t: &Token) -> Option<u32> {
    let n = t
        .norm
        .trim_end_matches("er")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    let d: u32 = n.parse().ok()?;
    (n.len() <= 2 && (1..=31).contains(&d)).then_some(d)
}

fn year_of(t: Option<&Token>) -> Option<i32> {
    let t = t?;
    let y: i32 = t.norm.parse().ok()?;
    (t.norm.len() == 4 && (1000..=2200).contains(&y)).then_some(y)
}

/// The document's date as dates written without a year are read against: its
/// front matter's, else the day its head or dateline gives, else the one year its dates write, when they write only one.
pub fn anchor(doc: &Document) -> Option<DocDate> {
    if let Some(d) = doc.meta.date.as_deref().and_then(DocDate::parse) {
        return Some(d);
    }
    // A scraped page's "updated" line, a dispatch's dateline; not a file's time,
    // which says when it was copied as often as when it was written.
    // Nor the latest day its text names, which that text's own dates decide.
    if let Some(d) = doc.meta.day.filter(|d| {
        !matches!(
            d.from,
            crate::lang::dating::DayFrom::FileTime | crate::lang::dating::DayFrom::Mentioned
        )
    }) {
        return Some(DocDate {
            year: d.day.year,
            day: Some((d.day.month, d.day.day)),
        });
    }
    let mut years = years_written(&doc.text);
    let first = years.next()?;
    years.all(|y| y == first).then_some(DocDate {
        year: first,
        day: None,
    })
}

/// How many years back a weekday with its date is looked for (`lundi 21 octobre`
/// falls on a Monday every five to eleven years).
const WEEKDAY_YEARS_BACK: i32 = 12;

/// The latest day, on or before `until`, of `dates` (a text's) that name a day in
/// full: a date with its year written, or a weekday with its date (`lundi 21
/// octobre`), whose weekday picks the year: the latest one on or before `until`
/// where that date falls on that weekday. A date without either names no day here.
pub fn latest_named_day<'a>(
    dates: impl Iterator<Item = &'a DateValue>,
    until: crate::lang::dating::Day,
) -> Option<crate::lang::dating::Day> {
    use crate::lang::dating::Day;
    dates
        .filter(|v| !v.weekday_only && v.end.is_none())
        .filter_map(|v| match (v.year.filter(|_| v.year_written), v.weekday) {
            (Some(y), _) => Day::new(y, v.month, v.day),
            (None, Some(w)) => (0..=WEEKDAY_YEARS_BACK)
                .filter_map(|back| Day::new(until.year - back, v.month, v.day))
                .find(|d| *d <= until && calendar::weekday_of(d.year, d.month, d.day) == Some(w)),
            (None, None) => None,
        })
        .filter(|d| *d <= until)
        .max()
}

/// The years written in full dates of `text` (`3 mars 2024`, `March 3, 2024`), in order.
fn years_written(text: &str) -> impl Iterator<Item = i32> + '_ {
    static FULL_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        let fr = calendar::MONTHS_FR_PATTERN;
        let en = calendar::MONTHS_EN_PATTERN;
        Regex::new(&format!(
            r"(?i)(?-u:\b)\d{{1,2}}(?:er)?\s+(?:{fr})\s+(\d{{4}})(?-u:\b)|(?-u:\b)(?:{en})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
        ))
        .ok()
    });
    FULL_DATE
        .as_ref()
        .into_iter()
        .flat_map(move |re| re.captures_iter(text))
        .filter_map(|c| c.get(1).or(c.get(2))?.as_str().parse().ok())
}

/// The year of a date written without one, read against the document's date:
/// (likeliest, plausible years).
fn implied(anchor: Option<DocDate>, month: u32, day: u32) -> (Option<i32>, Option<(i32, i32)>) {
    match anchor {
        Some(a) => {
            let (y, years) = calendar::implied_year(a, month, day);
            (Some(y), Some(years))
        }
        None => (None, None),
    }
}

/// The figures of a sentence, as a date's context holds them: where each stands,
/// and its values.
pub fn figures_of(quantities: &[Found<Quantity>]) -> Vec<(Span, f64, f64)> {
    quantities
        .iter()
        .filter(|q| q.value.low >= MIN_FIGURE_IN_DATE)
        .map(|q| (q.span, q.value.low, q.value.high))
        .collect()
}

/// A date and a figure in one clause frame each other: the day an estimate was
/// given is told by the figure given that day. A figure's value joins the date's
/// context as a word of its own (`WEIGHT_FIGURE_IN_DATE`).
/// (A table row « OSC | 3 février | 6 500 » meets the dispatch that gives 6 500 on
/// the 4th, not another that names the same body on the 9th.)
pub fn add_figures(
    context: &mut Context,
    sentence: &str,
    date: Span,
    figures: &[(Span, f64, f64)],
) {
    if figures.is_empty() {
        return;
    }
    let (start, end) = clause_of(sentence, date);
    for &(span, low, high) in figures {
        let weight = if span.start >= start && span.end <= end {
            WEIGHT_FIGURE_IN_DATE
        } else {
            WEIGHT_FIGURE_IN_DATE_OTHER_CLAUSE
        };
        let values: &[f64] = if high != low { &[low, high] } else { &[low] };
        for v in values {
            let w = word_id(&format!("#{v}"));
            match context.words.iter_mut().find(|(x, _)| *x == w) {
                Some((_, wt)) => *wt = wt.max(weight),
                None => context.words.push((w, weight)),
            }
        }
    }
    context.words.sort_unstable_by_key(|(w, _)| *w);
}

/// The text between two tokens.
fn between<'a>(sentence: &'a str, a: &Token, b: &Token) -> &'a str {
    sentence.get(a.span.end..b.span.start).unwrap_or("")
}

/// The dates of one sentence, read against the document's date `anchor`.
pub fn find(sentence: &str, anchor: Option<DocDate>) -> Vec<Found<DateValue>> {
    let toks = tokens_shared(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((month, lang)) = calendar::month(&toks[i].norm) else {
            i += 1;
            continue;
        };
        if i > 0 && lang == Lang::Fr {
            if let Some((found, end_i)) = french_at(sentence, &toks, i, month, anchor) {
                out.push(found);
                i = end_i + 1;
                continue;
            }
        }
        if lang == Lang::En && toks[i].capitalized {
            if let Some((found, end_i)) = english_at(sentence, &toks, i, month, anchor) {
                out.push(found);
                i = end_i + 1;
                continue;
            }
        }
        i += 1;
    }
    // `28 février`, read first, is the start of `du 28 février au 3 mars`.
    let spans: Vec<Span> = out.iter().map(|f| f.span).collect();
    out.retain(|f| {
        !spans
            .iter()
            .any(|s| *s != f.span && s.start <= f.span.start && f.span.end <= s.end)
    });
    out.extend(weekdays_alone(&toks, anchor, &out));
    out.sort_by_key(|f| f.span.start);
    out
}

/// French order: [weekday] day month [year], and ranges `entre le 8 et le 13
/// octobre`, `du 28 février au 3 mars 2024`, `les 8 et 9 octobre`; `i` is the
/// month's token. The date and its last token.
fn french_at(
    sentence: &str,
    toks: &[Token],
    i: usize,
    month: u32,
    anchor: Option<DocDate>,
) -> Option<(Found<DateValue>, usize)> {
    let written_year = year_of(toks.get(i + 1));
    let day = day_of(&toks[i - 1]).filter(|d| calendar::valid_day(written_year, month, *d))?;
    let mut start_i = i - 1;
    let mut weekday = None;
    if start_i > 0 {
        if let Some((w, _)) = calendar::weekday(&toks[start_i - 1].norm) {
            weekday = Some(w);
            start_i -= 1;
        }
    }
    let mut end_range = None;
    let mut range_words = None;
    let (mut first_day, mut first_month) = (day, month);
    // The end day's token, after an optional `le`: `et le 13`, `au 13`.
    let mut k = i - 1;
    if k >= 1 && toks[k - 1].norm == "le" {
        k -= 1;
    }
    if k >= 2 && calendar::RANGE_JOINS_FR.contains(&toks[k - 1].norm.as_str()) {
        // The first day, with its own month when it differs: `du 28 février au 3 mars`.
        let mut j = k - 2;
        let mut m0 = month;
        let mut first_end = j;
        if let Some((m, Lang::Fr)) = calendar::month(&toks[j].norm) {
            if j >= 1 && m != month {
                m0 = m;
                first_end = j;
                j -= 1;
            }
        }
        if let Some(d0) = day_of(&toks[j])
            .filter(|d0| (m0 != month || *d0 < day) && calendar::valid_day(written_year, m0, *d0))
        {
            let day0_i = j;
            let mut opener = j;
            if j >= 1 && toks[j - 1].norm == "le" {
                j -= 1;
            }
            if j >= 1 && calendar::RANGE_OPENERS_FR.contains(&toks[j - 1].norm.as_str()) {
                opener = j - 1;
            }
            let open = sentence
                .get(toks[opener].span.start..toks[day0_i].span.start)
                .unwrap_or("");
            let join = between(sentence, &toks[first_end], &toks[i - 1]);
            end_range = Some((day, month));
            range_words = Some((open.to_string(), join.to_string()));
            first_day = d0;
            first_month = m0;
            start_i = opener;
            weekday = None;
        }
    }
    let end_i = if written_year.is_some() { i + 1 } else { i };
    let span = Span::new(toks[start_i].span.start, toks[end_i].span.end);
    let (year, years) = match written_year {
        Some(y) => (Some(y), Some((y, y))),
        None => implied(anchor, first_month, first_day),
    };
    let value = DateValue {
        day: first_day,
        month: first_month,
        year,
        year_written: written_year.is_some(),
        years,
        weekday,
        end: end_range,
        range_words,
        weekday_only: false,
        lang: Lang::Fr,
        capitalized: toks[start_i].capitalized,
    };
    Some((
        Found {
            value,
            span,
            fix_span: span,
            extent: span,
        },
        end_i,
    ))
}

/// English order: [Weekday,] Month day[, year], and ranges `March 14-15`,
/// `from March 14 to 16`, `between March 14 and 15, 2021`; a month must be
/// capitalized; `i` is the month's token. The date and its last token.
fn english_at(
    sentence: &str,
    toks: &[Token],
    i: usize,
    month: u32,
    anchor: Option<DocDate>,
) -> Option<(Found<DateValue>, usize)> {
    let day = toks
        .get(i + 1)
        .and_then(day_of)
        .filter(|d| calendar::valid_day(year_of(toks.get(i + 2)), month, *d))?;
    let mut start_i = i;
    let mut weekday = None;
    if i > 0 {
        if let Some((w, _)) = calendar::weekday(&toks[i - 1].norm) {
            weekday = Some(w);
            start_i = i - 1;
        }
    }
    // The opener before the month: `from`, `between`.
    let opener = (start_i > 0
        && weekday.is_none()
        && calendar::RANGE_OPENERS_EN.contains(&toks[start_i - 1].norm.as_str()))
    .then(|| start_i - 1);
    let mut last = i + 1;
    let mut end_range = None;
    let mut range_words = None;
    if year_of(toks.get(i + 2)).is_none() {
        if let Some((end_day, end_month, end_tok)) =
            english_range_end(sentence, toks, i + 1, opener, month)
        {
            if (end_month, end_day) > (month, day) {
                end_range = Some((end_day, end_month));
                let open = opener
                    .map(|o| {
                        sentence
                            .get(toks[o].span.start..toks[i].span.start)
                            .unwrap_or("")
                    })
                    .unwrap_or("");
                let join = sentence
                    .get(toks[i + 1].span.end..toks[end_tok].span.start)
                    .unwrap_or("");
                let join = if end_month != month {
                    join.trim_end_matches(|c: char| c.is_alphabetic() || c == '.')
                        .trim_end()
                        .to_string()
                        + " "
                } else {
                    join.to_string()
                };
                range_words = Some((open.to_string(), join));
                last = end_tok;
                if let Some(o) = opener {
                    start_i = o;
                }
                weekday = None;
            }
        }
    }
    let written_year = year_of(toks.get(last + 1));
    let end_i = if written_year.is_some() {
        last + 1
    } else {
        last
    };
    let span = Span::new(toks[start_i].span.start, toks[end_i].span.end);
    let (year, years) = match written_year {
        Some(y) => (Some(y), Some((y, y))),
        None => implied(anchor, month, day),
    };
    let value = DateValue {
        day,
        month,
        year,
        year_written: written_year.is_some(),
        years,
        weekday,
        end: end_range,
        range_words,
        weekday_only: false,
        lang: Lang::En,
        capitalized: toks[start_i].capitalized,
    };
    Some((
        Found {
            value,
            span,
            fix_span: span,
            extent: span,
        },
        end_i,
    ))
}

/// The end of an English range after the first day's token `d`: `-15`, ` to 16`,
/// ` through April 2`, ` and 15` (after `between` only). (day, month, its token).
fn english_range_end(
    sentence: &str,
    toks: &[Token],
    d: usize,
    opener: Option<usize>,
    month: u32,
) -> Option<(u32, u32, usize)> {
    let next = toks.get(d + 1)?;
    let gap = between(sentence, &toks[d], next).trim();
    if crate::lang::lexicon::RANGE_DASHES.contains(&gap) {
        return day_of(next).map(|e| (e, month, d + 1));
    }
    let join = next.norm.as_str();
    let with_between = opener.is_some_and(|o| toks[o].norm == "between");
    let joins: &[&str] = if with_between {
        &calendar::RANGE_JOINS_BETWEEN_EN
    } else {
        &calendar::RANGE_JOINS_EN
    };
    if !joins.contains(&join) || !gap.is_empty() && gap != "," {
        return None;
    }
    let after = toks.get(d + 2)?;
    if let Some((m, Lang::En)) = calendar::month(&after.norm).filter(|_| after.capitalized) {
        let e = toks.get(d + 3).and_then(day_of)?;
        return Some((e, m, d + 3));
    }
    day_of(after).map(|e| (e, month, d + 2))
}

/// A weekday alone (`a indiqué vendredi`, `said on Friday`) in a document dated
/// that weekday: the document's own day. Another weekday alone may be the last or
/// the next one, and is left unread; so are habits (`le vendredi`, `every Friday`)
/// and `vendredi prochain`, `last Friday`.
fn weekdays_alone(
    toks: &[Token],
    anchor: Option<DocDate>,
    dates: &[Found<DateValue>],
) -> Vec<Found<DateValue>> {
    let mut out = Vec::new();
    let Some(doc) = anchor else { return out };
    let (Some(doc_weekday), Some((month, day))) = (doc.weekday(), doc.day) else {
        return out;
    };
    for (k, t) in toks.iter().enumerate() {
        let Some((w, lang)) = calendar::weekday(&t.norm) else {
            continue;
        };
        if w != doc_weekday
            || lang == Lang::En && !t.capitalized
            || dates.iter().any(|f| f.span.overlaps(t.span))
        {
            continue;
        }
        let before = k.checked_sub(1).map(|b| toks[b].norm.as_str());
        let after = toks.get(k + 1).map(|a| a.norm.as_str());
        if before.is_some_and(|b| calendar::NOT_THIS_WEEKDAY_BEFORE.contains(&b))
            || after.is_some_and(|a| {
                calendar::NOT_THIS_WEEKDAY_AFTER.contains(&a)
                    || a.bytes().all(|c| c.is_ascii_digit())
            })
        {
            continue;
        }
        out.push(Found {
            value: DateValue {
                day,
                month,
                year: Some(doc.year),
                year_written: false,
                years: Some((doc.year, doc.year)),
                weekday: Some(w),
                end: None,
                range_words: None,
                weekday_only: true,
                lang,
                capitalized: t.capitalized,
            },
            span: t.span,
            fix_span: t.span,
            extent: t.span,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document that gives only its year.
    const IN_2025: Option<DocDate> = Some(DocDate {
        year: 2025,
        day: None,
    });

    /// (as written, day, month, weekday, range end day)
    type Expected<'a> = (&'a str, u32, u32, Option<u32>, Option<u32>);

    /// `check(sentence, [(as written, day, month, weekday, range end day)])`
    fn check(sentence: &str, expected: &[Expected]) {
        let found = find(sentence, IN_2025);
        let got: Vec<_> = found
            .iter()
            .map(|f| {
                let d = &f.value;
                (
                    f.span.slice(sentence),
                    d.day,
                    d.month,
                    d.weekday,
                    d.end.map(|e| e.0),
                )
            })
            .collect();
        assert_eq!(got, expected, "dates of {sentence:?}");
    }

    #[test]
    fn french_and_english_dates() {
        check(
            "Ce lundi 21 octobre, Lyon",
            &[("lundi 21 octobre", 21, 10, Some(0), None)],
        );
        check(
            "signé le 19 juin 2024 à Lyon",
            &[("19 juin 2024", 19, 6, None, None)],
        );
        check(
            "le transport entre le 8 et le 13 octobre.",
            &[("entre le 8 et le 13 octobre", 8, 10, None, Some(13))],
        );
        check(
            "on Tuesday, August 5, officials",
            &[("Tuesday, August 5", 5, 8, Some(1), None)],
        );
        check(
            "By November 4 it may rain in March.",
            &[("November 4", 4, 11, None, None)],
        );
        check("Il a eu 21 ans, Mars brille", &[]);
    }

    #[test]
    fn only_days_the_calendar_has() {
        check("le 29 février 2023 à Lyon", &[]);
        check(
            "le 29 février 2024 à Lyon",
            &[("29 février 2024", 29, 2, None, None)],
        );
        // No year written: some year has a 29 February.
        check("le 29 février à Lyon", &[("29 février", 29, 2, None, None)]);
        check("le 31 avril à Lyon", &[]);
        check("on February 29, 2023, officials", &[]);
        check(
            "on February 29, 2024, officials",
            &[("February 29, 2024", 29, 2, None, None)],
        );
    }

    #[test]
    fn ranges_in_both_languages() {
        check(
            "dans la nuit du 4 au 5 mai 2019, à Vellac",
            &[("du 4 au 5 mai 2019", 4, 5, None, Some(5))],
        );
        check(
            "le salon se tient du 28 février au 3 mars.",
            &[("du 28 février au 3 mars", 28, 2, None, Some(3))],
        );
        check(
            "The fair ran March 14-15, 2021, in Dunmore.",
            &[("March 14-15, 2021", 14, 3, None, Some(15))],
        );
        check(
            "from April 2 to 6, the road was shut",
            &[("from April 2 to 6", 2, 4, None, Some(6))],
        );
        check(
            "between June 28 and July 3 the pool was closed",
            &[("between June 28 and July 3", 28, 6, None, Some(3))],
        );
        // Without `between`, `and` starts something else.
        check(
            "On May 3 and 12 others, officials",
            &[("May 3", 3, 5, None, None)],
        );
    }

    /// `check_same((date, date), compatible)`, both read in a 2025 document.
    fn check_same((a, b): (&str, &str), expected: bool) {
        let read = |s: &str| find(s, IN_2025).first().map(|f| f.value.clone());
        let (Some(x), Some(y)) = (read(a), read(b)) else {
            panic!("no date in {a:?} or {b:?}");
        };
        assert_eq!(x.compatible(&y), expected, "{a:?} and {b:?}");
    }

    #[test]
    fn an_unsure_year_does_not_part_two_days() {
        // In a document that gives only its year, « le 5 octobre » may be the year
        // before's: it can still be the 5 October 2024 a draft writes.
        check_same(("le 5 octobre", "le 5 octobre 2024"), true);
        check_same(("le 5 octobre", "le 5 octobre 2021"), false);
        let dated = DocDate::parse("2025-10-08");
        let sure = find("le 5 octobre", dated)[0].value.clone();
        let written = find("le 5 octobre 2024", dated)[0].value.clone();
        assert!(!sure.compatible(&written), "{sure:?} and {written:?}");
    }

    #[test]
    fn a_range_is_the_same_only_with_the_same_bounds() {
        check_same(("du 6 au 18 janvier", "du 4 au 18 janvier"), false);
        check_same(("du 4 au 18 janvier", "entre le 4 et le 18 janvier"), true);
        check_same(("le 10 janvier", "du 4 au 18 janvier"), true);
        check_same(("le 20 janvier", "du 4 au 18 janvier"), false);
        check_same(("March 14-15", "from March 14 to 15"), true);
        check_same(("March 14-16", "March 14-15"), false);
    }

    /// `check_weekday_alone(document's date, sentence, [as written])`
    fn check_weekday_alone(doc: &str, sentence: &str, expected: &[&str]) {
        let anchor = DocDate::parse(doc);
        let got: Vec<&str> = find(sentence, anchor)
            .iter()
            .filter(|f| f.value.weekday_only)
            .map(|f| f.span.slice(sentence))
            .collect();
        assert_eq!(got, expected, "weekdays alone of {sentence:?} on {doc}");
    }

    #[test]
    fn a_weekday_alone_is_the_documents_own_day() {
        // 2025-06-13 is a Friday.
        check_weekday_alone("2025-06-13", "a indiqué vendredi la mairie", &["vendredi"]);
        check_weekday_alone("2025-06-13", "the mayor said on Friday", &["Friday"]);
        // Another weekday may be last week's or next week's: unread.
        check_weekday_alone("2025-06-13", "a indiqué jeudi la mairie", &[]);
        // Habits and other weeks.
        check_weekday_alone("2025-06-13", "le marché a lieu le vendredi", &[]);
        check_weekday_alone("2025-06-13", "the market opens every Friday", &[]);
        check_weekday_alone("2025-06-13", "rendez-vous vendredi prochain", &[]);
        // No full date of the document, no day.
        check_weekday_alone("2025", "a indiqué vendredi la mairie", &[]);
        let read = find("a indiqué vendredi la mairie", DocDate::parse("2025-06-13"));
        let d = &read[0].value;
        assert_eq!((d.day, d.month, d.year), (13, 6, Some(2025)));
    }

    /// `check_year(document's date, sentence, (year, plausible years))` of its first date.
    fn check_year(doc: &str, sentence: &str, expected: (Option<i32>, Option<(i32, i32)>)) {
        let found = find(sentence, DocDate::parse(doc));
        let Some(d) = found.first().map(|f| &f.value) else {
            panic!("no date in {sentence:?}");
        };
        assert_eq!((d.year, d.years), expected, "{sentence:?} on {doc}");
    }

    #[test]
    fn a_year_left_out_comes_from_the_documents_date() {
        // A January draft's October is last October.
        check_year(
            "2025-01-14",
            "lundi 21 octobre, à Brézac",
            (Some(2024), Some((2024, 2024))),
        );
        check_year(
            "2025-01-14",
            "Monday, October 21, in Oakvale",
            (Some(2024), Some((2024, 2024))),
        );
        // A written year stands.
        check_year(
            "2025-01-14",
            "le 21 octobre 2022",
            (Some(2022), Some((2022, 2022))),
        );
        // Half a year off: either year.
        check_year(
            "2025-01-14",
            "le 10 juillet",
            (Some(2025), Some((2024, 2025))),
        );
    }

    #[test]
    fn a_documents_year_from_its_own_dates() {
        let doc = |text: &str| Document::markdown("d.md", text);
        let one = doc("Le 3 mars 2023, à Tarlac. Puis lundi 6 mars, le vote.");
        assert_eq!(
            anchor(&one),
            Some(DocDate {
                year: 2023,
                day: None
            })
        );
        let two = doc("Le 3 mars 2023, à Tarlac. Puis le 6 mars 2024, le vote.");
        assert_eq!(anchor(&two), None);
        let dated = doc("---\ndate: 2024-05-02\n---\nLe 3 mars 2023, à Tarlac.");
        assert_eq!(
            anchor(&dated),
            Some(DocDate {
                year: 2024,
                day: Some((5, 2))
            })
        );
    }

    #[test]
    fn renders_in_the_drafts_style() {
        let parse = |s: &str| find(s, IN_2025)[0].value.clone();
        let draft = parse("samedi 15 mars");
        let source = parse("vendredi 14 mars");
        assert_eq!(source.render_like(&draft), "vendredi 14 mars");
        assert_eq!(
            parse("lundi 28 janvier").render_like(&parse("Samedi 1 mars")),
            "Mardi 28 janvier"
        );
        assert_eq!(
            parse("August 8").render_like(&parse("Tuesday, August 5")),
            "Friday, August 8"
        );
        // A range is corrected in the draft's own words.
        assert_eq!(
            parse("entre le 14 et le 15 mars 2021").render_like(&parse("du 24 au 25 mars 2021")),
            "du 14 au 15 mars 2021"
        );
        assert_eq!(
            parse("du 14 au 15 mars").render_like(&parse("entre le 4 et le 6 mars")),
            "entre le 14 et le 15 mars"
        );
        assert_eq!(
            parse("from March 14 to 15, 2021").render_like(&parse("March 24-25, 2021")),
            "March 14-15, 2021"
        );
        assert_eq!(
            parse("March 14-15").render_like(&parse("from April 2 to 6")),
            "from March 14 to 15"
        );
        assert_eq!(
            parse("du 30 avril au 2 mai").render_like(&parse("du 4 au 5 mai")),
            "du 30 avril au 2 mai"
        );
        assert_eq!(
            parse("April 30 to May 2").render_like(&parse("March 24-25")),
            "April 30-May 2"
        );
    }
}
