//! `workspace/didChangeWatchedFiles`: a corpus file or a `recoupe.toml` changed;
//! reload what it concerns and re-check the open drafts.

use crate::lsp::state::State;
use crate::lsp::{from_proto, watch, workspace};
use std::sync::Arc;
use tower_lsp_server::ls_types::DidChangeWatchedFilesParams;

pub fn did_change_watched_files(state: &Arc<State>, params: DidChangeWatchedFilesParams) {
    let mut todo: Vec<(std::path::PathBuf, bool)> = Vec::new();
    for change in params.changes {
        let Some(path) = from_proto::file_path(&change.uri) else {
            continue;
        };
        for (root, corpus) in watch::roots_touched(state, &path) {
            match todo.iter_mut().find(|(r, _)| *r == root) {
                Some(t) => t.1 |= corpus,
                None => todo.push((root, corpus)),
            }
        }
    }
    if todo.is_empty() {
        return;
    }
    state.reset_shown();
    let state = state.clone();
    tokio::spawn(async move {
        for (root, corpus) in todo {
            workspace::reload_root(&state, root, corpus).await;
        }
    });
}
