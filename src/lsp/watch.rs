//! Watching the corpus and `recoupe.toml`: through the client's file watcher
//! (`workspace/didChangeWatchedFiles`, registered dynamically) where it offers one,
//! otherwise by polling the folders' listing and modification times.

use super::state::State;
use super::{to_proto, workspace};
use crate::config::CONFIG_FILE;
use crate::corpus::disk::list_files;
use serde_json::json;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::{
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, MessageType, OneOf,
    Registration, RelativePattern, Unregistration,
};

/// How often the fallback watcher looks at the folders.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

const REGISTRATION_ID: &str = "recoupe/watch";

#[derive(Default)]
pub struct WatchState {
    registered: tokio::sync::Mutex<Option<Vec<PathBuf>>>,
    polling: AtomicBool,
    /// The fingerprint of each root as last loaded, for the poller to compare with.
    seen: std::sync::Mutex<HashMap<PathBuf, u64>>,
}

/// Take a root's fingerprint just before its corpus is read, so a file added while
/// it loads is noticed by the next poll. Only when polling.
pub async fn before_load(state: &Arc<State>, root: &Path, folders: &[PathBuf]) {
    if state.caps().watch_dynamic {
        return;
    }
    let (r, f) = (root.to_path_buf(), folders.to_vec());
    if let Ok(fp) = tokio::task::spawn_blocking(move || fingerprint(&r, &f)).await {
        if let Ok(mut seen) = state.watch.seen.lock() {
            seen.insert(root.to_path_buf(), fp);
        }
    }
}

/// Make sure the current corpus folders are watched, one way or the other.
pub async fn ensure(state: &Arc<State>) {
    if state.caps().watch_dynamic {
        register(state).await;
    } else if !state.watch.polling.swap(true, Ordering::SeqCst) {
        let state = state.clone();
        tokio::spawn(async move { poll(state).await });
    }
}

async fn register(state: &Arc<State>) {
    let folders: Vec<PathBuf> = state
        .ws
        .corpus_folders()
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let mut registered = state.watch.registered.lock().await;
    if registered.as_ref() == Some(&folders) {
        return;
    }
    if registered.is_some() {
        let _ = state
            .client
            .unregister_capability(vec![Unregistration {
                id: REGISTRATION_ID.into(),
                method: "workspace/didChangeWatchedFiles".into(),
            }])
            .await;
    }
    let relative = state.caps().watch_relative;
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
    match state.client.register_capability(vec![reg]).await {
        Ok(()) => *registered = Some(folders),
        Err(e) => {
            drop(registered);
            state
                .log(
                    MessageType::WARNING,
                    format!("could not register file watchers ({e}); polling instead"),
                )
                .await;
            if !state.watch.polling.swap(true, Ordering::SeqCst) {
                let state = state.clone();
                tokio::spawn(async move { poll(state).await });
            }
        }
    }
}

/// The roots a changed file concerns: its own root for a `recoupe.toml`, the roots
/// whose corpus holds it otherwise. `true` with a root: its corpus must reload.
pub fn roots_touched(state: &State, path: &Path) -> Vec<(PathBuf, bool)> {
    let mut out: Vec<(PathBuf, bool)> = Vec::new();
    if path.file_name().is_some_and(|n| n == CONFIG_FILE) {
        if let Some(dir) = path.parent() {
            for root in state.ws.root_paths() {
                if root == dir {
                    out.push((root, false));
                }
            }
        }
    }
    for (root, folder) in state.ws.corpus_folders() {
        if path.starts_with(&folder) && !out.iter().any(|(r, _)| *r == root) {
            out.push((root, true));
        }
    }
    out
}

/// A hash of everything that would make a root reload: its config file, and each
/// corpus file's path, size and modification time.
fn fingerprint(root: &Path, folders: &[PathBuf]) -> u64 {
    let mut h = DefaultHasher::new();
    let stamp = |p: &Path, h: &mut DefaultHasher| {
        p.hash(h);
        if let Ok(m) = std::fs::metadata(p) {
            m.len().hash(h);
            m.modified().ok().hash(h);
        }
    };
    stamp(&root.join(CONFIG_FILE), &mut h);
    let (files, warnings) = list_files(folders);
    warnings.len().hash(&mut h);
    for f in files {
        stamp(&f, &mut h);
    }
    h.finish()
}

async fn poll(state: Arc<State>) {
    loop {
        tokio::time::sleep(POLL_EVERY).await;
        if state.is_shutting_down() {
            return;
        }
        let mut by_root: HashMap<PathBuf, Vec<PathBuf>> = HashMap::new();
        for root in state.ws.root_paths() {
            by_root.entry(root).or_default();
        }
        for (root, folder) in state.ws.corpus_folders() {
            by_root.entry(root).or_default().push(folder);
        }
        let stamps = tokio::task::spawn_blocking(move || {
            by_root
                .into_iter()
                .map(|(r, f)| {
                    let fp = fingerprint(&r, &f);
                    (r, fp)
                })
                .collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        for (root, fp) in stamps {
            let before = state
                .watch
                .seen
                .lock()
                .ok()
                .and_then(|mut s| s.insert(root.clone(), fp));
            if before.is_some_and(|b| b != fp) {
                state
                    .log(
                        MessageType::INFO,
                        format!("{} changed: reloading", root.display()),
                    )
                    .await;
                // As with the client's watcher: a problem that comes back after a
                // change is shown again.
                state.reset_shown();
                reload(state.clone(), root).await;
            }
        }
    }
}

/// `reload_root` as a boxed `Send` future: reloading starts the poller, which
/// reloads; the box breaks the cycle for the compiler.
fn reload(
    state: Arc<State>,
    root: PathBuf,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    Box::pin(async move { workspace::reload_root(&state, root, true).await })
}
