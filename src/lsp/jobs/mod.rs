//! Background work, on snapshots of the session: analysing a draft, debouncing and
//! publishing its diagnostics, reloading a root's settings and corpus, watching
//! files. Layered one way, each file importing only those listed before it:
//!
//! - `watch`: the client's file watcher or the fallback (`notify`), reporting on a
//!   channel;
//! - `archive_cache`: the archives' links, each claim's cached candidates and each
//!   draft's corpus with them (data);
//! - `context`: `Ctx`, what every job and handler shares (client, session,
//!   checkers, the channel asking for reloads);
//! - `analyse`: one check of one `DocumentSnapshot`;
//! - `publish`: debounce, typing pause, publication of the version checked;
//! - `archive`: the archive's candidates for a draft's new claims, merged in and
//!   published again; `listen`: the archive's announcements of new documents;
//! - `reload`: settings and corpora, installed into the session; serves the
//!   reloads other jobs ask for.

pub mod analyse;
pub mod archive;
pub mod archive_cache;
pub mod context;
pub mod listen;
pub mod publish;
pub mod reload;
pub mod watch;
