//! `workspace/didChangeWorkspaceFolders`: roots come and go with their settings. An
//! open draft left outside every root makes its folder one again.

use crate::lsp::from_proto;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::{publish, reload};
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeWorkspaceFoldersParams;

pub fn did_change_workspace_folders(ctx: &Arc<Ctx>, params: DidChangeWorkspaceFoldersParams) {
    for f in &params.event.removed {
        if let Some(p) = from_proto::file_path(&f.uri) {
            ctx.session.workspace.remove_root(&p);
        }
    }
    let added: Vec<_> = params
        .event
        .added
        .iter()
        .filter_map(|f| from_proto::file_path(&f.uri))
        .filter(|p| ctx.session.workspace.add_root(p.clone()))
        .collect();
    for uri in ctx.session.documents.uris() {
        ctx.adopt_root(from_proto::file_path(&uri).as_deref());
    }
    let ctx = ctx.clone();
    tokio::spawn(async move {
        for root in added {
            reload::reload_root(&ctx, root, true).await;
        }
        publish::recheck_all(&ctx).await;
    });
}
