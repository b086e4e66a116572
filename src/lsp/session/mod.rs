//! The session: plain data, as the notifications left it. The open documents, the
//! workspace (roots, settings layers, corpora, the generation counter) and what the
//! client can do. Notification handlers change it; jobs read it through immutable
//! snapshots, and record their results only where a version or a generation says
//! they still apply (`OpenDocuments::store_analysis`, `may_publish`,
//! `Workspace::install`).
//!
//! It knows nothing of the client handle, tasks or the engine: everything here is
//! answered synchronously.

mod documents;
mod workspace;

pub use documents::{Analysis, Edit, OpenDocuments};
pub use workspace::{raw_settings, Env, EnvFor, Workspace};

use crate::lsp::from_proto;
use crate::text::Encoding;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::RwLock;
use tower_lsp_server::ls_types::{ClientCapabilities, Uri};

/// What the client told us it supports, boiled down to what we act on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Caps {
    pub encoding: Encoding,
    /// `workspace/configuration` requests.
    pub configuration: bool,
    /// Dynamic registration of `workspace/didChangeWatchedFiles`.
    pub watch_dynamic: bool,
    pub watch_relative: bool,
    /// `window/workDoneProgress/create` and `$/progress`.
    pub progress: bool,
    /// The client pulls diagnostics (`textDocument/diagnostic`): we then do not push.
    pub pull_diagnostics: bool,
    pub diagnostic_refresh: bool,
}

impl Caps {
    pub fn from_client(c: &ClientCapabilities) -> Caps {
        let ws = c.workspace.as_ref();
        let watched = ws.and_then(|w| w.did_change_watched_files.as_ref());
        Caps {
            encoding: from_proto::encoding(c),
            configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
            watch_dynamic: watched
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            watch_relative: watched
                .and_then(|w| w.relative_pattern_support)
                .unwrap_or(false),
            progress: c
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            pull_diagnostics: c
                .text_document
                .as_ref()
                .is_some_and(|t| t.diagnostic.is_some()),
            diagnostic_refresh: ws
                .and_then(|w| w.diagnostics.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false),
        }
    }
}

/// Everything one check needs, taken at once and never changed: the document's
/// text at one version, how the client counts positions, and the settings and
/// corpus (of one generation) it is checked with.
pub struct DocumentSnapshot {
    pub uri: Uri,
    pub path: Option<PathBuf>,
    pub version: i32,
    pub text: String,
    pub last_edit: Option<Edit>,
    pub encoding: Encoding,
    pub env: Env,
}

#[derive(Default)]
pub struct Session {
    pub documents: OpenDocuments,
    pub workspace: Workspace,
    caps: RwLock<Caps>,
    shutting_down: AtomicBool,
}

impl Session {
    pub fn caps(&self) -> Caps {
        self.caps.read().map(|c| *c).unwrap_or_default()
    }

    pub fn set_caps(&self, caps: Caps) {
        if let Ok(mut c) = self.caps.write() {
            *c = caps;
        }
    }

    pub fn is_shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::Relaxed)
    }

    pub fn shut_down(&self) {
        self.shutting_down.store(true, Ordering::SeqCst);
    }

    /// The generation of the settings and corpora: bumped whenever any change.
    pub fn generation(&self) -> u64 {
        self.workspace.generation()
    }

    /// The document at its current version with what to check it against; `None`
    /// when it is not open or its corpus is not ready (see `Workspace::env_for`).
    pub fn snapshot(&self, uri: &Uri) -> Option<DocumentSnapshot> {
        let doc = self.documents.text(uri)?;
        let path = from_proto::file_path(uri);
        let EnvFor::Ready(env) = self.workspace.env_for(path.as_deref()) else {
            return None;
        };
        Some(DocumentSnapshot {
            uri: uri.clone(),
            path,
            version: doc.version,
            text: doc.text,
            last_edit: doc.last_edit,
            encoding: self.caps().encoding,
            env,
        })
    }
}
