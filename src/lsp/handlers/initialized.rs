//! `initialized`: ask the client for settings and load the corpora, in the
//! background so that requests are answered meanwhile.

use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::reload;
use std::sync::Arc;

pub fn initialized(ctx: &Arc<Ctx>) {
    let ctx = ctx.clone();
    tokio::spawn(async move { reload::reload_all(&ctx, true).await });
}
