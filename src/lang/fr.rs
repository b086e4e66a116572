//! The French lexicon: the word lists the extractors read French with.

use super::concepts::{FrontMatterKeys, Lang, Lexicon, Qualifier};

pub const LEXICON: Lexicon = Lexicon {
    lang: Lang::Fr,
    common: &[
        "le", "la", "les", "des", "du", "une", "est", "dans", "pour", "selon", "sont", "et",
    ],
    qualifiers: &[
        ("a peu pres", Qualifier::Approximate),
        ("pres de", Qualifier::Approximate),
        ("pres d'", Qualifier::Approximate),
        ("autour de", Qualifier::Approximate),
        ("de l'ordre de", Qualifier::Approximate),
        ("quelque", Qualifier::Approximate),
        ("environ", Qualifier::Approximate),
        ("presque", Qualifier::Approximate),
        ("quasiment", Qualifier::Approximate),
        ("approximativement", Qualifier::Approximate),
        ("plus de", Qualifier::AtLeast),
        ("plus d'", Qualifier::AtLeast),
        ("au moins", Qualifier::AtLeast),
        ("depasse", Qualifier::AtLeast),
        ("depassent", Qualifier::AtLeast),
        ("jusqu'a", Qualifier::AtMost),
        ("moins de", Qualifier::AtMost),
        ("moins d'", Qualifier::AtMost),
    ],
    verb_qualifiers: &["depasse", "depassent"],
    percent: &["pour cent", "pourcent"],
    range_links: &["et", "a", "a environ"],
    bare_range_links: &["a"],
    range_openers: &["entre", "de", "d'"],
    clause_breaks: &[
        " quand ",
        " tandis que ",
        " alors que ",
        " mais ",
        " puis ",
        ", et ",
    ],
    aside_openers: &[
        ", où ",
        ", qui ",
        ", dont ",
        ", lequel ",
        ", laquelle ",
        ", lesquels ",
        ", lesquelles ",
    ],
    speaker_stoppers: &[
        "que", "qu'", "qui", "a", "ont", "est", "et", "quand", "tandis", "mais", "alors", "puis",
        "lorsque",
    ],
    speech_auxiliaries: &["a", "ont", "avait", "en", "l'", "les", "n'", "ne"],
    generic_speakers: &[
        "responsables",
        "autorites",
        "sources",
        "source",
        "experts",
        "ministere",
        "ministre",
        "president",
    ],
    orienting: &[
        "haute", "haut", "basse", "bas", "nord", "sud", "est", "ouest", "grand", "grande",
    ],
    scope_links: &[
        "de", "d'", "du", "des", "la", "l'", "le", "les", "et", "chez",
    ],
    front_matter: FrontMatterKeys {
        title: &["titre"],
        date: &["date", "publie", "publié"],
        outlet: &["source", "media", "média", "publication"],
        url: &["url", "lien"],
    },
};
