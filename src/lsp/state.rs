//! The server's shared state: the client handle, the engine, open documents, the
//! workspace (settings and corpora) and what the client can do.

use super::session::Session;
use super::workspace::Workspace;
use super::Engine;
use crate::text::Encoding;
use crate::verify::Incremental;
use dashmap::DashMap;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use tower_lsp_server::ls_types::{ClientCapabilities, MessageType, Uri};
use tower_lsp_server::Client;

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
            encoding: super::from_proto::encoding(c),
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

pub struct State {
    pub client: Client,
    pub engine: Engine,
    pub docs: Session,
    pub ws: Workspace,
    caps: RwLock<Caps>,
    /// Held while publishing diagnostics, so publications never overtake each other.
    pub publishing: tokio::sync::Mutex<()>,
    pub shutting_down: AtomicBool,
    shown: Mutex<HashSet<String>>,
    pub watch: super::watch::WatchState,
    /// Per open draft, what its last check found, for re-checking only what an edit
    /// touched. `None` when serving a stand-in engine (tests), which checks whole drafts.
    pub incremental: Option<DashMap<Uri, Arc<Mutex<Incremental>>>>,
}

impl State {
    pub fn new(client: Client, engine: Engine, incremental: bool) -> State {
        State {
            incremental: incremental.then(DashMap::new),
            client,
            engine,
            docs: Session::default(),
            ws: Workspace::default(),
            caps: RwLock::new(Caps::default()),
            publishing: tokio::sync::Mutex::new(()),
            shutting_down: AtomicBool::new(false),
            shown: Mutex::new(HashSet::new()),
            watch: Default::default(),
        }
    }

    /// The incremental memo of a draft, when the server checks incrementally.
    pub fn memo(&self, uri: &Uri) -> Option<Arc<Mutex<Incremental>>> {
        let memos = self.incremental.as_ref()?;
        Some(memos.entry(uri.clone()).or_default().clone())
    }

    /// Forget a closed draft's memo.
    pub fn forget_memo(&self, uri: &Uri) {
        if let Some(memos) = &self.incremental {
            memos.remove(uri);
        }
    }

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

    /// A log line for the client's output panel, and for stderr (never stdout: it
    /// carries the protocol).
    pub async fn log(&self, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        eprintln!("recoupe: {message}");
        self.client.log_message(typ, message).await;
    }

    /// A message the writer must see, shown once per session however often it recurs.
    pub async fn show_once(&self, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        let first = self
            .shown
            .lock()
            .map(|mut s| s.insert(message.clone()))
            .unwrap_or(true);
        eprintln!("recoupe: {message}");
        if first {
            self.client.show_message(typ, message).await;
        }
    }

    /// Forget shown messages, so a problem that comes back after being fixed is
    /// shown again.
    pub fn reset_shown(&self) {
        if let Ok(mut s) = self.shown.lock() {
            s.clear();
        }
    }
}
