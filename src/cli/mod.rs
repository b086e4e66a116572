//! `recoupe check`: check drafts from the terminal, for people, as JSON or as SARIF
//! (docs/cli.md); `recoupe report`: the same findings as one HTML page (docs/report.md).
//!
//! Exit codes, whatever the format: 0 when nothing is contradicted, misquoted or
//! outdated, 1 when something is, 2 on a usage or I/O error.

mod human;
mod json;
mod paths;
mod position;
mod render;
mod report;
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

/// Where a run's findings go.
#[derive(Clone, Copy)]
enum Output<'a> {
    Check(Format),
    /// The HTML report, written to this file (`-`: standard output).
    Report(&'a Path),
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
    finish(run_inner(
        corpus_dirs,
        archive,
        files,
        Output::Check(format),
    ))
}

/// Run `recoupe report`. It exits 0 once the page is written, whatever the
/// verdicts: the page is for a person to read, `check` is the gate.
pub fn report(corpus_dirs: &[PathBuf], files: &[PathBuf], output: &Path) -> ExitCode {
    finish(run_inner(corpus_dirs, None, files, Output::Report(output)))
}

fn finish(result: Result<ExitCode, String>) -> ExitCode {
    match result {
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
    output: Output,
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
    // The run's own lines are told in the first draft's language (or the
    // setting's), as its findings are.
    let lang = std::fs::read_to_string(first)
        .map_or(crate::lang::Lang::En, |t| settings.language.resolve(&t));
    if let Some(url) = archive {
        settings.archive = Some(url.to_string());
        if corpus_dirs.is_empty() {
            settings.corpus.clear();
        }
    }
    if settings.corpus.is_empty() && settings.archive.is_none() {
        return Err(crate::tr!(
            lang,
            "cli-no-corpus",
            config = crate::config::CONFIG_FILE
        ));
    }
    for dir in &settings.corpus {
        if !dir.is_dir() {
            return Err(crate::tr!(
                lang,
                "cli-corpus-missing",
                folder = dir.display().to_string()
            ));
        }
    }
    let cache = corpus::disk::cache::cache_dir();
    let (corpus, warnings, _) = corpus::disk::load(&settings.corpus, cache.as_deref());
    for w in &warnings {
        eprintln!(
            "recoupe: warning: {}",
            crate::tr!(lang, "cli-skipped", warning = w.tell(lang))
        );
    }
    let corpus = match &settings.archive {
        Some(url) => crate::archive::command::with_archive(url, corpus, files)?,
        None => corpus,
    };
    let mut reports = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| {
            crate::tr!(
                lang,
                "cli-cannot-read",
                file = file.display().to_string(),
                error = e.to_string()
            )
        })?;
        // A bug in the engine must not take the whole run down: say which file hit it.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let draft = Draft::new(file.clone(), &text);
            let options = verify::Options::new(settings.language, &text);
            let checked = verify::check(&draft, &corpus, &options);
            (draft.doc, checked, options.lang)
        }));
        let Ok((draft, checked, lang)) = checked else {
            return Err(crate::tr!(
                lang,
                "cli-internal-error",
                file = file.display().to_string()
            ));
        };
        let (supported, checked): (Vec<verify::Finding>, Vec<verify::Finding>) = checked
            .into_iter()
            .partition(|c| c.verdict == Verdict::Supported);
        let checked: Vec<verify::Finding> = checked
            .into_iter()
            .filter(|c| {
                c.verdict.code().is_some() && settings.severity_of(c.verdict) != Severity::Off
            })
            .collect();
        reports.push(render::Report {
            file: file.clone(),
            draft,
            checked,
            lang,
            supported,
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
    let out = match output {
        Output::Check(Format::Human) => human::human(&run),
        Output::Check(Format::Json) => json::json(&run),
        Output::Check(Format::Sarif) => sarif::sarif(&run),
        Output::Report(path) if path == Path::new("-") => report::html(&run),
        Output::Report(path) => {
            std::fs::write(path, report::html(&run))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            String::new()
        }
    };
    let problems = problems && matches!(output, Output::Check(_));
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    // The process ends here: freeing a large corpus piece by piece would only delay
    // the exit (a tenth of a second on 10,000 sources).
    std::mem::forget(corpus);
    Ok(ExitCode::from(if problems { 1 } else { 0 }))
}
