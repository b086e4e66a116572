//! The English lexicon: the word lists the extractors read English with.

use super::concepts::{FrontMatterKeys, Lang, Lexicon, Qualifier};

pub const LEXICON: Lexicon = Lexicon {
    lang: Lang::En,
    common: &[
        "the", "of", "and", "is", "in", "to", "was", "for", "said", "are", "has", "with",
    ],
    qualifiers: &[
        ("about", Qualifier::Approximate),
        ("around", Qualifier::Approximate),
        ("nearly", Qualifier::Approximate),
        ("almost", Qualifier::Approximate),
        ("roughly", Qualifier::Approximate),
        ("approximately", Qualifier::Approximate),
        ("some", Qualifier::Approximate),
        ("an estimated", Qualifier::Approximate),
        ("more than", Qualifier::AtLeast),
        ("at least", Qualifier::AtLeast),
        ("over", Qualifier::AtLeast),
        ("upwards of", Qualifier::AtLeast),
        ("exceeds", Qualifier::AtLeast),
        ("exceeded", Qualifier::AtLeast),
        ("up to", Qualifier::AtMost),
        ("less than", Qualifier::AtMost),
        ("fewer than", Qualifier::AtMost),
        ("at most", Qualifier::AtMost),
        ("under", Qualifier::AtMost),
    ],
    verb_qualifiers: &["exceeds", "exceeded"],
    percent: &["percent", "per cent"],
    range_links: &["and", "to"],
    bare_range_links: &[],
    range_openers: &["between", "from"],
    clause_breaks: &[" whereas ", " while ", " but ", " then ", ", and "],
    aside_openers: &[", where ", ", which ", ", who ", ", whose ", ", home to "],
    speaker_stoppers: &[
        "that", "has", "have", "is", "and", "whereas", "while", "but", "when",
    ],
    speech_auxiliaries: &["has", "have", "had"],
    generic_speakers: &[
        "officials",
        "authorities",
        "sources",
        "source",
        "experts",
        "president",
    ],
    orienting: &["upper", "lower", "north", "south", "east", "west"],
    scope_links: &["of", "the", "for", "and", "at"],
    front_matter: FrontMatterKeys {
        title: &["title"],
        date: &["date", "published", "updated"],
        outlet: &["outlet", "source", "media", "publication"],
        url: &["url", "link"],
    },
};
