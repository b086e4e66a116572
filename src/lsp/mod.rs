//! The language server: the only module that knows LSP types.
//!
//! - `framing`: a tolerant reader of the client's frames in front of the transport;
//! - `server`: the `LanguageServer` impl, dispatching to `handlers/` (one per request);
//! - `session`: open documents (ropes, versions, last edit);
//! - `workspace` and `watch`: settings, corpora and how they are kept up to date;
//! - `analysis`: running the engine, debounce, publishing;
//! - `from_proto` / `to_proto`: the only places positions are converted.

mod analysis;
pub mod framing;
mod from_proto;
mod handlers;
mod server;
mod session;
mod state;
mod to_proto;
mod watch;
mod workspace;

use crate::verify::{Finding, Options};
use crate::{Corpus, Draft};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::mpsc;
use tower_lsp_server::{LspService, Server};

/// What checks a draft against a corpus: `crate::check`, or a stand-in in tests.
pub type Engine = Arc<dyn Fn(&Draft, &Corpus, &Options) -> Vec<Finding> + Send + Sync>;

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
    let engine: Engine = Arc::new(|d: &Draft, c: &Corpus, o: &Options| crate::check(d, c, o));
    let clean = rt.block_on(serve_inner(
        tokio::io::stdin(),
        tokio::io::stdout(),
        engine,
        true,
    ));
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

/// Serve LSP on any byte streams with any engine, checking whole drafts. Returns
/// true when the session ended as the protocol asks: `shutdown`, then `exit`.
pub async fn serve<I, O>(input: I, output: O, engine: Engine) -> bool
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_inner(input, output, engine, false).await
}

/// Serve LSP on any byte streams with the real engine, re-checking only what each
/// edit touched, as `recoupe lsp` does.
pub async fn serve_incremental<I, O>(input: I, output: O) -> bool
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let engine: Engine = Arc::new(|d: &Draft, c: &Corpus, o: &Options| crate::check(d, c, o));
    serve_inner(input, output, engine, true).await
}

async fn serve_inner<I, O>(input: I, output: O, engine: Engine, incremental: bool) -> bool
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

    let mut state = None;
    let (service, socket) = LspService::new(|client| {
        let s = Arc::new(state::State::new(client, engine, incremental));
        state = Some(s.clone());
        server::Backend { state: s }
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
    let clean = state.is_some_and(|s| s.is_shutting_down());
    // Let the last responses reach the output before returning.
    reader.abort();
    let _ = out_pump.await;
    let _ = writer.await;
    clean
}
