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
}
