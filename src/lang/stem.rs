//! Stems and word ids: folded words reduced to what they mean, for comparing contexts.
//!
//! A stem joins a word family (`envoyer`/`envoi`, `contained`/`containment`), and
//! event words that tell the same event share one stem (`supprimés`, `annulés`,
//! `cancelled`). Context words are kept as the 64-bit ids of their stems.

use crate::lang::{numbers, stopwords};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

static FR: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));
static EN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// A folded word reduced to its stem; numbers and stop words give `None`.
pub fn stem(norm: &str) -> Option<String> {
    // Two snowball stemmers per word are the dearest step of reading a corpus, and
    // news copy repeats its words: remember each thread's answers.
    thread_local! {
        static MEMO: RefCell<HashMap<String, Option<String>>> = RefCell::default();
    }
    if let Some(hit) = MEMO.with(|m| m.borrow().get(norm).cloned()) {
        return hit;
    }
    let stemmed = stem_uncached(norm);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= STEM_MEMO_LIMIT {
            m.clear();
        }
        m.insert(norm.to_string(), stemmed.clone());
    });
    stemmed
}

/// Distinct words remembered per thread before the memo starts afresh.
const STEM_MEMO_LIMIT: usize = 200_000;

fn stem_uncached(norm: &str) -> Option<String> {
    let w = norm.trim_end_matches('\'');
    if w.chars().count() < 2
        || w.chars().all(|c| c.is_ascii_digit())
        || stopwords::is_stopword(w)
        || numbers::is_number_word(w)
    {
        return None;
    }
    // A word's language is unknown; the French stem is tried unless the word looks
    // English (no accent was folded away, and the English stem is shorter).
    let fr = FR.stem(w);
    let en = EN.stem(w);
    let stem = if en.len() < fr.len() {
        en.into_owned()
    } else {
        fr.into_owned()
    };
    Some(event_synonym(&stem).map(str::to_string).unwrap_or(stem))
}

/// Stems of verbs and nouns that tell the same event, mapped to one stem:
/// `supprimés` and `annulés` flights, `cancelled` ones.
const EVENT_SYNONYMS: &[(&str, &str)] = &[
    ("supprim", "annul"),
    ("cancel", "annul"),
    ("scrap", "annul"),
    ("tu", "tu"),
    ("kill", "tu"),
    ("evacuat", "evacu"),
    ("evacuated", "evacu"),
    ("deplo", "deploi"),
    ("deploy", "deploi"),
    ("envoy", "envoi"),
    ("sent", "envoi"),
    ("send", "envoi"),
    ("blesse", "bless"),
    ("injur", "bless"),
    ("wound", "bless"),
    ("destroi", "detruit"),
    ("destroy", "detruit"),
    ("detru", "detruit"),
];

/// The shared stem of an event word, if it has synonyms.
pub fn event_synonym(stem: &str) -> Option<&'static str> {
    EVENT_SYNONYMS
        .iter()
        .find(|(s, _)| *s == stem)
        .map(|(_, to)| *to)
}

/// A context word, by its stem's 64-bit hash: a corpus holds millions of context
/// words, and an id is an eighth of a string's size and compares in one instruction.
pub type WordId = u64;

/// The id of a stem (or of any folded word).
pub fn word_id(word: &str) -> WordId {
    xxhash_rust::xxh3::xxh3_64(word.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_join_word_families() {
        assert_eq!(stem("envoyer"), stem("envoi"));
        assert_eq!(stem("contained"), stem("containment"));
        assert_eq!(stem("le"), None);
    }

    #[test]
    fn event_words_share_a_stem() {
        assert_eq!(stem("supprimes"), stem("annules"));
        assert_eq!(stem("cancelled"), stem("annules"));
        assert_eq!(event_synonym("envoy"), Some("envoi"));
        assert_eq!(event_synonym("maison"), None);
    }
}
