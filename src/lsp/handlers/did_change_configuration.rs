//! `workspace/didChangeConfiguration`: settings pushed with the notification are
//! kept; then every root asks the client for its settings again (never per edit).

use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::reload;
use serde_json::Value;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeConfigurationParams;

pub fn did_change_configuration(ctx: &Arc<Ctx>, params: DidChangeConfigurationParams) {
    let pushed = match params.settings {
        Value::Null => None,
        v => Some(v),
    };
    ctx.session.workspace.set_pushed(pushed);
    ctx.reset_shown();
    let ctx = ctx.clone();
    tokio::spawn(async move { reload::reload_all(&ctx, false).await });
}
