//! `textDocument/didChange`: apply the edits in order, then re-check after the
//! debounce (`debounce_ms`). A draft outside every root makes its folder one,
//! whose corpus starts loading.

use crate::config::Settings;
use crate::lsp::from_proto;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::publish;
use crate::lsp::session::EnvFor;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

pub fn did_change(ctx: &Arc<Ctx>, params: DidChangeTextDocumentParams) -> Result<(), String> {
    let uri = params.text_document.uri;
    ctx.session.documents.change(
        &uri,
        params.text_document.version,
        params.content_changes,
        ctx.session.caps().encoding,
    )?;
    let path = from_proto::file_path(&uri);
    let debounce = match ctx.adopt_root(path.as_deref()) {
        EnvFor::Ready(env) => env.settings.debounce_ms,
        EnvFor::Loading | EnvFor::UnknownRoot | EnvFor::NoCorpus(_) => {
            Settings::default().debounce_ms
        }
    };
    publish::schedule(ctx, uri, Duration::from_millis(debounce));
    Ok(())
}
