//! The lexicons of every language, and the lookups across them.
//!
//! Each language (`fr`, `en`) fills one [`Lexicon`] (its shape and the shared
//! concepts are in `concepts`); the extractors read a text in both at once, since
//! drafts and sources mix them (`selon AFP, more than 300 …`).

use super::concepts::Lang;
pub use super::concepts::{FrontMatterKeys, Lexicon, Qualifier, CLAUSE_BREAK_MARKS, RANGE_DASHES};
use super::{en, fr};

/// Every lexicon, French first.
pub const LEXICONS: [&Lexicon; 2] = [&fr::LEXICON, &en::LEXICON];

/// The lexicon of one language.
pub fn of(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &fr::LEXICON,
        Lang::En => &en::LEXICON,
    }
}

/// Whether the list `list` of any language holds `word`.
pub fn any(list: impl Fn(&'static Lexicon) -> &'static [&'static str], word: &str) -> bool {
    LEXICONS.iter().any(|l| list(l).contains(&word))
}

/// The entries of the list `list` of every language, French first.
pub fn all<T: Copy + 'static>(list: impl Fn(&'static Lexicon) -> &'static [T]) -> Vec<T> {
    LEXICONS
        .iter()
        .flat_map(|l| list(l).iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_keeps_its_words() {
        assert!(any(|l| l.range_openers, "entre"));
        assert!(any(|l| l.range_openers, "between"));
        assert!(!any(|l| l.range_openers, "et"));
        assert!(of(Lang::Fr).range_openers.contains(&"entre"));
        assert!(!of(Lang::En).range_openers.contains(&"entre"));
        assert_eq!(all(|l| l.bare_range_links), ["a"]);
    }
}
