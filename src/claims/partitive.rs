//! The French partitive clitic `en` before a figure's verb (`la direction en propose
//! 8 000`, `le syndicat en revendique plus de 800`): the figure is one more of what
//! the figure before it counts, in that figure's unit.

use super::found::Found;
use super::quantity::{Quantity, Unit};
use crate::lang::attribution as words;
use crate::text::tokens_shared;

/// Auxiliaries between `en` and its verb (`en a proposé`, `en avaient compté`).
fn is_auxiliary(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"
    )
}

/// Gives each figure that names nothing counted, whose verb takes `en`, the unit and
/// counted noun of the figure before it in the sentence (`une prime de 18 000 euros ;
/// la direction en propose 8 000`: 8 000 euros of that prime).
pub fn carry(found: &mut [Found<Quantity>], sentence: &str) {
    for i in 1..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let prev = &before[i - 1].value;
        let f = &mut rest[0];
        let bare = f.value.unit == Unit::Count && f.value.counted.is_none();
        let names_something = prev.unit != Unit::Count || prev.counted.is_some();
        if bare && names_something && takes_en(sentence, f.span.start) {
            f.value.unit = prev.unit.clone();
            f.value.counted = prev.counted.clone();
            f.value.counted_text = prev.counted_text.clone();
        }
    }
}

/// Whether the words right before `at` are `en`, its verb (after its auxiliary, if
/// any) and perhaps `que` (`n'en propose que 8 000`), with nothing but spaces between:
/// a verb of saying, counting or proposing, or an auxiliary (`il en a 300`). `en`
/// before a noun (`en moyenne 300`, `en hausse de 300`) is a preposition.
fn takes_en(sentence: &str, at: usize) -> bool {
    let toks = tokens_shared(sentence.get(..at).unwrap_or(""));
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let mut end = norms.len();
    if end > 0 && matches!(norms[end - 1], "que" | "qu'") {
        end -= 1;
    }
    let Some(verb) = end.checked_sub(1) else {
        return false;
    };
    let clitic = if verb >= 2 && is_auxiliary(norms[verb - 1]) {
        verb - 2
    } else if let Some(c) = verb.checked_sub(1) {
        c
    } else {
        return false;
    };
    let joined = |a: usize| {
        let next = toks.get(a + 1).map_or(at, |t| t.span.start);
        sentence
            .get(toks[a].span.end..next)
            .is_some_and(|gap| gap.trim().is_empty())
    };
    norms[clitic] == "en"
        && (is_auxiliary(norms[verb]) || words::verb_kind_at(&norms, verb).is_some())
        && (clitic..toks.len()).all(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(sentence, [(figure as written, its unit, what it counts as written)])`
    fn check(sentence: &str, expected: &[(&str, Unit, Option<&str>)]) {
        let mut found = crate::claims::quantity::find(sentence, &[]);
        carry(&mut found, sentence);
        let got: Vec<(&str, Unit, Option<String>)> = found
            .iter()
            .map(|f| {
                (
                    &sentence[f.fix_span.start..f.fix_span.end],
                    f.value.unit.clone(),
                    f.value.counted_text.clone(),
                )
            })
            .collect();
        let want: Vec<(&str, Unit, Option<String>)> = expected
            .iter()
            .map(|(a, u, c)| (*a, u.clone(), c.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "figures of {sentence:?}");
    }

    #[test]
    fn a_figure_after_en_and_its_verb_counts_what_the_one_before_counts() {
        let eur = || Unit::Currency("EUR");
        check(
            "Le collectif réclame une indemnité de 9 000 euros ; la mairie en propose 4 000.",
            &[
                ("9 000", eur(), Some("indemnité")),
                ("4 000", eur(), Some("indemnité")),
            ],
        );
        check(
            "Les pêcheurs réclament une prime de 600 euros, la région n'en offre que 250.",
            &[("600", eur(), Some("prime")), ("250", eur(), Some("prime"))],
        );
        check(
            "Le club demandait une subvention de 40 000 euros, le conseil en a proposé 25 000.",
            &[
                ("40 000", eur(), Some("subvention")),
                ("25 000", eur(), Some("subvention")),
            ],
        );
    }

    #[test]
    fn en_before_a_noun_carries_nothing() {
        let eur = || Unit::Currency("EUR");
        check(
            "La prime atteint 600 euros, et en moyenne 250 dossiers sont traités.",
            &[
                ("600", eur(), Some("prime")),
                ("250", Unit::Count, Some("dossiers")),
            ],
        );
        check(
            "Le loyer est de 900 euros ; en 2024, 300 familles attendaient.",
            &[
                ("900", eur(), Some("loyer")),
                ("300", Unit::Count, Some("familles")),
            ],
        );
        // A figure that names what it counts keeps it.
        check(
            "Le loyer est de 900 euros, et l'agence en gère 300 logements.",
            &[
                ("900", eur(), Some("loyer")),
                ("300", Unit::Count, Some("logements")),
            ],
        );
    }
}
