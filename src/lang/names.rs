//! The names a text writes: its capitalised words past a sentence's first, which
//! tell one story from another (people, places, bodies) in any language.

use crate::text::{tokens, Token};

/// The folded names `sentence` writes: its capitalised words after the first,
/// months and weekdays aside (a name at a sentence start stays unread).
pub fn names(sentence: &str) -> Vec<String> {
    names_in(&tokens(sentence)).map(str::to_string).collect()
}

/// `names`, over a sentence's tokens.
pub fn names_in(toks: &[Token]) -> impl Iterator<Item = &str> {
    toks.iter()
        .skip(1)
        .filter(|t| is_name(t))
        .map(|t| t.norm.as_str())
}

/// `names_in`, with a sentence's first word when it is no function word: a
/// company's name often only ever starts its sentences. Some of these are plain
/// words (`Research`, `Police`); they tell stories apart less well than `names`.
pub fn names_from_start(toks: &[Token]) -> impl Iterator<Item = &str> {
    let first = toks
        .first()
        .filter(|t| is_name(t) && !crate::lang::stopwords::is_stopword(&t.norm))
        .map(|t| t.norm.as_str());
    first.into_iter().chain(names_in(toks))
}

/// The names `names_in` reads, with the words of one name (`Paul Dastin`, written
/// with one space between) joined: how many people, places and bodies a sentence
/// names.
pub fn whole_names_in(toks: &[Token]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_end: Option<usize> = None;
    for t in toks.iter().skip(1) {
        if !is_name(t) {
            last_end = None;
            continue;
        }
        match (last_end, out.last_mut()) {
            (Some(end), Some(name)) if t.span.start <= end + 1 => {
                name.push(' ');
                name.push_str(&t.norm);
            }
            _ => out.push(t.norm.clone()),
        }
        last_end = Some(t.span.end);
    }
    out
}

fn is_name(t: &Token) -> bool {
    t.capitalized
        && t.norm.chars().all(|c| c.is_alphabetic() || c == '-')
        && crate::lang::calendar::month(&t.norm).is_none()
        && crate::lang::calendar::weekday(&t.norm).is_none()
}

#[cfg(test)]
mod tests {
    fn check(sentence: &str, expected: &[&str]) {
        assert_eq!(super::names(sentence), expected, "{sentence}");
    }

    #[test]
    fn capitalised_words_past_the_first_are_names() {
        check(
            "Le maire de Brévonne, Aline Quessard, a parlé lundi.",
            &["brevonne", "aline", "quessard"],
        );
        check("Selon la Croix-Verte, tout va bien.", &["croix-verte"]);
    }

    #[test]
    fn the_words_of_one_name_make_one_whole_name() {
        let whole = |s: &str| super::whole_names_in(&crate::text::tokens(s));
        assert_eq!(
            whole("Le maire de Brévonne, Aline Quessard, a parlé."),
            ["brevonne", "aline quessard"]
        );
        assert_eq!(whole("Governor Mark Ode spoke in May."), ["mark ode"]);
    }

    #[test]
    fn months_weekdays_and_the_first_word_are_not() {
        check("Mardi 4 Mars, rien.", &[]);
        check("On the Monday in June, Ostrel spoke.", &["ostrel"]);
    }
}
