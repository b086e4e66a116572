//! Open documents: one rope per URI, with its version, the last edit and the latest
//! analysis. Documents change only in the `did*` notifications, in arrival order.
//!
//! Ordering: tower-lsp-server runs handlers concurrently, but it first polls them in
//! arrival order and a `did*` handler mutates here before its first `.await`, so
//! edits apply in order. Versions are checked as well: a change whose version is
//! not newer than the document's is stale and refused.

use super::analysis::Analysis;
use super::from_proto;
use crate::text::{Encoding, Span};
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

pub struct Doc {
    pub rope: Rope,
    pub version: i32,
    pub last_edit: Option<Edit>,
    /// The newest analysis, whatever its version.
    pub analysis: Option<Arc<Analysis>>,
    /// The newest version whose diagnostics were published.
    pub published: Option<i32>,
}

/// A document's text at one version, to analyse without holding a lock.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: i32,
    pub text: String,
    pub last_edit: Option<Edit>,
}

#[derive(Default)]
pub struct Session {
    docs: DashMap<Uri, Doc>,
}

impl Session {
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

    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        self.docs.get(uri).map(|d| Snapshot {
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
    /// the current settings and corpus (`world`).
    pub fn fresh_analysis(&self, uri: &Uri, world: u64) -> Option<Arc<Analysis>> {
        let d = self.docs.get(uri)?;
        d.analysis
            .clone()
            .filter(|a| a.version == d.version && a.world == world)
    }

    /// Keep an analysis unless the document has moved past it.
    pub fn store_analysis(&self, uri: &Uri, a: Arc<Analysis>) {
        if let Some(mut d) = self.docs.get_mut(uri) {
            if d.version == a.version {
                d.analysis = Some(a);
            }
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
        let s = Session::default();
        let uri: Uri = "file:///d.md".parse().unwrap_or_else(|_| unreachable!());
        s.open(uri.clone(), 1, "😀 4 200 foyers\r\nÉté 𝄞 x\n");
        // replace "4 200" (UTF-16 columns 3..8, after the astral emoji)
        let r = s.change(&uri, 2, vec![change(0, 3, 0, 8, "2 400")], Encoding::Utf16);
        assert!(r.is_ok());
        // then insert after 𝄞 (two UTF-16 units) on the second line
        let r = s.change(&uri, 3, vec![change(1, 6, 1, 6, "é")], Encoding::Utf16);
        assert!(r.is_ok());
        let snap = s.snapshot(&uri).map(|s| s.text).unwrap_or_default();
        assert_eq!(snap, "😀 2 400 foyers\r\nÉté 𝄞é x\n");
        assert!(s
            .change(&uri, 3, vec![change(0, 0, 0, 0, "x")], Encoding::Utf16)
            .is_err());
        let edit = s.snapshot(&uri).and_then(|s| s.last_edit).map(|e| e.span);
        let at = "😀 2 400 foyers\r\nÉté 𝄞".len();
        assert_eq!(edit, Some(Span::new(at, at + 2)));
    }
}
