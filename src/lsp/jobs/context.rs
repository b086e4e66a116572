//! What every handler and job shares: the client handle, the session, the engine
//! with each open draft's checker, the file watcher, and the channel on which a
//! corpus reload is asked for (`jobs/reload.rs` runs them). It starts no job itself
//! other than through that channel, so nothing here needs the jobs above it.

use super::archive_cache::{ArchiveState, Wanted};
use super::watch::{Changed, Watch};
use crate::corpus::disk::config::find_config;
use crate::lsp::engine::{Checker, Engine};
use crate::lsp::related::RelatedCache;
use crate::lsp::session::{Analysis, EnvFor, Session};
use dashmap::DashMap;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tower_lsp_server::ls_types::{MessageType, Uri};
use tower_lsp_server::Client;

/// A request to re-read one root's settings and, if `force_corpus`, its corpus.
#[derive(Debug)]
pub struct Reload {
    pub root: PathBuf,
    pub force_corpus: bool,
}

pub struct Ctx {
    pub client: Client,
    pub session: Session,
    engine: Engine,
    /// Per open draft, how it is checked (with the real engine: its memo).
    checkers: DashMap<Uri, Checker>,
    /// Held while publishing diagnostics, so publications never overtake each other.
    pub publishing: tokio::sync::Mutex<()>,
    /// Messages already shown to the writer.
    shown: Mutex<HashSet<String>>,
    pub watch: Watch,
    reloads: mpsc::UnboundedSender<Reload>,
    /// Evidence converted for the client, reused from one publication to the next.
    pub related: RelatedCache,
    /// The archives the settings name, and each draft's corpus with them.
    pub archive: ArchiveState,
    archive_wanted: mpsc::UnboundedSender<Wanted>,
}

/// The receiving ends of the channels a `Ctx` sends on, for the jobs that serve them.
pub struct Inbox {
    pub reloads: mpsc::UnboundedReceiver<Reload>,
    /// Files the fallback watcher saw change.
    pub changed: mpsc::UnboundedReceiver<Changed>,
    /// Analyses whose drafts' archive is to be asked (`jobs/archive.rs`).
    pub archive: mpsc::UnboundedReceiver<Wanted>,
}

impl Ctx {
    pub fn new(client: Client, engine: Engine) -> (Ctx, Inbox) {
        let (reloads, reloads_rx) = mpsc::unbounded_channel();
        let (changed, changed_rx) = mpsc::unbounded_channel();
        let (archive_wanted, archive_rx) = mpsc::unbounded_channel();
        let ctx = Ctx {
            client,
            session: Session::default(),
            engine,
            checkers: DashMap::new(),
            publishing: tokio::sync::Mutex::new(()),
            shown: Mutex::new(HashSet::new()),
            watch: Watch::new(changed),
            reloads,
            related: RelatedCache::default(),
            archive: ArchiveState::default(),
            archive_wanted,
        };
        let inbox = Inbox {
            reloads: reloads_rx,
            changed: changed_rx,
            archive: archive_rx,
        };
        (ctx, inbox)
    }

    /// How the draft at `uri` is checked, made on first use.
    pub fn checker(&self, uri: &Uri) -> Checker {
        self.checkers
            .entry(uri.clone())
            .or_insert_with(|| self.engine.checker())
            .clone()
    }

    /// Forget a closed draft's checker (and its memo).
    pub fn forget_checker(&self, uri: &Uri) {
        self.checkers.remove(uri);
    }

    /// The settings and corpus of a draft at `path`. Unless they are ready, the
    /// nearest `recoupe.toml` above the draft (found as the CLI finds it) makes its
    /// folder a root, which starts loading: a draft the editor placed in a root
    /// without one (Eglot takes the draft's own folder, or a repository's) is
    /// checked against that file's corpus. A draft outside every root with no
    /// `recoupe.toml` above it makes its own folder one. For notification handlers:
    /// only they change the roots.
    pub fn adopt_root(&self, path: Option<&Path>) -> EnvFor {
        let env = self.session.workspace.env_for(path);
        let Some(path) = path.filter(|_| !matches!(env, EnvFor::Ready(_))) else {
            return env;
        };
        // The session knows no disk: the root is found here, above the file.
        let dir = path.parent().unwrap_or(Path::new("."));
        let found = find_config(dir).and_then(|c| c.parent().map(Path::to_path_buf));
        let root = match (found, &env) {
            (Some(root), _) => root,
            (None, EnvFor::UnknownRoot) => dir.to_path_buf(),
            (None, _) => return env,
        };
        if self.session.workspace.add_root(root.clone()) {
            self.request_reload(root.clone(), true);
        }
        env
    }

    /// Ask the archive, in the background, for what this new analysis of the draft
    /// at `uri` lacks (when its settings name one).
    pub fn want_archive(&self, uri: Uri, analysis: Arc<Analysis>) {
        if analysis.settings.archive.is_some() {
            // Fails only once the archive job has stopped, with the server.
            let _ = self.archive_wanted.send(Wanted { uri, analysis });
        } else {
            let _ = self.archive.forget(&uri);
        }
    }

    /// Ask for a reload of `root` in the background.
    pub fn request_reload(&self, root: PathBuf, force_corpus: bool) {
        // Fails only once the reloader has stopped, with the server.
        let _ = self.reloads.send(Reload { root, force_corpus });
    }

    /// The language of a notice about the workspace rather than one draft: the
    /// `language` setting, else that of an open draft, else English.
    pub fn notice_lang(&self, setting: crate::lang::Language) -> crate::lang::Lang {
        use crate::lang::{Lang, Language};
        match setting {
            Language::Fr => Lang::Fr,
            Language::En => Lang::En,
            Language::Auto => self
                .session
                .documents
                .uris()
                .first()
                .and_then(|u| self.session.documents.text(u))
                .map_or(Lang::En, |t| crate::lang::detect(&t.text)),
        }
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
        self.show_once_as(message.clone(), typ, message).await;
    }

    /// A message shown once per session for `key`, whatever language it comes in
    /// (the same problem told to drafts in two languages is still one problem).
    pub async fn show_once_as(&self, key: String, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        let first = self.shown.lock().map(|mut s| s.insert(key)).unwrap_or(true);
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
