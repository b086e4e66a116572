//! Clock times (`3:40 a.m.`, `at 11 p.m.`, « 18h20 », « à 14 h », « vers 9 heures »):
//! the hour of a day is no count of anything, so the figure reader must not take
//! its digits for one. A duration (« cinq heures de délibéré », « une grève de 24 h »)
//! is a figure, and is left to it.

use crate::lang::calendar::{CLOCK_AFTER_DE, CLOCK_BEFORE, DURATION_BEFORE};
use crate::text::{fold, Span};
use regex::Regex;
use std::sync::LazyLock;

/// The spans of the clock times of one sentence. (ASCII word bounds keep the
/// pattern on the regex crate's fast engines over accented text.)
pub fn find(sentence: &str) -> Vec<Span> {
    static CLOCK: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(concat!(
            // 3:40, 3:40 a.m., 11:05pm
            r"(?i)(?-u:\b)(?P<colon>[012]?\d:[0-5]\d)(?:\s?[ap]\.?\s?m(?-u:\b)\.?)?",
            // 11 p.m., 7 am, 7pm
            r"|(?-u:\b)(?P<ampm>[01]?\d\s?(?:[ap]\.\s?m\.?|[ap]m(?-u:\b)))",
            // 9 o'clock
            r"|(?-u:\b)(?P<oclock>[01]?\d\s+o[’']clock)(?-u:\b)",
            // 18h20, 18 h 20, 2h30 (with minutes)
            r"|(?-u:\b)(?P<hmin>[012]?\d\s?h\s?[0-5]\d)(?-u:\b)",
            // 14 h, 14h, 9 heures, 9 heures 30 (after a word that says when)
            r"|(?-u:\b)(?P<hour>[012]?\d\s?(?:h|heures?)(?:\s[0-5]\d)?)(?-u:\b)",
        ))
        .ok()
    });
    let Some(re) = CLOCK.as_ref() else {
        return Vec::new();
    };
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in re.captures_iter(sentence) {
        let Some(m) = c.get(0) else { continue };
        let text = m.as_str().trim_end();
        let span = Span::new(m.start(), m.start() + text.len());
        let hour: u32 = text
            .chars()
            .take_while(|ch| ch.is_ascii_digit())
            .collect::<String>()
            .parse()
            .unwrap_or(99);
        if hour > 24 {
            continue;
        }
        let before = words_before(sentence, span.start);
        let after = word_after(sentence, span.end);
        // « 2h30 de délibéré », « 24 heures de grève »: a length of time.
        let then_of = matches!(after.as_str(), "de" | "d");
        let length_before = before
            .last()
            .is_some_and(|w| DURATION_BEFORE.contains(&w.as_str()))
            || before.len() >= 2
                && before[before.len() - 1] == "de"
                && DURATION_BEFORE.contains(&before[before.len() - 2].as_str());
        let when_before = match before.last().map(String::as_str) {
            // « à partir de 20 h », « de 8 h à 12 h »
            Some("de") => {
                after == "a"
                    || before.len() >= 2
                        && CLOCK_AFTER_DE.contains(&before[before.len() - 2].as_str())
            }
            Some(w) => CLOCK_BEFORE.contains(&w),
            None => false,
        };
        let clock = if c.name("colon").is_some()
            || c.name("ampm").is_some()
            || c.name("oclock").is_some()
        {
            true
        } else if c.name("hmin").is_some() {
            !then_of && !length_before
        } else {
            when_before && !then_of
        };
        if clock {
            out.push(span);
        }
    }
    out
}

/// The folded words just before `at`, nearest last (two at most).
fn words_before(sentence: &str, at: usize) -> Vec<String> {
    let head = sentence.get(..at).unwrap_or("");
    let mut words: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .map(fold)
        .collect();
    words.reverse();
    words
}

/// The folded word just after `at`.
fn word_after(sentence: &str, at: usize) -> String {
    let tail = sentence.get(at..).unwrap_or("");
    tail.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(fold)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(sentence, [clock times as written])`
    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<&str> = find(sentence).iter().map(|s| s.slice(sentence)).collect();
        assert_eq!(got, expected, "clock times of {sentence:?}");
    }

    #[test]
    fn english_clock_times() {
        check(
            "The ferry left Tarnby at 3:40 a.m. with 212 passengers.",
            &["3:40 a.m."],
        );
        check("The vote closed at 11 p.m. on Monday.", &["11 p.m."]);
        check("Doors open at 7pm and 9 o'clock.", &["7pm", "9 o'clock"]);
        check("By 10:15, 40 people had left.", &["10:15"]);
        check("Some 40 people had left by then.", &[]);
    }

    #[test]
    fn french_clock_times() {
        check(
            "Le feu s'est déclaré à 2h30 et a été maîtrisé à 18h20.",
            &["2h30", "18h20"],
        );
        check(
            "Le cortège est parti à 14 h, avec 300 marcheurs.",
            &["14 h"],
        );
        check(
            "Rendez-vous vers 9 heures, puis à 18 h 45.",
            &["9 heures", "18 h 45"],
        );
        check(
            "La réunion, de 8 h à 12 h, a réuni 40 élus.",
            &["8 h", "12 h"],
        );
        check("À partir de 20 heures, le quai sera fermé.", &["20 heures"]);
    }

    #[test]
    fn durations_are_not_clock_times() {
        check("Après 2h30 de débat, les 12 jurés ont voté.", &[]);
        check("Une grève de 24 heures est prévue.", &[]);
        check("Le vol a duré 9 heures.", &[]);
        check("Il a parlé pendant 2h15.", &[]);
        check("Elle a couru en près de 3h10.", &[]);
    }
}
