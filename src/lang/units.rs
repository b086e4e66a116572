//! What a figure counts: synonyms that name the same thing, and unit words.

use crate::lang::stem::stem;
use std::sync::LazyLock;

/// Groups of nouns that count the same thing; the first is the group's key.
const SYNONYMS: &[&[&str]] = &[
    &[
        "soldats",
        "soldat",
        "troupes",
        "troupe",
        "hommes",
        "militaires",
        "combattants",
        "soldiers",
        "soldier",
        "troops",
        "servicemen",
        "fighters",
    ],
    &[
        "morts",
        "mort",
        "tues",
        "deces",
        "victimes",
        "dead",
        "deaths",
        "killed",
        "fatalities",
    ],
    &["blesses", "blesse", "injured", "wounded"],
    &["habitants", "residents", "inhabitants", "population"],
    &["personnes", "gens", "people", "persons", "individus"],
    &[
        "maisons",
        "logements",
        "foyers",
        "domiciles",
        "habitations",
        "homes",
        "houses",
        "households",
        "dwellings",
    ],
    &["pompiers", "sapeurs-pompiers", "firefighters", "firemen"],
    &["manifestants", "protesters", "demonstrators"],
    &["grevistes", "strikers"],
    &["vols", "flights"],
    &[
        "passagers",
        "voyageurs",
        "passengers",
        "travellers",
        "travelers",
    ],
    &["euros", "eur", "€"],
    &["dollars", "usd", "$"],
    &["hectares", "ha"],
    &["acres"],
    &["kilometres", "km"],
    &["metres", "m", "meters"],
    &["emplois", "postes", "jobs"],
    &[
        "salaries",
        "employes",
        "employees",
        "workers",
        "travailleurs",
    ],
    &["eleves", "students", "etudiants", "pupils"],
    &["drones"],
    &["missiles", "roquettes", "rockets"],
    &["batiments", "structures", "edifices", "buildings"],
    &["refugies", "deplaces", "refugees", "displaced"],
];

/// Words after a figure that only introduce what is counted.
pub const LINKS: [&str; 8] = ["de", "d'", "des", "of", "du", "the", "d", "en"];

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

/// Whether a counted key is years of age (`ans`, `years`).
pub fn is_age(key: &str) -> bool {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(&["ans", "years"]));
    KEYS.iter().any(|k| k == key)
}

/// The counted keys of some nouns, worked out once: these tests run per candidate.
fn keys_of(words: &[&str]) -> Vec<String> {
    words.iter().filter_map(|w| counted_key(w)).collect()
}

/// The key of what a folded noun counts: its synonym group, or its stem.
pub fn counted_key(folded: &str) -> Option<String> {
    for group in SYNONYMS {
        if group.contains(&folded) {
            return stem(group[0]).or_else(|| Some(group[0].to_string()));
        }
    }
    stem(folded)
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
    }
}
