//! `textDocument/didOpen`: start tracking the draft and check it at once. A draft
//! outside every root makes its folder one, whose corpus starts loading.

use crate::lsp::from_proto;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::publish;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::DidOpenTextDocumentParams;

pub fn did_open(ctx: &Arc<Ctx>, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    ctx.session
        .documents
        .open(doc.uri.clone(), doc.version, &doc.text);
    ctx.adopt_root(from_proto::file_path(&doc.uri).as_deref());
    publish::schedule(ctx, doc.uri, Duration::ZERO);
}
