//! A saved web page: the article's main text, without the page around it (menus,
//! share buttons, teasers, reader comments), found by `dom_smoothie` (Mozilla's
//! Readability, the reader view of Firefox); title, date, outlet and URL from the
//! page's `<meta>`, Open Graph and schema.org JSON-LD, as Readability reads them.
//!
//! The page is parsed, never run: its scripts stay text that is thrown away, and
//! nothing it links to (stylesheets, images, frames, the files of its `_files`
//! folder) is fetched or read.

use super::{clean, iso_day, Extracted, Failure, Layout};
use crate::document::{Meta, PlaceKind};
use crate::markdown::BlockKind;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

/// Elements whose content is one paragraph.
const PARAGRAPHS: &[&str] = &[
    "p",
    "li",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "caption",
    "address",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// Elements that end the paragraph of the text around them.
const BREAKS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "table",
    "figure",
    "hr",
    "br",
    "form",
];
/// Elements that hold no reading text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "button", "select", "textarea", "input", "img", "video", "audio", "canvas", "head",
];

/// Fewer characters of main text than this is no article (a page of links, an error
/// page, a consent wall).
const MIN_ARTICLE_CHARS: usize = 80;

pub fn read(bytes: &[u8]) -> Result<Extracted, Failure> {
    let html = decode(bytes);
    let config = Config {
        // A short dispatch or a press release is an article too: Readability's
        // default wants 500 characters before it trusts a candidate.
        char_threshold: 200,
        ..Config::default()
    };
    let mut readability = Readability::new(html.as_str(), None, Some(config))
        .map_err(|e| Failure::NotAPage(e.to_string()))?;
    let article = readability.parse().map_err(|_| Failure::NoMainText)?;
    let mut layout = Layout::new(PlaceKind::Paragraph);
    let content = Document::from(article.content.as_ref());
    let mut pending = String::new();
    walk(&content.root(), &mut layout, &mut pending);
    flush(&mut layout, &mut pending, BlockKind::Paragraph);
    let chars: usize = article
        .text_content
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    if layout.is_empty() || chars < MIN_ARTICLE_CHARS {
        return Err(Failure::NoMainText);
    }
    let url = article
        .url
        .clone()
        .or_else(|| og_url(&html))
        .or_else(|| saved_from(&html));
    let meta = Meta {
        title: clean(&article.title),
        date: article.published_time.as_deref().and_then(iso_day),
        outlet: article.site_name.as_deref().and_then(clean),
        url: url.as_deref().and_then(clean),
        ..Meta::default()
    };
    Ok(layout.finish(meta))
}

/// The page's text: UTF-8 as most pages are, else the encoding its `charset` names,
/// else Windows-1252 (what browsers assume of an old page).
fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let label = head.split("charset=").nth(1).map(|rest| {
        rest.trim_start_matches(['"', '\''])
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .next()
            .unwrap_or("")
            .to_string()
    });
    let encoding = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::WINDOWS_1252);
    encoding.decode(bytes).0.into_owned()
}

/// The page's Open Graph address (`<meta property="og:url" content="…">`), which
/// Readability does not report.
fn og_url(html: &str) -> Option<String> {
    static OG_URL: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?i)<meta\s+property\s*=\s*["']og:url["']\s+content\s*=\s*["']([^"']+)["']"#,
        )
        .ok()
    });
    let re = OG_URL.as_ref()?;
    re.captures(html.get(..html.len().min(65536))?)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// The address a browser's "Save as" notes in the page: `<!-- saved from url=(0064)https://… -->`.
fn saved_from(html: &str) -> Option<String> {
    let at = html.get(..html.len().min(4096))?.find("saved from url=(")?;
    let rest = &html[at..];
    let start = rest.find(')')? + 1;
    let end = rest.find("-->")?;
    rest.get(start..end).map(|u| u.trim().to_string())
}

/// Lay out `node`'s content: a paragraph element is one paragraph, a table row one
/// row; text between blocks gathers in `pending` until a block ends it.
fn walk(node: &NodeRef, layout: &mut Layout, pending: &mut String) {
    for child in node.children() {
        if child.is_text() {
            pending.push_str(&child.text());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.as_str();
        if SKIPPED.contains(&name) {
            continue;
        }
        if HEADINGS.contains(&name) || PARAGRAPHS.contains(&name) {
            flush(layout, pending, BlockKind::Paragraph);
            let kind = if HEADINGS.contains(&name) {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
            let mut text = String::new();
            inline_text(&child, &mut text);
            layout.paragraph(&text, kind);
        } else if name == "tr" {
            flush(layout, pending, BlockKind::Paragraph);
            let cells: Vec<String> = child
                .children()
                .into_iter()
                .filter(|c| {
                    c.node_name().is_some_and(|n| {
                        n.eq_ignore_ascii_case("td") || n.eq_ignore_ascii_case("th")
                    })
                })
                .map(|c| {
                    let mut t = String::new();
                    inline_text(&c, &mut t);
                    t.split_whitespace().collect::<Vec<_>>().join(" ")
                })
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                layout.paragraph(&cells.join(" | "), BlockKind::TableRow);
            }
        } else if BREAKS.contains(&name) || name == "tbody" || name == "thead" {
            flush(layout, pending, BlockKind::Paragraph);
            walk(&child, layout, pending);
            flush(layout, pending, BlockKind::Paragraph);
        } else {
            // Inline (a link, emphasis, a span): its words join the text around it.
            walk(&child, layout, pending);
        }
    }
}

/// The words of an element, without those of what holds no reading text; a line
/// break is a space.
fn inline_text(node: &NodeRef, out: &mut String) {
    for child in node.children() {
        if child.is_text() {
            out.push_str(&child.text());
        } else if child.is_element() {
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if name == "br" {
                out.push(' ');
            } else if !SKIPPED.contains(&name.as_str()) {
                inline_text(&child, out);
            }
        }
    }
}

fn flush(layout: &mut Layout, pending: &mut String, kind: BlockKind) {
    layout.paragraph(pending, kind);
    pending.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(html, paragraphs, (title, date, outlet, url))`: the paragraphs read
    /// from a page, and its metadata.
    fn check(html: &str, paragraphs: &[&str], meta: [Option<&str>; 4]) {
        let x = read(html.as_bytes()).expect("an article");
        let got: Vec<&str> = x.paragraphs.iter().map(|(s, _)| s.slice(&x.text)).collect();
        assert_eq!(got, paragraphs);
        let m = &x.meta;
        assert_eq!(
            [&m.title, &m.date, &m.outlet, &m.url].map(|v| v.as_deref()),
            meta
        );
        assert_eq!(m.places.starts.len(), paragraphs.len());
    }

    const BODY: &str = "<p>The ferry between the two islands carried 41,000 passengers last \
        year, the harbour office said on Monday in its yearly count of crossings.</p>\
        <p>Its owner plans a second boat for the summer, when crossings double, and \
        will ask the regional council for help with the cost of the new pier.</p>";

    #[test]
    fn the_article_and_its_metadata() {
        let page = format!(
            "<html><head><title>Ferry | The Isle Post</title>\
             <meta property=\"og:title\" content=\"Ferry numbers up\">\
             <meta property=\"og:site_name\" content=\"The Isle Post\">\
             <meta property=\"og:url\" content=\"https://post.example/ferry\">\
             <meta property=\"article:published_time\" content=\"2026-04-02T08:00:00Z\">\
             <script>document.write('<p>Injected 99 passengers.</p>')</script></head>\
             <body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>\
             <article><h1>Ferry numbers up</h1>{BODY}</article>\
             <footer>© The Isle Post</footer></body></html>"
        );
        check(
            &page,
            &[
                "The ferry between the two islands carried 41,000 passengers last year, the harbour office said on Monday in its yearly count of crossings.",
                "Its owner plans a second boat for the summer, when crossings double, and will ask the regional council for help with the cost of the new pier.",
            ],
            [
                Some("Ferry numbers up"),
                Some("2026-04-02"),
                Some("The Isle Post"),
                Some("https://post.example/ferry"),
            ],
        );
    }

    #[test]
    fn json_ld_names_the_date_and_the_outlet() {
        let page = format!(
            "<html><head><title>Ferry</title><script type=\"application/ld+json\">\
             {{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
             \"headline\":\"Ferry numbers up\",\"datePublished\":\"2026-04-03\",\
             \"publisher\":{{\"@type\":\"Organization\",\"name\":\"Isle Radio\"}}}}\
             </script></head><body><div class=\"story\">{BODY}</div></body></html>"
        );
        let x = read(page.as_bytes()).expect("an article");
        assert_eq!(x.meta.date.as_deref(), Some("2026-04-03"));
        assert_eq!(x.meta.outlet.as_deref(), Some("Isle Radio"));
        assert_eq!(x.meta.title.as_deref(), Some("Ferry numbers up"));
    }

    #[test]
    fn a_page_of_links_has_no_article() {
        for page in [
            "<html><body><nav><a href=\"/a\">News</a> <a href=\"/b\">Sport</a></nav></body></html>",
            "",
            "<html><body><p>Short.</p></body></html>",
        ] {
            let err = read(page.as_bytes()).expect_err(page);
            assert_eq!(err, Failure::NoMainText, "{page}");
        }
    }

    #[test]
    fn a_page_in_latin_1_is_read() {
        let page = format!(
            "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{e9}</title></head>\
             <body><article>{BODY}<p>Le caf\u{e9} du port ouvre \u{e0} 7 heures.</p></article></body></html>"
        );
        let bytes: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
        let x = read(&bytes).expect("an article");
        assert!(
            x.text.contains("Le café du port ouvre à 7 heures."),
            "{}",
            x.text
        );
    }

    #[test]
    fn the_address_a_saved_page_notes() {
        assert_eq!(
            saved_from("<!DOCTYPE html>\n<!-- saved from url=(0024)https://a.example/story -->")
                .as_deref(),
            Some("https://a.example/story")
        );
        assert_eq!(saved_from("<html>"), None);
    }

    /// The page saved from a browser (tests/data/readers): the article, not its
    /// menus, share buttons, comments, script output or advert frame.
    #[test]
    fn the_saved_page_fixture() {
        let x = read(include_bytes!(
            "../../../tests/data/readers/sources/bridge.html"
        ))
        .expect("an article");
        assert!(
            x.text.contains("The repairs cost 4.2 million euros"),
            "{}",
            x.text
        );
        for absent in [
            "9 million",
            "5,000 cars",
            "12 million",
            "Share on",
            "Most read",
            "30,000",
        ] {
            assert!(!x.text.contains(absent), "{absent} in {}", x.text);
        }
        assert_eq!(x.meta.date.as_deref(), Some("2026-02-14"));
        assert_eq!(x.meta.outlet.as_deref(), Some("The Lowfield Courier"));
        assert!(x
            .meta
            .url
            .as_deref()
            .is_some_and(|u| u.contains("quillmere-harbour-bridge")));
    }
}
