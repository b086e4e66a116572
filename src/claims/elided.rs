//! An elided noun across sentences: a bare figure counts what the sentence before it,
//! in its paragraph, counted (`The defence called six witnesses. The prosecution
//! called nine.`).
//!
//! Only a figure that names nothing, is no one's age and stands where a noun could
//! follow it (not after a preposition, `arrived at 3`, nor after a label, `Route 9`)
//! takes a noun, and only when the sentence before says unambiguously which: the
//! figure after the same verb (`called six witnesses` → `called nine`), else its only
//! thing counted that is no span of time (`Over nine days, jurors heard from 23
//! witnesses. The defence called six.`), of the same order as the figure.

use crate::claims::found::Found;
use crate::claims::quantity::{Quantity, Unit};
use crate::lang::stem::stem;
use crate::lang::{stopwords, units};
use crate::text::tokens_before;

/// Words before a figure that make it a complement (a time, a rank, a place), not a
/// thing counted whose noun is left out, folded.
const PREPOSITIONS: &[&str] = &[
    // English
    "at", "on", "in", "by", "of", "to", "from", "for", "with", "over", "under", "after", "before",
    "since", "until", "per", "about", "around", "into", "than", "between", "within", "during",
    "near", "no", "number", // French
    "a", "au", "aux", "en", "de", "du", "des", "d'", "par", "pour", "sur", "sous", "dans", "avec",
    "depuis", "vers", "avant", "apres", "contre", "chez", "entre", "jusqu'a", "jusqu", "lors",
    "pendant", "selon", "numero",
];

/// How far apart, as a ratio, a bare figure and the figure it takes its noun from
/// may be when only their order ties them (6 of 23 witnesses, not 40 000 of 300
/// workers).
const SAME_ORDER: f64 = 10.0;

/// Whether a figure of `sentence` names nothing and stands where a noun was left out.
pub fn is_bare(sentence: &str, f: &Found<Quantity>) -> bool {
    let q = &f.value;
    if q.unit != Unit::Count
        || q.counted.is_some()
        || q.about.is_some()
        || q.style.multiplier.is_some()
    {
        return false;
    }
    let before = tokens_before(sentence, f.span.start, 1);
    match before.last() {
        None => true,
        Some(t) => {
            let gap = &sentence[t.span.end..f.span.start];
            gap.trim().is_empty()
                && !PREPOSITIONS.contains(&t.norm.as_str())
                && !t.capitalized
                && t.norm.chars().all(|c| c.is_alphabetic() || c == '\'')
        }
    }
}

/// Gives the bare figures of `found` (in `sentence`) the noun the sentence before,
/// `before` with its figures `before_found`, counted.
pub fn take_from_before(
    sentence: &str,
    found: &mut [Found<Quantity>],
    before: &str,
    before_found: &[Found<Quantity>],
) {
    let counted: Vec<(&Found<Quantity>, &String, &String)> = before_found
        .iter()
        .filter(|b| b.value.unit == Unit::Count && b.value.about.is_none())
        .filter_map(|b| Some((b, b.value.counted.as_ref()?, b.value.counted_text.as_ref()?)))
        .collect();
    if counted.is_empty() {
        return;
    }
    for f in found.iter_mut() {
        if !is_bare(sentence, f) {
            continue;
        }
        let verb = verb_before(sentence, f.span.start);
        // The figure after the same verb, when the sentence before has one.
        let by_verb: Vec<&(&Found<Quantity>, &String, &String)> = counted
            .iter()
            .filter(|(b, _, _)| verb.is_some() && verb_before(before, b.span.start) == verb)
            .collect();
        let pick = if !by_verb.is_empty() {
            one_key(&by_verb)
        } else {
            let things: Vec<&(&Found<Quantity>, &String, &String)> = counted
                .iter()
                .filter(|(_, k, _)| !units::is_time_span(k))
                .collect();
            one_key(&things).filter(|(b, _, _)| same_order(&b.value, &f.value))
        };
        if let Some((_, key, text)) = pick {
            f.value.counted = Some(key.to_string());
            f.value.counted_text = Some(text.to_string());
        }
    }
}

/// The one thing counted among `list`, if they all count it.
fn one_key<'a>(
    list: &[&'a (&'a Found<Quantity>, &'a String, &'a String)],
) -> Option<&'a (&'a Found<Quantity>, &'a String, &'a String)> {
    let first = *list.first()?;
    list.iter().all(|(_, k, _)| *k == first.1).then_some(first)
}

/// The stem of the word right before a figure when it can be its verb: a lowercase
/// word that is no function word.
fn verb_before(sentence: &str, at: usize) -> Option<String> {
    let before = tokens_before(sentence, at, 1);
    let t = before.last()?;
    if !sentence[t.span.end..at].trim().is_empty()
        || t.capitalized
        || stopwords::is_stopword(&t.norm)
        || !t.norm.chars().all(char::is_alphabetic)
    {
        return None;
    }
    stem(&t.norm)
}

fn same_order(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (a.low.abs(), b.low.abs());
    x.min(y) > 0.0 && x.max(y) / x.min(y) <= SAME_ORDER
}

#[cfg(test)]
mod tests {
    use crate::claims::{extract, Value};
    use crate::document::Document;

    /// `check(markdown, [(figure as written, what it counts as written)])`, in order.
    fn check(markdown: &str, expected: &[(&str, Option<&str>)]) {
        let doc = Document::markdown("t.md", markdown);
        let got: Vec<(&str, Option<String>)> = extract(&doc)
            .iter()
            .filter_map(|c| match &c.value {
                Value::Quantity(q) => Some((c.span.slice(&doc.text), q.counted_text.clone())),
                _ => None,
            })
            .collect();
        let want: Vec<(&str, Option<String>)> = expected
            .iter()
            .map(|(a, b)| (*a, b.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "what the figures of {markdown:?} count");
    }

    #[test]
    fn a_bare_figure_counts_what_the_sentence_before_counted() {
        // After the same verb.
        check(
            "The Orlan club signed four strikers. Its rival signed seven.",
            &[("four", Some("strikers")), ("seven", Some("strikers"))],
        );
        check(
            "La mairie a recruté 12 animateurs. Le département en a recruté 30.",
            &[("12", Some("animateurs")), ("30", Some("animateurs"))],
        );
        // The only thing counted that is no span of time, of the same order.
        check(
            "Over eight days of hearings, the panel heard 31 residents. The council, for its part, called five.",
            &[
                ("Over eight", Some("days")),
                ("31", Some("residents")),
                ("five", Some("residents")),
            ],
        );
        check(
            "En trois jours, la brigade a contrôlé 40 camions. La douane, de son côté, en a retenu 9.",
            &[
                ("trois", Some("jours")),
                ("40", Some("camions")),
                ("9", Some("camions")),
            ],
        );
    }

    #[test]
    fn a_figure_takes_no_noun_when_the_sentence_before_is_unclear() {
        // Two things counted, neither after the same verb.
        check(
            "The Tesk yard built 14 barges and 6 tugs. Its owner sold three.",
            &[("14", Some("barges")), ("6", Some("tugs")), ("three", None)],
        );
        // Another paragraph.
        check(
            "The Tesk yard built 14 barges.\n\nIts owner sold three.",
            &[("14", Some("barges")), ("three", None)],
        );
        // A complement, a label, another order.
        check(
            "The Vell plant employs 300 workers. The shift starts at 6.",
            &[("300", Some("workers")), ("6", None)],
        );
        check(
            "The Vell plant employs 300 workers. It stands on Route 9.",
            &[("300", Some("workers")), ("9", None)],
        );
        check(
            "The Vell plant employs 300 workers. Last year it made 40,000.",
            &[("300", Some("workers")), ("40,000", None)],
        );
        // A span of time alone is no antecedent, unless after the same verb.
        check(
            "The first Ardel trial lasted 9 days. The second one took 12.",
            &[("9", Some("days")), ("12", None)],
        );
        check(
            "The first Ardel trial lasted 9 days. The second lasted 12.",
            &[("9", Some("days")), ("12", Some("days"))],
        );
    }
}
