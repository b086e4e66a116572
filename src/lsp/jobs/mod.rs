//! Background work, on snapshots of the session: analysing a draft, debouncing and
//! publishing its diagnostics, reloading a root's settings and corpus, watching
//! files. Layered one way, each file importing only those listed before it:
//!
//! - `watch`: the client's file watcher or the fallback (`notify`), reporting on a
//!   channel;
//! - `context`: `Ctx`, what every job and handler shares (client, session,
//!   checkers, the channel asking for reloads);
//! - `analyse`: one check of one `DocumentSnapshot`;
//! - `publish`: debounce, typing pause, publication of the version checked;
//! - `reload`: settings and corpora, installed into the session; serves the
//!   reloads other jobs ask for.

pub mod analyse;
pub mod context;
pub mod publish;
pub mod reload;
pub mod watch;
