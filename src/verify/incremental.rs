//! Re-checking a draft after an edit: a sentence whose text did not change keeps the
//! claims and verdicts it had, moved to where it now stands; only the sentences the
//! edit touched are read and checked again.
//!
//! A sentence's claims and verdicts depend on its own text (as written and as plain
//! text), its block's kind and marks, the sentences it reads beside its own
//! (`claims::depends_on`), the document's year and language, the corpus and the
//! draft's story in it (`story`). All of these make the memo key, and a new corpus or
//! story empties the memo, so the result is the one a full check gives;
//! `tests/incremental.rs` holds it to that.

use super::finding::Finding;
use super::judge::check_claim_with;
use super::lookups::Lookups;
use super::options::Options;
use super::story::{Names, Story};
use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::document::{Document, SplitMemo};
use crate::draft::Draft;
use crate::text::Span;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;

/// The memo of one draft's last check.
#[derive(Default)]
pub struct Incremental {
    /// The corpus the memo was computed against.
    corpus: Option<Arc<Corpus>>,
    /// The draft's story in it, which weighs every claim's words, and the draft's
    /// names it was found from.
    story: Arc<Story>,
    story_names: Option<Names>,
    /// By sentence key: its claims and verdicts, spans relative to the sentence start.
    sentences: HashMap<u64, Memo>,
    /// The sentence bounds of the draft's blocks.
    splits: SplitMemo,
    /// The figures last looked up in the corpus.
    lookups: Lookups,
    /// Sentences read again on the last check, and reused.
    pub last_read: usize,
    pub last_reused: usize,
}

#[derive(Clone)]
struct Memo {
    claims: Vec<Claim>,
    checked: Vec<Finding>,
    /// The text hash of the sentence before, when reading this one read it too (a
    /// figure whose noun is left out): the memo holds only while it is unchanged.
    before: Option<u64>,
}

impl Incremental {
    pub fn new() -> Incremental {
        Incremental::default()
    }

    /// Read and check `text`, reusing what the last check found for unchanged sentences.
    pub fn check(
        &mut self,
        path: impl Into<PathBuf>,
        text: &str,
        corpus: &Arc<Corpus>,
        options: &Options,
    ) -> (Draft, Vec<Finding>) {
        let (doc, claims, checked) = self.run(path.into(), text, corpus, options, true);
        (Draft { doc, claims }, checked)
    }

    /// `check`, for a caller that needs the verdicts and not the draft's claims (the
    /// server): each verdict carries its claim, so the claims are not copied out.
    pub fn findings(
        &mut self,
        path: impl Into<PathBuf>,
        text: &str,
        corpus: &Arc<Corpus>,
        options: &Options,
    ) -> (Document, Vec<Finding>) {
        let (doc, _, checked) = self.run(path.into(), text, corpus, options, false);
        (doc, checked)
    }

    fn run(
        &mut self,
        path: PathBuf,
        text: &str,
        corpus: &Arc<Corpus>,
        options: &Options,
        want_claims: bool,
    ) -> (Document, Vec<Claim>, Vec<Finding>) {
        if !self.corpus.as_ref().is_some_and(|c| Arc::ptr_eq(c, corpus)) {
            self.sentences.clear();
            self.lookups.clear();
            self.story_names = None;
            self.corpus = Some(corpus.clone());
        }
        let draft = Document::markdown_with(path, text, &mut self.splits);
        // Another story weighs every word anew: nothing kept holds. The same names
        // in the same corpus tell the same story.
        let names = Names::of(&draft);
        if self.story_names.as_ref() != Some(&names) {
            let story = Story::named(&names, corpus);
            if story.key() != self.story.key() {
                self.sentences.clear();
                self.lookups.clear();
            }
            self.story = Arc::new(story);
            self.story_names = Some(names);
        }
        let story = self.story.clone();
        let year = crate::claims::date::anchor(&draft);
        let lang = options.lang;
        let mut fresh: HashMap<u64, Memo> = HashMap::with_capacity(draft.sentences.len());
        let mut claims: Vec<Claim> = Vec::new();
        let mut checked: Vec<Finding> = Vec::new();
        let (mut read, mut reused) = (0, 0);
        for i in 0..draft.sentences.len() {
            let Some(sentence) = draft.sentences.get(i) else {
                continue;
            };
            let start = sentence.span.start;
            let key = key(&draft, i, year, lang);
            let before_now = |m: &Memo| {
                m.before.is_none_or(|h| {
                    i.checked_sub(1)
                        .is_some_and(|p| text_hash(draft.sentence_text(p)) == h)
                })
            };
            let memo = match self
                .sentences
                .remove(&key)
                .filter(|m| before_now(m))
                .or_else(|| fresh.get(&key).filter(|m| before_now(m)).cloned())
            {
                Some(m) => {
                    reused += 1;
                    m
                }
                None => {
                    read += 1;
                    let (found, read_before) =
                        crate::claims::extract_sentence_reading(&draft, i, year);
                    let verdicts: Vec<Finding> = found
                        .iter()
                        .map(|c| story.weigh(c.clone()))
                        .filter_map(|c| {
                            check_claim_with(&draft, &c, corpus, lang, Some(&self.lookups))
                        })
                        .collect();
                    Memo {
                        before: read_before.map(|p| text_hash(draft.sentence_text(p))),
                        claims: found.into_iter().map(|c| relative(c, start)).collect(),
                        checked: verdicts
                            .into_iter()
                            .map(|c| relative_checked(c, start))
                            .collect(),
                    }
                }
            };
            if want_claims {
                claims.extend(memo.claims.iter().cloned().map(|c| placed(c, i, start)));
            }
            checked.extend(
                memo.checked
                    .iter()
                    .cloned()
                    .map(|c| placed_checked(c, i, start)),
            );
            fresh.insert(key, memo);
        }
        self.sentences = fresh;
        self.last_read = read;
        self.last_reused = reused;
        claims.sort_by_key(|c| (c.span.start, c.span.end));
        checked.sort_by_key(|c| (c.claim.span.start, c.claim.span.end));
        (draft, claims, checked)
    }
}

/// Everything a sentence's claims and verdicts depend on, besides the corpus.
fn key(
    draft: &Document,
    i: usize,
    year: Option<crate::lang::calendar::DocDate>,
    lang: crate::lang::Lang,
) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    if let Some(s) = draft.sentences.get(i) {
        s.span.slice(&draft.text).hash(&mut h);
        s.text.hash(&mut h);
        s.quoted.hash(&mut h);
        (s.kind as u8).hash(&mut h);
    }
    draft.ignored(i).hash(&mut h);
    for j in crate::claims::depends_on(draft, i).into_iter().flatten() {
        draft.sentence_text(j).hash(&mut h);
    }
    year.hash(&mut h);
    (lang as u8).hash(&mut h);
    h.finish()
}

fn text_hash(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

fn shift_back(s: Span, by: usize) -> Span {
    Span::new(s.start.saturating_sub(by), s.end.saturating_sub(by))
}

fn relative(mut c: Claim, start: usize) -> Claim {
    c.span = shift_back(c.span, start);
    c.fix_span = shift_back(c.fix_span, start);
    c.extent = shift_back(c.extent, start);
    c.sentence = 0;
    c
}

fn placed(mut c: Claim, sentence: usize, start: usize) -> Claim {
    c.span = c.span.shift(start);
    c.fix_span = c.fix_span.shift(start);
    c.extent = c.extent.shift(start);
    c.sentence = sentence;
    c
}

fn relative_checked(mut c: Finding, start: usize) -> Finding {
    c.claim = relative(c.claim, start);
    for f in &mut c.fixes {
        f.span = shift_back(f.span, start);
    }
    c
}

fn placed_checked(mut c: Finding, sentence: usize, start: usize) -> Finding {
    c.claim = placed(c.claim, sentence, start);
    for f in &mut c.fixes {
        f.span = f.span.shift(start);
    }
    c
}
