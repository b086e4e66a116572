//! Workspace roots, their settings and their corpora: `recoupe.toml` at each root,
//! overridden by `initializationOptions`, by settings pushed in
//! `didChangeConfiguration`, and by `workspace/configuration` (section `recoupe`).
//! Corpora load in the background with `$/progress`; requests do not wait for them,
//! except a pull of diagnostics (see `wait_ready`).

use super::analysis;
use super::state::State;
use super::{to_proto, watch};
use crate::config::{RawSettings, Settings, CONFIG_FILE};
use crate::corpus::disk::list_files;
use crate::Corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::Notify;
use tower_lsp_server::ls_types::{ConfigurationItem, MessageType, NumberOrString};

/// What one document is checked with.
#[derive(Clone)]
pub struct Env {
    pub settings: Arc<Settings>,
    pub corpus: Arc<Corpus>,
    pub generation: u64,
}

struct Root {
    path: PathBuf,
    settings: Arc<Settings>,
    corpus: Arc<Corpus>,
    /// The corpus has loaded at least once.
    ready: bool,
    /// Bumped by each reload; a reload that finds it changed gives way.
    load_seq: u64,
}

#[derive(Default)]
pub struct Workspace {
    roots: RwLock<Vec<Root>>,
    /// Bumped whenever any settings or corpus change: analyses remember it.
    generation: AtomicU64,
    init_options: RwLock<Option<Value>>,
    pushed: RwLock<Option<Value>>,
    /// Woken whenever a root's settings and corpus are installed.
    installed: Notify,
}

impl Workspace {
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    pub fn set_init_options(&self, v: Option<Value>) {
        if let Ok(mut o) = self.init_options.write() {
            *o = v;
        }
    }

    pub fn set_pushed(&self, v: Option<Value>) {
        if let Ok(mut o) = self.pushed.write() {
            *o = v;
        }
    }

    /// Add a root (a workspace folder); true if it is new.
    pub fn add_root(&self, path: PathBuf) -> bool {
        let Ok(mut roots) = self.roots.write() else {
            return false;
        };
        if roots.iter().any(|r| r.path == path) {
            return false;
        }
        roots.push(Root {
            path,
            settings: Arc::new(Settings::default()),
            corpus: Arc::new(Corpus::default()),
            ready: false,
            load_seq: 0,
        });
        true
    }

    pub fn remove_root(&self, path: &Path) {
        if let Ok(mut roots) = self.roots.write() {
            roots.retain(|r| r.path != path);
        }
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    pub fn root_paths(&self) -> Vec<PathBuf> {
        self.roots
            .read()
            .map(|r| r.iter().map(|r| r.path.clone()).collect())
            .unwrap_or_default()
    }

    /// Every corpus folder of every root, with the root it belongs to.
    pub fn corpus_folders(&self) -> Vec<(PathBuf, PathBuf)> {
        let Ok(roots) = self.roots.read() else {
            return Vec::new();
        };
        roots
            .iter()
            .flat_map(|r| {
                r.settings
                    .corpus
                    .iter()
                    .map(|c| (r.path.clone(), c.clone()))
            })
            .collect()
    }

    /// The root a file belongs to: the deepest workspace folder holding it.
    fn root_of(&self, path: &Path) -> Option<PathBuf> {
        let roots = self.roots.read().ok()?;
        roots
            .iter()
            .filter(|r| path.starts_with(&r.path))
            .max_by_key(|r| r.path.components().count())
            .map(|r| r.path.clone())
    }

    /// The settings and corpus for a document at `path`; `None` while its root's
    /// corpus has not loaded yet. A file outside every workspace folder gets the
    /// folder of the nearest `recoupe.toml` above it (or its own folder) as a root,
    /// which starts loading.
    pub fn env_for(&self, state: &Arc<State>, path: Option<&Path>) -> Option<Env> {
        let root = match path {
            Some(p) => match self.root_of(p) {
                Some(r) => r,
                None => {
                    let dir = p.parent().unwrap_or(Path::new("."));
                    let r = crate::config::find_config(dir)
                        .and_then(|c| c.parent().map(Path::to_path_buf))
                        .unwrap_or_else(|| dir.to_path_buf());
                    if self.add_root(r.clone()) {
                        let state = state.clone();
                        let r2 = r.clone();
                        tokio::spawn(async move { reload_root(&state, r2, true).await });
                    }
                    r
                }
            },
            None => self.root_paths().into_iter().next()?,
        };
        let roots = self.roots.read().ok()?;
        let r = roots.iter().find(|x| x.path == root)?;
        r.ready.then(|| Env {
            settings: r.settings.clone(),
            corpus: r.corpus.clone(),
            generation: self.generation(),
        })
    }

    fn bump_seq(&self, root: &Path) -> Option<u64> {
        let mut roots = self.roots.write().ok()?;
        let r = roots.iter_mut().find(|r| r.path == root)?;
        r.load_seq += 1;
        Some(r.load_seq)
    }

    fn current(&self, root: &Path) -> Option<(Arc<Settings>, Arc<Corpus>, bool)> {
        let roots = self.roots.read().ok()?;
        let r = roots.iter().find(|r| r.path == root)?;
        Some((r.settings.clone(), r.corpus.clone(), r.ready))
    }

    /// Install new settings and corpus, unless a newer reload started meanwhile.
    fn install(&self, root: &Path, seq: u64, settings: Settings, corpus: Arc<Corpus>) -> bool {
        let Ok(mut roots) = self.roots.write() else {
            return false;
        };
        let Some(r) = roots.iter_mut().find(|r| r.path == root) else {
            return false;
        };
        if r.load_seq != seq {
            return false;
        }
        r.settings = Arc::new(settings);
        r.corpus = corpus;
        r.ready = true;
        self.generation.fetch_add(1, Ordering::SeqCst);
        drop(roots);
        self.installed.notify_waiters();
        true
    }
}

/// Wait until the corpus of the root a document at `path` belongs to has loaded
/// once, for at most `limit`; true when it has. For requests whose answer cannot be
/// given again later: a client that pulls diagnostics without supporting
/// `workspace/diagnostic/refresh` (Neovim 0.11) pulls once, right after `didOpen`.
pub async fn wait_ready(state: &Arc<State>, path: Option<&Path>, limit: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        // Registered before looking, so an install between the look and the wait
        // still wakes us.
        let installed = state.ws.installed.notified();
        tokio::pin!(installed);
        installed.as_mut().enable();
        if state.ws.env_for(state, path).is_some() {
            return true;
        }
        if tokio::time::timeout_at(deadline, installed).await.is_err() {
            return false;
        }
    }
}

/// Editor settings as `RawSettings`: accepts `{"recoupe": {...}}` or the section
/// itself, and leaves out keys recoupe does not read (editors add their own, such as
/// `trace`), which `RawSettings` would otherwise refuse.
pub fn raw_settings(v: &Value) -> Result<Option<RawSettings>, String> {
    let section = match v.get("recoupe") {
        Some(s) => s,
        None => v,
    };
    let Some(obj) = section.as_object() else {
        return Ok(None);
    };
    const KNOWN: [&str; 5] = [
        "corpus",
        "severity",
        "language",
        "debounce_ms",
        "debounceMs",
    ];
    let kept: serde_json::Map<String, Value> = obj
        .iter()
        .filter(|(k, v)| KNOWN.contains(&k.as_str()) && !v.is_null())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if kept.is_empty() {
        return Ok(None);
    }
    serde_json::from_value(Value::Object(kept))
        .map(Some)
        .map_err(|e| format!("recoupe settings: {e}"))
}

/// The settings of one root, from every layer.
async fn resolve_settings(state: &Arc<State>, root: &Path) -> Settings {
    let mut settings = Settings::default();
    let file = root.join(CONFIG_FILE);
    if file.is_file() {
        match Settings::load(&file) {
            Ok(s) => settings = s,
            Err(e) => {
                state
                    .show_once(MessageType::ERROR, format!("{}: {e}", file.display()))
                    .await
            }
        }
    }
    let mut layers: Vec<Value> = Vec::new();
    if let Ok(o) = state.ws.init_options.read() {
        layers.extend(o.clone());
    }
    if let Ok(o) = state.ws.pushed.read() {
        layers.extend(o.clone());
    }
    if state.caps().configuration {
        let item = ConfigurationItem {
            scope_uri: to_proto::file_uri(root),
            section: Some("recoupe".into()),
        };
        match state.client.configuration(vec![item]).await {
            Ok(mut values) if !values.is_empty() => layers.push(values.swap_remove(0)),
            Ok(_) => {}
            Err(e) => {
                state
                    .log(
                        MessageType::WARNING,
                        format!("workspace/configuration: {e}"),
                    )
                    .await
            }
        }
    }
    for layer in layers {
        let merged = raw_settings(&layer).and_then(|raw| match raw {
            Some(raw) => settings.merge(raw, root),
            None => Ok(()),
        });
        if let Err(e) = merged {
            state.show_once(MessageType::ERROR, e).await;
        }
    }
    settings
}

/// Reload every root (settings, and corpora when they changed or `force`).
pub async fn reload_all(state: &Arc<State>, force_corpus: bool) {
    for root in state.ws.root_paths() {
        reload_root(state, root, force_corpus).await;
    }
}

/// Re-read one root's settings and, if its corpus folders changed or `force_corpus`,
/// its corpus; then re-check the open drafts.
pub async fn reload_root(state: &Arc<State>, root: PathBuf, force_corpus: bool) {
    let Some(seq) = state.ws.bump_seq(&root) else {
        return;
    };
    let settings = resolve_settings(state, &root).await;
    let Some((old_settings, old_corpus, ready)) = state.ws.current(&root) else {
        return;
    };
    if settings.corpus.is_empty() {
        state
            .show_once(
                MessageType::WARNING,
                format!(
                    "Recoupe: no corpus configured for {}. Add `corpus = [\"sources\"]` to {CONFIG_FILE} \
                     or set `recoupe.corpus` in the editor settings; until then nothing is checked.",
                    root.display()
                ),
            )
            .await;
    }
    for folder in &settings.corpus {
        if !folder.is_dir() {
            state
                .show_once(
                    MessageType::WARNING,
                    format!("Recoupe: corpus folder not found: {}", folder.display()),
                )
                .await;
        }
    }
    let corpus = if ready && !force_corpus && old_settings.corpus == settings.corpus {
        old_corpus
    } else {
        watch::before_load(state, &root, &settings.corpus).await;
        Arc::new(load_corpus(state, settings.corpus.clone()).await)
    };
    if state.ws.install(&root, seq, settings, corpus) {
        watch::ensure(state).await;
        analysis::recheck_all(state).await;
    }
}

/// Read the corpus folders, reporting progress, off the async threads.
async fn load_corpus(state: &Arc<State>, folders: Vec<PathBuf>) -> Corpus {
    let roots = folders.clone();
    let listed = tokio::task::spawn_blocking(move || list_files(&folders)).await;
    let Ok((files, warnings)) = listed else {
        return Corpus::default();
    };
    for w in &warnings {
        state
            .log(MessageType::WARNING, format!("corpus: {w}"))
            .await;
    }
    let progress = if state.caps().progress && !files.is_empty() {
        static TOKENS: AtomicU64 = AtomicU64::new(0);
        let token = NumberOrString::String(format!(
            "recoupe/corpus/{}",
            TOKENS.fetch_add(1, Ordering::SeqCst)
        ));
        match state.client.create_work_done_progress(token.clone()).await {
            Ok(()) => Some(
                state
                    .client
                    .progress(token, "Recoupe: loading corpus")
                    .with_percentage(0)
                    .begin()
                    .await,
            ),
            Err(_) => None,
        }
    } else {
        None
    };
    // Read, hash and parse on every core, through the index cache.
    let loaded = tokio::task::spawn_blocking(move || {
        let dir = crate::corpus::disk::cache::cache_dir();
        crate::corpus::disk::load_files(&roots, files, dir.as_deref())
    })
    .await;
    let corpus = match loaded {
        Ok((corpus, warnings, _)) => {
            for w in &warnings {
                state
                    .log(MessageType::WARNING, format!("corpus: {w}"))
                    .await;
            }
            corpus
        }
        Err(e) => {
            state
                .log(
                    MessageType::ERROR,
                    format!("corpus: the sources could not be read: {e}"),
                )
                .await;
            Corpus::default()
        }
    };
    let n = corpus.docs.len();
    if let Some(p) = progress {
        p.finish_with_message(format!("{n} sources")).await;
    }
    state
        .log(MessageType::INFO, format!("corpus loaded: {n} sources"))
        .await;
    corpus
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn editor_settings_keep_known_keys_only() {
        let got = raw_settings(&json!({"recoupe": {"corpus": ["a"], "trace": {"server": "off"}}}));
        assert_eq!(
            got.ok().flatten().and_then(|r| r.corpus),
            Some(vec!["a".to_string()])
        );
        let got = raw_settings(&json!({"debounceMs": 0}));
        assert_eq!(got.ok().flatten().and_then(|r| r.debounce_ms), Some(0));
        assert!(matches!(raw_settings(&Value::Null), Ok(None)));
        assert!(raw_settings(&json!({"corpus": 3})).is_err());
    }
}
