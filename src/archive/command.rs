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
    check_dirs(dirs)?;
    let mut bar = Bar::new();
    let report = runtime()?.block_on(super::ingest::ingest(&url, dirs, |p| bar.show(p)))?;
    bar.end();
    summary(&url, &report);
    Ok(())
}

/// `recoupe archive ingest --watch`: until stopped; exit 2 on an error before the
/// first pass (a bad URL, a missing folder, an archive of another schema).
pub fn watch(db: &str, dirs: &[PathBuf], interval: f64) -> ExitCode {
    let run = || -> Result<(), String> {
        let url = ArchiveUrl::parse(db)?;
        check_dirs(dirs)?;
        let interval = std::time::Duration::try_from_secs_f64(interval)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or("--interval must be a positive number of seconds")?;
        eprintln!(
            "recoupe: watching {} folders for {url}, every {:.1} s (Ctrl-C stops)",
            dirs.len(),
            interval.as_secs_f64()
        );
        let mut bar = Bar::new();
        runtime()?.block_on(super::ingest::watch(
            &url,
            dirs,
            interval,
            |r| match r {
                Ok(report) => summary(&url, report),
                Err(e) => eprintln!(
                    "recoupe: warning: {e}; trying again in {:.1} s",
                    interval.as_secs_f64()
                ),
            },
            |p| bar.show(p),
        ))
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("recoupe: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn check_dirs(dirs: &[PathBuf]) -> Result<(), String> {
    for dir in dirs {
        if !dir.is_dir() {
            return Err(format!("source folder not found: {}", dir.display()));
        }
    }
    Ok(())
}

/// The progress bar: files done, documents written, throughput. A terminal sees one
/// line redrawn; a log, one line a batch.
struct Bar {
    tty: bool,
    drawn: bool,
}

impl Bar {
    fn new() -> Bar {
        Bar {
            tty: std::io::stderr().is_terminal(),
            drawn: false,
        }
    }

    fn show(&mut self, p: super::ingest::Progress) {
        let rate = p.done as f64 / p.elapsed.max(1e-3);
        let width = 30;
        let filled = (p.done * width).checked_div(p.total).unwrap_or(width);
        let line = format!(
            "[{}{}] {}/{} files, {} written, {:.0} files/s",
            "#".repeat(filled.min(width)),
            " ".repeat(width - filled.min(width)),
            p.done,
            p.total,
            p.written,
            rate
        );
        let mut err = std::io::stderr().lock();
        let _ = if self.tty {
            write!(err, "\r{line}")
        } else {
            writeln!(err, "{line}")
        };
        self.drawn = true;
    }

    fn end(&mut self) {
        if self.tty && self.drawn {
            eprintln!();
        }
        self.drawn = false;
    }
}

fn summary(url: &ArchiveUrl, report: &super::ingest::Report) {
    for w in &report.warnings {
        eprintln!("recoupe: warning: skipped {w}");
    }
    eprintln!(
        "recoupe: {} files into {url}: {} added, {} replaced, {} unchanged, {} removed, in {:.1} s ({:.0} files/s)",
        report.files,
        report.added,
        report.replaced,
        report.unchanged,
        report.removed,
        report.seconds,
        report.files as f64 / report.seconds.max(1e-3)
    );
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
