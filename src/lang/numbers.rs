//! Numbers as journalists write them: `1 500`, `1.500`, `1,500`, `12 000` with a
//! no-break space, `2,5 millions`, `$3.5 million`, `dix mille`, `une dizaine de
//! milliers`, `a dozen` — and back again, in the writer's own style.

use crate::lang::Lang;
use crate::text::{fold, Span};
use regex::Regex;
use std::borrow::Cow;
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
    /// A French collective (`une dizaine`, `une trentaine`).
    #[serde(default)]
    pub collective: bool,
    /// A count of occurrences written with its word (`three times`, `twice`, `deux
    /// fois`): a correction writes the word too.
    #[serde(default)]
    pub times: bool,
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

/// Adverbs that are counts of occurrences by themselves (`twice`, `une fois`), folded,
/// with their value and language. `une fois` is read as two words.
const OCCURRENCE_WORDS: [(&str, f64, Lang); 4] = [
    ("once", 1.0, Lang::En),
    ("twice", 2.0, Lang::En),
    ("thrice", 3.0, Lang::En),
    ("une fois", 1.0, Lang::Fr),
];

/// The nouns after a figure that make it a count of occurrences (`three times`,
/// `trois fois`), folded.
pub const TIMES_NOUNS: [&str; 2] = ["times", "fois"];

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

/// A cardinal word that can open a figure (`deux`, `vingt-cinq`, `cent`, `twelve`,
/// `hundred`, `dozen`), its value and language, by text2num's vocabulary. Not `un`/`one`
/// (an article as often as a figure), not `zéro`, not an ordinal, not a bare multiplier
/// (`mille`, `million`), and not a plural, which text2num strips to the singular but a
/// writer means as a noun (`cents`, `hundreds`, `fives`).
fn cardinal(w: &str) -> Option<(f64, Lang)> {
    if w == "dozen" {
        return Some((12.0, Lang::En));
    }
    if plural(w) {
        return None;
    }
    [Lang::Fr, Lang::En].into_iter().find_map(|lang| {
        let one = [Word {
            norm: w,
            separated: false,
            plural: false,
        }];
        match text2num::find_numbers(one.iter(), interpreter(lang), 0.0).as_slice() {
            [o] if !o.is_ordinal && (2.0..=100.0).contains(&o.value) => Some((o.value, lang)),
            _ => None,
        }
    })
}

/// A plural that is no part of a figure, though text2num strips any final `s` and
/// reads it as the singular: a writer means a noun (`cents` for money, `hundreds of`).
/// Only `millions` and `milliards` go on a figure (`deux millions`), besides `trois`
/// and `quatre-vingts`; and `cents` after a French cardinal (`deux cents`), which
/// `find_word_numbers` allows.
fn plural(w: &str) -> bool {
    w.ends_with('s') && !matches!(w, "trois" | "millions" | "milliards") && !w.ends_with("-vingts")
}

fn interpreter(lang: Lang) -> &'static text2num::Language {
    static FR: LazyLock<text2num::Language> = LazyLock::new(text2num::Language::french);
    static EN: LazyLock<text2num::Language> = LazyLock::new(text2num::Language::english);
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// Whether a folded word is a number word (`quatre`, `mille`, `dozen`): it belongs to
/// a figure, not to the context around one.
pub fn is_number_word(w: &str) -> bool {
    cardinal(w).is_some()
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
            collective: false,
            times: false,
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

/// A word as text2num reads it: folded, and whether something other than a blank or a
/// hyphen parts it from the word before (`deux, trois` are two figures).
struct Word<'a> {
    norm: &'a str,
    separated: bool,
    /// See `plural`.
    plural: bool,
}

impl text2num::Token for &Word<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.norm)
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.norm)
    }

    fn nt_separated(&self, _previous: &Self) -> bool {
        self.separated
    }

    fn not_a_number_part(&self) -> bool {
        self.plural
    }
}

/// Multipliers that `a`, `un`, `une` or `one` before them make a figure of (`a
/// thousand`, `un million`); alone they are nouns (`des millions`).
fn multiplies_an_article(w: &str) -> bool {
    matches!(w, "million" | "milliard" | "dozen" | "hundred" | "thousand")
}

/// Number words, through text2num's token interface: a run of cardinals (`quatre
/// mille`, `twenty-five`, `vingt et un`), or a collective (`une dizaine de milliers`).
/// A lone `un`/`one` is not a figure.
fn find_word_numbers(text: &str) -> Vec<NumberMatch> {
    let toks = crate::text::tokens_shared(text);
    let mut out = collectives(text, &toks);
    let words: Vec<Word> = toks
        .iter()
        .enumerate()
        .map(|(i, t)| Word {
            norm: &t.norm,
            separated: i > 0 && {
                let gap = text[toks[i - 1].span.end..t.span.start].trim();
                !gap.is_empty() && gap != "-"
            },
            // `cents` is a hundreds figure right after a French cardinal (`deux
            // cents`, `trois cents`), and money or a noun anywhere else (`50 cents`).
            plural: plural(&t.norm)
                && !(t.norm == "cents"
                    && i > 0
                    && text[toks[i - 1].span.end..t.span.start].trim().is_empty()
                    && cardinal(&toks[i - 1].norm).is_some_and(|(v, _)| v < 10.0)),
        })
        .collect();
    // Each language reads the whole sentence; where both read a figure, the longer
    // reading wins, French first on a tie (`six`).
    let mut found: Vec<(usize, usize, f64, Lang)> = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        let mut occurrences: Vec<(usize, usize, f64)> =
            text2num::find_numbers(words.iter(), interpreter(lang), 0.0)
                .into_iter()
                .filter(|o| !o.is_ordinal)
                .map(|o| (o.start, o.end, o.value))
                .collect();
        // `dozen` is not in text2num's vocabulary: `two dozen`, `a dozen`.
        if lang == Lang::En {
            for i in (0..toks.len()).filter(|i| toks[*i].norm == "dozen") {
                match occurrences
                    .iter_mut()
                    .find(|o| o.1 == i && !words[i].separated)
                {
                    Some(o) => {
                        o.1 = i + 1;
                        o.2 *= 12.0;
                    }
                    None => occurrences.push((i, i + 1, 12.0)),
                }
            }
        }
        for (mut start, end, value) in occurrences {
            let first = toks[start].norm.as_str();
            let opens = if matches!(first, "un" | "une" | "one") {
                end > start + 1 && multiplies_an_article(&toks[start + 1].norm)
            } else {
                cardinal(first).is_some()
            };
            // `a hundred`, `a thousand`: the English article belongs to the figure.
            let after_a = lang == Lang::En
                && start > 0
                && toks[start - 1].norm == "a"
                && !words[start].separated
                && multiplies_an_article(first);
            if after_a {
                start -= 1;
            } else if !opens {
                continue;
            }
            found.push((start, end, value, lang));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut taken_to = 0;
    for (start, end, value, lang) in found {
        if start < taken_to {
            continue;
        }
        taken_to = end;
        let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
        if out.iter().any(|c| c.span.overlaps(span)) {
            continue;
        }
        let phrase = &text[span.start..span.end];
        out.push(NumberMatch {
            span,
            value,
            style: word_style(phrase, lang),
            approximate: false,
            year_like: false,
        });
    }
    out
}

/// The adverbs that count occurrences by themselves (`twice`, `once`, `une fois`), as
/// figures whose style says they are written with their word. Whether one is a
/// count here (`once complete` is a conjunction) is for the reader of the sentence.
pub fn find_occurrence_words(text: &str) -> Vec<NumberMatch> {
    let toks = crate::text::tokens_shared(text);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        for (word, value, lang) in OCCURRENCE_WORDS {
            let mut parts = word.split(' ');
            let first = parts.next().unwrap_or_default();
            let second = parts.next();
            if t.norm != first {
                continue;
            }
            let end = match second {
                None => t.span.end,
                Some(w) => match toks.get(i + 1) {
                    Some(n) if n.norm == w && text[t.span.end..n.span.start].trim().is_empty() => {
                        n.span.end
                    }
                    _ => continue,
                },
            };
            let span = Span::new(t.span.start, end);
            out.push(NumberMatch {
                span,
                value,
                style: Style {
                    times: true,
                    ..word_style(&text[span.start..span.end], lang)
                },
                approximate: false,
                year_like: false,
            });
        }
    }
    out
}

/// `une dizaine (de milliers)`, `un millier`: approximate collectives, which text2num
/// does not read.
fn collectives(text: &str, toks: &[crate::text::Token]) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = t.norm.as_str();
        let Some((_, base)) = APPROX_FR
            .iter()
            .find(|(x, _)| w == *x || w.strip_suffix('s') == Some(x))
        else {
            continue;
        };
        if i == 0 || !matches!(toks[i - 1].norm.as_str(), "une" | "un") {
            continue;
        }
        let mut value = *base;
        let mut end = t.span.end;
        // `une dizaine de milliers`
        if i + 2 < toks.len() && matches!(toks[i + 1].norm.as_str(), "de" | "d'") {
            let m = match toks[i + 2].norm.as_str() {
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
            style: Style {
                collective: true,
                ..word_style(&text[start..end], Lang::Fr)
            },
            approximate: true,
            year_like: false,
        });
    }
    out
}

fn word_style(phrase: &str, lang: Lang) -> Style {
    Style {
        group: None,
        decimal: if lang == Lang::Fr { ',' } else { '.' },
        words: true,
        capitalized: phrase.chars().next().is_some_and(char::is_uppercase),
        multiplier: None,
        lang,
        collective: false,
        times: false,
    }
}

/// Write `value` in the style of a figure: `12 000` for a French `20 000`, `3,200` for
/// an English `2,300`, `Trois` for `Deux`.
pub fn render(value: f64, style: &Style) -> String {
    if style.times {
        return render_times(value, style);
    }
    if style.collective {
        if let Some((w, _)) = APPROX_FR[..APPROX_FR.len() - 1]
            .iter()
            .find(|(_, v)| *v == value)
        {
            let une = if style.capitalized { "Une" } else { "une" };
            return format!("{une} {w}");
        }
    }
    if style.words && value.fract() == 0.0 && value <= 90.0 {
        if let Some(w) =
            small_word(value as u32, style.lang).or(tens_word(value as u32, style.lang))
        {
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

/// A count of occurrences with its word: `twice`, `once`, `three times`, `une fois`,
/// `4 fois`.
fn render_times(value: f64, style: &Style) -> String {
    let single = match style.lang {
        Lang::En if value == 1.0 => Some("once"),
        Lang::En if value == 2.0 => Some("twice"),
        Lang::Fr if value == 1.0 => Some("une fois"),
        _ => None,
    };
    let phrase = match single {
        Some(w) if style.words => w.to_string(),
        _ => {
            let figure = render(
                value,
                &Style {
                    times: false,
                    ..style.clone()
                },
            );
            let noun = if style.lang == Lang::Fr {
                "fois"
            } else {
                "times"
            };
            format!("{} {noun}", figure.to_lowercase())
        }
    };
    if style.capitalized {
        capitalize(&phrase)
    } else {
        phrase
    }
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

/// Whether a figure written in words (`six`) is written the same in both
/// languages: its own language is then the document's, not the word's.
pub fn same_word_in_both(value: f64) -> bool {
    value.fract() == 0.0
        && value <= 20.0
        && small_word(value as u32, Lang::Fr)
            .is_some_and(|w| small_word(value as u32, Lang::En) == Some(w))
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

/// A round ten from thirty to ninety as a word, as writers spell ages and spans out
/// (`trente ans`, `forty years`); other figures above twenty stay in digits.
fn tens_word(n: u32, lang: Lang) -> Option<&'static str> {
    const FR: [&str; 7] = [
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingts",
        "quatre-vingt-dix",
    ];
    const EN: [&str; 7] = [
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if n % 10 != 0 || !(30..=90).contains(&n) {
        return None;
    }
    let i = (n / 10 - 3) as usize;
    match lang {
        Lang::Fr => FR.get(i).copied(),
        Lang::En => EN.get(i).copied(),
    }
}

/// `w` with its first letter in capitals.
pub fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Qualifiers as a correction writes them, French beside English: a source's
/// `plus de 3 600` corrects an English draft's figure to `more than 3,600`.
const QUALIFIER_PAIRS: [(&str, &str); 12] = [
    ("plus de", "more than"),
    ("plus d'", "more than"),
    ("au moins", "at least"),
    ("environ", "about"),
    ("quelque", "some"),
    ("près de", "nearly"),
    ("près d'", "nearly"),
    ("presque", "almost"),
    ("moins de", "fewer than"),
    ("moins d'", "fewer than"),
    ("jusqu'à", "up to"),
    ("autour de", "around"),
];

/// The qualifier a source wrote (`Plus de`, `some`), as the draft's language writes
/// it, in lower case; `None` for a qualifier this table does not know.
pub fn qualifier_in(written: &str, lang: Lang) -> Option<&'static str> {
    let folded = crate::text::fold(written.trim());
    QUALIFIER_PAIRS.iter().find_map(|(fr, en)| {
        let known = crate::text::fold(fr) == folded || crate::text::fold(en) == folded;
        known.then_some(match lang {
            Lang::Fr => *fr,
            Lang::En => *en,
        })
    })
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
    fn qualifiers_are_written_in_the_drafts_language() {
        assert_eq!(qualifier_in("Plus de ", Lang::En), Some("more than"));
        assert_eq!(qualifier_in("some", Lang::Fr), Some("quelque"));
        assert_eq!(qualifier_in("près de", Lang::Fr), Some("près de"));
        assert_eq!(qualifier_in("à peu près", Lang::En), None);
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
    fn number_words_text2num_reads() {
        check(
            "vingt-cinq soldats, twenty-five officers, quarante-deux",
            &[
                ("vingt-cinq", 25.0),
                ("twenty-five", 25.0),
                ("quarante-deux", 42.0),
            ],
        );
        // A non-breaking hyphen, as word processors write it.
        check("dix\u{2011}sept ans", &[("dix\u{2011}sept", 17.0)]);
        check("vingt et un morts", &[("vingt et un", 21.0)]);
        check("two billion dollars", &[("two billion", 2e9)]);
        check(
            "deux virgule cinq, two point five",
            &[("deux virgule cinq", 2.5), ("two point five", 2.5)],
        );
        check(
            "un million d'euros, a hundred people, a thousand cars",
            &[
                ("un million", 1e6),
                ("a hundred", 100.0),
                ("a thousand", 1000.0),
            ],
        );
        // Two figures, not one that fails to read.
        check(
            "entre deux et trois ponts",
            &[("deux", 2.0), ("trois", 3.0)],
        );
        check("six hundred, six", &[("six hundred", 600.0), ("six", 6.0)]);
    }

    #[test]
    fn words_that_are_no_figure() {
        check("mille soldats", &[]);
        check("des millions, thousands of people", &[]);
        check("un soldat, one of them", &[]);
        check("le premier jour, la deuxième fois, the twenty first", &[]);
        check("50 cents", &[("50", 50.0)]);
        check("près de deux cents lits", &[("deux cents", 200.0)]);
        check(
            "trois cents euros, 40 cents",
            &[("trois cents", 300.0), ("40", 40.0)],
        );
    }

    #[test]
    fn some_number_words_are_both_languages() {
        assert!(same_word_in_both(6.0));
        assert!(!same_word_in_both(4.0));
        assert!(!same_word_in_both(6.5));
    }

    #[test]
    fn languages_of_word_figures() {
        let lang = |s: &str| find_numbers(s).remove(0).style.lang;
        assert_eq!(lang("six ponts"), Lang::Fr);
        assert_eq!(lang("six hundred"), Lang::En);
        assert_eq!(lang("a million"), Lang::En);
        assert_eq!(lang("un million"), Lang::Fr);
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
        // A figure written as a word is fixed as a word, round tens too.
        let fr_words = find_numbers("quinze ans").remove(0).style;
        assert_eq!(render(30.0, &fr_words), "trente");
        assert_eq!(render(80.0, &fr_words), "quatre-vingts");
        assert_eq!(render(35.0, &fr_words), "35");
        let en_words = find_numbers("fifteen years").remove(0).style;
        assert_eq!(render(40.0, &en_words), "forty");
        assert_eq!(render(45.0, &en_words), "45");
    }
}
