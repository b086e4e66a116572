//! What a figure counts: the key of the thing counted (through the French–English
//! lexicon's concepts, `bilingual`, so that `soldats` and `troops` are one thing),
//! and unit words.

use crate::lang::bilingual;
use crate::lang::stem::stem;
use std::sync::LazyLock;

/// Words after a figure that only introduce what is counted.
pub const LINKS: [&str; 8] = ["de", "d'", "des", "of", "du", "the", "d", "en"];

/// Determiners after a link, before what is counted: `three of its jets`, `deux de
/// ses usines`.
pub const PARTITIVE_DETERMINERS: [&str; 12] = [
    "its", "their", "his", "her", "our", "these", "those", "ses", "leurs", "nos", "ces", "vos",
];

/// Currency words and signs, folded, with their code.
/// Every code `currency` gives.
pub const CURRENCY_CODES: [&str; 3] = ["EUR", "USD", "GBP"];

pub fn currency(folded: &str) -> Option<&'static str> {
    match folded {
        "euros" | "euro" | "eur" | "€" => Some("EUR"),
        "dollars" | "dollar" | "usd" | "$" => Some("USD"),
        "livres" | "pounds" | "£" => Some("GBP"),
        _ => None,
    }
}

/// Whether a counted key names anyone or anything at all (`personnes`, `people`):
/// that two figures count it says little about whether they count the same thing.
pub fn is_generic_count(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
        keys_of(&[
            "personnes",
            "fois",
            "times",
            "ans",
            "years",
            "jours",
            "days",
        ])
    });
    KEYS.iter().any(|k| k == key)
}

/// Whether a folded word says when, not what (`aujourd'hui`, `today`, `now`,
/// `hier`): the word after a figure that is one names nothing counted (`22 %
/// aujourd'hui`, `22% today`).
pub fn is_time_adverb(folded: &str) -> bool {
    let w = folded.trim_end_matches('\'');
    matches!(
        bilingual::concept_of(w),
        Some("~today" | "~now" | "~yesterday" | "~tomorrow")
    )
}

/// Whether a counted key names people harmed (`morts`, `killed`, `blessés`,
/// `injured`): people of any kind said to be so are counted as such (`killed six
/// workers` counts the dead, as `7 morts` does).
pub fn is_harm(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(&["morts", "blesses"]));
    KEYS.iter().any(|k| k == key)
}

/// Whether a counted key names people of some kind (`blessés`, `passengers`,
/// `strikers`): a count of people in general (`50 people were hurt`) may be a count
/// of them.
pub fn names_people(key: &str) -> bool {
    people_kinds().iter().any(|k| k == key)
}

/// The counted keys of people of some kind (`names_people`).
pub fn people_kinds() -> &'static [String] {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
        keys_of(&[
            "soldats",
            "morts",
            "blesses",
            "habitants",
            "pompiers",
            "manifestants",
            "grevistes",
            "passagers",
            "salaries",
            "eleves",
            "refugies",
            "disparus",
            "evacues",
            "sauveteurs",
            "secouristes",
            "agents",
            "policiers",
            "ouvriers",
            "electeurs",
            "patients",
            "detenus",
            "migrants",
            "touristes",
            "enfants",
            "etudiants",
            "medecins",
            "infirmiers",
            "journalistes",
            "otages",
            "victimes",
        ])
    });
    &KEYS
}

/// The key of people in general (`personnes`, `people`).
pub fn people_key() -> Option<&'static str> {
    static KEY: LazyLock<Option<String>> = LazyLock::new(|| counted_key("personnes"));
    KEY.as_deref()
}

/// Whether a counted key is a span of time (`days`, `heures`): a figure that counts
/// one is as often a complement of its clause (`over nine days`) as a thing counted
/// that a later figure leaves out.
pub fn is_time_span(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
        keys_of(&[
            "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
            "secondes", "heures", "jours", "semaines", "mois", "ans", "annees",
        ])
    });
    KEYS.iter().any(|k| k == key)
}

/// Whether a counted key is a scale a value is read on (`magnitude`, `catégorie`).
pub fn is_scale(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(crate::lang::measures::SCALES));
    KEYS.iter().any(|k| k == key)
}

/// Whether a counted key is years of age (`ans`, `years`).
pub fn is_age(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(&["ans", "years"]));
    KEYS.iter().any(|k| k == key)
}

/// The counted keys of some nouns, worked out once: these tests run per candidate.
fn keys_of(words: &[&str]) -> Vec<String> {
    words.iter().filter_map(|w| counted_key(w)).collect()
}

/// Whether a folded word is one of the things the lexicon says a figure counts
/// (`injured`, `blessés`, `killed`): a participle that is one names what a figure
/// counts.
pub fn is_known_count(folded: &str) -> bool {
    bilingual::is_counted_form(folded)
}

/// What a verb of harm before a figure says it counts (`injuring 58`, `killed 3`,
/// `tuant 3`): its participle (`injured`, `killed`, `tues`), when that is a noun of a
/// thing counted.
pub fn counted_by_verb(folded: &str) -> Option<String> {
    let participle = if let Some(stem) = folded.strip_suffix("ing") {
        format!("{stem}ed")
    } else if folded.ends_with("ed") {
        folded.to_string()
    } else {
        format!("{}es", folded.strip_suffix("ant")?)
    };
    is_known_count(&participle).then_some(participle)
}

/// The key of what a folded noun counts: its concept in the lexicon (its own, or its
/// plural's: `passenger numbers` count passengers), else its stem.
pub fn counted_key(folded: &str) -> Option<String> {
    let plural = format!("{folded}s");
    bilingual::counted_concept_of(folded)
        .or_else(|| bilingual::counted_concept_of(&plural))
        .map(str::to_string)
        .or_else(|| stem(folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_share_a_key() {
        assert_eq!(counted_key("troupes"), counted_key("soldats"));
        assert_eq!(counted_key("troops"), counted_key("hommes"));
        assert_eq!(counted_key("homes"), counted_key("foyers"));
        assert_ne!(counted_key("vols"), counted_key("soldats"));
        assert_eq!(counted_key("passagers"), counted_key("passengers"));
        assert_eq!(counted_key("missing"), counted_key("unaccounted"));
        assert_eq!(counted_key("passenger"), counted_key("passengers"));
        assert_eq!(counted_key("facture"), counted_key("costs"));
        // Across languages, and units and currencies too.
        assert_eq!(counted_key("immeubles"), counted_key("buildings"));
        assert_eq!(counted_key("sans-abri"), counted_key("homeless"));
        assert_eq!(counted_key("entreprises"), counted_key("companies"));
        assert_eq!(counted_key("kilometres"), counted_key("kilometers"));
        assert_eq!(counted_key("jours"), counted_key("days"));
        assert_eq!(counted_key("ans"), counted_key("years"));
        assert_eq!(counted_key("agents"), counted_key("officers"));
        assert_eq!(counted_key("exploitations"), counted_key("farms"));
        assert_ne!(counted_key("exploitations"), counted_key("exploitants"));
        assert_eq!(counted_key("€"), counted_key("euros"));
        assert_ne!(counted_key("jours"), counted_key("years"));
    }

    #[test]
    fn counts_of_a_kind_of_people() {
        for (noun, people) in [
            ("injured", true),
            ("passengers", true),
            ("grevistes", true),
            ("missing", true),
            ("homes", false),
            ("flights", false),
            ("people", false),
        ] {
            let key = counted_key(noun).unwrap_or_default();
            assert_eq!(names_people(&key), people, "{noun}");
        }
        assert_eq!(people_key(), counted_key("people").as_deref());
    }

    #[test]
    fn verbs_of_harm_name_what_they_count() {
        assert_eq!(counted_by_verb("injuring").as_deref(), Some("injured"));
        assert_eq!(counted_by_verb("killing").as_deref(), Some("killed"));
        assert_eq!(counted_by_verb("wounded").as_deref(), Some("wounded"));
        assert_eq!(counted_by_verb("freed"), None);
        assert_eq!(counted_by_verb("blessant").as_deref(), Some("blesses"));
        assert_eq!(counted_by_verb("carrying"), None);
        assert_eq!(counted_by_verb("pendant"), None);
    }
}
