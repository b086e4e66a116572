//! Verdicts on quotes: found word for word, close to a source's words (misquoted),
//! the same speaker's words in another language (a translated quote), or found
//! nowhere.

use super::evidence::cite;
use super::finding::{Evidence, Finding, Fix};
use crate::claims::{quote, Claim, Kind, Speaker, Value};
use crate::corpus::index::SentenceRef;
use crate::corpus::index::{quote_word, QuoteWord};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::tuning::*;
use crate::lang::{offices, roles, Lang};
use crate::verdict::Verdict;

pub(super) fn judge(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
) -> Option<Finding> {
    let Value::Quote(q) = &claim.value else {
        return None;
    };
    if q.words.is_empty() {
        return None;
    }
    let ids: Vec<QuoteWord> = q.words.iter().map(|w| quote_word(w)).collect();
    let content: Vec<QuoteWord> = q
        .words
        .iter()
        .zip(&ids)
        .filter(|(w, _)| !crate::lang::stopwords::is_stopword(w))
        .map(|(_, id)| *id)
        .collect();
    let min_content = (MISQUOTE_MIN_CONTENT * content.len() as f64).ceil() as usize;
    // The sentences that can hold the quote, in corpus order; all of them when the
    // quote has no content word to look up.
    let refs: Vec<SentenceRef> =
        match corpus
            .index
            .quote_candidates(&q.words, MISQUOTE_RATIO, min_content)
        {
            Some(refs) => refs,
            None => all_sentences(corpus),
        };
    // A corpus sentence: its document, its span and its plain text.
    let sentence = |at: SentenceRef| {
        let doc = &corpus.docs.get(at.doc as usize)?.doc;
        let s = doc.sentences.get(at.sentence as usize)?;
        Some((doc, s.span, doc.sentence_text(at.sentence as usize)))
    };
    let evidence = |at: SentenceRef| {
        let (doc, span, text) = sentence(at)?;
        Some(Evidence {
            doc: at.doc as usize,
            span,
            value_span: span,
            line: doc.line_of(span.start),
            excerpt: text.to_string(),
            value: text.to_string(),
            speaker: None,
            agrees: true,
            day: None,
        })
    };
    // Word for word anywhere settles it: no need to look for close matches.
    let mut exact: Vec<Evidence> = refs
        .iter()
        .filter(|at| contains(corpus.index.sentence_words(**at), &ids))
        .filter_map(|at| evidence(*at))
        .collect();
    // (ratio, evidence, replacement)
    let mut close: Option<(f64, Evidence, String)> = None;
    let must = (MISQUOTE_RATIO * ids.len() as f64).ceil() as usize;
    if exact.is_empty() && ids.len() >= 3 && !content.is_empty() {
        for &at in &refs {
            let words = corpus.index.sentence_words(at);
            // Cheap bounds first: the quote's words present at all bound the common
            // subsequence from above, and the content words must be there.
            let present = ids.iter().filter(|w| words.contains(w)).count();
            let best = close.as_ref().map_or(0.0, |(r, _, _)| *r);
            if present < must || present as f64 / ids.len() as f64 <= best {
                continue;
            }
            if content.iter().filter(|w| words.contains(w)).count() < min_content {
                continue;
            }
            let (lcs, first, last) = lcs(&ids, words);
            let ratio = lcs as f64 / ids.len() as f64;
            if ratio < MISQUOTE_RATIO || ratio <= best {
                continue;
            }
            let Some((_, _, text)) = sentence(at) else {
                continue;
            };
            // The source's own quote where the matched words start (a later word of
            // the sentence may match too: « … la vallée », a affirmé la ministre),
            // or the matched words.
            let toks = crate::text::tokens(text);
            let (a, b) = (
                toks.get(first).map(|t| t.span.start),
                toks.get(last).map(|t| t.span.end),
            );
            let (Some(a), Some(b)) = (a, b) else { continue };
            let replacement = quote::spans(text)
                .into_iter()
                .find(|sp| sp.start <= a && a < sp.end)
                .map(|sp| sp.slice(text).to_string())
                .unwrap_or_else(|| text.get(a..b).unwrap_or_default().to_string());
            let Some(mut e) = evidence(at) else { continue };
            e.agrees = false;
            e.value = replacement.clone();
            close = Some((ratio, e, replacement));
        }
    }
    if !exact.is_empty() {
        exact.truncate(MAX_EVIDENCE);
        let cites: Vec<String> = exact.iter().map(|e| cite(corpus, e)).collect();
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Supported,
            message: crate::tr!(lang, "quote-found", sources = cites.join(", ")),
            evidence: exact,
            fixes: Vec::new(),
            timeline: Vec::new(),
        });
    }
    // Words close to a source's in another language are no misquote: a quote
    // rendered from that language cannot be checked word for word.
    let quote_lang = crate::lang::guess(&q.text).unwrap_or(lang);
    let close = close.filter(|(_, _, r)| crate::lang::guess(r).is_none_or(|l| l == quote_lang));
    if let Some((_, e, replacement)) = close {
        let file = corpus
            .docs
            .get(e.doc)
            .map(|s| s.doc.file_name())
            .unwrap_or_default();
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Misquoted,
            message: crate::tr!(
                lang,
                "misquoted",
                words = &replacement,
                source = cite(corpus, &e)
            ),
            fixes: vec![Fix {
                span: claim.fix_span,
                title: crate::tr!(lang, "fix-quote", words = &replacement, source = file),
                replacement,
                preferred: true,
            }],
            evidence: vec![e],
            timeline: Vec::new(),
        });
    }
    if let Some(found) = translated(draft, claim, q, quote_lang, corpus, lang) {
        return Some(found);
    }
    if q.words.len() >= 3 {
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Unsupported,
            message: crate::tr!(lang, "quote-unsupported"),
            evidence: Vec::new(),
            fixes: Vec::new(),
            timeline: Vec::new(),
        });
    }
    None
}

/// A quote in one language that renders a source's quote in the other: the same
/// named speaker, the same story (context at `MIN_RELEVANT`), and words of a
/// length a translation keeps (within `TRANSLATED_QUOTE_LENGTH` times). It cannot
/// be checked word for word: the finding says so and gives the source's words.
fn translated(
    draft: &Document,
    claim: &Claim,
    q: &quote::QuoteValue,
    quote_lang: Lang,
    corpus: &Corpus,
    lang: Lang,
) -> Option<Finding> {
    let names = speaker_names(draft, claim);
    if names.is_empty() {
        return None;
    }
    let weighted = super::context::Weighted::new(claim, &corpus.index);
    let mut best: Option<(f64, crate::corpus::index::ClaimRef)> = None;
    for at in corpus
        .index
        .related(Kind::Quote, &claim.context, MIN_RELEVANT)
    {
        let Some(c) = super::decide::claim_at(corpus, at) else {
            continue;
        };
        let Value::Quote(sq) = &c.value else { continue };
        let source_lang = corpus.docs.get(at.doc as usize).map(|s| s.lang);
        let their_lang = crate::lang::guess(&sq.text).or(source_lang);
        if their_lang.is_none_or(|l| l == quote_lang) {
            continue;
        }
        let ratio = q.words.len() as f64 / sq.words.len().max(1) as f64;
        if !(1.0 / TRANSLATED_QUOTE_LENGTH..=TRANSLATED_QUOTE_LENGTH).contains(&ratio) {
            continue;
        }
        // the source's speaker, else the names its sentence gives beside the quote
        // (`…, a promis Aleksa Varn lors d'une allocution`)
        let own = c.speaker.as_ref().map(names_of).unwrap_or_default();
        let theirs = match c.speaker.as_ref() {
            Some(_) if !own.is_empty() => own,
            _ => corpus
                .docs
                .get(at.doc as usize)
                .map(|src| {
                    let text = src.doc.sentence_text(c.sentence);
                    let from = src
                        .doc
                        .sentences
                        .get(c.sentence)
                        .map_or(0, |x| x.span.start);
                    let start = c.span.start.saturating_sub(from);
                    let outside = format!(
                        "{} {}",
                        text.get(..start).unwrap_or(""),
                        text.get(start + c.span.len()..).unwrap_or("")
                    );
                    // And a pronoun (`a-t-il déclaré`) speaks for the speaker of the
                    // sentence before, as in the draft.
                    let mut names = names_in(&outside);
                    names.extend(speaker_names(&src.doc, c));
                    names
                })
                .unwrap_or_default(),
        };
        let same_speaker = theirs.iter().any(|n| names.contains(n));
        let score = weighted.similarity(c);
        if !same_speaker || score < MIN_RELEVANT {
            continue;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, at));
        }
    }
    let (_, at) = best?;
    let source = corpus.docs.get(at.doc as usize)?;
    let c = source.claims.get(at.claim as usize)?;
    let Value::Quote(sq) = &c.value else {
        return None;
    };
    let doc = &source.doc;
    let s = doc.sentences.get(c.sentence)?;
    let excerpt = doc.sentence_text(c.sentence).to_string();
    let e = Evidence {
        doc: at.doc as usize,
        span: s.span,
        value_span: c.span,
        line: doc.line_of(s.span.start),
        excerpt,
        value: sq.text.clone(),
        speaker: c.speaker.as_ref().map(|s| s.text.clone()),
        agrees: true,
        day: None,
    };
    Some(Finding {
        claim: claim.clone(),
        verdict: Verdict::Supported,
        message: crate::tr!(
            lang,
            "quote-translated",
            words = &sq.text,
            source = cite(corpus, &e)
        ),
        evidence: vec![e],
        fixes: Vec::new(),
        timeline: Vec::new(),
    })
}

/// The names of a quote's speaker (`claim` in `doc`, the draft or a source): its
/// own, else, for a pronoun or no speaker (`"…," he said`), those of the speaker of
/// the sentence before it in its paragraph.
fn speaker_names(draft: &Document, claim: &Claim) -> Vec<String> {
    let own = claim.speaker.as_ref().map(names_of).unwrap_or_default();
    if !own.is_empty() {
        return own;
    }
    let pronoun = claim.speaker.as_ref().is_none_or(|s| {
        s.key
            .iter()
            .all(|w| crate::lang::attribution::is_pronoun(w))
    });
    let Some(prev) = claim.sentence.checked_sub(1) else {
        return Vec::new();
    };
    let same_block = draft.sentences.get(prev).map(|s| s.block)
        == draft.sentences.get(claim.sentence).map(|s| s.block);
    if !pronoun || !same_block {
        return Vec::new();
    }
    crate::claims::attribution::find(draft.sentence_text(prev))
        .iter()
        .map(|a| names_of(&a.speaker))
        .find(|n| !n.is_empty())
        .unwrap_or_default()
}

/// The names in a speaker's words: its capitalized words that are no title word,
/// as transliteration-proof keys (`Babić` is `Babic`).
fn names_of(speaker: &Speaker) -> Vec<String> {
    names_in(&speaker.text)
}

/// The names in a text: its capitalized words that are no title, office or
/// function word.
fn names_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| {
            let f = crate::text::fold(w);
            f.chars().count() > 2
                && !crate::lang::stopwords::is_stopword(&f)
                && !roles::is_title_word(&f)
                && !roles::is_head_word(w)
                && !offices::is_office_word(&f)
        })
        .map(crate::lang::variants::name_key)
        .collect()
}

fn all_sentences(corpus: &Corpus) -> Vec<SentenceRef> {
    let mut out = Vec::new();
    for (d, source) in corpus.docs.iter().enumerate() {
        for s in 0..source.doc.sentences.len() {
            out.push(SentenceRef {
                doc: d as u32,
                sentence: s as u32,
            });
        }
    }
    out
}

fn contains(hay: &[QuoteWord], needle: &[QuoteWord]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Longest common subsequence of `a` in `b`: its length and the first and last
/// matched positions in `b`.
fn lcs(a: &[QuoteWord], b: &[QuoteWord]) -> (usize, usize, usize) {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 || m > QUOTE_MAX_SOURCE_WORDS {
        return (0, 0, 0);
    }
    let mut dp = vec![vec![0usize; m + 1]; n + 1];
    for i in 0..n {
        for j in 0..m {
            dp[i + 1][j + 1] = if a[i] == b[j] {
                dp[i][j] + 1
            } else {
                dp[i][j + 1].max(dp[i + 1][j])
            };
        }
    }
    // Walk back to find where the match lies in b.
    let (mut i, mut j) = (n, m);
    let (mut first, mut last) = (usize::MAX, 0);
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            first = first.min(j - 1);
            last = last.max(j - 1);
            i -= 1;
            j -= 1;
        } else if dp[i - 1][j] >= dp[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    (dp[n][m], if first == usize::MAX { 0 } else { first }, last)
}

#[cfg(test)]
mod tests {
    use crate::verdict::Verdict;

    /// `check(sources, draft, [(quoted words, verdict, words of the message)])`
    fn check(sources: &[&str], draft: &str, expected: &[(&str, Option<Verdict>, &str)]) {
        let corpus = crate::Corpus::from_texts(
            sources
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("source-{i}.md"), t.to_string())),
        );
        let doc = crate::Draft::new("draft.md", draft);
        let options = crate::Options::new(Default::default(), &doc.doc.text);
        let checked = crate::check(&doc, &corpus, &options);
        for (text, verdict, says) in expected {
            let at = draft.find(text).expect("the quote is in the draft");
            let here = checked.iter().find(|f| {
                matches!(f.claim.value, crate::claims::Value::Quote(_)) && f.claim.span.start == at
            });
            assert_eq!(here.map(|f| f.verdict), *verdict, "{text:?}: {here:?}");
            if let Some(f) = here {
                assert!(f.message.contains(says), "{text:?}: {}", f.message);
            }
        }
    }

    #[test]
    fn a_quote_rendered_from_another_language_is_a_translated_quote() {
        let sources = [
            "La maire de Quervel, Ilka Ström, a averti que la digue était « à bout de souffle ». \
             « Nous ne partirons pas », a répété le pêcheur Aldo Venk devant la digue de Quervel.",
            "\"The dike will hold through the winter,\" Quervel engineer Pia Mohr said.",
        ];
        check(
            &sources,
            "Mayor Ilka Strom warned that the Quervel dike was \"running out of breath.\" \
             \"We will not leave,\" said Lena Dorn, a neighbour of the Quervel dike. \
             Pia Mohr, the Quervel engineer, said: \"The dike will hold through the summer.\"",
            &[
                // the same speaker, the same story, the other language
                (
                    "running out of breath",
                    Some(Verdict::Supported),
                    "translated quote; the source said « à bout de souffle »",
                ),
                // another speaker: not the fisherman's words
                ("We will not leave", Some(Verdict::Unsupported), "No source"),
                // one language: word for word still
                (
                    "The dike will hold through the summer",
                    Some(Verdict::Misquoted),
                    "through the winter",
                ),
            ],
        );
        // a pronoun speaks for the speaker of the sentence before; a source's
        // quote with no speaker read is its sentence's named person's
        check(
            &["À Quervel, Pia Mohr a visité la digue. « Nous reconstruirons chaque maison », \
               a promis Pia Mohr lors d'une réunion publique à Quervel."],
            "Engineer Pia Mohr said the Quervel dike would be rebuilt. \"We will rebuild every house,\" she said in Quervel.",
            &[(
                "We will rebuild every house",
                Some(Verdict::Supported),
                "translated quote",
            )],
        );
        // a source's pronoun speaks for the speaker of its sentence before, too
        check(
            &["Deux digues ont cédé, a précisé la préfète, Lina Dorsay. « Chaque minute compte », \
               a-t-elle déclaré devant la mairie de Quervel."],
            "Two dikes gave way, prefect Lina Dorsay said. \"Every minute counts,\" she said outside Quervel town hall.",
            &[(
                "Every minute counts",
                Some(Verdict::Supported),
                "translated quote",
            )],
        );
        // and the other way round
        check(
            &["\"We will rebuild the dike by spring,\" Quervel engineer Pia Mohr said."],
            "« Nous reconstruirons la digue au printemps », a assuré Pia Mohr, ingénieure à Quervel.",
            &[(
                "Nous reconstruirons la digue au printemps",
                Some(Verdict::Supported),
                // a French draft is told in French
                "citation traduite\u{202f}; la source disait «\u{a0}We will rebuild",
            )],
        );
    }
}
