//! `workspace/executeCommand`: `recoupe.reloadCorpus` re-reads settings and corpora.

use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::reload;
use serde_json::Value;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::ExecuteCommandParams;

pub async fn execute_command(ctx: Arc<Ctx>, params: ExecuteCommandParams) -> Result<Option<Value>> {
    match params.command.as_str() {
        "recoupe.reloadCorpus" => {
            ctx.reset_shown();
            reload::reload_all(&ctx, true).await;
            Ok(None)
        }
        other => Err(Error::invalid_params(format!("unknown command {other:?}"))),
    }
}
