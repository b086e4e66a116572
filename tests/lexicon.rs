//! The French–English lexicon (`data/lexicon/*.tsv`) keeps its structural rules: each
//! concept is named once and has forms in both languages, each form is one token,
//! a folded form stands for one concept, and no form is a function word or a word
//! known to mean something else. These rules are what keeps it general language:
//! the tests read only the lexicon, never any corpus.

use recoupe::lang::bilingual::{concept_of, lexicon, Category};
use recoupe::lang::stem::stem;
use recoupe::lang::stopwords::is_stopword;
use recoupe::text::{fold, tokens};
use std::collections::HashMap;

/// The lexicon covers ordinary news prose: far more than a few hundred concepts.
#[test]
fn covers_ordinary_news_vocabulary() {
    let lex = lexicon();
    assert!(lex.entries.len() >= 1500, "{} concepts", lex.entries.len());
    let forms: usize = lex.entries.iter().map(|e| e.all_forms().count()).sum();
    assert!(forms >= 8000, "{forms} forms");
    for category in [
        Category::Counted,
        Category::Event,
        Category::Body,
        Category::Measure,
        Category::General,
    ] {
        let n = lex
            .entries
            .iter()
            .filter(|e| e.category == category)
            .count();
        assert!(n >= 40, "{category:?}: {n} concepts");
    }
}

/// A concept is named once, in lowercase ASCII with inner hyphens, and has at least
/// one plain form (not only a `+` synonym of what is counted) in each language.
#[test]
fn every_concept_is_named_once_with_both_languages() {
    let mut names: HashMap<&str, usize> = HashMap::new();
    for e in &lexicon().entries {
        let c = e.concept;
        *names.entry(c).or_default() += 1;
        assert!(
            !c.is_empty()
                && c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-')
                && !c.starts_with('-')
                && !c.ends_with('-'),
            "concept id {c:?}"
        );
        assert!(!e.fr.is_empty(), "{c}: no plain French form");
        assert!(!e.en.is_empty(), "{c}: no plain English form");
    }
    let twice: Vec<_> = names.iter().filter(|(_, &n)| n > 1).collect();
    assert!(twice.is_empty(), "concepts named twice: {twice:?}");
}

/// Each form is exactly one token as Recoupe reads text, and that token's folded
/// form is the form folded: a form with a space, an apostrophe or an outer hyphen
/// could never be matched. No form is written capitalised or holds a digit. A
/// currency sign is the one form that is no word.
#[test]
fn every_form_is_one_token() {
    for e in &lexicon().entries {
        for f in e.all_forms() {
            if !f.chars().any(char::is_alphanumeric) {
                // A currency sign (`€`, `$`): one character, read by the figure code.
                assert_eq!(f.chars().count(), 1, "{}: {f:?}", e.concept);
                continue;
            }
            let toks = tokens(f);
            assert_eq!(
                toks.len(),
                1,
                "{}: {f:?} is {} tokens",
                e.concept,
                toks.len()
            );
            assert_eq!(toks[0].norm, fold(f), "{}: {f:?}", e.concept);
            assert_eq!(toks[0].span.end - toks[0].span.start, f.len(), "{f:?}");
            assert!(!toks[0].capitalized, "{}: capitalised {f:?}", e.concept);
            assert!(
                !f.chars().any(|ch| ch.is_ascii_digit()) || f == "km2",
                "{}: {f:?} holds a digit",
                e.concept
            );
        }
    }
}

/// A folded form stands for one concept as a context word, and for one group of
/// things counted; a form written twice in one language of a concept is a slip.
#[test]
fn no_form_is_listed_under_two_concepts() {
    let mut plain: HashMap<String, &str> = HashMap::new();
    let mut counted: HashMap<String, &str> = HashMap::new();
    let mut clashes = Vec::new();
    for e in &lexicon().entries {
        for side in [&e.fr, &e.en] {
            let mut own: Vec<String> = side.iter().map(|f| fold(f)).collect();
            own.sort();
            if let Some(w) = own.windows(2).find(|w| w[0] == w[1]) {
                clashes.push(format!("{} twice in {}", w[0], e.concept));
            }
        }
        for f in e.forms() {
            let k = fold(f);
            if let Some(other) = plain.insert(k.clone(), e.concept) {
                if other != e.concept {
                    clashes.push(format!("{k}: {other} and {}", e.concept));
                }
            }
        }
        for f in &e.counted_only {
            let k = fold(f);
            if let Some(other) = counted.insert(k.clone(), e.concept) {
                if other != e.concept {
                    clashes.push(format!("+{k}: {other} and {}", e.concept));
                }
            }
        }
    }
    assert!(clashes.is_empty(), "{clashes:#?}");
}

/// A function word is dropped before the lexicon is read, so as a form it could only
/// name what a figure counts (`un an`, `une car`): it belongs to counted concepts only.
#[test]
fn function_words_are_only_things_counted() {
    for e in &lexicon().entries {
        for f in e.forms() {
            if is_stopword(&fold(f)) {
                assert_eq!(
                    e.category,
                    Category::Counted,
                    "{}: {f} is a function word",
                    e.concept
                );
            }
        }
    }
}

/// Words common in another sense, or false friends, stand for no concept: neither
/// as a form nor through a form's stem (`contained` is no container, `facilities`
/// nothing easy, French `importe` in `n'importe` no import).
#[test]
fn words_of_another_sense_reach_no_concept() {
    const OTHER_SENSE: &[&str] = &[
        "location",
        "librairie",
        "actuel",
        "eventually",
        "sensible",
        "lecture",
        "coin",
        "pain",
        "lit",
        "rapport",
        "audience",
        "train",
        "proche",
        "well",
        "passed",
        "named",
        "found",
        "action",
        "like",
        "facilities",
        "fortunately",
        "contained",
        "concernant",
        "importe",
        "effectivement",
        "guere",
        "ensuite",
        "toujours",
        "souvent",
        "however",
        "although",
        "because",
        "already",
    ];
    for w in OTHER_SENSE {
        assert_eq!(concept_of(w), None, "{w} is a form");
        let s = stem(w);
        assert!(
            !s.as_deref().is_some_and(|s| s.starts_with('~')),
            "{w} reaches {s:?} through its stem"
        );
    }
}

/// Translations of the vocabulary the lexicon was grown for share their concept.
#[test]
fn news_words_meet_their_translation() {
    for (fr, en) in [
        ("fonds", "fund"),
        ("solidarite", "solidarity"),
        ("regional", "regional"),
        ("federal", "federal"),
        ("municipal", "municipal"),
        ("conseil", "council"),
        ("promis", "pledged"),
        ("accorde", "granted"),
        ("alloue", "allocated"),
        ("vivent", "live"),
        ("abrite", "hosts"),
        ("perissent", "perished"),
        ("tues", "killed"),
        ("recession", "recession"),
        ("tribunal", "court"),
        ("epidemie", "outbreak"),
        ("volcan", "volcano"),
        ("diplomate", "diplomatic"),
        ("musee", "museum"),
        ("ingenieurs", "engineers"),
    ] {
        let c = concept_of(fr);
        assert!(c.is_some(), "{fr} is no form");
        assert_eq!(c, concept_of(en), "{fr} / {en}");
        assert_eq!(stem(fr), stem(en), "{fr} / {en}");
    }
}
