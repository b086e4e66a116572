//! Watching the corpus folders and each root's `recoupe.toml`: through the client's
//! file watcher (`workspace/didChangeWatchedFiles`, registered dynamically) where it
//! offers one, otherwise with the system's file events (`notify`, debounced by
//! `notify-debouncer-mini`; reads are no events, and a change a load already listed
//! is not reported twice, see `Watch::listed_since`).
//!
//! The fallback only reports: the files it saw change go on a channel, and
//! `jobs/reload.rs` decides what to reload. So watching never calls reloading, and
//! reloading calls watching only to say which folders to watch.

use crate::config::CONFIG_FILE;
use crate::lsp::session::Session;
use crate::lsp::to_proto;
use notify_debouncer_mini::notify::{
    self, EventHandler, RecommendedWatcher, RecursiveMode, Watcher, WatcherKind,
};
use notify_debouncer_mini::{
    new_debouncer_opt, Config, DebounceEventResult, DebouncedEventKind, Debouncer,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc::UnboundedSender;
use tower_lsp_server::ls_types::{
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, MessageType, OneOf,
    Registration, RelativePattern, Unregistration,
};
use tower_lsp_server::Client;

/// How long the fallback watcher lets a file settle before reporting it: a copy
/// of many files, or an editor's save in several writes, makes one reload.
pub const SETTLE: Duration = Duration::from_millis(300);

const REGISTRATION_ID: &str = "recoupe/watch";

/// What is watched, and how.
pub struct Watch {
    /// The corpus folders the client watches for us, once registered.
    registered: tokio::sync::Mutex<Option<Vec<PathBuf>>>,
    /// The client offers no watcher, or refused ours: the fallback is in use.
    fallback: AtomicBool,
    native: Mutex<Option<Native>>,
    /// Where the fallback reports the files it saw change.
    changed: UnboundedSender<Changed>,
    /// When each root's corpus folders were last listed by a load, for telling a
    /// change the load already saw from one it missed.
    listed: Mutex<HashMap<PathBuf, Instant>>,
}

/// Files the fallback watcher saw change, all of them before `before`.
pub struct Changed {
    /// An empty list: the watcher lost track, every root should reload.
    pub paths: Vec<PathBuf>,
    pub before: Instant,
}

/// The fallback watcher and the paths it watches.
struct Native {
    debouncer: Debouncer<WritesOnly>,
    watched: Arc<Mutex<HashMap<PathBuf, RecursiveMode>>>,
    /// Watched folders that were removed or replaced since: watch them anew.
    stale: Arc<Mutex<HashSet<PathBuf>>>,
}

impl Watch {
    pub fn new(changed: UnboundedSender<Changed>) -> Watch {
        Watch {
            registered: tokio::sync::Mutex::new(None),
            fallback: AtomicBool::new(false),
            native: Mutex::new(None),
            changed,
            listed: Mutex::new(HashMap::new()),
        }
    }

    /// Whether a load of `root` listed its folders after `instant`: a change made
    /// before then is in the corpus already (the poller this replaces compared a
    /// fingerprint taken just before each load for the same reason).
    pub fn listed_since(&self, root: &Path, instant: Instant) -> bool {
        self.listed
            .lock()
            .ok()
            .and_then(|l| l.get(root).copied())
            .is_some_and(|at| at > instant)
    }

    fn uses_fallback(&self, session: &Session) -> bool {
        !session.caps().watch_dynamic || self.fallback.load(Ordering::SeqCst)
    }

    /// Start watching a root's corpus folders just before they are read, so a file
    /// added while they load is noticed. Only for the fallback watcher.
    pub async fn before_load(
        &self,
        client: &Client,
        session: &Session,
        root: &Path,
        folders: &[PathBuf],
    ) {
        if !self.uses_fallback(session) {
            return;
        }
        // Taken before watching, so a change between the two is reported again.
        let now = Instant::now();
        if let Ok(mut listed) = self.listed.lock() {
            listed.insert(root.to_path_buf(), now);
        }
        let mut roots = session.workspace.root_paths();
        roots.retain(|r| r != root);
        roots.push(root.to_path_buf());
        let mut all: Vec<PathBuf> = session
            .workspace
            .corpus_folders()
            .into_iter()
            .filter(|(r, _)| r != root)
            .map(|(_, f)| f)
            .collect();
        all.extend(folders.iter().cloned());
        self.watch_natively(client, &roots, &all).await;
    }

    /// Make sure the current corpus folders are watched, one way or the other.
    pub async fn ensure(&self, client: &Client, session: &Session) {
        if !self.uses_fallback(session) && self.register(client, session).await {
            return;
        }
        let roots = session.workspace.root_paths();
        let folders = corpus_folders(session);
        self.watch_natively(client, &roots, &folders).await;
    }

    /// Ask the client to watch the corpus folders; false when it refused.
    async fn register(&self, client: &Client, session: &Session) -> bool {
        let folders = corpus_folders(session);
        let mut registered = self.registered.lock().await;
        if registered.as_ref() == Some(&folders) {
            return true;
        }
        if registered.is_some() {
            let _ = client
                .unregister_capability(vec![Unregistration {
                    id: REGISTRATION_ID.into(),
                    method: "workspace/didChangeWatchedFiles".into(),
                }])
                .await;
        }
        let relative = session.caps().watch_relative;
        let mut watchers: Vec<FileSystemWatcher> = folders
            .iter()
            .map(|f| {
                let glob = match to_proto::file_uri(f).filter(|_| relative) {
                    Some(uri) => GlobPattern::Relative(RelativePattern {
                        base_uri: OneOf::Right(uri),
                        pattern: "**/*".into(),
                    }),
                    None => GlobPattern::String(format!("{}/**/*", f.display())),
                };
                FileSystemWatcher {
                    glob_pattern: glob,
                    kind: None,
                }
            })
            .collect();
        watchers.push(FileSystemWatcher {
            glob_pattern: GlobPattern::String(format!("**/{CONFIG_FILE}")),
            kind: None,
        });
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let reg = Registration {
            id: REGISTRATION_ID.into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: Some(json!(options)),
        };
        match client.register_capability(vec![reg]).await {
            Ok(()) => {
                *registered = Some(folders);
                true
            }
            Err(e) => {
                drop(registered);
                let message =
                    format!("could not register file watchers ({e}); watching them here instead");
                eprintln!("recoupe: {message}");
                client.log_message(MessageType::WARNING, message).await;
                self.fallback.store(true, Ordering::SeqCst);
                false
            }
        }
    }

    /// Watch `roots` (for their `recoupe.toml`) and `folders` (whole) with the
    /// fallback watcher, and stop watching what is no longer asked for.
    async fn watch_natively(&self, client: &Client, roots: &[PathBuf], folders: &[PathBuf]) {
        let wanted = wanted(roots, folders);
        let mut failures = Vec::new();
        {
            let Ok(mut native) = self.native.lock() else {
                return;
            };
            if native.is_none() {
                match start(self.changed.clone()) {
                    Ok(n) => *native = Some(n),
                    Err(e) => failures.push(format!("cannot watch the corpus for changes: {e}")),
                }
            }
            if let Some(n) = native.as_mut() {
                failures.extend(n.sync(wanted));
            }
        }
        for message in failures {
            eprintln!("recoupe: {message}");
            client.log_message(MessageType::WARNING, message).await;
        }
    }
}

/// A fallback watcher reporting on `changed`.
fn start(changed: UnboundedSender<Changed>) -> Result<Native, String> {
    let watched: Arc<Mutex<HashMap<PathBuf, RecursiveMode>>> = Arc::default();
    let stale: Arc<Mutex<HashSet<PathBuf>>> = Arc::default();
    let (w, s) = (watched.clone(), stale.clone());
    let config = Config::default().with_timeout(SETTLE);
    let debouncer = new_debouncer_opt(config, move |events: DebounceEventResult| {
        let now = Instant::now();
        // A path reported once quiet for `SETTLE` last changed before that; one still
        // changing (`AnyContinuous`), or a lost track, just now.
        let (paths, before): (Vec<PathBuf>, Instant) = match events {
            Ok(events) => {
                let settled = events.iter().all(|e| e.kind == DebouncedEventKind::Any);
                let before = match now.checked_sub(SETTLE) {
                    Some(t) if settled => t,
                    _ => now,
                };
                (events.into_iter().map(|e| e.path).collect(), before)
            }
            Err(e) => {
                eprintln!("recoupe: the file watcher lost track ({e}): reloading everything");
                (Vec::new(), now)
            }
        };
        if let (Ok(watched), Ok(mut stale)) = (w.lock(), s.lock()) {
            for (folder, mode) in watched.iter() {
                let replaced = paths.is_empty() || paths.iter().any(|p| folder.starts_with(p));
                if *mode == RecursiveMode::Recursive && replaced {
                    stale.insert(folder.clone());
                }
            }
        }
        let _ = changed.send(Changed { paths, before });
    })
    .map_err(|e| e.to_string())?;
    Ok(Native {
        debouncer,
        watched,
        stale,
    })
}

/// The system's watcher, without the events of files being opened or read: loading
/// a corpus reads every file of it, which must not look like a change.
struct WritesOnly(RecommendedWatcher);

impl Watcher for WritesOnly {
    fn new<F: EventHandler>(mut handler: F, config: notify::Config) -> notify::Result<Self> {
        let only_writes = move |event: notify::Result<notify::Event>| {
            if !matches!(&event, Ok(e) if e.kind.is_access()) {
                handler.handle_event(event);
            }
        };
        RecommendedWatcher::new(only_writes, config).map(WritesOnly)
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> WatcherKind {
        RecommendedWatcher::kind()
    }
}

impl Native {
    /// Watch exactly `wanted`; the messages of what could not be watched.
    fn sync(&mut self, wanted: HashMap<PathBuf, RecursiveMode>) -> Vec<String> {
        let mut failures = Vec::new();
        let (Ok(mut watched), Ok(mut stale)) = (self.watched.lock(), self.stale.lock()) else {
            return failures;
        };
        let watcher = self.debouncer.watcher();
        let gone: Vec<PathBuf> = watched
            .iter()
            .filter(|(p, m)| wanted.get(*p) != Some(*m) || stale.contains(*p))
            .map(|(p, _)| p.clone())
            .collect();
        for p in gone {
            // Fails for a folder that is gone: its watch went with it.
            let _ = watcher.unwatch(&p);
            watched.remove(&p);
        }
        stale.clear();
        for (p, mode) in wanted {
            if watched.contains_key(&p) {
                continue;
            }
            match watcher.watch(&p, mode) {
                Ok(()) => {
                    watched.insert(p, mode);
                }
                Err(e) => failures.push(format!("cannot watch {}: {e}", p.display())),
            }
        }
        failures
    }
}

/// What to watch for `roots` and their corpus `folders`: each folder whole (or,
/// while it does not exist, the nearest folder above it, to see it come); each root
/// alone, for its `recoupe.toml`. Nothing twice: a path inside a folder watched
/// whole is left out.
fn wanted(roots: &[PathBuf], folders: &[PathBuf]) -> HashMap<PathBuf, RecursiveMode> {
    let mut whole: Vec<PathBuf> = Vec::new();
    let mut alone: Vec<PathBuf> = roots.to_vec();
    for f in folders {
        if f.is_dir() {
            whole.push(f.clone());
        } else if let Some(above) = f.ancestors().skip(1).find(|a| a.is_dir()) {
            alone.push(above.to_path_buf());
        }
    }
    let inside = |p: &Path, of: &[PathBuf]| of.iter().any(|w| p != w && p.starts_with(w));
    let mut out = HashMap::new();
    for w in &whole {
        if !inside(w, &whole) {
            out.insert(w.clone(), RecursiveMode::Recursive);
        }
    }
    for a in alone {
        if a.is_dir() && !whole.iter().any(|w| a.starts_with(w)) {
            out.insert(a, RecursiveMode::NonRecursive);
        }
    }
    out
}

/// Every root's corpus folders, without the roots.
fn corpus_folders(session: &Session) -> Vec<PathBuf> {
    session
        .workspace
        .corpus_folders()
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_watched_whole_roots_alone_and_nothing_twice() {
        let dir = std::env::temp_dir().join(format!("recoupe-watch-{}", std::process::id()));
        let sources = dir.join("sources");
        let _ = std::fs::create_dir_all(sources.join("sub"));
        let roots = [dir.clone()];
        let folders = [
            sources.clone(),
            sources.join("sub"),
            dir.join("missing/deeper"),
        ];
        let got = wanted(&roots, &folders);
        let _ = std::fs::remove_dir_all(&dir);
        let expected = HashMap::from([
            (sources, RecursiveMode::Recursive),
            (dir, RecursiveMode::NonRecursive),
        ]);
        assert_eq!(got, expected);
    }
}
