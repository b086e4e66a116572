//! `textDocument/didClose`: forget the draft (at once, in arrival order), then
//! clear its diagnostics.

use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::publish;
use std::future::Future;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidCloseTextDocumentParams;

/// Forget the draft; what is left to do, to run after (it awaits the client).
pub fn did_close(
    ctx: &Arc<Ctx>,
    params: DidCloseTextDocumentParams,
) -> impl Future<Output = ()> + Send + 'static {
    let uri = params.text_document.uri;
    ctx.session.documents.close(&uri);
    ctx.forget_checker(&uri);
    let _ = ctx.archive.forget(&uri);
    let ctx = ctx.clone();
    async move { publish::clear(&ctx, uri).await }
}
