//! Counts of occurrences: `stabbed three times`, `was arrested twice`, `a été
//! condamné à trois reprises`, `on four occasions`, `deux fois`.
//!
//! Such a figure counts how often something happened: its unit is times, and what
//! it counts is the event, the word that names it before the figure (`stabbed`,
//! `condamné`). Two of them compare only when they count the same event. A ratio
//! (`three times as many`, `deux fois plus`) or a rate (`twice a year`, `trois fois
//! par an`) is no count of occurrences, nor is a conjunction or an idiom (`once
//! complete`, `une fois que`, `at once`, `à la fois`): those are no figure at all.

use crate::lang::numbers::{NumberMatch, TIMES_NOUNS};
use crate::lang::{numbers, stopwords, units};
use crate::text::{tokens_after, tokens_before, Span};

/// A count of occurrences read around a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrences {
    /// Where the figure's words end (after `times`, `fois`, `reprises`).
    pub end: usize,
    /// Where its correctable part ends: with its word when a correction must write
    /// it (`three times` → `twice`), else the number alone (`à trois reprises`).
    pub fix_end: usize,
    /// Whether a correction writes the word too (`twice`, `three times`).
    pub with_word: bool,
    /// Where a reader's pointer may start: the preposition of `à trois reprises`.
    pub extent_start: usize,
    /// The event counted: its key (`units::counted_key`) and as written.
    pub event: (String, String),
    /// The name the event happened to or was done by (`Brannagh was struck twice`,
    /// `visited Orvel twice`), folded: counts of one event of two named people or
    /// places are two things, and of the same one the same thing.
    pub about: Option<String>,
}

/// What a figure is, read as a count of occurrences.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A count of occurrences of an event.
    Count(Occurrences),
    /// Written as one (`three times`, `twice`) but a ratio, a rate, an idiom, or a
    /// count of no event the sentence names: no figure.
    NotAFigure,
    /// Another figure.
    Other,
}

/// Nouns of occasions, each with the preposition before the figure that makes one
/// (`à trois reprises`, `on four occasions`), folded.
const OCCASIONS: [(&str, &str); 2] = [("reprises", "a"), ("occasions", "on")];

/// Words after a count of times that make it a ratio or a rate: `three times as
/// many`, `twice the size`, `daily`, `deux fois plus`, `trois fois la taille`.
const RATIO: &[&str] = &[
    // English
    "as",
    "more",
    "less",
    "fewer",
    "the",
    "its",
    "his",
    "her",
    "their",
    "that",
    "what",
    "this",
    "over",
    "than",
    "higher",
    "lower",
    "larger",
    "bigger",
    "greater",
    "smaller",
    "faster",
    "slower",
    "longer",
    "shorter",
    "better",
    "worse",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "annually", // French
    "plus",
    "moins",
    "autant",
    "mieux",
    "pire",
    "davantage",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "celui",
    "celle",
    "ceux",
    "sur",
    "superieur",
    "superieure",
    "superieurs",
    "superieures",
    "inferieur",
    "inferieure",
    "inferieurs",
    "inferieures",
    "moindre",
];

/// Words after a count of times that make it a rate when a period follows them
/// (`twice a year`, `three times per week`, `deux fois par an`); before anything
/// else they are a preposition or an article (`entendu à trois reprises par le
/// juge`).
const RATE_LINKS: &[&str] = &["a", "an", "per", "every", "each", "par", "chaque"];

/// Periods a rate is counted in, folded.
const PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "decade",
    "season",
    "quarter",
    "century",
    "an",
    "annee",
    "mois",
    "semaine",
    "jour",
    "heure",
    "saison",
    "trimestre",
    "siecle",
];

/// Words before a count of times that make it no count of one event: `at once`,
/// `for once`, `more than once`, `à la fois`, `encore une fois`, `the three times
/// he…`, `not once`.
const BLOCKING_BEFORE: &[&str] = &[
    "at", "for", "than", "not", "never", "the", "all", "those", "these", "la", "les", "ces",
    "cette", "chaque", "encore", "pas", "jamais", "derniere", "premiere",
];

/// After `once` and `une fois`, which are conjunctions as often (`once complete`,
/// `une fois que`, `une fois arrivé`), only the end of a clause or one of these
/// words makes a count: `arrested once before`, `condamné une fois depuis`.
const AFTER_ONCE: &[&str] = &[
    "before",
    "since",
    "during",
    "last",
    "earlier",
    "previously",
    "avant",
    "depuis",
    "pendant",
    "lors",
    "auparavant",
];

/// Pronouns that stand between the event and its count (`stabbed him twice`).
const OBJECT_PRONOUNS: &[&str] = &[
    "him", "her", "them", "it", "me", "us", "you", "le", "la", "les", "l'", "lui", "leur",
];

/// How far before a count its event may be named, in words.
const EVENT_WINDOW: usize = 5;

/// The figure `n`, whose value ends at `end`, read as a count of occurrences.
/// `from` is where the claim starts so far (its qualifier included): the event is
/// named before it.
pub fn read(sentence: &str, n: &NumberMatch, end: usize, from: usize) -> Reading {
    let after = tokens_after(sentence, end, 3);
    let adjacent = |k: usize, last_end: usize| {
        after.get(k).filter(|t| {
            sentence[end + last_end..end + t.span.start]
                .trim()
                .is_empty()
        })
    };
    let (form_end, fix_end, with_word, extent_start, from) = if n.style.times {
        (end, end, true, from, from)
    } else if let Some(t) = adjacent(0, 0).filter(|t| TIMES_NOUNS.contains(&t.norm.as_str())) {
        (end + t.span.end, end + t.span.end, true, from, from)
    } else if let Some(t) = adjacent(0, 0) {
        let Some((_, prep)) = OCCASIONS.iter().find(|(noun, _)| *noun == t.norm) else {
            return Reading::Other;
        };
        let before = tokens_before(sentence, n.span.start, 1);
        match before.last() {
            Some(p) if p.norm == *prep && sentence[p.span.end..n.span.start].trim().is_empty() => (
                end + t.span.end,
                end,
                false,
                p.span.start,
                p.span.start.min(from),
            ),
            _ => return Reading::Other,
        }
    } else {
        return Reading::Other;
    };
    // What follows the count's words: a ratio's or a rate's word, or, after `once`,
    // anything but the end of the clause and a few words of time.
    let rest = &sentence[form_end..];
    let next = tokens_after(sentence, form_end, 2);
    let next_adjacent = next
        .first()
        .filter(|t| rest[..t.span.start].trim().is_empty());
    let rate = next_adjacent.is_some_and(|t| RATE_LINKS.contains(&t.norm.as_str()))
        && next.get(1).is_some_and(|p| {
            PERIODS.contains(&p.norm.as_str()) || PERIODS.contains(&p.norm.trim_end_matches('s'))
        });
    if rate || next_adjacent.is_some_and(|t| RATIO.contains(&t.norm.as_str())) {
        return Reading::NotAFigure;
    }
    let single = n.style.times && n.value == 1.0;
    if single && next_adjacent.is_some_and(|t| !AFTER_ONCE.contains(&t.norm.as_str())) {
        return Reading::NotAFigure;
    }
    let before = tokens_before(sentence, from, EVENT_WINDOW + 1);
    if before.last().is_some_and(|t| {
        BLOCKING_BEFORE.contains(&t.norm.as_str()) && sentence[t.span.end..from].trim().is_empty()
    }) {
        return Reading::NotAFigure;
    }
    match event_before(sentence, from, &before) {
        Some(event) => Reading::Count(Occurrences {
            end: form_end,
            fix_end,
            with_word,
            extent_start,
            event,
            about: name_before(sentence, from),
        }),
        None => Reading::NotAFigure,
    }
}

/// How far before a count the name of what it happened to may stand, in words.
const NAME_WINDOW: usize = 8;

/// The nearest name before `from` in its clause (the last word of `Cody Brannagh`, of
/// `Brannagh's`), folded; not a month or a weekday.
fn name_before(sentence: &str, from: usize) -> Option<String> {
    let (clause_start, _) = crate::claims::context::clause_of(sentence, Span::new(from, from));
    let before = tokens_before(sentence, from, NAME_WINDOW);
    before
        .iter()
        .rev()
        .take(NAME_WINDOW)
        .take_while(|t| t.span.start >= clause_start)
        .map(|t| (t, t.norm.trim_end_matches(['\'', '\u{2019}'])))
        .find(|(t, w)| {
            t.capitalized
                && !w.is_empty()
                && w.chars().all(char::is_alphabetic)
                && !stopwords::is_stopword(w)
                && crate::lang::calendar::month(w).is_none()
                && crate::lang::calendar::weekday(w).is_none()
        })
        .map(|(_, w)| w.to_string())
}

/// The event a count of occurrences counts: the nearest content word before it in
/// its clause, past object pronouns and names (`visited Orvel twice`), with no
/// punctuation between.
fn event_before(
    sentence: &str,
    from: usize,
    before: &[crate::text::Token],
) -> Option<(String, String)> {
    let (clause_start, _) = crate::claims::context::clause_of(sentence, Span::new(from, from));
    let mut next_start = from;
    for t in before.iter().rev().take(EVENT_WINDOW) {
        if t.span.start < clause_start
            || sentence[t.span.end..next_start].contains([',', ';', ':', '(', ')', '"', '«', '»'])
        {
            return None;
        }
        next_start = t.span.start;
        let w = t.norm.as_str();
        if OBJECT_PRONOUNS.contains(&w) || stopwords::is_stopword(w) || t.capitalized {
            continue;
        }
        if !w.chars().all(char::is_alphabetic) || numbers::is_number_word(w) {
            return None;
        }
        let text = &sentence[t.span.start..t.span.end];
        return Some((units::counted_key(w)?, text.to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::claims::quantity::{find, Unit};

    /// `check(sentence, [(count as written, value, event as written)])`: the counts
    /// of occurrences of a sentence; `others` is how many other figures it has.
    fn check(sentence: &str, expected: &[(&str, f64, &str)], others: usize) {
        let found = find(sentence, &[]);
        let got: Vec<(&str, f64, &str)> = found
            .iter()
            .filter(|f| f.value.unit == Unit::Times)
            .map(|f| {
                (
                    f.span.slice(sentence),
                    f.value.low,
                    f.value.counted_text.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(got, expected, "counts of occurrences in {sentence:?}");
        let rest = found.iter().filter(|f| f.value.unit != Unit::Times).count();
        assert_eq!(rest, others, "other figures in {sentence:?}");
    }

    #[test]
    fn counts_of_occurrences_count_their_event() {
        check(
            "The Varnel ferry was inspected three times last spring.",
            &[("three times", 3.0, "inspected")],
            0,
        );
        check(
            "Inspectors visited the Tolbray mill twice, the union said.",
            &[("twice", 2.0, "mill")],
            0,
        );
        check(
            "Auditors questioned Ilse Marrow twice.",
            &[("twice", 2.0, "questioned")],
            0,
        );
        check(
            "The Osk bridge has been closed once since March.",
            &[("once", 1.0, "closed")],
            0,
        );
        check(
            "The council met on four occasions.",
            &[("four occasions", 4.0, "met")],
            0,
        );
        check(
            "Le maire de Castelnoir a été entendu à trois reprises par les enquêteurs.",
            &[("trois reprises", 3.0, "entendu")],
            0,
        );
        check(
            "La digue de Morlac a cédé deux fois en dix ans.",
            &[("deux fois", 2.0, "cédé")],
            1,
        );
        check(
            "Le gardien a été blessé une fois.",
            &[("une fois", 1.0, "blessé")],
            0,
        );
        check(
            "The pump failed more than 4 times.",
            &[("more than 4 times", 4.0, "failed")],
            0,
        );
    }

    #[test]
    fn ratios_rates_and_idioms_are_no_count() {
        for s in [
            "At times, the Orvane rose fast.",
            "It was the first time the Orvane had flooded.",
            "He said it one more time.",
            "The mayor was at the same time a deputy.",
            "Work on the Brannagh quay will resume once complete.",
            "All at once, the lights of Varn went out.",
            "The quarry paid three times the usual fine.",
            "The new hall holds three times as many seats.",
            "The Lisk committee meets twice a year.",
            "Une fois que la digue sera réparée, les habitants rentreront.",
            "La crue de l'Aurène a été trois fois plus forte.",
            "Le conseil se réunit deux fois par an.",
            "La benne passe trois fois par mois.",
            "The Lisk barge docks four times per week.",
            "Elle a répondu à la fois aux élus et aux habitants.",
            "Les secours sont arrivés à temps.",
            "Encore une fois, le quai a été inondé.",
        ] {
            check(s, &[], 0);
        }
    }

    #[test]
    fn a_correction_writes_the_count_with_its_word() {
        use crate::lang::numbers::render;
        let style = |s: &str| find(s, &[])[0].value.style.clone();
        let fix = |s: &str| find(s, &[])[0].fix_span.slice(s).to_string();
        assert_eq!(render(2.0, &style("He was stabbed three times.")), "twice");
        assert_eq!(fix("He was stabbed three times."), "three times");
        assert_eq!(render(3.0, &style("He was stabbed twice.")), "three times");
        assert_eq!(
            render(1.0, &style("Il a été blessé deux fois.")),
            "une fois"
        );
        assert_eq!(
            render(4.0, &style("Il a été blessé deux fois.")),
            "quatre fois"
        );
        // With a noun of occasions, only the number is corrected.
        assert_eq!(fix("Il a été entendu à trois reprises."), "trois");
        assert_eq!(
            render(2.0, &style("Il a été entendu à trois reprises.")),
            "deux"
        );
    }
}
