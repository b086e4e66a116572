//! The French–English lexicon of general news vocabulary, read from
//! `data/lexicon/*.tsv`: each line one concept with its French and English forms
//! (`séisme`, `séismes`, `earthquake`, `quake`). A word either lexicon knows stands
//! for its concept, so that a French source and an English draft share their context
//! words and what their figures count.
//!
//! The data is compiled in and parsed once, on first use. Its format, provenance and
//! licence are in `data/lexicon/README.md`; it holds general language only, never a
//! name, place or figure of any corpus (the tests below check the shape of that).

use crate::text::fold;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// The lexicon's files, by category: what a figure counts, event words, bodies,
/// measures, and the general words of news prose.
const FILES: [(Category, &str); 5] = [
    (
        Category::Counted,
        include_str!("../../data/lexicon/counted.tsv"),
    ),
    (
        Category::Event,
        include_str!("../../data/lexicon/events.tsv"),
    ),
    (
        Category::Body,
        include_str!("../../data/lexicon/bodies.tsv"),
    ),
    (
        Category::Measure,
        include_str!("../../data/lexicon/measures.tsv"),
    ),
    (
        Category::General,
        include_str!("../../data/lexicon/general.tsv"),
    ),
];

/// What kind of word a concept is, by the file it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Things a figure counts, units and currencies (`soldats`, `kilomètres`, `euros`).
    Counted,
    /// What happened (`séisme`, `grève`, `tués`).
    Event,
    /// Bodies and institutions (`ministère`, `tribunal`, `porte-parole`).
    Body,
    /// What a figure measures (`magnitude`, `bilan`, `taux`).
    Measure,
    /// Other content words of news prose (`deuil`, `aide`, `décrété`).
    General,
}

/// One line of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The concept's name, unique in the lexicon (`earthquake`).
    pub concept: &'static str,
    pub category: Category,
    /// The forms as written in the file (lowercase, with their accents), without
    /// the `+` that marks a form as a synonym only of what is counted.
    pub fr: Vec<&'static str>,
    pub en: Vec<&'static str>,
    /// Forms that name the concept only as the thing a figure counts (`5 000
    /// hommes` are soldiers; `hommes` in a sentence are not): written `+hommes`.
    pub counted_only: Vec<&'static str>,
}

impl Entry {
    /// Every form, French first.
    pub fn forms(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fr.iter().chain(&self.en).copied()
    }

    /// `forms` and the synonyms only of what is counted.
    pub fn all_forms(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.forms().chain(self.counted_only.iter().copied())
    }
}

/// The lines of one file: `concept <TAB> French forms <TAB> English forms`, forms
/// separated by commas; blank lines and `#` comments are skipped. A malformed line is
/// an error naming its number.
pub fn parse(category: Category, text: &'static str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = line.split('\t').collect();
        let [concept, fr, en] = fields[..] else {
            return Err(format!("line {}: expected 3 tab-separated fields", n + 1));
        };
        let forms = |s: &'static str| -> Vec<&'static str> {
            s.split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect()
        };
        let (fr, en) = (forms(fr), forms(en));
        if concept.is_empty() || fr.is_empty() || en.is_empty() {
            return Err(format!(
                "line {}: a concept needs forms in both languages",
                n + 1
            ));
        }
        let counted_only = fr
            .iter()
            .chain(&en)
            .filter_map(|f| f.strip_prefix('+'))
            .collect();
        let plain = |v: Vec<&'static str>| v.into_iter().filter(|f| !f.starts_with('+')).collect();
        out.push(Entry {
            concept,
            category,
            fr: plain(fr),
            en: plain(en),
            counted_only,
        });
    }
    Ok(out)
}

/// The parsed lexicon: its entries, and each folded form's concept.
pub struct Bilingual {
    pub entries: Vec<Entry>,
    /// The concept's key (`~earthquake`) per entry: it can be no stem, since stems
    /// hold letters, digits, hyphens and apostrophes only.
    keys: Vec<String>,
    by_form: HashMap<String, u32>,
    /// `by_form` and the forms that are synonyms only of what is counted.
    by_counted_form: HashMap<String, u32>,
    /// The first words of the forms of two or three words (`town` of `town-hall`):
    /// only a token among them can start a compound written apart.
    compound_heads: HashSet<String>,
}

impl Bilingual {
    fn load() -> Bilingual {
        let mut entries = Vec::new();
        for (category, text) in FILES {
            // The files are compiled in and checked by the tests: a bad line is a
            // build that fails its tests, never a user's error; skip it here.
            entries.extend(parse(category, text).unwrap_or_default());
        }
        let keys = entries.iter().map(|e| format!("~{}", e.concept)).collect();
        let mut by_form = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            for f in e.forms() {
                // The first entry that lists a form keeps it (the tests forbid two).
                by_form.entry(fold(f)).or_insert(i as u32);
            }
        }
        // A synonym of what is counted names its group when counted, even where it
        // is a concept of its own in a sentence (`troupes`).
        let mut by_counted_form = by_form.clone();
        for (i, e) in entries.iter().enumerate() {
            for f in &e.counted_only {
                by_counted_form.insert(fold(f), i as u32);
            }
        }
        let compound_heads = by_form
            .keys()
            .filter_map(|f| f.split_once('-').map(|(head, _)| head.to_string()))
            .collect();
        Bilingual {
            entries,
            keys,
            by_form,
            by_counted_form,
            compound_heads,
        }
    }

    fn of_form(&self, folded: &str) -> Option<usize> {
        self.by_form.get(folded).map(|&i| i as usize)
    }

    /// The concept key of an entry (`~earthquake`).
    pub fn key(&self, entry: usize) -> &str {
        &self.keys[entry]
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Bilingual {
    static LEXICON: LazyLock<Bilingual> = LazyLock::new(Bilingual::load);
    &LEXICON
}

/// The concept key of a folded word the lexicon lists (`seisme`, `quakes`: `~earthquake`).
pub fn concept_of(folded: &str) -> Option<&'static str> {
    let lex = lexicon();
    lex.of_form(folded).map(|i| lex.key(i))
}

/// Whether a folded word is the first of a form of two or three words the lexicon
/// lists (`town` of `town-hall`).
pub fn is_compound_head(folded: &str) -> bool {
    lexicon().compound_heads.contains(folded)
}

/// The concept key of a folded noun as the thing a figure counts: its concept, or the
/// one it is a synonym of only when counted (`hommes`: `~soldier`).
pub fn counted_concept_of(folded: &str) -> Option<&'static str> {
    let lex = lexicon();
    lex.by_counted_form
        .get(folded)
        .map(|&i| lex.key(i as usize))
}

/// Whether a folded word is one of the things a figure counts (`blesses`, `injured`,
/// `killed`).
pub fn is_counted_form(folded: &str) -> bool {
    let lex = lexicon();
    lex.by_counted_form
        .get(folded)
        .is_some_and(|&i| lex.entries[i as usize].category == Category::Counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap as StdMap;

    #[test]
    fn every_file_parses() {
        for (category, text) in FILES {
            let entries = parse(category, text);
            assert!(entries.as_ref().is_ok_and(|e| !e.is_empty()), "{entries:?}");
        }
        assert!(parse(Category::General, "a\tb").is_err());
        assert!(parse(Category::General, "a\t\tb").is_err());
    }

    #[test]
    fn translations_share_a_concept() {
        for (a, b) in [
            ("seisme", "earthquake"),
            ("quake", "seismes"),
            ("soldats", "soldiers"),
            ("troupes", "troops"),
            ("blesses", "injured"),
            ("sans-abri", "homeless"),
            ("immeubles", "buildings"),
            ("entreprises", "companies"),
            ("deuil", "mourning"),
            ("decrete", "declared"),
            ("greve", "strike"),
        ] {
            assert!(concept_of(a).is_some(), "{a}");
            assert_eq!(concept_of(a), concept_of(b), "{a} / {b}");
        }
        assert_ne!(concept_of("soldats"), concept_of("vols"));
        assert_eq!(concept_of("ornithorynque"), None);
        assert!(is_counted_form("blesses"));
        assert_eq!(concept_of("hommes"), None);
        assert_eq!(counted_concept_of("hommes"), concept_of("soldats"));
        assert!(!is_counted_form("seisme"));
    }

    /// Each folded form stands for one concept, and for one group of things counted;
    /// each concept is named once.
    #[test]
    fn a_form_names_one_concept() {
        let lex = lexicon();
        let mut seen: StdMap<String, &str> = StdMap::new();
        let mut counted: StdMap<String, &str> = StdMap::new();
        let mut names: StdMap<&str, ()> = StdMap::new();
        for e in &lex.entries {
            assert!(names.insert(e.concept, ()).is_none(), "{} twice", e.concept);
            let forms = e.forms().map(|f| (f, false));
            for (f, counted_only) in forms.chain(e.counted_only.iter().map(|f| (*f, true))) {
                let map = if counted_only {
                    &mut counted
                } else {
                    &mut seen
                };
                let folded = fold(f);
                if let Some(other) = map.insert(folded.clone(), e.concept) {
                    assert_eq!(other, e.concept, "{folded} is in {other} and {}", e.concept);
                }
            }
        }
        assert_eq!(counted_concept_of("troupes"), concept_of("soldats"));
        assert_ne!(concept_of("troupes"), concept_of("soldats"));
    }

    /// The lexicon is general language: no capitalised word (a name, a place, an
    /// organisation), no digit (a figure), no space (a form is one token as
    /// `text::tokens` reads it), no apostrophe (an elision ends a token).
    #[test]
    fn holds_no_fact_of_any_corpus() {
        for e in &lexicon().entries {
            let c = e.concept;
            assert!(
                c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "concept {c}"
            );
            for f in e.all_forms() {
                assert!(!f.chars().any(char::is_uppercase), "{c}: capitalised {f}");
                assert!(
                    !f.chars().any(|ch| ch.is_ascii_digit()) || f == "km2",
                    "{c}: {f}"
                );
                assert!(!f.contains([' ', '\'', '’', '\t']), "{c}: {f:?}");
            }
        }
    }

    /// Words that look like a translation and are not one (false friends), and words
    /// too common in another sense to stand for a concept: none may be a form.
    #[test]
    fn keeps_out_false_friends() {
        const DENY: &[&str] = &[
            "location",   // fr rental
            "librairie",  // fr bookshop
            "actuel",     // fr current
            "eventually", // en finally
            "sensible",   // fr sensitive
            "lecture",    // fr reading
            "chair",      // fr flesh
            "coin",       // fr corner
            "pain",       // fr bread
            "lit",        // en past of light
            "rapport",    // fr par rapport a
            "peine",      // fr a peine
            "audience",   // en spectators, fr hearing
            "porte",      // fr verb porter
            "main",       // fr hand, en principal
            "train",      // fr en train de
            "proche",     // fr near
            "well",       // en adverb
            "passed",     // en passed away
            "named",      // en a man named
            "found",      // en found that
            "march",      // en the month
            "declare",    // fr a declare: said
            "courant",    // fr au courant
            "action",     // fr share, en action
        ];
        for w in DENY {
            assert_eq!(concept_of(w), None, "{w} must not be a form");
        }
    }
}
