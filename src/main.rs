//! The `recoupe` binary: `recoupe lsp` serves the language server over stdio,
//! `recoupe check` checks drafts from the terminal, `recoupe report` writes what it
//! finds as an HTML page.

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
            format,
            files,
        } => recoupe::cli::run(&corpus, &files, format),
        Command::Report {
            corpus,
            output,
            files,
        } => recoupe::cli::report(&corpus, &files, &output),
    }
}
