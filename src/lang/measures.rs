//! What an amount measures when no counted noun follows it: `un déficit de 41 millions
//! d'euros`, `revenue fell 7% to $3.4 billion`, `450 millions d'euros d'investissement`.
//!
//! General news vocabulary only, folded (lowercase, no accents). A figure that says
//! what it measures can be paired with, and contradicted by, a source figure that
//! measures the same thing; one that says nothing is compared at a discount.

/// Nouns that name what money, a rate or a share measures, in French and English.
/// Only these count when they stand *before* the figure (`le déficit ... à 2,9
/// milliards`): a subject before a figure is as often who counts (`le syndicat en
/// compte 450`) as what is counted.
const MEASURE_NOUNS: &[&str] = &[
    // French
    "affaires", // chiffre d'affaires
    "benefice",
    "benefices",
    "perte",
    "pertes",
    "deficit",
    "deficits",
    "dette",
    "dettes",
    "budget",
    "budgets",
    "cout",
    "couts",
    "prix",
    "action",
    "actions",
    "investissement",
    "investissements",
    "depenses",
    "recettes",
    "ventes",
    "salaire",
    "salaires",
    "taux",
    "chomage",
    "inflation",
    "croissance",
    "pib",
    "production",
    "exportations",
    "importations",
    "participation",
    "marge",
    "valorisation",
    "amende",
    "dommages",
    "degats",
    "facture",
    "subvention",
    "subventions",
    "loyer",
    "loyers",
    "impot",
    "impots",
    "taxe",
    "epargne",
    "enveloppe",
    "credits",
    "economies",
    "indemnisation",
    "indemnites",
    "indemnite",
    "prime",
    "primes",
    "rancon",
    "dividende",
    "dividendes",
    "rachat",
    "provision",
    "charge",
    "financement",
    "audience",
    "aide",
    "aides",
    "part", // la part de l'hydroélectricité passerait de 22 %
    "pret",
    "prets",
    "emprunt",
    "emprunts",
    // English
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "profit",
    "profits",
    "income",
    "earnings",
    "loss",
    "losses",
    "deficit",
    "debt",
    "budget",
    "cost",
    "costs",
    "price",
    "prices",
    "shares",
    "stock",
    "spending",
    "investment",
    "funding",
    "dividend",
    "wages",
    "salary",
    "pay",
    "rate",
    "unemployment",
    "growth",
    "gdp",
    "output",
    "exports",
    "imports",
    "turnout",
    "margin",
    "valuation",
    "fine",
    "damages",
    "damage",
    "bill",
    "charge",
    "buyback",
    "subsidy",
    "grant",
    "rent",
    "tax",
    "taxes",
    "savings",
    "ratings",
    "lawsuit",
    "lawsuits",
    "settlement",
    "aid",
    "bonus",
    "bonuses",
    "loan",
    "loans",
    "share",
];

/// Scales a value is read on: named right before a figure (`magnitude 7.1`, `de
/// magnitude 7,1`, `catégorie 4`), they are what it measures, whatever noun follows
/// (`a magnitude 7.1 earthquake`).
pub const SCALES: &[&str] = &[
    "magnitude",
    "intensite",
    "intensity",
    "categorie",
    "category",
    "niveau",
    "level",
];

/// Words that may stand between a measure and its figure: verbs and adverbs of
/// change and of stating an amount (`revenue fell 7% to`, `le déficit a atteint`).
const CHANGE_WORDS: &[&str] = &[
    // French
    "a",
    "ont",
    "est",
    "sont",
    "etait",
    "atteint",
    "atteignait",
    "eleve",
    "elevait",
    "chiffre",
    "estime",
    "evalue",
    "fixe",
    "porte",
    "recule",
    "progresse",
    "augmente",
    "baisse",
    "chute",
    "grimpe",
    "bondi",
    "diminue",
    "hausse",
    "recul",
    "passe",
    "passerait",
    "passeraient",
    "plonge",
    "represente",
    "totalise",
    "desormais",
    "deja",
    "encore",
    // the future and the plural of the same verbs
    "atteignent",
    "atteindra",
    "atteindront",
    "atteindrait",
    "elevent",
    "elevera",
    "augmentera",
    "augmenteront",
    "augmentent",
    "progressera",
    "progresseront",
    "progressent",
    "baissera",
    "baisseront",
    "reculera",
    "reculeront",
    "diminuera",
    "diminueront",
    "passera",
    "passeront",
    "representera",
    "representent",
    // English
    "fell",
    "fall",
    "falls",
    "fallen",
    "rose",
    "rise",
    "rises",
    "risen",
    "dropped",
    "drop",
    "drops",
    "declined",
    "slid",
    "slipped",
    "jumped",
    "climbed",
    "gained",
    "grew",
    "increased",
    "decreased",
    "plunged",
    "soared",
    "surged",
    "tumbled",
    "lost",
    "up",
    "down",
    "reached",
    "totaled",
    "totalled",
    "stood",
    "came",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "now",
    "already",
    "nearly",
];

/// Verbs that say what money measures when no noun does (`le site a perdu 6
/// millions d'euros`, `the bridge will cost $40 million`), with the noun they name.
const MEASURE_VERBS: &[(&[&str], &str)] = &[
    (
        &[
            "perdu", "perd", "perdent", "perdra", "perdront", "perdait", "perdre",
        ],
        "pertes",
    ),
    (
        &[
            "coute",
            "coutent",
            "coutera",
            "couteront",
            "coutait",
            "couterait",
            "couter",
        ],
        "cout",
    ),
    (
        &[
            "investi",
            "investit",
            "investira",
            "investirait",
            "investissent",
            "investir",
        ],
        "investissement",
    ),
    (&["depense", "depensera", "depenser"], "depenses"),
    // Lending and borrowing name a loan (`la banque prêtera 250 millions`).
    (
        &[
            "prete",
            "pretera",
            "preteront",
            "pretent",
            "preter",
            "pretait",
        ],
        "pret",
    ),
    (
        &[
            "emprunte",
            "empruntera",
            "emprunteront",
            "empruntent",
            "emprunter",
        ],
        "emprunt",
    ),
    (&["lend", "lends", "lending", "lent"], "loan"),
    (&["borrow", "borrows", "borrowed", "borrowing"], "loan"),
    (&["lost", "lose", "loses", "losing"], "losses"),
    (&["cost", "costs", "costing"], "cost"),
    (
        &["invested", "invest", "invests", "investing"],
        "investment",
    ),
    (&["spent", "spend", "spends", "spending"], "spending"),
    (&["return", "returns", "returned", "returning"], "return"),
    // Not `pays`, which is French for country (`du pays`).
    (&["paid", "pay", "paying"], "pay"),
];

/// Verbs that say what money is when no noun does, with that noun: an amount claimed
/// from someone (`the family is seeking $4 million`, `la famille réclame 2 millions
/// d'euros`: a lawsuit's amount is what it seeks), or aid given (`the fund has
/// pledged $50 million`, `la région a débloqué 8 millions d'euros`: as `une aide de`).
/// Only right before money: `will seek 30 years` is a sentence asked for.
const CLAIM_VERBS: &[(&[&str], &str)] = &[
    (
        &[
            "pledged",
            "pledge",
            "pledges",
            "pledging",
            "promised",
            "promises",
            "released",
            "granted",
            "allocated",
            "donated",
            "promis",
            "promet",
            "promettent",
            "promettra",
            "debloque",
            "debloquent",
            "debloquera",
            "accorde",
            "accordent",
            "accordera",
            "alloue",
            "allouent",
            "allouera",
            "octroye",
        ],
        "aide",
    ),
    (&["seek", "seeks", "seeking", "sought"], "lawsuit"),
    (
        &[
            "reclame",
            "reclament",
            "reclamait",
            "reclamaient",
            "reclamera",
            "reclameront",
            "reclamer",
        ],
        "indemnisation",
    ),
];

/// Words that may stand between a figure and the noun it counts: `three straight
/// quarters`, `two more victims`, `cinq nouveaux cas`.
const COUNTED_ADJECTIVES: &[&str] = &[
    "straight",
    "consecutive",
    "successive",
    "more",
    "additional",
    "extra",
    "new",
    "other",
    "further",
    "full",
    "nouveaux",
    "nouvelles",
    "autres",
    "premiers",
    "premieres",
    "derniers",
    "dernieres",
];

/// Words after money that introduce what it pays for: `d'euros consacrés à
/// l'investissement`, `$5 million in funding`, `$2 billion for repairs`.
const PURPOSE_LINKS: &[&str] = &[
    "consacres",
    "consacrees",
    "destines",
    "destinees",
    "affectes",
    "affectees",
    "alloues",
    "allouees",
    "dedies",
    "dediees",
    "pour",
    "in",
    "for",
    "of",
];

/// Nouns that put what is counted after them: `the number of missing`, `le nombre de
/// blessés`, `le total des victimes`.
const COUNT_HEADS: &[&str] = &["number", "numbers", "nombre", "total", "count", "tally"];

/// Of the measures, those only money measures (`85 millions d'investissement`, in a
/// heading that leaves the currency out, is money; `3 millions de ventes` may be
/// units sold).
const MONEY_MEASURES: &[&str] = &[
    // French
    "affaires",
    "benefice",
    "benefices",
    "deficit",
    "deficits",
    "dette",
    "dettes",
    "budget",
    "budgets",
    "cout",
    "couts",
    "investissement",
    "investissements",
    "depenses",
    "recettes",
    "subvention",
    "subventions",
    "financement",
    "enveloppe",
    "credits",
    "amende",
    "dividende",
    "dividendes",
    "indemnisation",
    "indemnites",
    // English
    "revenue",
    "revenues",
    "profit",
    "profits",
    "income",
    "earnings",
    "debt",
    "cost",
    "costs",
    "spending",
    "investment",
    "funding",
    "dividend",
    "subsidy",
    "grant",
    "fine",
];

/// Words after a figure that say it was planned or announced, not what it counts
/// (`120 logements, sur 400 prévus`, `300 expected`): what it counts is the noun
/// before. Not the forms that fold to a noun (`annoncés`/`annonces`, `programmés`/
/// `programmes`, `promise`): `40 annonces` counts ads.
const PLANNED_WORDS: &[&str] = &[
    "prevu",
    "prevus",
    "prevue",
    "prevues",
    "attendu",
    "attendus",
    "attendue",
    "attendues",
    "annoncee",
    "annoncees",
    "promis",
    "programmees",
    "envisages",
    "envisagees",
    "planned",
    "expected",
    "promised",
    "announced",
    "projected",
    "scheduled",
    "budgeted",
];

/// Words that set a figure against another (`38 voix contre 11`, `a 6-3 vote, 6
/// against 3`): a reader pointing at them points at the figure after.
const OPPOSING_LINKS: &[&str] = &["contre", "against", "versus", "vs"];

/// Links that make a range of two amounts that each carry their sign (`$3.2
/// billion to $3.4 billion`): not `and`, which joins two amounts as often.
const MONEY_RANGE_LINKS: &[&str] = &["to", "a"];

/// Nouns of a rate, which is named by what it is the rate of when that is a measure
/// too (`taux de participation`, `turnout rate`, `taux de chômage`, `jobless rate`).
const RATE_HEADS: &[&str] = &["taux", "rate", "rates"];

pub fn is_rate_head(folded: &str) -> bool {
    RATE_HEADS.contains(&folded)
}

pub fn is_money_measure(folded: &str) -> bool {
    MONEY_MEASURES.contains(&folded)
}

pub fn is_scale(folded: &str) -> bool {
    SCALES.contains(&folded)
}

pub fn is_planned_word(folded: &str) -> bool {
    PLANNED_WORDS.contains(&folded)
}

pub fn is_opposing_link(folded: &str) -> bool {
    OPPOSING_LINKS.contains(&folded)
}

pub fn is_money_range_link(folded: &str) -> bool {
    MONEY_RANGE_LINKS.contains(&folded)
}

pub fn is_measure(folded: &str) -> bool {
    MEASURE_NOUNS.contains(&folded)
}

/// The noun a verb before money names (`perdu` → `pertes`), if it is one of them.
pub fn measure_of_verb(folded: &str) -> Option<&'static str> {
    MEASURE_VERBS
        .iter()
        .find(|(forms, _)| forms.contains(&folded))
        .map(|(_, noun)| *noun)
}

/// The noun of a claim a verb before money names (`seeking` → `lawsuit`), if it is
/// one of them.
pub fn claim_of_verb(folded: &str) -> Option<&'static str> {
    CLAIM_VERBS
        .iter()
        .find(|(forms, _)| forms.contains(&folded))
        .map(|(_, noun)| *noun)
}

pub fn is_change_word(folded: &str) -> bool {
    CHANGE_WORDS.contains(&folded)
}

pub fn is_counted_adjective(folded: &str) -> bool {
    COUNTED_ADJECTIVES.contains(&folded)
}

pub fn is_purpose_link(folded: &str) -> bool {
    PURPOSE_LINKS.contains(&folded)
}

pub fn is_count_head(folded: &str) -> bool {
    COUNT_HEADS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry is folded as `text::fold` folds words, or it could never match.
    #[test]
    fn entries_are_folded() {
        for list in [
            RATE_HEADS,
            MEASURE_NOUNS,
            SCALES,
            CHANGE_WORDS,
            COUNTED_ADJECTIVES,
            PURPOSE_LINKS,
            COUNT_HEADS,
            MONEY_MEASURES,
            PLANNED_WORDS,
            OPPOSING_LINKS,
            MONEY_RANGE_LINKS,
        ] {
            for w in list {
                assert_eq!(crate::text::fold(w), *w, "{w} is not folded");
            }
        }
        for (forms, noun) in MEASURE_VERBS.iter().chain(CLAIM_VERBS) {
            for w in forms.iter().chain([noun]) {
                assert_eq!(crate::text::fold(w), *w, "{w} is not folded");
            }
        }
    }

    /// A money measure is a measure: it is read before a figure too.
    #[test]
    fn money_measures_are_measures() {
        for w in MONEY_MEASURES {
            assert!(is_measure(w), "{w} is not a measure");
        }
    }
}
