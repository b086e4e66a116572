//! A document split into sentences: parsing only, no claims.
//!
//! Drafts (markdown) and corpus sources (markdown, plain text, or the text a reader
//! took from a web page, a PDF or a Word file) become the same structure, so the
//! same extractors (`claims::extract`) run on all of them.

use crate::lang::lexicon::{self, Lexicon};
use crate::markdown::{self, Block, BlockKind};
use crate::text::{LineIndex, Span};
use std::path::{Path, PathBuf};
use unicode_segmentation::UnicodeSegmentation;

/// What a source's front matter says about it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// The day it gives itself (front matter, "updated" or "published" line,
    /// dateline), or its file's modification day: when its figures held.
    #[serde(default)]
    pub day: Option<crate::lang::dating::Dated>,
    /// Where each page or paragraph starts, for a source read from a PDF, a Word file
    /// or a web page: its evidence is cited by page or paragraph, not by a line of
    /// text the writer never sees.
    #[serde(default)]
    pub places: Places,
}

/// How a source's evidence is located for the writer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PlaceKind {
    /// A line of the file (markdown, plain text).
    #[default]
    Line,
    /// A page of a PDF.
    Page,
    /// A paragraph of a Word file or of a web page's article (a table row counts
    /// as one).
    Paragraph,
}

/// The places of a source's text: the byte offset at which each page or paragraph
/// starts, in order (the first is place 1). Empty for a file cited by line.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Places {
    pub kind: PlaceKind,
    pub starts: Vec<u32>,
}

/// Where a byte of a source stands, as the writer finds it: `line 7`, `p. 3`, `§ 12`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// One-based, as all three.
    Line(usize),
    Page(usize),
    Paragraph(usize),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Line(n) => write!(f, "line {n}"),
            Place::Page(n) => write!(f, "p. {n}"),
            Place::Paragraph(n) => write!(f, "§ {n}"),
        }
    }
}

impl Place {
    /// `line 7`, `p. 3`, `§ 12` in `lang`, from the message catalogues.
    pub fn tell(&self, lang: crate::lang::Lang) -> String {
        match *self {
            Place::Line(n) => crate::tr!(lang, "place-line", n = n.to_string()),
            Place::Page(n) => crate::tr!(lang, "place-page", n = n.to_string()),
            Place::Paragraph(n) => crate::tr!(lang, "place-paragraph", n = n.to_string()),
        }
    }

    /// What is counted, as the JSON output names it: `line`, `page`, `paragraph`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Place::Line(_) => "line",
            Place::Page(_) => "page",
            Place::Paragraph(_) => "paragraph",
        }
    }

    /// The number, from 1.
    pub fn number(&self) -> usize {
        match *self {
            Place::Line(n) | Place::Page(n) | Place::Paragraph(n) => n,
        }
    }
}

impl Meta {
    fn from_front_matter(pairs: &[(String, String)]) -> Meta {
        let get = |keys: fn(&'static Lexicon) -> &'static [&'static str]| {
            pairs
                .iter()
                .find(|(k, _)| lexicon::any(keys, k))
                .map(|(_, v)| v.clone())
        };
        Meta {
            title: get(|l| l.front_matter.title),
            date: get(|l| l.front_matter.date),
            outlet: get(|l| l.front_matter.outlet),
            url: get(|l| l.front_matter.url),
            day: None,
            places: Places::default(),
        }
    }

    /// The year of `date`, when it starts with one (`2025-03-12`).
    pub fn year(&self) -> Option<i32> {
        let d = self.date.as_deref()?;
        let y: String = d.chars().take(4).collect();
        y.parse().ok().filter(|y| (1000..3000).contains(y))
    }
}

/// One sentence of a document, as plain text.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    /// Plain text (markup removed, soft breaks as spaces). Empty in a compacted
    /// document where it equals the source text: read it with
    /// `Document::sentence_text`.
    pub text: String,
    /// Where it stands in the document's bytes.
    pub span: Span,
    /// Index of its block, and its start inside that block's plain text.
    pub block: usize,
    pub plain_start: usize,
    /// In a block quote.
    pub quoted: bool,
    /// A heading or a table row: context, but not a sentence that asserts with a verb.
    pub kind: BlockKind,
}

/// The sentence bounds of each block's plain text, by a hash of that text: what an
/// edit leaves alone is not split again.
#[derive(Debug, Default)]
pub struct SplitMemo(std::collections::HashMap<u64, Vec<(usize, usize)>>);

/// A parsed document.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Document {
    pub path: PathBuf,
    pub meta: Meta,
    pub text: String,
    pub lines: LineIndex,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// A markdown draft.
    pub fn markdown(path: impl Into<PathBuf>, text: &str) -> Document {
        let blocks = markdown::prose(text);
        Document::assemble(path.into(), text, blocks)
    }

    /// `markdown`, splitting into sentences only the blocks whose text `memo` has
    /// not seen; `memo` keeps the splits of this document's blocks.
    pub fn markdown_with(path: impl Into<PathBuf>, text: &str, memo: &mut SplitMemo) -> Document {
        let blocks = markdown::prose(text);
        let mut fresh = SplitMemo::default();
        let splits: Vec<Vec<(usize, usize)>> = blocks
            .iter()
            .map(|b| {
                let key = xxhash_rust::xxh3::xxh3_64(b.text.as_bytes());
                let split = memo
                    .0
                    .remove(&key)
                    .or_else(|| fresh.0.get(&key).cloned())
                    .unwrap_or_else(|| split_sentences(&b.text));
                fresh.0.insert(key, split.clone());
                split
            })
            .collect();
        *memo = fresh;
        Document::assemble_split(path.into(), text, blocks, splits)
    }

    /// A corpus source: markdown for `.md`/`.markdown`, plain text otherwise; page
    /// boilerplate and reader comments are left out.
    pub fn source(path: impl Into<PathBuf>, text: &str) -> Document {
        let path = path.into();
        let is_md = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "markdown")
        );
        let blocks = if is_md {
            markdown::prose(text)
        } else {
            plain_blocks(text)
        };
        let blocks = crate::boilerplate::strip(blocks, text);
        let mut doc = Document::assemble(path, text, blocks);
        if !is_md {
            doc.meta = Meta::from_front_matter(&markdown::plain_front_matter(text));
        }
        doc.date_itself();
        doc
    }

    /// A corpus source read from a file that is not text (a web page, a PDF, a Word
    /// file): `text` as its reader laid it out, one line per paragraph, each
    /// paragraph a block of the kind its reader found; its metadata and places.
    pub fn extracted(
        path: impl Into<PathBuf>,
        text: &str,
        paragraphs: &[(Span, BlockKind)],
        meta: Meta,
    ) -> Document {
        let blocks = paragraphs
            .iter()
            .filter(|(span, _)| span.end <= text.len() && span.start <= span.end)
            .map(|(span, kind)| {
                let mut b = Block::plain(span.slice(text), span.start);
                b.kind = *kind;
                b
            })
            .collect();
        let blocks = crate::boilerplate::strip(blocks, text);
        let mut doc = Document::assemble(path.into(), text, blocks);
        doc.meta = meta;
        doc.date_itself();
        doc
    }

    /// Whether the document's evidence is cited by page or paragraph: its text was
    /// read from a PDF, a Word file or a web page, so a line of `text` is no line of
    /// its file (go-to-definition opens such a file at its start).
    pub fn cited_by_place(&self) -> bool {
        self.meta.places.kind != PlaceKind::Line && !self.meta.places.starts.is_empty()
    }

    /// Where byte `offset` stands: its page or paragraph for a source cited so, else
    /// its line.
    pub fn place_of(&self, offset: usize) -> Place {
        let places = &self.meta.places;
        let n = places
            .starts
            .partition_point(|s| (*s as usize) <= offset)
            .max(1);
        match places.kind {
            _ if places.starts.is_empty() => Place::Line(self.line_of(offset) + 1),
            PlaceKind::Line => Place::Line(self.line_of(offset) + 1),
            PlaceKind::Page => Place::Page(n),
            PlaceKind::Paragraph => Place::Paragraph(n),
        }
    }

    /// Read the day the document gives itself into `meta.day` (a dateline's year is
    /// the one year its text writes).
    pub fn date_itself(&mut self) {
        let year_hint = crate::claims::date::anchor(self).map(|a| a.year);
        self.meta.day =
            crate::lang::dating::document_day(self.meta.date.as_deref(), &self.text, year_hint);
    }

    /// Drop what only reading claims needs, for a document kept for long (a corpus
    /// source): its claims must be extracted before.
    pub fn compact(&mut self) {
        // Blocks only map claims back to the text while extracting; a corpus of
        // thousands of sources need not keep them.
        self.blocks = Vec::new();
        // A sentence whose plain text is its source text word for word (most of a
        // wire dispatch) need not keep a copy: `sentence_text` reads it from `text`.
        for sentence in &mut self.sentences {
            if sentence.span.slice(&self.text) == sentence.text {
                sentence.text = String::new();
            }
        }
        // Nor room to grow: a corpus document never changes.
        self.sentences.shrink_to_fit();
    }

    fn assemble(path: PathBuf, text: &str, blocks: Vec<Block>) -> Document {
        let splits = blocks.iter().map(|b| split_sentences(&b.text)).collect();
        Document::assemble_split(path, text, blocks, splits)
    }

    /// The document of `blocks`, each split at the sentence bounds of `splits`.
    fn assemble_split(
        path: PathBuf,
        text: &str,
        blocks: Vec<Block>,
        splits: Vec<Vec<(usize, usize)>>,
    ) -> Document {
        let meta = Meta::from_front_matter(&markdown::front_matter(text));
        let mut sentences = Vec::new();
        for ((bi, b), split) in blocks.iter().enumerate().zip(splits) {
            for (start, end) in split {
                let plain = &b.text[start..end];
                let trimmed_start = start + (plain.len() - plain.trim_start().len());
                let trimmed_end = end - (plain.len() - plain.trim_end().len());
                if trimmed_end <= trimmed_start {
                    continue;
                }
                sentences.push(Sentence {
                    text: b.text[trimmed_start..trimmed_end].to_string(),
                    span: b.span_to_source(Span::new(trimmed_start, trimmed_end)),
                    block: bi,
                    plain_start: trimmed_start,
                    quoted: b.quoted,
                    kind: b.kind,
                });
            }
        }
        Document {
            path,
            meta,
            text: text.to_string(),
            lines: LineIndex::new(text),
            blocks,
            sentences,
        }
    }

    /// The source span of a span in sentence `i`'s plain text.
    pub fn to_source(&self, sentence: usize, span: Span) -> Span {
        match self.sentences.get(sentence) {
            Some(s) => match self.blocks.get(s.block) {
                Some(b) => b.span_to_source(span.shift(s.plain_start)),
                None => s.span,
            },
            None => Span::default(),
        }
    }

    /// The plain text of sentence `i`: compacted documents (corpus sources) keep it
    /// only where it differs from the source text (markup, line breaks).
    pub fn sentence_text(&self, i: usize) -> &str {
        match self.sentences.get(i) {
            Some(s) if s.text.is_empty() => s.span.slice(&self.text),
            Some(s) => &s.text,
            None => "",
        }
    }

    /// Whether a sentence's block carries a `recoupe-ignore` mark.
    pub fn ignored(&self, sentence: usize) -> bool {
        self.sentences
            .get(sentence)
            .and_then(|s| self.blocks.get(s.block))
            .is_some_and(|b| b.ignored)
    }

    /// The file name, as sources are cited.
    pub fn file_name(&self) -> String {
        file_name(&self.path)
    }

    /// Zero-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(offset)
    }

    /// The year this document was written in, from its front matter.
    pub fn year(&self) -> Option<i32> {
        self.meta.year()
    }
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Each non-empty line of a plain-text file is a block: scraped pages put headings,
/// menus and paragraphs on lines of their own, with no punctuation to end them.
fn plain_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            blocks.push(Block::plain(content, at));
        }
        at += line.len();
    }
    blocks
}

/// Sentence boundaries (UAX #29), not breaking inside quotation marks nor after an
/// initial or a short abbreviation (`M.`, `Dr.`).
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open_quotes = 0i32;
    let mut pending: Option<(usize, usize)> = None;
    for (start, piece) in text.split_sentence_bound_indices() {
        let end = start + piece.len();
        let merged = match pending.take() {
            Some((s, _)) => (s, end),
            None => (start, end),
        };
        open_quotes += piece.chars().filter(|c| matches!(c, '«' | '“')).count() as i32;
        open_quotes -= piece.chars().filter(|c| matches!(c, '»' | '”')).count() as i32;
        let straight = text[merged.0..merged.1].matches('"').count() % 2 == 1;
        let trimmed = piece.trim_end();
        let last_word = trimmed
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let abbreviation = last_word.ends_with('.')
            && last_word.chars().filter(|c| c.is_alphabetic()).count() <= 2
            && last_word.chars().next().is_some_and(|c| c.is_uppercase());
        if (open_quotes > 0 || straight || abbreviation) && end < text.len() {
            pending = Some(merged);
            continue;
        }
        open_quotes = 0;
        out.push(merged);
    }
    if let Some(p) = pending {
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `places(kind, starts, offset, expected English, expected French)`: where a
    /// byte of an extracted document stands, told in both languages.
    fn places(kind: PlaceKind, starts: &[u32], offset: usize, en: &str, fr: &str) {
        let text = "First paragraph.\n\nSecond one.\n\nThird.\n";
        let spans = [Span::new(0, 16), Span::new(18, 29), Span::new(31, 37)];
        let paragraphs: Vec<(Span, BlockKind)> =
            spans.iter().map(|s| (*s, BlockKind::Paragraph)).collect();
        let meta = Meta {
            places: Places {
                kind,
                starts: starts.to_vec(),
            },
            ..Meta::default()
        };
        let doc = Document::extracted("x", text, &paragraphs, meta);
        let place = doc.place_of(offset);
        assert_eq!(place.tell(crate::lang::Lang::En), en);
        assert_eq!(place.tell(crate::lang::Lang::Fr), fr);
        assert_eq!(
            doc.cited_by_place(),
            kind != PlaceKind::Line && !starts.is_empty()
        );
    }

    #[test]
    fn a_place_is_a_line_a_page_or_a_paragraph() {
        places(PlaceKind::Page, &[0, 18], 20, "p. 2", "p. 2");
        places(PlaceKind::Page, &[0, 18], 3, "p. 1", "p. 1");
        places(PlaceKind::Paragraph, &[0, 18, 31], 33, "§ 3", "§ 3");
        // Cited by line: the line of the text, from 1.
        places(PlaceKind::Line, &[], 20, "line 3", "ligne 3");
        places(PlaceKind::Page, &[], 20, "line 3", "ligne 3");
    }

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = split_sentences(input)
            .into_iter()
            .map(|(s, e)| input[s..e].trim())
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_sentences() {
        check(
            "Il a dit 2.300 pompiers. Puis 14 000.",
            &["Il a dit 2.300 pompiers.", "Puis 14 000."],
        );
        check(
            "« Une phrase. Deux phrases », a dit M. Dupont. Fin.",
            &["« Une phrase. Deux phrases », a dit M. Dupont.", "Fin."],
        );
        check(
            "\"We expect. More\", he said. Next.",
            &["\"We expect. More\", he said.", "Next."],
        );
    }

    #[test]
    fn sentences_map_to_source() {
        let src = "---\ntitle: T\ndate: 2025-03-12\n---\nUn **deux**\ntrois. Quatre.";
        let d = Document::markdown("d.md", src);
        assert_eq!(d.meta.year(), Some(2025));
        let spans: Vec<&str> = d.sentences.iter().map(|s| s.span.slice(src)).collect();
        assert_eq!(spans, ["Un **deux**\ntrois.", "Quatre."]);
    }
}
