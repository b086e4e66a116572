//! Running the engine on a draft: off the async threads, guarded against panics,
//! cached per document version, and published with debounce and without staleness.

use super::session::Edit;
use super::state::State;
use super::{from_proto, to_proto};
use crate::config::Settings;
use crate::document::Document;
use crate::draft::Draft;
use crate::lang::Lang;
use crate::verify::{Finding, Incremental, Options};
use crate::Corpus;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower_lsp_server::ls_types::{Diagnostic, MessageType, Uri};

/// How long after an edit a claim it touched stays hidden: `2 5` on its way to
/// `2 500` should not be flagged while the writer is still typing it.
pub const TYPING_PAUSE: Duration = Duration::from_millis(1000);

/// One check of one version of a draft, and everything needed to present it.
pub struct Analysis {
    pub version: i32,
    /// The settings-and-corpus generation it was computed against.
    pub generation: u64,
    pub draft: Document,
    pub checked: Vec<Finding>,
    pub corpus: Arc<Corpus>,
    pub settings: Arc<Settings>,
    /// The draft's language, as the check resolved it.
    pub lang: Lang,
    pub last_edit: Option<Edit>,
}

impl Analysis {
    /// Finding claims under a byte offset (ends included: the cursor just after a
    /// figure is still on it).
    pub fn claims_at(&self, offset: usize) -> impl Iterator<Item = &Finding> {
        self.checked
            .iter()
            .filter(move |c| c.claim.span.contains(offset))
    }
}

/// The analysis of the document's current version, computing it if needed. `None`
/// for an unknown document or while its corpus is still loading for the first time.
pub async fn analyze(state: &Arc<State>, uri: &Uri) -> Option<Arc<Analysis>> {
    let generation = state.ws.generation();
    if let Some(a) = state.docs.fresh_analysis(uri, generation) {
        return Some(a);
    }
    let snap = state.docs.snapshot(uri)?;
    let path = from_proto::file_path(uri);
    let env = state.ws.env_for(state, path.as_deref())?;
    let engine = state.engine.clone();
    let corpus = env.corpus.clone();
    let name = path.unwrap_or_else(|| uri.as_str().into());
    let text = snap.text;
    let options = Options::new(env.settings.language, &text);
    let memo = state.memo(uri);
    let job = tokio::task::spawn_blocking(move || match memo {
        Some(memo) => {
            let mut memo = memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match std::panic::catch_unwind(AssertUnwindSafe(|| {
                memo.check(name.clone(), &text, &corpus, &options)
            })) {
                Ok((draft, checked)) => (draft.doc, Ok(checked)),
                Err(panic) => {
                    // Whatever the memo held when the engine failed is not trusted.
                    *memo = Incremental::new();
                    (Document::markdown(name, &text), Err(panic))
                }
            }
        }
        None => {
            let draft = Draft::new(name, &text);
            let checked =
                std::panic::catch_unwind(AssertUnwindSafe(|| engine(&draft, &corpus, &options)));
            (draft.doc, checked)
        }
    });
    let (draft, checked) = match job.await {
        Ok((draft, Ok(checked))) => (draft, checked),
        Ok((draft, Err(panic))) => {
            let why = panic_message(&*panic);
            state
                .log(
                    MessageType::ERROR,
                    format!("the checker failed on {}: {why}", uri.as_str()),
                )
                .await;
            (draft, Vec::new())
        }
        Err(e) => {
            state
                .log(
                    MessageType::ERROR,
                    format!("the checker did not finish: {e}"),
                )
                .await;
            return None;
        }
    };
    let a = Arc::new(Analysis {
        version: snap.version,
        generation: env.generation,
        draft,
        checked,
        corpus: env.corpus,
        settings: env.settings,
        lang: options.lang,
        last_edit: snap.last_edit,
    });
    state.docs.store_analysis(uri, a.clone());
    Some(a)
}

pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// The diagnostics to show now, and when to show again the claims held back because
/// the last edit touched them.
pub fn diagnostics(
    state: &State,
    a: &Analysis,
    now: Instant,
) -> (Vec<Diagnostic>, Option<Instant>) {
    let enc = state.caps().encoding;
    let mut held_until = None;
    let mut out = Vec::new();
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
        if let Some(d) = to_proto::diagnostic(&a.draft, &a.corpus, &a.settings, c, enc) {
            out.push(d);
        }
    }
    (out, held_until)
}

/// Check `uri` after `delay` and publish, unless the document changes meanwhile (a
/// later schedule then does it).
pub fn schedule(state: &Arc<State>, uri: Uri, delay: Duration) {
    let state = state.clone();
    let Some(version) = state.docs.version(&uri) else {
        return;
    };
    tokio::spawn(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        publish(&state, &uri, version).await;
    });
}

/// Compute and push the diagnostics of `version`, if it is still the newest.
async fn publish(state: &Arc<State>, uri: &Uri, version: i32) {
    if state.docs.version(uri) != Some(version) || state.caps().pull_diagnostics {
        return;
    }
    let Some(a) = analyze(state, uri).await else {
        return;
    };
    if a.version != version || a.generation != state.ws.generation() {
        return; // the document or the corpus moved on: its own schedule publishes
    }
    let (diags, held_until) = diagnostics(state, &a, Instant::now());
    {
        // One publication at a time, so a slow older one never lands after a newer.
        let _turn = state.publishing.lock().await;
        if !state.docs.may_publish(uri, version) {
            return;
        }
        state
            .client
            .publish_diagnostics(uri.clone(), diags, Some(version))
            .await;
    }
    if let Some(until) = held_until {
        let state = state.clone();
        let uri = uri.clone();
        tokio::spawn(async move {
            tokio::time::sleep_until(until.into()).await;
            publish_later(state, uri, version).await;
        });
    }
}

/// `publish` as a boxed `Send` future: it calls itself through a spawned task, and
/// the box breaks the cycle the compiler cannot see through.
fn publish_later(
    state: Arc<State>,
    uri: Uri,
    version: i32,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    Box::pin(async move { publish(&state, &uri, version).await })
}

/// Re-check every open document (after the settings or the corpus changed).
pub async fn recheck_all(state: &Arc<State>) {
    for uri in state.docs.uris() {
        schedule(state, uri, Duration::ZERO);
    }
    if state.caps().pull_diagnostics && state.caps().diagnostic_refresh {
        let _ = state.client.workspace_diagnostic_refresh().await;
    }
}
