//! The story a draft tells, as the corpus holds it: the sources that write the
//! draft's names, and word weights (IDF) counted over those sources alone.
//!
//! Whether a source claim is about the same thing as a draft claim is a share of
//! weighted context words past fixed thresholds. Weighed over the whole corpus, a
//! story's words grow heavier with every unrelated source added (they stay as rare
//! while the corpus grows) and the shares move: an archive that is mostly other
//! stories would change verdicts on this one. Weighed over the story's own sources,
//! adding other stories changes nothing.

use crate::claims::Claim;
use crate::corpus::index::idf;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::names::{names_from_start, names_in};
use crate::lang::stem::{word_id, WordId};
use crate::lang::tuning::{MAX_DOCS_PER_NAME, STORY_NAMES};
use crate::text::tokens;
use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// The sources of a draft's story and the document frequencies over them.
#[derive(Debug, Default)]
pub struct Story {
    /// The story's documents, in corpus order; empty for the whole corpus.
    docs: Arc<[u32]>,
    df: HashMap<WordId, u32>,
    sentences: u32,
}

impl Story {
    /// The story of `draft` in `corpus`: the sources that share one of the draft's
    /// names (`story_docs`), leaving out names so many sources write that they tell
    /// no story apart, and the sources that write too few names to tell.
    /// When none does, the draft names no story the corpus holds: every source may
    /// be about the same thing, and words are weighed over the whole corpus.
    pub fn of(draft: &Document, corpus: &Corpus) -> Story {
        Story::named(&Names::of(draft), corpus)
    }

    /// The story of a draft writing `names`, in `corpus`.
    pub fn named(names: &Names, corpus: &Corpus) -> Story {
        Story::over(story_docs(names, corpus), corpus)
    }

    /// The story made of `docs` (in corpus order).
    fn over(docs: Vec<u32>, corpus: &Corpus) -> Story {
        let index = &corpus.index;
        let mut df: HashMap<WordId, u32> = HashMap::default();
        let mut sentences = 0;
        for &d in &docs {
            sentences += index.doc_sentences(d);
            for (w, k) in index.doc_terms(d) {
                *df.entry(*w).or_insert(0) += k;
            }
        }
        Story {
            docs: docs.into(),
            df,
            sentences,
        }
    }

    /// What tells this story from another over the same corpus.
    pub fn key(&self) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        self.docs.hash(&mut h);
        h.finish()
    }

    /// The story's sources, in corpus order; empty when words are weighed over the
    /// whole corpus.
    pub fn docs(&self) -> &[u32] {
        &self.docs
    }

    /// `claim`, with its context words weighed over the story's sources.
    pub fn weigh(&self, mut claim: Claim) -> Claim {
        if self.docs.is_empty() {
            return claim;
        }
        let weights: Arc<[f64]> = claim
            .context
            .words
            .iter()
            .map(|(w, _)| idf(self.df.get(w).copied().unwrap_or(0), self.sentences))
            .collect();
        claim.context.idf = Some(weights);
        claim.context.story = Some(self.docs.clone());
        claim
    }
}

/// The distinct names a draft writes, as word ids: anywhere (a sentence's first
/// word too), and past a sentence's first word. Its story depends on nothing else
/// of it, so a check that finds the same names keeps the story it had.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct Names {
    all: Vec<WordId>,
    within: Vec<WordId>,
}

impl Names {
    pub fn of(draft: &Document) -> Names {
        let (mut all, mut within) = (Vec::new(), Vec::new());
        for i in 0..draft.sentences.len() {
            let toks = tokens(draft.sentence_text(i));
            all.extend(names_from_start(&toks).map(word_id));
            within.extend(names_in(&toks).map(word_id));
        }
        for v in [&mut all, &mut within] {
            v.sort_unstable();
            v.dedup();
        }
        Names { all, within }
    }
}

/// The documents of the draft's story, in corpus order: those that share a name
/// with it. A capital at a sentence's start says little (`Environ 350 pompiers`): a
/// name shared counts when one side at least writes it past a sentence's first
/// word. Where some sources share two names or more with the draft (the story's
/// core), a source that shares one, writes two more names besides, and none that
/// the core's sources write, tells another story that names the same body (a
/// union, a ministry): `la CGT` at another plant.
fn story_docs(Names { all, within }: &Names, corpus: &Corpus) -> Vec<u32> {
    let index = &corpus.index;
    let mut shared: HashMap<u32, usize> = HashMap::default();
    for n in all {
        let docs = if within.binary_search(n).is_ok() {
            index.docs_naming(*n)
        } else {
            index.docs_naming_within(*n)
        };
        // A name many stories write (a first name, a ministry) tells none of them
        // apart.
        if docs.is_empty() || index.docs_naming(*n).len() > MAX_DOCS_PER_NAME {
            continue;
        }
        for &d in docs {
            *shared.entry(d).or_insert(0) += 1;
        }
    }
    if shared.is_empty() {
        return Vec::new();
    }
    // The names the sources at the story's core write besides the draft's: a source
    // that shares one name with the draft and writes one of these is of the story.
    let mut core_names: Vec<WordId> = shared
        .iter()
        .filter(|&(_, &k)| k >= 2)
        .flat_map(|(&d, _)| index.doc_names(d).iter().copied())
        .filter(|n| all.binary_search(n).is_err())
        .collect();
    let core = shared.values().any(|&k| k >= 2);
    core_names.sort_unstable();
    core_names.dedup();
    let mut docs: Vec<u32> = shared
        .into_iter()
        .filter(|&(d, k)| {
            k >= 2
                || !core
                || index.whole_names(d) <= STORY_NAMES
                || index
                    .doc_names(d)
                    .iter()
                    .any(|n| core_names.binary_search(n).is_ok())
        })
        .map(|(d, _)| d)
        .collect();
    // A source that writes too few names to say which story it tells (a short
    // update) gives no sign of being about another one.
    docs.extend_from_slice(index.docs_naming_nothing());
    docs.sort_unstable();
    docs.dedup();
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file names of the story's sources for `draft` over `sources`.
    fn check(sources: &[(&str, &str)], draft: &str, expected: &[&str]) {
        let corpus = Corpus::from_texts(
            sources
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string())),
        );
        let draft = Document::markdown("d.md", draft);
        let story = Story::of(&draft, &corpus);
        let got: Vec<String> = story
            .docs()
            .iter()
            .filter_map(|&d| corpus.docs.get(d as usize))
            .map(|s| s.doc.path.to_string_lossy().into_owned())
            .collect();
        assert_eq!(got, expected);
    }

    const FLOOD: (&str, &str) = (
        "crue.md",
        "À Vellerot, la Sorne a débordé : 300 maisons ont été inondées, selon Paul Dastin.",
    );
    const FLOOD_AGAIN: (&str, &str) = (
        "crue-2.md",
        "La Sorne est redescendue à Vellerot, où 320 maisons ont été touchées.",
    );
    const OTHER: (&str, &str) = (
        "autre.md",
        "À Vellerot, le marché de Noël a attiré 4 000 visiteurs, selon Ana Brise.",
    );

    #[test]
    fn a_story_is_the_sources_writing_its_names() {
        check(
            &[FLOOD, OTHER, FLOOD_AGAIN],
            "La crue de la Sorne a touché 300 maisons.",
            &["crue.md", "crue-2.md"],
        );
        // A name written past a sentence's first word on one side ties it to the
        // same word starting a sentence on the other.
        check(
            &[
                (
                    "q.md",
                    "Quorvel a vendu 300 puces. Le patron de Quorvel, Ivo Stan, recrute.",
                ),
                (
                    "o.md",
                    "Le port de Brest a vu 300 navires, selon Léa Morin.",
                ),
            ],
            "Quorvel a vendu 300 puces.",
            &["q.md"],
        );
        // A capital that only ever starts sentences ties nothing (`Environ`).
        check(
            &[("p.md", "Environ 300 pompiers, selon Léa Morin, à Brest.")],
            "Environ 350 pompiers sont venus.",
            &[],
        );
    }

    #[test]
    fn a_body_many_stories_name_does_not_join_them() {
        // Both plants' sources name the same union; only the first names the
        // draft's plant and its people.
        let core = (
            "m1.md",
            "Aux Tissages de Morvelle, 85 salariés sont en grève, selon la CGT et Léa Morin.",
        );
        let other = (
            "v.md",
            "À la fonderie de Vassy, 320 salariés sont en grève, selon la CGT et Ivo Stan.",
        );
        let linked = (
            "m2.md",
            "Devant les Tissages, la CGT compte 90 grévistes, dit Léa Morin à Jean Roy.",
        );
        check(
            &[core, other, linked],
            "La CGT compte 85 grévistes à Morvelle.",
            &["m1.md", "m2.md"],
        );
    }

    #[test]
    fn a_source_naming_one_person_tells_no_other_story() {
        // `Mark Ode` is one name: too few to say the source is about something else.
        check(
            &[
                (
                    "f1.md",
                    "The Cedar Fire has burned 8,200 acres, said Ann Lee.",
                ),
                ("f2.md", "Governor Mark Ode declared a state of emergency."),
                ("f3.md", "In Dorton, Bea Kalm opened a bakery."),
            ],
            "The Cedar Fire forced Governor Ann Lee to act.",
            &["f1.md", "f2.md"],
        );
    }

    #[test]
    fn a_name_most_sources_write_tells_no_story() {
        let mut sources: Vec<(String, String)> = (0..=MAX_DOCS_PER_NAME)
            .map(|i| {
                (
                    format!("m{i:03}.md"),
                    format!("À Vellerot, {i} visiteurs, selon Ana Brise."),
                )
            })
            .collect();
        sources.push((FLOOD.0.to_string(), FLOOD.1.to_string()));
        let sources: Vec<(&str, &str)> = sources
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        check(&sources, "La Sorne a débordé à Vellerot.", &["crue.md"]);
    }

    #[test]
    fn a_draft_naming_nothing_known_weighs_over_the_whole_corpus() {
        check(&[FLOOD, OTHER], "La crue a touché 300 maisons.", &[]);
        check(&[FLOOD, OTHER], "La crue a touché Ostrava et Brno.", &[]);
    }

    /// The weights of a draft claim's words do not move when sources of another
    /// story are added.
    #[test]
    fn other_stories_leave_the_weights_alone() {
        let draft_text = "Selon Paul Dastin, la Sorne a inondé 300 maisons à Vellerot.";
        let weights = |sources: Vec<(String, String)>| {
            let corpus = Corpus::from_texts(sources);
            let draft = crate::Draft::new("d.md", draft_text);
            let story = Story::of(&draft.doc, &corpus);
            let claim = draft.claims.first().cloned().map(|c| story.weigh(c));
            claim.and_then(|c| c.context.idf).map(|w| w.to_vec())
        };
        let own = |(n, t): (&str, &str)| (n.to_string(), t.to_string());
        let alone = weights(vec![own(FLOOD), own(FLOOD_AGAIN)]);
        let mut crowded = vec![own(FLOOD), own(FLOOD_AGAIN)];
        for i in 0..50 {
            crowded.push((
                format!("autre-{i}.md"),
                format!("À Marlieu, {i} maisons ont été vendues, selon Ana Brise."),
            ));
        }
        assert!(alone.is_some());
        assert_eq!(alone, weights(crowded));
    }
}
