//! Dates: `lundi 21 octobre`, `le 19 juin 2024`, `entre le 8 et le 13 octobre`,
//! `November 4`, `Tuesday, August 5`.

use crate::claims::found::Found;
use crate::lang::{calendar, Lang};
use crate::text::{tokens_shared, Span, Token};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateValue {
    pub day: u32,
    pub month: u32,
    /// As written, or from the document's date.
    pub year: Option<i32>,
    /// The year was written in the text.
    pub year_written: bool,
    /// 0 = Monday, as written.
    pub weekday: Option<u32>,
    /// The last day of a range (`entre le 8 et le 13 octobre`).
    pub end: Option<(u32, u32)>,
    pub lang: Lang,
    pub capitalized: bool,
}

impl DateValue {
    /// Whether two dates can be the same day (or overlapping ranges).
    pub fn compatible(&self, other: &DateValue) -> bool {
        if let (Some(a), Some(b)) = (self.year, other.year) {
            if a != b && (self.year_written || other.year_written) {
                return false;
            }
        }
        let (a0, a1) = self.ordinal_range();
        let (b0, b1) = other.ordinal_range();
        a0 <= b1 && b0 <= a1
    }

    fn ordinal_range(&self) -> (u32, u32) {
        let start = self.month * 32 + self.day;
        let end = self.end.map(|(d, m)| m * 32 + d).unwrap_or(start);
        (start, end)
    }

    /// The weekday the calendar gives, when the year is known.
    pub fn true_weekday(&self) -> Option<u32> {
        self.year
            .and_then(|y| calendar::weekday_of(y, self.month, self.day))
    }

    /// Write this date the way `style` was written: weekday or not, language, case.
    pub fn render_like(&self, style: &DateValue) -> String {
        let weekday = if style.weekday.is_some() {
            self.true_weekday().or(self.weekday)
        } else {
            None
        };
        let text = match style.lang {
            Lang::Fr => {
                let mut s = String::new();
                if let Some(w) = weekday {
                    s.push_str(calendar::weekday_name(w, Lang::Fr));
                    s.push(' ');
                }
                let day = if self.day == 1 {
                    "1er".to_string()
                } else {
                    self.day.to_string()
                };
                if let Some((d, m)) = self.end {
                    let start_month = if m != self.month {
                        format!(" {}", calendar::month_name(self.month, Lang::Fr))
                    } else {
                        String::new()
                    };
                    s.push_str(&format!(
                        "entre le {day}{start_month} et le {d} {}",
                        calendar::month_name(m, Lang::Fr)
                    ));
                } else {
                    s.push_str(&format!(
                        "{day} {}",
                        calendar::month_name(self.month, Lang::Fr)
                    ));
                }
                if style.year_written {
                    if let Some(y) = self.year {
                        s.push_str(&format!(" {y}"));
                    }
                }
                s
            }
            Lang::En => {
                let mut s = String::new();
                if let Some(w) = weekday {
                    s.push_str(calendar::weekday_name(w, Lang::En));
                    s.push_str(", ");
                }
                s.push_str(&format!(
                    "{} {}",
                    calendar::month_name(self.month, Lang::En),
                    self.day
                ));
                if let Some((d, _)) = self.end {
                    s.push_str(&format!("-{d}"));
                }
                if style.year_written {
                    if let Some(y) = self.year {
                        s.push_str(&format!(", {y}"));
                    }
                }
                s
            }
        };
        if style.capitalized {
            let mut c = text.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        } else {
            text
        }
    }
}

fn day_of(t: &Token) -> Option<u32> {
    let n = t
        .norm
        .trim_end_matches("er")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    let d: u32 = n.parse().ok()?;
    (n.len() <= 2 && (1..=31).contains(&d)).then_some(d)
}

fn year_of(t: Option<&Token>) -> Option<i32> {
    let t = t?;
    let y: i32 = t.norm.parse().ok()?;
    (t.norm.len() == 4 && (1000..=2200).contains(&y)).then_some(y)
}

/// The dates of one sentence. `doc_year` fills a year the text leaves out.
pub fn find(sentence: &str, doc_year: Option<i32>) -> Vec<Found<DateValue>> {
    let toks = tokens_shared(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((month, lang)) = calendar::month(&toks[i].norm) else {
            i += 1;
            continue;
        };
        // French order: [weekday] day month [year]
        if i > 0 && lang == Lang::Fr {
            let written_year = year_of(toks.get(i + 1));
            if let Some(day) =
                day_of(&toks[i - 1]).filter(|d| calendar::valid_day(written_year, month, *d))
            {
                let mut start_i = i - 1;
                let mut weekday = None;
                if start_i > 0 {
                    if let Some((w, _)) = calendar::weekday(&toks[start_i - 1].norm) {
                        weekday = Some(w);
                        start_i -= 1;
                    }
                }
                let mut end_range = None;
                let mut first_day = day;
                // entre le 8 et le 13 octobre / du 8 au 13 octobre / 8 et 13 octobre
                let mut k = i - 1;
                if k >= 1 && toks[k - 1].norm == "le" {
                    k -= 1;
                }
                if k >= 2 && matches!(toks[k - 1].norm.as_str(), "et" | "au" | "a") {
                    let mut j = k - 2;
                    if let Some(d0) = day_of(&toks[j]) {
                        if d0 < day {
                            let mut opener = j;
                            if j >= 1 && toks[j - 1].norm == "le" {
                                j -= 1;
                                opener = j;
                            }
                            if j >= 1 && matches!(toks[j - 1].norm.as_str(), "entre" | "du" | "des")
                            {
                                opener = j - 1;
                            }
                            end_range = Some((day, month));
                            first_day = d0;
                            start_i = opener;
                            weekday = None;
                        }
                    }
                }
                let year = written_year;
                let end_i = if year.is_some() { i + 1 } else { i };
                let span = Span::new(toks[start_i].span.start, toks[end_i].span.end);
                out.push(Found {
                    value: DateValue {
                        day: first_day,
                        month,
                        year: year.or(doc_year),
                        year_written: year.is_some(),
                        weekday,
                        end: end_range,
                        lang,
                        capitalized: toks[start_i].capitalized,
                    },
                    span,
                    fix_span: span,
                    extent: span,
                });
                i = end_i + 1;
                continue;
            }
        }
        // English order: [Weekday,] Month day[, year] ; a month must be capitalized.
        if lang == Lang::En && toks[i].capitalized {
            if let Some(day) = toks
                .get(i + 1)
                .and_then(day_of)
                .filter(|d| calendar::valid_day(year_of(toks.get(i + 2)), month, *d))
            {
                let mut start_i = i;
                let mut weekday = None;
                if i > 0 {
                    if let Some((w, _)) = calendar::weekday(&toks[i - 1].norm) {
                        weekday = Some(w);
                        start_i = i - 1;
                    }
                }
                let year = year_of(toks.get(i + 2));
                let end_i = if year.is_some() { i + 2 } else { i + 1 };
                let span = Span::new(toks[start_i].span.start, toks[end_i].span.end);
                out.push(Found {
                    value: DateValue {
                        day,
                        month,
                        year: year.or(doc_year),
                        year_written: year.is_some(),
                        weekday,
                        end: None,
                        lang,
                        capitalized: toks[start_i].capitalized,
                    },
                    span,
                    fix_span: span,
                    extent: span,
                });
                i = end_i + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (as written, day, month, weekday, range end day)
    type Expected<'a> = (&'a str, u32, u32, Option<u32>, Option<u32>);

    /// `check(sentence, [(as written, day, month, weekday, range end day)])`
    fn check(sentence: &str, expected: &[Expected]) {
        let found = find(sentence, Some(2025));
        let got: Vec<_> = found
            .iter()
            .map(|f| {
                let d = &f.value;
                (
                    f.span.slice(sentence),
                    d.day,
                    d.month,
                    d.weekday,
                    d.end.map(|e| e.0),
                )
            })
            .collect();
        assert_eq!(got, expected, "dates of {sentence:?}");
    }

    #[test]
    fn french_and_english_dates() {
        check(
            "Ce lundi 21 octobre, Lyon",
            &[("lundi 21 octobre", 21, 10, Some(0), None)],
        );
        check(
            "signé le 19 juin 2024 à Lyon",
            &[("19 juin 2024", 19, 6, None, None)],
        );
        check(
            "le transport entre le 8 et le 13 octobre.",
            &[("entre le 8 et le 13 octobre", 8, 10, None, Some(13))],
        );
        check(
            "on Tuesday, August 5, officials",
            &[("Tuesday, August 5", 5, 8, Some(1), None)],
        );
        check(
            "By November 4 it may rain in March.",
            &[("November 4", 4, 11, None, None)],
        );
        check("Il a eu 21 ans, Mars brille", &[]);
    }

    #[test]
    fn only_days_the_calendar_has() {
        check("le 29 février 2023 à Lyon", &[]);
        check(
            "le 29 février 2024 à Lyon",
            &[("29 février 2024", 29, 2, None, None)],
        );
        // No year written: some year has a 29 February.
        check("le 29 février à Lyon", &[("29 février", 29, 2, None, None)]);
        check("le 31 avril à Lyon", &[]);
        check("on February 29, 2023, officials", &[]);
        check(
            "on February 29, 2024, officials",
            &[("February 29, 2024", 29, 2, None, None)],
        );
    }

    #[test]
    fn renders_in_the_drafts_style() {
        let parse = |s: &str| find(s, Some(2025))[0].value.clone();
        let draft = parse("samedi 15 mars");
        let source = parse("vendredi 14 mars");
        assert_eq!(source.render_like(&draft), "vendredi 14 mars");
        assert_eq!(
            parse("lundi 28 janvier").render_like(&parse("Samedi 1 mars")),
            "Mardi 28 janvier"
        );
        assert_eq!(
            parse("August 8").render_like(&parse("Tuesday, August 5")),
            "Friday, August 8"
        );
    }
}
