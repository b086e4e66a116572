//! Numbers as journalists write them: `1 500`, `1.500`, `1,500`, `12 000` with a
//! no-break space, `2,5 millions`, `$3.5 million`, `dix mille`, `une dizaine de
//! milliers`, `a dozen` — and back again, in the writer's own style.

use crate::lang::Lang;
use crate::text::{fold, Span};
use regex::Regex;
use std::sync::LazyLock;

/// How a figure was written, so a correction can be written the same way.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Style {
    /// Thousands separator as written (`" "`, `"\u{a0}"`, `"."`, `","`), or None.
    pub group: Option<String>,
    /// Decimal separator: `,` or `.`.
    pub decimal: char,
    /// Written in words (`quatre`, `Deux`).
    pub words: bool,
    /// First letter uppercase (`Deux`).
    pub capitalized: bool,
    /// A multiplier word as written after the figure (`millions`, `million`).
    pub multiplier: Option<(String, f64)>,
    pub lang: Lang,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    pub span: Span,
    pub value: f64,
    pub style: Style,
    /// An approximate word form (`une dizaine`, `des milliers`).
    pub approximate: bool,
    /// Four digits that read as a year (`1995`), with no separator.
    pub year_like: bool,
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}(?:(?:[ \x{a0}\x{202f}\x{2009}]|\.|,)\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
        .unwrap()
});

/// Multiplier words after a figure, folded.
const MULTIPLIERS: [(&str, f64); 12] = [
    ("mille", 1e3),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("billion", 1e9),
    ("billions", 1e9),
    ("md", 1e9),
    ("mds", 1e9),
    ("m", 1e6),
    ("bn", 1e9),
];

/// Words that read as a number only with a multiplier or a noun after them.
const CARDINALS_FR: [(&str, u32); 28] = [
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("dix-sept", 17),
    ("dix-huit", 18),
    ("dix-neuf", 19),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("soixante-dix", 70),
    ("quatre-vingt", 80),
    ("quatre-vingts", 80),
    ("quatre-vingt-dix", 90),
    ("cent", 100),
];
const CARDINALS_EN: [(&str, u32); 28] = [
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];
/// Approximate collective nouns: `une dizaine`, `a few hundred` aside.
const APPROX_FR: [(&str, f64); 9] = [
    ("dizaine", 10.0),
    ("douzaine", 12.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("quarantaine", 40.0),
    ("cinquantaine", 50.0),
    ("centaine", 100.0),
    ("millier", 1000.0),
];

fn word_value(w: &str) -> Option<(f64, Lang)> {
    if let Some((_, v)) = CARDINALS_FR.iter().find(|(x, _)| *x == w) {
        return Some((*v as f64, Lang::Fr));
    }
    CARDINALS_EN
        .iter()
        .find(|(x, _)| *x == w)
        .map(|(_, v)| (*v as f64, Lang::En))
}

/// Whether a folded word is a number word (`quatre`, `mille`, `dozen`): it belongs to
/// a figure, not to the context around one.
pub fn is_number_word(w: &str) -> bool {
    word_value(w).is_some()
        || multiplier(w).is_some()
        || APPROX_FR.iter().any(|(x, _)| w.trim_end_matches('s') == *x)
}

fn multiplier(w: &str) -> Option<f64> {
    MULTIPLIERS.iter().find(|(x, _)| *x == w).map(|(_, v)| *v)
}

/// Parse a digit figure as written: a separator followed by exactly three digits
/// groups thousands (`1.500`, `1,500`, `1 500`); otherwise it is a decimal mark.
pub fn parse_digits(s: &str) -> Option<(f64, Option<String>, char)> {
    let mut group: Option<String> = None;
    let mut decimal = None;
    let mut int = String::new();
    let mut frac = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if decimal.is_some() {
                frac.push(c);
            } else {
                int.push(c);
            }
        } else {
            let rest = chars[i + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let is_group = rest == 3
                && decimal.is_none()
                && group.as_deref().is_none_or(|g| g == c.to_string());
            if is_group {
                group = Some(c.to_string());
            } else if decimal.is_none() && (c == ',' || c == '.') {
                decimal = Some(c);
            } else {
                return None;
            }
        }
        i += 1;
    }
    let value: f64 = if frac.is_empty() {
        int.parse().ok()?
    } else {
        format!("{int}.{frac}").parse().ok()?
    };
    let dec = decimal.unwrap_or(match group.as_deref() {
        Some(",") => '.',
        _ => ',',
    });
    Some((value, group, dec))
}

/// Every number in `text`, digits and words, left to right.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let mut out = find_digit_numbers(text);
    for w in find_word_numbers(text) {
        if !out.iter().any(|d| d.span.overlaps(w.span)) {
            out.push(w);
        }
    }
    out.sort_by_key(|n| n.span.start);
    out
}

fn find_digit_numbers(text: &str) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    for m in DIGITS.find_iter(text) {
        let (start, mut end) = (m.start(), m.end());
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // Part of a word, a code or an identifier (`G7`, `A320`, `COVID-19`, `2e`).
        if before.is_some_and(|c| {
            c.is_alphabetic() || c == '_' || c == '/' || c == '-' && prev_is_alpha(text, start)
        }) || after.is_some_and(|c| c.is_alphabetic() || c == '_' || c == '/')
        {
            continue;
        }
        // A trailing separator belongs to the sentence: `en 2024.` `1 500,`
        let mut raw = &text[start..end];
        while raw.ends_with(['.', ',']) {
            end -= 1;
            raw = &text[start..end];
        }
        let Some((mut value, group, decimal)) = parse_digits(raw) else {
            continue;
        };
        let year_like = group.is_none()
            && raw.len() == 4
            && (1000.0..=2100.0).contains(&value)
            && !raw.contains([',', '.']);
        let mut style = Style {
            group,
            decimal,
            words: false,
            capitalized: false,
            multiplier: None,
            lang: Lang::Fr,
        };
        // A multiplier word: `2,5 millions`, `$3.5 million`, `dix mille`.
        let rest = &text[end..];
        let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
        let word: String = rest[ws..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if !word.is_empty() && ws <= 1 {
            if let Some(mult) = multiplier(&fold(&word)) {
                if word.len() > 1 || ws == 0 {
                    value *= mult;
                    style.multiplier = Some((word.clone(), mult));
                    end += ws + word.len();
                }
            }
        }
        out.push(NumberMatch {
            span: Span::new(start, end),
            value,
            style,
            approximate: false,
            year_like,
        });
    }
    out
}

fn prev_is_alpha(text: &str, at: usize) -> bool {
    let mut it = text[..at].chars().rev();
    it.next();
    it.next().is_some_and(|c| c.is_alphabetic())
}

/// Number words: a run of cardinals (`quatre mille`, `twenty-five`), or a collective
/// (`une dizaine de milliers`). A lone `un`/`one` is not a figure.
fn find_word_numbers(text: &str) -> Vec<NumberMatch> {
    let toks = crate::text::tokens_shared(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].norm.as_str();
        // `une dizaine (de milliers)`, `des centaines`
        if let Some((_, base)) = APPROX_FR
            .iter()
            .find(|(x, _)| w == *x || w.strip_suffix('s') == Some(x))
        {
            let article = i > 0 && matches!(toks[i - 1].norm.as_str(), "une" | "un");
            if article {
                let mut value = *base;
                let mut end = toks[i].span.end;
                // `une dizaine de milliers`
                if i + 2 < toks.len() && matches!(toks[i + 1].norm.as_str(), "de" | "d'") {
                    let next = toks[i + 2].norm.as_str();
                    let m = match next {
                        "milliers" => Some(1e3),
                        "millions" => Some(1e6),
                        "milliards" => Some(1e9),
                        _ => None,
                    };
                    if let Some(m) = m {
                        value *= m;
                        end = toks[i + 2].span.end;
                    }
                }
                let start = toks[i - 1].span.start;
                out.push(NumberMatch {
                    span: Span::new(start, end),
                    value,
                    style: word_style(&text[start..end], Lang::Fr),
                    approximate: true,
                    year_like: false,
                });
                i += 1;
                continue;
            }
        }
        if word_value(w).is_some()
            || (matches!(w, "un" | "une" | "a" | "one") && next_is_multiplier(&toks, i))
        {
            let start_i = i;
            let mut j = i;
            let mut lang = word_value(w)
                .map(|(_, l)| l)
                .unwrap_or(if w == "a" || w == "one" {
                    Lang::En
                } else {
                    Lang::Fr
                });
            while j + 1 < toks.len() {
                let n = toks[j + 1].norm.as_str();
                let gap = &text[toks[j].span.end..toks[j + 1].span.start];
                if !gap.trim().is_empty() && gap.trim() != "-" {
                    break;
                }
                if word_value(n).is_some()
                    || matches!(
                        n,
                        "mille"
                            | "million"
                            | "millions"
                            | "milliard"
                            | "milliards"
                            | "thousand"
                            | "hundred"
                            | "et"
                            | "and"
                    )
                {
                    if matches!(n, "et" | "and")
                        && !toks.get(j + 2).is_some_and(|t| {
                            word_value(&t.norm).is_some()
                                || matches!(t.norm.as_str(), "un" | "une" | "one")
                        })
                    {
                        break;
                    }
                    j += 1;
                    if let Some((_, l)) = word_value(n) {
                        lang = l;
                    }
                } else if matches!(n, "un" | "une" | "one")
                    && matches!(toks[j].norm.as_str(), "et" | "and")
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let span = Span::new(toks[start_i].span.start, toks[j].span.end);
            let phrase = &text[span.start..span.end];
            if let Some(value) = words_value(phrase, lang) {
                // `a dozen` reads as 12
                out.push(NumberMatch {
                    span,
                    value,
                    style: word_style(phrase, lang),
                    approximate: false,
                    year_like: false,
                });
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

fn next_is_multiplier(toks: &[crate::text::Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "million" | "milliard" | "dozen" | "hundred" | "thousand"
        )
    })
}

fn word_style(phrase: &str, lang: Lang) -> Style {
    Style {
        group: None,
        decimal: if lang == Lang::Fr { ',' } else { '.' },
        words: true,
        capitalized: phrase.chars().next().is_some_and(char::is_uppercase),
        multiplier: None,
        lang,
    }
}

/// The value of a phrase of number words, through text2num where it knows the phrase.
pub fn words_value(phrase: &str, lang: Lang) -> Option<f64> {
    let folded = fold(phrase);
    let folded = folded.trim();
    if matches!(folded, "a dozen" | "one dozen" | "dozen") {
        return Some(12.0);
    }
    if let Some(head) = folded.strip_suffix(" dozen") {
        return words_value(head, lang).map(|v| v * 12.0);
    }
    let language = match lang {
        Lang::Fr => text2num::Language::french(),
        Lang::En => text2num::Language::english(),
    };
    let lowered = phrase.to_lowercase();
    let lowered = lowered.trim_start_matches("a ").trim();
    let digits = text2num::text2digits(lowered, &language).ok()?;
    digits.parse::<f64>().ok()
}

/// Write `value` in the style of a figure: `12 000` for a French `20 000`, `3,200` for
/// an English `2,300`, `Trois` for `Deux`.
pub fn render(value: f64, style: &Style) -> String {
    if style.words && value.fract() == 0.0 && value <= 20.0 {
        if let Some(w) = small_word(value as u32, style.lang) {
            return if style.capitalized {
                capitalize(w)
            } else {
                w.to_string()
            };
        }
    }
    if let Some((word, mult)) = &style.multiplier {
        let scaled = value / mult;
        if scaled >= 1.0 {
            return format!("{} {}", render_digits(scaled, style), word);
        }
    }
    render_digits(value, style)
}

fn render_digits(value: f64, style: &Style) -> String {
    let int = value.trunc() as u64;
    let frac = value - value.trunc();
    let mut digits = int.to_string();
    let group = style.group.clone().or_else(|| {
        if style.words || int >= 10_000 {
            Some(match style.lang {
                Lang::Fr => "\u{a0}".to_string(),
                Lang::En => ",".to_string(),
            })
        } else {
            None
        }
    });
    if let Some(g) = group {
        if int >= 1000 {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push_str(&g);
                }
                out.push(c);
            }
            digits = out;
        }
    }
    if frac > 1e-9 {
        let f = format!("{:.2}", frac);
        let f = f
            .trim_start_matches('0')
            .trim_start_matches('.')
            .trim_end_matches('0');
        if !f.is_empty() {
            digits.push(style.decimal);
            digits.push_str(f);
        }
    }
    digits
}

fn small_word(n: u32, lang: Lang) -> Option<&'static str> {
    const FR: [&str; 21] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf", "vingt",
    ];
    const EN: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match lang {
        Lang::Fr => FR.get(n as usize).copied(),
        Lang::En => EN.get(n as usize).copied(),
    }
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(text, [(as written, value)])`
    fn check(text: &str, expected: &[(&str, f64)]) {
        let got: Vec<(&str, f64)> = find_numbers(text)
            .iter()
            .map(|n| (n.span.slice(text), n.value))
            .collect();
        assert_eq!(got, expected, "numbers in {text:?}");
    }

    #[test]
    fn digit_formats() {
        check(
            "1 500 et 1.500 et 1,500",
            &[("1 500", 1500.0), ("1.500", 1500.0), ("1,500", 1500.0)],
        );
        check(
            "12\u{a0}000 puis 12\u{202f}000.",
            &[("12\u{a0}000", 12000.0), ("12\u{202f}000", 12000.0)],
        );
        check(
            "10.000 soldats, 2,5 millions, 62 %, 15%.",
            &[
                ("10.000", 10000.0),
                ("2,5 millions", 2.5e6),
                ("62", 62.0),
                ("15", 15.0),
            ],
        );
        check(
            "$3.5 million and 5,20 mètres",
            &[("3.5 million", 3.5e6), ("5,20", 5.2)],
        );
        check("le G7 et l'A320, COVID-19", &[]);
    }

    #[test]
    fn number_words() {
        check(
            "Deux ponts et quatre mille grévistes",
            &[("Deux", 2.0), ("quatre mille", 4000.0)],
        );
        check(
            "une dizaine de milliers de soldats",
            &[("une dizaine de milliers", 10000.0)],
        );
        check(
            "two dozen and a dozen",
            &[("two dozen", 24.0), ("a dozen", 12.0)],
        );
        check("un soldat, dix mille", &[("dix mille", 10000.0)]);
    }

    #[test]
    fn renders_in_the_writers_style() {
        let fr = find_numbers("20 000").remove(0).style;
        assert_eq!(render(12000.0, &fr), "12 000");
        let en = find_numbers("2,300").remove(0).style;
        assert_eq!(render(3200.0, &en), "3,200");
        let w = find_numbers("Deux avions").remove(0).style;
        assert_eq!(render(3.0, &w), "Trois");
        let m = find_numbers("15 millions").remove(0).style;
        assert_eq!(render(2.5e7, &m), "25 millions");
        let small = find_numbers("72").remove(0).style;
        assert_eq!(render(27.0, &small), "27");
    }
}
