//! General language knowledge, French and English: never facts of any corpus.
//!
//! One lexicon per language (`fr`, `en`, over the shared concepts of `concepts`, chosen among in `lexicon`);
//! number words, months and weekdays, role words, attribution verbs, synonyms of
//! what is counted, and spelling variants of organisations and names; stems and the
//! word ids context words are kept as; and `tuning`, every tunable threshold of the
//! engine.

pub mod attribution;
pub mod calendar;
pub mod concepts;
pub mod en;
pub mod fr;
pub mod lexicon;
pub mod measures;
pub mod numbers;
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
    for w in text.split(|c: char| !c.is_alphabetic()).take(5000) {
        let w = w.to_lowercase();
        if fr::LEXICON.common.contains(&w.as_str()) {
            fr += 1;
        }
        if en::LEXICON.common.contains(&w.as_str()) {
            en += 1;
        }
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_language() {
        assert_eq!(detect("Le maire a dit que la ville est prête."), Lang::Fr);
        assert_eq!(
            detect("The mayor said the city is ready for the storm."),
            Lang::En
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
