//! `workspace/didChangeWatchedFiles`: a corpus file or a `recoupe.toml` changed;
//! reload what it concerns and re-check the open drafts.

use crate::lsp::from_proto;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::reload;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeWatchedFilesParams;

pub fn did_change_watched_files(ctx: &Arc<Ctx>, params: DidChangeWatchedFilesParams) {
    let paths: Vec<_> = params
        .changes
        .iter()
        .filter_map(|change| from_proto::file_path(&change.uri))
        .collect();
    let todo = reload::roots_touched(ctx, &paths);
    if todo.is_empty() {
        return;
    }
    ctx.reset_shown();
    let ctx = ctx.clone();
    tokio::spawn(async move { reload::reload_touched(&ctx, todo).await });
}
