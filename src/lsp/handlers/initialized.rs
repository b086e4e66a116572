//! `initialized`: ask the client for settings and load the corpora, in the
//! background so that requests are answered meanwhile.

use crate::lsp::state::State;
use crate::lsp::workspace;
use std::sync::Arc;

pub fn initialized(state: &Arc<State>) {
    let state = state.clone();
    tokio::spawn(async move { workspace::reload_all(&state, true).await });
}
