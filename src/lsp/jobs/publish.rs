//! Debounce and publish: after an edit (or a new corpus), check the draft once the
//! debounce has passed and push its diagnostics, only for the version they were
//! computed from and never over a newer publication. Claims the last edit touched
//! are held back while the writer is typing, then shown by the same job. A draft
//! no corpus applies to gets an empty list and one message.

use super::analyse;
use super::context::Ctx;
use super::reload;
use crate::config::CONFIG_FILE;
use crate::lsp::from_proto;
use crate::lsp::related::RelatedCache;
use crate::lsp::session::{Analysis, EnvFor};
use crate::lsp::to_proto;
use crate::text::Encoding;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower_lsp_server::ls_types::{Diagnostic, MessageType, Uri};

/// How long after an edit a claim it touched stays hidden: `2 5` on its way to
/// `2 500` should not be flagged while the writer is still typing it.
pub const TYPING_PAUSE: Duration = Duration::from_millis(1000);

/// The diagnostics to show now, and when to show again the claims held back because
/// the last edit touched them.
pub fn diagnostics(
    a: &Analysis,
    enc: Encoding,
    now: Instant,
    related: &RelatedCache,
) -> (Vec<Diagnostic>, Option<Instant>) {
    let mut held_until = None;
    let mut out = Vec::new();
    if a.corpus.is_empty() && a.settings.archive.is_some() {
        // Only the archive is evidence and it has not answered: nothing to say yet
        // (an empty corpus would call every claim unsupported).
        return (out, None);
    }
    for c in &a.checked {
        if let Some(edit) = a.last_edit {
            let until = edit.at + TYPING_PAUSE;
            let span = c.claim.span;
            let touched = span.start <= edit.span.end && edit.span.start <= span.end;
            if touched && c.verdict.code().is_some() && now < until {
                held_until = Some(until);
                continue;
            }
        }
        let d = to_proto::diagnostic_with(&a.draft, &a.settings, c, enc, |ev| {
            related.get(a.generation, &a.corpus, ev, enc)
        });
        if let Some(d) = d {
            out.push(d);
        }
    }
    (out, held_until)
}

/// Check `uri` after `delay` and publish, unless the document changes meanwhile (a
/// later schedule then does it).
pub fn schedule(ctx: &Arc<Ctx>, uri: Uri, delay: Duration) {
    let Some(version) = ctx.session.documents.version(&uri) else {
        return;
    };
    let ctx = ctx.clone();
    tokio::spawn(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        publish(&ctx, &uri, version).await;
    });
}

/// Compute and push the diagnostics of `version` while it is still the newest; if
/// some were held back, push again once the typing pause is over.
async fn publish(ctx: &Arc<Ctx>, uri: &Uri, version: i32) {
    loop {
        let Some(until) = publish_once(ctx, uri, version).await else {
            return;
        };
        tokio::time::sleep_until(until.into()).await;
    }
}

/// One publication of `version`; when claims were held back, until when.
async fn publish_once(ctx: &Arc<Ctx>, uri: &Uri, version: i32) -> Option<Instant> {
    let session = &ctx.session;
    if session.documents.version(uri) != Some(version) {
        return None;
    }
    let path = from_proto::file_path(uri);
    match session.workspace.env_for(path.as_deref()) {
        EnvFor::NoCorpus(root) => {
            nothing_checked(ctx, uri, version, &root).await;
            return None;
        }
        EnvFor::Ready(env) => {
            let lang = draft_lang(ctx, uri, env.settings.language);
            reload::warn_missing_folders(ctx, &env.settings, lang).await;
        }
        EnvFor::Loading | EnvFor::UnknownRoot => {}
    }
    if session.caps().pull_diagnostics {
        return None;
    }
    let a = analyse::analysis(ctx, uri).await?;
    if a.version != version || a.generation != session.generation() {
        return None; // the document or the corpus moved on: its own schedule publishes
    }
    let (diags, held_until) = diagnostics(&a, a.encoding, Instant::now(), &ctx.related);
    // One publication at a time, so a slow older one never lands after a newer.
    let _turn = ctx.publishing.lock().await;
    // Checked against local sources only while the archive's candidates came in: the
    // newer check publishes (its diagnostics must not be overwritten by these).
    if ctx
        .archive
        .corpus_for(uri, a.generation)
        .is_some_and(|c| !Arc::ptr_eq(&c, &a.corpus))
    {
        return None;
    }
    if !session.documents.may_publish(uri, version) {
        return None;
    }
    ctx.client
        .publish_diagnostics(uri.clone(), diags, Some(version))
        .await;
    held_until
}

/// A draft no corpus applies to: say so once (to clients that pull as well), and
/// publish no diagnostics for it (an empty corpus would call every claim
/// unsupported).
async fn nothing_checked(ctx: &Ctx, uri: &Uri, version: i32, root: &Path) {
    // No settings apply: the draft's own language tells.
    let lang = draft_lang(ctx, uri, crate::lang::Language::Auto);
    ctx.show_once(
        MessageType::WARNING,
        crate::tr!(
            lang,
            "no-corpus",
            folder = root.display().to_string(),
            config = CONFIG_FILE
        ),
    )
    .await;
    // A client that pulls gets the same empty list when it asks.
    if ctx.session.caps().pull_diagnostics {
        return;
    }
    let _turn = ctx.publishing.lock().await;
    if ctx.session.documents.may_publish(uri, version) {
        ctx.client
            .publish_diagnostics(uri.clone(), Vec::new(), Some(version))
            .await;
    }
}

/// The language of a notice about the draft at `uri`: the `language` setting, else
/// the draft's own, else English.
fn draft_lang(ctx: &Ctx, uri: &Uri, setting: crate::lang::Language) -> crate::lang::Lang {
    use crate::lang::{Lang, Language};
    match setting {
        Language::Fr => Lang::Fr,
        Language::En => Lang::En,
        Language::Auto => ctx
            .session
            .documents
            .text(uri)
            .map_or(Lang::En, |t| crate::lang::detect(&t.text)),
    }
}

/// Clear a closed draft's diagnostics (when they are pushed).
pub async fn clear(ctx: &Ctx, uri: Uri) {
    if !ctx.session.caps().pull_diagnostics {
        let _turn = ctx.publishing.lock().await;
        ctx.client.publish_diagnostics(uri, Vec::new(), None).await;
    }
}

/// Re-check every open document (after the settings or the corpus changed).
pub async fn recheck_all(ctx: &Arc<Ctx>) {
    for uri in ctx.session.documents.uris() {
        schedule(ctx, uri, Duration::ZERO);
    }
    let caps = ctx.session.caps();
    if caps.pull_diagnostics && caps.diagnostic_refresh {
        let _ = ctx.client.workspace_diagnostic_refresh().await;
    }
}
