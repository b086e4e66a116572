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
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};

/// Bodies larger than this are refused rather than buffered: no LSP message is this
/// large, and a wrong `Content-Length` must not make us allocate gigabytes.
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// What one read from the byte stream gave.
#[derive(Debug, PartialEq)]
pub enum Frame {
    /// A complete body, as announced by its `Content-Length`.
    Body(Vec<u8>),
    /// Headers we could not use (no or bad `Content-Length`, too large): the reason.
    BadHeader(String),
}

/// Reads `Content-Length` frames from a byte stream, keeping what it read ahead.
pub struct FrameReader<R> {
    inner: R,
    buf: Vec<u8>,
    eof: bool,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    pub fn new(inner: R) -> Self {
        FrameReader {
            inner,
            buf: Vec::new(),
            eof: false,
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
            if self.buf.len() > 64 * 1024 {
                // Not headers at all: drop what we have and look again.
                self.buf.clear();
                return Ok(Some(Frame::BadHeader("header section too long".into())));
            }
            if !self.fill().await? {
                return Ok(None);
            }
        };
        let headers = String::from_utf8_lossy(&self.buf[..header_end]).into_owned();
        self.buf.drain(..header_end);
        let mut length = None;
        for line in headers.lines() {
            if let Some((k, v)) = line.split_once(':') {
                // A tail of the name (`ontent-Length`) is accepted too: a previous
                // body whose length was overstated may have eaten the first bytes.
                let key = k.trim().to_ascii_lowercase();
                if key.len() >= 6 && "content-length".ends_with(&key) {
                    length = v.trim().parse::<usize>().ok();
                    if length.is_none() {
                        return Ok(Some(Frame::BadHeader(format!(
                            "bad Content-Length {:?}",
                            v.trim()
                        ))));
                    }
                }
            }
        }
        let Some(length) = length else {
            return Ok(Some(Frame::BadHeader("missing Content-Length".into())));
        };
        if length > MAX_BODY {
            return Ok(Some(Frame::BadHeader(format!(
                "Content-Length {length} is over the {MAX_BODY} byte limit"
            ))));
        }
        while self.buf.len() < length {
            if !self.fill().await? {
                return Ok(None);
            }
        }
        let body: Vec<u8> = self.buf.drain(..length).collect();
        Ok(Some(Frame::Body(body)))
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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

/// Copy client frames from `input` to `to_server`, forwarding well-formed messages
/// and sending error replies for the rest to `replies`. Returns at end of input.
pub async fn pump_input<R, W>(input: R, mut to_server: W, replies: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = FrameReader::new(input);
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
            Frame::Body(body) => match judge(&body) {
                Verdict::Forward => {
                    if to_server.write_all(&encode(&body)).await.is_err()
                        || to_server.flush().await.is_err()
                    {
                        // The transport has stopped (after `exit`): nothing more to do.
                        break;
                    }
                }
                Verdict::Reply(reply) => {
                    eprintln!("recoupe: malformed message from the client, answered with an error");
                    // A body whose Content-Length was too long swallowed the start of
                    // the next message: pick up again at its header.
                    if let Some(i) = find(&body, b"Content-Length:") {
                        reader.unread(&body[i..]);
                    }
                    let _ = replies.send(encode(reply.to_string().as_bytes()));
                }
                Verdict::Drop(why) => eprintln!("recoupe: {why}"),
            },
            Frame::BadHeader(why) => {
                eprintln!("recoupe: bad message header: {why}");
                let reply = error_reply(Value::Null, -32700, &why);
                let _ = replies.send(encode(reply.to_string().as_bytes()));
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
