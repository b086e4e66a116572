//! Direct quotes: `« … »`, `"…"`, `“…”`; the claim is the quoted words.

use crate::claims::found::Found;
use crate::text::{fold, tokens, Span};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuoteValue {
    /// The quoted words as written.
    pub text: String,
    /// Folded words, for comparing quotes across punctuation and case.
    pub words: Vec<String>,
}

impl QuoteValue {
    pub fn new(text: &str) -> QuoteValue {
        QuoteValue {
            text: text.to_string(),
            words: words(text),
        }
    }
}

/// Folded words of a quote; elided articles are kept (`n'est` differs from `est`).
pub fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .map(|t| t.norm.trim_end_matches('\'').to_string())
        .collect()
}

const PAIRS: [(char, char); 4] = [('«', '»'), ('“', '”'), ('"', '"'), ('„', '“')];

/// Byte spans of the quoted words (inside the marks) of a sentence.
pub fn spans(sentence: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if let Some((_, close)) = PAIRS.iter().find(|(o, _)| *o == c) {
            // English quotes may close with the French mark and the other way round.
            let closes = |d: char| d == *close || (c != '"' && matches!(d, '»' | '”'));
            if let Some(j) = (i + 1..chars.len()).find(|&j| closes(chars[j].1)) {
                let inner_start = at + c.len_utf8();
                let inner_end = chars[j].0;
                let inner = &sentence[inner_start..inner_end];
                let lead = inner.len() - inner.trim_start().len();
                let trail = inner.len() - inner.trim_end().len();
                let trimmed_end = inner_end - trail;
                let mut end = trimmed_end;
                // A quote's own final punctuation is not among its words (`…` is
                // three bytes: step back by the char, not by one byte).
                while end > inner_start + lead {
                    match sentence[..end].chars().next_back() {
                        Some(p @ ('.' | ',' | ';' | '!' | '?' | '…')) => end -= p.len_utf8(),
                        _ => break,
                    }
                }
                if end > inner_start + lead {
                    out.push(Span::new(inner_start + lead, end));
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The quotes of one sentence worth checking: at least two words.
pub fn find(sentence: &str) -> Vec<Found<QuoteValue>> {
    spans(sentence)
        .into_iter()
        .filter(|s| fold(s.slice(sentence)).split_whitespace().count() >= 2)
        .map(|s| Found {
            value: QuoteValue::new(s.slice(sentence)),
            span: s,
            fix_span: s,
            extent: s,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<&str> = find(sentence)
            .iter()
            .map(|f| f.span.slice(sentence))
            .collect();
        assert_eq!(got, expected, "quotes of {sentence:?}");
    }

    #[test]
    fn finds_quotes() {
        check(
            "Il évoque une « reprise progressive ».",
            &["reprise progressive"],
        );
        check(
            "\"We expect strong winds by Monday,\" said he.",
            &["We expect strong winds by Monday"],
        );
        check(
            "“ Il y en a déjà 900 dans la région.» a-t-il dit",
            &["Il y en a déjà 900 dans la région"],
        );
        check("le retrait « immédiat » des soldats", &[]);
    }

    /// Found by tests/properties.rs: a quote ending in `…` sliced inside the char.
    #[test]
    fn multibyte_final_punctuation_is_left_out_whole() {
        check(
            "Elle a dit : « Nous verrons jeudi… ».",
            &["Nous verrons jeudi"],
        );
        check("« Pas encore…… » et « ok … »", &["Pas encore"]);
    }
}
