//! The prose of a markdown draft: the text a writer asserts, with byte offsets back
//! into the draft.
//!
//! Only paragraphs, headings, list items, block quotes, table rows and footnote texts
//! are prose. Front matter, code, HTML, link destinations, autolinks and images are
//! not. Emphasis does not split a block and a soft line break reads as a space, so
//! `**15 000** soldats` and a figure wrapped onto the next line stay whole.

use crate::text::Span;
use pulldown_cmark::{Event, LinkType, MetadataBlockKind, Options, Parser, Tag, TagEnd};

/// What kind of markdown block a stretch of prose came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BlockKind {
    Paragraph,
    Heading,
    TableRow,
}

/// One block of prose as plain text, with a map from plain offsets to source offsets.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Block {
    pub text: String,
    pub kind: BlockKind,
    /// Inside a block quote: someone else's words, not the writer's assertion.
    pub quoted: bool,
    /// `<!-- recoupe-ignore -->` stood just before this block, or inside it.
    pub ignored: bool,
    segments: Vec<Segment>,
}

/// `plain[plain..plain+len]` came from `source[src..src_end]`.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
struct Segment {
    plain: usize,
    len: usize,
    src: usize,
    src_end: usize,
}

impl Block {
    /// A block of plain text that is its own source (corpus `.txt` lines), starting at `at`.
    pub fn plain(text: &str, at: usize) -> Block {
        Block {
            text: text.to_string(),
            kind: BlockKind::Paragraph,
            quoted: false,
            ignored: false,
            segments: vec![Segment {
                plain: 0,
                len: text.len(),
                src: at,
                src_end: at + text.len(),
            }],
        }
    }

    /// The source offset of a plain-text offset. Offsets inside a synthetic piece
    /// (a soft break, an escaped char) map to that piece's source start or end.
    pub fn to_source(&self, plain: usize, is_end: bool) -> usize {
        for s in &self.segments {
            let inside = if is_end {
                plain > s.plain && plain <= s.plain + s.len
            } else {
                plain >= s.plain && plain < s.plain + s.len
            };
            if inside {
                if s.src_end - s.src == s.len {
                    return s.src + (plain - s.plain);
                }
                return if is_end { s.src_end } else { s.src };
            }
        }
        let last = self.segments.last().map(|s| s.src_end).unwrap_or(0);
        if is_end {
            self.segments
                .iter()
                .rev()
                .find(|s| s.plain + s.len <= plain)
                .map(|s| s.src_end)
                .unwrap_or(last)
        } else {
            self.segments
                .iter()
                .find(|s| s.plain >= plain)
                .map(|s| s.src)
                .unwrap_or(last)
        }
    }

    pub fn span_to_source(&self, span: Span) -> Span {
        Span::new(
            self.to_source(span.start, false),
            self.to_source(span.end, true),
        )
    }

    fn push(&mut self, text: &str, src: Span) {
        self.segments.push(Segment {
            plain: self.text.len(),
            len: text.len(),
            src: src.start,
            src_end: src.end,
        });
        self.text.push_str(text);
    }

    /// A separator that has no source text of its own (between table cells, for code).
    fn push_gap(&mut self, at: usize) {
        if !self.text.ends_with(' ') && !self.text.is_empty() {
            self.push(" ", Span::new(at, at));
        }
    }
}

/// The mark, in an HTML comment, that keeps a block out of checking: one spelling for
/// the reader here and the "Ignore this claim" fix that writes it.
macro_rules! ignore_mark {
    () => {
        "recoupe-ignore"
    };
}

/// The mark a block's comment must contain to be ignored.
pub const IGNORE_MARK: &str = ignore_mark!();

/// The comment the "Ignore this claim" fix writes.
pub const IGNORE_COMMENT: &str = concat!("<!-- ", ignore_mark!(), " -->");

/// The prose blocks of a markdown document, in order.
pub fn prose(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut quote_depth = 0usize;
    // Inside something whose text is not prose: code blocks, metadata, autolinks, images.
    let mut skip_depth = 0usize;
    let mut ignore_next = false;
    let new_block = |kind, quoted, ignored| Block {
        text: String::new(),
        kind,
        quoted,
        ignored,
        segments: Vec::new(),
    };

    let flush = |current: &mut Option<Block>, blocks: &mut Vec<Block>| {
        if let Some(b) = current.take() {
            if !b.text.trim().is_empty() {
                blocks.push(b);
            }
        }
    };

    for (event, range) in Parser::new_ext(source, OPTIONS).into_offset_iter() {
        let src = Span::new(range.start, range.end);
        match event {
            Event::Start(Tag::CodeBlock(_))
            | Event::Start(Tag::MetadataBlock(_))
            | Event::Start(Tag::Image { .. }) => skip_depth += 1,
            Event::End(TagEnd::CodeBlock)
            | Event::End(TagEnd::MetadataBlock(_))
            | Event::End(TagEnd::Image) => skip_depth = skip_depth.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => skip_depth += 1,
            Event::End(TagEnd::Link) if skip_depth > 0 => skip_depth -= 1,
            Event::Start(Tag::BlockQuote(_)) => quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote_depth = quote_depth.saturating_sub(1),
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Item)
            | Event::Start(Tag::FootnoteDefinition(_)) => {
                flush(&mut current, &mut blocks);
                current = Some(new_block(
                    BlockKind::Paragraph,
                    quote_depth > 0,
                    std::mem::take(&mut ignore_next),
                ));
            }
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, &mut blocks);
                current = Some(new_block(
                    BlockKind::Heading,
                    quote_depth > 0,
                    std::mem::take(&mut ignore_next),
                ));
            }
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => {
                flush(&mut current, &mut blocks);
                current = Some(new_block(
                    BlockKind::TableRow,
                    quote_depth > 0,
                    std::mem::take(&mut ignore_next),
                ));
            }
            Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::TableRow)
            | Event::End(TagEnd::TableHead)
            | Event::End(TagEnd::Item)
            | Event::End(TagEnd::FootnoteDefinition) => flush(&mut current, &mut blocks),
            Event::End(TagEnd::TableCell) => {
                if let Some(b) = current.as_mut() {
                    b.push(" | ", Span::new(src.end, src.end));
                }
            }
            Event::Text(t) if skip_depth == 0 => {
                let b = current
                    .get_or_insert_with(|| new_block(BlockKind::Paragraph, quote_depth > 0, false));
                b.push(&t, src);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = current.as_mut() {
                    b.push(" ", src);
                }
            }
            Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_) => {
                if let Some(b) = current.as_mut() {
                    b.push_gap(src.start);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                if h.contains(IGNORE_MARK) {
                    match current.as_mut() {
                        Some(b) => b.ignored = true,
                        None => ignore_next = true,
                    }
                } else if let Some(b) = current.as_mut() {
                    b.push_gap(src.start);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// The options every reading of a draft shares: front matter is a metadata block,
/// `---` (YAML) or `+++` (TOML).
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS)
    .union(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);

/// The flat `key: value` pairs of the front matter: the metadata block that opens the
/// document (after a byte-order mark), `---` read as simple YAML, `+++` as TOML.
/// Keys are lowercased.
pub fn front_matter(source: &str) -> Vec<(String, String)> {
    metadata_block(source, OPTIONS)
}

/// The front matter of a plain-text source: a `---` block only, read as simple YAML;
/// plain text has no TOML front matter.
pub fn plain_front_matter(source: &str) -> Vec<(String, String)> {
    metadata_block(source, Options::ENABLE_YAML_STYLE_METADATA_BLOCKS)
}

fn metadata_block(source: &str, options: Options) -> Vec<(String, String)> {
    let body = source.strip_prefix('\u{feff}').unwrap_or(source);
    // Most documents have none: spare them a parse.
    if !body.starts_with("---") && !body.starts_with("+++") {
        return Vec::new();
    }
    // The parser reads a whole document's blocks before its first event: give it the
    // front matter alone, so a long draft is not parsed twice on every keystroke.
    let head = front_matter_end(body).map_or(body, |end| &body[..end]);
    let mut events = Parser::new_ext(head, options).into_offset_iter();
    let kind = match events.next() {
        Some((Event::Start(Tag::MetadataBlock(kind)), range)) if range.start == 0 => kind,
        _ => return Vec::new(),
    };
    let mut block = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) => block.push_str(&t),
            Event::End(TagEnd::MetadataBlock(_)) => break,
            _ => {}
        }
    }
    match kind {
        MetadataBlockKind::YamlStyle => yaml_pairs(&block),
        MetadataBlockKind::PlusesStyle => toml_pairs(&block),
    }
}

/// Where a front matter block that opens the text ends: after the first later line
/// that closes it (`---` or `...` after `---`, `+++` after `+++`), if there is one.
fn front_matter_end(body: &str) -> Option<usize> {
    let fence = if body.starts_with("+++") {
        "+++"
    } else {
        "---"
    };
    let first = body.find('\n')? + 1;
    let mut at = first;
    for line in body[first..].split_inclusive('\n') {
        at += line.len();
        let l = line.trim_end();
        if l == fence || (fence == "---" && l == "...") {
            return Some(at);
        }
    }
    None
}

/// `key: value` lines, the only YAML front matter says anything with here: a value is
/// the rest of the line, quotes around it dropped; nested or listed values are skipped.
fn yaml_pairs(block: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in block.lines() {
        if let Some((k, v)) = line.split_once(':') {
            let k = k.trim();
            if k.is_empty() || k.contains(' ') {
                continue;
            }
            let v = v.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
            out.push((k.to_ascii_lowercase(), v));
        }
    }
    out
}

/// The top-level strings, dates, numbers and booleans of a TOML block, in the block's
/// order; tables and arrays are not flat values and are skipped. A block that is not
/// TOML says nothing.
fn toml_pairs(block: &str) -> Vec<(String, String)> {
    let Ok(table) = block.parse::<toml::Table>() else {
        return Vec::new();
    };
    table
        .into_iter()
        .filter_map(|(k, v)| {
            let v = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                toml::Value::Array(_) | toml::Value::Table(_) => return None,
            };
            Some((k.to_ascii_lowercase(), v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(markdown, expected prose blocks)`; each block's source map is checked too.
    fn check(input: &str, expected: &[&str]) {
        let blocks = prose(input);
        let got: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(got, expected, "prose of {input:?}");
        for b in &blocks {
            for (i, _) in b.text.char_indices() {
                let s = b.to_source(i, false);
                assert!(input.is_char_boundary(s), "offset {s} inside a char");
            }
        }
    }

    #[test]
    fn keeps_only_prose() {
        check(
            "---\ntitle: x 12\n---\n# Titre\n\nUn `12 000` ici.\n\n```\n2 000\n```\n",
            &["Titre", "Un  ici."],
        );
        check(
            "Voir <https://x.org/1500-soldats> et [lien](https://x.org/1500).",
            &["Voir  et lien."],
        );
        check("**15 000** soldats\nsont là.", &["15 000 soldats sont là."]);
        check("> cité 3 fois\n\n- point 4\n", &["cité 3 fois", "point 4"]);
        check(
            "| A | B |\n|---|---|\n| Agence | 1 500 |\n",
            &["A | B | ", "Agence | 1 500 | "],
        );
        check("<!-- à vérifier : 3 000 -->\n\nTexte.", &["Texte."]);
    }

    #[test]
    fn maps_offsets_back_to_source() {
        let src = "Il y a **15 000**\nsoldats.";
        let b = &prose(src)[0];
        let at = b.text.find("15 000").unwrap_or(0);
        let span = b.span_to_source(Span::new(at, at + 6));
        assert_eq!(span.slice(src), "15 000");
        let at = b.text.find("soldats").unwrap_or(0);
        assert_eq!(
            b.span_to_source(Span::new(at, at + 7)).slice(src),
            "soldats"
        );
    }

    #[test]
    fn ignore_mark_silences_the_next_block() {
        let blocks = prose("<!-- recoupe-ignore -->\nUn 5.\n\nDeux 6.");
        assert!(blocks[0].ignored);
        assert!(!blocks[1].ignored);
    }

    /// `check_front_matter(document, expected pairs)`
    fn check_front_matter(input: &str, expected: &[(&str, &str)]) {
        let got = front_matter(input);
        let got: Vec<(&str, &str)> = got.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(got, expected, "front matter of {input:?}");
    }

    #[test]
    fn reads_yaml_front_matter() {
        check_front_matter(
            "---\ntitle: \"Un titre\"\ndate: 2025-03-12\n---\nTexte",
            &[("title", "Un titre"), ("date", "2025-03-12")],
        );
        check_front_matter(
            "\u{feff}---\r\nTitre: 'L’été: chaud'\r\nsource: Le Journal\r\n...\r\nTexte",
            &[("titre", "L’été: chaud"), ("source", "Le Journal")],
        );
        // Only the opening block is front matter: a later rule and `key: value` line
        // belong to the text.
        check_front_matter(
            "---\ntitle: T\n---\nTexte.\n\n---\n\nSuite: x\n---\n",
            &[("title", "T")],
        );
        check_front_matter("---\ntitle: T\n---", &[("title", "T")]);
        // Lines that are not flat pairs are skipped.
        check_front_matter(
            "---\ntags:\n  - a\nmy key: x\nurl: https://x.org/a\n---\n",
            &[("tags", ""), ("url", "https://x.org/a")],
        );
    }

    #[test]
    fn reads_toml_front_matter() {
        check_front_matter(
            "+++\ntitle = \"Un titre\"\ndate = 2025-03-12\ndraft = true\ntags = [\"a\"]\n\n[extra]\nk = 1\n+++\n# Titre\n",
            &[("title", "Un titre"), ("date", "2025-03-12"), ("draft", "true")],
        );
        check_front_matter("+++\ntitle = Un titre\n+++\nTexte", &[]);
        check("+++\ntitle = \"x 12\"\n+++\nUn texte.\n", &["Un texte."]);
    }

    #[test]
    fn plain_text_reads_only_a_yaml_block() {
        assert_eq!(
            plain_front_matter("---\ntitle: Un titre\n---\nTexte"),
            vec![("title".to_string(), "Un titre".to_string())]
        );
        assert!(plain_front_matter("+++\ntitle = \"Un titre\"\n+++\nTexte").is_empty());
    }

    #[test]
    fn no_front_matter() {
        check_front_matter("Pas de front matter", &[]);
        check_front_matter("---\ntitle: jamais fermé\nTexte", &[]);
        check_front_matter("# Titre\n\n---\ntitle: x\n---\n", &[]);
        check_front_matter("\n---\ntitle: x\n---\n", &[]);
        check_front_matter("----\ntitle: x\n----\n", &[]);
    }
}
