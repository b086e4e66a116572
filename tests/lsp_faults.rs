//! Protocol faults: what a broken or careless client can send, and proof that the
//! server answers with an error (or ignores it) and keeps serving. Framing faults go
//! over the real binary's stdio, since the framing layer sits in front of stdin; the
//! rest runs in memory on the stand-in engine.

mod lsp_support;

use lsp_support::*;
use serde_json::{json, Value};
use std::time::Duration;

const CONFIG: &str = "corpus = [\"sources\"]\ndebounce_ms = 0\n";

fn frame(body: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{body}", body.len())
}

/// A hover request on a document nobody opened: always answered with `null`.
fn probe(id: i64) -> String {
    json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
           "params": {"textDocument": {"uri": "file:///probe.md"},
                      "position": {"line": 0, "character": 0}}})
    .to_string()
}

/// Error replies, as `(id, code)`.
type Replies = Vec<(Value, i64)>;

/// The error responses received since the last call, as `(id, code)`.
fn errors(lsp: &mut Lsp) -> Replies {
    lsp.other_responses
        .drain(..)
        .map(|r| (r["id"].clone(), r["error"]["code"].as_i64().unwrap_or(0)))
        .collect()
}

#[test]
fn stdio_framing_faults_are_answered_or_skipped_and_the_server_goes_on() {
    let text = example_draft();
    let ws = workspace(Some(CONFIG), &[("draft.md", &text)]);
    let mut lsp = Lsp::stdio(&ws);
    lsp.initialize(&ws, utf16_caps());
    let req = probe(1000);
    let truncated = r#"{"jsonrpc":"2.0","id":9,"#;
    let note = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
    // (what goes wrong, the bytes sent just before a well-formed request, the error
    // replies expected before that request's answer as (id, code))
    let cases: Vec<(&str, String, Replies)> = vec![
        (
            "truncated JSON body",
            frame(truncated),
            vec![(Value::Null, -32700)],
        ),
        (
            "not JSON at all",
            frame("¿qué? 😀"),
            vec![(Value::Null, -32700)],
        ),
        (
            "JSON that is not JSON-RPC",
            frame(r#"{"id":5}"#),
            vec![(json!(5), -32600)],
        ),
        (
            // the body runs into the next frame's header: the request is refused
            // with its own id, and the next message is read from its header
            "Content-Length a little longer than the body",
            format!("Content-Length: {}\r\n\r\n{}", req.len() + 30, probe(11)),
            vec![(json!(11), -32600)],
        ),
        (
            // longer than everything that follows: read again after a pause
            "Content-Length far longer than the body",
            format!("Content-Length: 5000\r\n\r\n{}", probe(12)),
            vec![(json!(12), -32600)],
        ),
        (
            "Content-Length shorter than the body",
            format!("Content-Length: 10\r\n\r\n{}", probe(13)),
            vec![(Value::Null, -32700)],
        ),
        ("missing header", probe(14), vec![(json!(14), -32600)]),
        (
            "a header block without Content-Length",
            format!("Content-Type: text/plain\r\n\r\n{}", probe(15)),
            vec![(Value::Null, -32700), (json!(15), -32600)],
        ),
        (
            "junk between frames",
            "\u{0}\u{7f} junk \r\n ~~~ ".to_string(),
            vec![],
        ),
        (
            "a stray notification without a header",
            note.to_string(),
            vec![],
        ),
        (
            "a Content-Length that is not a number",
            format!("Content-Length: twelve\r\n\r\n{}", probe(16)),
            vec![(Value::Null, -32700), (json!(16), -32600)],
        ),
        (
            // over the limit: refused without reading (or allocating) the body
            "a huge Content-Length",
            "Content-Length: 99999999999999\r\n\r\n".to_string(),
            vec![(Value::Null, -32700)],
        ),
        (
            "a Content-Length that overflows",
            "Content-Length: 999999999999999999999999999\r\n\r\n".to_string(),
            vec![(Value::Null, -32700)],
        ),
    ];
    for (n, (what, bytes, expected)) in cases.into_iter().enumerate() {
        lsp.raw(bytes.as_bytes());
        let r = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///probe.md"},
                   "position": {"line": 0, "character": 0}}),
        );
        assert!(
            r.get("error").is_none() && r["result"].is_null(),
            "{what}: {r}"
        );
        assert_eq!(errors(&mut lsp), expected, "case {n}: {what}");
    }
    // Faults that only show when the client then waits: a message without a header,
    // and a body shorter than announced, with nothing after them. Both are answered
    // after a short pause instead of leaving the client waiting.
    for (what, bytes, id) in [
        ("missing header, then silence", probe(21), 21),
        (
            "Content-Length near the 64 MiB limit, then silence",
            format!("Content-Length: 67108864\r\n\r\n{}", probe(22)),
            22,
        ),
    ] {
        lsp.raw(bytes.as_bytes());
        let r = lsp.wait_response(json!(id));
        assert_eq!(r["error"]["code"], -32600, "{what}: {r}");
    }
    // Still the real server: the example draft's contradiction is found.
    let uri = file_uri(&ws.join("draft.md"));
    expect_example_contradiction_then_shutdown(lsp, &uri, &text);
}

#[test]
fn stdio_a_body_cut_by_the_end_of_input_ends_the_session_quietly() {
    let ws = workspace(Some(CONFIG), &[]);
    let mut lsp = Lsp::stdio(&ws);
    lsp.initialize(&ws, utf16_caps());
    lsp.raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\":");
    // closing stdin without `exit`: the server ends, with the "no shutdown" status
    let status = lsp.close_stdin_and_wait();
    assert_eq!(status, Some(1));
}

// ------------------------------------------------------------------ in memory

/// A server on the example corpus with the example draft open and checked.
fn opened() -> (Lsp, String, String, Ws) {
    let text = example_draft();
    let ws = workspace(Some(CONFIG), &[("draft.md", &text)]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, &text);
    lsp.diagnostics(0, &uri, 1);
    (lsp, uri, text, ws)
}

/// The server still answers a normal request normally: a hover on the draft's
/// contradicted figure, wherever it is now.
fn still_serves(lsp: &mut Lsp, uri: &str, text: &str) {
    let (a, _) = find(text, "4 200", 0);
    let r = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(text, a + 1, false)}),
    );
    let value = r["result"]["contents"]["value"].as_str().unwrap_or("");
    assert!(value.contains("contradicted"), "{r}");
}

#[test]
fn bad_requests_get_errors_and_the_server_goes_on() {
    let (mut lsp, uri, text, _ws) = opened();
    let doc = json!({"uri": uri});
    let end = json!({"line": 9999, "character": 9999});
    // (method, params, expected error code; 0 for a result, which must be null
    // when `null_result`)
    let cases: Vec<(&str, Value, i64, bool)> = vec![
        ("recoupe/noSuchMethod", json!({}), -32601, false),
        (
            "textDocument/completion",
            json!({"textDocument": doc, "position": end}),
            -32601,
            false,
        ),
        (
            "textDocument/hover",
            json!({"textDocument": 3}),
            -32602,
            false,
        ),
        (
            "textDocument/hover",
            json!({"textDocument": doc}),
            -32602,
            false,
        ),
        ("textDocument/hover", json!([1, 2]), -32602, false),
        (
            "textDocument/hover",
            json!({"textDocument": doc, "position": {"line": -1, "character": 0}}),
            -32602,
            false,
        ),
        (
            "textDocument/hover",
            json!({"textDocument": doc, "position": {"line": 0, "character": 5_000_000_000u64}}),
            -32602,
            false,
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": doc}),
            -32602,
            false,
        ),
        (
            "workspace/executeCommand",
            json!({"command": "rm", "arguments": ["-rf", "/"]}),
            -32602,
            false,
        ),
        // positions past the end of a line, or of the document: no claim there
        (
            "textDocument/hover",
            json!({"textDocument": doc, "position": {"line": 0, "character": 9999}}),
            0,
            true,
        ),
        (
            "textDocument/hover",
            json!({"textDocument": doc, "position": end}),
            0,
            true,
        ),
        (
            "textDocument/definition",
            json!({"textDocument": doc, "position": end}),
            0,
            true,
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": doc, "range": {"start": end, "end": end}, "context": {"diagnostics": []}}),
            0,
            false,
        ),
        // a range whose end comes before its start
        (
            "textDocument/codeAction",
            json!({"textDocument": doc, "range": {"start": end, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
            0,
            false,
        ),
        // a document nobody opened
        (
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///nowhere.md"}, "position": {"line": 0, "character": 0}}),
            0,
            true,
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": {"uri": "untitled:Untitled-1"}, "range": {"start": end, "end": end}, "context": {"diagnostics": []}}),
            0,
            true,
        ),
        (
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": "file:///nowhere.md"}}),
            0,
            false,
        ),
    ];
    for (method, params, code, null_result) in cases {
        let r = lsp.request(method, params.clone());
        if code == 0 {
            assert!(r.get("error").is_none(), "{method} {params}: {r}");
            if null_result {
                assert!(r["result"].is_null(), "{method} {params}: {r}");
            }
        } else {
            assert_eq!(r["error"]["code"], code, "{method} {params}: {r}");
        }
        still_serves(&mut lsp, &uri, &text);
    }
    // a second initialize is refused
    let r = lsp.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    assert!(r.get("error").is_some(), "{r}");
    still_serves(&mut lsp, &uri, &text);
    assert!(lsp.shutdown());
}

#[test]
fn bad_notifications_are_ignored_and_the_server_goes_on() {
    let (mut lsp, uri, text, _ws) = opened();
    let never = "file:///never-opened.md";
    let skip = lsp.notes.len();
    // (method, params): none of these may change the open draft or stop the server
    let cases: Vec<(&str, Value)> = vec![
        ("recoupe/unknownNotification", json!({"x": 1})),
        ("$/cancelRequest", json!({"id": 424242})),
        ("$/setTrace", json!({"value": "verbose"})),
        (
            "textDocument/didChange",
            json!({"textDocument": {"uri": never, "version": 2},
            "contentChanges": [{"text": "Il y a 4 200 foyers."}]}),
        ),
        (
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 1},
            "contentChanges": [{"text": "stale: version 1 is the current one"}]}),
        ),
        (
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 0},
            "contentChanges": [{"text": "older still"}]}),
        ),
        (
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri},
            "contentChanges": [{"text": "no version"}]}),
        ),
        ("textDocument/didChange", json!({"textDocument": 7})),
        (
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri}}),
        ),
        (
            "textDocument/didClose",
            json!({"textDocument": {"uri": never}}),
        ),
        (
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": "file:///elsewhere/x.md", "type": 2}]}),
        ),
        (
            "workspace/didChangeWatchedFiles",
            json!({"changes": "all of them"}),
        ),
        (
            "workspace/didChangeConfiguration",
            json!({"settings": {"recoupe": {"trace": "off"}}}),
        ),
    ];
    for (method, params) in &cases {
        lsp.notify(method, params.clone());
        still_serves(&mut lsp, &uri, &text);
    }
    // the edits refused were logged, and nothing was published for a document
    // that was never opened
    lsp.pump(Duration::from_millis(200));
    let logs: Vec<String> = lsp.notes[skip..]
        .iter()
        .filter(|n| n["method"] == "window/logMessage")
        .map(|n| n["params"]["message"].as_str().unwrap_or("").to_string())
        .collect();
    for want in ["not open", "stale change", "version 0"] {
        assert!(
            logs.iter().any(|l| l.contains(want)),
            "no log about {want:?} in {logs:?}"
        );
    }
    assert!(!lsp.notes[skip..].iter().any(|n| {
        n["method"] == "textDocument/publishDiagnostics"
            && n["params"]["uri"] == never
            && n["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| !d.is_empty())
    }));
    assert!(lsp.shutdown());
}

#[test]
fn edits_past_the_end_of_a_line_or_document_land_at_the_end() {
    let text = "Premier paragraphe 😀.\n\nDeuxième.\n";
    let ws = workspace(Some(CONFIG), &[]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("edge.md"));
    lsp.open(&uri, text);
    lsp.diagnostics(0, &uri, 1);
    let claim = " Il y a 4 200 foyers.";
    let at = |l: u32, c: u32| json!({"line": l, "character": c});
    // (range of the edit in UTF-16 units, byte offset where the text must land)
    let cases = [
        // past the end of the first line: at its end
        ((at(0, 999), at(0, 999)), "Premier paragraphe 😀.".len()),
        // inside the emoji's surrogate pair: on the next character boundary
        ((at(0, 20), at(0, 20)), "Premier paragraphe 😀".len()),
        // past the end of the document, end before start: at its end
        ((at(1000, 3), at(999, 0)), text.len()),
    ];
    for (version, ((start, end), landing)) in (1..).zip(cases) {
        // back to the original text, then the edit under test
        lsp.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version * 2},
                   "contentChanges": [{"text": text}]}),
        );
        lsp.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version * 2 + 1},
                   "contentChanges": [{"range": {"start": start, "end": end}, "text": claim}]}),
        );
        let mut new = text.to_string();
        new.insert_str(landing, claim);
        // the hover finds the claim where the edit should have put it
        still_serves(&mut lsp, &uri, &new);
    }
    assert!(lsp.shutdown());
}

#[test]
fn requests_before_initialize_and_after_shutdown_are_refused() {
    let ws = workspace(Some(CONFIG), &[]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    let hover =
        json!({"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}});
    let r = lsp.request("textDocument/hover", hover.clone());
    assert_eq!(r["error"]["code"], -32002, "{r}");
    lsp.initialize(&ws, utf16_caps());
    let r = lsp.request("textDocument/hover", hover.clone());
    assert!(r.get("error").is_none(), "{r}");
    let r = lsp.request("shutdown", Value::Null);
    assert!(r.get("error").is_none(), "{r}");
    let r = lsp.request("textDocument/hover", hover);
    assert_eq!(r["error"]["code"], -32600, "{r}");
    lsp.notify("exit", Value::Null);
}

#[test]
fn a_pull_before_the_corpus_has_loaded_waits_for_it() {
    // Neovim 0.11 pulls once, right after didOpen, and cannot be told to pull again
    // (no workspace/diagnostic/refresh): that first answer must be the real one.
    let text = example_draft();
    let ws = workspace(Some(CONFIG), &[("draft.md", &text)]);
    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.initialize(
        &ws,
        json!({"workspace": {"configuration": true},
               "textDocument": {"diagnostic": {"dynamicRegistration": false}}}),
    );
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, &text);
    // The corpus cannot have loaded yet: loading starts by asking the client for its
    // settings, and this client reads (and answers) nothing before this request.
    let started = std::time::Instant::now();
    let r = lsp.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    let mut codes: Vec<&str> = r["result"]["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|d| d["code"].as_str()).collect())
        .unwrap_or_default();
    codes.sort();
    assert_eq!(codes, ["contradicted", "unattributed"], "{r}");
    // (the answer waited for the load, which began only once the client had read
    // and answered the settings request)
    assert!(lsp
        .server_requests
        .iter()
        .any(|r| r["method"] == "workspace/configuration"));
    assert!(!lsp
        .server_requests
        .iter()
        .any(|r| r["method"] == "workspace/diagnostic/refresh"));
    assert!(lsp.shutdown());
}
