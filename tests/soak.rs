//! Soak test: the built server (`recoupe lsp` over stdio, real engine, `debounce_ms =
//! 0`) driven by random edits, hovers and code actions on a long draft with emoji
//! and accents (invented text). It checks that every request is answered without
//! error, that the diagnostics finally published for the edited draft are those of
//! a fresh open of its final text, and that memory does not grow without bound: the
//! median VmRSS of the last quarter of the run may exceed the first quarter's by at
//! most `RSS_MARGIN` (relative) plus `RSS_SLACK` (absolute).
//!
//! `cargo test` runs a short version: 500 operations on a 600-word draft (well under
//! a minute in debug). The long version, 10,000 operations on a 5,000-word draft:
//!
//! ```sh
//! RECOUPE_SOAK_OPS=10000 cargo test --release --test soak -- --nocapture
//! ```
//!
//! Other knobs: `RECOUPE_SOAK_WORDS` (draft length; 5,000 by default from 5,000
//! operations up, 600 below), `RECOUPE_SOAK_SEED` (the random sequence; printed, so a
//! failure can be replayed).

mod lsp_support;

use lsp_support::*;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// How much the last quarter's median RSS may exceed the first quarter's, relative…
const RSS_MARGIN: f64 = 0.25;
/// …plus this much, absolute. glibc gives each thread that allocates an arena of its
/// own, and the blocking threads the engine runs on come and go, so RSS climbs in
/// steps for a while without any leak. Measured on 5,000 operations (5,000 words,
/// release): 37.0 -> 48.0 MiB with the default allocator settings, flat at 22.5 ->
/// 22.9 MiB with `MALLOC_ARENA_MAX=2`.
const RSS_SLACK: u64 = 16 * 1024 * 1024;

fn env_num(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// xorshift64*: small, fast, and the same sequence everywhere for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Sentences of an invented local story, in the example corpus's setting: figures
/// the corpus confirms, contradicts or never mentions, quotes, dates, accents and
/// emoji (astral ones, two UTF-16 units each).
const SENTENCES: [&str; 14] = [
    "Dans la nuit du dimanche 26 janvier, 4 200 foyers ont été évacués à Valmont-sur-Sarthe, selon la préfecture.",
    "Environ 350 pompiers et gendarmes sont mobilisés 🚒 depuis l'aube.",
    "Les dégâts dépassent 40 millions d'euros.",
    "Le niveau de la Sarthe a atteint 5,20 mètres mardi 28 janvier.",
    "La maire Claire Dubreuil a ouvert trois gymnases 🏫 pour les sinistrés.",
    "« Nous reconstruirons plus vite », a promis le ministre de l'Intérieur, Paul Lestrade.",
    "À l'école Hélène-Boucher, les élèves ont préparé 120 crêpes 🥞 pour la fête du quartier.",
    "La médiathèque d'Orsennes a prêté 3 500 livres l'été dernier, d'après son directeur, Aurélien Kervadec.",
    "Un café où l'on déguste des éclairs ☕ rouvre près de l'église Saint-Aubin.",
    "Le pont de la Vénerie, long de 180 mètres, reste fermé jusqu'à vendredi 🚧.",
    "Selon l'association Rives vivantes, 2 400 bénévoles se sont relayés sur les digues.",
    "Œuvre d'une ébéniste, la nouvelle passerelle coûte 1,8 million d'euros 💶.",
    "Les écluses du canal ont été rouvertes le 3 février à 14 h 30.",
    "« C'est une crue décennale », estime l'hydrologue Noémie Castagnal 🌊.",
];

/// Bits of text an edit inserts: words, figures (whole or half typed), emoji,
/// combining accents, line and paragraph breaks.
const FRAGMENTS: [&str; 22] = [
    " ",
    "e",
    "é",
    "ç",
    "à",
    "Œ",
    "e\u{301}",
    "😀",
    "🌊",
    "👩‍👩‍👧",
    "\n",
    "\n\n",
    "4",
    "2 ",
    "4 200",
    "2 400 foyers",
    "350",
    " millions",
    " mètres",
    " selon la préfecture",
    " « citation »",
    "# Titre\n",
];

fn draft(rng: &mut Rng, words: usize) -> String {
    let mut out = String::from("---\ntitle: Brouillon — la crue 🌊\ndate: 2025-01-30\n---\n\n");
    let mut n = 0;
    while n < words {
        let mut para = Vec::new();
        for _ in 0..4 {
            let s = rng.pick(&SENTENCES);
            n += s.split_whitespace().count();
            para.push(s);
        }
        out.push_str(&para.join(" "));
        out.push_str("\n\n");
        if rng.below(6) == 0 {
            out.push_str("## Sur place\n\n");
        }
    }
    out
}

/// A random char boundary of `text`.
fn boundary(rng: &mut Rng, text: &str) -> usize {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn rss_bytes(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// CPU time the process has used so far, user and system (Linux, 100 ticks a
/// second as on every mainstream kernel build).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the command name, which is in parentheses and may hold spaces
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

fn median(v: &[u64]) -> u64 {
    let mut v = v.to_vec();
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

fn mib(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

/// The last diagnostics published for `uri` at `version`, once they settle: a claim
/// the last edit touched is held back for a moment, then published again.
fn settled(lsp: &mut Lsp, uri: &str, version: i64) -> Vec<Value> {
    let is_it = |n: &Value| {
        n["method"] == "textDocument/publishDiagnostics"
            && n["params"]["uri"] == uri
            && n["params"]["version"] == version
    };
    let first = lsp.wait_note(0, is_it);
    assert!(first.is_some(), "no diagnostics for version {version}");
    lsp.pump(Duration::from_millis(1500));
    let last = lsp.notes.iter().rev().find(|n| is_it(n)).cloned();
    last.and_then(|n| n["params"]["diagnostics"].as_array().cloned())
        .unwrap_or_default()
}

#[test]
fn soak_random_edits_hovers_and_code_actions() {
    let ops = env_num("RECOUPE_SOAK_OPS").unwrap_or(500) as usize;
    let words = env_num("RECOUPE_SOAK_WORDS").unwrap_or(if ops >= 5000 { 5000 } else { 600 });
    let seed = env_num("RECOUPE_SOAK_SEED").unwrap_or(0x5eed_cafe);
    eprintln!("soak: {ops} operations on a {words}-word draft, seed {seed}");
    let mut rng = Rng(seed | 1);
    let mut text = draft(&mut rng, words as usize);
    let initial_len = text.len();

    let ws = workspace(Some("corpus = [\"sources\"]\ndebounce_ms = 0\n"), &[]);
    let mut lsp = Lsp::stdio(&ws);
    let pid = lsp.pid().expect("server pid");
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("soak.md"));
    lsp.open(&uri, &text);
    let opened = lsp.diagnostics(0, &uri, 1);
    assert!(
        !opened.is_empty(),
        "the draft has findings to keep track of"
    );
    lsp.notes.clear();

    let started = Instant::now();
    let sample_every = (ops / 200).max(1);
    let mut samples: Vec<u64> = Vec::new();
    let (mut edits, mut hovers, mut actions, mut answered) = (0, 0, 0, 0);
    let mut version = 1i64;
    for op in 0..ops {
        let roll = rng.below(100);
        if roll < 70 {
            // an edit: insert, delete or replace, kept near the starting length
            let grow = text.len() < initial_len * 8 / 10;
            let shrink = text.len() > initial_len * 12 / 10;
            let a = boundary(&mut rng, &text);
            let kind = if shrink {
                1
            } else if grow {
                0
            } else {
                rng.below(3)
            };
            let b = if kind == 0 {
                a
            } else {
                let mut b = (a + 1 + rng.below(40)).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                b
            };
            let insert = if kind == 1 { "" } else { rng.pick(&FRAGMENTS) };
            version += 1;
            lsp.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"range": range(&text, (a, b), false), "text": insert}]}),
            );
            text.replace_range(a..b, insert);
            edits += 1;
        } else {
            // a request, sometimes at positions past the end of a line or of the text
            let a = boundary(&mut rng, &text);
            let mut b = (a + rng.below(200)).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            let mut start = position(&text, a, false);
            if rng.below(20) == 0 {
                start = json!({"line": start["line"], "character": 100_000});
            }
            let r = if roll < 85 {
                hovers += 1;
                lsp.request(
                    "textDocument/hover",
                    json!({"textDocument": {"uri": uri}, "position": start}),
                )
            } else {
                actions += 1;
                lsp.request(
                    "textDocument/codeAction",
                    json!({"textDocument": {"uri": uri},
                           "range": {"start": start, "end": position(&text, b, false)},
                           "context": {"diagnostics": []}}),
                )
            };
            assert!(r.get("error").is_none(), "op {op}: {r}");
            answered += 1;
            // only what was published for the current version may still matter:
            // keep the client small
            lsp.notes.retain(|n| {
                n["params"]["version"] == version && n["params"]["uri"] == uri.as_str()
            });
        }
        if op % sample_every == 0 {
            if let Some((rss, _)) = rss_bytes(pid) {
                samples.push(rss);
            }
        }
    }
    let wall = started.elapsed();

    // The end state: what was last published for the final version is what a fresh
    // open of the final text gives.
    let last = settled(&mut lsp, &uri, version);
    let fresh_uri = file_uri(&ws.join("fresh.md"));
    lsp.open(&fresh_uri, &text);
    let fresh = lsp.diagnostics(0, &fresh_uri, 1);
    assert_eq!(
        last.len(),
        fresh.len(),
        "diagnostics after the run vs fresh"
    );
    for (a, b) in last.iter().zip(&fresh) {
        assert_eq!(a, b, "diagnostics after the run vs fresh");
    }
    let (_, hwm) = rss_bytes(pid).unwrap_or((0, 0));
    let cpu = cpu_seconds(pid).unwrap_or(0.0);
    assert!(lsp.shutdown(), "the server ended cleanly");

    let requests = hovers + actions;
    let q = samples.len() / 4;
    let (first, last_q) = (
        median(&samples[..q.max(1)]),
        median(&samples[samples.len() - q.max(1)..]),
    );
    let growth = last_q as f64 / first.max(1) as f64 - 1.0;
    let quarters: Vec<String> = samples
        .chunks(q.max(1))
        .take(4)
        .map(|c| format!("{:.1}", mib(median(c))))
        .collect();
    eprintln!(
        "soak: {ops} ops ({edits} edits, {hovers} hovers, {actions} code actions), \
         {answered}/{requests} requests answered, {} final diagnostics, wall {:.1} s, \
         server CPU {cpu:.1} s, \
         VmHWM {:.1} MiB, median VmRSS first quarter {:.1} MiB, last quarter {:.1} MiB \
         ({:+.1}%); quarter medians {} MiB; {} samples",
        fresh.len(),
        wall.as_secs_f64(),
        mib(hwm),
        mib(first),
        mib(last_q),
        growth * 100.0,
        quarters.join(", "),
        samples.len()
    );
    assert_eq!(answered, requests);
    assert!(
        samples.len() >= 4,
        "too few memory samples: {}",
        samples.len()
    );
    let limit = (first as f64 * (1.0 + RSS_MARGIN)) as u64 + RSS_SLACK;
    assert!(
        last_q <= limit,
        "memory grew: median VmRSS {:.1} MiB in the first quarter, {:.1} MiB in the last (limit {:.1} MiB)",
        mib(first),
        mib(last_q),
        mib(limit)
    );
}
