//! `shutdown`: stop background work; `exit` itself is handled by the transport.

use crate::lsp::jobs::context::Ctx;
use tower_lsp_server::jsonrpc::Result;

pub fn shutdown(ctx: &Ctx) -> Result<()> {
    ctx.session.shut_down();
    Ok(())
}
