//! Reloading a root: its settings from every layer (`recoupe.toml` at the root,
//! `initializationOptions`, settings pushed in `didChangeConfiguration`, then
//! `workspace/configuration`, section `recoupe`) and, when its corpus folders
//! changed or a file in them did, its corpus, read in the background with
//! `$/progress`. The result is installed into the session unless a newer reload of
//! the same root started meanwhile; then the open drafts are checked again.
//!
//! Reloads asked for by other jobs (a draft outside every root, a file the fallback
//! watcher saw change) arrive on the `Ctx`'s channels and are served by `run`.

use super::context::{Ctx, Inbox, Reload};
use super::publish;
use crate::config::{Settings, CONFIG_FILE};
use crate::corpus::disk::list_files;
use crate::lsp::session::raw_settings;
use crate::lsp::to_proto;
use crate::Corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use tower_lsp_server::ls_types::{ConfigurationItem, MessageType, NumberOrString};

/// Serve the reloads asked for on `inbox` until the server is gone.
pub async fn run(ctx: Weak<Ctx>, mut inbox: Inbox) {
    loop {
        tokio::select! {
            Some(Reload { root, force_corpus }) = inbox.reloads.recv() => {
                let Some(ctx) = ctx.upgrade() else { return };
                tokio::spawn(async move { reload_root(&ctx, root, force_corpus).await });
            }
            Some(changed) = inbox.changed.recv() => {
                let Some(ctx) = ctx.upgrade() else { return };
                if ctx.session.is_shutting_down() {
                    continue;
                }
                let mut todo = if changed.paths.is_empty() {
                    ctx.session.workspace.root_paths().into_iter().map(|r| (r, true)).collect()
                } else {
                    roots_touched(&ctx, &changed.paths)
                };
                // A load that listed the folders after a corpus file changed has it
                // already (a `recoupe.toml` is read before the listing: never skipped).
                todo.retain(|(root, corpus)| !*corpus || !ctx.watch.listed_since(root, changed.before));
                if todo.is_empty() {
                    continue;
                }
                for (root, _) in &todo {
                    ctx.log(MessageType::INFO, format!("{} changed: reloading", root.display()))
                        .await;
                }
                // As with the client's watcher: a problem that comes back after a
                // change is shown again.
                ctx.reset_shown();
                tokio::spawn(async move { reload_touched(&ctx, todo).await });
            }
            else => return,
        }
    }
}

/// The roots that changed files concern, each once, and whether its corpus must
/// reload (see `Workspace::roots_touched`).
pub fn roots_touched(ctx: &Ctx, paths: &[PathBuf]) -> Vec<(PathBuf, bool)> {
    let mut todo: Vec<(PathBuf, bool)> = Vec::new();
    for path in paths {
        for (root, corpus) in ctx.session.workspace.roots_touched(path) {
            match todo.iter_mut().find(|(r, _)| *r == root) {
                Some(t) => t.1 |= corpus,
                None => todo.push((root, corpus)),
            }
        }
    }
    todo
}

/// Reload the roots `roots_touched` found, one after the other.
pub async fn reload_touched(ctx: &Arc<Ctx>, todo: Vec<(PathBuf, bool)>) {
    for (root, corpus) in todo {
        reload_root(ctx, root, corpus).await;
    }
}

async fn resolve_settings(ctx: &Arc<Ctx>, root: &Path) -> Settings {
    let mut settings = Settings::default();
    let file = root.join(CONFIG_FILE);
    if file.is_file() {
        match crate::corpus::disk::config::load_settings(&file) {
            Ok(s) => settings = s,
            Err(e) => {
                ctx.show_once(MessageType::ERROR, format!("{}: {e}", file.display()))
                    .await
            }
        }
    }
    let mut layers: Vec<Value> = ctx.session.workspace.client_layers();
    if ctx.session.caps().configuration {
        let item = ConfigurationItem {
            scope_uri: to_proto::file_uri(root),
            section: Some("recoupe".into()),
        };
        match ctx.client.configuration(vec![item]).await {
            Ok(mut values) if !values.is_empty() => layers.push(values.swap_remove(0)),
            Ok(_) => {}
            Err(e) => {
                ctx.log(
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
            ctx.show_once(MessageType::ERROR, e).await;
        }
    }
    settings
}

/// Reload every root (settings, and corpora when they changed or `force`).
pub async fn reload_all(ctx: &Arc<Ctx>, force_corpus: bool) {
    for root in ctx.session.workspace.root_paths() {
        reload_root(ctx, root, force_corpus).await;
    }
}

/// Re-read one root's settings and, if its corpus folders changed or `force_corpus`,
/// its corpus; then re-check the open drafts.
pub async fn reload_root(ctx: &Arc<Ctx>, root: PathBuf, force_corpus: bool) {
    let Some(seq) = ctx.session.workspace.bump_seq(&root) else {
        return;
    };
    let settings = resolve_settings(ctx, &root).await;
    let Some((old_settings, old_corpus, ready)) = ctx.session.workspace.current(&root) else {
        return;
    };
    let lang = ctx.notice_lang(settings.language);
    // Told in the language of the drafts it concerns: before any is open, the first
    // check of one tells it instead (`warn_missing_folders` from publishing).
    if settings.language != crate::lang::Language::Auto || !ctx.session.documents.uris().is_empty()
    {
        warn_missing_folders(ctx, &settings, lang).await;
    }
    let corpus = if ready && !force_corpus && old_settings.corpus == settings.corpus {
        old_corpus
    } else {
        ctx.watch
            .before_load(&ctx.client, &ctx.session, &root, &settings.corpus)
            .await;
        Arc::new(load_corpus(ctx, settings.corpus.clone(), lang).await)
    };
    if ctx.session.workspace.install(&root, seq, settings, corpus) {
        ctx.watch.ensure(&ctx.client, &ctx.session).await;
        publish::recheck_all(ctx).await;
    }
}

/// Tell the writer, once per folder, which of `settings`' corpus folders do not exist.
pub async fn warn_missing_folders(ctx: &Ctx, settings: &Settings, lang: crate::lang::Lang) {
    for folder in &settings.corpus {
        if !folder.is_dir() {
            let folder = folder.display().to_string();
            ctx.show_once_as(
                format!("corpus-folder-missing {folder}"),
                MessageType::WARNING,
                crate::tr!(lang, "corpus-folder-missing", folder = folder.clone()),
            )
            .await;
        }
    }
}

/// Read the corpus folders, reporting progress, off the async threads.
async fn load_corpus(ctx: &Arc<Ctx>, folders: Vec<PathBuf>, lang: crate::lang::Lang) -> Corpus {
    let roots = folders.clone();
    let listed = tokio::task::spawn_blocking(move || list_files(&folders)).await;
    let Ok((files, warnings)) = listed else {
        return Corpus::default();
    };
    for w in &warnings {
        ctx.log(
            MessageType::WARNING,
            crate::tr!(lang, "corpus-skipped", warning = w.tell(lang)),
        )
        .await;
    }
    let progress = if ctx.session.caps().progress && !files.is_empty() {
        static TOKENS: AtomicU64 = AtomicU64::new(0);
        let token = NumberOrString::String(format!(
            "recoupe/corpus/{}",
            TOKENS.fetch_add(1, Ordering::SeqCst)
        ));
        match ctx.client.create_work_done_progress(token.clone()).await {
            Ok(()) => Some(
                ctx.client
                    .progress(token, crate::tr!(lang, "corpus-loading"))
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
                ctx.log(
                    MessageType::WARNING,
                    crate::tr!(lang, "corpus-skipped", warning = w.tell(lang)),
                )
                .await;
            }
            corpus
        }
        Err(e) => {
            ctx.log(
                MessageType::ERROR,
                crate::tr!(lang, "corpus-unreadable", error = e.to_string()),
            )
            .await;
            Corpus::default()
        }
    };
    let n = corpus.docs.len();
    if let Some(p) = progress {
        p.finish_with_message(format!("{n} sources")).await;
    }
    ctx.log(
        MessageType::INFO,
        crate::tr!(lang, "corpus-loaded", count = n),
    )
    .await;
    corpus
}
