//! A Word file (`.docx`): its paragraphs and table rows in order, each a place cited
//! as `§ 12`; title and date from its core properties (`docProps/core.xml`).
//!
//! A `.docx` is a zip of XML parts: `zip` opens it, `quick-xml` reads the parts as a
//! stream of events. quick-xml reads no DTD and expands no entity but the five XML
//! predefines and character references, so an entity declared in a DOCTYPE (an
//! "external entity" naming a file or an address) stays an unresolved name, and
//! nothing is fetched or read beyond the zip itself. A part is read only up to
//! `MAX_PART_BYTES`, so a zip bomb stops there.

use super::{clean, iso_day, Extracted, Failure, Layout};
use crate::document::{Meta, PlaceKind};
use crate::markdown::BlockKind;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The most of one XML part that is read, unzipped.
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

pub fn read(bytes: &[u8]) -> Result<Extracted, Failure> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Failure::CorruptDocx(e.to_string()))?;
    let body = part(&mut zip, "word/document.xml")?
        .ok_or_else(|| Failure::CorruptDocx("no word/document.xml".into()))?;
    let layout = body_layout(&body)?;
    if layout.is_empty() {
        return Err(Failure::NoText);
    }
    let meta = match part(&mut zip, "docProps/core.xml") {
        Ok(Some(core)) => core_properties(&core),
        _ => Meta::default(),
    };
    Ok(layout.finish(meta))
}

/// The part `name` of the zip, as text; `None` when the zip has none.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, Failure> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(Failure::CorruptDocx(e.to_string())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::CorruptDocx(e.to_string()))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(Failure::CorruptDocx(format!("{name} is too large")));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| Failure::CorruptDocx(format!("{name} is not UTF-8")))
}

/// Where the reader stands in the body.
#[derive(Default)]
struct Body {
    /// The paragraph being read (`w:p`), its words so far.
    text: String,
    /// A heading style (`Heading1`…, `Title`) on the paragraph being read.
    heading: bool,
    /// Inside `w:t` (text a run shows), and how deep in tables.
    in_text: bool,
    tables: usize,
    /// The cells of the table row being read.
    cells: Vec<String>,
    /// Inside `w:del` (deleted text of tracked changes) or `w:instrText` (a field's
    /// code): not what the document says.
    hidden: usize,
}

/// Lay out the paragraphs and table rows of `word/document.xml`.
fn body_layout(xml: &str) -> Result<Layout, Failure> {
    let mut reader = Reader::from_str(xml);
    let mut layout = Layout::new(PlaceKind::Paragraph);
    let mut b = Body::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| Failure::CorruptDocx(format!("word/document.xml: {e}")))?;
        match event {
            Event::Start(e) => start(&e, &mut b),
            Event::Empty(e) => {
                start(&e, &mut b);
                end(e.local_name().as_ref(), &mut b, &mut layout);
            }
            Event::End(e) => end(e.local_name().as_ref(), &mut b, &mut layout),
            Event::Text(t) if b.in_text && b.hidden == 0 => {
                if let Ok(s) = t.decode() {
                    b.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) if b.in_text && b.hidden == 0 => {
                // Character references and the five predefined entities; any other
                // name (one a DOCTYPE declares) is left out, never resolved.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    b.text.push(c);
                } else if let Ok(name) = r.decode() {
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                        b.text.push_str(s);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(layout)
}

fn start(e: &BytesStart, b: &mut Body) {
    match e.local_name().as_ref() {
        b"t" => b.in_text = true,
        b"del" | b"instrText" | b"delText" => b.hidden += 1,
        b"tab" if b.hidden == 0 => b.text.push(' '),
        b"br" | b"cr" if b.hidden == 0 => b.text.push(' '),
        b"tbl" => b.tables += 1,
        b"tc" if b.tables == 1 => b.cells.push(String::new()),
        b"pStyle" => {
            let style = e
                .attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == b"val")
                .map(|a| a.value.to_ascii_lowercase());
            b.heading = style.is_some_and(|s| s.starts_with(b"heading") || s == b"title");
        }
        _ => {}
    }
}

fn end(name: &[u8], b: &mut Body, layout: &mut Layout) {
    match name {
        b"t" => b.in_text = false,
        b"del" | b"instrText" | b"delText" => b.hidden = b.hidden.saturating_sub(1),
        b"p" => {
            let text = std::mem::take(&mut b.text);
            if b.tables > 0 {
                // A cell may hold several paragraphs: they are its words.
                match b.cells.last_mut() {
                    Some(cell) => {
                        cell.push(' ');
                        cell.push_str(&text);
                    }
                    None => b.cells.push(text),
                }
            } else {
                let kind = if b.heading {
                    BlockKind::Heading
                } else {
                    BlockKind::Paragraph
                };
                layout.paragraph(&text, kind);
            }
            b.heading = false;
        }
        // A table inside a cell: its rows are words of that cell.
        b"tr" if b.tables == 1 => {
            let cells: Vec<String> = std::mem::take(&mut b.cells)
                .into_iter()
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            layout.paragraph(&cells.join(" | "), BlockKind::TableRow);
        }
        b"tbl" => b.tables = b.tables.saturating_sub(1),
        _ => {}
    }
}

/// Title and date (`dc:title`; `dcterms:created`, else `dcterms:modified`) of
/// `docProps/core.xml`.
fn core_properties(xml: &str) -> Meta {
    let mut reader = Reader::from_str(xml);
    let mut at: Option<Vec<u8>> = None;
    let mut values: Vec<(Vec<u8>, String)> = Vec::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) => at = Some(e.local_name().as_ref().to_vec()),
            Event::End(_) => at = None,
            Event::Text(t) => {
                if let (Some(name), Ok(s)) = (&at, t.decode()) {
                    values.push((name.clone(), s.into_owned()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let get = |key: &[u8]| {
        values
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| clean(v))
    };
    Meta {
        title: get(b"title"),
        date: get(b"created")
            .or_else(|| get(b"modified"))
            .as_deref()
            .and_then(iso_day),
        ..Meta::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `.docx` of `document.xml` (and `core.xml` when given), zipped.
    fn docx(document: &str, core: Option<&str>) -> Vec<u8> {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("word/document.xml", opts).unwrap();
            zip.write_all(document.as_bytes()).unwrap();
            if let Some(core) = core {
                zip.start_file("docProps/core.xml", opts).unwrap();
                zip.write_all(core.as_bytes()).unwrap();
            }
            zip.finish().unwrap();
        }
        out.into_inner()
    }

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// `check(body, expected lines)`: the paragraphs and rows a body reads as.
    fn check(body: &str, expected: &[&str]) {
        let xml =
            format!("<?xml version=\"1.0\"?><w:document {W}><w:body>{body}</w:body></w:document>");
        let x = read(&docx(&xml, None)).expect("a document");
        let got: Vec<&str> = x.paragraphs.iter().map(|(s, _)| s.slice(&x.text)).collect();
        assert_eq!(got, expected);
        assert_eq!(x.meta.places.starts.len(), expected.len());
    }

    #[test]
    fn paragraphs_runs_and_tables() {
        check(
            "<w:p><w:r><w:t>Crews attended </w:t></w:r><w:r><w:t>214 fires.</w:t></w:r></w:p>\
             <w:p><w:r><w:delText>99 fires</w:delText></w:r></w:p>\
             <w:p><w:r><w:t>Tom &amp; Ann&#33;</w:t><w:tab/><w:t>End</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Fires</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>214</w:t></w:r></w:p><w:p><w:r><w:t>(up)</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p><w:r><w:t>Floods</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>57</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            &[
                "Crews attended 214 fires.",
                "Tom & Ann! End",
                "Fires | 214 (up)",
                "Floods | 57",
            ],
        );
    }

    /// An entity a DOCTYPE declares (here an external one, naming a file) is never
    /// resolved: its name is left out, and nothing is read.
    #[test]
    fn external_entities_are_not_resolved() {
        let xml = format!(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\
             <w:document {W}><w:body><w:p><w:r><w:t>Before &xxe; after.</w:t></w:r></w:p></w:body></w:document>"
        );
        let x = read(&docx(&xml, None)).expect("a document");
        assert_eq!(x.text, "Before after.\n");
    }

    #[test]
    fn core_properties_give_title_and_day() {
        let core = "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\" xmlns:dcterms=\"t\">\
            <dc:title>Fire service:  2025</dc:title>\
            <dcterms:created>2026-01-09T09:00:00Z</dcterms:created></cp:coreProperties>";
        let body = format!(
            "<w:document {W}><w:body><w:p><w:r><w:t>Text.</w:t></w:r></w:p></w:body></w:document>"
        );
        let x = read(&docx(&body, Some(core))).expect("a document");
        assert_eq!(x.meta.title.as_deref(), Some("Fire service: 2025"));
        assert_eq!(x.meta.date.as_deref(), Some("2026-01-09"));
    }

    #[test]
    fn what_is_no_word_file() {
        assert!(matches!(
            read(b"PK not a zip"),
            Err(Failure::CorruptDocx(_))
        ));
        assert!(matches!(read(b""), Err(Failure::CorruptDocx(_))));
        let empty = format!("<w:document {W}><w:body><w:p/></w:body></w:document>");
        assert_eq!(read(&docx(&empty, None)).map(|_| ()), Err(Failure::NoText));
    }

    /// The press release pandoc wrote: its paragraphs, its table, its properties.
    #[test]
    fn the_press_release_fixture() {
        let x = read(include_bytes!(
            "../../../tests/data/readers/sources/press-release.docx"
        ))
        .expect("the press release");
        assert!(
            x.text.contains("Fire crews attended 214 fires in 2025"),
            "{}",
            x.text
        );
        assert!(x.text.contains("Floods | 57 | 31"), "{}", x.text);
        assert_eq!(
            x.meta.title.as_deref(),
            Some("Quillmere Fire Service: 2025 in figures")
        );
        assert_eq!(x.meta.date.as_deref(), Some("2026-01-09"));
        assert_eq!(x.meta.places.kind, PlaceKind::Paragraph);
    }
}
