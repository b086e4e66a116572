//! The open documents: one rope per URI, with its version, the last edit, the
//! newest analysis and the newest version published. Documents change only in the
//! `did*` notifications, in arrival order; an analysis or a publication is recorded
//! only while the document is still at the version it was computed from.
//!
//! Ordering: tower-lsp-server runs handlers concurrently, but it first polls them in
//! arrival order and a `did*` handler mutates here before its first `.await`, so
//! edits apply in order. Versions are checked as well: a change whose version is
//! not newer than the document's is stale and refused.

use crate::config::Settings;
use crate::document::Document;
use crate::lang::Lang;
use crate::lsp::from_proto;
use crate::text::{Encoding, Span};
use crate::verify::Finding;
use crate::Corpus;
use dashmap::DashMap;
use ropey::Rope;
use std::sync::Arc;
use std::time::Instant;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

/// Where the last edit left text (bytes of the new text), and when.
#[derive(Debug, Clone, Copy)]
pub struct Edit {
    pub span: Span,
    pub at: Instant,
}

/// One check of one version of a draft, and everything needed to present it.
pub struct Analysis {
    pub version: i32,
    /// The settings-and-corpus generation it was computed against.
    pub generation: u64,
    pub draft: Document,
    pub checked: Vec<Finding>,
    pub corpus: Arc<Corpus>,
    pub settings: Arc<Settings>,
    /// The draft's language, as the check resolved it.
    pub lang: Lang,
    pub last_edit: Option<Edit>,
    /// How the client counts positions.
    pub encoding: Encoding,
}

impl Analysis {
    /// Finding claims under a byte offset (ends included: the cursor just after a
    /// figure is still on it). Anywhere on a claim's extent counts, the unit or
    /// counted noun of a figure included; but where the offset is on a claim itself,
    /// a neighbour that only reaches it by its noun is left out.
    pub fn claims_at(&self, offset: usize) -> impl Iterator<Item = &Finding> {
        let on_a_claim = self.checked.iter().any(|c| c.claim.span.contains(offset));
        self.checked.iter().filter(move |c| {
            if on_a_claim {
                c.claim.span.contains(offset)
            } else {
                c.claim.extent.contains(offset)
            }
        })
    }
}

struct Doc {
    rope: Rope,
    version: i32,
    last_edit: Option<Edit>,
    /// The newest analysis, whatever its version.
    analysis: Option<Arc<Analysis>>,
    /// The newest version whose diagnostics were published.
    published: Option<i32>,
}

/// A document's text at one version, copied out so it is analysed without a lock.
#[derive(Debug, Clone)]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
    pub last_edit: Option<Edit>,
}

/// Every document the client has open, by URI.
#[derive(Default)]
pub struct OpenDocuments {
    docs: DashMap<Uri, Doc>,
}

impl OpenDocuments {
    pub fn open(&self, uri: Uri, version: i32, text: &str) {
        self.docs.insert(
            uri,
            Doc {
                rope: Rope::from_str(text),
                version,
                last_edit: None,
                analysis: None,
                published: None,
            },
        );
    }

    /// Apply `changes` in order. `Err` says why nothing was applied.
    pub fn change(
        &self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        enc: Encoding,
    ) -> Result<(), String> {
        let mut doc = self
            .docs
            .get_mut(uri)
            .ok_or_else(|| format!("change to a document that is not open: {}", uri.as_str()))?;
        if version <= doc.version {
            return Err(format!(
                "stale change to {} (version {version}, have {})",
                uri.as_str(),
                doc.version
            ));
        }
        let mut last = None;
        for change in changes {
            match change.range {
                None => {
                    doc.rope = Rope::from_str(&change.text);
                    last = None;
                }
                Some(range) => {
                    let a = from_proto::rope_offset(&doc.rope, range.start, enc);
                    let b = from_proto::rope_offset(&doc.rope, range.end, enc).max(a);
                    let (ca, cb) = (doc.rope.byte_to_char(a), doc.rope.byte_to_char(b));
                    doc.rope.remove(ca..cb);
                    doc.rope.insert(ca, &change.text);
                    last = Some(Span::new(a, a + change.text.len()));
                }
            }
        }
        doc.version = version;
        doc.last_edit = last.map(|span| Edit {
            span,
            at: Instant::now(),
        });
        Ok(())
    }

    pub fn close(&self, uri: &Uri) {
        self.docs.remove(uri);
    }

    /// The document's text and version now.
    pub fn text(&self, uri: &Uri) -> Option<DocumentText> {
        self.docs.get(uri).map(|d| DocumentText {
            version: d.version,
            text: d.rope.to_string(),
            last_edit: d.last_edit,
        })
    }

    pub fn version(&self, uri: &Uri) -> Option<i32> {
        self.docs.get(uri).map(|d| d.version)
    }

    pub fn uris(&self) -> Vec<Uri> {
        self.docs.iter().map(|e| e.key().clone()).collect()
    }

    /// The newest analysis of the document, if it is of its current version and of
    /// the current settings and corpus (`generation`).
    pub fn fresh_analysis(&self, uri: &Uri, generation: u64) -> Option<Arc<Analysis>> {
        let d = self.docs.get(uri)?;
        d.analysis
            .clone()
            .filter(|a| a.version == d.version && a.generation == generation)
    }

    /// Keep an analysis unless the document has moved past it.
    /// Keep `a` as the document's analysis if it is of its version; the analysis it
    /// replaces, for the caller to drop where that costs the writer nothing.
    pub fn store_analysis(&self, uri: &Uri, a: Arc<Analysis>) -> Option<Arc<Analysis>> {
        let mut d = self.docs.get_mut(uri)?;
        if d.version == a.version {
            d.analysis.replace(a)
        } else {
            None
        }
    }

    /// Record a publication of `version`; false (and nothing recorded) when it would
    /// replace diagnostics of a newer version, or the document moved on or closed.
    pub fn may_publish(&self, uri: &Uri, version: i32) -> bool {
        match self.docs.get_mut(uri) {
            Some(mut d) if d.version == version && d.published.is_none_or(|p| p <= version) => {
                d.published = Some(version);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn change(l0: u32, c0: u32, l1: u32, c1: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range {
                start: Position {
                    line: l0,
                    character: c0,
                },
                end: Position {
                    line: l1,
                    character: c1,
                },
            }),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn applies_incremental_changes_in_utf16_and_refuses_stale_ones() {
        let s = OpenDocuments::default();
        let uri: Uri = "file:///d.md".parse().unwrap_or_else(|_| unreachable!());
        s.open(uri.clone(), 1, "😀 4 200 foyers\r\nÉté 𝄞 x\n");
        // replace "4 200" (UTF-16 columns 3..8, after the astral emoji)
        let r = s.change(&uri, 2, vec![change(0, 3, 0, 8, "2 400")], Encoding::Utf16);
        assert!(r.is_ok());
        // then insert after 𝄞 (two UTF-16 units) on the second line
        let r = s.change(&uri, 3, vec![change(1, 6, 1, 6, "é")], Encoding::Utf16);
        assert!(r.is_ok());
        let snap = s.text(&uri).map(|s| s.text).unwrap_or_default();
        assert_eq!(snap, "😀 2 400 foyers\r\nÉté 𝄞é x\n");
        assert!(s
            .change(&uri, 3, vec![change(0, 0, 0, 0, "x")], Encoding::Utf16)
            .is_err());
        let edit = s.text(&uri).and_then(|s| s.last_edit).map(|e| e.span);
        let at = "😀 2 400 foyers\r\nÉté 𝄞".len();
        assert_eq!(edit, Some(Span::new(at, at + 2)));
    }
}

/// Property test: any sequence of incremental edits, sent in UTF-16 (or UTF-8) ranges
/// as an editor would, leaves the session's rope equal to a plain `String` edited the
/// same way, and records where the last edit left its text.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::Index;
    use tower_lsp_server::ls_types::{Position, Range};

    /// Pieces of journalist text and of what makes editors and ropes stumble.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[a-zA-Z0-9 .,]{1,6}",
            2 => Just("\n".to_string()),
            2 => Just("\r\n".to_string()),
            1 => Just("\r".to_string()),
            1 => Just("\n\n".to_string()),
            1 => Just("é".to_string()),
            1 => Just("e\u{301}".to_string()),
            1 => Just("😀".to_string()),
            1 => Just("👩\u{200d}🚒".to_string()),
            1 => Just("« 4\u{a0}200 »".to_string()),
            1 => Just("\u{202f}".to_string()),
            1 => Just("\u{2028}".to_string()),
            1 => any::<char>().prop_map(String::from),
        ]
    }

    fn text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(piece(), 0..max).prop_map(|p| p.concat())
    }

    /// How the end of a range is given: on a char boundary, past its line's end
    /// (clamps to the line's end), or past the last line (clamps to the text's end).
    #[derive(Debug, Clone)]
    enum End {
        At(Index),
        PastLine(Index),
        PastText,
    }

    #[derive(Debug, Clone)]
    enum Change {
        Range {
            start: Index,
            end: End,
            text: String,
        },
        Full(String),
    }

    fn change() -> impl Strategy<Value = Change> {
        let end = prop_oneof![
            6 => any::<Index>().prop_map(End::At),
            1 => any::<Index>().prop_map(End::PastLine),
            1 => Just(End::PastText),
        ];
        prop_oneof![
            12 => (any::<Index>(), end, text(4))
                .prop_map(|(start, end, text)| Change::Range { start, end, text }),
            1 => text(8).prop_map(Change::Full),
        ]
    }

    /// One `didChange`: its changes, and whether it is sent with a stale version.
    fn batch() -> impl Strategy<Value = (Vec<Change>, bool)> {
        (
            proptest::collection::vec(change(), 1..4),
            proptest::bool::weighted(0.1),
        )
    }

    /// Each line's start and content end (before its line ending), as LSP counts lines.
    fn lines(text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            let brk = match b[i] {
                b'\n' => 1,
                b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
                b'\r' => 1,
                _ => 0,
            };
            if brk > 0 {
                out.push((start, i));
                start = i + brk;
                i += brk;
            } else {
                i += 1;
            }
        }
        out.push((start, b.len()));
        out
    }

    /// The offsets an editor can point at: char boundaries not between `\r` and `\n`.
    fn boundaries(text: &str) -> Vec<usize> {
        (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .filter(|&i| !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text[i..].starts_with('\n')))
            .collect()
    }

    fn position(text: &str, offset: usize, enc: Encoding) -> Position {
        let ls = lines(text);
        let line = ls.iter().rposition(|&(s, _)| s <= offset).unwrap_or(0);
        let before = &text[ls[line].0..offset];
        let col = match enc {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
            Encoding::Utf32 => before.chars().count(),
        };
        Position {
            line: line as u32,
            character: col as u32,
        }
    }

    /// The LSP change event for `change` on `text`, and the byte range and text it
    /// stands for (`None` for a full replacement).
    fn event(
        text: &str,
        change: &Change,
        enc: Encoding,
    ) -> (
        TextDocumentContentChangeEvent,
        Option<(usize, usize)>,
        String,
    ) {
        match change {
            Change::Full(t) => (
                TextDocumentContentChangeEvent {
                    range: None,
                    range_length: None,
                    text: t.clone(),
                },
                None,
                t.clone(),
            ),
            Change::Range {
                start,
                end,
                text: t,
            } => {
                let bs = boundaries(text);
                let a = bs[start.index(bs.len())];
                let (b, end_pos) = match end {
                    End::At(i) => {
                        let b = bs[i.index(bs.len())];
                        (b, position(text, b, enc))
                    }
                    End::PastLine(i) => {
                        let b = bs[i.index(bs.len())];
                        let p = position(text, b, enc);
                        let line_end = lines(text)[p.line as usize].1;
                        (
                            line_end,
                            Position {
                                line: p.line,
                                character: p.character + 1000,
                            },
                        )
                    }
                    End::PastText => {
                        let n = lines(text).len() as u32;
                        (
                            text.len(),
                            Position {
                                line: n + 2,
                                character: 0,
                            },
                        )
                    }
                };
                // an editor sends start <= end; so do we, whichever index came first
                let (a, b, start_pos, end_pos) = if a <= b {
                    (a, b, position(text, a, enc), end_pos)
                } else {
                    (b, a, end_pos, position(text, a, enc))
                };
                let ev = TextDocumentContentChangeEvent {
                    range: Some(Range {
                        start: start_pos,
                        end: end_pos,
                    }),
                    range_length: None,
                    text: t.clone(),
                };
                (ev, Some((a, b)), t.clone())
            }
        }
    }

    fn run(
        initial: &str,
        batches: &[(Vec<Change>, bool)],
        enc: Encoding,
    ) -> Result<(), TestCaseError> {
        let s = OpenDocuments::default();
        let uri: Uri = "file:///p.md"
            .parse()
            .map_err(|_| TestCaseError::fail("uri"))?;
        s.open(uri.clone(), 1, initial);
        let mut client = initial.to_string();
        let mut version = 1;
        for (changes, stale) in batches {
            let sent_version = if *stale { version } else { version + 1 };
            let mut events = Vec::new();
            let mut edited = client.clone();
            let mut last = None;
            for c in changes {
                let (ev, range, t) = event(&edited, c, enc);
                match range {
                    Some((a, b)) => {
                        edited.replace_range(a..b, &t);
                        last = Some(Span::new(a, a + t.len()));
                    }
                    None => {
                        edited = t;
                        last = None;
                    }
                }
                events.push(ev);
            }
            let r = s.change(&uri, sent_version, events, enc);
            if *stale {
                prop_assert!(r.is_err(), "a stale version is refused");
            } else {
                prop_assert!(r.is_ok(), "{:?}", r);
                client = edited;
                version = sent_version;
            }
            let snap = s.text(&uri);
            prop_assert_eq!(
                snap.as_ref().map(|s| s.text.as_str()),
                Some(client.as_str())
            );
            prop_assert_eq!(snap.as_ref().map(|s| s.version), Some(version));
            if !*stale {
                prop_assert_eq!(snap.and_then(|s| s.last_edit).map(|e| e.span), last);
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn incremental_edits_in_utf16_keep_server_and_client_equal(
            initial in text(16),
            batches in proptest::collection::vec(batch(), 1..12),
        ) {
            run(&initial, &batches, Encoding::Utf16)?;
        }

        #[test]
        fn incremental_edits_in_utf8_keep_server_and_client_equal(
            initial in text(16),
            batches in proptest::collection::vec(batch(), 1..12),
        ) {
            run(&initial, &batches, Encoding::Utf8)?;
        }
    }
}
