//! Attribution words: prepositions (`selon`, `according to`), speech verbs
//! (`a déclaré`, `estime`, `said`), verbs of expecting (`s'attend à`, `table sur`,
//! `expects`), and the discourse words that stand between a speaker and its verb
//! (`également`, `pour sa part`, `also`) without being a speaker.

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

/// How strongly a verb gives its figure to its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbKind {
    /// Saying, counting, estimating: any subject is the speaker (`le rapport indique`).
    Speech,
    /// Expecting, planning, forecasting: only a person or a body is a speaker of it
    /// (`Ottawa s'attend à`, `the company forecast`); `le budget prévoit 300 postes`
    /// is a fact about the budget, not a claim of someone.
    Expect,
}

/// A verb by its stem, the endings that make a verb of it (folded), and its kind.
/// Endings keep the nouns of the same stem out: `déclar` + `e` is a verb,
/// `déclaration` is not; `report` + `ed` is, `reporter` is not.
struct Verb {
    stem: &'static str,
    endings: &'static [&'static str],
    kind: VerbKind,
    /// A word that must come before it (`s'attend`, `en compte`), if any.
    after: &'static [&'static str],
    /// A word that must follow it within a few words (`table sur`, `puts … at`), if any.
    before: &'static [&'static str],
    /// Words after which it is a noun or an adverb (`en avance`, `à l'avance`).
    not_after: &'static [&'static str],
}

/// French first-group endings, folded (`déclare`, `déclaré`, `déclarait`, `déclareront`).
const FR_ER: &[&str] = &[
    "e", "es", "ent", "ee", "ees", "ait", "aient", "a", "era", "eront", "erait", "eraient", "ant",
    "ons",
];
/// The same, but for the bare `e`/`es` a noun may share.
const FR_ER_INFLECTED: &[&str] = &[
    "ent", "ee", "ees", "ait", "aient", "a", "era", "eront", "erait", "eraient", "ant", "ons",
];
/// English endings of a stem ending in `e` (`announced`, `announces`, `announcing`).
const EN_E: &[&str] = &["es", "ed", "d", "s", "ing"];

const NONE: &[&str] = &[];

const fn v(stem: &'static str, endings: &'static [&'static str], kind: VerbKind) -> Verb {
    Verb {
        stem,
        endings,
        kind,
        after: NONE,
        before: NONE,
        not_after: NONE,
    }
}

use VerbKind::{Expect, Speech};

/// `compter` means to plan without its clitic (`Berne comptait poursuivre`): it
/// attributes only as `en compte`, `les compte`.
const CLITICS: &[&str] = &["en", "l'", "les"];

static VERBS: &[Verb] = &[
    // French: saying
    v("declar", FR_ER, Speech),
    v("affirm", FR_ER, Speech),
    v("estim", FR_ER, Speech),
    v("indiqu", FR_ER, Speech),
    v("annonc", FR_ER, Speech),
    v("precis", FR_ER, Speech),
    v("ajout", FR_ER, Speech),
    v("expliqu", FR_ER, Speech),
    v("assur", FR_ER, Speech),
    v("soulign", FR_ER, Speech),
    v("denonc", FR_ER, Speech),
    v("revendiqu", FR_ER, Speech),
    v("recens", FR_ER, Speech),
    // `L'institut a enregistré 230 répliques`, not `le pays a enregistré une hausse`.
    v("enregistr", FR_ER, Expect),
    v("rapport", FR_ER, Speech),
    v("confirm", FR_ER, Speech),
    Verb {
        not_after: &["en", "l'", "d'"],
        ..v("avanc", FR_ER, Speech)
    },
    v("signal", FR_ER, Speech),
    v("deplor", FR_ER, Speech),
    v("temoign", FR_ER, Speech),
    v("racont", FR_ER, Speech),
    v("evalu", FR_ER, Speech),
    v("insist", FR_ER, Speech),
    v("jug", FR_ER, Speech),
    v("accus", FR_ER, Speech),
    v("averti", &["t", "ssent", "ssait", "ssaient", ""], Speech),
    v(
        "reconn",
        &["ait", "aissent", "aissait", "aissaient", "u", "ue"],
        Speech,
    ),
    v("previen", &["t", "nent"], Speech),
    v("detaill", FR_ER, Speech),
    v("dement", &["", "i", "ent", "ait", "aient"], Speech),
    v("admet", &["", "tent", "tait", "taient"], Speech),
    v("admis", &[""], Speech),
    Verb {
        after: CLITICS,
        ..v("compt", FR_ER, Speech)
    },
    // `chiffre` is mostly the noun: bare, it is the verb only before its `à`
    // (`chiffre le déploiement à 25 000`).
    v("chiffr", FR_ER_INFLECTED, Speech),
    Verb {
        before: &["a"],
        ..v("chiffr", &["e", "es"], Speech)
    },
    // French: expecting, planning
    v("evoqu", FR_ER, Expect),
    v("parl", FR_ER, Expect),
    v(
        "prev",
        &[
            "oit", "oient", "oyait", "oyaient", "oira", "oiront", "oyant",
        ],
        Expect,
    ),
    v("anticip", FR_ER, Expect),
    v("craign", &["ent", "ait", "aient", "ant"], Expect),
    v("craint", &[""], Expect),
    Verb {
        after: &["s'", "se"],
        ..v("attend", &["", "ent", "ait", "aient", "ons", "ant"], Expect)
    },
    Verb {
        before: &["sur"],
        ..v("tabl", FR_ER, Expect)
    },
    // French: proposing, demanding: the figure is the party's offer or claim.
    v("propos", FR_ER, Expect),
    v("reclam", FR_ER, Expect),
    v("demand", FR_ER, Expect),
    v(
        "exig",
        &[
            "e", "es", "ent", "eait", "eaient", "era", "eront", "erait", "eant",
        ],
        Expect,
    ),
    v(
        "offr",
        &["e", "ent", "ait", "aient", "ira", "iront", "ant"],
        Expect,
    ),
    // English: saying
    v("sa", &["id", "ys", "y"], Speech),
    v("stat", &["ed", "es"], Speech),
    v("declar", &["ed", "es"], Speech),
    v("affirm", &["ed", "s"], Speech),
    v("accus", &["ed", "es"], Speech),
    v("indicat", &["ed", "es"], Speech),
    v("acknowledg", &["ed", "es"], Speech),
    v("reveal", &["ed", "s"], Speech),
    v("announc", EN_E, Speech),
    v("report", &["ed", "s", "ing"], Speech),
    v("estimat", EN_E, Speech),
    v("claim", &["ed", "s"], Speech),
    v("confirm", &["ed", "s", ""], Speech),
    v("warn", &["ed", "s", ""], Speech),
    v("add", &["ed", "s"], Speech),
    v("explain", &["ed", "s"], Speech),
    v("insist", &["ed", "s"], Speech),
    v("count", &["ed"], Speech),
    // `The institute recorded 230 aftershocks`: a body's count, but `the economy
    // recorded growth` is no one's claim.
    v("record", &["ed", "s"], Expect),
    v("tall", &["ied", "ies"], Speech),
    v("testif", &["ied", "ies", "y"], Speech),
    v("argu", &["ed", "es"], Speech),
    v("not", &["ed"], Speech),
    v("deni", &["ed", "es"], Speech),
    Verb {
        before: &["at"],
        ..v("put", &["", "s"], Speech)
    },
    // English: expecting, forecasting
    v("expect", &["", "s", "ed"], Expect),
    v("forecast", &["", "s", "ed"], Expect),
    v("predict", &["", "s", "ed"], Expect),
    v("project", &["ed"], Expect),
    v("anticipat", EN_E, Expect),
    // English: proposing, demanding
    v("propos", &["e", "es", "ed"], Expect),
    v("offer", &["s", "ed"], Expect),
    v("demand", &["s", "ed"], Expect),
];

/// Whole-word speech verbs too short or irregular for a stem.
const VERB_WORDS: &[&str] = &[
    "dit", "disent", "disait", "disaient", "dira", "says", "said", "told", "wrote",
];

/// Verbs whose object, the one told, follows them before the clause ends
/// (`…, witnesses told the Courier.`, `…, a-t-il déclaré à la presse.`).
pub fn takes_listener(folded: &str) -> bool {
    matches!(folded, "told" | "tells" | "telling")
}

/// The verb a folded word is a form of, if any, by its stem and ending alone.
fn verb_of(folded: &str) -> Option<&'static Verb> {
    // Every token of every sentence is asked: look only at stems sharing its first two bytes.
    static BY_PREFIX: LazyLock<HashMap<&'static [u8], Vec<&'static Verb>>> = LazyLock::new(|| {
        let mut map: HashMap<&'static [u8], Vec<&'static Verb>> = Default::default();
        for v in VERBS {
            map.entry(&v.stem.as_bytes()[..2]).or_default().push(v);
        }
        map
    });
    let prefix = folded.as_bytes().get(..2)?;
    BY_PREFIX.get(prefix)?.iter().copied().find(|v| {
        folded
            .strip_prefix(v.stem)
            .is_some_and(|rest| v.endings.contains(&rest))
    })
}

/// The kind of attribution verb the folded token at `i` of `folded` is, given the
/// words around it (`s'attend`, `en compte`, `table sur`, `puts the toll at`).
pub fn verb_kind_at(folded: &[&str], i: usize) -> Option<VerbKind> {
    let w = *folded.get(i)?;
    if VERB_WORDS.contains(&w) {
        return Some(VerbKind::Speech);
    }
    let verb = verb_of(w)?;
    let prev = i.checked_sub(1).and_then(|p| folded.get(p)).copied();
    if !verb.after.is_empty() && !prev.is_some_and(|p| verb.after.contains(&p)) {
        return None;
    }
    if prev.is_some_and(|p| verb.not_after.contains(&p)) {
        return None;
    }
    if !verb.before.is_empty() {
        let next = folded.get(i + 1..(i + 8).min(folded.len())).unwrap_or(&[]);
        if !next.iter().any(|n| verb.before.contains(n)) {
            return None;
        }
    }
    Some(verb.kind)
}

/// Whether a folded word is a speech verb, by its form and the word before it.
/// `compt`/`count` count only after a clitic (`le syndicat en compte 450`), since
/// `compter` also means to plan.
pub fn is_speech_verb(folded: &str, previous: Option<&str>) -> bool {
    if VERB_WORDS.contains(&folded) {
        return true;
    }
    let Some(verb) = verb_of(folded) else {
        return false;
    };
    (verb.after.is_empty() || previous.is_some_and(|p| verb.after.contains(&p)))
        && verb.before.is_empty()
}

/// Words that make a passive of the verb after them (`est estimé à`, `is expected
/// to`): the subject is what is estimated, not who estimates it.
pub fn is_passive_auxiliary(folded: &str) -> bool {
    matches!(
        folded,
        "est"
            | "sont"
            | "etait"
            | "etaient"
            | "ete"
            | "sera"
            | "seront"
            | "serait"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
    )
}

/// Determiners: a verb form right after one is a noun or an adjective
/// (`l'accusé`, `an estimated 40`, `the reported figure`). Not `a`, which in
/// French is the auxiliary of `a déclaré`.
pub fn is_determiner(folded: &str) -> bool {
    matches!(
        folded,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "notre"
            | "nos"
            | "the"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "these"
            | "those"
            | "our"
    )
}

/// Words that join a noun to its complement inside one noun phrase
/// (`le ministère de l'Intérieur`, `a spokeswoman for the ministry`).
pub fn is_complement_link(folded: &str) -> bool {
    matches!(folded, "de" | "d'" | "du" | "des" | "of" | "for")
}

/// Discourse words and time words, folded, as token sequences: they stand between a
/// speaker and its verb, or open a sentence, but are never the speaker
/// (`le ministère a également indiqué`, `de leur côté`, `the agency also said`).
pub const DISCOURSE: &[&[&str]] = &[
    &["egalement"],
    &["aussi"],
    &["d'", "abord"],
    &["ensuite"],
    &["enfin"],
    &["encore"],
    &["deja"],
    &["toutefois"],
    &["cependant"],
    &["neanmoins"],
    &["pourtant"],
    &["notamment"],
    &["desormais"],
    &["lui", "aussi"],
    &["elle", "aussi"],
    &["par", "ailleurs"],
    &["de", "son", "cote"],
    &["de", "leur", "cote"],
    &["de", "notre", "cote"],
    &["pour", "sa", "part"],
    &["pour", "leur", "part"],
    &["pour", "son", "compte"],
    &["quant", "a", "lui"],
    &["quant", "a", "elle"],
    &["quant", "a", "eux"],
    &["quant", "a", "elles"],
    &["dans", "un", "communique"],
    &["hier"],
    &["aujourd'", "hui"],
    &["lundi"],
    &["mardi"],
    &["mercredi"],
    &["jeudi"],
    &["vendredi"],
    &["samedi"],
    &["dimanche"],
    &["soir"],
    &["matin"],
    &["also"],
    &["meanwhile"],
    &["however"],
    &["separately"],
    &["too"],
    &["earlier"],
    &["later"],
    &["previously"],
    &["again"],
    &["now"],
    &["still"],
    &["already"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["in", "turn"],
    &["in", "a", "statement"],
    &["on", "monday"],
    &["on", "tuesday"],
    &["on", "wednesday"],
    &["on", "thursday"],
    &["on", "friday"],
    &["on", "saturday"],
    &["on", "sunday"],
    &["yesterday"],
    &["today"],
    &["monday"],
    &["tuesday"],
    &["wednesday"],
    &["thursday"],
    &["friday"],
    &["saturday"],
    &["sunday"],
];

/// The length of a discourse phrase starting at token `i`, if one does.
pub fn discourse_at(folded: &[&str], i: usize) -> Option<usize> {
    DISCOURSE
        .iter()
        .filter(|p| i + p.len() <= folded.len() && folded[i..i + p.len()] == p[..])
        .map(|p| p.len())
        .max()
}

/// The length of a discourse phrase ending at token `end` (exclusive), if one does.
pub fn discourse_before(folded: &[&str], end: usize) -> Option<usize> {
    DISCOURSE
        .iter()
        .filter(|p| p.len() <= end && folded[end - p.len()..end] == p[..])
        .map(|p| p.len())
        .max()
}

/// Nouns of bodies and of people as a group that speak for themselves: the subject
/// of a verb of expecting is a speaker when its head is one of them (or a name, or
/// a title), `le gouvernement prévoit`, `analysts expect`.
pub fn is_speaking_body(folded: &str) -> bool {
    const BODIES: &[&str] = &[
        "gouvernement",
        "renseignement",
        "intelligence",
        "ministere",
        "prefecture",
        "mairie",
        "municipalite",
        "chambre",
        "police",
        "gendarmerie",
        "syndicat",
        "parquet",
        "entreprise",
        "societe",
        "groupe",
        "agence",
        "armee",
        "etat-major",
        "commission",
        "comite",
        "conseil",
        "tribunal",
        "cour",
        "banque",
        "institut",
        "observatoire",
        "direction",
        "federation",
        "association",
        "ong",
        "organisation",
        "administration",
        "presidence",
        "executif",
        "region",
        "departement",
        "opposition",
        "defense",
        "accusation",
        "analystes",
        "economistes",
        "experts",
        "enqueteurs",
        "chercheurs",
        "scientifiques",
        "secours",
        "pompiers",
        "organisateurs",
        "autorites",
        "responsables",
        "services",
        "dirigeants",
        "collectif",
        "intersyndicale",
        "patronat",
        "government",
        "ministry",
        "department",
        "agency",
        "company",
        "firm",
        "group",
        "union",
        "council",
        "court",
        "army",
        "military",
        "committee",
        "commission",
        "bank",
        "institute",
        "office",
        "administration",
        "prosecutors",
        "prosecution",
        "analysts",
        "economists",
        "experts",
        "investigators",
        "researchers",
        "scientists",
        "organizers",
        "organisers",
        "authorities",
        "officials",
        "executives",
        "management",
        "police",
        "board",
        "employers",
    ];
    let singular = folded.strip_suffix('s').unwrap_or(folded);
    BODIES.contains(&folded) || BODIES.contains(&singular)
}

/// Abbreviated titles whose period ends no phrase (`M. Serrand`, `Dr. Vale`).
pub fn is_title_abbreviation(folded: &str) -> bool {
    matches!(
        folded,
        "m" | "mm" | "mme" | "mmes" | "mlle" | "dr" | "pr" | "mr" | "mrs" | "ms" | "prof" | "gen"
    )
}

/// Pronouns that stand for a speaker named earlier (`selon lui`, `he said`), and the
/// inverted forms of them (`a-t-il`, `avait-elle`).
pub fn is_pronoun(folded: &str) -> bool {
    // Asked of every speaker word of every candidate source: most are longer words.
    if folded.len() > 5 && !folded.contains('-') {
        return false;
    }
    matches!(
        folded,
        "lui"
            | "elle"
            | "eux"
            | "il"
            | "ils"
            | "elles"
            | "he"
            | "she"
            | "they"
            | "it"
            | "him"
            | "her"
            | "them"
    ) || ["-il", "-elle", "-ils", "-elles"]
        .iter()
        .any(|s| folded.len() > s.len() && folded.ends_with(s))
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
            ("comptait", Some("berne"), false),
            ("soldats", None, false),
            ("accusation", None, false),
            ("declaration", None, false),
            ("reporter", None, false),
            ("annonce", None, true),
        ] {
            assert_eq!(is_speech_verb(w, prev), yes, "{w}");
        }
    }

    fn kind(words: &str, i: usize) -> Option<VerbKind> {
        let folded: Vec<&str> = words.split(' ').collect();
        verb_kind_at(&folded, i)
    }

    #[test]
    fn verbs_of_expecting_need_their_words_around() {
        for (words, i, expected) in [
            ("velmar s' attend a", 2, Some(Expect)),
            ("il attend le train", 1, None),
            ("la mairie table sur 300", 2, Some(Expect)),
            ("la table du salon", 1, None),
            ("officials put the toll at 40", 1, Some(Speech)),
            ("they put it away", 1, None),
            ("analysts expect 3", 1, Some(Expect)),
            ("le plan prevoit 30", 2, Some(Expect)),
            ("comme prevu", 1, None),
        ] {
            assert_eq!(kind(words, i), expected, "{words}");
        }
    }

    #[test]
    fn discourse_phrases() {
        let folded: Vec<&str> = "le maire a de son cote indique".split(' ').collect();
        assert_eq!(discourse_at(&folded, 3), Some(3));
        assert_eq!(discourse_before(&folded, 6), Some(3));
        assert_eq!(discourse_at(&folded, 0), None);
    }
}
