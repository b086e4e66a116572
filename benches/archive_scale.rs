//! The archive at scale, measured from the library: one draft's lookup in a real
//! PostgreSQL archive, a whole check through it, a re-check after an edit, and many
//! reporters checking at once. Figures and the commands around it are in
//! docs/performance.md ("Session 13: archive at scale"); `benches/archive_scale.sh`
//! starts the cluster, generates and ingests the corpus, and runs this.
//!
//! `cargo bench --bench archive_scale -- --db URL --draft FILE [--runs N] [--clients N]`

use recoupe::archive::keys::{lookup_keys, Key};
use recoupe::archive::lookup::merge;
use recoupe::archive::{Archive, ArchiveUrl};
use recoupe::verify::Incremental;
use recoupe::{Draft, Options};
use std::sync::Arc;
use std::time::Instant;

struct Args {
    db: String,
    draft: String,
    runs: usize,
    clients: usize,
}

fn args() -> Result<Option<Args>, String> {
    let (mut db, mut draft, mut runs, mut clients) = (None, None, 21, 20);
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--bench" => {}
            "--db" => db = Some(value()?),
            "--draft" => draft = Some(value()?),
            "--runs" => runs = value()?.parse().map_err(|_| "--runs: a number")?,
            "--clients" => clients = value()?.parse().map_err(|_| "--clients: a number")?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(db.zip(draft).map(|(db, draft)| Args {
        db,
        draft,
        runs,
        clients,
    }))
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// Median and 95th percentile, in order.
fn stats(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

/// The draft's lookup keys, one list per distinct claim (as `recoupe check` asks).
fn keys(draft: &Draft) -> Vec<Vec<Key>> {
    let mut keys: Vec<Vec<Key>> = draft.claims.iter().map(lookup_keys).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// One whole check through the archive: read the draft, look it up, merge, judge.
async fn check(archive: &Archive, text: Arc<String>) -> Result<(usize, usize), String> {
    let t = text.clone();
    let (draft, keys) = tokio::task::spawn_blocking(move || {
        let d = Draft::new("draft.md", &t);
        let k = keys(&d);
        (d, k)
    })
    .await
    .map_err(|e| e.to_string())?;
    let found = archive.candidates(&keys, &[]).await?;
    tokio::task::spawn_blocking(move || {
        let corpus = merge(Vec::new(), found.into_sources());
        let n = corpus.docs.len();
        let findings = recoupe::check(&draft, &corpus, &Options::new(Default::default(), &text));
        (findings.len(), n)
    })
    .await
    .map_err(|e| e.to_string())
}

async fn run(a: Args) -> Result<(), String> {
    let text =
        Arc::new(std::fs::read_to_string(&a.draft).map_err(|e| format!("{}: {e}", a.draft))?);
    let url = ArchiveUrl::parse(&a.db)?;
    let archive = Arc::new(Archive::new(url, a.clients.max(1))?);
    let draft = Draft::new("draft.md", &text);
    let keys = keys(&draft);
    println!(
        "draft: {} words, {} claims, {} distinct lookups",
        text.split_whitespace().count(),
        draft.claims.len(),
        keys.len()
    );

    // Warm the connection and the server's caches once.
    let found = archive.candidates(&keys, &[]).await?;
    println!("candidates: {} documents", found.sources.len());

    let mut lookup = Vec::new();
    for _ in 0..a.runs {
        let t = Instant::now();
        archive.candidates(&keys, &[]).await?;
        lookup.push(ms(t));
    }
    let (m, p) = stats(lookup);
    println!(
        "lookup (one round trip): median {m:.1} ms, p95 {p:.1} ms, n={}",
        a.runs
    );

    let mut whole = Vec::new();
    let mut last = (0, 0);
    for _ in 0..a.runs {
        let t = Instant::now();
        last = check(&archive, text.clone()).await?;
        whole.push(ms(t));
    }
    let (m, p) = stats(whole);
    println!(
        "whole check through the archive: median {m:.1} ms, p95 {p:.1} ms, n={} ({} findings, {} candidate documents)",
        a.runs, last.0, last.1
    );

    // An edit in prose: the server re-checks the touched sentence against the
    // draft's corpus; its claims' keys are cached, so no query.
    let corpus = Arc::new(merge(
        Vec::new(),
        archive.candidates(&keys, &[]).await?.into_sources(),
    ));
    let mut memo = Incremental::new();
    let options = Options::new(Default::default(), &text);
    memo.findings("draft.md", &text, &corpus, &options);
    let mut edit = Vec::new();
    let at = text.find(". ").unwrap_or(0);
    for i in 0..a.runs {
        let word = if i % 2 == 0 { " aujourd'hui" } else { "" };
        let edited = format!("{}{word}{}", &text[..at], &text[at..]);
        let t = Instant::now();
        let (_, checked) = memo.findings("draft.md", &edited, &corpus, &options);
        // What the server adds per analysis: every claim's keys, for its cache.
        let asked: Vec<Vec<Key>> = checked.iter().map(|f| lookup_keys(&f.claim)).collect();
        std::hint::black_box(asked);
        edit.push(ms(t));
    }
    let (m, p) = stats(edit);
    println!(
        "edit in prose -> findings (no query): median {m:.1} ms, p95 {p:.1} ms, n={}",
        a.runs
    );

    // Reporters at once: each checks the draft a few times.
    let rounds = 5;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..a.clients {
        let (archive, text) = (archive.clone(), text.clone());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            for _ in 0..rounds {
                let t = Instant::now();
                check(&archive, text.clone()).await?;
                times.push(ms(t));
            }
            Ok::<_, String>(times)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.map_err(|e| e.to_string())??);
    }
    let n = all.len();
    let (m, p) = stats(all);
    println!(
        "{} clients x {rounds} whole checks: median {m:.1} ms, p95 {p:.1} ms, n={n}, {:.1} checks/s",
        a.clients,
        n as f64 / started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() {
    let a = match args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            eprintln!("archive_scale: nothing run. Usage: cargo bench --bench archive_scale -- --db URL --draft FILE");
            return;
        }
        Err(e) => {
            eprintln!("archive_scale: {e}");
            std::process::exit(2);
        }
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("archive_scale: {e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = rt.block_on(run(a)) {
        eprintln!("archive_scale: {e}");
        std::process::exit(1);
    }
}
