//! Verdicts on quotes: found word for word, close to a source's words (misquoted),
//! or found nowhere.

use super::evidence::cite;
use super::finding::{Evidence, Finding, Fix};
use crate::claims::{quote, Claim, Value};
use crate::corpus::index::SentenceRef;
use crate::corpus::index::{quote_word, QuoteWord};
use crate::corpus::Corpus;
use crate::lang::tuning::*;
use crate::verdict::Verdict;

pub(super) fn judge(claim: &Claim, corpus: &Corpus) -> Option<Finding> {
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
            message: format!("The quote is found word for word in {}.", cites.join(", ")),
            evidence: exact,
            fixes: Vec::new(),
        });
    }
    if let Some((_, e, replacement)) = close {
        let file = corpus
            .docs
            .get(e.doc)
            .map(|s| s.doc.file_name())
            .unwrap_or_default();
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Misquoted,
            message: format!(
                "The source's words are « {replacement} » ({}).",
                cite(corpus, &e)
            ),
            fixes: vec![Fix {
                span: claim.fix_span,
                title: format!("Quote the source: « {replacement} » ({file})"),
                replacement,
                preferred: true,
            }],
            evidence: vec![e],
        });
    }
    if q.words.len() >= 3 {
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Unsupported,
            message: "No source has these words.".into(),
            evidence: Vec::new(),
            fixes: Vec::new(),
        });
    }
    None
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
