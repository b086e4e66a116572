//! `workspace/didChangeConfiguration`: settings pushed with the notification are
//! kept; then every root asks the client for its settings again (never per edit).

use crate::lsp::state::State;
use crate::lsp::workspace;
use serde_json::Value;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeConfigurationParams;

pub fn did_change_configuration(state: &Arc<State>, params: DidChangeConfigurationParams) {
    let pushed = match params.settings {
        Value::Null => None,
        v => Some(v),
    };
    state.ws.set_pushed(pushed);
    state.reset_shown();
    let state = state.clone();
    tokio::spawn(async move { workspace::reload_all(&state, false).await });
}
