//! Every diagnostic's `codeDescription` links to the section of docs/claims.md that
//! explains its code: the link's anchor is one GitHub gives a heading of that file.

mod lsp_support;

use lsp_support::*;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use recoupe::verify::Verdict;
use std::collections::HashMap;
use std::path::Path;

/// The anchors GitHub gives the headings of `md`: the heading's text in lower
/// case, without punctuation other than `-` and `_`, spaces as `-`; a repeated
/// one gets `-1`, `-2`...
fn anchors(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut heading: Option<String> = None;
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = heading.take().unwrap_or_default();
                let slug: String = text
                    .to_lowercase()
                    .chars()
                    .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
                    .map(|c| if c == ' ' { '-' } else { c })
                    .collect();
                let n = seen.entry(slug.clone()).or_insert(0);
                out.push(if *n == 0 { slug } else { format!("{slug}-{n}") });
                *n += 1;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_anchor_rules_are_githubs() {
    let check = |md: &str, expected: &[&str]| assert_eq!(anchors(md), expected, "{md:?}");
    check("# The verdicts\n", &["the-verdicts"]);
    check("## `contradicted`\n", &["contradicted"]);
    check(
        "## Across languages\n\n## Across languages\n",
        &["across-languages", "across-languages-1"],
    );
    check(
        "## How a claim is read: its frame\n",
        &["how-a-claim-is-read-its-frame"],
    );
}

#[test]
fn every_code_links_to_its_heading_in_claims_md() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/claims.md"))
        .expect("docs/claims.md");
    let headings = anchors(&doc);
    // One figure per verdict, each in a sentence of its own.
    let figures = ["101", "102", "103", "104", "105", "106"];
    let rules: Vec<Rule> = Verdict::CODED
        .iter()
        .zip(figures)
        .map(|(v, figure)| Rule {
            figure,
            verdict: *v,
            source_value: None,
            speaker: None,
            fix: None,
        })
        .collect();
    let text: String = figures.iter().map(|f| format!("Il y en a {f}. ")).collect();
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("note.md", &text)]);
    let mut lsp = Lsp::in_memory(fake_engine(rules));
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("note.md"));
    lsp.open(&uri, &text);
    let diags = lsp.diagnostics(0, &uri, 1);
    assert_eq!(diags.len(), Verdict::CODED.len(), "{diags:?}");
    for d in &diags {
        let code = d["code"].as_str().unwrap_or("");
        let href = d["codeDescription"]["href"].as_str().unwrap_or("");
        let (page, anchor) = href.split_once('#').unwrap_or((href, ""));
        assert!(
            page.starts_with("https://") && page.ends_with("/blob/main/docs/claims.md"),
            "{code}: {href}"
        );
        assert_eq!(anchor, code, "{code}: its own section, {href}");
        assert!(
            headings.iter().any(|h| h == anchor),
            "{href}: no heading of docs/claims.md has the anchor {anchor:?} ({headings:?})"
        );
    }
    assert!(lsp.shutdown());
}
