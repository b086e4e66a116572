//! `textDocument/didOpen`: start tracking the draft and check it at once.

use crate::lsp::analysis;
use crate::lsp::state::State;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::DidOpenTextDocumentParams;

pub fn did_open(state: &Arc<State>, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    state.docs.open(doc.uri.clone(), doc.version, &doc.text);
    analysis::schedule(state, doc.uri, Duration::ZERO);
}
