//! Months and weekdays in French and English, and the calendar arithmetic of dates
//! (weekday, existing days, days apart) on `jiff`'s Gregorian calendar.

use crate::lang::Lang;
use jiff::civil::Date;

/// Folded month names; index + 1 is the month number.
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
pub const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Written forms, for rendering a corrected date.
const MONTHS_FR_WRITTEN: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Folded weekday names, Monday first; index is 0 for Monday.
pub const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
pub const WEEKDAYS_EN: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names for a pattern over text as written, either case.
pub const MONTHS_FR_PATTERN: &str =
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
pub const MONTHS_EN_PATTERN: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";

/// Folded words that join the two days of a range: `du 8 au 13`, `entre le 8 et le 13`, `8 et 13`.
pub const RANGE_JOINS_FR: [&str; 3] = ["et", "au", "a"];
/// Folded words that open a range: `entre le 8 …`, `du 8 …`, `dès le 8 …`.
pub const RANGE_OPENERS_FR: [&str; 3] = ["entre", "du", "des"];
/// `from March 14 to 16`, `between March 14 and 15`.
pub const RANGE_OPENERS_EN: [&str; 2] = ["from", "between"];
pub const RANGE_JOINS_EN: [&str; 4] = ["to", "through", "thru", "until"];
pub const RANGE_JOINS_BETWEEN_EN: [&str; 1] = ["and"];

/// Before a weekday alone, folded: a habit (`le vendredi`, `chaque vendredi`, `every
/// Friday`, `un vendredi`) or another week (`last Friday`, `next Friday`), not the
/// document's day.
pub const NOT_THIS_WEEKDAY_BEFORE: [&str; 9] = [
    "le", "chaque", "un", "each", "every", "last", "next", "a", "one",
];
/// After a weekday alone, folded: another week (`vendredi prochain`, `vendredi dernier`).
pub const NOT_THIS_WEEKDAY_AFTER: [&str; 6] = [
    "prochain",
    "dernier",
    "suivant",
    "precedent",
    "week",
    "weeks",
];

/// Folded words after which « 14 h », « 9 heures » is an hour of the day: « à 14 h »,
/// « vers 9 heures », « dès 8 h », « jusqu'à 18 h », « avant 10 heures ».
pub const CLOCK_BEFORE: [&str; 6] = ["a", "vers", "des", "avant", "apres", "entre"];
/// Before `de`: « à partir de 20 heures ».
pub const CLOCK_AFTER_DE: [&str; 1] = ["partir"];
/// Folded words before a length of time: « pendant 2h15 », « en 3h10 », « plus de
/// 2h30 », « a duré 9 heures ».
/// Prepositions after which a four-digit figure is a year, whatever follows it (`in
/// 2024 killed six workers`, `depuis 2019 salariés`... `en 2024`).
pub const YEAR_PREPOSITIONS: [&str; 9] = [
    "in", "en", "since", "depuis", "by", "until", "till", "before", "after",
];

pub const DURATION_BEFORE: [&str; 10] = [
    "pendant", "durant", "en", "environ", "quelque", "plus", "moins", "pres", "dure", "pour",
];

/// Words that date what a clause says to a time before the text's own (`four years
/// ago`, `il y a quatre ans`, `l'an dernier`, `the previous election`), given the
/// clause's folded words in order.
pub fn dated_earlier(norms: &[&str]) -> bool {
    const UNITS: [&str; 12] = [
        "ans",
        "annees",
        "mois",
        "semaines",
        "jours",
        "an",
        "annee",
        "mois",
        "semaine",
        "jour",
        "decennies",
        "siecles",
    ];
    const UNITS_EN: [&str; 8] = [
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    ];
    const LAST: [&str; 9] = [
        "year", "month", "week", "election", "season", "spring", "summer", "autumn", "winter",
    ];
    norms.iter().enumerate().any(|(i, w)| {
        let next = |k: usize| norms.get(i + k).copied().unwrap_or("");
        match *w {
            "ago" | "previous" | "precedent" | "precedente" | "precedents" | "precedentes"
            | "auparavant" => true,
            "last" => LAST.contains(&next(1)),
            // `une semaine plus tôt`, `deux ans plus tôt`.
            "plus" => next(1) == "tot" && i > 0 && UNITS.contains(&norms[i - 1]),
            // `a week earlier`, `two years before`.
            "earlier" | "before" => i > 0 && UNITS_EN.contains(&norms[i - 1]),
            // `il y a quatre ans`, not `il y a 300 blessés`.
            "il" => {
                next(1) == "y"
                    && next(2) == "a"
                    && (UNITS.contains(&next(4)) || UNITS.contains(&next(5)))
            }
            "l'" => matches!(
                (next(1), next(2)),
                (
                    "an" | "annee" | "ete" | "hiver" | "automne",
                    "dernier" | "derniere" | "passe" | "passee"
                )
            ),
            // `la semaine dernière`, `le mois passé`, `l'été dernier`: a unit of the
            // calendar before the last, not `le dernier bilan`.
            "la" | "le" => matches!(
                (next(1), next(2)),
                (
                    "semaine"
                        | "mois"
                        | "annee"
                        | "saison"
                        | "ete"
                        | "hiver"
                        | "automne"
                        | "printemps",
                    "dernier" | "derniere" | "passe" | "passee"
                )
            ),
            _ => false,
        }
    })
}

/// Words that give what a clause says as a target, an expectation or a
/// possibility rather than as what is (`un objectif de 12 000 à terme`, `s'attend à
/// l'envoi de`, `pourrait s'étendre à`, `is expected to reach`), given the clause's
/// folded words in order. Not a plan a budget or a programme sets out (`le budget
/// prévoit 58 millions`), which is what it is.
pub fn projected(norms: &[&str]) -> bool {
    const WORDS: [&str; 10] = [
        "objectif",
        "objectifs",
        "pourrait",
        "pourraient",
        "expected",
        "expects",
        "target",
        "targets",
        "could",
        "projected",
    ];
    norms.iter().enumerate().any(|(i, w)| {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| norms[j]);
        WORDS.contains(w)
            // `à terme`; `s'attend à`.
            || (*w == "terme" && before(1) == "a")
            || (*w == "attend" && before(1) == "s'")
    })
}

/// Month number (1-12) of a folded word, in either language (`sept.`/`Aug` too).
pub fn month(folded: &str) -> Option<(u32, Lang)> {
    let w = folded.trim_end_matches('.');
    if let Some(i) = MONTHS_FR.iter().position(|m| *m == w) {
        return Some((i as u32 + 1, Lang::Fr));
    }
    if let Some(i) = MONTHS_EN.iter().position(|m| *m == w) {
        return Some((i as u32 + 1, Lang::En));
    }
    const SHORT_EN: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if folded.ends_with('.') {
        if let Some(i) = SHORT_EN.iter().position(|m| *m == w) {
            return Some((i as u32 + 1, Lang::En));
        }
    }
    None
}

/// Weekday index (0 = Monday) of a folded word, in either language.
pub fn weekday(folded: &str) -> Option<(u32, Lang)> {
    if let Some(i) = WEEKDAYS_FR.iter().position(|m| *m == folded) {
        return Some((i as u32, Lang::Fr));
    }
    WEEKDAYS_EN
        .iter()
        .position(|m| *m == folded)
        .map(|i| (i as u32, Lang::En))
}

/// A year in which every day of the calendar exists, for dates written without one.
const LEAP_YEAR: i16 = 2000;

/// The Gregorian date, when it exists (no 29 February in a common year, no 31 April).
fn civil(year: Option<i32>, month: u32, day: u32) -> Option<Date> {
    let year = match year {
        Some(y) => i16::try_from(y).ok()?,
        None => LEAP_YEAR,
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The weekday (0 = Monday) of a Gregorian date, when the date exists.
pub fn weekday_of(year: i32, month: u32, day: u32) -> Option<u32> {
    civil(Some(year), month, day).map(|d| d.weekday().to_monday_zero_offset() as u32)
}

/// Whether day `day` exists in month `month` of `year`; with no year, in some year
/// (29 February then passes).
pub fn valid_day(year: Option<i32>, month: u32, day: u32) -> bool {
    civil(year, month, day).is_some()
}

/// Days between two `(month, day)` of one year (with no year, a leap year), when both exist.
pub fn days_apart(year: Option<i32>, a: (u32, u32), b: (u32, u32)) -> Option<u32> {
    let (a, b) = (civil(year, a.0, a.1)?, civil(year, b.0, b.1)?);
    Some(a.day_of_year().abs_diff(b.day_of_year()).into())
}

/// The date a document gives itself (front matter), or only its year (from the
/// dates it writes): what a date written without a year is read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DocDate {
    pub year: i32,
    /// (month, day), when the document's full date is known.
    pub day: Option<(u32, u32)>,
}

impl DocDate {
    /// `2025-03-12` (a full date), `2025-03` or `2025` (a year only).
    pub fn parse(s: &str) -> Option<DocDate> {
        let mut parts = s.trim().splitn(3, '-');
        let year: i32 = parts.next()?.get(..4)?.parse().ok()?;
        if !(1000..3000).contains(&year) {
            return None;
        }
        let month: Option<u32> = parts.next().and_then(|m| m.parse().ok());
        let day: Option<u32> = parts
            .next()
            .and_then(|d| d.get(..2).or(Some(d)))
            .and_then(|d| d.parse().ok());
        let day = month
            .zip(day)
            .filter(|(m, d)| valid_day(Some(year), *m, *d));
        Some(DocDate { year, day })
    }

    /// The weekday (0 = Monday) of the document's own day.
    pub fn weekday(&self) -> Option<u32> {
        let (m, d) = self.day?;
        weekday_of(self.year, m, d)
    }
}

/// A date read against the document's date holds its year within a spread of a
/// season: further than this from the document's day, the day before and the day
/// after one year are both far, and the writer's year is not clear.
/// (A January draft's « lundi 21 octobre » is last October, 86 days back, not the
/// next one, 279 days on.)
const CLEAR_YEAR_DAYS: i32 = 120;

/// The year a day written without one most likely falls in, read in a document
/// dated `doc`, and the years it may fall in (first, last). Against a full date:
/// the nearer of the last such day on or before the document's day and the next
/// one after it, alone when it lies within a season of it; both when not. Against
/// a year only: that year, or the one on either side.
pub fn implied_year(doc: DocDate, month: u32, day: u32) -> (i32, (i32, i32)) {
    let y = doc.year;
    let Some((dm, dd)) = doc.day else {
        return (y, (y - 1, y + 1));
    };
    let days = |year: i32| -> Option<i32> {
        let a = civil(Some(year), month, day)?;
        let b = civil(Some(y), dm, dd)?;
        Some((a - b).get_days())
    };
    // The last such day on or before the document's day, and the next after it.
    let (past, next) = match days(y) {
        Some(n) if n <= 0 => (y, y + 1),
        Some(_) => (y - 1, y),
        // 29 February outside a leap year: the nearest years that have one.
        None => (y - 1, y + 1),
    };
    let back = days(past).map(|n| -n);
    let ahead = days(next);
    match (back, ahead) {
        (Some(b), Some(a)) if b <= a => {
            if b <= CLEAR_YEAR_DAYS {
                (past, (past, past))
            } else {
                (past, (past, next))
            }
        }
        (Some(_), Some(a)) => {
            if a <= CLEAR_YEAR_DAYS {
                (next, (next, next))
            } else {
                (next, (past, next))
            }
        }
        (Some(_), None) => (past, (past, past)),
        (None, Some(_)) => (next, (next, next)),
        (None, None) => (y, (y - 1, y + 1)),
    }
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Fr => MONTHS_FR_WRITTEN[i],
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][i],
    }
}

pub fn weekday_name(weekday: u32, lang: Lang) -> &'static str {
    let i = (weekday % 7) as usize;
    match lang {
        Lang::Fr => WEEKDAYS_FR[i],
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_dates() {
        for (y, m, d, w) in [
            (2025, 3, 14, 4),
            (2025, 8, 5, 1),
            (2024, 11, 4, 0),
            (2000, 2, 29, 1),
            (2025, 1, 28, 1),
        ] {
            assert_eq!(weekday_of(y, m, d), Some(w), "{y}-{m}-{d}");
        }
        assert_eq!(weekday_of(2023, 2, 29), None);
    }

    /// `check((year, month, day), exists)`
    fn check_day((year, month, day): (Option<i32>, u32, u32), exists: bool) {
        assert_eq!(
            valid_day(year, month, day),
            exists,
            "{year:?}-{month}-{day}"
        );
    }

    #[test]
    fn days_that_exist() {
        check_day((Some(2024), 2, 29), true);
        check_day((Some(2000), 2, 29), true);
        check_day((Some(2023), 2, 29), false);
        check_day((Some(1900), 2, 29), false);
        check_day((None, 2, 29), true);
        check_day((None, 2, 30), false);
        check_day((None, 4, 31), false);
        check_day((Some(2025), 12, 31), true);
        check_day((Some(2025), 13, 1), false);
        check_day((Some(2025), 1, 0), false);
    }

    /// `check(year, a, b, days apart)`
    fn check_apart(year: Option<i32>, a: (u32, u32), b: (u32, u32), expected: Option<u32>) {
        assert_eq!(days_apart(year, a, b), expected, "{year:?} {a:?} {b:?}");
    }

    #[test]
    fn real_days_between_dates() {
        // Across a month's end, the real length of the month counts, not 31 days.
        check_apart(Some(2025), (4, 30), (5, 1), Some(1));
        check_apart(Some(2025), (2, 28), (3, 1), Some(1));
        check_apart(Some(2024), (2, 28), (3, 1), Some(2));
        check_apart(None, (2, 28), (3, 1), Some(2));
        check_apart(Some(2025), (3, 1), (1, 30), Some(30));
        check_apart(Some(2025), (8, 5), (8, 5), Some(0));
        check_apart(Some(2023), (2, 29), (3, 1), None);
    }

    /// `check_year(document's date, (month, day), (likely year, plausible years))`
    fn check_year(doc: &str, (month, day): (u32, u32), expected: (i32, (i32, i32))) {
        let Some(d) = DocDate::parse(doc) else {
            panic!("no date in {doc:?}");
        };
        assert_eq!(implied_year(d, month, day), expected, "{doc} {day}/{month}");
    }

    #[test]
    fn a_yearless_day_falls_in_the_year_nearest_the_document() {
        // A January document about October means last October.
        check_year("2025-01-15", (10, 21), (2024, (2024, 2024)));
        // ... and about a day a few days on, the coming one.
        check_year("2026-02-07", (2, 9), (2026, (2026, 2026)));
        check_year("2026-02-07", (2, 4), (2026, (2026, 2026)));
        check_year("2024-12-20", (1, 6), (2025, (2025, 2025)));
        // Half a year away either way: either year.
        check_year("2025-01-10", (7, 1), (2025, (2024, 2025)));
        check_year("2025-03-01", (9, 15), (2024, (2024, 2025)));
        // A year only: that one, or one on either side.
        check_year("2025", (10, 21), (2025, (2024, 2026)));
        check_year("2025-03-01T08:00:00Z", (3, 1), (2025, (2025, 2025)));
    }

    #[test]
    fn month_and_weekday_words() {
        assert_eq!(month("aout"), Some((8, Lang::Fr)));
        assert_eq!(month("august"), Some((8, Lang::En)));
        assert_eq!(month("aug."), Some((8, Lang::En)));
        assert_eq!(month("jan"), None);
        assert_eq!(month("may"), Some((5, Lang::En)));
        assert_eq!(weekday("vendredi"), Some((4, Lang::Fr)));
        assert_eq!(weekday("tuesday"), Some((1, Lang::En)));
    }

    #[test]
    fn words_that_project_a_clause() {
        let check = |text: &str, want: bool| {
            let toks = crate::text::tokens(text);
            let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
            assert_eq!(projected(&norms), want, "{text}");
        };
        check("avec un objectif de 4 000 à terme", true);
        check("qui s'attend à l'envoi de 4 000 soldats au total", true);
        check("ce contingent pourrait s'étendre à 4 000 soldats", true);
        check("the toll is expected to reach 40", true);
        check("le budget prévoit 58 millions d'investissement", false);
        check("à 14 heures, 300 personnes ont été évacuées", false);
        check("il attend 300 invités", false);
        check("the toll rose to 40", false);
    }

    #[test]
    fn words_that_date_a_clause_earlier() {
        let check = |text: &str, want: bool| {
            let toks = crate::text::tokens(text);
            let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
            assert_eq!(dated_earlier(&norms), want, "{text}");
        };
        check("the party won 31% of the vote four years ago", true);
        check(
            "le parti avait recueilli 31 % des voix il y a quatre ans",
            true,
        );
        check("l'an dernier, 300 vols avaient été annulés", true);
        check("in the previous election it took 20%", true);
        check("last year the deficit was 40 million", true);
        check("il avait parlé la semaine dernière de 8 000 soldats", true);
        check("le mois passé, 40 usines ont fermé", true);
        check("l'été dernier, 12 incendies", true);
        check("il en comptait 5 000 une semaine plus tôt", true);
        check("two years earlier, 40 people had died", true);
        check("20 more arrived before noon", false);
        check("il y a 300 blessés", false);
        check("la semaine a été marquée par 300 arrestations", false);
        check("le dernier bilan fait état de 300 morts", false);
        check("the last 300 passengers left", false);
    }
}
