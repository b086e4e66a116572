//! The language server: the only module that knows LSP types. Layered one way,
//! each layer importing only those below it:
//!
//! - `server`: the `LanguageServer` impl, guarding and dispatching to `handlers/`;
//! - `handlers/`: one per request or notification; notifications change the
//!   session, requests read analyses, both start jobs;
//! - `jobs/`: background work on snapshots (analyse, debounce and publish, reload a
//!   corpus, watch files), sending what they need of each other over channels;
//! - `session/`: plain data: the open documents, the workspace's roots, settings
//!   and corpora, the client's capabilities, the generation counter, and the
//!   `DocumentSnapshot` each check takes;
//! - `engine`: what checks a draft (the real, incremental engine or a stand-in);
//! - `from_proto` / `to_proto`: the only places positions are converted;
//! - `markdown_escape`: the one place plain text is escaped for the hover's markdown;
//! - `framing`: a tolerant reader of the client's frames in front of the transport.

mod engine;
pub mod framing;
mod from_proto;
mod handlers;
mod jobs;
mod markdown_escape;
mod related;
mod server;
mod session;
mod to_proto;

pub use engine::{Engine, WholeCheck};

use jobs::context::Ctx;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::mpsc;
use tower_lsp_server::{LspService, Server};

/// Serve LSP over stdin/stdout until `exit` (or the end of stdin).
pub fn serve_stdio() -> ExitCode {
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("recoupe: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let clean = rt.block_on(serve(tokio::io::stdin(), tokio::io::stdout(), Engine::Real));
    // The stdin reader may still be blocked in a read: do not wait for it.
    rt.shutdown_background();
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// How long requests still in flight may run after the client's input has ended.
pub const INPUT_END_GRACE: Duration = Duration::from_secs(2);

/// Serve LSP on any byte streams with `engine` (`Engine::Real` is what `recoupe lsp`
/// runs). Returns true when the session ended as the protocol asks: `shutdown`,
/// then `exit`.
pub async fn serve<I, O>(input: I, output: O, engine: Engine) -> bool
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let (frames_tx, frames_rx) = mpsc::unbounded_channel();
    let (to_server, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, from_server) = tokio::io::duplex(1 << 16);
    let writer = tokio::spawn(framing::write_all(output, frames_rx));
    let reader = tokio::spawn(framing::pump_input(input, to_server, frames_tx.clone()));
    let out_pump = tokio::spawn(framing::pump_output(from_server, frames_tx));

    let mut shared = None;
    let (service, socket) = LspService::new(|client| {
        let (ctx, mut inbox) = Ctx::new(client, engine);
        let ctx = Arc::new(ctx);
        let (_, archive_rx) = tokio::sync::mpsc::unbounded_channel();
        let archive = std::mem::replace(&mut inbox.archive, archive_rx);
        tokio::spawn(jobs::archive::run(Arc::downgrade(&ctx), archive));
        tokio::spawn(jobs::reload::run(Arc::downgrade(&ctx), inbox));
        shared = Some(ctx.clone());
        server::Backend { ctx }
    });
    let mut served = Box::pin(Server::new(server_in, server_out, socket).serve(service));
    let mut reader = reader;
    tokio::select! {
        _ = &mut served => {}
        // The transport returns only once every request in flight is answered, and a
        // handler awaiting the client's answer (`workspace/configuration`) would wait
        // forever for a client that is gone: once the input has ended, give the work in
        // flight a moment, then stop (found by fuzzing, see docs/reliability.md).
        _ = async {
            let _ = (&mut reader).await;
            tokio::time::sleep(INPUT_END_GRACE).await;
        } => eprintln!("recoupe: the input ended with requests still waiting on the client; stopping"),
    }
    // Dropping the transport closes its output, which ends `out_pump`.
    drop(served);
    let clean = shared.is_some_and(|ctx| ctx.session.is_shutting_down());
    // Let the last responses reach the output before returning.
    reader.abort();
    let _ = out_pump.await;
    let _ = writer.await;
    clean
}
