//! The `recoupe` binary: `recoupe lsp` serves the language server over stdio,
//! `recoupe check` checks drafts from the terminal, `recoupe report` writes what it
//! finds as an HTML page, `recoupe archive ingest` fills a newsroom archive.

use clap::{Parser, Subcommand};

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "recoupe",
    version,
    about = "Fact-check markdown drafts against a reference corpus"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the Language Server Protocol over stdio.
    Lsp,
    /// Check drafts and print the findings.
    Check {
        /// A corpus folder (repeatable). Default: `corpus` in the recoupe.toml above the first file.
        #[arg(long = "corpus", value_name = "DIR")]
        corpus: Vec<PathBuf>,
        /// A newsroom archive in PostgreSQL (postgresql://user@host/db), queried beside
        /// the corpus folders; with no --corpus, the only source of evidence.
        #[arg(long = "archive", value_name = "URL")]
        archive: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = recoupe::cli::Format::Human)]
        format: recoupe::cli::Format,
        /// Drafts to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Check drafts and write the findings as one self-contained HTML page.
    Report {
        /// A corpus folder (repeatable). Default: `corpus` in the recoupe.toml above the first file.
        #[arg(long = "corpus", value_name = "DIR")]
        corpus: Vec<PathBuf>,
        /// The page to write (`-`: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Drafts to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Manage a newsroom archive in PostgreSQL (docs/archive.md).
    Archive {
        #[command(subcommand)]
        command: ArchiveCommand,
    },
}

#[derive(Subcommand)]
enum ArchiveCommand {
    /// Parse source folders and store them in the archive (again: only what changed).
    Ingest {
        /// The archive: postgresql://user@host:5432/db (the password may come from PGPASSWORD).
        #[arg(long = "db", value_name = "URL")]
        db: String,
        /// Source folders.
        #[arg(required = true, value_name = "DIR")]
        dirs: Vec<PathBuf>,
        /// Keep watching the folders: ingest new and changed files, remove deleted ones.
        #[arg(long)]
        watch: bool,
        /// Seconds between two looks at the folders with --watch.
        #[arg(long, value_name = "SECONDS", default_value_t = 2.0)]
        interval: f64,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Lsp => recoupe::lsp::serve_stdio(),
        Command::Check {
            corpus,
            archive,
            format,
            files,
        } => recoupe::cli::run_with_archive(&corpus, archive.as_deref(), &files, format),
        Command::Report {
            corpus,
            output,
            files,
        } => recoupe::cli::report(&corpus, &files, &output),
        Command::Archive {
            command:
                ArchiveCommand::Ingest {
                    db,
                    dirs,
                    watch,
                    interval,
                },
        } => {
            if watch {
                recoupe::archive::command::watch(&db, &dirs, interval)
            } else {
                recoupe::archive::command::ingest(&db, &dirs)
            }
        }
    }
}
