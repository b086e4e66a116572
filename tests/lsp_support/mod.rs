//! A small LSP client for the round-trip tests: talks to the server in memory (with
//! a stand-in engine) or over the stdio of the built binary, answers the server's
//! requests as an editor would, and waits for notifications by predicate.
#![allow(dead_code)]

use recoupe::claims::{Claim, Context, QuoteValue, Value as ClaimValue};
use recoupe::lsp::Engine;
use recoupe::text::Span;
use recoupe::verify::{Evidence, Finding, Fix, Verdict};
use recoupe::{Corpus, Draft};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(15);

pub struct Lsp {
    out: Box<dyn Write + Send>,
    incoming: Receiver<Option<Value>>,
    next_id: i64,
    /// Every notification received so far, in order.
    pub notes: Vec<Value>,
    /// Every request the server sent us.
    pub server_requests: Vec<Value>,
    /// Responses that came while waiting for another one (error replies to
    /// malformed messages, say).
    pub other_responses: Vec<Value>,
    /// What `workspace/configuration` answers for section `recoupe`.
    pub settings: Value,
    pub dead: bool,
    child: Option<Child>,
    _rt: Option<tokio::runtime::Runtime>,
    served: Option<std::sync::mpsc::Receiver<bool>>,
}

fn read_frames(mut r: impl BufRead, tx: Sender<Option<Value>>) {
    loop {
        let mut len = None;
        loop {
            let mut line = String::new();
            match r.read_line(&mut line) {
                Ok(0) | Err(_) => {
                    let _ = tx.send(None);
                    return;
                }
                Ok(_) => {}
            }
            let line = line.trim();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse::<usize>().ok();
                }
            }
        }
        let mut body = vec![0; len.unwrap_or(0)];
        if r.read_exact(&mut body).is_err() {
            let _ = tx.send(None);
            return;
        }
        match serde_json::from_slice(&body) {
            Ok(v) => {
                if tx.send(Some(v)).is_err() {
                    return;
                }
            }
            Err(e) => panic!("the server wrote a body that is not JSON: {e}"),
        }
    }
}

/// A `Write` that hands bytes to a tokio duplex through a channel.
struct ChanWriter(tokio::sync::mpsc::UnboundedSender<Vec<u8>>);
impl Write for ChanWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .send(buf.to_vec())
            .map_err(|_| std::io::Error::other("server gone"))?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Lsp {
    /// The server in memory, on a stand-in engine.
    pub fn in_memory(engine: Engine) -> Lsp {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let (client_io, server_io) = tokio::io::duplex(1 << 16);
        let (server_r, server_w) = tokio::io::split(server_io);
        let (client_r, mut client_w) = tokio::io::split(client_io);
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        rt.spawn(async move {
            let clean = recoupe::lsp::serve(server_r, server_w, engine).await;
            let _ = done_tx.send(clean);
        });
        let (wtx, mut wrx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
        rt.spawn(async move {
            use tokio::io::AsyncWriteExt;
            while let Some(b) = wrx.recv().await {
                if client_w.write_all(&b).await.is_err() {
                    break;
                }
            }
        });
        let (tx, rx) = channel();
        let sync_reader = tokio_util_bridge(&rt, client_r);
        std::thread::spawn(move || read_frames(BufReader::new(sync_reader), tx));
        Lsp {
            out: Box::new(ChanWriter(wtx)),
            incoming: rx,
            next_id: 0,
            notes: Vec::new(),
            server_requests: Vec::new(),
            other_responses: Vec::new(),
            settings: Value::Null,
            dead: false,
            child: None,
            _rt: Some(rt),
            served: Some(done_rx),
        }
    }

    /// The built binary, `recoupe lsp`, over stdio, in `cwd`.
    pub fn stdio(cwd: &Path) -> Lsp {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
        cmd.arg("lsp").current_dir(cwd);
        Lsp::stdio_command(cmd)
    }

    /// A server started by `cmd` (the binary under a wrapper, or with its own
    /// environment), spoken to over its stdio.
    pub fn stdio_command(mut cmd: Command) -> Lsp {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start recoupe lsp");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take().expect("stdin");
        let (tx, rx) = channel();
        std::thread::spawn(move || read_frames(BufReader::new(stdout), tx));
        Lsp {
            out: Box::new(stdin),
            incoming: rx,
            next_id: 0,
            notes: Vec::new(),
            server_requests: Vec::new(),
            other_responses: Vec::new(),
            settings: Value::Null,
            dead: false,
            child: Some(child),
            _rt: None,
            served: None,
        }
    }

    /// The server's process id, when it runs as a process.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    pub fn raw(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
        let _ = self.out.flush();
    }

    pub fn send(&mut self, msg: &Value) {
        let body = msg.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.raw(frame.as_bytes());
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request and return the whole response message.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_response(json!(id))
    }

    pub fn wait_response(&mut self, id: Value) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.next_message(deadline) {
                Some(m) if m.get("method").is_none() && m["id"] == id => return m,
                Some(m) if m.get("method").is_none() => self.other_responses.push(m),
                Some(_) => {}
                None => panic!("no response to request {id}"),
            }
        }
    }

    /// The next message; server requests are answered and notifications kept.
    fn next_message(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.checked_duration_since(Instant::now())?;
        let msg = match self.incoming.recv_timeout(left) {
            Ok(Some(m)) => m,
            Ok(None) => {
                self.dead = true;
                return None;
            }
            Err(_) => return None,
        };
        if msg.get("method").is_some() && msg.get("id").is_some() {
            let result = match msg["method"].as_str() {
                Some("workspace/configuration") => {
                    let n = msg["params"]["items"].as_array().map_or(0, Vec::len);
                    Value::Array(vec![self.settings.clone(); n])
                }
                _ => Value::Null,
            };
            self.server_requests.push(msg.clone());
            self.send(&json!({"jsonrpc": "2.0", "id": msg["id"], "result": result}));
        } else if msg.get("method").is_some() {
            self.notes.push(msg.clone());
        }
        Some(msg)
    }

    /// Wait for a notification (already received or to come) matching `pred`,
    /// looking only at those after the first `skip`.
    pub fn wait_note(&mut self, skip: usize, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(n) = self.notes.iter().skip(skip).find(|n| pred(n)) {
                return Some(n.clone());
            }
            self.next_message(deadline)?;
        }
    }

    /// The diagnostics published for `uri` at `version`, after `skip` notifications.
    pub fn diagnostics(&mut self, skip: usize, uri: &str, version: i64) -> Vec<Value> {
        let n = self
            .wait_note(skip, |n| {
                n["method"] == "textDocument/publishDiagnostics"
                    && n["params"]["uri"] == uri
                    && n["params"]["version"] == version
            })
            .unwrap_or_else(|| panic!("no diagnostics for {uri} version {version}"));
        n["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Let messages arrive for a while (answering requests).
    pub fn pump(&mut self, d: Duration) {
        let deadline = Instant::now() + d;
        while self.next_message(deadline).is_some() {}
    }

    pub fn initialize(&mut self, root: &Path, capabilities: Value) -> Value {
        let uri = file_uri(root);
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": uri,
                   "workspaceFolders": [{"uri": uri, "name": "ws"}],
                   "capabilities": capabilities}),
        );
        self.notify("initialized", json!({}));
        r
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    /// Close the server's stdin (as a client that goes away) and wait for the
    /// process to end: its exit code.
    pub fn close_stdin_and_wait(mut self) -> Option<i32> {
        self.out = Box::new(std::io::sink());
        let mut child = self.child.take()?;
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        None
    }

    /// `shutdown` then `exit`; true when the server ended cleanly.
    pub fn shutdown(mut self) -> bool {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "shutdown failed: {r}");
        self.notify("exit", Value::Null);
        if let Some(mut child) = self.child.take() {
            let deadline = Instant::now() + WAIT;
            while Instant::now() < deadline {
                if let Ok(Some(status)) = child.try_wait() {
                    return status.success();
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            return false;
        }
        match &self.served {
            Some(rx) => rx.recv_timeout(WAIT).unwrap_or(false),
            None => false,
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A blocking `Read` over a tokio reader, for the frame-reading thread.
fn tokio_util_bridge(
    rt: &tokio::runtime::Runtime,
    mut r: impl tokio::io::AsyncRead + Unpin + Send + 'static,
) -> impl Read + Send {
    let (tx, rx) = channel::<Vec<u8>>();
    rt.spawn(async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 8192];
        loop {
            match r.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    ChanReader {
        rx,
        pending: Vec::new(),
    }
}

struct ChanReader {
    rx: Receiver<Vec<u8>>,
    pending: Vec<u8>,
}
impl Read for ChanReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            match self.rx.recv() {
                Ok(b) => self.pending = b,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

pub fn file_uri(p: &Path) -> String {
    let s = p.to_string_lossy().replace(' ', "%20");
    format!("file://{s}")
}

/// A fresh, empty temporary folder (`recoupe-{name}-{pid}-{n}`, canonical path),
/// removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "recoupe-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir.canonicalize().expect("canonical temp dir"))
    }
}

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A temporary workspace folder, removed when the test is done with it.
pub type Ws = TempDir;

/// A fresh workspace: the example sources under `sources/`, a `recoupe.toml` (when
/// `config` is given) and the drafts.
pub fn workspace(config: Option<&str>, drafts: &[(&str, &str)]) -> Ws {
    let dir = TempDir::new("lsp");
    std::fs::create_dir_all(dir.join("sources")).expect("workspace");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources");
    for e in std::fs::read_dir(examples).expect("examples").flatten() {
        std::fs::copy(e.path(), dir.join("sources").join(e.file_name())).expect("copy");
    }
    if let Some(c) = config {
        std::fs::write(dir.join("recoupe.toml"), c).expect("config");
    }
    for (name, text) in drafts {
        std::fs::write(dir.join(name), text).expect("draft");
    }
    dir
}

/// The codes of some diagnostics, in the order published.
pub fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Open `text` (the example draft) at `uri` and expect its contradiction reported:
/// the server still works after whatever the test did to it. Then shut it down.
pub fn expect_example_contradiction_then_shutdown(mut lsp: Lsp, uri: &str, text: &str) {
    lsp.open(uri, text);
    let diags = lsp.diagnostics(0, uri, 1);
    assert!(
        diags.iter().any(|d| d["code"] == "contradicted"),
        "{diags:?}"
    );
    assert!(lsp.shutdown(), "exit after shutdown must end with status 0");
}

/// The offset range of the `nth` occurrence of `needle`.
pub fn find(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    (start, start + needle.len())
}

/// An LSP position (UTF-16 or UTF-8 units) of a byte offset.
pub fn position(text: &str, offset: usize, utf8: bool) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let col_text = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let col = if utf8 {
        col_text.len()
    } else {
        col_text.encode_utf16().count()
    };
    json!({"line": line, "character": col})
}

pub fn range(text: &str, (a, b): (usize, usize), utf8: bool) -> Value {
    json!({"start": position(text, a, utf8), "end": position(text, b, utf8)})
}

/// Apply LSP text edits given in UTF-16 units.
pub fn apply(text: &str, edits: &[Value]) -> String {
    let off = |p: &Value| -> usize {
        let line = p["line"].as_u64().unwrap_or(0) as usize;
        let col = p["character"].as_u64().unwrap_or(0) as usize;
        let start: usize = text.split('\n').take(line).map(|l| l.len() + 1).sum();
        let l = text[start..].split('\n').next().unwrap_or("");
        let mut units = 0;
        for (i, c) in l.char_indices() {
            if units >= col {
                return start + i;
            }
            units += c.len_utf16();
        }
        start + l.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                off(&e["range"]["start"]),
                off(&e["range"]["end"]),
                e["newText"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (a, b, t) in spans {
        out.replace_range(a..b, &t);
    }
    out
}

// ------------------------------------------------------------ a stand-in engine

/// What the stand-in engine says of a figure in a draft.
pub struct Rule {
    pub figure: &'static str,
    pub verdict: Verdict,
    /// The source text it points at (first corpus doc holding it); `None`: no evidence.
    pub source_value: Option<&'static str>,
    pub speaker: Option<&'static str>,
    pub fix: Option<&'static str>,
}

/// An engine that knows the `rules` and nothing else, so the plumbing can be tested
/// before (and independently of) the real verifier. A rule whose source value is in
/// no corpus document gives `unsupported`.
pub fn fake_engine(rules: Vec<Rule>) -> Engine {
    let rules = Arc::new(rules);
    Engine::stand_in(
        move |draft: &Draft, corpus: &Corpus, _: &recoupe::Options| {
            let draft = &draft.doc;
            let mut out = Vec::new();
            for r in rules.iter() {
                for (at, _) in draft.text.match_indices(r.figure) {
                    let span = Span::new(at, at + r.figure.len());
                    let Some(sentence) = draft.sentences.iter().position(|s| s.span.contains(at))
                    else {
                        continue;
                    };
                    let mut evidence = Vec::new();
                    if let Some(value) = r.source_value {
                        for (i, d) in corpus.docs.iter().map(|s| &s.doc).enumerate() {
                            // the first sentence holding the value (not the front matter)
                            let found = d.sentences.iter().find_map(|s| {
                                s.span
                                    .slice(&d.text)
                                    .find(value)
                                    .map(|k| (s.span, s.span.start + k))
                            });
                            if let Some((s, v)) = found {
                                evidence.push(Evidence {
                                    doc: i,
                                    span: s,
                                    value_span: Span::new(v, v + value.len()),
                                    line: d.lines.line_of(s.start),
                                    excerpt: s.slice(&d.text).to_string(),
                                    value: value.to_string(),
                                    speaker: r.speaker.map(str::to_string),
                                    agrees: r.verdict != Verdict::Contradicted,
                                    day: None,
                                });
                                break;
                            }
                        }
                    }
                    let verdict = if r.source_value.is_some() && evidence.is_empty() {
                        Verdict::Unsupported
                    } else {
                        r.verdict
                    };
                    let fixes = r
                        .fix
                        .filter(|_| verdict == Verdict::Contradicted)
                        .map(|f| Fix {
                            span,
                            replacement: f.to_string(),
                            title: format!("Remplacer par \"{f}\""),
                            preferred: true,
                        })
                        .into_iter()
                        .collect();
                    out.push(Finding {
                        claim: Claim {
                            // the stand-in only needs a value; a quote has the fewest fields
                            value: ClaimValue::Quote(QuoteValue {
                                text: r.figure.to_string(),
                                words: Vec::new(),
                            }),
                            span,
                            fix_span: span,
                            extent: span,
                            sentence,
                            quoted: false,
                            speaker: None,
                            context: Context::default(),
                        },
                        verdict,
                        message: format!("{} ({})", verdict.label(), r.figure),
                        evidence,
                        fixes,
                        timeline: Vec::new(),
                    });
                }
            }
            out
        },
    )
}

/// The rules the round-trip tests use on examples/draft.md.
pub fn example_rules() -> Vec<Rule> {
    vec![
        Rule {
            figure: "4 200",
            verdict: Verdict::Contradicted,
            source_value: Some("2 400"),
            speaker: Some("la préfecture"),
            fix: Some("2 400"),
        },
        Rule {
            figure: "350",
            verdict: Verdict::Supported,
            source_value: Some("350"),
            speaker: None,
            fix: None,
        },
        Rule {
            figure: "40 millions",
            verdict: Verdict::Unattributed,
            source_value: Some("40 millions"),
            speaker: Some("la fédération des assureurs"),
            fix: None,
        },
        Rule {
            figure: "1 234",
            verdict: Verdict::Supported,
            source_value: Some("1 234"),
            speaker: None,
            fix: None,
        },
    ]
}

pub fn example_draft() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/draft.md"))
        .expect("examples/draft.md")
}

pub fn utf16_caps() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "workspace": {"configuration": true, "didChangeWatchedFiles": {"dynamicRegistration": true}},
        "window": {"workDoneProgress": true},
        "textDocument": {"publishDiagnostics": {"relatedInformation": true, "versionSupport": true}}
    })
}
