//! LSP round trips over the stdio of the built binary (`recoupe lsp`), with the
//! real engine: the lifecycle, the framing, and the example draft's contradiction.

mod lsp_support;

use lsp_support::*;
use serde_json::{json, Value};

#[test]
fn stdio_lifecycle_survives_malformed_frames_and_exits_cleanly() {
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[]);
    let mut lsp = Lsp::stdio(&ws);
    let r = lsp.initialize(&ws, utf16_caps());
    assert_eq!(r["result"]["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(r["result"]["serverInfo"]["name"], "recoupe");
    // (raw frame, expected error code): a truncated body, then a body that is JSON
    // but not JSON-RPC; the server must answer both and keep serving
    let bad: [(&[u8], i64); 2] = [
        (
            b"Content-Length: 25\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,",
            -32700,
        ),
        (b"Content-Length: 8\r\n\r\n{\"id\":5}", -32600),
    ];
    for (frame, code) in bad {
        lsp.raw(frame);
        let id = if code == -32600 {
            json!(5)
        } else {
            Value::Null
        };
        assert_eq!(lsp.wait_response(id)["error"]["code"], code);
    }
    let uri = file_uri(&ws.join("nothing.md"));
    let r = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(r["result"].is_null() && r.get("error").is_none(), "{r}");
    assert!(lsp.shutdown(), "exit after shutdown must end with status 0");
}

#[test]
fn stdio_example_draft_gets_versioned_diagnostics() {
    let text = example_draft();
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("draft.md", &text)]);
    let mut lsp = Lsp::stdio(&ws);
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, &text);
    let diags = lsp.diagnostics(0, &uri, 1);
    // Every diagnostic is ours, sits on whole words, and carries a known code.
    for d in &diags {
        assert_eq!(d["source"], "recoupe");
        assert!(
            [
                "contradicted",
                "misquoted",
                "unattributed",
                "disputed",
                "unsupported"
            ]
            .contains(&d["code"].as_str().unwrap_or("")),
            "{d}"
        );
    }
    // With the engine in place, "4 200 foyers" is contradicted by "2 400 foyers".
    let contradicted = diags
        .iter()
        .find(|d| d["code"] == "contradicted")
        .unwrap_or_else(|| panic!("no contradicted diagnostic in {diags:?}"));
    let (a, _) = find(&text, "4 200", 0);
    assert_eq!(contradicted["range"]["start"], position(&text, a, false));
    assert!(lsp.shutdown());
}

/// The titles of the code actions on the first occurrence of `needle`.
fn action_titles(lsp: &mut Lsp, uri: &str, text: &str, needle: &str) -> Vec<String> {
    let r = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(text, find(text, needle, 0), false),
               "context": {"diagnostics": []}}),
    );
    r["result"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a["title"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn the_language_setting_writes_figure_fixes_and_attributions_alike() {
    // A French draft with a figure to correct (written without a thousands separator,
    // so the fix takes the draft's language) and a figure to attribute.
    let draft = "Dans la nuit de dimanche, 14000 foyers ont été évacués à Valmont, selon la \
                 préfecture.\n\nLes dégâts dépassent 40 millions d'euros.\n";
    let source = "Selon la préfecture, 12 000 foyers ont été évacués à Valmont dans la nuit \
                  de dimanche.\n\nSelon la fédération des assureurs, les dégâts dépassent 40 \
                  millions d'euros.\n";
    // (language setting, the figure fix, the attribution's words): both in the
    // language the setting names, or in the draft's own under `auto`, and so are
    // the titles around them.
    let cases = [
        (
            "auto",
            "Remplacer par «\u{a0}12\u{a0}000\u{a0}»",
            "Attribuer\u{a0}: selon ",
        ),
        (
            "fr",
            "Remplacer par «\u{a0}12\u{a0}000\u{a0}»",
            "Attribuer\u{a0}: selon ",
        ),
        (
            "en",
            "Replace with « 12,000 »",
            "Add attribution: according to ",
        ),
    ];
    for (language, figure_fix, attribution) in cases {
        let config = format!("corpus = [\"mine\"]\nlanguage = \"{language}\"\n");
        let ws = workspace(Some(&config), &[("draft.md", draft)]);
        std::fs::create_dir_all(ws.join("mine")).expect("corpus folder");
        std::fs::write(ws.join("mine/depeche.md"), source).expect("corpus file");
        let mut lsp = Lsp::stdio(&ws);
        lsp.initialize(&ws, utf16_caps());
        let uri = file_uri(&ws.join("draft.md"));
        lsp.open(&uri, draft);
        lsp.diagnostics(0, &uri, 1);
        let figure = action_titles(&mut lsp, &uri, draft, "14000");
        assert!(
            figure.iter().any(|t| t.starts_with(figure_fix)),
            "{language}: {figure:?}"
        );
        let unattributed = action_titles(&mut lsp, &uri, draft, "40 millions");
        assert!(
            unattributed.iter().any(|t| t.starts_with(attribution)),
            "{language}: {unattributed:?}"
        );
        assert!(lsp.shutdown());
    }
}
