//! Recoupe: fact-checks markdown drafts against a folder of reference documents.
//!
//! The crate in reading order:
//! - [`text`]: byte spans, tokens, and the one place offsets become line/columns;
//! - [`markdown`]: the prose of a draft;
//! - [`boilerplate`]: what of a scraped page is not the article;
//! - [`lang`]: general language tables (number words, months, role words, verbs...);
//! - [`document`]: a text split into sentences (parsing only);
//! - [`claims`]: one extractor per claim kind, and `claims::extract` over a document;
//! - [`draft`]: a draft with its claims, as the verifier takes it;
//! - [`corpus`]: sources (documents with their claims), loading reference folders
//!   (the only file I/O) and indexing them;
//! - [`verdict`]: the verdicts and their diagnostic codes;
//! - [`verify`]: deciding each draft claim's verdict, with evidence and fixes;
//! - [`config`]: `recoupe.toml` and editor settings;
//! - [`report`]: checked drafts as one self-contained HTML page;
//! - [`archive`]: sources stored in PostgreSQL, looked up per draft;
//! - [`cli`] and [`lsp`]: the two ways out, a terminal command and a language server.

pub mod archive;
pub mod boilerplate;
pub mod claims;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod document;
pub mod draft;
pub mod lang;
pub mod lsp;
pub mod markdown;
pub mod messages;
pub mod report;
pub mod text;
pub mod verdict;
pub mod verify;

pub use corpus::{Corpus, Source};
pub use document::Document;
pub use draft::Draft;
pub use verify::{check, Evidence, Finding, Fix, Options, Verdict};
