//! The archive gives the verdicts of the folder: each shared eval case's corpus
//! (`../shared/eval/cases/*.json`, `cases2/*.json`; the format is in lspcheck.py's
//! docstring) is ingested into a real PostgreSQL, and `recoupe check --archive URL`
//! (no `--corpus`) must give the same findings (file, code and span) as the
//! in-process `recoupe check --corpus`, and the case's expected verdicts. Then the
//! same with 10,000 unrelated generated sources (benches/support/gen.rs) in the
//! archive too: an archive is mostly other stories.

#[path = "support/pg.rs"]
mod pg;

#[path = "../benches/support/gen.rs"]
mod gen;

use pg::Cluster;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_recoupe");

/// Unrelated generated sources added to each case's archive.
const UNRELATED: usize = 10_000;

/// The shared eval folder: `$SHARED/eval` (as .ci/run names it), else `../shared`
/// or `../../shared` beside the checkout.
fn eval_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut tried = Vec::new();
    for base in [
        std::env::var_os("SHARED").map(PathBuf::from),
        Some(root.join("../shared")),
        Some(root.join("../../shared")),
    ]
    .into_iter()
    .flatten()
    {
        let dir = base.join("eval");
        if dir.join("cases").is_dir() {
            return dir;
        }
        tried.push(dir.display().to_string());
    }
    panic!(
        "the shared eval cases were not found (tried {}): set SHARED, or RECOUPE_PG_TESTS=0 to skip",
        tried.join(", ")
    );
}

struct Case {
    name: String,
    dir: PathBuf,
    corpus: Vec<PathBuf>,
    drafts: Vec<PathBuf>,
    claims: Vec<Value>,
}

fn cases() -> Vec<Case> {
    let eval = eval_dir();
    let mut out = Vec::new();
    for set in ["cases", "cases2"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(eval.join(set))
            .expect("a case folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("case"))
                .expect("case JSON");
            let dir = file.parent().expect("dir").to_path_buf();
            let list = |key: &str| -> Vec<PathBuf> {
                v[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|p| dir.join(p))
                    .collect()
            };
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().replace(['-', '.'], "_"))
                .unwrap_or_default();
            out.push(Case {
                name,
                corpus: list("corpus"),
                drafts: list("drafts"),
                claims: v["claims"].as_array().cloned().unwrap_or_default(),
                dir,
            });
        }
    }
    assert!(out.len() >= 9, "{} cases", out.len());
    out
}

fn run(cwd: &Path, args: &[String]) -> (String, String, Option<i32>) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("RECOUPE_CACHE_DIR", "off")
        .output()
        .expect("running recoupe");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

fn ingest(url: &str, dirs: &[PathBuf]) {
    let mut args = vec!["archive".into(), "ingest".into(), "--db".into(), url.into()];
    args.extend(dirs.iter().map(|d| d.display().to_string()));
    let (_, err, code) = run(Path::new("."), &args);
    assert_eq!(code, Some(0), "ingest failed: {err}");
}

/// A finding as compared: `file code start..end`.
type Finding = (String, String, u64, u64);

fn findings(json: &str) -> BTreeSet<Finding> {
    let v: Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("JSON output: {e}: {json}"));
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or("?").to_string(),
                f["code"].as_str().unwrap_or("?").to_string(),
                f["span"]["start"].as_u64().unwrap_or(0),
                f["span"]["end"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn check(case: &Case, evidence: &[String]) -> BTreeSet<Finding> {
    let mut args: Vec<String> = vec!["check".into(), "--format".into(), "json".into()];
    args.extend(evidence.iter().cloned());
    args.extend(
        case.drafts
            .iter()
            .map(|d| d.strip_prefix(&case.dir).unwrap_or(d).display().to_string()),
    );
    let (out, err, code) = run(&case.dir, &args);
    assert!(
        matches!(code, Some(0 | 1)),
        "{}: check {evidence:?} failed ({code:?}): {err}",
        case.name
    );
    findings(&out)
}

fn in_process(case: &Case) -> BTreeSet<Finding> {
    let mut args = Vec::new();
    for c in &case.corpus {
        args.push("--corpus".to_string());
        args.push(c.display().to_string());
    }
    check(case, &args)
}

fn through(case: &Case, url: &str) -> BTreeSet<Finding> {
    check(case, &["--archive".to_string(), url.to_string()])
}

/// The case's claims whose expectation `found` does not meet (see lspcheck.py: a
/// finding is on a claim when it starts on the claim's line and overlaps it).
fn unmet(case: &Case, found: &BTreeSet<Finding>) -> Vec<String> {
    const PROBLEMS: [&str; 4] = ["contradicted", "misquoted", "unattributed", "outdated"];
    let mut out = Vec::new();
    for claim in &case.claims {
        let draft_name = claim["draft"].as_str().unwrap_or("");
        let Some(draft) = case
            .drafts
            .iter()
            .find(|d| d.file_name().is_some_and(|n| n == draft_name))
        else {
            continue;
        };
        let text = std::fs::read_to_string(draft).unwrap_or_default();
        let needle = claim["text"].as_str().unwrap_or("");
        let nth = claim["nth"].as_u64().unwrap_or(0) as usize;
        let Some((start, _)) = text.match_indices(needle).nth(nth) else {
            continue;
        };
        let end = start + needle.len();
        let line = text[..start].matches('\n').count();
        let file = draft
            .strip_prefix(&case.dir)
            .unwrap_or(draft)
            .display()
            .to_string();
        let on: Vec<&str> = found
            .iter()
            .filter(|(f, _, s, e)| {
                *f == file
                    && (*s as usize) < end
                    && start < (*e as usize)
                    && text[..(*s as usize).min(text.len())].matches('\n').count() == line
            })
            .map(|(_, c, _, _)| c.as_str())
            .collect();
        let expect = claim["expect"].as_str().unwrap_or("ok");
        let accepted: Vec<&str> = match claim["codes"].as_array() {
            Some(codes) => codes.iter().filter_map(Value::as_str).collect(),
            None => vec![expect],
        };
        let met = match expect {
            "ok" => !on.iter().any(|c| PROBLEMS.contains(c)),
            "ignored" => on.is_empty(),
            _ => on.iter().any(|c| accepted.contains(c)),
        };
        if !met {
            out.push(format!(
                "{draft_name} {needle:?}: expected {expect}, got {on:?}"
            ));
        }
    }
    out
}

/// Each case: the archive's findings against the in-process ones; the differences
/// and unmet expectations, one line each.
fn compare(pg: &Cluster, template: Option<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    for case in cases() {
        let db = format!(
            "{}_{}",
            case.name,
            template.map_or("alone", |_| "unrelated")
        );
        match template {
            Some(t) => pg.sql("postgres", &format!("CREATE DATABASE {db} TEMPLATE {t}")),
            None => pg.sql("postgres", &format!("CREATE DATABASE {db}")),
        };
        let url = pg.url(&db);
        ingest(&url, &case.corpus);
        let local = in_process(&case);
        let archived = through(&case, &url);
        for f in local.symmetric_difference(&archived) {
            let side = if local.contains(f) {
                "in process only"
            } else {
                "archive only"
            };
            problems.push(format!("{}: {side}: {f:?}", case.name));
        }
        for u in unmet(&case, &archived) {
            problems.push(format!("{}: through the archive: {u}", case.name));
        }
        assert!(!local.is_empty(), "{}: no finding at all", case.name);
        // The scorer tells: with no finding, some expectation is unmet.
        assert!(!unmet(&case, &BTreeSet::new()).is_empty(), "{}", case.name);
    }
    problems
}

#[test]
fn the_archive_gives_the_verdicts_of_the_folder_on_every_eval_case() {
    let Some(pg) =
        Cluster::start("the_archive_gives_the_verdicts_of_the_folder_on_every_eval_case")
    else {
        return;
    };
    let problems = compare(&pg, None);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn unrelated_documents_in_the_archive_change_no_verdict() {
    let Some(pg) = Cluster::start("unrelated_documents_in_the_archive_change_no_verdict") else {
        return;
    };
    // The generator's sources, written once and ingested into a template database
    // each case's archive starts from.
    let feed = tempfile::tempdir().expect("temp");
    for s in gen::corpus(gen::SEED, UNRELATED) {
        let path = feed.path().join(&s.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("folder");
        }
        std::fs::write(&path, &s.text).expect("a generated source");
    }
    let url = pg.create_db("unrelated");
    ingest(&url, &[feed.path().to_path_buf()]);
    assert_eq!(
        pg.sql("unrelated", "SELECT count(*) FROM documents"),
        UNRELATED.to_string()
    );
    let problems = compare(&pg, Some("unrelated"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
