//! Folding and word tokens: how two spellings of the same word are made to compare equal.

use crate::text::Span;
use unicode_normalization::UnicodeNormalization;

/// Lowercase, strip accents, unify apostrophes and dashes: `L’Élysée` -> `l'elysee`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
            '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Letters, digits, and the joiners that stay inside a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A word as written (`raw`) and folded (`norm`), with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub norm: String,
    /// First letter is uppercase as written.
    pub capitalized: bool,
}

/// Words of `text`: runs of letters/digits, keeping inner hyphens (`porte-parole`,
/// `nord-coréens`); an elided article (`l'`, `d'`, `qu'`) is its own token.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                iter.next();
            } else if matches!(d, '-' | '‑') {
                // keep a hyphen only between two letters
                let after = text[j + d.len_utf8()..].chars().next();
                if after.is_some_and(|a| a.is_alphabetic())
                    && text[i..end]
                        .chars()
                        .last()
                        .is_some_and(|p| p.is_alphabetic())
                {
                    iter.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            } else if matches!(d, '\'' | '’') {
                // elision: the article ends at the apostrophe
                end = j + d.len_utf8();
                iter.next();
                break;
            } else {
                break;
            }
        }
        let raw = &text[i..end];
        out.push(Token {
            span: Span::new(i, end),
            norm: fold(raw),
            capitalized: c.is_uppercase(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = tokens(input).into_iter().map(|t| t.norm).collect();
        assert_eq!(got, expected, "tokens of {input:?}");
    }

    #[test]
    fn folds_and_splits_words() {
        check("L’Élysée a dit", &["l'", "elysee", "a", "dit"]);
        check(
            "porte-parole de la mairie",
            &["porte-parole", "de", "la", "mairie"],
        );
        check("12 000 soldats — 5-4", &["12", "000", "soldats", "5", "4"]);
        check("qu'il n'est", &["qu'", "il", "n'", "est"]);
    }
}
