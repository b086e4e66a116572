//! The languages, the shared concepts a lexicon's words stand for, and the shape of
//! a lexicon: the types `fr` and `en` fill, apart from the choice among them
//! (`lexicon`, `lang::detect`), so that neither language imports the file that
//! imports it.

/// The language a text is written in, as far as it matters for style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    Fr,
    En,
}

/// How a figure is hedged: the concept a qualifier phrase maps to in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Qualifier {
    Exact,
    /// `environ`, `quelque`, `près de`, `about`, `around`.
    Approximate,
    /// `plus de`, `more than`, `at least`.
    AtLeast,
    /// `jusqu'à`, `up to`, `moins de`.
    AtMost,
    /// `entre 10 000 et 12 000`.
    Range,
}

/// Front-matter keys, by the field of `Meta` they fill.
#[derive(Debug)]
pub struct FrontMatterKeys {
    pub title: &'static [&'static str],
    pub date: &'static [&'static str],
    pub outlet: &'static [&'static str],
    pub url: &'static [&'static str],
}

/// The word lists of one language. Words are folded (lowercase, accents removed)
/// unless a list says otherwise.
#[derive(Debug)]
pub struct Lexicon {
    pub lang: Lang,
    /// The commonest words, by which a text's language is guessed.
    pub common: &'static [&'static str],
    /// Qualifier phrases before a figure, longest first.
    pub qualifiers: &'static [(&'static str, Qualifier)],
    /// Qualifiers that are verbs: they stay outside the claim's span.
    pub verb_qualifiers: &'static [&'static str],
    /// Words after a figure that make it a percentage (lowercase, not folded).
    pub percent: &'static [&'static str],
    /// Words between two figures that make a range of them (`10 et 12`).
    pub range_links: &'static [&'static str],
    /// Of those, the ones that make a range even without an opening word (`10 à 12`).
    pub bare_range_links: &'static [&'static str],
    /// Words that open a range (`entre`, `between`).
    pub range_openers: &'static [&'static str],
    /// Words that end one clause and start another, with the spaces around them.
    pub clause_breaks: &'static [&'static str],
    /// Words that open an aside on the noun before them, with the comma and spaces
    /// around them (`, où `, `, home to `): a figure in the aside says something of
    /// that noun (`la vallée, où vivent 800 000 habitants,`), not of the main clause.
    pub aside_openers: &'static [&'static str],
    /// Verbs and conjunctions that cannot belong to a speaker's noun phrase.
    pub speaker_stoppers: &'static [&'static str],
    /// Auxiliaries and clitics between a speaker and a speech verb (`X a déclaré`).
    pub speech_auxiliaries: &'static [&'static str],
    /// Words that name a kind of speaker, not a particular one.
    pub generic_speakers: &'static [&'static str],
    /// Parts of place names that only orient (`Haute-`, `Upper`, `Nord-`).
    pub orienting: &'static [&'static str],
    /// Words that may stand inside a title's scope (`de l'`, `of the`).
    pub scope_links: &'static [&'static str],
    /// Front-matter keys (lowercase, not folded).
    pub front_matter: FrontMatterKeys,
}

/// Dashes between two figures make a range in any language (`10-12`, `10–12`).
pub const RANGE_DASHES: [&str; 2] = ["-", "–"];

/// A clause break that is punctuation, in any language.
pub const CLAUSE_BREAK_MARKS: [&str; 1] = [";"];
