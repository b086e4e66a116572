//! `workspace/didChangeWorkspaceFolders`: roots come and go with their settings.

use crate::lsp::state::State;
use crate::lsp::{analysis, from_proto, workspace};
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeWorkspaceFoldersParams;

pub fn did_change_workspace_folders(state: &Arc<State>, params: DidChangeWorkspaceFoldersParams) {
    for f in &params.event.removed {
        if let Some(p) = from_proto::file_path(&f.uri) {
            state.ws.remove_root(&p);
        }
    }
    let added: Vec<_> = params
        .event
        .added
        .iter()
        .filter_map(|f| from_proto::file_path(&f.uri))
        .filter(|p| state.ws.add_root(p.clone()))
        .collect();
    let state = state.clone();
    tokio::spawn(async move {
        for root in added {
            workspace::reload_root(&state, root, true).await;
        }
        analysis::recheck_all(&state).await;
    });
}
