//! Engine benchmarks (criterion) on generated wire copy: claim extraction from the
//! 5,000- and 50,000-word drafts, a whole check of each against corpora of 100, 1,000
//! and 10,000 sources, and loading and indexing a corpus folder from disk.
//!
//! `cargo bench --bench engine` runs them all except loading 10,000 files, which
//! `RECOUPE_BENCH_10K=1` adds. A filter picks some: `cargo bench --bench engine --
//! check/5000w`. Corpora are built once per process, the first time a selected
//! benchmark needs them, outside the timed loops.
//!
//! A benchmark whose single run takes more than a second is not sampled by criterion
//! (ten samples of a slow engine would take the better part of an hour): it is run
//! three times by hand (once if it takes over 20 s) and reported as `slow:` lines with wall and CPU time.
//! `RECOUPE_BENCH_FULL=1` samples those too.

#[path = "support/gen.rs"]
mod gen;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};
use recoupe::{Corpus, Draft};
use std::cell::OnceCell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const DRAFT_WORDS: [usize; 2] = [5_000, 50_000];
const CORPUS_SIZES: [usize; 3] = [100, 1_000, 10_000];

/// Longer than this for one run, and a benchmark is timed by hand instead.
const SLOW: Duration = Duration::from_secs(1);
/// Longer than this, and once is enough.
const VERY_SLOW: Duration = Duration::from_secs(20);

fn main() {
    let runner = Runner::from_env();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let texts: Vec<(usize, String)> = DRAFT_WORDS
        .iter()
        .map(|&w| (w, gen::draft(gen::SEED, w).text))
        .collect();
    extraction(&mut c, &runner, &texts);
    checking(&mut c, &runner, &texts);
    loading(&mut c, &runner);
    c.final_summary();
}

/// Which benchmarks run, and how.
struct Runner {
    filters: Vec<String>,
    full: bool,
}

impl Runner {
    fn from_env() -> Runner {
        // Criterion's options that take a value: their value is not a filter.
        const WITH_VALUE: &[&str] = &[
            "--save-baseline",
            "--baseline",
            "--baseline-lenient",
            "--load-baseline",
            "--sample-size",
            "--warm-up-time",
            "--measurement-time",
            "--nresamples",
            "--noise-threshold",
            "--confidence-level",
            "--significance-level",
            "--output-format",
            "--color",
            "--plotting-backend",
            "--profile-time",
            "--format",
        ];
        let mut filters = Vec::new();
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            if WITH_VALUE.contains(&a.as_str()) {
                args.next();
            } else if !a.starts_with('-') {
                filters.push(a);
            }
        }
        let full = std::env::var_os("RECOUPE_BENCH_FULL").is_some_and(|v| v != "0");
        Runner { filters, full }
    }

    fn selected(&self, id: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| id.contains(f.as_str()))
    }

    /// Run `routine` (after an untimed `setup`) once; if that was slow and sampling
    /// slow benchmarks was not asked for, twice more, print the times, and return
    /// true: criterion then leaves it alone.
    fn timed_by_hand<R>(
        &self,
        id: &str,
        mut setup: impl FnMut(),
        mut routine: impl FnMut() -> R,
    ) -> bool {
        let mut once = || {
            setup();
            let cpu = cpu_time();
            let t = Instant::now();
            drop(black_box(routine()));
            (t.elapsed(), cpu_time().saturating_sub(cpu))
        };
        let first = once();
        if first.0 < SLOW || self.full {
            return false;
        }
        // Three runs, or one when it takes minutes.
        let mut runs = vec![first];
        if first.0 < VERY_SLOW {
            runs.push(once());
            runs.push(once());
        }
        runs.sort();
        let (wall, cpu) = runs[runs.len() / 2];
        println!(
            "slow: {id}: {:.3} s wall, {:.3} s CPU (median of {} run(s) by hand; fastest {:.3} s wall)",
            wall.as_secs_f64(),
            cpu.as_secs_f64(),
            runs.len(),
            runs[0].0.as_secs_f64()
        );
        true
    }
}

/// This process's user + system time, from /proc (Linux; zero elsewhere). On a
/// shared machine it moves less than wall time when other jobs take the cores.
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name, which ends at the last ')': utime and stime
    // are the 12th and 13th, in clock ticks of 1/100 s on Linux.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return Duration::ZERO;
    };
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    Duration::from_millis(f.iter().sum::<u64>() * 10)
}

fn flat<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sampling_mode(SamplingMode::Flat);
    g
}

/// `Draft::new`: markdown to sentences to claims.
fn extraction(c: &mut Criterion, r: &Runner, texts: &[(usize, String)]) {
    let mut g = flat(c, "extract");
    for (words, text) in texts {
        let id = format!("{words}w");
        if !r.selected(&format!("extract/{id}"))
            || r.timed_by_hand(
                &format!("extract/{id}"),
                || {},
                || Draft::new("draft.md", text),
            )
        {
            continue;
        }
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(id, |b| b.iter(|| Draft::new("draft.md", black_box(text))));
    }
    g.finish();
}

/// `recoupe::check` of a parsed draft (`check/…`), and the draft parsed and checked
/// from its text, which is what a re-check after an edit costs without incremental
/// work (`recheck/…`, against the largest corpus).
fn checking(c: &mut Criterion, r: &Runner, texts: &[(usize, String)]) {
    let drafts: Vec<(usize, Draft)> = texts
        .iter()
        .map(|(w, t)| (*w, Draft::new("draft.md", t)))
        .collect();
    for (words, d) in &drafts {
        println!(
            "setup: the {words}-word draft has {} claims",
            d.claims.len()
        );
    }
    let corpora: [OnceCell<std::sync::Arc<Corpus>>; 3] = Default::default();
    let corpus = |i: usize| {
        corpora[i].get_or_init(|| {
            let n = CORPUS_SIZES[i];
            let t = Instant::now();
            let c = Corpus::from_texts(
                gen::corpus(gen::SEED, n)
                    .into_iter()
                    .map(|s| (PathBuf::from(s.path), s.text)),
            );
            println!(
                "setup: built the {n}-source corpus in memory in {:.2} s (not timed): {} claims",
                t.elapsed().as_secs_f64(),
                c.docs.iter().map(|d| d.claims.len()).sum::<usize>()
            );
            std::sync::Arc::new(c)
        })
    };
    let mut g = flat(c, "check");
    for (i, n) in CORPUS_SIZES.iter().enumerate() {
        for (words, draft) in &drafts {
            let id = format!("{words}w/{n}docs");
            let full = format!("check/{id}");
            if !r.selected(&full) {
                continue;
            }
            let corpus = corpus(i);
            if r.timed_by_hand(
                &full,
                || {},
                || {
                    recoupe::check(
                        draft,
                        corpus,
                        &recoupe::Options::new(Default::default(), &draft.doc.text),
                    )
                },
            ) {
                continue;
            }
            g.bench_function(id, |b| {
                b.iter(|| {
                    recoupe::check(
                        black_box(draft),
                        corpus,
                        &recoupe::Options::new(Default::default(), &draft.doc.text),
                    )
                })
            });
        }
    }
    g.finish();
    let mut g = flat(c, "recheck");
    let last = CORPUS_SIZES.len() - 1;
    for (words, text) in texts {
        let id = format!("{words}w/{}docs", CORPUS_SIZES[last]);
        let full = format!("recheck/{id}");
        if !r.selected(&full) {
            continue;
        }
        let corpus = corpus(last);
        let recheck = || {
            let draft = Draft::new("draft.md", black_box(text));
            recoupe::check(
                &draft,
                corpus,
                &recoupe::Options::new(Default::default(), &draft.doc.text),
            )
        };
        if r.timed_by_hand(&full, || {}, recheck) {
            continue;
        }
        g.bench_function(id, |b| b.iter(recheck));
    }
    g.finish();
    edit(c, r, texts, corpus(last), CORPUS_SIZES[last]);
}

/// What the server does on each keystroke, in process: the draft checked again with
/// its memo (`verify::Incremental`) after a one-character edit. `figure` changes a
/// digit in the middle of the draft, so one sentence with a figure is read and checked
/// again; `prose` changes a letter, so one sentence without a claim is.
fn edit(
    c: &mut Criterion,
    r: &Runner,
    texts: &[(usize, String)],
    corpus: &std::sync::Arc<Corpus>,
    n: usize,
) {
    let mut g = flat(c, "edit");
    for (words, text) in texts {
        for (what, pick) in [
            ("figure", char::is_ascii_digit as fn(&char) -> bool),
            ("prose", |c: &char| c.is_ascii_lowercase()),
        ] {
            let id = format!("{what}/{words}w/{n}docs");
            if !r.selected(&format!("edit/{id}")) {
                continue;
            }
            let at = text[text.len() / 2..]
                .char_indices()
                .find(|(_, c)| pick(c))
                .map(|(i, _)| text.len() / 2 + i);
            let Some(at) = at else { continue };
            let mut other = text.clone();
            other.insert(at, if what == "figure" { '7' } else { 'x' });
            let options = recoupe::Options::new(Default::default(), text);
            let mut memo = recoupe::verify::Incremental::new();
            memo.check("draft.md", text, corpus, &options);
            let mut flip = false;
            g.bench_function(id, |b| {
                b.iter(|| {
                    flip = !flip;
                    let now = if flip { &other } else { text };
                    memo.findings("draft.md", black_box(now), corpus, &options)
                })
            });
        }
    }
    g.finish();
}

/// `recoupe::corpus::disk::load` on a generated folder: `cold` with a new, empty cache
/// folder each time, `cached` with one a first load filled (the same as cold while
/// the engine keeps no index on disk).
fn loading(c: &mut Criterion, r: &Runner) {
    // Through the cache folder `RECOUPE_CACHE_DIR` names at the time.
    let load = |roots: &[std::path::PathBuf]| {
        let dir = recoupe::corpus::disk::cache::cache_dir();
        recoupe::corpus::disk::load(roots, dir.as_deref())
    };
    let mut sizes = vec![100, 1_000];
    if std::env::var_os("RECOUPE_BENCH_10K").is_some_and(|v| v != "0") {
        sizes.push(10_000);
    }
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("recoupe-bench");
    let mut g = flat(c, "load");
    for n in sizes {
        let dir = root.join(format!("corpus-{n}"));
        let roots = vec![dir.clone()];
        let (cold_id, warm_id) = (format!("cold/{n}docs"), format!("cached/{n}docs"));
        let (cold_full, warm_full) = (format!("load/{cold_id}"), format!("load/{warm_id}"));
        if !r.selected(&cold_full) && !r.selected(&warm_full) {
            continue;
        }
        if let Err(e) = write_corpus(&dir, n) {
            println!(
                "setup: cannot write {}: {e}; load/{n} skipped",
                dir.display()
            );
            continue;
        }
        g.throughput(Throughput::Elements(n as u64));

        let cold = root.join("cache-cold");
        let fresh_cache = || {
            let _ = std::fs::remove_dir_all(&cold);
            std::env::set_var("RECOUPE_CACHE_DIR", &cold);
        };
        if r.selected(&cold_full) && !r.timed_by_hand(&cold_full, fresh_cache, || load(&roots)) {
            g.bench_function(cold_id, |b| {
                b.iter_batched(
                    fresh_cache,
                    |()| load(&roots),
                    criterion::BatchSize::PerIteration,
                )
            });
        }

        let warm = root.join(format!("cache-warm-{n}"));
        std::env::set_var("RECOUPE_CACHE_DIR", &warm);
        if r.selected(&warm_full) {
            drop(load(&roots)); // fills the cache, if there is one
            if !r.timed_by_hand(&warm_full, || {}, || load(&roots)) {
                g.bench_function(warm_id, |b| b.iter(|| load(&roots)));
            }
        }
    }
    g.finish();
}

/// Write the first `n` sources under `dir`, unless a previous run left exactly them
/// (a stamp beside it holds their digest).
fn write_corpus(dir: &Path, n: usize) -> std::io::Result<()> {
    let sources = gen::corpus(gen::SEED, n);
    let digest = sources.iter().fold(gen::FNV_START, |h, s| {
        gen::fnv1a(gen::fnv1a(h, s.path.as_bytes()), s.text.as_bytes())
    });
    let stamp_path = dir.with_extension("digest");
    let stamp = format!("{digest:016x}\n");
    if dir.exists() && std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp) {
        return Ok(());
    }
    let _ = std::fs::remove_dir_all(dir);
    for s in &sources {
        let path = dir.join(&s.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &s.text)?;
    }
    std::fs::write(stamp_path, stamp)
}
