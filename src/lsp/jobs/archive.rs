//! The archive beside the local sources, for open drafts. Every new analysis of a
//! draft whose settings name an archive comes here (over the `Ctx`'s channel) after
//! its local verdicts are out: the claims whose lookup keys are not cached are
//! looked up in one round trip, on a task of their own; when the draft's candidates
//! changed, its corpus (local sources and candidates) is rebuilt off the async
//! threads and the draft checked and published again, for the version the lookup was
//! made for only. A failure shows one message in the draft's language and retries
//! with the link's backoff; local verdicts stay meanwhile.

use super::context::Ctx;
use super::publish;
use crate::archive::keys::{lookup_keys, Key};
use crate::archive::pool::Notice;
use crate::lsp::from_proto;
use crate::lsp::jobs::archive_cache::{Link, Wanted};
use crate::lsp::session::{Analysis, EnvFor};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::Duration;
use tokio::sync::mpsc;
use tower_lsp_server::ls_types::{MessageType, Uri};

/// Serve the archive lookups asked for until the server is gone.
pub async fn run(ctx: Weak<Ctx>, mut wanted: mpsc::UnboundedReceiver<Wanted>) {
    while let Some(w) = wanted.recv().await {
        let Some(ctx) = ctx.upgrade() else { return };
        if ctx.session.is_shutting_down() {
            continue;
        }
        tokio::spawn(async move { complete(&ctx, w).await });
    }
}

/// Look up what the draft's archive lacks for this analysis, and merge it in.
async fn complete(ctx: &Arc<Ctx>, Wanted { uri, analysis: a }: Wanted) {
    let Some(url) = a.settings.archive.clone() else {
        let _ = ctx.archive.forget(&uri);
        return;
    };
    let lang = a.lang;
    let (link, new) = match ctx.archive.link(&url) {
        Ok(l) => l,
        Err(e) => {
            ctx.show_once(
                MessageType::ERROR,
                crate::tr!(lang, "archive-invalid", error = e),
            )
            .await;
            return;
        }
    };
    if new {
        super::listen::start(ctx, &link);
    }
    // The draft's local corpus, of the generation the analysis was made in.
    let path = from_proto::file_path(&uri);
    let EnvFor::Ready(env) = ctx.session.workspace.env_for(path.as_deref()) else {
        return;
    };
    if env.generation != a.generation {
        return; // the settings or the corpus moved on: a newer analysis comes
    }
    let claims: Vec<Vec<Key>> = {
        let a = a.clone();
        match tokio::task::spawn_blocking(move || {
            a.checked.iter().map(|f| lookup_keys(&f.claim)).collect()
        })
        .await
        {
            Ok(c) => c,
            Err(_) => return,
        }
    };
    let turn = link.turn.lock().await;
    if ctx.session.documents.version(&uri) != Some(a.version) {
        return; // typed on while waiting: the newer analysis asks
    }
    let missing = link.missing(&claims);
    if !missing.is_empty() {
        let known = link.known();
        let (found, notice) = link.archive.try_candidates(&missing, &known).await;
        let url_shown = link.archive.url().to_string();
        match notice {
            Notice::Down(why) => {
                let message =
                    crate::tr!(lang, "archive-down", archive = url_shown.clone(), why = why);
                eprintln!("recoupe: {message}");
                ctx.client.show_message(MessageType::WARNING, message).await;
            }
            Notice::Back => {
                ctx.log(
                    MessageType::INFO,
                    crate::tr!(lang, "archive-back", archive = url_shown.clone()),
                )
                .await;
            }
            Notice::None => {}
        }
        let Some(found) = found else {
            retry_later(ctx, &link, &url);
            return;
        };
        if found.unreadable > 0 {
            ctx.log(
                MessageType::WARNING,
                format!(
                    "archive {url_shown}: {} documents could not be read back: run `recoupe archive ingest` again",
                    found.unreadable
                ),
            )
            .await;
        }
        ctx.log(
            MessageType::INFO,
            format!(
                "archive {url_shown}: looked up {} claims in one query, {} new documents",
                missing.len(),
                found.sources.len()
            ),
        )
        .await;
        link.store(missing, found);
    }
    drop(turn);
    let Some(ids) = link.ids_for(&claims) else {
        return; // the cache started again meanwhile: the next analysis asks anew
    };
    if ids.is_empty() {
        // Nothing from the archive: the local sources serve as they are, uncopied.
        if ctx.archive.forget(&uri) {
            republish(ctx, uri).await;
        }
        return;
    }
    if ctx
        .archive
        .is_current(&uri, env.generation, &env.corpus, &ids)
    {
        return;
    }
    // Only for the version looked up: a newer one has its own analysis, which finds
    // these claims cached.
    if ctx.session.documents.version(&uri) != Some(a.version) {
        return;
    }
    let local = env.corpus.clone();
    let built = {
        let (link, local, ids) = (link.clone(), local.clone(), ids.clone());
        tokio::task::spawn_blocking(move || link.merged(&local, &ids)).await
    };
    let Ok(corpus) = built else { return };
    if ctx.session.documents.version(&uri) != Some(a.version)
        || ctx.session.generation() != env.generation
    {
        return;
    }
    ctx.archive
        .install(uri.clone(), env.generation, local, ids, Arc::new(corpus));
    republish(ctx, uri).await;
}

/// Check and show the draft again with its new corpus.
pub async fn republish(ctx: &Arc<Ctx>, uri: Uri) {
    let caps = ctx.session.caps();
    if caps.pull_diagnostics {
        if caps.diagnostic_refresh {
            let _ = ctx.client.workspace_diagnostic_refresh().await;
        }
    } else {
        publish::schedule(ctx, uri, Duration::ZERO);
    }
}

/// Once the link's backoff runs out, look up again for every open draft that uses
/// it (one waiting retry per link).
fn retry_later(ctx: &Arc<Ctx>, link: &Arc<Link>, url: &str) {
    if link.retrying.swap(true, Ordering::SeqCst) {
        return;
    }
    let (ctx, link, url) = (Arc::downgrade(ctx), link.clone(), url.to_string());
    tokio::spawn(async move {
        let at = link.archive.retry_at().map_or(
            tokio::time::Instant::now() + Duration::from_secs(1),
            Into::into,
        );
        tokio::time::sleep_until(at).await;
        link.retrying.store(false, Ordering::SeqCst);
        let Some(ctx) = ctx.upgrade() else { return };
        if ctx.session.is_shutting_down() {
            return;
        }
        again_for(&ctx, |a| {
            a.settings.archive.as_deref() == Some(url.as_str())
        });
    });
}

/// Ask the archive again for each open draft whose current analysis `pick`s.
pub fn again_for(ctx: &Arc<Ctx>, pick: impl Fn(&Analysis) -> bool) {
    let generation = ctx.session.generation();
    for uri in ctx.session.documents.uris() {
        if let Some(a) = ctx.session.documents.fresh_analysis(&uri, generation) {
            if pick(&a) {
                ctx.want_archive(uri, a);
            }
        }
    }
}
