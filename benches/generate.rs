//! Writes a benchmark workspace: a generated corpus under `sources/`, `recoupe.toml`,
//! the 5,000- and 50,000-word drafts with their edit/hover positions, and a tiny
//! draft for timing loads from the command line.
//!
//! `cargo bench --bench generate -- OUT_DIR [--docs N] [--seed S]` (10,000 sources by
//! default). The LSP latency script (`benches/lsp_latency.py`) runs on OUT_DIR.

#[path = "support/gen.rs"]
mod gen;

use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Written into OUT_DIR so that a later run knows the folder is ours to rewrite.
const STAMP: &str = ".recoupe-bench";

struct Args {
    out: PathBuf,
    docs: usize,
    seed: u64,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut out = None;
    let mut docs = 10_000;
    let mut seed = gen::SEED;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            // what `cargo bench` passes to every bench target
            "--bench" => {}
            "--docs" => {
                let v = it.next().ok_or("--docs needs a number")?;
                docs = v
                    .parse()
                    .map_err(|_| format!("--docs: not a number: {v}"))?;
            }
            "--seed" => {
                let v = it.next().ok_or("--seed needs a number")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => out = Some(PathBuf::from(s)),
        }
    }
    Ok(out.map(|out| Args { out, docs, seed }))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            // A plain `cargo bench` runs every target: say how to use this one and
            // leave the disk alone.
            eprintln!(
                "generate: nothing written. Usage: cargo bench --bench generate -- OUT_DIR [--docs N] [--seed S]"
            );
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("generate: {e}");
            return ExitCode::from(2);
        }
    };
    match write_workspace(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}

fn write_workspace(args: &Args) -> std::io::Result<()> {
    let out = &args.out;
    let sources = out.join("sources");
    if sources.exists() {
        if !out.join(STAMP).exists() {
            return Err(std::io::Error::other(
                "sources/ exists and was not written by this generator; choose an empty folder",
            ));
        }
        std::fs::remove_dir_all(&sources)?;
    }
    std::fs::create_dir_all(&sources)?;
    std::fs::write(out.join(STAMP), "written by cargo bench --bench generate\n")?;

    let started = std::time::Instant::now();
    let mut digest = gen::FNV_START;
    let mut bytes = 0;
    for i in 0..args.docs {
        let s = gen::source(args.seed, i);
        let path = sources.join(&s.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &s.text)?;
        digest = gen::fnv1a(digest, s.path.as_bytes());
        digest = gen::fnv1a(digest, s.text.as_bytes());
        bytes += s.text.len();
    }
    std::fs::write(
        out.join("recoupe.toml"),
        "# Benchmark workspace, written by benches/generate.rs.\ncorpus = [\"sources\"]\ndebounce_ms = 0\n",
    )?;
    std::fs::write(out.join("tiny.md"), gen::tiny_draft(args.seed))?;

    let mut drafts = Vec::new();
    for (name, words) in [("draft-5k.md", 5_000), ("draft-50k.md", 50_000)] {
        let d = gen::draft(args.seed, words);
        digest = gen::fnv1a(digest, d.text.as_bytes());
        write_draft(out, name, &d)?;
        drafts.push(json!({
            "file": name, "words": d.words, "bytes": d.text.len(),
            "claims_written": gen::describe(&d.tally),
        }));
    }
    let summary = json!({
        "seed": args.seed, "sources": args.docs, "source_bytes": bytes,
        "digest": format!("{digest:016x}"), "drafts": drafts,
    });
    std::fs::write(
        out.join("workspace.json"),
        serde_json::to_string_pretty(&summary).map_err(std::io::Error::other)? + "\n",
    )?;
    println!(
        "wrote {} sources ({:.1} MB) and 2 drafts to {} in {:.1} s; digest {digest:016x}",
        args.docs,
        bytes as f64 / 1e6,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The draft, and beside it the LSP positions (line, UTF-16 column) the latency
/// script edits and hovers.
fn write_draft(out: &Path, name: &str, d: &gen::Draft) -> std::io::Result<()> {
    std::fs::write(out.join(name), &d.text)?;
    let pos = |offsets: &[usize]| -> Vec<[usize; 2]> {
        gen::positions(&d.text, offsets)
            .into_iter()
            .map(|(l, c)| [l, c])
            .collect()
    };
    let marks = json!({
        "words": d.words,
        "prose": pos(&d.marks.prose),
        "figures": pos(&d.marks.figures),
        "claims": pos(&d.marks.claims),
    });
    let json_name = Path::new(name).with_extension("json");
    std::fs::write(
        out.join(json_name),
        serde_json::to_string(&marks).map_err(std::io::Error::other)? + "\n",
    )
}
