//! The newsroom archive: sources stored in PostgreSQL, shared by every reporter
//! (docs/archive.md). `ingest` parses folders with the corpus loader's code and
//! stores them; `lookup` finds a draft's candidate sources in one query and merges
//! them with the local ones, so the same verdict code decides.
//!
//! - `pool`: the URL, TLS, connections, timeouts and backoff;
//! - `migrate`: the versioned schema (`migrations/*.sql`);
//! - `keys`: what a document and a draft claim are looked up by;
//! - `ingest`, `lookup`: writing and reading;
//! - `notify`: the LISTEN/NOTIFY announcement of what an ingest changed;
//! - `command`: the command-line side of both.

pub mod command;
pub mod ingest;
pub mod keys;
pub mod lookup;
pub mod migrate;
pub mod notify;
pub mod pool;

pub use lookup::Archive;
pub use pool::ArchiveUrl;
