//! `recoupe check`: check drafts from the terminal, for people, as JSON or as SARIF
//! (docs/cli.md).
//!
//! Exit codes, whatever the format: 0 when nothing is contradicted, misquoted or
//! outdated, 1 when something is, 2 on a usage or I/O error.

mod human;
mod json;
mod paths;
mod position;
mod render;
mod sarif;
mod source_name;

use crate::config::{Settings, Severity};
use crate::corpus;
use crate::corpus::disk::config::{find_config, load_settings};
use crate::draft::Draft;
use crate::verify::{self, Verdict};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output format of `recoupe check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Compiler-style text for people.
    Human,
    /// One JSON object (docs/json.md).
    Json,
    /// A SARIF 2.1.0 log.
    Sarif,
}

/// Run `recoupe check`.
pub fn run(corpus_dirs: &[PathBuf], files: &[PathBuf], format: Format) -> ExitCode {
    run_with_archive(corpus_dirs, None, files, format)
}

/// Run `recoupe check` with an archive URL (`--archive`): with no corpus folder
/// given, the archive alone is the evidence.
pub fn run_with_archive(
    corpus_dirs: &[PathBuf],
    archive: Option<&str>,
    files: &[PathBuf],
    format: Format,
) -> ExitCode {
    match run_inner(corpus_dirs, archive, files, format) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("recoupe: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_inner(
    corpus_dirs: &[PathBuf],
    archive: Option<&str>,
    files: &[PathBuf],
    format: Format,
) -> Result<ExitCode, String> {
    let first = files.first().ok_or("no file to check")?;
    let start = first
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
    let mut settings = match find_config(&start) {
        Some(path) => load_settings(&path)?,
        None => Settings::default(),
    };
    if !corpus_dirs.is_empty() {
        settings.corpus = corpus_dirs.to_vec();
    }
    if let Some(url) = archive {
        settings.archive = Some(url.to_string());
        if corpus_dirs.is_empty() {
            settings.corpus.clear();
        }
    }
    if settings.corpus.is_empty() && settings.archive.is_none() {
        return Err(format!(
            "no corpus: pass --corpus DIR, or write {} with corpus = [\"sources\"]",
            crate::config::CONFIG_FILE
        ));
    }
    for dir in &settings.corpus {
        if !dir.is_dir() {
            return Err(format!("corpus folder not found: {}", dir.display()));
        }
    }
    let cache = corpus::disk::cache::cache_dir();
    let (corpus, warnings, _) = corpus::disk::load(&settings.corpus, cache.as_deref());
    for w in &warnings {
        eprintln!("recoupe: warning: skipped {w}");
    }
    let corpus = match &settings.archive {
        Some(url) => crate::archive::command::with_archive(url, corpus, files)?,
        None => corpus,
    };
    let mut reports = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        // A bug in the engine must not take the whole run down: say which file hit it.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let draft = Draft::new(file.clone(), &text);
            let options = verify::Options::new(settings.language, &text);
            let checked = verify::check(&draft, &corpus, &options);
            (draft.doc, checked)
        }));
        let Ok((draft, checked)) = checked else {
            return Err(format!(
                "internal error while checking {} (please report it)",
                file.display()
            ));
        };
        let checked: Vec<verify::Finding> = checked
            .into_iter()
            .filter(|c| c.verdict != Verdict::Supported)
            .filter(|c| {
                c.verdict.code().is_some() && settings.severity_of(c.verdict) != Severity::Off
            })
            .collect();
        reports.push(render::Report {
            file: file.clone(),
            draft,
            checked,
        });
    }
    let problems = reports.iter().flat_map(|r| &r.checked).any(|c| {
        matches!(
            c.verdict,
            Verdict::Contradicted | Verdict::Misquoted | Verdict::Outdated
        )
    });
    let paths = paths::Paths::from_cwd();
    let run = render::Run {
        reports: &reports,
        corpus: &corpus,
        settings: &settings,
        paths: &paths,
    };
    let out = match format {
        Format::Human => human::human(&run),
        Format::Json => json::json(&run),
        Format::Sarif => sarif::sarif(&run),
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    // The process ends here: freeing a large corpus piece by piece would only delay
    // the exit (a tenth of a second on 10,000 sources).
    std::mem::forget(corpus);
    Ok(ExitCode::from(if problems { 1 } else { 0 }))
}
