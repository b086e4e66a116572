//! Markdown escaping happens once, where markdown is made, and only where it is
//! needed: a source's file name is written as it is in the plain-text diagnostic,
//! and in the hover's markdown escaped exactly where a reader would otherwise see
//! markup (`_brouillon_.txt` as `\_brouillon\_.txt`; `004_71d0.txt`, whose
//! underscore is inside a word, untouched, so that a client showing the markdown
//! as written shows no backslash).

mod lsp_support;

use lsp_support::*;
use pulldown_cmark::{Event, Parser};
use recoupe::lsp::Engine;
use serde_json::json;

const SOURCE: &str =
    "Le maire de Brelinges, Odile Parvaz, a annoncé que 4 000 agents étaient mobilisés.\n";
const DRAFT: &str =
    "Le maire de Brelinges, Odile Parvaz, a annoncé que 3 000 agents étaient mobilisés.\n";

/// The text a markdown reader gets out of `md`, markup left out.
fn rendered(md: &str) -> String {
    Parser::new(md)
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.to_string()),
            Event::SoftBreak | Event::HardBreak => Some(" ".to_string()),
            _ => None,
        })
        .collect()
}

/// With the source named `file`, the contradicted figure's diagnostic cites `file`
/// as it is, and its hover (over the real engine, in memory) holds `in_hover`.
fn check(file: &str, in_hover: &str) {
    let ws = TempDir::new("escaping");
    std::fs::create_dir_all(ws.join("sources")).expect("sources");
    std::fs::write(ws.join("sources").join(file), SOURCE).expect("source");
    std::fs::write(ws.join("recoupe.toml"), "corpus = [\"sources\"]\n").expect("config");
    let mut lsp = Lsp::in_memory(Engine::Real);
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("brouillon_1.md"));
    lsp.open(&uri, DRAFT);
    let diags = lsp.diagnostics(0, &uri, 1);
    let cited = format!("({file}:1)");
    let d = diags
        .iter()
        .find(|d| d["code"] == "contradicted")
        .unwrap_or_else(|| panic!("no contradiction: {diags:?}"));
    let message = d["message"].as_str().unwrap_or("");
    assert!(message.contains(&cited), "{message:?} lacks {cited:?}");
    assert!(
        !message.contains('\\'),
        "a plain-text message escaped: {message:?}"
    );
    let related = d["relatedInformation"][0]["message"].as_str().unwrap_or("");
    assert!(related.starts_with(&format!("{file}: ")), "{related:?}");

    let (a, _) = find(DRAFT, "3 000", 0);
    let h = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(DRAFT, a + 1, false)}),
    );
    let md = h["result"]["contents"]["value"].as_str().unwrap_or("");
    assert_eq!(h["result"]["contents"]["kind"], "markdown");
    assert!(md.contains(in_hover), "hover lacks {in_hover:?}: {md:?}");
    assert!(!md.contains("\\\\"), "escaped twice: {md:?}");
    // Read as markdown, the hover says what the message says.
    assert!(
        rendered(md).contains(&cited),
        "{md:?} renders as {:?}",
        rendered(md)
    );
    assert!(lsp.shutdown());
}

#[test]
fn a_file_name_is_escaped_once_in_hovers_where_needed_and_never_in_messages() {
    check("004_71d0.txt", "(004_71d0.txt:1)");
    check("_brouillon_.txt", "(\\_brouillon\\_.txt:1)");
}
