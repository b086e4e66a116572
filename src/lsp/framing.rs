//! A tolerant `Content-Length` framing layer between stdio and tower-lsp-server.
//!
//! tower-lsp-server reads its input through tokio-util's `FramedRead`, which ends the
//! stream after the first decode error: one truncated or malformed JSON body would
//! stop the whole server. So we read frames ourselves, answer a body that is not a
//! JSON-RPC message with a JSON-RPC error (parse error or invalid request), and
//! forward only well-formed messages to the transport through an in-memory pipe.
//! The transport's output goes through the same single writer as our error replies,
//! so two writers never interleave bytes on stdout.

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
    /// Nothing arrived for `STALL`.
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

    /// Read more bytes into the buffer; false at end of stream.
    async fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        let mut chunk = [0u8; 8192];
        let n = self.inner.read(&mut chunk).await?;
        if n == 0 {
            self.eof = true;
            return Ok(false);
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(true)
    }

    /// `fill`, giving up after the stall time when there is one. (A read cancelled by
    /// the timeout has consumed nothing: tokio's `read` is cancel-safe.)
    async fn fill_or_stall(&mut self) -> io::Result<Fill> {
        let filled = match self.stall {
            None => self.fill().await?,
            Some(d) => match tokio::time::timeout(d, self.fill()).await {
                Ok(r) => r?,
                Err(_) => return Ok(Fill::Stall),
            },
        };
        Ok(if filled { Fill::Data } else { Fill::Eof })
    }

    /// Put bytes back in front of what is still to be read (used to resynchronise on
    /// a header found inside a body whose length was wrong).
    pub fn unread(&mut self, bytes: &[u8]) {
        let mut v = bytes.to_vec();
        v.extend_from_slice(&self.buf);
        self.buf = v;
    }

    /// The next frame, or `None` at end of stream (a frame cut short by the end of
    /// the stream is dropped: there is nobody left to answer).
    pub async fn next_frame(&mut self) -> io::Result<Option<Frame>> {
        // Headers end at the first blank line.
        let header_end = loop {
            // Some clients (and hand-written tests) use bare `\n`: take whichever
            // blank line comes first.
            let crlf = find(&self.buf, b"\r\n\r\n").map(|i| i + 4);
            let lf = find(&self.buf, b"\n\n").map(|i| i + 2);
            if let Some(end) = crlf.into_iter().chain(lf).min() {
                break end;
            }
            if self.buf.len() > MAX_HEADER {
                // Not headers at all. Keep a header that may start in what we have
                // (or the last bytes, which may be the start of one).
                let keep = match find_ci(&self.buf, b"content-length") {
                    Some(p) if p > 0 => p,
                    Some(_) => {
                        self.buf.clear();
                        return Ok(Some(Frame::BadHeader("header section too long".into())));
                    }
                    None => self.buf.len() - 16,
                };
                return Ok(Some(Frame::Garbage(self.buf.drain(..keep).collect())));
            }
            // Between messages an idle client is no mistake: wait without a timer.
            let filled = if self.buf.trim_ascii().is_empty() {
                if self.fill().await? {
                    Fill::Data
                } else {
                    Fill::Eof
                }
            } else {
                self.fill_or_stall().await?
            };
            match filled {
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
        let found = rfind_ci(block, b"content-length");
        if let Some(p) = found.filter(|&p| !only_headers(&block[..p])) {
            // Bytes before the header that are not headers: the tail of a body whose
            // length was understated, or junk. Hand them over on their own first.
            return Ok(Some(Frame::Garbage(self.buf.drain(..p).collect())));
        }
        let value = match found {
            Some(p) => header_value(&block[p + "content-length".len()..]),
            None => {
                // A tail of the name (`ontent-Length`) is accepted too, at the very
                // start: a previous body whose length was overstated by a few bytes
                // may have eaten the first ones.
                let line = block.split(|&b| b == b'\n').next().unwrap_or_default();
                let line = String::from_utf8_lossy(line);
                match line.split_once(':') {
                    Some((k, v)) => {
                        let key = k.trim().to_ascii_lowercase();
                        (key.len() >= 6 && "content-length".ends_with(&key))
                            .then(|| v.trim().to_string())
                    }
                    None => None,
                }
            }
        };
        self.buf.drain(..header_end);
        let Some(value) = value else {
            return Ok(Some(Frame::BadHeader("missing Content-Length".into())));
        };
        let Ok(length) = value.parse::<usize>() else {
            return Ok(Some(Frame::BadHeader(format!(
                "bad Content-Length {value:?}"
            ))));
        };
        if length > MAX_BODY {
            return Ok(Some(Frame::BadHeader(format!(
                "Content-Length {length} is over the {MAX_BODY} byte limit"
            ))));
        }
        while self.buf.len() < length {
            match self.fill_or_stall().await? {
                Fill::Data => {}
                Fill::Eof => return Ok(None),
                Fill::Stall => {
                    // The client has stopped sending and the body is still short: the
                    // length was wrong. What we have is the body, up to the next header
                    // if another message came after it.
                    let end = match find_ci(&self.buf, b"content-length") {
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
        let body: Vec<u8> = self.buf.drain(..length).collect();
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

/// A frame with its header, ready to write.
pub fn encode(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// What to do with one body read from the client.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// A JSON-RPC request, notification or response: pass it on unchanged.
    Forward,
    /// Not a message: send this error response back to the client.
    Reply(Value),
    /// Not a message, and nothing to answer (a broken notification): log and drop.
    Drop(String),
}

/// Judge one body. JSON that does not parse gets a parse error (-32700) with a null
/// id; JSON that is not a JSON-RPC 2.0 message gets an invalid request (-32600) with
/// its id when it has a usable one.
pub fn judge(body: &[u8]) -> Verdict {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return Verdict::Reply(error_reply(Value::Null, -32700, &format!("{e}"))),
    };
    if serde_json::from_value::<Response>(value.clone()).is_ok()
        || serde_json::from_value::<Request>(value.clone()).is_ok()
    {
        return Verdict::Forward;
    }
    let id = value
        .get("id")
        .cloned()
        .filter(|id| id.is_number() || id.is_string());
    match id {
        Some(id) => Verdict::Reply(error_reply(id, -32600, "not a JSON-RPC 2.0 message")),
        None if value.get("method").is_some() => {
            Verdict::Drop("malformed notification dropped".into())
        }
        None => Verdict::Reply(error_reply(
            Value::Null,
            -32600,
            "not a JSON-RPC 2.0 message",
        )),
    }
}

fn error_reply(id: Value, code: i64, message: &str) -> Value {
    let what = if code == -32700 {
        "Parse error"
    } else {
        "Invalid request"
    };
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": format!("{what}: {message}")}})
}

/// What to answer for bytes that came framed wrongly: a body whose `Content-Length`
/// was wrong (`in_body`), or bytes outside any frame. A well-formed request is
/// refused with its own id, so the client does not wait for an answer forever; a
/// notification or a response is dropped. Bytes that are not a message get a parse
/// error when they were a body, and are only logged when they were stray bytes
/// between frames (the message they belonged to has had its answer already).
pub fn answer_misframed(bytes: &[u8], why: &str, in_body: bool) -> Option<Value> {
    if bytes.trim_ascii().is_empty() {
        return None;
    }
    match judge(bytes) {
        Verdict::Forward => {
            let value: Value = serde_json::from_slice(bytes).ok()?;
            let is_request = value.get("method").is_some();
            let id = value.get("id").filter(|id| !id.is_null())?;
            is_request.then(|| error_reply(id.clone(), -32600, why))
        }
        Verdict::Reply(reply) => (in_body || !reply["id"].is_null()).then_some(reply),
        Verdict::Drop(_) => None,
    }
}

/// Copy client frames from `input` to `to_server`, forwarding well-formed messages
/// and sending error replies for the rest to `replies`. Returns at end of input.
pub async fn pump_input<R, W>(input: R, mut to_server: W, replies: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = FrameReader::recovering(input, STALL);
    let reply = |v: Value| {
        let _ = replies.send(encode(v.to_string().as_bytes()));
    };
    loop {
        let frame = match reader.next_frame().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                eprintln!("recoupe: reading stdin: {e}");
                break;
            }
        };
        match frame {
            Frame::Body(body) => {
                match judge(&body) {
                    Verdict::Forward => {
                        if to_server.write_all(&encode(&body)).await.is_err()
                            || to_server.flush().await.is_err()
                        {
                            // The transport has stopped (after `exit`): nothing more to do.
                            break;
                        }
                    }
                    Verdict::Reply(r) => match find_ci(&body, b"content-length") {
                        // A body whose Content-Length was too long swallowed the start of
                        // the next message: the body ends there, and we pick up again at
                        // the header.
                        Some(i) if i > 0 => {
                            reader.unread(&body[i..]);
                            let why = "Content-Length is longer than the message";
                            eprintln!("recoupe: {why}");
                            if let Some(r) = answer_misframed(&body[..i], why, true) {
                                reply(r);
                            }
                        }
                        _ => {
                            eprintln!("recoupe: malformed message from the client, answered with an error");
                            reply(r);
                        }
                    },
                    Verdict::Drop(why) => eprintln!("recoupe: {why}"),
                }
            }
            Frame::Misframed { body, why } => {
                eprintln!("recoupe: {why}");
                if let Some(r) = answer_misframed(&body, &why, true) {
                    reply(r);
                }
            }
            Frame::Garbage(bytes) => {
                let why = "message without a Content-Length header";
                eprintln!(
                    "recoupe: {} byte(s) outside any frame, skipped",
                    bytes.len()
                );
                if let Some(r) = answer_misframed(&bytes, why, false) {
                    reply(r);
                }
            }
            Frame::BadHeader(why) => {
                eprintln!("recoupe: bad message header: {why}");
                reply(error_reply(Value::Null, -32700, &why));
            }
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

    #[test]
    fn misframed_requests_are_refused_with_their_id() {
        // (bytes, in a body, expected reply as "id code", or "none")
        let cases = [
            (REQ, true, "1 -32600"),
            (REQ, false, "1 -32600"),
            (NOTE, true, "none"),
            (r#"{"jsonrpc":"2.0","id":4,"result":null}"#, false, "none"),
            ("{\"jsonrpc\":\"2.0\",\"id\":", true, "null -32700"),
            ("\"method\":\"x\"}", false, "none"),
            (r#"{"jsonrpc":"1.0","id":8}"#, false, "8 -32600"),
            ("  \r\n", true, "none"),
        ];
        for (bytes, in_body, want) in cases {
            let got = match answer_misframed(bytes.as_bytes(), "why", in_body) {
                Some(v) => format!("{} {}", v["id"], v["error"]["code"]),
                None => "none".into(),
            };
            assert_eq!(got, want, "{bytes:?} in_body={in_body}");
        }
    }

    fn check(body: &str, expected: &str) {
        let got = match judge(body.as_bytes()) {
            Verdict::Forward => "forward".to_string(),
            Verdict::Reply(v) => format!("reply {} {}", v["id"], v["error"]["code"]),
            Verdict::Drop(_) => "drop".to_string(),
        };
        assert_eq!(got, expected, "{body}");
    }

    #[test]
    fn judges_bodies() {
        check(
            r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            "forward",
        );
        check(r#"{"jsonrpc":"2.0","method":"initialized"}"#, "forward");
        check(r#"{"jsonrpc":"2.0","id":3,"result":null}"#, "forward");
        check(
            r#"{"jsonrpc":"2.0","id":4,"method":"x""#,
            "reply null -32700",
        );
        check("not json", "reply null -32700");
        check(r#"{"jsonrpc":"1.0","id":5,"method":"x"}"#, "reply 5 -32600");
        check(r#"{"jsonrpc":"2.0","method":7}"#, "drop");
        check(r#"[1,2]"#, "reply null -32600");
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
