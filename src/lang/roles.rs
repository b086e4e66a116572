//! Role words: titles and functions that stand next to a person's name.

use crate::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Title heads, folded, longest first where one contains another. The second item is
/// the head's key: feminine and masculine, French and English forms share one.
const HEADS: &[(&str, &str)] = &[
    ("secretaire generale", "secretaire general"),
    ("secretaire general", "secretaire general"),
    ("secretary-general", "secretaire general"),
    ("secretary general", "secretaire general"),
    ("secretaire d'etat", "secretaire d'etat"),
    ("secretary of state", "secretaire d'etat"),
    ("premier ministre", "premier ministre"),
    ("premiere ministre", "premier ministre"),
    ("prime minister", "premier ministre"),
    ("vice-premier ministre", "vice-premier ministre"),
    ("vice-ministre", "vice-ministre"),
    ("vice-president", "vice-president"),
    ("vice-presidente", "vice-president"),
    ("vice president", "vice-president"),
    ("porte-parole", "porte-parole"),
    ("spokesman", "porte-parole"),
    ("spokeswoman", "porte-parole"),
    ("spokesperson", "porte-parole"),
    ("ministre", "ministre"),
    ("minister", "ministre"),
    ("presidente", "president"),
    ("president", "president"),
    ("directrice generale", "directeur general"),
    ("directeur general", "directeur general"),
    ("director general", "directeur general"),
    ("directrice", "directeur"),
    ("directeur", "directeur"),
    ("director", "directeur"),
    ("prefete", "prefet"),
    ("prefet", "prefet"),
    ("gouverneure", "gouverneur"),
    ("gouverneur", "gouverneur"),
    ("governor", "gouverneur"),
    ("maire", "maire"),
    ("mayor", "maire"),
    ("ambassadrice", "ambassadeur"),
    ("ambassadeur", "ambassadeur"),
    ("ambassador", "ambassadeur"),
    ("deputee", "depute"),
    ("depute", "depute"),
    ("senatrice", "senateur"),
    ("senateur", "senateur"),
    ("senator", "senateur"),
    ("procureure", "procureur"),
    ("procureur", "procureur"),
    ("prosecutor", "procureur"),
    ("cheffe", "chef"),
    ("chef", "chef"),
    ("chief", "chef"),
    ("sheriff", "sherif"),
    ("sherif", "sherif"),
    ("incident commander", "commandant des operations"),
    ("commandant", "commandant"),
    ("commander", "commandant"),
    ("chancelier", "chancelier"),
    ("chanceliere", "chancelier"),
    ("chancellor", "chancelier"),
    ("pdg", "pdg"),
    ("ceo", "pdg"),
    ("chairman", "president"),
    ("chairwoman", "president"),
    ("patronne", "patron"),
    ("patron", "patron"),
    ("conseillere", "conseiller"),
    ("conseiller", "conseiller"),
    ("adviser", "conseiller"),
    ("advisor", "conseiller"),
    ("commissaire", "commissaire"),
    ("commissioner", "commissaire"),
    ("juge", "juge"),
    ("judge", "juge"),
    ("general", "general"),
    ("roi", "roi"),
    ("king", "roi"),
    ("reine", "reine"),
    ("queen", "reine"),
];

/// A head as its words, and its key.
type Head = (Vec<&'static str>, &'static str);

/// The heads by their first word, in table order.
static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<Head>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<Head>> = Default::default();
    for (form, key) in HEADS {
        let parts: Vec<&'static str> = form.split(' ').collect();
        map.entry(parts[0]).or_default().push((parts, key));
    }
    map
});

/// A role head starting at token `i` of folded tokens: (tokens used, key).
pub fn head_at(folded: &[&str], i: usize) -> Option<(usize, &'static str)> {
    let forms = BY_FIRST_WORD.get(folded.get(i)?)?;
    forms.iter().find_map(|(parts, key)| {
        let fits =
            i + parts.len() <= folded.len() && parts.iter().zip(&folded[i..]).all(|(p, w)| p == w);
        fits.then_some((parts.len(), *key))
    })
}

/// Whether a folded word is a role head by itself.
pub fn is_head_word(word: &str) -> bool {
    BY_FIRST_WORD.contains_key(fold(word).as_str())
}

/// Nationality and scope adjectives: they qualify a title without naming its body
/// (`ministre russe`, `président polonais`), so they never decide a contradiction alone.
pub fn is_scope_adjective(folded: &str) -> bool {
    const SUFFIXES: [&str; 12] = [
        "ais", "aise", "ien", "ienne", "ain", "aine", "ois", "oise", "ese", "an", "ish", "ese",
    ];
    const WORDS: [&str; 14] = [
        "russe",
        "belge",
        "suisse",
        "americain",
        "national",
        "nationale",
        "federal",
        "federale",
        "regional",
        "regionale",
        "local",
        "state",
        "county",
        "federal",
    ];
    WORDS.contains(&folded) || (folded.len() > 4 && SUFFIXES.iter().any(|s| folded.ends_with(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_heads() {
        let t = ["le", "secretaire", "general", "de", "l'", "otan"];
        assert_eq!(head_at(&t, 1), Some((2, "secretaire general")));
        let t = ["kremlin", "spokesman"];
        assert_eq!(head_at(&t, 1), Some((1, "porte-parole")));
        assert_eq!(head_at(&["la", "ministre"], 1), Some((1, "ministre")));
    }
}
