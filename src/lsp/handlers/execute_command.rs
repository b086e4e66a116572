//! `workspace/executeCommand`: `recoupe.reloadCorpus` re-reads settings and corpora.

use crate::lsp::state::State;
use crate::lsp::workspace;
use serde_json::Value;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::ExecuteCommandParams;

pub async fn execute_command(
    state: Arc<State>,
    params: ExecuteCommandParams,
) -> Result<Option<Value>> {
    match params.command.as_str() {
        "recoupe.reloadCorpus" => {
            state.reset_shown();
            workspace::reload_all(&state, true).await;
            Ok(None)
        }
        other => Err(Error::invalid_params(format!("unknown command {other:?}"))),
    }
}
