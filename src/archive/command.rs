//! The archive from the command line: `recoupe archive ingest`, and the candidates a
//! `recoupe check --archive` adds to its local sources.

use super::lookup::{merge, Archive};
use super::pool::{ArchiveUrl, Notice};
use crate::corpus::Corpus;
use crate::draft::Draft;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// A runtime for one command: the archive's client is asynchronous, the CLI is not.
fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start: {e}"))
}

/// `recoupe archive ingest --db URL DIR...`: exit 0 when done, 2 on an error.
pub fn ingest(db: &str, dirs: &[PathBuf]) -> ExitCode {
    match ingest_inner(db, dirs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("recoupe: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn ingest_inner(db: &str, dirs: &[PathBuf]) -> Result<(), String> {
    let url = ArchiveUrl::parse(db)?;
    for dir in dirs {
        if !dir.is_dir() {
            return Err(format!("source folder not found: {}", dir.display()));
        }
    }
    let tty = std::io::stderr().is_terminal();
    let report = runtime()?.block_on(super::ingest::ingest(&url, dirs, |p| {
        let rate = p.done as f64 / p.elapsed.max(1e-3);
        let width = 30;
        let filled = (p.done * width).checked_div(p.total).unwrap_or(width);
        let line = format!(
            "[{}{}] {}/{} files, {} written, {:.0} files/s",
            "#".repeat(filled),
            " ".repeat(width - filled.min(width)),
            p.done,
            p.total,
            p.written,
            rate
        );
        let mut err = std::io::stderr().lock();
        // A terminal sees one line redrawn; a log, one line a batch.
        let _ = if tty {
            write!(err, "\r{line}")
        } else {
            writeln!(err, "{line}")
        };
    }))?;
    if tty {
        eprintln!();
    }
    for w in &report.warnings {
        eprintln!("recoupe: warning: skipped {w}");
    }
    eprintln!(
        "recoupe: {} files into {url}: {} added, {} replaced, {} unchanged, in {:.1} s ({:.0} files/s)",
        report.files,
        report.added,
        report.replaced,
        report.unchanged,
        report.seconds,
        report.files as f64 / report.seconds.max(1e-3)
    );
    Ok(())
}

/// The corpus `recoupe check` judges `files` against: the local sources and the
/// archive's candidates for every draft, in one query for the run. An archive that
/// cannot be reached leaves the local sources, with a warning, when there are any;
/// otherwise it is an error.
pub fn with_archive(db: &str, local: Corpus, files: &[PathBuf]) -> Result<Corpus, String> {
    let url = ArchiveUrl::parse(db)?;
    let mut claims = Vec::new();
    for file in files {
        if let Ok(text) = std::fs::read_to_string(file) {
            claims.extend(Draft::new(file.clone(), &text).claims);
        }
    }
    let mut keys: Vec<Vec<super::keys::Key>> =
        claims.iter().map(super::keys::lookup_keys).collect();
    keys.sort();
    keys.dedup();
    let archive = Archive::new(url.clone(), 1)?;
    let found = runtime()?.block_on(async { archive.try_candidates(&keys, &[]).await });
    match found {
        (Some(found), _) => {
            if found.unreadable > 0 {
                eprintln!(
                    "recoupe: warning: {} archive documents could not be read back: run `recoupe archive ingest` again",
                    found.unreadable
                );
            }
            Ok(merge(local.docs, found.into_sources()))
        }
        (None, notice) => {
            let why = match notice {
                Notice::Down(why) => format!("the archive is unreachable ({why})"),
                _ => "the archive is unreachable".to_string(),
            };
            if local.is_empty() {
                Err(format!("{url}: {why}"))
            } else {
                eprintln!("recoupe: warning: {url}: {why}; checking with local sources only");
                Ok(local)
            }
        }
    }
}
