//! `textDocument/didChange`: apply the edits in order, then re-check after the
//! debounce (`debounce_ms`).

use crate::lsp::state::State;
use crate::lsp::{analysis, from_proto};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

pub fn did_change(state: &Arc<State>, params: DidChangeTextDocumentParams) -> Result<(), String> {
    let uri = params.text_document.uri;
    state.docs.change(
        &uri,
        params.text_document.version,
        params.content_changes,
        state.caps().encoding,
    )?;
    let path = from_proto::file_path(&uri);
    let debounce = state
        .ws
        .env_for(state, path.as_deref())
        .map(|e| e.settings.debounce_ms)
        .unwrap_or(crate::config::Settings::default().debounce_ms);
    analysis::schedule(state, uri, Duration::from_millis(debounce));
    Ok(())
}
