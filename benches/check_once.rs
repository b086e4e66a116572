//! One in-process check of a generated draft against a generated corpus, for counting
//! instructions under callgrind (`benches/callgrind_check.sh`), where criterion's
//! repeated runs would take hours: `cargo bench --bench check_once -- [sources]
//! [words]` (10,000 and 5,000 by default).
//!
//! The corpus is built and the draft checked once before the measured check, so that
//! what the count covers is a check, not the first touch of lazily built tables. With
//! `CHECK_ONCE_WAIT` set, it waits for a line on stdin before the measured check (the
//! script turns callgrind's instrumentation on then).

#[path = "support/gen.rs"]
mod gen;

use recoupe::{Corpus, Draft};
use std::path::PathBuf;

/// The check that is counted; not inlined, so that callgrind names it.
#[inline(never)]
fn measured(draft: &Draft, corpus: &Corpus) -> usize {
    recoupe::check(
        draft,
        corpus,
        &recoupe::Options::new(Default::default(), &draft.doc.text),
    )
    .len()
}

fn main() {
    // Cargo passes `--bench` to every bench target; only numbers are ours.
    let numbers: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sources = numbers.first().copied().unwrap_or(10_000);
    let words = numbers.get(1).copied().unwrap_or(5_000);
    let text = gen::draft(gen::SEED, words).text;
    let draft = Draft::new("draft.md", &text);
    let corpus = Corpus::from_texts(
        gen::corpus(gen::SEED, sources)
            .into_iter()
            .map(|s| (PathBuf::from(s.path), s.text)),
    );
    let warm = measured(&draft, &corpus);
    if std::env::var_os("CHECK_ONCE_WAIT").is_some() {
        eprintln!("ready");
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
    }
    let t = std::time::Instant::now();
    let findings = measured(&draft, &corpus);
    eprintln!(
        "{words}-word draft, {sources} sources: {findings} findings ({warm} on the warm-up run) in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
}
