//! Months and weekdays in French and English, and the weekday of a date.

use crate::lang::Lang;

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

/// The weekday (0 = Monday) of a Gregorian date.
pub fn weekday_of(year: i32, month: u32, day: u32) -> u32 {
    // Sakamoto's method: 0 = Sunday there.
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let m = month.clamp(1, 12) as usize;
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + T[m - 1] + day as i32).rem_euclid(7);
    ((sunday_first + 6) % 7) as u32
}

/// Whether day `day` exists in month `month` (leap years allowed for February).
pub fn valid_day(month: u32, day: u32) -> bool {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&month) && day >= 1 && day <= DAYS[month as usize - 1]
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
            assert_eq!(weekday_of(y, m, d), w, "{y}-{m}-{d}");
        }
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
