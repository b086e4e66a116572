//! General language knowledge, French and English: never facts of any corpus.
//!
//! One lexicon per language (`fr`, `en`, over the shared concepts of `concepts`, chosen among in `lexicon`);
//! number words, months and weekdays, role words, attribution verbs, synonyms of
//! what is counted, and spelling variants of organisations and names; stems and the
//! word ids context words are kept as; and `tuning`, every tunable threshold of the
//! engine.

pub mod attribution;
pub mod bilingual;
pub mod calendar;
pub mod concepts;
pub mod dating;
pub mod en;
pub mod fr;
pub mod lexicon;
pub mod measures;
pub mod names;
pub mod numbers;
pub mod offices;
pub mod roles;
pub mod stem;
pub mod stopwords;
pub mod tuning;
pub mod units;
pub mod variants;

pub use concepts::Lang;

/// The language setting: a language, or `auto` to guess each document's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    Auto,
    Fr,
    En,
}

impl Language {
    /// The setting a string names: `"fr"`, `"en"` or `"auto"`.
    pub fn parse(s: &str) -> Option<Language> {
        match s {
            "auto" => Some(Language::Auto),
            "fr" => Some(Language::Fr),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The language of a document under this setting: `auto` guesses from its text.
    pub fn resolve(self, text: &str) -> Lang {
        match self {
            Language::Auto => detect(text),
            Language::Fr => Lang::Fr,
            Language::En => Lang::En,
        }
    }
}

/// French or English, by counting each one's commonest words.
pub fn detect(text: &str) -> Lang {
    let (mut fr, mut en) = (0, 0);
    // The server guesses again on every keystroke: compare in place, without
    // lowering each word into a new string (the common words are ASCII).
    let is_in = |list: &[&str], w: &str| list.iter().any(|c| c.eq_ignore_ascii_case(w));
    let longest = fr::LEXICON
        .common
        .iter()
        .chain(en::LEXICON.common)
        .map(|c| c.len())
        .max()
        .unwrap_or(0);
    for w in text.split(|c: char| !c.is_alphabetic()).take(5000) {
        if w.len() > longest {
            continue;
        }
        if is_in(fr::LEXICON.common, w) {
            fr += 1;
        }
        if is_in(en::LEXICON.common, w) {
            en += 1;
        }
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The language of a short text (a sentence, a quote), or `None` when its words do
/// not tell: function words of each language, and accented letters for French.
pub fn guess(text: &str) -> Option<Lang> {
    const FR: &[&str] = &[
        "le", "la", "les", "des", "du", "une", "un", "est", "dans", "pour", "selon", "sont", "et",
        "de", "au", "aux", "que", "qui", "nous", "vous", "il", "elle", "ils", "ne", "pas", "se",
        "sur", "avec", "mais", "ou", "cette", "ce", "ces", "son", "sa", "ses", "leur", "chaque",
        "tout", "tous", "plus", "sera", "sommes", "avons",
    ];
    const EN: &[&str] = &[
        "the", "of", "and", "is", "in", "to", "was", "for", "said", "are", "has", "with", "an",
        "that", "this", "we", "you", "he", "she", "they", "it", "not", "be", "at", "by", "from",
        "have", "will", "were", "would", "our", "their", "its", "which", "who", "every", "does",
        "do", "no", "yet", "all", "there",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let lower = w.to_lowercase();
        if FR.contains(&lower.as_str()) {
            fr += 1;
        }
        if EN.contains(&lower.as_str()) {
            en += 1;
        }
        if lower.contains(['é', 'è', 'ê', 'à', 'ç', 'ù', 'û', 'ô', 'î', 'â']) {
            fr += 1;
        }
    }
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::En),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_lowercase_ascii() {
        // `detect` compares them ignoring ASCII case only.
        for w in fr::LEXICON.common.iter().chain(en::LEXICON.common) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(detect("Le maire a dit que la ville est prête."), Lang::Fr);
        assert_eq!(
            detect("The mayor said the city is ready for the storm."),
            Lang::En
        );
        assert_eq!(detect("LES ÉLUS SONT DANS LA SALLE."), Lang::Fr);
        assert_eq!(detect("THE VOTE WAS HELD IN THE HALL."), Lang::En);
    }

    #[test]
    fn guesses_short_texts_or_says_it_cannot() {
        assert_eq!(guess("A bridge does not wait for the rain"), Some(Lang::En));
        assert_eq!(guess("Nous tiendrons chaque digue"), Some(Lang::Fr));
        assert_eq!(guess("Un pont ne fait pas la paix"), Some(Lang::Fr));
        assert_eq!(guess("Velmar, Brask"), None);
        assert_eq!(
            guess("Sergeant Ivo Pell of the harbour police said"),
            Some(Lang::En)
        );
    }

    #[test]
    fn the_setting_decides_or_detects() {
        let en = "The mayor said the city is ready for the storm.";
        assert_eq!(Language::Auto.resolve(en), Lang::En);
        assert_eq!(Language::Fr.resolve(en), Lang::Fr);
        assert_eq!(Language::En.resolve("Le maire a dit."), Lang::En);
        assert_eq!(Language::parse("fr"), Some(Language::Fr));
        assert_eq!(Language::parse("FR"), None);
    }
}
