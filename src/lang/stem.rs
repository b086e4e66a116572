//! Stems and word ids: folded words reduced to what they mean, for comparing contexts.
//!
//! A stem joins a word family (`envoyer`/`envoi`, `contained`/`containment`), and a
//! word the French–English lexicon (`bilingual`) lists stands for its concept, in
//! either language: `séisme`, `quake` and `earthquakes` are one word, and so are
//! `supprimés`, `annulés` and `cancelled`. Context words are kept as the 64-bit ids
//! of their stems.

use crate::lang::{bilingual, calendar, numbers, stopwords};
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
    // A month or a weekday is one word in either language (`mars`, `March`), and
    // never the word its stem happens to share (`march` is not `marché`).
    if let Some((m, _)) = calendar::month(w) {
        return Some(format!("~month-{m}"));
    }
    if let Some((d, _)) = calendar::weekday(w) {
        return Some(format!("~weekday-{d}"));
    }
    // A word the French–English lexicon lists stands for its concept, in either
    // language; another form of a listed word (`inondations` for `inondation`) too.
    if let Some(concept) = bilingual::concept_of(w) {
        return Some(concept.to_string());
    }
    // English writes in `-ia` the names French writes in `-ie` (`Romania`,
    // `Roumanie`; `Slovenia`, `Slovénie`): one stem for both.
    let stem = match w.strip_suffix("ia") {
        Some(root) if root.chars().count() >= 3 => snowball(&format!("{root}ie")),
        _ => snowball(w),
    };
    match CONCEPT_STEMS.get(&stem) {
        Some(concept) => Some(concept.to_string()),
        None => Some(stem),
    }
}

/// A word's snowball stem. Its language is unknown; the French stem is taken unless
/// the English one is shorter (the word looks English).
fn snowball(w: &str) -> String {
    let fr = FR.stem(w);
    let en = EN.stem(w);
    if en.len() < fr.len() {
        en.into_owned()
    } else {
        fr.into_owned()
    }
}

/// Stems shorter than this are too often another word's (`tu`, `an`) to stand for a
/// concept; the forms the lexicon lists still do.
const MIN_CONCEPT_STEM: usize = 4;

/// The most letters a stem may take off a form and still stand for its concept: an
/// inflection (`séismes`, `flooded`), not a derivation (`environnement` is stemmed
/// to `environ`, `spécialiste` to `special`, which are other words).
const MAX_INFLECTION: usize = 3;

/// The concept of each stem of the lexicon's forms, built once: a stem that forms of
/// two concepts share stands for neither.
static CONCEPT_STEMS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let lex = bilingual::lexicon();
    let mut out: HashMap<String, Option<&'static str>> = HashMap::default();
    for (i, e) in lex.entries.iter().enumerate() {
        for f in e.forms() {
            let folded = crate::text::fold(f);
            if stopwords::is_stopword(&folded) || numbers::is_number_word(&folded) {
                continue;
            }
            let s = snowball(&folded);
            let letters = s.chars().count();
            if letters < MIN_CONCEPT_STEM || folded.chars().count() > letters + MAX_INFLECTION {
                continue;
            }
            let key = lex.key(i);
            out.entry(s)
                .and_modify(|k| {
                    if *k != Some(key) {
                        *k = None;
                    }
                })
                .or_insert(Some(key));
        }
    }
    out.into_iter().filter_map(|(s, k)| Some((s, k?))).collect()
});

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
        assert_eq!(stem("envoyes"), stem("sent"));
        assert_ne!(stem("envoyes"), stem("deployes"));
    }

    #[test]
    fn translations_are_one_word() {
        for (a, b) in [
            ("seisme", "quake"),
            ("earthquakes", "seismes"),
            ("inondations", "floods"),
            ("deuil", "mourning"),
            ("decrete", "declared"),
            ("aide", "aid"),
            ("urgence", "emergency"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("seisme"), stem("greve"));
        // Months and weekdays are one word in both languages, and no other word.
        assert_eq!(stem("mars"), stem("march"));
        assert_eq!(stem("mardi"), stem("tuesday"));
        assert_ne!(stem("march"), stem("marche"));
        // A derivation of a listed word is another word.
        assert_ne!(stem("environ"), stem("environment"));
        assert_ne!(stem("speciales"), stem("specialistes"));
        // A name in `-ia` is the name in `-ie`.
        assert_eq!(stem("slovenia"), stem("slovenie"));
        assert_eq!(stem("colombia"), stem("colombie"));
        // An unlisted word keeps its snowball stem.
        assert_eq!(stem("ornithorynques"), stem("ornithorynque"));
    }
}
