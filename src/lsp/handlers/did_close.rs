//! `textDocument/didClose`: forget the draft and clear its diagnostics.

use crate::lsp::state::State;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidCloseTextDocumentParams;

pub async fn did_close(state: &Arc<State>, params: DidCloseTextDocumentParams) {
    let uri = params.text_document.uri;
    state.docs.close(&uri);
    state.forget_memo(&uri);
    if !state.caps().pull_diagnostics {
        let _turn = state.publishing.lock().await;
        state
            .client
            .publish_diagnostics(uri, Vec::new(), None)
            .await;
    }
}
