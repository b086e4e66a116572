//! `shutdown`: stop background work; `exit` itself is handled by the transport.

use crate::lsp::state::State;
use std::sync::atomic::Ordering;
use tower_lsp_server::jsonrpc::Result;

pub fn shutdown(state: &State) -> Result<()> {
    state.shutting_down.store(true, Ordering::SeqCst);
    Ok(())
}
