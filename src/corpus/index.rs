//! The corpus index: how rare each context word is, and where each claim can be
//! found by the words around it, so that checking a draft claim looks up postings
//! instead of scanning every corpus claim.
//!
//! Lookups are exact: they return every corpus claim that could reach the verifier's
//! threshold, never fewer. The words of a draft claim are split MaxScore-style into
//! those that together cannot reach the threshold and the rest; a corpus claim that
//! shares none of the rest cannot score high enough, so only their postings are read.

use crate::claims::{Context, Kind, Value};
use crate::corpus::source::Source;
use crate::lang::stem::{self, word_id, WordId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
// Keys are word ids (already hashes) and small tuples of them: a fast hasher, no
// protection against crafted keys needed.
use rustc_hash::FxHashMap as HashMap;

/// A claim's address in the corpus: document and claim index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimRef {
    pub doc: u32,
    pub claim: u32,
}

/// A sentence's address in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceRef {
    pub doc: u32,
    pub sentence: u32,
}

/// A word of a corpus sentence as quotes are compared: the low half of its
/// `word_id`. Sentences are kept as these (half the memory of full ids); a quote is
/// matched on whole runs of words, so two words sharing one changes nothing seen.
pub type QuoteWord = u32;

pub fn quote_word(word: &str) -> QuoteWord {
    word_id(word) as QuoteWord
}

/// The key of figures that name nothing counted.
const NOTHING_COUNTED: WordId = 0;

/// Written to the cache in parts (`Index::part`), not whole.
#[derive(Debug, Default)]
pub struct Index {
    /// Number of sentences each context word appears in (from `doc_terms`).
    df: HashMap<WordId, u32>,
    sentences: u32,
    /// Each document's context stems with how many of its sentences hold each, by
    /// word: the document frequencies of a story's sources alone (`verify::story`).
    doc_terms: Vec<Box<[(WordId, u32)]>>,
    /// Each document's number of sentences.
    doc_sentences: Vec<u32>,
    /// Documents by each name they write (`lang::names`), in corpus order: anywhere
    /// (a sentence's first word too), and past a sentence's first word.
    by_name: HashMap<WordId, Vec<u32>>,
    by_name_within: HashMap<WordId, Vec<u32>>,
    /// The documents that write fewer than `STORY_NAMES` names past a sentence's
    /// first word, in corpus order: too few to tell which story they belong to.
    unnamed: Vec<u32>,
    /// How many whole names (`lang::names::whole_names_in`) each document writes.
    whole_names: Vec<u32>,
    /// The names each document writes past a sentence's first word, sorted.
    doc_names: Vec<Box<[WordId]>>,
    by_kind: HashMap<Kind, Vec<ClaimRef>>,
    /// Claims of each kind by each of their context words.
    by_word: HashMap<(Kind, WordId), Vec<ClaimRef>>,
    /// Figures by what they count (0: nothing named) and each of their context words:
    /// a figure of other things is never compared.
    by_counted_word: HashMap<(WordId, WordId), Vec<ClaimRef>>,
    /// Roles by the key of the person's surname.
    by_surname: HashMap<String, Vec<ClaimRef>>,
    /// Sentences by each folded word they contain (function words aside), for quotes.
    by_quote_word: HashMap<WordId, Vec<SentenceRef>>,
    /// Each sentence's words as quotes are compared (`claims::quote::words`), by
    /// document and sentence: quotes are matched against these, not re-read text.
    sentence_words: Vec<Vec<Box<[QuoteWord]>>>,
    /// Lookups return every claim of the kind: the reference the index is tested against.
    exhaustive: bool,
    /// Where each document's claims start in one numbering of all corpus claims, and
    /// how many it has, for the tally of `postings`; worked out on first use from
    /// `by_kind` (which lists every claim), so that no way of building the index can
    /// leave it stale.
    numbering: std::sync::OnceLock<Box<[(u32, u32)]>>,
    /// The claims by number, the other way.
    numbered: std::sync::OnceLock<Box<[ClaimRef]>>,
}

/// The index in parts that the cache writes and reads back independently, on every
/// core (`Index::part`, `IndexPart::deserialize`, `Index::from_parts`).
pub(crate) const PARTS: usize = 5;

type ClaimPostings<K> = HashMap<K, Vec<ClaimRef>>;
type DocTerms = Vec<Box<[(WordId, u32)]>>;
type Names = HashMap<WordId, Vec<u32>>;

/// The index's words and names by document, as the cache stores them: each
/// document's terms and sentence count, documents by name (anywhere, and past a
/// sentence's first word), the documents naming too few things, and each
/// document's count of whole names and its names.
type TermsPart = (
    DocTerms,
    Vec<u32>,
    Names,
    Names,
    Vec<u32>,
    Vec<u32>,
    Vec<Box<[WordId]>>,
);

pub(crate) enum IndexPart {
    Terms(Box<TermsPart>),
    Claims(ClaimPostings<Kind>, ClaimPostings<(Kind, WordId)>),
    Figures(ClaimPostings<(WordId, WordId)>, ClaimPostings<String>),
    Quotes(HashMap<WordId, Vec<SentenceRef>>),
    Sentences(Vec<Vec<Box<[QuoteWord]>>>),
}

impl IndexPart {
    /// Part number `part` read back, in any serde format, from what `Index::part`
    /// wrote for it.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        part: usize,
        d: D,
    ) -> Result<IndexPart, D::Error> {
        Ok(match part {
            0 => IndexPart::Terms(Deserialize::deserialize(d)?),
            1 => {
                let (a, b) = Deserialize::deserialize(d)?;
                IndexPart::Claims(a, b)
            }
            2 => {
                let (a, b) = Deserialize::deserialize(d)?;
                IndexPart::Figures(a, b)
            }
            3 => IndexPart::Quotes(QuotePostings::deserialize(d)?.0),
            _ => {
                let docs: Vec<Vec<OwnedWords>> = Deserialize::deserialize(d)?;
                let words = |doc: Vec<OwnedWords>| doc.into_iter().map(|w| w.0).collect();
                IndexPart::Sentences(docs.into_iter().map(words).collect())
            }
        })
    }
}

/// Part number `part` of an index, to write in any serde format (`Index::part`).
pub(crate) struct PartRef<'a> {
    index: &'a Index,
    part: usize,
}

impl Serialize for PartRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let i = self.index;
        match self.part {
            0 => (
                &i.doc_terms,
                &i.doc_sentences,
                &i.by_name,
                &i.by_name_within,
                &i.unnamed,
                &i.whole_names,
                &i.doc_names,
            )
                .serialize(s),
            1 => (&i.by_kind, &i.by_word).serialize(s),
            2 => (&i.by_counted_word, &i.by_surname).serialize(s),
            3 => s.collect_map(i.by_quote_word.iter().map(|(w, at)| (w, RefBytes(at)))),
            _ => s.collect_seq(i.sentence_words.iter().map(|doc| DocWords(doc))),
        }
    }
}

/// One document's sentences as `WordBytes`.
struct DocWords<'a>(&'a [Box<[QuoteWord]>]);

impl Serialize for DocWords<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|words| WordBytes(words)))
    }
}

/// A sentence's quote words written as bytes (4, little-endian, each) rather than
/// as a sequence of integers: they are hashes, which a compact format would spend 5
/// bytes and a loop on, one by one; as bytes they are read back in one pass.
struct WordBytes<'a>(&'a [QuoteWord]);

impl Serialize for WordBytes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = self.0.iter().flat_map(|w| w.to_le_bytes()).collect();
        s.serialize_bytes(&bytes)
    }
}

/// A quote word's sentences written as bytes (document and sentence, 4 bytes each,
/// little-endian), like `WordBytes`: one pass to read back, not one per field.
struct RefBytes<'a>(&'a [SentenceRef]);

impl Serialize for RefBytes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = self
            .0
            .iter()
            .flat_map(|at| [at.doc.to_le_bytes(), at.sentence.to_le_bytes()])
            .flatten()
            .collect();
        s.serialize_bytes(&bytes)
    }
}

/// Four-byte little-endian numbers from `bytes`, `None` unless it holds a whole
/// number of them.
fn u32s(bytes: &[u8]) -> Option<impl Iterator<Item = u32> + '_> {
    (bytes.len() % 4 == 0).then(|| {
        bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    })
}

/// `by_quote_word` read back from `RefBytes`.
struct QuotePostings(HashMap<WordId, Vec<SentenceRef>>);

impl<'de> Deserialize<'de> for QuotePostings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<QuotePostings, D::Error> {
        struct Refs(Vec<SentenceRef>);
        impl<'de> Deserialize<'de> for Refs {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Refs, D::Error> {
                d.deserialize_bytes(Bytes(
                    "sentence addresses as bytes, 8 each",
                    |b: &[u8]| {
                        let n: Vec<u32> = u32s(b).filter(|_| b.len() % 8 == 0)?.collect();
                        let at = n.chunks_exact(2).map(|p| SentenceRef {
                            doc: p[0],
                            sentence: p[1],
                        });
                        Some(Refs(at.collect()))
                    },
                ))
            }
        }
        struct Map;
        impl<'de> serde::de::Visitor<'de> for Map {
            type Value = QuotePostings;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("sentences by quote word")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut entries: A,
            ) -> Result<QuotePostings, A::Error> {
                let mut map = HashMap::default();
                map.reserve(entries.size_hint().unwrap_or(0));
                while let Some((word, Refs(at))) = entries.next_entry::<WordId, Refs>()? {
                    map.insert(word, at);
                }
                Ok(QuotePostings(map))
            }
        }
        d.deserialize_map(Map)
    }
}

/// A visitor of bytes (what it expects, and what turns them into a value or refuses
/// them with `None`).
struct Bytes<F>(&'static str, F);

impl<T, F: FnOnce(&[u8]) -> Option<T>> serde::de::Visitor<'_> for Bytes<F> {
    type Value = T;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.0)
    }
    fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        let what = self.0;
        (self.1)(bytes).ok_or_else(|| E::custom(format!("expected {what}")))
    }
}

/// `WordBytes` read back.
struct OwnedWords(Box<[QuoteWord]>);

impl<'de> Deserialize<'de> for OwnedWords {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OwnedWords, D::Error> {
        d.deserialize_bytes(Bytes("quote words as bytes, 4 each", |b: &[u8]| {
            Some(OwnedWords(u32s(b)?.collect()))
        }))
    }
}

/// What the index keeps of one sentence's words.
struct SentenceWords {
    /// Distinct context stems, for document frequencies.
    stems: Vec<WordId>,
    /// The names it writes (`lang::names::names_from_start`).
    names: Vec<WordId>,
    /// The names it writes past its first word (`lang::names::names_in`).
    within: Vec<WordId>,
    /// Those names, a name's words together (`lang::names::whole_names_in`).
    whole: Vec<WordId>,
    /// Every word as quotes are compared (`claims::quote::words`).
    all: Box<[QuoteWord]>,
    /// Distinct words of `all` that are not function words, for quote lookups.
    content: Vec<WordId>,
}

fn sentence_words(text: &str) -> SentenceWords {
    let toks = crate::text::tokens_shared(text);
    let mut stems: Vec<WordId> = toks
        .iter()
        .filter_map(|t| stem::stem(&t.norm))
        .map(|w| word_id(&w))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    let within = crate::lang::names::names_in(&toks).map(word_id).collect();
    let whole = crate::lang::names::whole_names_in(&toks)
        .iter()
        .map(|n| word_id(n))
        .collect();
    let names = crate::lang::names::names_from_start(&toks)
        .map(word_id)
        .collect();
    // The same words as `claims::quote::words` gives.
    let quote_words: Vec<&str> = toks.iter().map(|t| t.norm.trim_end_matches('\'')).collect();
    let all: Box<[QuoteWord]> = quote_words.iter().map(|w| quote_word(w)).collect();
    let mut content: Vec<WordId> = quote_words
        .iter()
        .filter(|w| !crate::lang::stopwords::is_stopword(w))
        .map(|w| word_id(w))
        .collect();
    content.sort_unstable();
    content.dedup();
    SentenceWords {
        stems,
        names,
        within,
        whole,
        all,
        content,
    }
}

/// Keep, of `claims`, those of the documents of `ctx`'s story, when it has one.
fn in_story(claims: &mut Vec<ClaimRef>, ctx: &Context) {
    if let Some(docs) = &ctx.story {
        claims.retain(|c| docs.binary_search(&c.doc).is_ok());
    }
}

/// Inverse document frequency of a word held by `df` of `n` sentences.
pub fn idf(df: u32, n: u32) -> f64 {
    let (df, n) = (df as f64, n.max(1) as f64);
    ((n + 1.0) / (df + 0.5))
        .ln()
        .max(crate::lang::tuning::IDF_FLOOR)
}

impl Index {
    pub fn build(docs: &[Source]) -> Index {
        use rayon::prelude::*;
        let mut idx = Index::default();
        // Tokenizing every sentence is most of the work: done on every core, a batch
        // of documents at a time (so the words in flight stay few), and merged in
        // corpus order.
        let mut d = 0u32;
        for batch in docs.chunks(256) {
            let words: Vec<Vec<SentenceWords>> = batch
                .par_iter()
                .map(|source| {
                    let doc = &source.doc;
                    (0..doc.sentences.len())
                        .map(|i| sentence_words(doc.sentence_text(i)))
                        .collect()
                })
                .collect();
            for (doc, doc_words) in batch.iter().zip(words) {
                idx.add(d, doc, doc_words);
                d += 1;
            }
        }
        idx.shrink();
        idx
    }

    /// Give back the room postings kept to grow: the index is not added to again.
    fn shrink(&mut self) {
        fn lists<K: Eq + std::hash::Hash, T>(map: &mut HashMap<K, Vec<T>>) {
            map.values_mut().for_each(Vec::shrink_to_fit);
            map.shrink_to_fit();
        }
        self.df.shrink_to_fit();
        self.doc_terms.shrink_to_fit();
        self.doc_sentences.shrink_to_fit();
        self.unnamed.shrink_to_fit();
        self.whole_names.shrink_to_fit();
        self.doc_names.shrink_to_fit();
        lists(&mut self.by_name);
        lists(&mut self.by_name_within);
        lists(&mut self.by_kind);
        lists(&mut self.by_word);
        lists(&mut self.by_counted_word);
        lists(&mut self.by_surname);
        lists(&mut self.by_quote_word);
        self.sentence_words.shrink_to_fit();
    }

    /// Add document `d` to the index, given its sentences' words.
    fn add(&mut self, d: u32, source: &Source, doc_words: Vec<SentenceWords>) {
        let mut all: Vec<Box<[QuoteWord]>> = Vec::with_capacity(doc_words.len());
        let mut terms: HashMap<WordId, u32> = HashMap::default();
        let mut names: Vec<WordId> = Vec::new();
        let mut within: Vec<WordId> = Vec::new();
        let mut whole: Vec<WordId> = Vec::new();
        self.doc_sentences.push(doc_words.len() as u32);
        for (si, sw) in doc_words.into_iter().enumerate() {
            self.sentences += 1;
            for w in sw.stems {
                *self.df.entry(w).or_insert(0) += 1;
                *terms.entry(w).or_insert(0) += 1;
            }
            names.extend(sw.names);
            within.extend(sw.within);
            whole.extend(sw.whole);
            let at = SentenceRef {
                doc: d,
                sentence: si as u32,
            };
            for w in sw.content {
                self.by_quote_word.entry(w).or_default().push(at);
            }
            all.push(sw.all);
        }
        self.sentence_words.push(all);
        let mut terms: Box<[(WordId, u32)]> = terms.into_iter().collect();
        terms.sort_unstable();
        self.doc_terms.push(terms);
        within.sort_unstable();
        within.dedup();
        whole.sort_unstable();
        whole.dedup();
        self.whole_names.push(whole.len() as u32);
        if whole.len() < crate::lang::tuning::STORY_NAMES {
            self.unnamed.push(d);
        }
        for &n in &within {
            self.by_name_within.entry(n).or_default().push(d);
        }
        self.doc_names.push(within.into_boxed_slice());
        names.sort_unstable();
        names.dedup();
        for n in names {
            self.by_name.entry(n).or_default().push(d);
        }
        for (c, claim) in source.claims.iter().enumerate() {
            let at = ClaimRef {
                doc: d,
                claim: c as u32,
            };
            let kind = claim.kind();
            self.by_kind.entry(kind).or_default().push(at);
            for (w, _) in &claim.context.words {
                self.by_word.entry((kind, *w)).or_default().push(at);
            }
            if let Value::Quantity(q) = &claim.value {
                let counted = q.counted.as_deref().map(word_id).unwrap_or(NOTHING_COUNTED);
                for (w, _) in &claim.context.words {
                    self.by_counted_word
                        .entry((counted, *w))
                        .or_default()
                        .push(at);
                }
            }
            if let Value::Role(r) = &claim.value {
                if let Some(surname) = r.names.last() {
                    self.by_surname.entry(surname.clone()).or_default().push(at);
                }
            }
        }
    }

    /// Part number `part` (of `PARTS`) of the index, to serialise.
    pub(crate) fn part(&self, part: usize) -> PartRef<'_> {
        PartRef { index: self, part }
    }

    /// The index whose parts these are; `None` unless each part is there once.
    pub(crate) fn from_parts(parts: Vec<IndexPart>) -> Option<Index> {
        let mut idx = Index::default();
        let mut seen = [false; PARTS];
        for p in parts {
            let i = match p {
                IndexPart::Terms(part) => {
                    let (terms, n, names, within, unnamed, whole, doc_names) = *part;
                    idx.whole_names = whole;
                    idx.doc_names = doc_names;
                    idx.by_name_within = within;
                    idx.unnamed = unnamed;
                    idx.sentences = n.iter().sum();
                    for doc in &terms {
                        for (w, k) in doc.iter() {
                            *idx.df.entry(*w).or_insert(0) += k;
                        }
                    }
                    (idx.doc_terms, idx.doc_sentences, idx.by_name) = (terms, n, names);
                    0
                }
                IndexPart::Claims(a, b) => {
                    (idx.by_kind, idx.by_word) = (a, b);
                    1
                }
                IndexPart::Figures(a, b) => {
                    (idx.by_counted_word, idx.by_surname) = (a, b);
                    2
                }
                IndexPart::Quotes(q) => {
                    idx.by_quote_word = q;
                    3
                }
                IndexPart::Sentences(s) => {
                    idx.sentence_words = s;
                    4
                }
            };
            if std::mem::replace(&mut seen[i], true) {
                return None;
            }
        }
        seen.iter().all(|s| *s).then_some(idx)
    }

    /// Make every lookup return all claims of its kind, as a scan would.
    pub fn set_exhaustive(&mut self, on: bool) {
        self.exhaustive = on;
    }

    /// Inverse document frequency of a context word over corpus sentences: rare words
    /// say more about what a claim is about than common ones.
    pub fn idf(&self, word: WordId) -> f64 {
        idf(self.df.get(&word).copied().unwrap_or(0), self.sentences)
    }

    /// The weight of each of `ctx`'s words, in its order: those the story gave it
    /// (`verify::story`) when it has them, else the whole corpus's.
    pub fn idfs(&self, ctx: &Context) -> Vec<f64> {
        match &ctx.idf {
            Some(given) if given.len() == ctx.words.len() => given.to_vec(),
            _ => ctx.words.iter().map(|(w, _)| self.idf(*w)).collect(),
        }
    }

    /// The documents that write `name` (`lang::names`, folded, as a `word_id`)
    /// anywhere, a sentence's first word too.
    pub fn docs_naming(&self, name: WordId) -> &[u32] {
        self.by_name.get(&name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The documents that write `name` past a sentence's first word, where a
    /// capital says it is a name rather than the start of a sentence.
    pub fn docs_naming_within(&self, name: WordId) -> &[u32] {
        self.by_name_within
            .get(&name)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The documents that write fewer than `STORY_NAMES` names past a sentence's
    /// first word, in corpus order: too few to tie them to one story.
    pub fn docs_naming_nothing(&self) -> &[u32] {
        &self.unnamed
    }

    /// The names document `d` writes past its sentences' first words, sorted.
    pub fn doc_names(&self, d: u32) -> &[WordId] {
        self.doc_names.get(d as usize).map_or(&[], |n| &n[..])
    }

    /// How many whole names document `d` writes past its sentences' first words.
    pub fn whole_names(&self, d: u32) -> usize {
        self.whole_names.get(d as usize).map_or(0, |&n| n as usize)
    }

    /// Document `d`'s context stems, by word, with how many of its sentences hold each.
    pub fn doc_terms(&self, d: u32) -> &[(WordId, u32)] {
        self.doc_terms
            .get(d as usize)
            .map(|t| &t[..])
            .unwrap_or(&[])
    }

    /// Document `d`'s number of sentences.
    pub fn doc_sentences(&self, d: u32) -> u32 {
        self.doc_sentences.get(d as usize).copied().unwrap_or(0)
    }

    /// The words of a corpus sentence as quotes are compared, as ids.
    pub fn sentence_words(&self, at: SentenceRef) -> &[QuoteWord] {
        self.sentence_words
            .get(at.doc as usize)
            .and_then(|d| d.get(at.sentence as usize))
            .map(|w| &w[..])
            .unwrap_or(&[])
    }

    /// Every corpus claim of a kind.
    pub fn of_kind(&self, kind: Kind) -> &[ClaimRef] {
        self.by_kind.get(&kind).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every claim of `kind` whose context similarity to `ctx` (as
    /// `verify::context::similarity` weighs it) may reach `min_share`, in corpus order.
    pub fn related(&self, kind: Kind, ctx: &Context, min_share: f64) -> Vec<ClaimRef> {
        let mut out = if self.exhaustive {
            self.of_kind(kind).to_vec()
        } else {
            let mut out = self.postings(ctx, min_share, |w| self.by_word.get(&(kind, w)));
            out.sort_unstable();
            out.dedup();
            out
        };
        in_story(&mut out, ctx);
        out
    }

    /// The figures that count `counted` (or nothing named) whose context may reach
    /// `min_share`, and those that name nothing counted whose context may reach
    /// `min_share_uncounted`, in corpus order. `counted: None` asks for every figure.
    pub fn related_figures(
        &self,
        counted: Option<&str>,
        ctx: &Context,
        min_share: f64,
        min_share_uncounted: f64,
    ) -> Vec<ClaimRef> {
        let Some(counted) = counted.filter(|_| !self.exhaustive) else {
            return self.related(Kind::Quantity, ctx, min_share.min(min_share_uncounted));
        };
        let key = word_id(counted);
        let named = self.postings(ctx, min_share, |w| self.by_counted_word.get(&(key, w)));
        let unnamed = self.postings(ctx, min_share_uncounted, |w| {
            self.by_counted_word.get(&(NOTHING_COUNTED, w))
        });
        let mut out = merge_sorted(&named, &unnamed);
        in_story(&mut out, ctx);
        out
    }

    /// The claims, through `list`, that may share `min_share` of the weighted words of
    /// `ctx`, in corpus order. A claim must share one of the heavier words (the lighter
    /// ones together weigh less than the threshold), so only their postings are
    /// read; and a claim whose shared heavier words, at most at full weight, and all
    /// the lighter ones still fall short is dropped without being looked at.
    fn postings<'a>(
        &'a self,
        ctx: &Context,
        min_share: f64,
        list: impl Fn(WordId) -> Option<&'a Vec<ClaimRef>>,
    ) -> Vec<ClaimRef> {
        let mut mass: Vec<(WordId, f64)> = ctx
            .words
            .iter()
            .zip(self.idfs(ctx))
            .map(|((w, wt), idf)| (*w, idf * *wt as f64))
            .collect();
        let total: f64 = mass.iter().map(|(_, m)| m).sum();
        // Drop the lightest words while what they weigh together stays under the
        // threshold: a claim sharing only those cannot reach it.
        mass.sort_by(|a, b| a.1.total_cmp(&b.1));
        // A hair under, so that summing in another order never loses a claim at the edge.
        let floor = min_share * total * (1.0 - 1e-9);
        let mut light = 0.0;
        let mut first_needed = 0;
        for (i, (_, m)) in mass.iter().enumerate() {
            if light + m >= floor {
                first_needed = i;
                break;
            }
            light += m;
            first_needed = i + 1;
        }
        let needed = &mass[first_needed..];
        self.tally(needed, light, floor, &list)
            .unwrap_or_else(|| sorted_hits(needed, light, floor, &list))
    }

    /// The claims in the order of their numbers (`numbering`), to read a number back.
    fn numbered(&self) -> &[ClaimRef] {
        self.numbered.get_or_init(|| {
            self.numbering()
                .iter()
                .enumerate()
                .flat_map(|(doc, (_, n))| {
                    (0..*n).map(move |claim| ClaimRef {
                        doc: doc as u32,
                        claim,
                    })
                })
                .collect()
        })
    }

    /// Each claim's number in one numbering of all corpus claims, `None` for a claim
    /// the index never listed (only a damaged cache could give one).
    fn numbering(&self) -> &[(u32, u32)] {
        self.numbering.get_or_init(|| {
            let mut count: Vec<u32> = Vec::new();
            for at in self.by_kind.values().flatten() {
                let d = at.doc as usize;
                if d >= count.len() {
                    count.resize(d + 1, 0);
                }
                count[d] = count[d].max(at.claim.saturating_add(1));
            }
            let mut next = 0u32;
            count
                .into_iter()
                .map(|n| {
                    let start = next;
                    next = next.saturating_add(n);
                    (start, n)
                })
                .collect()
        })
    }

    /// What `sorted_hits` gives, tallied in one slot per corpus claim instead of
    /// sorting every posting: a lookup reads hundreds of thousands of postings, and
    /// sorting them cost more than the rest of it. A bit per claim marks the slots in
    /// use, and reading the marks in order gives the claims in corpus order, with no
    /// sort. The slots are reused, one set a thread, and left unmarked again. Each
    /// claim's sum starts at `light` and adds its words' masses in the order of
    /// `needed`, as `sorted_hits` adds them, so that the test against `floor` sees the
    /// same number. `None` for a claim the numbering lacks.
    fn tally<'a>(
        &'a self,
        needed: &[(WordId, f64)],
        light: f64,
        floor: f64,
        list: &impl Fn(WordId) -> Option<&'a Vec<ClaimRef>>,
    ) -> Option<Vec<ClaimRef>> {
        #[derive(Default)]
        struct Slots {
            sums: Vec<f64>,
            marks: Vec<u64>,
        }
        thread_local! {
            static SLOTS: std::cell::RefCell<Slots> = std::cell::RefCell::default();
        }
        let numbering = self.numbering();
        let number = |at: &ClaimRef| {
            let (start, n) = *numbering.get(at.doc as usize)?;
            (at.claim < n)
                .then(|| start.checked_add(at.claim))?
                .map(|i| i as usize)
        };
        let claims = numbering
            .last()
            .map_or(0, |(s, n)| *s as usize + *n as usize);
        SLOTS.with(|slots| {
            let mut slots = slots.try_borrow_mut().ok()?;
            let Slots { sums, marks } = &mut *slots;
            if sums.len() < claims {
                sums.resize(claims, 0.0);
                marks.resize(claims.div_ceil(64), 0);
            }
            let (mut lo, mut hi) = (usize::MAX, 0);
            let mut touched = 0;
            let mut whole = true;
            'lists: for (w, m) in needed {
                let Some(l) = list(*w) else { continue };
                if let (Some(first), Some(last)) = (l.first(), l.last()) {
                    match (number(first), number(last)) {
                        (Some(f), Some(t)) => {
                            lo = lo.min(f);
                            hi = hi.max(t);
                        }
                        _ => {
                            whole = false;
                            break 'lists;
                        }
                    }
                }
                for at in l {
                    let Some(i) = number(at) else {
                        whole = false;
                        break 'lists;
                    };
                    let (word, bit) = (i / 64, 1u64 << (i % 64));
                    if marks[word] & bit == 0 {
                        marks[word] |= bit;
                        sums[i] = light + m;
                        touched += 1;
                    } else {
                        sums[i] += m;
                    }
                }
            }
            // Room for every claim touched: most reach the floor, and growing the list
            // as it fills cost a copy of it each time.
            let mut out: Vec<ClaimRef> = Vec::with_capacity(touched);
            if lo > hi {
                return whole.then_some(out);
            }
            // Claim numbers back to claims.
            let claims = self.numbered();
            for (k, mark) in marks[lo / 64..=hi / 64].iter_mut().enumerate() {
                let mut bits = std::mem::take(mark);
                let first = (lo / 64 + k) * 64;
                while bits != 0 {
                    let i = first + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if sums[i] >= floor {
                        if let Some(at) = claims.get(i) {
                            out.push(*at);
                        }
                    }
                }
            }
            whole.then_some(out)
        })
    }

    /// The roles whose person has this surname key, in corpus order.
    pub fn by_surname(&self, surname: &str) -> Vec<ClaimRef> {
        if self.exhaustive {
            return self.of_kind(Kind::Role).to_vec();
        }
        self.by_surname.get(surname).cloned().unwrap_or_default()
    }

    /// Sentences that may hold `words` (folded) as a quote: exactly, or with at least
    /// `min_share` of the quote's positions matched in order and `min_content` of its
    /// content words (function words aside) present. `None` when the quote has no
    /// content word to look up (then every sentence must be read).
    pub fn quote_candidates(
        &self,
        words: &[String],
        min_share: f64,
        min_content: usize,
    ) -> Option<Vec<SentenceRef>> {
        if self.exhaustive || words.is_empty() {
            return None;
        }
        let n = words.len();
        // At least `must` positions of the quote are matched; function words can
        // account for `stop` of them, so `must - stop` content positions are matched.
        let must = ((min_share * n as f64).ceil() as usize).clamp(1, n);
        let content: Vec<&String> = words
            .iter()
            .filter(|w| !crate::lang::stopwords::is_stopword(w))
            .collect();
        let stop = n - content.len();
        let matched_content = must
            .saturating_sub(stop)
            .max(min_content)
            .min(content.len());
        if matched_content == 0 {
            return None;
        }
        // How many positions each distinct content word holds in the quote.
        let mut counts: Vec<(WordId, usize)> = Vec::new();
        for w in &content {
            let id = word_id(w);
            match counts.iter_mut().find(|(x, _)| *x == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id, 1)),
            }
        }
        let mut lists: Vec<(&[SentenceRef], usize)> = counts
            .iter()
            .map(|(id, n)| {
                let list = self.by_quote_word.get(id).map(Vec::as_slice).unwrap_or(&[]);
                (list, *n)
            })
            .collect();
        lists.sort_by_key(|(l, _)| l.len());
        // Among any `content - matched + 1` content positions one is matched: the
        // sentences holding one of the rarest words are the only candidates...
        let mut seed: Vec<SentenceRef> = Vec::new();
        let mut covered = 0;
        for (l, n) in &lists {
            if covered > content.len() - matched_content {
                break;
            }
            seed.extend_from_slice(l);
            covered += n;
        }
        seed.sort_unstable();
        seed.dedup();
        // ...and of those, only the ones whose quote words can fill enough positions.
        let out = seed
            .into_iter()
            .filter(|at| {
                let held: usize = lists
                    .iter()
                    .filter(|(l, _)| l.binary_search(at).is_ok())
                    .map(|(_, n)| n)
                    .sum();
                held >= matched_content
            })
            .collect();
        Some(out)
    }
}

/// The claims of `needed`'s lists whose sum of masses, from `light`, reaches
/// `floor`, in corpus order: every posting sorted by claim. The reference `tally`
/// is tested against, and what a damaged numbering falls back to.
fn sorted_hits<'a>(
    needed: &[(WordId, f64)],
    light: f64,
    floor: f64,
    list: &impl Fn(WordId) -> Option<&'a Vec<ClaimRef>>,
) -> Vec<ClaimRef> {
    let mut hits: Vec<(ClaimRef, f64)> = Vec::new();
    for (w, m) in needed {
        if let Some(l) = list(*w) {
            hits.extend(l.iter().map(|r| (*r, *m)));
        }
    }
    // Each list is in corpus order, so `hits` is a few sorted runs: the stable sort
    // merges runs, where an unstable one would sort from scratch.
    hits.sort_by_key(|(r, _)| *r);
    let mut out: Vec<ClaimRef> = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let at = hits[i].0;
        let mut most = light;
        while i < hits.len() && hits[i].0 == at {
            most += hits[i].1;
            i += 1;
        }
        if most >= floor {
            out.push(at);
        }
    }
    out
}

/// Two lists in corpus order as one, each claim once: `postings` gives each list
/// sorted, and merging them costs a pass where sorting their sum cost a sort.
pub(crate) fn merge_sorted(a: &[ClaimRef], b: &[ClaimRef]) -> Vec<ClaimRef> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

#[cfg(test)]
mod tests {
    use crate::Corpus;

    /// Lookups through the index find what a scan finds, claim for claim.
    fn check(sources: &[&str], draft: &str, min_share: f64, expected_hits: usize) {
        let corpus = Corpus::from_texts(
            sources
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("s{i}.md"), t.to_string())),
        );
        let draft = crate::Draft::new("d.md", draft);
        let mut hits = 0;
        for claim in &draft.claims {
            let found = corpus
                .index
                .related(claim.kind(), &claim.context, min_share);
            for &at in corpus.index.of_kind(claim.kind()) {
                let Some(c) = crate::verify::claim_at(&corpus, at) else {
                    continue;
                };
                let score = crate::verify::context::similarity(claim, c, &corpus.index);
                if score >= min_share {
                    hits += 1;
                    assert!(
                        found.contains(&at),
                        "{at:?} scores {score} but was not found"
                    );
                }
            }
        }
        assert_eq!(hits, expected_hits);
    }

    #[test]
    fn related_claims_are_all_found() {
        let sources = [
            "La préfecture de Brenmoor a recensé 1 200 sinistrés après la tempête.",
            "Après la tempête, 1 300 sinistrés ont été relogés par la mairie de Brenmoor.",
            "Le club de football de Talvie a vendu 30 000 billets pour la finale.",
        ];
        check(
            &sources,
            "La tempête a fait 1 250 sinistrés à Brenmoor.",
            0.2,
            2,
        );
        check(&sources, "Talvie a vendu 31 000 billets.", 0.2, 1);
    }

    /// The tally of postings finds what sorting them finds, claim for claim and in
    /// corpus order, at every threshold.
    fn check_tally(sources: &[&str], draft: &str, expected_hits: usize) {
        use crate::claims::Kind;
        let corpus = Corpus::from_texts(
            sources
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("s{i}.md"), t.to_string())),
        );
        let draft = crate::Draft::new("d.md", draft);
        let index = &corpus.index;
        let mut hits = 0;
        for claim in &draft.claims {
            let mass: Vec<(super::WordId, f64)> = claim
                .context
                .words
                .iter()
                .map(|(w, wt)| (*w, index.idf(*w) * *wt as f64))
                .collect();
            let total: f64 = mass.iter().map(|(_, m)| m).sum();
            let list = |w| index.by_word.get(&(Kind::Quantity, w));
            for share in [0.0, 0.1, 0.2, 0.4, 0.8] {
                for light in [0.0, 0.05 * total] {
                    let floor = share * total;
                    let sorted = super::sorted_hits(&mass, light, floor, &list);
                    let tallied = index.tally(&mass, light, floor, &list);
                    assert_eq!(tallied.as_ref(), Some(&sorted), "share {share}");
                    hits += sorted.len();
                }
            }
        }
        assert_eq!(hits, expected_hits);
    }

    #[test]
    fn tallied_postings_are_the_sorted_ones() {
        let sources = [
            "La coopérative de Vellane a récolté 40 tonnes de noix en octobre.",
            "En octobre, la coopérative a vendu 12 tonnes de noix à Vellane.",
            "Le marché de Vellane a accueilli 300 exposants et 4 000 visiteurs.",
            "Les 4 000 visiteurs du marché ont acheté des noix de la coopérative.",
        ];
        check_tally(
            &sources,
            "La coopérative de Vellane a récolté 45 tonnes de noix, vendues au marché.",
            34,
        );
    }

    #[test]
    fn merged_lists_keep_corpus_order_and_each_claim_once() {
        use super::{merge_sorted, ClaimRef};
        let at = |doc, claim| ClaimRef { doc, claim };
        let a = [at(0, 1), at(1, 0), at(3, 2)];
        let b = [at(0, 0), at(1, 0), at(2, 5), at(4, 0)];
        assert_eq!(
            merge_sorted(&a, &b),
            vec![at(0, 0), at(0, 1), at(1, 0), at(2, 5), at(3, 2), at(4, 0)]
        );
        assert_eq!(merge_sorted(&[], &b), b.to_vec());
    }
}
