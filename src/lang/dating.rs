//! The day a document or a clause speaks of: a source's front matter, its
//! "published / updated" lines and its dateline, and the words that date a clause
//! (« mardi soir », « la veille », "on Wednesday") read against the document's day.
//!
//! Figures change over time (a toll rises, a count of missing people falls): what a
//! source said is only comparable with what another said on the same day.

use super::calendar;
use crate::text::Token;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// A calendar day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// The day, when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        calendar::valid_day(Some(year), month, day).then_some(Day { year, month, day })
    }

    fn civil(self) -> Option<Date> {
        Date::new(
            i16::try_from(self.year).ok()?,
            i8::try_from(self.month).ok()?,
            i8::try_from(self.day).ok()?,
        )
        .ok()
    }

    fn of(d: Date) -> Day {
        Day {
            year: d.year().into(),
            month: d.month() as u32,
            day: d.day() as u32,
        }
    }

    /// The day `days` after this one (before it when negative).
    pub fn plus(self, days: i32) -> Option<Day> {
        let d = self.civil()?;
        d.checked_add(jiff::Span::new().try_days(days).ok()?)
            .ok()
            .map(Day::of)
    }

    /// Days from `earlier` to this day (negative when it is later).
    pub fn days_since(self, earlier: Day) -> Option<i32> {
        Some((self.civil()? - earlier.civil()?).get_days())
    }

    /// 0 = Monday.
    pub fn weekday(self) -> Option<u32> {
        calendar::weekday_of(self.year, self.month, self.day)
    }

    /// The last day on or before this one that falls on `weekday` (0 = Monday):
    /// what « mardi » means in a text of this day.
    pub fn last(self, weekday: u32) -> Option<Day> {
        let today = self.weekday()?;
        let back = (today + 7 - weekday % 7) % 7;
        self.plus(-(back as i32))
    }

    /// The day of a Unix time in seconds (UTC).
    pub fn from_unix_seconds(secs: i64) -> Option<Day> {
        let days = i32::try_from(secs.div_euclid(86_400)).ok()?;
        Day::new(1970, 1, 1)?.plus(days)
    }

    /// Today, by the system clock (UTC).
    pub fn today() -> Option<Day> {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Day::from_unix_seconds(i64::try_from(secs).ok()?)
    }

    /// `2025-07-23`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `23 juillet`, `July 23`: as a sentence of that language writes a day of the
    /// story's own year.
    pub fn written(self, lang: super::Lang) -> String {
        let month = calendar::month_name(self.month, lang);
        match lang {
            super::Lang::Fr if self.day == 1 => format!("1er {month}"),
            super::Lang::Fr => format!("{} {month}", self.day),
            super::Lang::En => format!("{month} {}", self.day),
        }
    }
}

/// Where a source's day was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DayFrom {
    /// Its front matter's `date`.
    FrontMatter,
    /// An « Mis à jour le … » / "Updated …" line of a scraped page.
    Updated,
    /// A « Publié le … » / "Published …" line.
    Published,
    /// A wire dateline: « PARIS, 4 novembre (AFP) – », "MIAMI, June 25 (Reuters) -".
    Dateline,
    /// The file's modification time: nothing in the text dates it.
    FileTime,
    /// The latest day its text names in full (a weekday with its date, or a date
    /// with its year): a page saved without its stamp reports on that day or later.
    Mentioned,
}

/// A document's own day, and where it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Dated {
    pub day: Day,
    pub from: DayFrom,
}

/// How far into a document its "published / updated" lines and dateline stand: a
/// scraped page's header, a dispatch's first lines.
const HEAD_BYTES: usize = 4000;

/// The day a document gives itself: its front matter's `date`, else the last
/// "updated" line of its head, else its "published" line, else its dateline (whose
/// year is `year_hint`: the one year the document writes, when it says no other).
pub fn document_day(
    front_matter: Option<&str>,
    text: &str,
    year_hint: Option<i32>,
) -> Option<Dated> {
    let dated = |day, from| Dated { day, from };
    if let Some(day) = front_matter.and_then(written_day) {
        return Some(dated(day, DayFrom::FrontMatter));
    }
    let head = head(text);
    let mut published = None;
    let mut updated = None;
    for line in head.lines() {
        let Some(m) = STAMP.as_ref().and_then(|re| re.captures(line)) else {
            continue;
        };
        for (group, slot) in [("updated", &mut updated), ("published", &mut published)] {
            if m.name(group).is_some() {
                let end = m.get(0).map_or(0, |w| w.end());
                if let Some(day) = written_day(&line[end..]) {
                    slot.get_or_insert(day);
                }
            }
        }
        // « Publié le 23/07 · Mis à jour le 23 juillet »: both on one line.
        if let Some(i) = UPDATED_LATER.as_ref().and_then(|re| re.find(line)) {
            if let Some(day) = written_day(&line[i.end()..]) {
                updated = Some(day);
            }
        }
    }
    if let Some(day) = updated {
        return Some(dated(day, DayFrom::Updated));
    }
    if let Some(day) = published {
        return Some(dated(day, DayFrom::Published));
    }
    dateline(head, year_hint).map(|day| dated(day, DayFrom::Dateline))
}

/// The first `HEAD_BYTES` of `text`, cut on a character boundary.
fn head(text: &str) -> &str {
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The words that open a "published" or "updated" stamp, at a line's start or after
/// a separator.
static STAMP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[|·•—–-]\s*)(?:(?P<updated>mis\s+à\s+jour|mise\s+à\s+jour|actualisé|modifié|updated|last\s+updated|last\s+modified)|(?P<published>publié|paru|published|posted|first\s+published))\b(?:\s+(?:le|on|at))?",
    )
    .ok()
});

/// An "updated" stamp later on a line that opens with the "published" one.
static UPDATED_LATER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:mis\s+à\s+jour|mise\s+à\s+jour|actualisé|updated)\b(?:\s+(?:le|on|at))?")
        .ok()
});

/// The first day written at the start of `s`: `2025-07-23`, `23/07/2025` (day
/// first, as both French and British stamps write it), `23 juillet 2025`,
/// `July 23, 2025`, `23 July 2025`.
pub fn written_day(s: &str) -> Option<Day> {
    static DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
        let fr = calendar::MONTHS_FR_PATTERN;
        let en = calendar::MONTHS_EN_PATTERN;
        Regex::new(&format!(
            r"(?i)^[\s:,]*(?:(?:{wd})\.?,?\s+)?(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})|(?P<sd>\d{{1,2}})[/.](?P<sm>\d{{1,2}})[/.](?P<sy>\d{{4}})|(?P<fd>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<fm>{fr}|{en})\.?\s+(?P<fy>\d{{4}})|(?P<em>{en})\.?\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>\d{{4}}))",
            wd = WEEKDAYS_PATTERN,
        ))
        .ok()
    });
    let c = DAY.as_ref()?.captures(s)?;
    let num = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    let year = |name: &str| -> Option<i32> { c.name(name)?.as_str().parse().ok() };
    let month_of = |name: &str| -> Option<u32> {
        let folded = crate::text::fold(c.name(name)?.as_str());
        calendar::month(folded.trim_end_matches('.')).map(|(m, _)| m)
    };
    if let Some(y) = year("iy") {
        return Day::new(y, num("im")?, num("id")?);
    }
    if let Some(y) = year("sy") {
        return Day::new(y, num("sm")?, num("sd")?);
    }
    if let Some(y) = year("fy") {
        return Day::new(y, month_of("fm")?, num("fd")?);
    }
    Day::new(year("ey")?, month_of("em")?, num("ed")?)
}

const WEEKDAYS_PATTERN: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun";

/// A wire dateline at the start of a paragraph: a place in capitals, a comma, a
/// day and month, an optional agency in brackets, a dash.
fn dateline(head: &str, year_hint: Option<i32>) -> Option<Day> {
    static DATELINE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        let fr = calendar::MONTHS_FR_PATTERN;
        let en = calendar::MONTHS_EN_PATTERN;
        Regex::new(&format!(
            r"(?m)^\s*\p{{Lu}}[\p{{Lu}}' .\-]*(?:\([^)]*\))?,\s+(?:(?P<fd>\d{{1,2}})(?:er)?\s+(?P<fm>(?i:{fr}))|(?P<em>(?i:{en}))\.?\s+(?P<ed>\d{{1,2}}))(?:,?\s+(?P<y>\d{{4}}))?\s*(?:\([^)]*\))?\s*[-–—]"
        ))
        .ok()
    });
    let c = DATELINE.as_ref()?.captures(head)?;
    let year = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year_hint?,
    };
    let (day, month) = match (c.name("fd"), c.name("fm")) {
        (Some(d), Some(m)) => (d, m),
        _ => (c.name("ed")?, c.name("em")?),
    };
    let month = calendar::month(&crate::text::fold(month.as_str()))?.0;
    Day::new(year, month, day.as_str().parse().ok()?)
}

/// A day some words of a clause name, read against the document's day: where the
/// words stand, and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub day: Day,
}

/// Folded words that name a day by its distance from the text's own: (words, days).
const RELATIVE_DAYS: [(&[&str], i32); 12] = [
    (&["avant-hier"], -2),
    (&["hier"], -1),
    (&["la", "veille"], -1),
    (&["yesterday"], -1),
    (&["the", "day", "before"], -1),
    (&["the", "previous", "day"], -1),
    (&["aujourd'hui"], 0),
    (&["aujourd", "hui"], 0),
    (&["today"], 0),
    (&["ce", "matin"], 0),
    (&["this", "morning"], 0),
    (&["tonight"], 0),
];

/// The weekdays and relative days (« mardi », « la veille », "on Wednesday") that
/// `tokens` name, read against the text's day `doc`. A weekday names the last such
/// day on or before the text's: a dispatch of Friday writes « mardi » for the
/// Tuesday before. Weekdays of habit or of another week (`chaque mardi`, `mardi
/// prochain`, `last Tuesday`) name no day here.
pub fn mentions(tokens: &[Token], doc: Day) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((words, days)) = RELATIVE_DAYS.iter().find(|(words, _)| {
            words.len() <= tokens.len() - i
                && words.iter().zip(&tokens[i..]).all(|(w, t)| t.norm == *w)
        }) {
            if let Some(day) = doc.plus(*days) {
                let last = &tokens[i + words.len() - 1];
                out.push(Mention {
                    start: tokens[i].span.start,
                    end: last.span.end,
                    day,
                });
            }
            i += words.len();
            continue;
        }
        let t = &tokens[i];
        if let Some((w, lang)) = calendar::weekday(&t.norm) {
            let before = i.checked_sub(1).map(|k| tokens[k].norm.as_str());
            let after = tokens.get(i + 1).map(|t| t.norm.as_str());
            let habit = before.is_some_and(|b| calendar::NOT_THIS_WEEKDAY_BEFORE.contains(&b))
                || after.is_some_and(|a| calendar::NOT_THIS_WEEKDAY_AFTER.contains(&a));
            let english_lower = lang == super::Lang::En && !t.capitalized;
            if !habit && !english_lower {
                if let Some(day) = doc.last(w) {
                    out.push(Mention {
                        start: t.span.start,
                        end: t.span.end,
                        day,
                    });
                }
            }
        }
        i += 1;
    }
    out
}

/// Folded words right before a day that make it the start of what a clause says,
/// not its time: « blessés depuis mardi », « parti mardi », "since Monday", "the
/// fire that broke out on Tuesday". The figure holds at the text's own time.
const ONSETS: [&[&str]; 16] = [
    &["depuis"],
    &["des"],
    &["since"],
    &["parti"],
    &["partie"],
    &["eclate"],
    &["debute"],
    &["commence"],
    &["demarre"],
    &["s'", "est", "declare"],
    &["s'", "est", "declaree"],
    &["began"],
    &["started"],
    &["erupted"],
    &["broke", "out"],
    &["struck"],
];

/// Filler words between an onset and its day: « depuis le 22 juillet », "since
/// last week", "began on Monday".
const ONSET_FILLERS: [&str; 5] = ["le", "la", "on", "the", "ce"];

/// Whether the day whose first word is `tokens[i]` is the start of a period.
pub fn is_onset(tokens: &[Token], i: usize) -> bool {
    let mut end = i;
    while end > 0 && ONSET_FILLERS.contains(&tokens[end - 1].norm.as_str()) {
        end -= 1;
    }
    ONSETS.iter().any(|words| {
        end >= words.len()
            && words
                .iter()
                .zip(&tokens[end - words.len()..end])
                .all(|(w, t)| t.norm == *w)
    })
}

/// Folded words that open the part of a clause about another time than its own
/// figure: « neuf bateaux, contre six lundi », "up from 99 on Monday".
pub const COMPARISONS: [&[&str]; 8] = [
    &["contre"],
    &["versus"],
    &["vs"],
    &["par", "rapport"],
    &["compared"],
    &["up", "from"],
    &["down", "from"],
    &["against"],
];

/// The token indices at which a comparison opens a new part of a clause.
pub fn comparison_starts(tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| {
            COMPARISONS.iter().any(|words| {
                words.len() <= tokens.len() - i
                    && words.iter().zip(&tokens[i..]).all(|(w, t)| t.norm == *w)
            })
        })
        .collect()
}

/// Folded words by which a sentence gives a figure as the latest of a count that
/// changes (« 900 personnes restent évacuées », « désormais », "the toll rose to",
/// "still missing"), or as an earlier one (« un premier bilan », "initially",
/// « contre six lundi »). Two sources of different days that disagree revise one
/// count when one of them says so; otherwise they dispute it.
pub const REVISION_MARKERS: [&[&str]; 55] = [
    &["desormais"],
    &["toujours"],
    &["encore"],
    &["reste"],
    &["restent"],
    &["restait"],
    &["restaient"],
    &["maintenant"],
    &["actuellement"],
    &["alourdi"],
    &["alourdit"],
    &["alourdissant"],
    &["provisoire"],
    &["revu"],
    &["revue"],
    &["revise"],
    &["revisee"],
    &["initialement"],
    &["d'", "abord"],
    &["precedent", "bilan"],
    &["premier", "bilan"],
    &["nouveau", "bilan"],
    &["dernier", "bilan"],
    &["contre"],
    &["au", "lieu", "de"],
    &["jusqu'", "ici"],
    &["pour", "l'", "heure"],
    &["a", "ce", "stade"],
    &["now"],
    &["still"],
    &["remain"],
    &["remains"],
    &["remained"],
    &["currently"],
    &["rose"],
    &["risen"],
    &["climbed"],
    &["increased"],
    &["fell"],
    &["dropped"],
    &["revised"],
    &["updated"],
    &["initially"],
    &["at", "first"],
    &["first", "reported"],
    &["so", "far"],
    &["up", "from"],
    &["down", "from"],
    &["new", "toll"],
    &["latest", "toll"],
    &["first", "toll"],
    &["earlier", "toll"],
    &["new", "count"],
    &["latest", "count"],
    &["latest", "figures"],
];

/// Whether `tokens` hold a word of `REVISION_MARKERS`.
pub fn marks_revision(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        REVISION_MARKERS.iter().any(|words| {
            words.len() <= tokens.len() - i
                && words.iter().zip(&tokens[i..]).all(|(w, t)| t.norm == *w)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn day(s: &str) -> Day {
        let mut p = s.split('-').map(|x| x.parse::<u32>().unwrap_or(0));
        let (y, m, d) = (p.next(), p.next(), p.next());
        Day::new(y.unwrap_or(0) as i32, m.unwrap_or(0), d.unwrap_or(0)).unwrap_or(Day {
            year: 0,
            month: 0,
            day: 0,
        })
    }

    /// A document's day and where it was read, as `2025-07-23 Updated`, or `-`.
    fn check(front: Option<&str>, text: &str, year_hint: Option<i32>, expected: &str) {
        let got = match document_day(front, text, year_hint) {
            Some(d) => format!("{} {:?}", d.day.iso(), d.from),
            None => "-".to_string(),
        };
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn a_document_is_dated_by_its_front_matter_first() {
        check(
            Some("2024-11-04"),
            "LYON, 2 novembre (AFP) – Texte.",
            None,
            "2024-11-04 FrontMatter",
        );
        check(Some("4 novembre 2024"), "", None, "2024-11-04 FrontMatter");
        check(
            Some("2024-11-04T08:30:00Z"),
            "",
            None,
            "2024-11-04 FrontMatter",
        );
    }

    #[test]
    fn a_scraped_page_is_dated_by_its_last_update() {
        check(
            None,
            "La Gazette\nAccueil | Région\nPublié le 03/02/2026 à 07h15 · Mis à jour le 4 février 2026 à 19h02\n\nTexte.",
            None,
            "2026-02-04 Updated",
        );
        check(
            None,
            "Le Journal\nPublié le 12 mars 2026 à 18h45\n\nTexte.",
            None,
            "2026-03-12 Published",
        );
        check(
            None,
            "The Courier\nPublished March 9, 2026\nUpdated Tuesday, March 10, 2026\n\nText.",
            None,
            "2026-03-10 Updated",
        );
        check(
            None,
            "Posted on 2026-01-30 by staff\n\nText.",
            None,
            "2026-01-30 Published",
        );
    }

    #[test]
    fn a_dispatch_is_dated_by_its_dateline() {
        check(
            None,
            "VARLON, 14 janvier (AFP) – La digue a cédé.",
            Some(2026),
            "2026-01-14 Dateline",
        );
        check(
            None,
            "SAINT-BRIEUC, 1er mai 2026 (ASI) — Texte.",
            None,
            "2026-05-01 Dateline",
        );
        check(
            None,
            "PORT ELLIS, March 3 (Reuters) - The levee broke.",
            Some(2026),
            "2026-03-03 Dateline",
        );
        // A dateline without a year, in a text that gives none: no day.
        check(None, "VARLON, 14 janvier (AFP) – Texte.", None, "-");
        // Capitals and a comma are not a dateline without a day and a dash.
        check(None, "PARIS, la nuit tombe.", Some(2026), "-");
    }

    /// The days the words of `sentence` name, read in a text of day `doc`.
    fn check_mentions(sentence: &str, doc: &str, expected: &[&str]) {
        let toks = tokens(sentence);
        let got: Vec<String> = mentions(&toks, day(doc))
            .iter()
            .map(|m| format!("{}={}", &sentence[m.start..m.end], m.day.iso()))
            .collect();
        assert_eq!(got, expected, "{sentence}");
    }

    #[test]
    fn weekdays_and_relative_days_are_read_against_the_text_day() {
        // 2026-03-13 is a Friday.
        check_mentions(
            "Mardi soir, la crue atteignait 4 mètres.",
            "2026-03-13",
            &["Mardi=2026-03-10"],
        );
        check_mentions(
            "Le bilan est de 12 morts, a indiqué vendredi le préfet.",
            "2026-03-13",
            &["vendredi=2026-03-13"],
        );
        check_mentions(
            "La veille, 300 personnes avaient été évacuées.",
            "2026-03-13",
            &["La veille=2026-03-12"],
        );
        check_mentions(
            "The mayor said on Wednesday that 40 homes were lost.",
            "2026-03-13",
            &["Wednesday=2026-03-11"],
        );
        check_mentions(
            "Yesterday the count stood at 9.",
            "2026-03-13",
            &["Yesterday=2026-03-12"],
        );
        // A habit and another week name no day.
        check_mentions(
            "Le marché se tient chaque mardi, et reprendra mardi prochain.",
            "2026-03-13",
            &[],
        );
    }

    /// Whether the day at `word` in `sentence` opens a period.
    fn check_onset(sentence: &str, word: &str, expected: bool) {
        let toks = tokens(sentence);
        let i = toks
            .iter()
            .position(|t| t.norm == word)
            .unwrap_or(usize::MAX);
        assert_eq!(is_onset(&toks, i), expected, "{sentence}");
    }

    #[test]
    fn a_day_after_since_is_the_start_of_a_period() {
        check_onset(
            "Neuf blessés depuis mardi, selon les pompiers.",
            "mardi",
            true,
        );
        check_onset("Le feu, parti lundi d'une forêt, progresse.", "lundi", true);
        check_onset(
            "L'incendie qui s'est déclaré jeudi a parcouru 90 hectares.",
            "jeudi",
            true,
        );
        check_onset(
            "The fire that broke out on Tuesday has burned 90 acres.",
            "tuesday",
            true,
        );
        check_onset("Ten injured since Monday.", "monday", true);
        check_onset(
            "Le préfet a déclaré jeudi que 90 hectares avaient brûlé.",
            "jeudi",
            false,
        );
        check_onset("Mardi soir, 90 hectares avaient brûlé.", "mardi", false);
    }

    #[test]
    fn comparisons_open_a_part_about_another_time() {
        let toks = tokens("Neuf bateaux sont engagés, contre six lundi.");
        let at: Vec<&str> = comparison_starts(&toks)
            .iter()
            .map(|&i| toks[i].norm.as_str())
            .collect();
        assert_eq!(at, ["contre"]);
        let toks = tokens("The toll rose to 120, up from 99 on Monday.");
        assert_eq!(comparison_starts(&toks).len(), 1);
    }

    #[test]
    fn sentences_that_say_a_count_changed() {
        for (sentence, expected) in [
            ("Quelque 600 habitants restent hébergés au gymnase.", true),
            ("Le bilan s'est alourdi à 14 morts.", true),
            ("The death toll rose to 31 on Friday.", true),
            ("Twelve people are still missing.", true),
            ("Neuf bateaux sont engagés, contre six lundi.", true),
            ("La commune compte 4 200 habitants.", false),
            ("The company reported revenue of $2 billion.", false),
        ] {
            assert_eq!(marks_revision(&tokens(sentence)), expected, "{sentence}");
        }
    }

    #[test]
    fn days_count_across_months_and_years() {
        assert_eq!(day("2026-03-01").plus(-1), Some(day("2026-02-28")));
        assert_eq!(day("2025-12-31").plus(1), Some(day("2026-01-01")));
        // 2026-03-13 is a Friday; the Friday of a Friday's text is that day.
        assert_eq!(day("2026-03-13").last(4), Some(day("2026-03-13")));
        assert_eq!(day("2026-03-13").last(5), Some(day("2026-03-07")));
        assert_eq!(Day::from_unix_seconds(0), Some(day("1970-01-01")));
        assert_eq!(day("2026-03-02").days_since(day("2026-02-27")), Some(3));
        assert_eq!(
            day("2026-07-01").written(super::super::Lang::Fr),
            "1er juillet"
        );
        assert_eq!(day("2026-07-04").written(super::super::Lang::En), "July 4");
    }
}
