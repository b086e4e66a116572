//! Quantities: a figure, its qualifier, and what it counts.
//!
//! `environ 1 500 soldats`, `plus de 900 firefighters`, `entre 3 000 et 4 000
//! hommes`, `41 % des vols`, `7 millions d'euros`, `quatre mille grévistes`.

use crate::claims::found::Found;
use crate::lang::numbers::{find_numbers, NumberMatch, Style};
use crate::lang::tuning::{APPROXIMATE_SPREAD, EXACT_SPREAD};
use crate::lang::{calendar, lexicon, stopwords, units};
use crate::text::{fold, tokens, tokens_after, tokens_before, Span};
use std::sync::LazyLock;

pub use crate::lang::lexicon::Qualifier;

/// What kind of amount it is: figures of different units never compare.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Unit {
    Count,
    Percent,
    Currency(&'static str),
}

/// `Unit` as the index cache stores it: the currency code owned.
#[derive(serde::Deserialize)]
enum UnitRepr {
    Count,
    Percent,
    Currency(String),
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

    /// Whether two figures can both be true.
    pub fn compatible(&self, other: &Quantity) -> bool {
        let (a, b) = self.interval();
        let (c, d) = other.interval();
        a <= d && c <= b
    }
}

/// Qualifiers that are verbs stay outside the claim's span: the figure is the value.
fn is_verb_qualifier(q: &str) -> bool {
    lexicon::any(|l| l.verb_qualifiers, q)
}

/// The quantities of one sentence. `taken` are spans other extractors own (dates).
pub fn find(sentence: &str, taken: &[Span]) -> Vec<Found<Quantity>> {
    let numbers: Vec<NumberMatch> = find_numbers(sentence)
        .into_iter()
        .filter(|n| !taken.iter().any(|t| t.overlaps(n.span)))
        .collect();
    let mut out: Vec<Found<Quantity>> = Vec::new();
    let mut previous_counted: Option<(String, String, Unit)> = None;
    let mut i = 0;
    while i < numbers.len() {
        let n = &numbers[i];
        if n.year_like && !followed_by_noun(sentence, n.span.end) {
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
            let gap = gap.trim();
            let dash = lexicon::RANGE_DASHES.contains(&gap);
            if (dash || lexicon::any(|l| l.range_links, gap)) && m.value > n.value && !m.year_like {
                let before = before_words(sentence, n.span.start, 1);
                let opener = lexicon::any(|l| l.range_openers, &before);
                if opener || dash || lexicon::any(|l| l.bare_range_links, gap) {
                    low = n.value;
                    high = m.value;
                    qualifier = Qualifier::Range;
                    if opener {
                        start = word_start_before(sentence, n.span.start);
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
        let (counted, counted_text) = counted_after(sentence, after, &mut unit, &mut noun_end);
        let (counted, counted_text) = match (counted, &previous_counted) {
            (Some(k), _) => (Some(k), counted_text),
            (None, Some((k, t, u))) if *u == unit => (Some(k.clone()), Some(t.clone())),
            _ => (None, None),
        };
        if let (Some(k), Some(t)) = (&counted, &counted_text) {
            previous_counted = Some((k.clone(), t.clone(), unit.clone()));
        }
        out.push(Found {
            value: Quantity {
                low,
                high,
                qualifier,
                unit,
                counted,
                counted_text,
                style: n.style.clone(),
            },
            span: Span::new(start, end),
            extent: Span::new(verb_start.unwrap_or(start).min(start), noun_end.max(end)),
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
    out
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
            return Some((q, *kind, head[head.len() - words.len()].span.start));
        }
    }
    None
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

fn word_start_before(sentence: &str, at: usize) -> usize {
    tokens_before(sentence, at, 1)
        .last()
        .map(|t| t.span.start)
        .unwrap_or(at)
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
    let toks = tokens_after(sentence, at, 4);
    let mut k = 0;
    // Nothing but spaces, and at most one link word, may stand between.
    let mut last_end = 0;
    while let Some(t) = toks.get(k) {
        let gap = &sentence[at + last_end..at + t.span.start];
        if !gap.trim().is_empty() {
            return (None, None);
        }
        if units::LINKS.contains(&t.norm.as_str()) && k < 2 {
            last_end = t.span.end;
            k += 1;
            continue;
        }
        if let Some(c) = units::currency(&t.norm) {
            *unit = Unit::Currency(c);
            *noun_end = at + t.span.end;
            return (None, None);
        }
        if stopwords::is_stopword(&t.norm)
            || t.norm.chars().any(|c| c.is_ascii_digit())
            || calendar::month(&t.norm).is_some()
        {
            return (None, None);
        }
        let text = &sentence[at + t.span.start..at + t.span.end];
        *noun_end = at + t.span.end;
        return (units::counted_key(&t.norm), Some(text.to_string()));
    }
    (None, None)
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
            "entre 10.000 et 12.000 hommes",
            &[(
                "entre 10.000 et 12.000",
                10000.0,
                12000.0,
                Range,
                Some("hommes"),
            )],
        );
        check(
            "62 % des vols ont été supprimés",
            &[("62 %", 62.0, 62.0, Exact, Some("vols"))],
        );
        check(
            "le coût dépasse 15 millions d'euros",
            &[("15 millions", 15e6, 15e6, AtLeast, None)],
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

    #[test]
    fn years_are_not_quantities() {
        check("un record depuis 1995, en 2024 les prix", &[]);
        check(
            "Il a vu 1945 soldats",
            &[("1945", 1945.0, 1945.0, Qualifier::Exact, Some("soldats"))],
        );
    }

    #[test]
    fn compatibility_follows_qualifiers() {
        let q = |s: &str| find(s, &[])[0].value.clone();
        assert!(q("environ 1 500").compatible(&q("1.520")));
        assert!(!q("environ 320 000").compatible(&q("quelque 230 000")));
        assert!(q("11 000").compatible(&q("entre 10 000 et 12 000")));
        assert!(!q("20 000").compatible(&q("12 000")));
        assert!(q("plus de 1 100").compatible(&q("more than 1,100")));
    }
}
