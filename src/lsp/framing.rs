//! A thin filter in front of tower-lsp-server's transport: it frames the client's
//! input by `Content-Length`, answers a body that is not a JSON-RPC message with
//! -32700 (parse error) or -32600 (invalid request), and forwards the rest.
//!
//! The transport reads through tokio-util's `FramedRead`, which ends the stream after
//! the first body it cannot decode: one truncated or malformed body would stop the
//! whole server. So only well-formed messages reach it, through an in-memory pipe.
//! The filter also gets past wrong framing (a wrong `Content-Length`, a message with
//! no header, junk between frames; `FrameReader`), which the transport cannot. Its
//! replies and the transport's output go through one writer (`write_all`), so two
//! writers never interleave bytes on stdout.

use serde_json::{json, Value};
use std::io;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};

/// Bodies larger than this are refused rather than buffered: no LSP message is this
/// large, and a wrong `Content-Length` must not make us allocate gigabytes. (A length
/// under the limit is not allocated up front either: the buffer grows with the bytes
/// that actually arrive.)
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// A header section longer than this is not a header section.
const MAX_HEADER: usize = 64 * 1024;

/// How long the client may pause inside a frame before we suspect the frame is wrong.
/// Clients write whole messages at once, so a pause this long in the middle of a body
/// or of headers means the bytes we wait for are not coming: the `Content-Length` was
/// too large, or a message came without a header. (The one misreading: a body that
/// contains the words `Content-Length` itself and pauses this long half-way would be
/// cut there. Clients do not pause inside a message.)
pub const STALL: Duration = Duration::from_millis(500);

const HEADER: &[u8] = b"content-length";
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

/// What one read from the byte stream gave.
#[derive(Debug, PartialEq)]
pub enum Frame {
    /// A complete body, as announced by its `Content-Length`.
    Body(Vec<u8>),
    /// Headers we could not use (no or bad `Content-Length`, too large): the reason.
    BadHeader(String),
    /// A body whose `Content-Length` was wrong: it ran into the next message's header,
    /// or it was longer than what the client sent. The body as it really was.
    Misframed { body: Vec<u8>, why: String },
    /// Bytes outside any frame: before a header, or a message sent without one.
    Garbage(Vec<u8>),
}

enum Fill {
    Data,
    Eof,
    /// Nothing arrived for the stall time.
    Stall,
}

/// Reads `Content-Length` frames from a byte stream, keeping what it read ahead.
pub struct FrameReader<R> {
    inner: R,
    buf: Vec<u8>,
    eof: bool,
    /// Whether to look for mistakes when the input pauses inside a frame (the
    /// client's input only: the transport's own output is always well framed).
    stall: Option<Duration>,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    pub fn new(inner: R) -> Self {
        FrameReader {
            inner,
            buf: Vec::new(),
            eof: false,
            stall: None,
        }
    }

    /// A reader that, when the input pauses for `after` inside a frame, recovers
    /// what it can instead of waiting forever for bytes that will not come.
    pub fn recovering(inner: R, after: Duration) -> Self {
        FrameReader {
            stall: Some(after),
            ..FrameReader::new(inner)
        }
    }

    /// Read more bytes into the buffer, giving up after the stall time when `timed`
    /// and the reader has one. (A read cancelled by the timeout has consumed nothing:
    /// tokio's `read` is cancel-safe.)
    async fn fill(&mut self, timed: bool) -> io::Result<Fill> {
        if self.eof {
            return Ok(Fill::Eof);
        }
        let mut chunk = [0u8; 8192];
        let n = match self.stall.filter(|_| timed) {
            None => self.inner.read(&mut chunk).await?,
            Some(d) => match tokio::time::timeout(d, self.inner.read(&mut chunk)).await {
                Ok(r) => r?,
                Err(_) => return Ok(Fill::Stall),
            },
        };
        if n == 0 {
            self.eof = true;
            return Ok(Fill::Eof);
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(Fill::Data)
    }

    /// The next frame, or `None` at end of stream (a frame cut short by the end of
    /// the stream is dropped: there is nobody left to answer).
    pub async fn next_frame(&mut self) -> io::Result<Option<Frame>> {
        // Headers end at the first blank line. Some clients (and hand-written tests)
        // use bare `\n`: take whichever blank line comes first.
        let header_end = loop {
            let crlf = find(&self.buf, b"\r\n\r\n").map(|i| i + 4);
            let lf = find(&self.buf, b"\n\n").map(|i| i + 2);
            if let Some(end) = crlf.into_iter().chain(lf).min() {
                break end;
            }
            if self.buf.len() > MAX_HEADER {
                // Not headers at all. Keep a header that may start in what we have
                // (or the last bytes, which may be the start of one).
                let keep = match find_ci(&self.buf, HEADER) {
                    Some(0) => {
                        self.buf.clear();
                        return Ok(Some(Frame::BadHeader("header section too long".into())));
                    }
                    Some(p) => p,
                    None => self.buf.len() - 16,
                };
                return Ok(Some(Frame::Garbage(self.buf.drain(..keep).collect())));
            }
            // Between messages an idle client is no mistake: wait without a timer.
            let idle = self.buf.trim_ascii().is_empty();
            match self.fill(!idle).await? {
                Fill::Data => {}
                Fill::Eof => return Ok(None),
                // A whole JSON value and then silence: a message sent without a header.
                Fill::Stall if is_json(&self.buf) => {
                    return Ok(Some(Frame::Garbage(std::mem::take(&mut self.buf))))
                }
                Fill::Stall => {}
            }
        };
        let block = &self.buf[..header_end];
        let found = rfind_ci(block, HEADER);
        if let Some(p) = found.filter(|&p| !only_headers(&block[..p])) {
            // Bytes before the header that are not headers: the tail of a body whose
            // length was understated, or junk. Hand them over on their own first.
            return Ok(Some(Frame::Garbage(self.buf.drain(..p).collect())));
        }
        let value = match found {
            Some(p) => header_value(&block[p + HEADER.len()..]),
            None => name_tail_value(block),
        };
        self.buf.drain(..header_end);
        let length = match value.as_deref().map(str::parse::<usize>) {
            None => return Ok(Some(Frame::BadHeader("missing Content-Length".into()))),
            Some(Err(_)) => {
                let value = value.unwrap_or_default();
                return Ok(Some(Frame::BadHeader(format!(
                    "bad Content-Length {value:?}"
                ))));
            }
            Some(Ok(length)) if length > MAX_BODY => {
                return Ok(Some(Frame::BadHeader(format!(
                    "Content-Length {length} is over the {MAX_BODY} byte limit"
                ))))
            }
            Some(Ok(length)) => length,
        };
        while self.buf.len() < length {
            match self.fill(true).await? {
                Fill::Data => {}
                Fill::Eof => return Ok(None),
                Fill::Stall => {
                    // The client has stopped sending and the body is still short: the
                    // length was wrong. What we have is the body, up to the next header
                    // if another message came after it.
                    let end = match find_ci(&self.buf, HEADER) {
                        Some(i) if i > 0 => i,
                        _ if is_json(&self.buf) => self.buf.len(),
                        _ => continue,
                    };
                    let body: Vec<u8> = self.buf.drain(..end).collect();
                    let why = format!(
                        "Content-Length {length} is longer than the message ({} bytes)",
                        body.len()
                    );
                    return Ok(Some(Frame::Misframed { body, why }));
                }
            }
        }
        let mut body: Vec<u8> = self.buf.drain(..length).collect();
        // A length too long that swallowed the start of the next message: the body
        // ends there, and reading picks up again at the header.
        let refused = |body: &[u8]| matches!(judge(body, Came::Framed), Verdict::Reply(_));
        if let Some(i) = find_ci(&body, HEADER).filter(|&i| i > 0 && refused(&body)) {
            let next = body.split_off(i);
            self.buf.splice(..0, next);
            let why = "Content-Length is longer than the message".into();
            return Ok(Some(Frame::Misframed { body, why }));
        }
        Ok(Some(Frame::Body(body)))
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `find`, ignoring ASCII case (`needle` in lower case).
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

/// The value after a header name: `: 123` up to the end of the line.
fn header_value(rest: &[u8]) -> Option<String> {
    let rest = String::from_utf8_lossy(rest);
    let line = rest.lines().next().unwrap_or_default();
    line.trim_start()
        .strip_prefix(':')
        .map(|v| v.trim().to_string())
}

/// The value of a first header line whose name is a tail of `Content-Length`
/// (`ontent-Length`), at least 6 letters of it: a previous body whose length was
/// overstated by a few bytes may have eaten the first ones.
fn name_tail_value(block: &[u8]) -> Option<String> {
    let line = block.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let (name, value) = line.split_once(':')?;
    let name = name.trim().to_ascii_lowercase();
    (name.len() >= 6 && "content-length".ends_with(&name)).then(|| value.trim().to_string())
}

/// True when `bytes` (what stands before a `Content-Length` header in a header
/// block) is only other header lines and whitespace.
fn only_headers(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<&str> = text.split('\n').collect();
    // The last piece shares its line with `Content-Length`: it must be empty.
    let last = lines.pop().unwrap_or_default();
    if !last.trim().is_empty() {
        return false;
    }
    lines.iter().all(|l| {
        let l = l.trim();
        l.is_empty()
            || l.split_once(':').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    })
}

/// True when `bytes` is exactly one JSON value (whitespace around it allowed).
fn is_json(bytes: &[u8]) -> bool {
    !bytes.trim_ascii().is_empty() && serde_json::from_slice::<Value>(bytes).is_ok()
}

/// True when `value` is a JSON-RPC 2.0 message the transport reads: a request, a
/// notification or a response.
fn is_rpc(value: &Value) -> bool {
    serde_json::from_value::<Response>(value.clone()).is_ok()
        || serde_json::from_value::<Request>(value.clone()).is_ok()
}

/// A frame with its header, ready to write.
pub fn encode(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// How bytes from the client came, which decides what a broken message is owed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Came<'a> {
    /// As a body, framed as announced.
    Framed,
    /// As a body whose `Content-Length` was wrong, for this reason.
    Misframed(&'a str),
    /// Outside any frame.
    Unframed,
}

/// What to do with bytes read from the client.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// A JSON-RPC request, notification or response: pass it on unchanged.
    Forward,
    /// Send this error response back to the client.
    Reply(Value),
    /// Nothing to answer (a broken notification, stray bytes): log and drop.
    Drop,
}

/// Judge bytes from the client. A framed body that is a JSON-RPC 2.0 message is
/// forwarded. One that is not JSON gets a parse error (-32700) with a null id; JSON
/// that is not a message gets an invalid request (-32600), with its id when it has
/// a usable one, and a broken notification (no id) is dropped. A message that came
/// framed wrongly is not forwarded: a request is refused with its own id, so the
/// client does not wait for an answer forever; a notification or a response is
/// dropped. Stray bytes between frames are answered only when they carry an id
/// (the message they belonged to has had its answer already).
pub fn judge(bytes: &[u8], came: Came) -> Verdict {
    if came != Came::Framed && bytes.trim_ascii().is_empty() {
        return Verdict::Drop;
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(_) if came == Came::Unframed => return Verdict::Drop,
        Err(e) => return Verdict::Reply(error_reply(Value::Null, PARSE_ERROR, &e.to_string())),
    };
    let is_request = value.get("method").is_some();
    if is_rpc(&value) {
        let why = match came {
            Came::Framed => return Verdict::Forward,
            Came::Misframed(why) => why,
            Came::Unframed => "message without a Content-Length header",
        };
        return match value.get("id").filter(|id| !id.is_null()) {
            Some(id) if is_request => Verdict::Reply(error_reply(id.clone(), INVALID_REQUEST, why)),
            _ => Verdict::Drop,
        };
    }
    let not_rpc = "not a JSON-RPC 2.0 message";
    match value
        .get("id")
        .filter(|id| id.is_number() || id.is_string())
    {
        Some(id) => Verdict::Reply(error_reply(id.clone(), INVALID_REQUEST, not_rpc)),
        None if is_request || came == Came::Unframed => Verdict::Drop,
        None => Verdict::Reply(error_reply(Value::Null, INVALID_REQUEST, not_rpc)),
    }
}

fn error_reply(id: Value, code: i64, message: &str) -> Value {
    let what = if code == PARSE_ERROR {
        "Parse error"
    } else {
        "Invalid request"
    };
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": format!("{what}: {message}")}})
}

/// Copy client frames from `input` to `to_server`, forwarding well-formed messages
/// and sending error replies for the rest to `replies`. Returns at end of input.
pub async fn pump_input<R, W>(input: R, mut to_server: W, replies: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = FrameReader::recovering(input, STALL);
    loop {
        let frame = match reader.next_frame().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                eprintln!("recoupe: reading stdin: {e}");
                break;
            }
        };
        let verdict = match &frame {
            Frame::Body(body) => judge(body, Came::Framed),
            Frame::Misframed { body, why } => {
                eprintln!("recoupe: {why}");
                judge(body, Came::Misframed(why))
            }
            Frame::Garbage(bytes) => {
                let n = bytes.len();
                eprintln!("recoupe: {n} byte(s) outside any frame, skipped");
                judge(bytes, Came::Unframed)
            }
            Frame::BadHeader(why) => {
                eprintln!("recoupe: bad message header: {why}");
                Verdict::Reply(error_reply(Value::Null, PARSE_ERROR, why))
            }
        };
        let framed = matches!(frame, Frame::Body(_));
        match verdict {
            Verdict::Forward => {
                let Frame::Body(body) = &frame else { continue };
                let sent = to_server.write_all(&encode(body)).await.is_ok()
                    && to_server.flush().await.is_ok();
                if !sent {
                    // The transport has stopped (after `exit`): nothing more to do.
                    break;
                }
            }
            Verdict::Reply(reply) => {
                if framed {
                    eprintln!("recoupe: malformed message from the client, answered with an error");
                }
                let _ = replies.send(encode(reply.to_string().as_bytes()));
            }
            Verdict::Drop if framed => eprintln!("recoupe: malformed notification dropped"),
            Verdict::Drop => {}
        }
    }
    let _ = to_server.shutdown().await;
}

/// Copy the transport's output frames into `out` (as whole frames, so they never
/// interleave with our own replies).
pub async fn pump_output<R>(from_server: R, out: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
{
    let mut reader = FrameReader::new(from_server);
    while let Ok(Some(frame)) = reader.next_frame().await {
        if let Frame::Body(body) = frame {
            if out.send(encode(&body)).is_err() {
                break;
            }
        }
    }
}

/// The single writer of the real output stream.
pub async fn write_all<W>(mut out: W, mut frames: mpsc::UnboundedReceiver<Vec<u8>>)
where
    W: AsyncWrite + Unpin,
{
    while let Some(frame) = frames.recv().await {
        if out.write_all(&frame).await.is_err() || out.flush().await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    async fn frames_of(input: &[u8]) -> Vec<Frame> {
        let mut r = FrameReader::new(input);
        let mut out = Vec::new();
        while let Some(f) = r.next_frame().await.unwrap_or(None) {
            out.push(f);
        }
        out
    }

    #[tokio::test]
    async fn reads_frames_and_bad_headers() {
        let mut input = encode(br#"{"a":1}"#);
        input.extend_from_slice(b"Content-Type: x\r\n\r\n");
        input.extend_from_slice(b"Content-Length: 2\n\n{}");
        input.extend_from_slice(b"Content-Length: 99\r\n\r\n{\"cut");
        let frames = frames_of(&input).await;
        assert_eq!(
            frames,
            vec![
                Frame::Body(br#"{"a":1}"#.to_vec()),
                Frame::BadHeader("missing Content-Length".into()),
                Frame::Body(b"{}".to_vec()),
            ]
        );
    }

    /// The frames a recovering reader gives for `input` written at once by a client
    /// that then stays connected and silent.
    async fn frames_live(input: &[u8]) -> (Vec<Frame>, usize) {
        let (mut w, r) = tokio::io::duplex(1 << 20);
        let _ = w.write_all(input).await;
        let mut reader = FrameReader::recovering(r, Duration::from_millis(30));
        let mut out = Vec::new();
        while let Ok(Ok(Some(f))) =
            tokio::time::timeout(Duration::from_millis(300), reader.next_frame()).await
        {
            out.push(f);
        }
        (out, reader.buf.capacity())
    }

    fn body(s: &str) -> Frame {
        Frame::Body(s.as_bytes().to_vec())
    }

    fn misframed(s: &str, announced: usize) -> Frame {
        Frame::Misframed {
            body: s.as_bytes().to_vec(),
            why: format!(
                "Content-Length {announced} is longer than the message ({} bytes)",
                s.len()
            ),
        }
    }

    fn garbage(s: &str) -> Frame {
        Frame::Garbage(s.as_bytes().to_vec())
    }

    const REQ: &str = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
    const NOTE: &str = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;

    #[tokio::test]
    async fn recovers_from_framing_mistakes() {
        let frame = |b: &str| String::from_utf8_lossy(&encode(b.as_bytes())).into_owned();
        let (f, n) = (frame(NOTE), NOTE.len());
        // (what the client wrote, the frames read)
        let cases: Vec<(String, Vec<Frame>)> = vec![
            (f.clone(), vec![body(NOTE)]),
            // other headers are fine
            (
                format!("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n{f}"),
                vec![body(NOTE)],
            ),
            // junk between frames, on the header's line or on lines of its own
            (format!("xyz{f}"), vec![garbage("xyz"), body(NOTE)]),
            (
                format!("junk\r\n{f}"),
                vec![garbage("junk\r\n"), body(NOTE)],
            ),
            (
                format!("junk\r\n\r\n{f}"),
                vec![
                    Frame::BadHeader("missing Content-Length".into()),
                    body(NOTE),
                ],
            ),
            // a message without a header: alone (recognised when the client pauses),
            // or followed by a framed one
            (REQ.to_string(), vec![garbage(REQ)]),
            (format!("{REQ}{f}"), vec![garbage(REQ), body(NOTE)]),
            // a length too long: the body is what came before the pause, or before
            // the next header
            (
                format!("Content-Length: {}\r\n\r\n{REQ}", REQ.len() + 9),
                vec![misframed(REQ, REQ.len() + 9)],
            ),
            (
                format!("Content-Length: {}\r\n\r\n{REQ}{f}", REQ.len() + 16),
                vec![
                    Frame::Misframed {
                        body: REQ.as_bytes().to_vec(),
                        why: "Content-Length is longer than the message".into(),
                    },
                    body(NOTE),
                ],
            ),
            (
                format!("Content-Length: 600000\r\n\r\n{REQ}{f}"),
                vec![misframed(REQ, 600000), body(NOTE)],
            ),
            // a length too short: the rest of the body is junk before the next frame
            (
                format!("Content-Length: 10\r\n\r\n{NOTE}{f}"),
                vec![body(&NOTE[..10]), garbage(&NOTE[10..]), body(NOTE)],
            ),
            // lengths that are not lengths, or absurd ones
            (
                format!("Content-Length: 99999999999\r\n\r\n{f}"),
                vec![
                    Frame::BadHeader(format!(
                        "Content-Length 99999999999 is over the {MAX_BODY} byte limit"
                    )),
                    body(NOTE),
                ],
            ),
            (
                format!("Content-Length: 1e9\r\n\r\n{f}"),
                vec![
                    Frame::BadHeader("bad Content-Length \"1e9\"".into()),
                    body(NOTE),
                ],
            ),
            (format!("content-length:{n}\n\n{NOTE}"), vec![body(NOTE)]),
        ];
        for (input, expected) in cases {
            let (got, _) = frames_live(input.as_bytes()).await;
            assert_eq!(got, expected, "{input:?}");
        }
    }

    #[tokio::test]
    async fn a_huge_content_length_is_not_allocated() {
        // under the limit, but far more than will come: the buffer grows only with
        // what arrives
        let input = format!("Content-Length: 60000000\r\n\r\n{REQ}");
        let (got, capacity) = frames_live(input.as_bytes()).await;
        assert_eq!(got, vec![misframed(REQ, 60000000)]);
        assert!(capacity < 1 << 20, "buffer capacity {capacity}");
        // a header section that never ends is dropped a piece at a time
        let junk = vec![b'x'; 3 * MAX_HEADER];
        let (got, capacity) = frames_live(&junk).await;
        assert!(
            got.iter().all(|f| matches!(f, Frame::Garbage(_))),
            "{got:?}"
        );
        assert!(capacity < 4 * MAX_HEADER, "buffer capacity {capacity}");
    }

    /// What `judge` answers, as "forward", "drop" or "reply ID CODE".
    fn check(bytes: &str, came: Came, expected: &str) {
        let got = match judge(bytes.as_bytes(), came) {
            Verdict::Forward => "forward".to_string(),
            Verdict::Reply(v) => format!("reply {} {}", v["id"], v["error"]["code"]),
            Verdict::Drop => "drop".to_string(),
        };
        assert_eq!(got, expected, "{bytes:?} {came:?}");
    }

    #[test]
    fn judges_bodies() {
        let framed = |body, expected| check(body, Came::Framed, expected);
        framed(
            r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            "forward",
        );
        framed(r#"{"jsonrpc":"2.0","method":"initialized"}"#, "forward");
        framed(r#"{"jsonrpc":"2.0","id":3,"result":null}"#, "forward");
        framed(
            r#"{"jsonrpc":"2.0","id":4,"method":"x""#,
            "reply null -32700",
        );
        framed("not json", "reply null -32700");
        framed(r#"{"jsonrpc":"1.0","id":5,"method":"x"}"#, "reply 5 -32600");
        framed(r#"{"jsonrpc":"2.0","method":7}"#, "drop");
        framed(r#"[1,2]"#, "reply null -32600");
    }

    #[test]
    fn misframed_requests_are_refused_with_their_id() {
        let (body, stray) = (Came::Misframed("why"), Came::Unframed);
        check(REQ, body, "reply 1 -32600");
        check(REQ, stray, "reply 1 -32600");
        check(NOTE, body, "drop");
        check(r#"{"jsonrpc":"2.0","id":4,"result":null}"#, stray, "drop");
        check("{\"jsonrpc\":\"2.0\",\"id\":", body, "reply null -32700");
        check("\"method\":\"x\"}", stray, "drop");
        check(r#"{"jsonrpc":"1.0","id":8}"#, stray, "reply 8 -32600");
        check("  \r\n", body, "drop");
    }

    #[tokio::test]
    async fn malformed_body_is_answered_and_the_stream_goes_on() {
        let mut input = encode(br#"{"jsonrpc":"2.0","id":1,"method":"#);
        input.extend(encode(br#"{"jsonrpc":"2.0","method":"initialized"}"#));
        let (tx, mut rx) = mpsc::unbounded_channel();
        let mut forwarded = Vec::new();
        pump_input(&input[..], &mut forwarded, tx).await;
        let reply = rx.recv().await.unwrap_or_default();
        assert!(String::from_utf8_lossy(&reply).contains("-32700"));
        assert_eq!(
            forwarded,
            encode(br#"{"jsonrpc":"2.0","method":"initialized"}"#)
        );
    }

    #[tokio::test]
    async fn a_body_one_byte_short_costs_only_itself() {
        let next = encode(br#"{"jsonrpc":"2.0","method":"initialized"}"#);
        let mut input = b"Content-Length: 25\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,".to_vec();
        input.extend_from_slice(&next);
        let (tx, _rx) = mpsc::unbounded_channel();
        let mut forwarded = Vec::new();
        pump_input(&input[..], &mut forwarded, tx).await;
        assert_eq!(forwarded, next);
    }

    #[tokio::test]
    async fn too_long_content_length_resynchronises_on_the_next_header() {
        let next = encode(br#"{"jsonrpc":"2.0","method":"initialized"}"#);
        // Announces 20 more bytes than it has: swallows the start of the next frame.
        let mut input = b"Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\"".to_vec();
        input.extend_from_slice(&next);
        input.extend_from_slice(&[b' '; 24]);
        let (tx, _rx) = mpsc::unbounded_channel();
        let mut forwarded = Vec::new();
        pump_input(&input[..], &mut forwarded, tx).await;
        assert_eq!(forwarded, next);
    }
}
