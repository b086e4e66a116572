//! A PDF: the text layer of each page, so evidence is cited by its page (`p. 3`);
//! title and date from the document's Info dictionary, else its XMP packet.
//!
//! lopdf parses the file's objects and says when it is encrypted; pdf-extract (on
//! lopdf) turns each page's content stream into text, with the fonts' encodings and
//! CMaps applied. Both are pure Rust, so nothing is to be installed beside Recoupe
//! (poppler's `pdftotext` would be), and they are kept up to date together. pdf-extract
//! can panic on a malformed page: `readers::read` catches that.
//!
//! A PDF is never run: its JavaScript, forms, links and embedded files are objects
//! that are not read.

use super::{clean, iso_day, Extracted, Failure, Layout};
use crate::document::{Meta, PlaceKind};
use crate::markdown::BlockKind;
use lopdf::{Document, Object};
use pdf_extract::{output_doc_page, PlainTextOutput};

/// A page with fewer letters than this has no text layer worth the name (a scan may
/// carry a page number or a stray mark as text).
const MIN_PAGE_LETTERS: usize = 20;

pub fn read(bytes: &[u8]) -> Result<Extracted, Failure> {
    let mut doc = Document::load_mem(bytes).map_err(|e| corrupt_or_encrypted(&e))?;
    if doc.is_encrypted() {
        // A PDF locked only against editing opens with the empty user password; one
        // that needs a password to be read is not read.
        doc.decrypt("").map_err(|_| Failure::EncryptedPdf)?;
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(Failure::CorruptPdf("no pages".into()));
    }
    let mut layout = Layout::new(PlaceKind::Page);
    let mut letters = 0;
    for &number in pages.keys() {
        layout.page();
        let mut text = String::new();
        {
            let mut out = PlainTextOutput::new(&mut text);
            // A page that cannot be read leaves its page empty; the others still count.
            let _ = output_doc_page(&doc, &mut out, number);
        }
        letters += text.chars().filter(|c| c.is_alphabetic()).count();
        for paragraph in paragraphs(&text) {
            layout.paragraph(&paragraph, BlockKind::Paragraph);
        }
    }
    if letters < MIN_PAGE_LETTERS || layout.is_empty() {
        return Err(Failure::ScannedPdf);
    }
    Ok(layout.finish(info(&doc)))
}

/// lopdf's error, as the writer's warning: a file that needs a password to be parsed
/// at all is encrypted, anything else is damaged.
fn corrupt_or_encrypted(e: &lopdf::Error) -> Failure {
    let words = e.to_string();
    if words.to_ascii_lowercase().contains("decrypt") || words.contains("password") {
        Failure::EncryptedPdf
    } else {
        Failure::CorruptPdf(words)
    }
}

/// A page's text as paragraphs: pdf-extract writes a line per line of print and an
/// empty line where the gap between lines is wider than a line's; a paragraph is the
/// lines between empty ones, joined (a word split by a hyphen at a line's end is
/// joined whole).
fn paragraphs(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in page.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if current.ends_with('-')
            && current
                .chars()
                .rev()
                .nth(1)
                .is_some_and(char::is_alphabetic)
            && line.chars().next().is_some_and(char::is_lowercase)
        {
            current.pop();
        } else if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Title and date from the Info dictionary (`/Title`, `/CreationDate`, else
/// `/ModDate`).
fn info(doc: &Document) -> Meta {
    let dict = doc.trailer.get(b"Info").ok().and_then(|o| match o {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    });
    let text = |key: &[u8]| -> Option<String> {
        let value = dict?.get(key).ok()?;
        let value = match value {
            Object::Reference(id) => doc.get_object(*id).ok()?,
            v => v,
        };
        match value {
            Object::String(bytes, _) => clean(&text_string(bytes)),
            _ => None,
        }
    };
    let xmp = xmp(doc);
    let from_xmp = |tag: &str| xmp.as_deref().and_then(|x| xmp_value(x, tag));
    Meta {
        title: text(b"Title").or_else(|| from_xmp("dc:title")),
        date: text(b"CreationDate")
            .or_else(|| text(b"ModDate"))
            .or_else(|| from_xmp("xmp:CreateDate"))
            .or_else(|| from_xmp("xmp:ModifyDate"))
            .as_deref()
            .and_then(iso_day),
        ..Meta::default()
    }
}

/// The XMP packet of the catalog's `/Metadata` stream, where a PDF/A or a PDF 2.0
/// file keeps its title and dates instead of (or as well as) its Info dictionary.
fn xmp(doc: &Document) -> Option<String> {
    let id = doc
        .catalog()
        .ok()?
        .get(b"Metadata")
        .ok()?
        .as_reference()
        .ok()?;
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8(bytes).ok()
}

/// The text of the first `tag` of an XMP packet (`<xmp:CreateDate>2026-03-20</…>`),
/// or of its first `rdf:li` (`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">…`),
/// with the five XML escapes undone; or the attribute `tag="…"` (XMP's short form).
fn xmp_value(xmp: &str, tag: &str) -> Option<String> {
    let unescape = |v: &str| {
        v.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    if let Some(at) = xmp.find(&format!("<{tag}")) {
        let rest = &xmp[at..];
        let end = rest.find(&format!("</{tag}>"))?;
        let inner = &rest[rest.find('>')? + 1..end];
        let inner = match inner.find("<rdf:li") {
            Some(li) => {
                let li = &inner[li..];
                &li[li.find('>')? + 1..li.find("</rdf:li>")?]
            }
            None => inner,
        };
        return clean(&unescape(inner));
    }
    let at = xmp.find(&format!("{tag}=\""))? + tag.len() + 2;
    let len = xmp[at..].find('"')?;
    clean(&unescape(&xmp[at..at + len]))
}

/// A PDF text string: UTF-16BE after its byte-order mark, else PDFDocEncoding (Latin-1
/// for the letters a title uses).
fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/readers")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// `check(file, expected)`: what the PDF fixture reads as, or why it cannot be.
    fn check(name: &str, expected: Result<(), Failure>) {
        let got = read(&fixture(name)).map(|_| ());
        match (&got, &expected) {
            (Err(Failure::CorruptPdf(_)), Err(Failure::CorruptPdf(_))) => {}
            _ => assert_eq!(got, expected, "{name}"),
        }
    }

    #[test]
    fn bad_pdfs_say_why() {
        check("sources/report.pdf", Ok(()));
        check("bad/encrypted.pdf", Err(Failure::EncryptedPdf));
        check("bad/corrupt.pdf", Err(Failure::CorruptPdf(String::new())));
        check("bad/scanned.pdf", Err(Failure::ScannedPdf));
        let read_as = |bytes: &[u8]| read(bytes).map(|_| ());
        assert!(matches!(read_as(b""), Err(Failure::CorruptPdf(_))));
        assert!(matches!(
            read_as(b"%PDF-1.7\n%%EOF"),
            Err(Failure::CorruptPdf(_))
        ));
    }

    /// The report printed by LibreOffice: three pages, each paragraph on its page, and
    /// the title and day of its Info dictionary.
    #[test]
    fn the_report_keeps_its_pages() {
        let x = read(&fixture("sources/report.pdf")).expect("the report");
        assert_eq!(x.meta.places.kind, PlaceKind::Page);
        assert_eq!(x.meta.places.starts.len(), 3, "{:?}", x.meta.places);
        let page_of = |needle: &str| {
            let at = x
                .text
                .find(needle)
                .unwrap_or_else(|| panic!("{needle} in {}", x.text));
            x.meta
                .places
                .starts
                .partition_point(|s| (*s as usize) <= at)
        };
        assert_eq!(page_of("met eleven times"), 1);
        assert_eq!(page_of("replaced 37 kilometres of pipes"), 2);
        assert_eq!(page_of("11.6 million euros"), 3);
        assert_eq!(
            x.meta.title.as_deref(),
            Some("Quillmere Water Board: Annual Report 2025")
        );
        assert_eq!(x.meta.date.as_deref(), Some("2026-03-20"));
    }

    /// A PDF with no Info dictionary takes its title and day from its XMP packet.
    #[test]
    fn xmp_gives_title_and_date() {
        let packet = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description \
            xmp:ModifyDate=\"2026-05-02T10:00:00Z\">\
            <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Harbour  dues &amp; fees</rdf:li></rdf:Alt></dc:title>\
            </rdf:Description></rdf:RDF></x:xmpmeta>";
        assert_eq!(
            xmp_value(packet, "dc:title").as_deref(),
            Some("Harbour dues & fees")
        );
        assert_eq!(
            xmp_value(packet, "xmp:ModifyDate").as_deref(),
            Some("2026-05-02T10:00:00Z")
        );
        assert_eq!(xmp_value(packet, "xmp:CreateDate"), None);
        let long = "<xmp:CreateDate>2026-04-30T08:00:00+02:00</xmp:CreateDate>";
        assert_eq!(
            xmp_value(long, "xmp:CreateDate").as_deref(),
            Some("2026-04-30T08:00:00+02:00")
        );
        // Through a real file: one lopdf writes, with the packet as its catalog's
        // Metadata stream and no Info dictionary.
        use lopdf::{dictionary, Stream};
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let content =
            b"BT /F1 12 Tf 72 720 Td (The harbour dues rose by 4 percent in the year.) Tj ET";
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            }),
        );
        let metadata = doc.add_object(Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            packet.as_bytes().to_vec(),
        ));
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog", "Pages" => pages_id, "Metadata" => metadata,
        });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("pdf");
        let x = read(&bytes).expect("the PDF");
        assert_eq!(x.meta.title.as_deref(), Some("Harbour dues & fees"));
        assert_eq!(x.meta.date.as_deref(), Some("2026-05-02"));
        assert!(x.text.contains("rose by 4 percent"), "{}", x.text);
    }

    #[test]
    fn lines_become_paragraphs() {
        assert_eq!(
            paragraphs("The board re-\nplaced pipes.\n\n\nLeaks fell.\n"),
            ["The board replaced pipes.", "Leaks fell."]
        );
        assert_eq!(paragraphs("A well-\nKnown name"), ["A well- Known name"]);
        assert!(paragraphs("\n \n").is_empty());
    }
}
