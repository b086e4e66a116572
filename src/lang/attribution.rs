//! Attribution words: prepositions (`selon`, `according to`) and speech verbs
//! (`a déclaré`, `estime`, `said`) that give a claim to someone.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Prepositions before a speaker, folded, as token sequences.
pub const PREPOSITIONS: &[&[&str]] = &[
    &["selon"],
    &["d'", "apres"],
    &["according", "to"],
    &["cote"],
    &["de", "source"],
    &["pour"],
];

/// Stems of speech verbs (folded). A token starting with one of them is a verb of
/// attribution: `déclar` covers déclare, déclaré, déclarait.
const VERB_STEMS: &[&str] = &[
    "declar",
    "affirm",
    "estim",
    "indiqu",
    "annonc",
    "precis",
    "ajout",
    "expliqu",
    "assur",
    "soulign",
    "denonc",
    "revendiqu",
    "recens",
    "rapport",
    "evoqu",
    "confirm",
    "avanc",
    "avert",
    "previen",
    "reconn",
    "alert",
    "signal",
    "jug",
    "parl",
    "assur",
    "deplor",
    "accus",
    "admet",
    "temoign",
    "racont",
    "compt",
    "chiffr",
    "evalu",
    "said",
    "say",
    "told",
    "tell",
    "stat",
    "announc",
    "report",
    "estimat",
    "claim",
    "confirm",
    "warn",
    "add",
    "explain",
    "insist",
    "count",
    "tally",
    "tallied",
    "put",
    "according",
];

/// Whole-word verbs too short for a stem.
const VERB_WORDS: &[&str] = &[
    "dit", "disent", "dira", "juge", "estime", "selon", "says", "said",
];

/// Whether a folded token is a speech verb. `compt`/`count` count only after `en`
/// (`le syndicat en compte 450`), since `compter` also means to plan.
pub fn is_speech_verb(folded: &str, previous: Option<&str>) -> bool {
    if VERB_WORDS.contains(&folded) {
        return true;
    }
    // Every token of every sentence is asked: look only at stems sharing its first two bytes.
    static BY_PREFIX: LazyLock<HashMap<&'static [u8], Vec<&'static str>>> = LazyLock::new(|| {
        let mut map: HashMap<&'static [u8], Vec<&'static str>> = Default::default();
        for s in VERB_STEMS {
            map.entry(&s.as_bytes()[..2]).or_default().push(s);
        }
        map
    });
    let Some(prefix) = folded.as_bytes().get(..2) else {
        return false;
    };
    let stem = BY_PREFIX
        .get(prefix)
        .and_then(|stems| stems.iter().find(|s| folded.starts_with(**s)));
    match stem {
        Some(&"compt") | Some(&"count") | Some(&"chiffr") | Some(&"put") => {
            matches!(previous, Some("en") | Some("l'") | Some("les"))
        }
        Some(&"add") => folded == "added" || folded == "adds",
        Some(&"stat") => folded == "stated" || folded == "states",
        Some(&"say") => folded == "says",
        Some(&"tell") => false,
        Some(&"jug") => folded.starts_with("juge"),
        Some(&"parl") => folded.starts_with("parle"),
        Some(&"assur") | Some(&"rapport") | Some(&"signal") => {
            !folded.ends_with("eur") && !folded.ends_with("eurs") && !folded.ends_with("ment")
        }
        Some(_) => true,
        None => false,
    }
}

/// Pronouns that stand for a speaker named earlier (`selon lui`, `he said`).
pub fn is_pronoun(folded: &str) -> bool {
    matches!(
        folded,
        "lui" | "elle" | "eux" | "il" | "ils" | "elles" | "he" | "she" | "they" | "it"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs() {
        for (w, prev, yes) in [
            ("declare", None, true),
            ("estime", None, true),
            ("said", None, true),
            ("compte", Some("en"), true),
            ("comptait", Some("moscou"), false),
            ("soldats", None, false),
        ] {
            assert_eq!(is_speech_verb(w, prev), yes, "{w}");
        }
    }
}
