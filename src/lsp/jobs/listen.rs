//! The archive's announcements: one connection per archive LISTENs for what each
//! ingest batch added and removed (`archive::notify`). The claims those documents
//! concern are forgotten, and the open drafts that asked them are looked up and,
//! when their candidates changed, checked and published again. A lost connection is
//! made again with backoff; notices sent meanwhile are unknown, so every claim is
//! then looked up again.

use super::archive::again_for;
use super::context::Ctx;
use crate::archive::notify::{self, Change};
use crate::archive::pool::Backoff;
use crate::lsp::jobs::archive_cache::Link;
use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};
use tower_lsp_server::ls_types::MessageType;

/// Start listening to the archive of `link`, once per link.
pub fn start(ctx: &Arc<Ctx>, link: &Arc<Link>) {
    if link.listening.swap(true, Ordering::SeqCst) {
        return;
    }
    let (ctx, link) = (Arc::downgrade(ctx), link.clone());
    tokio::spawn(async move { listen(ctx, link).await });
}

fn gone(ctx: &Weak<Ctx>) -> bool {
    ctx.upgrade().is_none_or(|c| c.session.is_shutting_down())
}

async fn listen(ctx: Weak<Ctx>, link: Arc<Link>) {
    let mut backoff = Backoff::default();
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        match notify::listen(link.archive.url()).await {
            Ok(mut listener) => {
                backoff.succeeded();
                if attempts > 1 {
                    // Away for a while: whatever was announced meanwhile is unknown.
                    link.clear();
                    if let Some(ctx) = ctx.upgrade() {
                        let url = link.archive.url().to_string();
                        ctx.log(
                            MessageType::INFO,
                            format!("archive {url}: listening again for new documents"),
                        )
                        .await;
                        again_for(&ctx, |a| a.settings.archive.is_some());
                    }
                }
                while let Some(change) = listener.changes.recv().await {
                    let Some(ctx) = ctx.upgrade() else { return };
                    changed(&ctx, &link, change).await;
                }
            }
            Err(_) => {
                // The lookups say the archive is away, once: not said again here.
                backoff.failed(Instant::now(), "");
            }
        }
        if gone(&ctx) {
            return;
        }
        let at = backoff
            .next_try()
            .unwrap_or_else(|| Instant::now() + Backoff::FIRST);
        tokio::time::sleep_until(at.into()).await;
        if gone(&ctx) {
            return;
        }
    }
}

/// Forget what the announced documents concern, and look the drafts up again.
async fn changed(ctx: &Arc<Ctx>, link: &Link, change: Change) {
    let removed: HashSet<i64> = change.removed.iter().copied().collect();
    let added = if change.added.is_empty() {
        Ok(HashSet::new())
    } else {
        link.archive.keys_of(&change.added).await
    };
    let forgotten = match &added {
        Ok(keys) => link.invalidate(&removed, keys),
        Err(_) => {
            link.clear();
            1
        }
    };
    let holding = ctx.archive.drafts_holding(&removed);
    let url = link.archive.url().to_string();
    ctx.log(
        MessageType::INFO,
        format!(
            "archive {url}: {} documents added, {} removed; {forgotten} claims to look up again",
            change.added.len(),
            change.removed.len()
        ),
    )
    .await;
    if forgotten > 0 || !holding.is_empty() {
        // Drafts whose claims are all still cached find nothing new: not re-checked.
        again_for(ctx, |a| a.settings.archive.is_some());
    }
    // Let a burst of batches settle into few lookups.
    tokio::time::sleep(Duration::from_millis(50)).await;
}
