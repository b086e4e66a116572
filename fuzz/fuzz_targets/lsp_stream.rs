//! Fuzz target: a JSON-RPC byte stream into the language server (`recoupe::lsp::serve`
//! over in-memory pipes, with the real engine, incremental as `recoupe lsp` runs it, on
//! a small invented corpus). The server must finish when its input ends, within a time
//! bound, and never panic (a panic a handler guard would catch is a crash here too:
//! libFuzzer's hook aborts on it).
//!
//! Input: one mode byte, then the rest. Every run starts with a valid `initialize`,
//! `initialized` and `didOpen` of `draft.md` (so the fuzzed messages reach a live
//! document); then, by mode bit 0, the rest goes in as raw bytes (framing fuzzed too)
//! or is split at 0xFF bytes (never in UTF-8) into bodies framed with a correct
//! `Content-Length`. Mode bit 1 offers UTF-8 positions instead of UTF-16; bit 2 ends
//! with `shutdown` and `exit`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::json;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long one input may keep the server running before it counts as a hang.
const BOUND: Duration = Duration::from_secs(10);

/// The workspace every run opens: a fixed path, so seeds and the dictionary can name
/// `file:///tmp/recoupe-fuzz-ws/draft.md`. Written once per process, same content.
fn workspace() -> &'static PathBuf {
    static WS: OnceLock<PathBuf> = OnceLock::new();
    WS.get_or_init(|| {
        let ws = PathBuf::from("/tmp/recoupe-fuzz-ws");
        let sources = ws.join("sources");
        let _ = std::fs::create_dir_all(&sources);
        let _ = std::fs::write(
            ws.join("recoupe.toml"),
            "corpus = [\"sources\"]\ndebounce_ms = 0\n",
        );
        let _ = std::fs::write(
            sources.join("crue-1.md"),
            "---\ntitle: Crue à Pellerac\ndate: 2023-03-09\n---\n\
             La crue a inondé 1 850 caves à Pellerac le mardi 7 mars, selon la mairie.\n\n\
             Le maire de Pellerac, Anselme Totti, a déclaré : « Nous pomperons jour et nuit ».\n\n\
             Les dégâts dépassent 4 millions d'euros, selon l'assureur.\n",
        );
        ws
    })
}

const DRAFT: &str = "---\ndate: 2023-03-10\n---\n# Pellerac 😀\n\n\
    La crue a inondé 8 150 caves à Pellerac le lundi 7 mars.\n\n\
    Le préfet de Pellerac, Anselme Totti, a déclaré : « Nous pomperons nuit et jour ».\n\n\
    Les dégâts dépassent 4 millions d'euros.\n";

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn input(data: &[u8]) -> Vec<u8> {
    let (mode, rest) = data.split_first().map_or((0, &[][..]), |(m, r)| (*m, r));
    let root = format!("file://{}", workspace().display());
    let encodings = if mode & 2 == 0 {
        json!(["utf-16"])
    } else {
        json!(["utf-8", "utf-16"])
    };
    let mut out = Vec::new();
    for msg in [
        json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
            "processId": null, "rootUri": root,
            "workspaceFolders": [{"uri": root, "name": "ws"}],
            "capabilities": {"general": {"positionEncodings": encodings},
                             "workspace": {"configuration": true}}}}),
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": format!("{root}/draft.md"), "languageId": "markdown", "version": 1, "text": DRAFT}}}),
    ] {
        out.extend(frame(msg.to_string().as_bytes()));
    }
    if mode & 1 == 0 {
        out.extend_from_slice(rest);
    } else {
        for body in rest.split(|b| *b == 0xFF) {
            out.extend(frame(body));
        }
    }
    if mode & 4 != 0 {
        out.extend(frame(
            br#"{"jsonrpc":"2.0","id":"end","method":"shutdown"}"#,
        ));
        out.extend(frame(br#"{"jsonrpc":"2.0","method":"exit"}"#));
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let bytes = input(data);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    rt.block_on(async move {
        let (client, server) = tokio::io::duplex(1 << 16);
        let (server_r, server_w) = tokio::io::split(server);
        let (mut client_r, mut client_w) = tokio::io::split(client);
        // the engine `recoupe lsp` runs, incremental
        let served = tokio::spawn(recoupe::lsp::serve(
            server_r,
            server_w,
            recoupe::lsp::Engine::Real,
        ));
        tokio::spawn(async move {
            let _ = client_w.write_all(&bytes).await;
            // end of input: the server must wind down on its own
            let _ = client_w.shutdown().await;
        });
        tokio::spawn(async move {
            let mut sink = Vec::new();
            let _ = client_r.read_to_end(&mut sink).await;
        });
        match tokio::time::timeout(BOUND, served).await {
            Err(_) => panic!("the server did not finish within {BOUND:?} of its input's end"),
            Ok(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Ok(_) => {}
        }
    });
    // Timers (debounce, held-back republish, polling) end with the runtime; wait for
    // its threads, a check still running included, so nothing outlives this input
    // (LeakSanitizer counts allocations per input and would report them as leaks).
    rt.shutdown_timeout(BOUND);
});
