//! Lookup keys: what a document or a draft claim can be found by in the archive —
//! the claim's frame (its kind and what a figure counts), its context words, the
//! names of its people, and for quotes the words quoted. The same function reads a
//! stored source and a draft claim, so a claim finds every document whose claims or
//! sentences the in-process index would have matched it with.

use crate::claims::{Claim, Value};
use crate::corpus::Source;
use crate::lang::stem::WordId;

/// One key, as PostgreSQL stores it (`bigint`).
pub type Key = i64;

/// Key kinds, mixed into the hash so a word and a name never collide by design.
const FRAME: u8 = b'f';
const WORD: u8 = b'w';
const NAME: u8 = b'n';
const QUOTED: u8 = b'q';

fn key(tag: u8, bytes: &[u8]) -> Key {
    xxhash_rust::xxh3::xxh3_64_with_seed(bytes, u64::from(tag)) as Key
}

fn word(id: WordId) -> Key {
    key(WORD, &id.to_le_bytes())
}

/// The frame of a claim: its kind, and for a figure what it counts.
pub fn frame(claim: &Claim) -> (&'static str, String) {
    match &claim.value {
        Value::Quantity(q) => ("quantity", q.counted.clone().unwrap_or_default()),
        Value::Role(_) => ("role", String::new()),
        Value::Date(_) => ("date", String::new()),
        Value::Quote(_) => ("quote", String::new()),
    }
}

/// The keys of one claim: its frame, its context words, its people's names, and for
/// a quote its content words.
pub fn claim_keys(claim: &Claim, out: &mut Vec<Key>) {
    let (kind, counted) = frame(claim);
    out.push(key(FRAME, format!("{kind}\u{0}{counted}").as_bytes()));
    out.extend(claim.context.words.iter().map(|(w, _)| word(*w)));
    if let Value::Role(r) = &claim.value {
        out.extend(r.names.iter().map(|n| key(NAME, n.as_bytes())));
    }
    if let Some(s) = &claim.speaker {
        out.extend(s.key.iter().map(|n| key(NAME, n.as_bytes())));
    }
    if let Value::Quote(q) = &claim.value {
        out.extend(content_words(q.words.iter().map(String::as_str)));
    }
}

/// Quote keys of folded words, function words aside (as the index looks quotes up).
fn content_words<'a>(words: impl Iterator<Item = &'a str> + 'a) -> impl Iterator<Item = Key> + 'a {
    words
        .filter(|w| !crate::lang::stopwords::is_stopword(w))
        .map(|w| key(QUOTED, w.as_bytes()))
}

/// Every key of a stored source: those of its claims, and the quote keys of every
/// sentence (a misquote is found in a sentence that is no claim of the source).
pub fn source_keys(source: &Source) -> Vec<Key> {
    let mut out = Vec::new();
    for c in &source.claims {
        claim_keys(c, &mut out);
    }
    let doc = &source.doc;
    for i in 0..doc.sentences.len() {
        let words = crate::claims::quote::words(doc.sentence_text(i));
        out.extend(content_words(words.iter().map(String::as_str)));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The keys one draft claim is looked up by, sorted, each once: two claims with the
/// same keys find the same candidates.
pub fn lookup_keys(claim: &Claim) -> Vec<Key> {
    let mut out = Vec::new();
    claim_keys(claim, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;

    /// `shares(source, draft, expected)`: whether a draft's claims share a key with
    /// a source.
    fn shares(source: &str, draft: &str, expected: bool) {
        let s = Source::read("s.md", source);
        let d = Draft::new("d.md", draft);
        let sk = source_keys(&s);
        let got = d
            .claims
            .iter()
            .flat_map(lookup_keys)
            .any(|k| sk.binary_search(&k).is_ok());
        assert_eq!(got, expected, "{source:?} / {draft:?}");
    }

    #[test]
    fn a_claim_finds_the_sources_of_its_frame_and_words() {
        shares(
            "Le pont de Quillac a coûté 12 millions d'euros, selon la mairie.",
            "Le pont de Quillac a coûté 14 millions d'euros.",
            true,
        );
        shares(
            "« Nous rouvrirons la passerelle au printemps », a dit la maire.",
            "La maire a promis : « nous rouvrirons la passerelle en été ».",
            true,
        );
        shares(
            "Il pleuvait.",
            "Le pont a coûté 14 millions d'euros.",
            false,
        );
    }
}
