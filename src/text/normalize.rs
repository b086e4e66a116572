//! Folding and word tokens: how two spellings of the same word are made to compare equal.

use crate::text::Span;
use std::cell::RefCell;
use std::rc::Rc;

/// Lowercase, strip accents, unify apostrophes and dashes: `L’Élysée` -> `l'elysee`.
pub fn fold(s: &str) -> String {
    // Most words are ASCII: lowercasing is all folding does to them, and NFD is slow.
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
    {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    // Decomposing char by char gives what NFD of the whole string gives once the
    // combining marks are dropped: canonical reordering only moves marks.
    for ch in s.chars() {
        if ch.is_ascii() && ch != '`' {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        unicode_normalization::char::decompose_canonical(ch, |c| {
            if unicode_normalization::char::is_combining_mark(c) {
                return;
            }
            match c {
                '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
                '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
                '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
                'œ' | 'Œ' => out.push_str("oe"),
                'æ' | 'Æ' => out.push_str("ae"),
                _ => out.extend(c.to_lowercase()),
            }
        });
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
/// `franco-belges`); an elided article (`l'`, `d'`, `qu'`) is its own token.
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

/// Tokens of a sentence, shared: every extractor and every claim's context reads the
/// same sentence's words, and tokenizing is most of the cost of reading a corpus. The
/// last few texts tokenized on this thread are remembered, compared by content.
pub fn tokens_shared(text: &str) -> Rc<Vec<Token>> {
    thread_local! {
        static RECENT: RefCell<Vec<(String, Rc<Vec<Token>>)>> = const { RefCell::new(Vec::new()) };
    }
    if let Some(hit) = RECENT.with(|r| {
        r.borrow()
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, toks)| toks.clone())
    }) {
        return hit;
    }
    let toks = Rc::new(tokens(text));
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() >= SHARED_TOKENS {
            r.remove(0);
        }
        r.push((text.to_string(), toks.clone()));
    });
    toks
}

/// How many texts `tokens_shared` remembers.
const SHARED_TOKENS: usize = 4;

/// The tokens of `text[..at]`, as `tokens(&text[..at])` gives them, tokenizing only
/// a tail: callers look at the last word or three before a figure.
pub fn tokens_before(text: &str, at: usize, at_least: usize) -> Vec<Token> {
    let mut from = at.saturating_sub(TAIL_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    if from == 0 {
        return tokens(&text[..at]);
    }
    let mut toks = tokens(&text[from..at]);
    // The window's first token may be a cut word: drop it, and widen if too few remain.
    if toks.len() <= at_least {
        return tokens(&text[..at]);
    }
    toks.remove(0);
    for t in &mut toks {
        t.span = t.span.shift(from);
    }
    toks
}

/// The first `at_least` or more tokens of `text[at..]`, spans relative to `at`, as
/// `tokens(&text[at..])` gives them, tokenizing only a head.
pub fn tokens_after(text: &str, at: usize, at_least: usize) -> Vec<Token> {
    let mut to = (at + TAIL_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if to == text.len() {
        return tokens(&text[at..]);
    }
    let mut toks = tokens(&text[at..to]);
    // The window's last token may be a cut word.
    toks.pop();
    if toks.len() < at_least {
        return tokens(&text[at..]);
    }
    toks
}

/// Bytes of text `tokens_before` and `tokens_after` read around their point.
const TAIL_BYTES: usize = 96;

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
        check(
            "14 000 pompiers — 5-4",
            &["14", "000", "pompiers", "5", "4"],
        );
        check("qu'il n'est", &["qu'", "il", "n'", "est"]);
    }
}
