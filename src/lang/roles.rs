//! Role words: titles and functions that stand next to a person's name.

use crate::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// The grammatical gender of a head as written: `procureure` is feminine, `procureur`
/// masculine, `porte-parole` and English heads either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    Either,
}

use Gender::{Either as N, Feminine as F, Masculine as M};

/// Title heads, folded, longest first where one contains another (forms starting
/// with the same word are tried in table order). The second item is the head's key:
/// feminine and masculine, French and English forms share one.
const HEADS: &[(&str, &str, Gender)] = &[
    ("secretaire generale", "secretaire general", F),
    ("secretaire general", "secretaire general", M),
    ("secretary-general", "secretaire general", N),
    ("secretary general", "secretaire general", N),
    ("secretaire d' etat", "secretaire d'etat", N),
    ("secretary of state", "secretaire d'etat", N),
    ("premier ministre", "premier ministre", M),
    ("premiere ministre", "premier ministre", F),
    ("prime minister", "premier ministre", N),
    ("vice-premier ministre", "vice-premier ministre", M),
    ("vice-premiere ministre", "vice-premier ministre", F),
    ("deputy prime minister", "vice-premier ministre", N),
    ("vice-ministre", "vice-ministre", N),
    ("vice-president", "vice-president", M),
    ("vice-presidente", "vice-president", F),
    ("vice president", "vice-president", N),
    ("porte-parole", "porte-parole", N),
    ("spokesman", "porte-parole", N),
    ("spokeswoman", "porte-parole", N),
    ("spokesperson", "porte-parole", N),
    ("ministre", "ministre", N),
    ("minister", "ministre", N),
    ("presidente", "president", F),
    ("president", "president", M),
    ("directrice generale", "directeur general", F),
    ("directeur general", "directeur general", M),
    ("director general", "directeur general", N),
    ("directrice financiere", "directeur financier", F),
    ("directeur financier", "directeur financier", M),
    (
        "directrice administrative et financiere",
        "directeur financier",
        F,
    ),
    (
        "directeur administratif et financier",
        "directeur financier",
        M,
    ),
    ("directrice technique", "directeur technique", F),
    ("directeur technique", "directeur technique", M),
    ("directrice des operations", "directeur des operations", F),
    ("directeur des operations", "directeur des operations", M),
    ("directrice de cabinet", "chef de cabinet", F),
    ("directeur de cabinet", "chef de cabinet", M),
    ("directrice", "directeur", F),
    ("directeur", "directeur", M),
    ("director", "directeur", N),
    ("sous-prefete", "sous-prefet", F),
    ("sous-prefet", "sous-prefet", M),
    ("prefete", "prefet", F),
    ("prefet", "prefet", M),
    ("gouverneure", "gouverneur", F),
    ("gouverneur", "gouverneur", M),
    ("governor", "gouverneur", N),
    ("adjointe au maire", "adjoint au maire", F),
    ("adjoint au maire", "adjoint au maire", M),
    ("deputy mayor", "adjoint au maire", N),
    ("maire", "maire", N),
    ("mayor", "maire", N),
    ("ambassadrice", "ambassadeur", F),
    ("ambassadeur", "ambassadeur", M),
    ("ambassador", "ambassadeur", N),
    ("deputee", "depute", F),
    ("depute", "depute", M),
    ("senatrice", "senateur", F),
    ("senateur", "senateur", M),
    ("senator", "senateur", N),
    ("procureure generale", "procureur general", F),
    ("procureur general", "procureur general", M),
    ("procureure", "procureur", F),
    ("procureur", "procureur", M),
    ("prosecutor", "procureur", N),
    ("district attorney", "procureur", N),
    ("avocate generale", "avocat general", F),
    ("avocat general", "avocat general", M),
    ("avocate", "avocat", F),
    ("avocat", "avocat", M),
    ("lawyer", "avocat", N),
    ("attorney general", "attorney general", N),
    ("attorney", "avocat", N),
    ("substitute du procureur", "substitut du procureur", F),
    ("substitut du procureur", "substitut du procureur", M),
    ("juge d' instruction", "juge d'instruction", N),
    ("investigating judge", "juge d'instruction", N),
    ("juge", "juge", N),
    ("judge", "juge", N),
    ("greffiere", "greffier", F),
    ("greffier", "greffier", M),
    ("batonniere", "batonnier", F),
    ("batonnier", "batonnier", M),
    ("cheffe de file", "chef de file", F),
    ("chef de file", "chef de file", M),
    ("cheffe de cabinet", "chef de cabinet", F),
    ("chef de cabinet", "chef de cabinet", M),
    ("cheffe", "chef", F),
    ("chef", "chef", M),
    ("chief executive officer", "pdg", N),
    ("chief executive", "pdg", N),
    ("chief financial officer", "directeur financier", N),
    ("chief operating officer", "directeur des operations", N),
    ("chief technology officer", "directeur technique", N),
    ("chief technical officer", "directeur technique", N),
    ("chief information officer", "chief information officer", N),
    ("chief marketing officer", "chief marketing officer", N),
    ("chief legal officer", "chief legal officer", N),
    ("chief medical officer", "chief medical officer", N),
    ("chief scientific officer", "chief scientific officer", N),
    ("chief investment officer", "chief investment officer", N),
    ("chief risk officer", "chief risk officer", N),
    ("chief commercial officer", "chief commercial officer", N),
    ("chief strategy officer", "chief strategy officer", N),
    ("chief of staff", "chef de cabinet", N),
    ("chief economist", "economiste en chef", N),
    ("chief", "chef", N),
    ("cfo", "directeur financier", N),
    ("coo", "directeur des operations", N),
    ("cto", "directeur technique", N),
    ("sheriff", "sherif", N),
    ("sherif", "sherif", N),
    ("incident commander", "commandant des operations", N),
    ("commandant", "commandant", N),
    ("commander", "commandant", N),
    ("chancelier", "chancelier", M),
    ("chanceliere", "chancelier", F),
    ("chancellor", "chancelier", N),
    ("pdg", "pdg", N),
    ("ceo", "pdg", N),
    ("chairman", "president", N),
    ("chairwoman", "president", N),
    ("chairperson", "president", N),
    ("patronne", "patron", F),
    ("patron", "patron", M),
    ("conseillere", "conseiller", F),
    ("conseiller", "conseiller", M),
    ("adviser", "conseiller", N),
    ("advisor", "conseiller", N),
    ("commissaire", "commissaire", N),
    ("commissioner", "commissaire", N),
    ("analyste", "analyste", N),
    ("analyst", "analyste", N),
    ("economiste", "economiste", N),
    ("economist", "economiste", N),
    ("manager", "manager", N),
    ("general manager", "general manager", N),
    ("general counsel", "general counsel", N),
    ("general", "general", N),
    ("colonel", "colonel", N),
    ("lieutenant-colonel", "lieutenant-colonel", N),
    ("sergente", "sergent", F),
    ("sergent", "sergent", M),
    ("sergeant", "sergent", N),
    ("caporal", "caporal", N),
    ("corporal", "caporal", N),
    ("adjudant", "adjudant", N),
    ("brigadier", "brigadier", N),
    ("officer", "officer", N),
    ("detective", "detective", N),
    ("inspectrice", "inspecteur", F),
    ("inspecteur", "inspecteur", M),
    ("inspector", "inspecteur", N),
    ("premiere adjointe", "premier adjoint", F),
    ("premier adjoint", "premier adjoint", M),
    ("adjointe", "adjoint", F),
    ("adjoint", "adjoint", M),
    ("deleguee syndicale", "delegue syndical", F),
    ("delegue syndical", "delegue syndical", M),
    ("union representative", "delegue syndical", N),
    ("shop steward", "delegue syndical", N),
    ("deleguee", "delegue", F),
    ("delegue", "delegue", M),
    ("presidente-directrice generale", "pdg", F),
    ("president-directeur general", "pdg", M),
    ("lead investigator", "enqueteur", N),
    ("chief investigator", "enqueteur", N),
    ("investigator", "enqueteur", N),
    ("enqueteuse", "enqueteur", F),
    ("enqueteur", "enqueteur", M),
    ("capitaine", "capitaine", N),
    ("captain", "capitaine", N),
    ("lieutenant", "lieutenant", N),
    ("roi", "roi", M),
    ("king", "roi", N),
    ("reine", "reine", F),
    ("queen", "reine", N),
];

/// Heads too vague to tell one function from another alone: `le chef X` may be the
/// president. Another head never contradicts them, nor they another; only the same
/// head with another body does.
const GENERIC: &[&str] = &["chef", "patron", "conseiller"];

/// Ranks, not offices: `le colonel X` may be the fire service's director too. A rank
/// meets only another rank (`Lieutenant` is not `Sergeant`), never a function.
const RANKS: &[&str] = &[
    "general",
    "colonel",
    "lieutenant-colonel",
    "capitaine",
    "lieutenant",
    "commandant",
    "sergent",
    "caporal",
    "adjudant",
    "brigadier",
    "officer",
    "detective",
    "inspecteur",
];

/// Whether a head key is a rank rather than an office.
pub fn is_rank(key: &str) -> bool {
    RANKS.contains(&key)
}

/// A broad head and the narrower ones it may stand for: `le directeur de l'agence` may
/// be its director general, `la juge X` its investigating judge.
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "directeur",
        &[
            "directeur general",
            "directeur financier",
            "directeur technique",
            "directeur des operations",
            "pdg",
        ],
    ),
    ("pdg", &["directeur general"]),
    ("juge", &["juge d'instruction"]),
    ("procureur", &["procureur general"]),
    ("commandant", &["commandant des operations"]),
];

/// Honorifics before a name: not part of it (`Me Dupont` is Dupont). The French
/// `Me` (maître) also says its bearer is a lawyer.
const HONORIFICS: &[&str] = &[
    "m", "mme", "mlle", "me", "mr", "mrs", "ms", "dr", "pr", "prof", "sir", "dame",
];

/// Words before a title that say its bearer no longer holds it, or not yet.
const NOT_NOW: &[&str] = &[
    "ancien",
    "ancienne",
    "anciens",
    "ex",
    "former",
    "futur",
    "future",
    "late",
    "feu",
    "then",
    "alors",
    "designated",
    "designe",
    "designee",
    "pressenti",
    "pressentie",
    "candidat",
    "candidate",
];

/// Whether a folded word says the title after it is not held now.
pub fn is_not_now(folded: &str) -> bool {
    NOT_NOW.contains(&folded)
}

/// Heads whose word is also a verb form (`il juge que`, `she judges`).
pub fn is_also_verb(key: &str) -> bool {
    matches!(
        key,
        "juge" | "patron" | "commandant" | "manager" | "delegue"
    )
}

/// Whether a folded word is an honorific before a name.
pub fn is_honorific(folded: &str) -> bool {
    HONORIFICS.contains(&folded)
}

/// Whether a head key is too vague to tell one office from another alone.
pub fn is_generic(key: &str) -> bool {
    GENERIC.contains(&key)
}

/// Whether two head keys can name the same office: the same key, or a broad head
/// and one it may stand for.
pub fn heads_fit(a: &str, b: &str) -> bool {
    a == b
        || FAMILIES.iter().any(|(broad, narrow)| {
            (*broad == a && narrow.contains(&b)) || (*broad == b && narrow.contains(&a))
        })
}

/// The gender of a head form as folded and written (`avocate generale`).
pub fn gender_of(form: &str) -> Gender {
    HEADS
        .iter()
        .find(|(f, _, _)| f.replace("' ", "'") == form)
        .map(|h| h.2)
        .unwrap_or(N)
}

/// The folded forms of a key in one gender (`avocat general`, feminine:
/// `avocate generale`), elisions joined as written.
pub fn form_of(key: &str, gender: Gender) -> Option<String> {
    HEADS
        .iter()
        .find(|(_, k, g)| *k == key && *g == gender)
        .map(|h| h.0.replace("' ", "'"))
}

/// A head as its words, its key and its gender.
type Head = (Vec<&'static str>, &'static str, Gender);

/// The heads by their first word, in table order.
static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<Head>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<Head>> = Default::default();
    for (form, key, gender) in HEADS {
        let parts: Vec<&'static str> = form.split(' ').collect();
        map.entry(parts[0]).or_default().push((parts, key, *gender));
    }
    map
});

/// A role head found in a run of folded tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadMatch {
    /// How many tokens it takes.
    pub len: usize,
    pub key: &'static str,
    pub gender: Gender,
}

/// A role head starting at token `i` of folded tokens.
pub fn head_at(folded: &[&str], i: usize) -> Option<HeadMatch> {
    let forms = BY_FIRST_WORD.get(folded.get(i)?)?;
    forms.iter().find_map(|(parts, key, gender)| {
        let fits =
            i + parts.len() <= folded.len() && parts.iter().zip(&folded[i..]).all(|(p, w)| p == w);
        fits.then_some(HeadMatch {
            len: parts.len(),
            key,
            gender: *gender,
        })
    })
}

/// Every word of every head form: the words a title's capitals follow the draft's
/// in (`Chief Financial Officer`, `chief financial officer`).
static TITLE_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    HEADS
        .iter()
        .flat_map(|(form, _, _)| form.split(' '))
        .filter(|w| !w.ends_with('\'') && !crate::lang::stopwords::is_stopword(w))
        .collect()
});

/// Whether a folded word is a word of some title head.
pub fn is_title_word(folded: &str) -> bool {
    TITLE_WORDS.contains(folded)
}

/// Whether a folded word is a role head by itself.
pub fn is_head_word(word: &str) -> bool {
    BY_FIRST_WORD.contains_key(fold(word).as_str())
}

/// Words before a head that qualify its holder, not the office (`the new fire chief`,
/// `the acting mayor`): they are no part of the title's scope.
const HOLDER_QUALIFIERS: &[&str] = &[
    "new",
    "acting",
    "interim",
    "longtime",
    "long-time",
    "veteran",
    "top",
    "senior",
    "current",
    "incoming",
    "outgoing",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "jeune",
];

/// Whether a folded word qualifies a title's holder rather than the office.
pub fn is_holder_qualifier(folded: &str) -> bool {
    HOLDER_QUALIFIERS.contains(&folded)
}

/// Possessive determiners before a title (`its spokesman`, `son porte-parole`): the
/// body is the one named before.
pub fn is_possessive(folded: &str) -> bool {
    matches!(
        folded,
        "its" | "their" | "his" | "her" | "son" | "sa" | "ses" | "leur" | "leurs"
    )
}

/// A place or nationality word cut to its stem, so that a country and its adjective,
/// masculine and feminine, French and English, meet (`ostravienne`, `ostravien`,
/// `Ostravan`); `None` when no such ending is there.
pub fn place_stem(folded: &str) -> Option<String> {
    // and an adjective from its noun: `provincial`, `province`; `régionale`, `région`
    const ENDINGS: [&str; 29] = [
        "iennes", "ienne", "iens", "ien", "ianes", "ians", "ian", "aises", "aise", "ais", "oises",
        "oise", "ois", "eses", "ese", "ines", "ine", "iales", "iale", "ial", "ales", "ale", "al",
        "ie", "ia", "ans", "an", "e", "a",
    ];
    ENDINGS.iter().find_map(|e| {
        let stem = folded.strip_suffix(e)?;
        (stem.chars().count() >= 4).then(|| stem.to_string())
    })
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
        let at = |t: &[&str], i| head_at(t, i).map(|h| (h.len, h.key));
        assert_eq!(at(&t, 1), Some((2, "secretaire general")));
        let t = ["ministry", "spokesman"];
        assert_eq!(at(&t, 1), Some((1, "porte-parole")));
        assert_eq!(at(&["la", "ministre"], 1), Some((1, "ministre")));
        let t = ["l'", "avocate", "generale", "de", "la", "cour"];
        let h = head_at(&t, 1);
        assert_eq!(h.map(|h| (h.len, h.key)), Some((2, "avocat general")));
        assert_eq!(h.map(|h| h.gender), Some(Gender::Feminine));
        let t = ["la", "juge", "d'", "instruction"];
        assert_eq!(at(&t, 1), Some((3, "juge d'instruction")));
        let t = ["chief", "financial", "officer", "ann"];
        assert_eq!(at(&t, 0), Some((3, "directeur financier")));
    }
}
