//! Workspace roots, their settings and their corpora, as data: the roots, the
//! settings layers the client gave (`initializationOptions`, settings pushed in
//! `didChangeConfiguration`), the corpus of each root once loaded, and the
//! generation counter every analysis remembers. Reading and installing them is
//! `jobs/reload.rs`'s; this file only answers and records.

use crate::config::{RawSettings, Settings, CONFIG_FILE};
use crate::Corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use tokio::sync::Notify;

/// What the workspace says of a document's settings and corpus.
pub enum EnvFor {
    Ready(Env),
    /// Its root's corpus has not loaded yet (or there is no root at all).
    Loading,
    /// It lies outside every root: `Ctx::adopt_root` makes the folder of its
    /// nearest `recoupe.toml` (or its own folder) one.
    UnknownRoot,
    /// No root holding it has a corpus (neither a `recoupe.toml` above it nor the
    /// editor's settings give one): nothing is checked. The deepest root holding it.
    NoCorpus(PathBuf),
}

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

    /// The settings and corpus for a document at `path`: those of the deepest root
    /// holding it that has a corpus. A root that has none (a workspace folder the
    /// editor chose, without `recoupe.toml`) gives way to the roots above it, among
    /// them the folder of the nearest `recoupe.toml` above the draft, which
    /// `Ctx::adopt_root` adds. A file outside every root is `UnknownRoot`: the
    /// caller finds its root (the session reads no disk), adds it and starts its
    /// loading. A document that is not a file takes the
    /// first root.
    pub fn env_for(&self, path: Option<&Path>) -> EnvFor {
        let Ok(roots) = self.roots.read() else {
            return EnvFor::Loading;
        };
        let mut holding: Vec<&Root> = match path {
            Some(p) => roots.iter().filter(|r| p.starts_with(&r.path)).collect(),
            None => roots.iter().take(1).collect(),
        };
        holding.sort_by_key(|r| std::cmp::Reverse(r.path.components().count()));
        let Some(deepest) = holding.first() else {
            return match path {
                Some(_) => EnvFor::UnknownRoot,
                None => EnvFor::Loading,
            };
        };
        for r in &holding {
            if !r.ready {
                return EnvFor::Loading;
            }
            if !r.settings.corpus.is_empty() || r.settings.archive.is_some() {
                return EnvFor::Ready(Env {
                    settings: r.settings.clone(),
                    corpus: r.corpus.clone(),
                    generation: self.generation(),
                });
            }
        }
        EnvFor::NoCorpus(deepest.path.clone())
    }

    /// The settings layers the client gave, in the order they apply.
    pub fn client_layers(&self) -> Vec<Value> {
        let mut layers = Vec::new();
        if let Ok(o) = self.init_options.read() {
            layers.extend(o.clone());
        }
        if let Ok(o) = self.pushed.read() {
            layers.extend(o.clone());
        }
        layers
    }

    /// Woken whenever a root's settings and corpus are installed.
    pub fn installed(&self) -> &Notify {
        &self.installed
    }

    /// The roots a changed file concerns: its own root for a `recoupe.toml`, the
    /// roots whose corpus holds it (or that it holds: a folder above a corpus folder)
    /// otherwise. `true` with a root: its corpus must reload.
    pub fn roots_touched(&self, path: &Path) -> Vec<(PathBuf, bool)> {
        let mut out: Vec<(PathBuf, bool)> = Vec::new();
        if path.file_name().is_some_and(|n| n == CONFIG_FILE) {
            if let Some(dir) = path.parent() {
                for root in self.root_paths() {
                    if root == dir {
                        out.push((root, false));
                    }
                }
            }
        }
        for (root, folder) in self.corpus_folders() {
            let touched = path.starts_with(&folder) || folder.starts_with(path);
            if touched && !out.iter().any(|(r, _)| *r == root) {
                out.push((root, true));
            }
        }
        out
    }

    /// Start a reload of `root`: its number, for `install`.
    pub fn bump_seq(&self, root: &Path) -> Option<u64> {
        let mut roots = self.roots.write().ok()?;
        let r = roots.iter_mut().find(|r| r.path == root)?;
        r.load_seq += 1;
        Some(r.load_seq)
    }

    /// A root's settings and corpus now, and whether its corpus has loaded once.
    pub fn current(&self, root: &Path) -> Option<(Arc<Settings>, Arc<Corpus>, bool)> {
        let roots = self.roots.read().ok()?;
        let r = roots.iter().find(|r| r.path == root)?;
        Some((r.settings.clone(), r.corpus.clone(), r.ready))
    }

    /// Install new settings and corpus, unless a newer reload started meanwhile.
    pub fn install(&self, root: &Path, seq: u64, settings: Settings, corpus: Arc<Corpus>) -> bool {
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
    const KNOWN: [&str; 6] = [
        "corpus",
        "archive",
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
