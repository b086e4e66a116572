//! LSP round trips in memory, on a stand-in engine: what an editor sees for each
//! request, independent of the real verifier's verdicts.

mod lsp_support;

use lsp_support::*;
use recoupe::lsp::Engine;
use recoupe::verify::Verdict;
use serde_json::{json, Value};

use std::time::Duration;

/// A server on the example corpus with the draft open, its diagnostics received.
fn opened(text: &str, caps: Value) -> (Lsp, String, Vec<Value>, Ws) {
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("draft.md", text)]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.initialize(&ws, caps);
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, text);
    let diags = lsp.diagnostics(0, &uri, 1);
    (lsp, uri, diags, ws)
}

#[test]
fn initialize_negotiates_encoding_and_incremental_sync() {
    // (offered encodings, expected)
    for (offered, want) in [
        (json!(["utf-16"]), "utf-16"),
        (json!(["utf-8", "utf-16"]), "utf-8"),
        (json!(null), "utf-16"),
    ] {
        let ws = workspace(Some("corpus = [\"sources\"]\n"), &[]);
        let mut lsp = Lsp::in_memory(fake_engine(vec![]));
        let r = lsp.initialize(&ws, json!({"general": {"positionEncodings": offered}}));
        let caps = &r["result"]["capabilities"];
        assert_eq!(caps["positionEncoding"], want, "offered {offered}");
        assert_eq!(caps["textDocumentSync"]["change"], 2);
        assert_eq!(caps["hoverProvider"], true);
        assert_eq!(caps["definitionProvider"], true);
        assert!(caps["codeActionProvider"].is_object());
        assert!(caps["diagnosticProvider"].is_object());
        assert!(lsp.shutdown());
    }
}

#[test]
fn did_open_publishes_versioned_diagnostics_with_evidence() {
    let text = example_draft();
    let (lsp, _, diags, _ws) = opened(&text, utf16_caps());
    let mut got = codes(&diags);
    got.sort();
    assert_eq!(got, ["contradicted", "unattributed"]);
    let d = diags
        .iter()
        .find(|d| d["code"] == "contradicted")
        .cloned()
        .unwrap_or_default();
    assert_eq!(d["range"], range(&text, find(&text, "4 200", 0), false));
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "recoupe");
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap_or("")
        .ends_with("/docs/claims.md#contradicted"));
    let rel = &d["relatedInformation"][0];
    assert!(rel["location"]["uri"]
        .as_str()
        .unwrap_or("")
        .ends_with("sources/inondations-1.md"));
    assert!(rel["message"].as_str().unwrap_or("").contains("2 400"));
    // the sentence range in the source starts on its line (line 5, after front matter)
    assert_eq!(rel["location"]["range"]["start"]["line"], 5);
    // the corpus loaded with progress: created, begun and ended
    assert!(lsp
        .server_requests
        .iter()
        .any(|r| r["method"] == "window/workDoneProgress/create"));
    let kinds: Vec<&str> = lsp
        .notes
        .iter()
        .filter(|n| n["method"] == "$/progress")
        .filter_map(|n| n["params"]["value"]["kind"].as_str())
        .collect();
    assert_eq!(kinds.first(), Some(&"begin"), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&"end"), "{kinds:?}");
    assert!(lsp.shutdown());
}

#[test]
fn hover_cites_sources_on_any_checked_claim_and_is_null_elsewhere() {
    let text = example_draft();
    let (mut lsp, uri, _, _ws) = opened(&text, utf16_caps());
    // (text under the cursor, offset into it, expected substrings; empty = null)
    let cases: [(&str, usize, &[&str]); 5] = [
        (
            "4 200",
            2,
            &[
                "contradicted",
                "**2 400**",
                "`inondations-1.md`",
                "2025-01-27",
                "Écho du Maine",
            ],
        ),
        ("4 200", 5, &["contradicted"]),
        ("350", 1, &["confirmé", "`inondations-1.md`", "Concorde"]),
        ("40 millions", 3, &["unattributed", "inondations-2.md"]),
        ("sort de son lit", 3, &[]),
    ];
    for (needle, into, want) in cases {
        let (a, _) = find(&text, needle, 0);
        let r = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": position(&text, a + into, false)}),
        );
        let value = r["result"]["contents"]["value"].as_str().unwrap_or("");
        if want.is_empty() {
            assert!(
                r["result"].is_null(),
                "hover on {needle:?} should be null: {r}"
            );
        }
        for w in want {
            assert!(
                value.contains(w),
                "hover on {needle:?} lacks {w:?}: {value}"
            );
        }
    }
    assert!(lsp.shutdown());
}

#[test]
fn code_actions_make_minimal_edits() {
    let text = example_draft();
    let (mut lsp, uri, diags, _ws) = opened(&text, utf16_caps());
    let contradicted = diags
        .iter()
        .find(|d| d["code"] == "contradicted")
        .cloned()
        .unwrap_or_default();
    let r = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": contradicted["range"],
               "context": {"diagnostics": [contradicted]}}),
    );
    let actions = r["result"].as_array().cloned().unwrap_or_default();
    let by_title = |t: &str| {
        actions
            .iter()
            .find(|a| a["title"].as_str().unwrap_or("").starts_with(t))
            .cloned()
            .unwrap_or_else(|| panic!("no action {t:?} in {actions:?}"))
    };
    // (title prefix, expected text after applying, preferred)
    let (claim, end) = find(&text, "4 200", 0);
    let sentence_end = text[claim..]
        .find("préfecture.")
        .map(|i| claim + i + "préfecture".len() + 1)
        .unwrap_or(0);
    let cases = [
        (
            "Remplacer par",
            format!("{}2 400{}", &text[..claim], &text[end..]),
            Some(true),
        ),
        (
            "Ignorer cette affirmation",
            format!(
                "{} <!-- recoupe-ignore -->{}",
                &text[..sentence_end],
                &text[sentence_end..]
            ),
            None,
        ),
    ];
    for (title, want, preferred) in cases {
        let a = by_title(title);
        let edits = a["edit"]["changes"][&uri]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(apply(&text, &edits), want, "{title}");
        assert_eq!(a["kind"], "quickfix");
        if let Some(p) = preferred {
            assert_eq!(a["isPreferred"], p);
        }
        assert_eq!(a["diagnostics"][0]["code"], "contradicted");
    }
    // only=quickfix leaves the citation (a rewrite) out
    let r = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": contradicted["range"],
               "context": {"diagnostics": [], "only": ["quickfix"]}}),
    );
    let kinds: Vec<Value> = r["result"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|a| a["kind"].clone())
        .collect();
    assert!(
        !kinds.is_empty() && kinds.iter().all(|k| k == "quickfix"),
        "{kinds:?}"
    );

    // unattributed: "Add attribution" inserts ", selon X" before the full stop
    let (a, b) = find(&text, "40 millions", 0);
    let r = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(&text, (a, b), false), "context": {"diagnostics": []}}),
    );
    let actions = r["result"].as_array().cloned().unwrap_or_default();
    let attr = actions
        .iter()
        .find(|a| a["title"].as_str().unwrap_or("").starts_with("Attribuer"))
        .cloned()
        .unwrap_or_default();
    let edits = attr["edit"]["changes"][&uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        apply(&text, &edits).contains("40 millions d'euros, selon la fédération des assureurs.")
    );
    let cite = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap_or("")
                .starts_with("Insérer la référence")
        })
        .cloned()
        .unwrap_or_default();
    let edits = cite["edit"]["changes"][&uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let cited = apply(&text, &edits);
    assert!(cited.contains("40 millions[^1] d'euros"), "{cited}");
    assert!(
        cited.trim_end().ends_with("ligne 6.")
            && cited.contains("\n[^1]: inondations-2.md, Inondations"),
        "{cited}"
    );
    assert!(lsp.shutdown());
}

#[test]
fn definition_opens_the_evidence_sentence() {
    let text = example_draft();
    let (mut lsp, uri, _, _ws) = opened(&text, utf16_caps());
    let (a, _) = find(&text, "4 200", 0);
    let r = lsp.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri}, "position": position(&text, a + 1, false)}),
    );
    let loc = &r["result"][0];
    assert!(
        loc["uri"]
            .as_str()
            .unwrap_or("")
            .ends_with("inondations-1.md"),
        "{r}"
    );
    assert_eq!(loc["range"]["start"]["line"], 5);
    assert!(lsp.shutdown());
}

#[test]
fn did_change_with_multibyte_text_moves_diagnostics() {
    // (encoding offered, utf8 columns)
    for (offered, utf8) in [("utf-16", false), ("utf-8", true)] {
        let text = example_draft();
        let caps = json!({"general": {"positionEncodings": [offered]}});
        let (mut lsp, uri, _, _ws) = opened(&text, caps);
        let (a, _) = find(&text, "4 200", 0);
        let insert = "😀 déjà 𝄞 ";
        let skip = lsp.notes.len();
        lsp.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2},
                   "contentChanges": [{"range": range(&text, (a, a), utf8), "text": insert}]}),
        );
        let new = format!("{}{insert}{}", &text[..a], &text[a..]);
        let diags = lsp.diagnostics(skip, &uri, 2);
        let d = diags
            .iter()
            .find(|d| d["code"] == "contradicted")
            .cloned()
            .unwrap_or_default();
        // the claim the edit touched may be held back a moment; then it is back
        let d = if d.is_null() {
            lsp.pump(Duration::from_millis(1500));
            let n = lsp
                .notes
                .iter()
                .rev()
                .find(|n| n["params"]["uri"] == uri.as_str())
                .cloned()
                .unwrap_or_default();
            n["params"]["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .find(|d| d["code"] == "contradicted")
                .unwrap_or_default()
        } else {
            d
        };
        assert_eq!(
            d["range"],
            range(&new, find(&new, "4 200", 0), utf8),
            "{offered}"
        );
        // a stale change (old version) is refused: the text stays as it is
        lsp.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2},
                   "contentChanges": [{"text": "gone"}]}),
        );
        let r = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": position(&new, find(&new, "4 200", 0).0, utf8)}),
        );
        assert!(
            r["result"]["contents"]["value"]
                .as_str()
                .unwrap_or("")
                .contains("contradicted"),
            "{r}"
        );
        assert!(lsp.shutdown());
    }
}

#[test]
fn a_claim_being_typed_is_held_back_until_the_writer_pauses() {
    let text = "Il y a eu 350 pompiers.\n\nIl y a eu 4 2 foyers.\n";
    let (mut lsp, uri, diags, _ws) = opened(text, utf16_caps());
    assert!(codes(&diags).is_empty());
    // typing "00": "4 2" becomes "4 200", which the engine contradicts
    let (_, at) = find(text, "4 2", 0);
    let skip = lsp.notes.len();
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": range(text, (at, at), false), "text": "00"}]}),
    );
    let first = lsp.diagnostics(skip, &uri, 2);
    assert!(codes(&first).is_empty(), "flagged while typing: {first:?}");
    let later = lsp
        .wait_note(skip + 1, |n| {
            n["params"]["uri"] == uri.as_str()
                && n["params"]["version"] == 2
                && !n["params"]["diagnostics"]
                    .as_array()
                    .is_none_or(|d| d.is_empty())
        })
        .unwrap_or_default();
    assert_eq!(later["params"]["diagnostics"][0]["code"], "contradicted");
    assert!(lsp.shutdown());
}

#[test]
fn a_corpus_file_added_at_run_time_updates_open_drafts() {
    let text = "Au total, 1 234 sinistrés ont été relogés.\n";
    // (client watches files for us, else the server watches them itself)
    for dynamic in [true, false] {
        let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("d.md", text)]);
        let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
        lsp.initialize(
            &ws,
            json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": dynamic}}}),
        );
        let uri = file_uri(&ws.join("d.md"));
        lsp.open(&uri, text);
        assert_eq!(codes(&lsp.diagnostics(0, &uri, 1)), ["unsupported"]);
        let registered = lsp
            .server_requests
            .iter()
            .any(|r| r["method"] == "client/registerCapability");
        assert_eq!(registered, dynamic);
        let skip = lsp.notes.len();
        let added = ws.join("sources/bilan.md");
        std::fs::write(
            &added,
            "Au total, 1 234 sinistrés ont été relogés selon la mairie.\n",
        )
        .expect("write");
        if dynamic {
            lsp.notify(
                "workspace/didChangeWatchedFiles",
                json!({"changes": [{"uri": file_uri(&added), "type": 1}]}),
            );
        }
        let n = lsp
            .wait_note(skip, |n| n["method"] == "textDocument/publishDiagnostics")
            .unwrap_or_default();
        assert_eq!(n["params"]["diagnostics"], json!([]), "dynamic={dynamic}");
        assert!(lsp.shutdown());
    }
}

#[test]
fn a_recoupe_toml_changed_on_disk_is_read_again_without_the_clients_watcher() {
    let text = "Au total, 1 234 sinistrés ont été relogés.\n";
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("d.md", text)]);
    std::fs::create_dir_all(ws.join("other")).expect("folder");
    std::fs::write(
        ws.join("other/bilan.md"),
        "Au total, 1 234 sinistrés ont été relogés selon la mairie.\n",
    )
    .expect("write");
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    // no `didChangeWatchedFiles` offered: the server watches the files itself
    lsp.initialize(&ws, json!({}));
    let uri = file_uri(&ws.join("d.md"));
    lsp.open(&uri, text);
    assert_eq!(codes(&lsp.diagnostics(0, &uri, 1)), ["unsupported"]);
    let skip = lsp.notes.len();
    std::fs::write(ws.join("recoupe.toml"), "corpus = [\"other\"]\n").expect("write");
    let n = lsp
        .wait_note(skip, |n| n["method"] == "textDocument/publishDiagnostics")
        .unwrap_or_default();
    assert_eq!(n["params"]["diagnostics"], json!([]));
    assert!(lsp.shutdown());
}

#[test]
fn malformed_messages_get_errors_and_the_server_goes_on() {
    let text = example_draft();
    let (mut lsp, uri, _, _ws) = opened(&text, utf16_caps());
    // (raw frame, expected error code)
    let bad: [(&[u8], i64); 3] = [
        (
            b"Content-Length: 20\r\n\r\n{\"jsonrpc\":\"2.0\",\"id",
            -32700,
        ),
        (
            b"Content-Length: 31\r\n\r\n{\"jsonrpc\":\"1.0\",\"id\":77,\"x\":1}",
            -32600,
        ),
        (b"Content-Length: 7\r\n\r\nnot js!", -32700),
    ];
    for (frame, code) in bad {
        lsp.raw(frame);
        let id = if code == -32600 {
            json!(77)
        } else {
            Value::Null
        };
        let r = lsp.wait_response(id);
        assert_eq!(
            r["error"]["code"],
            code,
            "{}",
            String::from_utf8_lossy(frame)
        );
    }
    // requests on unknown documents or out-of-range positions: null, not a crash
    for (doc, line) in [("file:///nowhere.md", 0), (uri.as_str(), 9999)] {
        let r = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": doc}, "position": {"line": line, "character": 9999}}),
        );
        assert!(r["result"].is_null() && r.get("error").is_none(), "{r}");
    }
    // a request with params of the wrong shape gets invalid params
    let r = lsp.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(r["error"]["code"], -32602);
    assert!(lsp.shutdown());
}

#[test]
fn a_panicking_engine_does_not_take_the_server_down() {
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[]);
    let mut lsp = Lsp::in_memory(Engine::stand_in(
        |_: &recoupe::Draft, _: &recoupe::Corpus, _: &recoupe::Options| -> Vec<recoupe::Finding> {
            panic!("engine bug")
        },
    ));
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("x.md"));
    lsp.open(&uri, "4 200 foyers.");
    assert!(lsp.diagnostics(0, &uri, 1).is_empty());
    let r = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}),
    );
    assert!(r.get("error").is_none(), "{r}");
    assert!(lsp.shutdown());
}

#[test]
fn settings_come_from_the_editor_and_problems_are_shown_once() {
    // (recoupe.toml, editor settings, expected showMessage substring, unattributed shown)
    let cases = [
        (None, json!(null), Some("aucun corpus configuré"), false),
        (
            Some("corpus = [\"missing\"]\n"),
            json!(null),
            Some("dossier du corpus introuvable"),
            false,
        ),
        (
            None,
            json!({"corpus": ["sources"], "severity": {"unattributed": "off"}}),
            None,
            false,
        ),
        (
            Some("corpus = [\"sources\"]\n"),
            json!({"trace": "off"}),
            None,
            true,
        ),
    ];
    for (config, settings, message, unattributed) in cases {
        let text = example_draft();
        let ws = workspace(config, &[("draft.md", &text)]);
        let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
        lsp.settings = settings.clone();
        lsp.initialize(&ws, utf16_caps());
        let uri = file_uri(&ws.join("draft.md"));
        lsp.open(&uri, &text);
        let diags = lsp.diagnostics(0, &uri, 1);
        let shown: Vec<String> = lsp
            .notes
            .iter()
            .filter(|n| n["method"] == "window/showMessage")
            .map(|n| n["params"]["message"].as_str().unwrap_or("").to_string())
            .collect();
        match message {
            Some(m) => assert!(
                shown.len() == 1 && shown[0].contains(m),
                "{settings}: {shown:?}"
            ),
            None => assert!(shown.is_empty(), "{settings}: {shown:?}"),
        }
        assert_eq!(
            codes(&diags).contains(&"unattributed".to_string()),
            unattributed,
            "{settings}"
        );
        assert!(lsp.shutdown());
    }
    let _ = Verdict::Supported;
}

#[test]
fn clients_that_pull_get_diagnostics_on_request_and_none_pushed() {
    let text = example_draft();
    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[("draft.md", &text)]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.initialize(
        &ws,
        json!({"textDocument": {"diagnostic": {"dynamicRegistration": false}}}),
    );
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, &text);
    // wait for the corpus: pulled diagnostics appear once it has loaded
    let mut items = Vec::new();
    for _ in 0..100 {
        let r = lsp.request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": uri}}),
        );
        assert_eq!(r["result"]["kind"], "full", "{r}");
        items = r["result"]["items"].as_array().cloned().unwrap_or_default();
        if !items.is_empty() {
            break;
        }
        lsp.pump(Duration::from_millis(50));
    }
    let mut got = codes(&items);
    got.sort();
    assert_eq!(got, ["contradicted", "unattributed"]);
    let pushed = lsp
        .notes
        .iter()
        .any(|n| n["method"] == "textDocument/publishDiagnostics");
    assert!(
        !pushed,
        "a pulling client should not also get pushed diagnostics"
    );
    assert!(lsp.shutdown());
}
