//! Readers: the text, metadata and places of a source file that is not text (a
//! saved web page, a PDF, a Word file), from its bytes. Pure: the loader
//! (`corpus::disk`) reads the file, a reader only decodes it, and `Source::extracted`
//! reads claims from the result with the same code as for markdown.
//!
//! Every reader lays its text out the same way: one line per paragraph, a blank line
//! between paragraphs, so that a sentence never runs from one paragraph into the
//! next, and records the kind of each paragraph (a heading, a table row whose cells
//! are parted by ` | ` as the markdown reader parts them) and where each page or
//! paragraph starts, for citing evidence by `p. 3` or `§ 12`.
//!
//! Nothing a document holds is run or fetched: no script, no remote image or
//! stylesheet, no external entity, no link is followed.

pub mod docx;
pub mod html;
pub mod pdf;

use crate::document::{Meta, PlaceKind, Places};
use crate::markdown::BlockKind;
use crate::text::Span;
use std::path::Path;

/// The kinds of source file, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Markdown,
    Text,
    Html,
    Pdf,
    Docx,
}

/// Extensions read as sources, and their kind (compared in lower case).
pub const EXTENSIONS: [(&str, Kind); 7] = [
    ("md", Kind::Markdown),
    ("markdown", Kind::Markdown),
    ("txt", Kind::Text),
    ("html", Kind::Html),
    ("htm", Kind::Html),
    ("pdf", Kind::Pdf),
    ("docx", Kind::Docx),
];

/// Megabytes, for the limits below.
const MB: u64 = 1024 * 1024;

impl Kind {
    /// The kind of a file, from its extension; `None`: not a source.
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        EXTENSIONS
            .iter()
            .find(|(e, _)| *e == ext)
            .map(|(_, kind)| *kind)
    }

    /// Read as text (UTF-8), not through a reader.
    pub fn is_text(self) -> bool {
        matches!(self, Kind::Markdown | Kind::Text)
    }

    /// Files larger than this are not read (refused from their size alone). News copy
    /// is small; a saved page carries its markup, a PDF report or a Word file its
    /// pictures and fonts, so they may be larger.
    pub fn max_bytes(self) -> u64 {
        match self {
            Kind::Markdown | Kind::Text => 8 * MB,
            Kind::Html => 16 * MB,
            Kind::Pdf | Kind::Docx => 64 * MB,
        }
    }
}

/// What a reader took from a file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// One line per paragraph, blank lines between them.
    pub text: String,
    /// Each paragraph's span in `text`, and its kind.
    pub paragraphs: Vec<(Span, BlockKind)>,
    /// Title, date, outlet and URL, as far as the file says; and the places.
    pub meta: Meta,
}

/// Why a reader could not read a file: told to the writer through the message
/// catalogues, with the file's name (`corpus::disk::Reason::Reader`).
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The bytes are no web page the parser accepts, with its words.
    NotAPage(String),
    /// A web page with no article in it (only menus and links).
    NoMainText,
    /// A file of paragraphs with not one word in them.
    NoText,
    /// A PDF whose pages are pictures: no text layer to read.
    ScannedPdf,
    /// A PDF that needs a password to be read.
    EncryptedPdf,
    /// A PDF cut short or damaged, with the parser's words.
    CorruptPdf(String),
    /// A Word file that is no zip of the parts a Word file has, with the words why.
    CorruptDocx(String),
}

/// Decode a file of a kind that is not text; `Err` says why nothing could be read.
/// A reader's crate that panics on a hostile file (PDF parsers have) is caught here:
/// that file gets a warning, and the rest of the corpus loads.
pub fn read(kind: Kind, bytes: &[u8]) -> Result<Extracted, Failure> {
    let run = || match kind {
        Kind::Html => html::read(bytes),
        Kind::Pdf => pdf::read(bytes),
        Kind::Docx => docx::read(bytes),
        // Read as text by the loader, never through a reader.
        Kind::Markdown | Kind::Text => Err(Failure::NoText),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(read) => read,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let why = format!("the reader stopped: {}", why.lines().next().unwrap_or(""));
            Err(match kind {
                Kind::Docx => Failure::CorruptDocx(why),
                Kind::Html => Failure::NotAPage(why),
                _ => Failure::CorruptPdf(why),
            })
        }
    }
}

/// Lays out the paragraphs a reader finds, and records its places.
pub struct Layout {
    out: Extracted,
    kind: PlaceKind,
}

impl Layout {
    /// A layout whose places are pages or paragraphs (`kind`).
    pub fn new(kind: PlaceKind) -> Layout {
        Layout {
            out: Extracted::default(),
            kind,
        }
    }

    /// Start a new page: later paragraphs are on it, even if this one stays empty.
    pub fn page(&mut self) {
        if self.kind == PlaceKind::Page {
            self.out.meta.places.starts.push(self.at());
        }
    }

    /// Add a paragraph of kind `kind`, its white space (line breaks included) made
    /// single spaces; an empty one is left out.
    pub fn paragraph(&mut self, text: &str, kind: BlockKind) {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.is_empty() {
            return;
        }
        if !self.out.text.is_empty() {
            // Table rows of one table stay on consecutive lines.
            let row_after_row = kind == BlockKind::TableRow
                && self.out.paragraphs.last().map(|p| p.1) == Some(BlockKind::TableRow);
            self.out
                .text
                .push_str(if row_after_row { "\n" } else { "\n\n" });
        }
        if self.kind == PlaceKind::Paragraph {
            self.out.meta.places.starts.push(self.at());
        }
        let start = self.out.text.len();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                self.out.text.push(' ');
            }
            self.out.text.push_str(w);
        }
        self.out
            .paragraphs
            .push((Span::new(start, self.out.text.len()), kind));
    }

    /// The end of the text so far, as a place start.
    fn at(&self) -> u32 {
        u32::try_from(self.out.text.len()).unwrap_or(u32::MAX)
    }

    /// The text laid out, with `meta` (its places filled in here).
    pub fn finish(mut self, meta: Meta) -> Extracted {
        let places = Places {
            kind: self.kind,
            starts: std::mem::take(&mut self.out.meta.places.starts),
        };
        self.out.text.push('\n');
        self.out.meta = Meta { places, ..meta };
        self.out
    }

    /// Whether any paragraph has words in it.
    pub fn is_empty(&self) -> bool {
        self.out.paragraphs.is_empty()
    }
}

/// The day of a timestamp in any of the forms files write (`2026-02-14T09:30:00+01:00`,
/// `2026-02-14`, a PDF's `D:20260214093000+01'00'`), as `2026-02-14`; the day as the
/// file wrote it, its time zone not applied.
pub fn iso_day(stamp: &str) -> Option<String> {
    let s = stamp.trim();
    let s = s.strip_prefix("D:").unwrap_or(s);
    let digits: String = s.chars().filter(char::is_ascii_digit).take(8).collect();
    let compact = s.len() >= 8 && s[..8].bytes().all(|b| b.is_ascii_digit());
    let dashed =
        s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') && s.as_bytes().get(7) == Some(&b'-');
    if digits.len() < 8 || !(compact || dashed) {
        return None;
    }
    let (y, m, d) = (&digits[..4], &digits[4..6], &digits[6..8]);
    let month: u32 = m.parse().ok()?;
    let day: u32 = d.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| format!("{y}-{m}-{d}"))
}

/// A metadata value, trimmed and with its white space made single spaces; `None`
/// when nothing is left.
pub fn clean(value: &str) -> Option<String> {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    (!v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(stamp: &str, expected: Option<&str>) {
        assert_eq!(iso_day(stamp).as_deref(), expected, "{stamp}");
    }

    #[test]
    fn days_of_timestamps() {
        day("2026-02-14T09:30:00+01:00", Some("2026-02-14"));
        day("2026-02-14", Some("2026-02-14"));
        day("D:20260320090000+01'00'", Some("2026-03-20"));
        day("D:20260320", Some("2026-03-20"));
        day("2026-13-01", None);
        day("14 February 2026", None);
        day("", None);
    }

    /// `layout(kind, steps, text, starts)`: `P:text` a paragraph, `R:text` a table
    /// row, `|` a new page.
    fn layout(kind: PlaceKind, steps: &[&str], text: &str, starts: &[u32]) {
        let mut l = Layout::new(kind);
        for s in steps {
            match s.split_once(':') {
                Some(("P", t)) => l.paragraph(t, BlockKind::Paragraph),
                Some(("R", t)) => l.paragraph(t, BlockKind::TableRow),
                _ => l.page(),
            }
        }
        let x = l.finish(Meta::default());
        assert_eq!(x.text, text);
        assert_eq!(x.meta.places.starts, starts);
        assert_eq!(x.meta.places.kind, kind);
        for (span, _) in &x.paragraphs {
            assert!(!span.slice(&x.text).contains('\n'));
        }
    }

    #[test]
    fn paragraphs_are_lines_and_places_are_their_starts() {
        layout(
            PlaceKind::Paragraph,
            &[
                "P:One  two\nthree.",
                "P:   ",
                "R:a | b",
                "R:1 | 2",
                "P:End.",
            ],
            "One two three.\n\na | b\n1 | 2\n\nEnd.\n",
            &[0, 16, 22, 29],
        );
        // An empty page keeps its number: the next one starts where it does.
        layout(
            PlaceKind::Page,
            &["|", "P:First.", "|", "|", "P:Third."],
            "First.\n\nThird.\n",
            &[0, 6, 6],
        );
    }

    #[test]
    fn kinds_by_extension() {
        for (name, kind) in [
            ("a.MD", Some(Kind::Markdown)),
            ("a.htm", Some(Kind::Html)),
            ("report.PDF", Some(Kind::Pdf)),
            ("memo.docx", Some(Kind::Docx)),
            ("memo.doc", None),
            ("noext", None),
        ] {
            assert_eq!(Kind::of(Path::new(name)), kind, "{name}");
        }
    }
}
