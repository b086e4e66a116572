//! Analysing a draft: the engine runs on an immutable `DocumentSnapshot`, off the
//! async threads and guarded against panics; the result is kept per document
//! version and generation, so every request on the same version shares one check.

use super::context::Ctx;
use crate::lsp::engine::Checker;
use crate::lsp::session::{Analysis, DocumentSnapshot, EnvFor};
use crate::verify::Options;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::{MessageType, Uri};

/// The analysis of the document's current version, computing it if needed. `None`
/// for an unknown document or while its corpus is still loading for the first time.
pub async fn analysis(ctx: &Arc<Ctx>, uri: &Uri) -> Option<Arc<Analysis>> {
    let generation = ctx.session.generation();
    // With an archive, the draft has a corpus of its own: its local sources and
    // the archive's candidates for its claims.
    let with_archive = ctx.archive.corpus_for(uri, generation);
    if let Some(a) = ctx.session.documents.fresh_analysis(uri, generation) {
        if with_archive
            .as_ref()
            .is_none_or(|c| Arc::ptr_eq(c, &a.corpus))
        {
            return Some(a);
        }
    }
    // Not open, or its corpus not loaded yet (a draft outside every root became
    // one when it was opened or edited).
    let mut snap = ctx.session.snapshot(uri)?;
    if let Some(corpus) = with_archive {
        snap.env.corpus = corpus;
    }
    let a = match analyse(ctx.checker(uri), snap).await {
        Ok((a, None)) => a,
        Ok((a, Some(why))) => {
            ctx.log(
                MessageType::ERROR,
                format!("the checker failed on {}: {why}", uri.as_str()),
            )
            .await;
            a
        }
        Err(why) => {
            ctx.log(
                MessageType::ERROR,
                format!("the checker did not finish: {why}"),
            )
            .await;
            return None;
        }
    };
    let a = Arc::new(a);
    // Freeing a long draft's last analysis takes a while: not on the way to the client.
    if let Some(old) = ctx.session.documents.store_analysis(uri, a.clone()) {
        tokio::task::spawn_blocking(move || drop(old));
    }
    // Local verdicts first: what the archive adds comes after, on its own task.
    ctx.want_archive(uri.clone(), a.clone());
    Some(a)
}

/// Check one snapshot. With the analysis, why the engine failed if it did (the
/// analysis then has no findings); `Err` when the check could not run at all.
pub async fn analyse(
    checker: Checker,
    snap: DocumentSnapshot,
) -> Result<(Analysis, Option<String>), String> {
    let name = snap.path.unwrap_or_else(|| snap.uri.as_str().into());
    let corpus = snap.env.corpus.clone();
    let text = snap.text;
    let language = snap.env.settings.language;
    // Guessing the language reads the text too: off the async threads as well.
    let job = tokio::task::spawn_blocking(move || {
        let options = Options::new(language, &text);
        let (draft, checked) = checker.check(name, &text, &corpus, &options);
        (draft, checked, options)
    });
    let (draft, checked, options) = job.await.map_err(|e| e.to_string())?;
    let (checked, failed) = match checked {
        Ok(checked) => (checked, None),
        Err(why) => (Vec::new(), Some(why)),
    };
    let a = Analysis {
        version: snap.version,
        generation: snap.env.generation,
        draft,
        checked,
        corpus: snap.env.corpus,
        settings: snap.env.settings,
        lang: options.lang,
        last_edit: snap.last_edit,
        encoding: snap.encoding,
    };
    Ok((a, failed))
}

/// Wait until the corpus of the root a document at `path` belongs to has loaded
/// once (or every root holding it has loaded without a corpus), for at most
/// `limit`; true when it has. For requests whose answer cannot be
/// given again later: a client that pulls diagnostics without supporting
/// `workspace/diagnostic/refresh` (Neovim 0.11) pulls once, right after `didOpen`.
pub async fn wait_ready(ctx: &Ctx, path: Option<&Path>, limit: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        // Registered before looking, so an install between the look and the wait
        // still wakes us.
        let installed = ctx.session.workspace.installed().notified();
        tokio::pin!(installed);
        installed.as_mut().enable();
        if let EnvFor::Ready(_) | EnvFor::NoCorpus(_) = ctx.session.workspace.env_for(path) {
            return true;
        }
        if tokio::time::timeout_at(deadline, installed).await.is_err() {
            return false;
        }
    }
}
