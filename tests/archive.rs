//! The newsroom archive against a real PostgreSQL (tests/support/pg.rs starts one):
//! ingest, idempotence, a changed file, an interrupted run, checks through the
//! archive, the read-only role, and the faults (server down, silent, wrong
//! credentials, bad URL). Every document here is invented.

#[path = "support/pg.rs"]
mod pg;

use pg::Cluster;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_recoupe");

/// The invented sources of these tests.
const SOURCES: &[(&str, &str)] = &[
    (
        "passerelle.md",
        "La passerelle de Quillac-sur-Lande a coûté 3,2 millions d'euros, selon la mairie.\n\n\
         Elle a été inaugurée le 4 mars 2025.\n",
    ),
    (
        "pompiers.md",
        "Les pompiers de Varlon ont éteint 14 feux de broussailles cette semaine, a indiqué le capitaine Pernot.\n",
    ),
    (
        "harbour.md",
        "The new harbour wall at Tollmere cost 8 million pounds, the council said.\n",
    ),
];

const DRAFT: &str = "# Brouillon\n\nLa passerelle de Quillac-sur-Lande a coûté 5 millions d'euros, selon la mairie.\n\n\
Les pompiers de Varlon ont éteint 14 feux de broussailles cette semaine, a indiqué le capitaine Pernot.\n";

fn write_sources(dir: &Path) {
    std::fs::create_dir_all(dir).expect("sources folder");
    for (name, text) in SOURCES {
        std::fs::write(dir.join(name), text).expect("a source");
    }
}

fn recoupe(cwd: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("RECOUPE_CACHE_DIR", cwd.join("cache"))
        .env_remove("PGPASSWORD")
        .output()
        .expect("running recoupe")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ingest(cwd: &Path, url: &str, dir: &Path) -> String {
    let out = recoupe(
        cwd,
        &["archive", "ingest", "--db", url, &dir.display().to_string()],
    );
    assert!(out.status.success(), "ingest failed: {}", stderr(&out));
    stderr(&out)
}

/// The verdict codes of a JSON report, in order, as `code@line`.
fn codes(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON output");
    let mut out = Vec::new();
    for f in v["findings"].as_array().into_iter().flatten() {
        out.push(format!(
            "{}@{}",
            f["code"].as_str().unwrap_or("?"),
            f["span"]["start_position"]["line"]
        ));
    }
    out
}

struct Setup {
    _tmp: tempfile::TempDir,
    ws: std::path::PathBuf,
    sources: std::path::PathBuf,
    draft: String,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().expect("temp");
    let ws = tmp.path().canonicalize().expect("canonical");
    let sources = ws.join("sources");
    write_sources(&sources);
    std::fs::write(ws.join("draft.md"), DRAFT).expect("draft");
    Setup {
        _tmp: tmp,
        ws,
        sources,
        draft: "draft.md".to_string(),
    }
}

fn check_local(s: &Setup) -> Output {
    recoupe(
        &s.ws,
        &[
            "check",
            "--format",
            "json",
            "--corpus",
            &s.sources.display().to_string(),
            &s.draft,
        ],
    )
}

fn check_archive(s: &Setup, url: &str) -> Output {
    recoupe(
        &s.ws,
        &["check", "--format", "json", "--archive", url, &s.draft],
    )
}

#[test]
fn ingest_is_idempotent_and_replaces_a_changed_file() {
    let Some(pg) = Cluster::start("ingest_is_idempotent_and_replaces_a_changed_file") else {
        return;
    };
    let url = pg.create_db("idem");
    let s = setup();
    let first = ingest(&s.ws, &url, &s.sources);
    assert!(
        first.contains("3 added, 0 replaced, 0 unchanged"),
        "{first}"
    );
    assert!(
        first.contains("files/s"),
        "progress with throughput: {first}"
    );
    let counts = |pg: &Cluster| {
        pg.sql(
            "idem",
            "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM sentences) \
             || ' ' || (SELECT count(*) FROM claims) || ' ' || (SELECT max(ingested_at) FROM documents)",
        )
    };
    let before = counts(&pg);
    assert!(before.starts_with("3 "), "{before}");
    assert_eq!(
        pg.sql("idem", "SELECT max(version) FROM schema_version"),
        "1"
    );

    // Again: nothing changes, not even a timestamp.
    let again = ingest(&s.ws, &url, &s.sources);
    assert!(
        again.contains("0 added, 0 replaced, 3 unchanged"),
        "{again}"
    );
    assert_eq!(counts(&pg), before);

    // The archive gives the verdicts of the folder.
    let local = check_local(&s);
    let archived = check_archive(&s, &url);
    assert_eq!(stdout(&archived), stdout(&local), "{}", stderr(&archived));
    assert_eq!(codes(&stdout(&local)), ["contradicted@3"]);

    // A changed file replaces its rows: the draft's figure is now the source's.
    std::fs::write(
        s.sources.join("passerelle.md"),
        "La passerelle de Quillac-sur-Lande a coûté 5 millions d'euros, selon la mairie.\n",
    )
    .expect("rewrite");
    let changed = ingest(&s.ws, &url, &s.sources);
    assert!(
        changed.contains("0 added, 1 replaced, 2 unchanged"),
        "{changed}"
    );
    assert_eq!(
        pg.sql(
            "idem",
            "SELECT count(*) || ' ' || count(DISTINCT path) FROM documents"
        ),
        "3 3"
    );
    assert_eq!(
        pg.sql(
            "idem",
            "SELECT string_agg(c.written, ',') FROM claims c JOIN documents d ON d.id = c.doc_id \
             WHERE d.path LIKE '%passerelle.md' AND c.kind = 'quantity'"
        ),
        "5 millions"
    );
    let archived = check_archive(&s, &url);
    assert_eq!(stdout(&archived), stdout(&check_local(&s)));
    assert!(
        codes(&stdout(&archived)).is_empty(),
        "{}",
        stdout(&archived)
    );
    // Key counts followed the replacement: no key is held by more documents than exist.
    assert_eq!(
        pg.sql("idem", "SELECT count(*) FROM key_df WHERE df < 0 OR df > 3"),
        "0"
    );

    // A deleted file: a plain re-run removes its rows, and its share of the counts.
    std::fs::remove_file(s.sources.join("harbour.md")).expect("delete");
    let removed = ingest(&s.ws, &url, &s.sources);
    assert!(
        removed.contains("0 added, 0 replaced, 2 unchanged, 1 removed"),
        "{removed}"
    );
    assert_eq!(
        pg.sql(
            "idem",
            "SELECT count(*) || ' ' || count(*) FILTER (WHERE path LIKE '%harbour.md') FROM documents"
        ),
        "2 0"
    );
    assert_eq!(
        pg.sql("idem", "SELECT count(*) FROM key_df WHERE df < 0 OR df > 2"),
        "0"
    );
}

#[test]
fn watch_ingests_new_and_changed_files_and_removes_deleted_ones() {
    let Some(pg) = Cluster::start("watch_ingests_new_and_changed_files_and_removes_deleted_ones")
    else {
        return;
    };
    let url = pg.create_db("watch");
    let s = setup();
    let mut child = Command::new(BIN)
        .args([
            "archive",
            "ingest",
            "--watch",
            "--interval",
            "0.3",
            "--db",
            &url,
        ])
        .arg(&s.sources)
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("ingest --watch");
    let until = |what: &str, sql: &str, expected: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let ready = pg.sql("watch", "SELECT to_regclass('documents') IS NOT NULL") == "t";
            let got = if ready {
                pg.sql("watch", sql)
            } else {
                String::new()
            };
            if got == expected {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{what}: {sql} gave {got:?}, not {expected:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    let figures = "SELECT coalesce(string_agg(c.written, ',' ORDER BY c.written), '') FROM claims c \
                   JOIN documents d ON d.id = c.doc_id WHERE d.path LIKE '%pont.md' AND c.kind = 'quantity'";
    until("first pass", "SELECT count(*) FROM documents", "3");
    std::fs::write(
        s.sources.join("pont.md"),
        "Le pont de Varlon a coûté 4 millions d'euros, selon le département.\n",
    )
    .expect("new file");
    until("a new file", figures, "4 millions");
    // Rewritten with a different size, so its stamp surely changes.
    std::fs::write(
        s.sources.join("pont.md"),
        "Le pont de Varlon a finalement coûté 4,5 millions d'euros, selon le département.\n",
    )
    .expect("changed file");
    until("a changed file", figures, "4,5 millions");
    std::fs::remove_file(s.sources.join("pont.md")).expect("delete");
    until("a deleted file", "SELECT count(*) FROM documents", "3");
    until("its claims", figures, "");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        pg.sql(
            "watch",
            "SELECT count(*) || ' ' || count(DISTINCT path) FROM documents"
        ),
        "3 3"
    );
}

#[test]
fn an_interrupted_ingest_finishes_without_duplicates() {
    let Some(pg) = Cluster::start("an_interrupted_ingest_finishes_without_duplicates") else {
        return;
    };
    let url = pg.create_db("interrupted");
    let s = setup();
    for i in 0..300 {
        std::fs::write(
            s.sources.join(format!("depeche-{i:03}.md")),
            format!("Le conseil de Varlon a voté {i} subventions aux associations sportives.\n"),
        )
        .expect("a source");
    }
    // One file a transaction, killed partway through.
    let mut child = Command::new(BIN)
        .args(["archive", "ingest", "--db", &url])
        .arg(&s.sources)
        .env("RECOUPE_ARCHIVE_BATCH", "1")
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("ingest");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let stored = || -> i64 {
        if pg.sql("interrupted", "SELECT to_regclass('documents') IS NOT NULL") != "t" {
            return 0;
        }
        let n = pg.sql("interrupted", "SELECT count(*) FROM documents");
        n.parse().unwrap_or(0)
    };
    while stored() < 20 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    let partial = stored();
    assert!(
        partial > 0 && partial < 303,
        "killed after {partial} documents"
    );
    let done = ingest(&s.ws, &url, &s.sources);
    assert!(done.contains("303 files"), "{done}");
    assert_eq!(
        pg.sql(
            "interrupted",
            "SELECT count(*) || ' ' || count(DISTINCT path) FROM documents"
        ),
        "303 303"
    );
    assert!(ingest(&s.ws, &url, &s.sources).contains("303 unchanged"));
}

#[test]
fn the_archive_in_recoupe_toml_and_beside_local_folders() {
    let Some(pg) = Cluster::start("the_archive_in_recoupe_toml_and_beside_local_folders") else {
        return;
    };
    let url = pg.create_db("toml");
    let s = setup();
    // The archive holds the figure's source; the local folder only the fire brigade's.
    let archived = s.ws.join("archived");
    std::fs::create_dir_all(&archived).expect("folder");
    std::fs::rename(
        s.sources.join("passerelle.md"),
        archived.join("passerelle.md"),
    )
    .expect("move");
    ingest(&s.ws, &url, &archived);
    std::fs::write(
        s.ws.join("recoupe.toml"),
        format!("corpus = [\"sources\"]\narchive = \"{url}\"\n"),
    )
    .expect("recoupe.toml");
    let out = recoupe(&s.ws, &["check", "--format", "json", &s.draft]);
    assert_eq!(codes(&stdout(&out)), ["contradicted@3"], "{}", stderr(&out));
    // Without the archive, the figure has no source.
    std::fs::write(s.ws.join("recoupe.toml"), "corpus = [\"sources\"]\n").expect("toml");
    let out = recoupe(&s.ws, &["check", "--format", "json", &s.draft]);
    assert!(!codes(&stdout(&out)).contains(&"contradicted@3".to_string()));
}

#[test]
fn a_read_only_role_checks_and_cannot_write() {
    let Some(pg) = Cluster::start("a_read_only_role_checks_and_cannot_write") else {
        return;
    };
    let s = setup();
    let (writer, reader) = pg.newsroom_roles();
    ingest(&s.ws, &writer, &s.sources);
    let out = check_archive(&s, &reader);
    assert_eq!(stdout(&out), stdout(&check_local(&s)), "{}", stderr(&out));
    let out = recoupe(
        &s.ws,
        &[
            "archive",
            "ingest",
            "--db",
            &reader,
            &s.sources.display().to_string(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("read-only") || err.contains("permission denied"),
        "{err}"
    );
    assert!(!err.contains("reader-pw"), "{err}");
}

#[test]
fn faults_give_one_clear_message_and_local_verdicts() {
    let Some(pg) = Cluster::start("faults_give_one_clear_message_and_local_verdicts") else {
        return;
    };
    let url = pg.create_db("faults");
    let s = setup();
    ingest(&s.ws, &url, &s.sources);
    let local = check_local(&s);
    let sources = s.sources.display().to_string();
    let with_local = |archive: &str| {
        recoupe(
            &s.ws,
            &[
                "check",
                "--format",
                "json",
                "--corpus",
                &sources,
                "--archive",
                archive,
                &s.draft,
            ],
        )
    };

    // Wrong password: a clear error, never the password.
    let wrong = pg.url_as("postgres", "not-the-s3cret", "faults");
    let out = check_archive(&s, &wrong);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("password"), "{err}");
    assert!(!err.contains("not-the-s3cret"), "{err}");
    // With local folders, their verdicts still come, with one warning.
    let out = with_local(&wrong);
    assert_eq!(stdout(&out), stdout(&local));
    assert_eq!(
        stderr(&out).matches("warning").count(),
        1,
        "{}",
        stderr(&out)
    );

    // A bad URL.
    let out = check_archive(&s, "postgresql://u:s3cret@127.0.0.1:notaport/db");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("archive URL is not valid"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("s3cret"));

    // Nothing listening: local verdicts, one message.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let down = format!("postgresql://postgres:s3cret@127.0.0.1:{port}/faults");
    let out = with_local(&down);
    assert_eq!(stdout(&out), stdout(&local));
    let err = stderr(&out);
    assert_eq!(err.matches("warning").count(), 1, "{err}");
    assert!(
        err.contains("unreachable") && !err.contains("s3cret"),
        "{err}"
    );

    // A server that accepts and never answers: the timeout ends the wait.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("listener");
    let port = silent.local_addr().expect("addr").port();
    let hold = std::thread::spawn(move || {
        let conns: Vec<_> = silent.incoming().take(1).collect();
        std::thread::sleep(std::time::Duration::from_secs(20));
        drop(conns);
    });
    let started = std::time::Instant::now();
    let out = with_local(&format!("postgresql://postgres@127.0.0.1:{port}/faults"));
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    assert_eq!(stdout(&out), stdout(&local));
    assert_eq!(
        stderr(&out).matches("warning").count(),
        1,
        "{}",
        stderr(&out)
    );
    drop(hold);

    // The server stopped: the same.
    drop(pg);
    let out = with_local(&url);
    assert_eq!(stdout(&out), stdout(&local));
    assert_eq!(
        stderr(&out).matches("warning").count(),
        1,
        "{}",
        stderr(&out)
    );
}

/// The invented draft of tests/readers.rs, against the fixtures' page, PDF and Word
/// file.
const READERS_DRAFT: &str = "# Quillmere counts its year\n\n\
The Quillmere Water Board replaced 37 kilometres of pipes in 2025, the chief executive, Dana Okoro, said.\n\n\
The board invested 14 million euros in the network during the year.\n\n\
Fire crews attended 214 fires in 2025, the chief fire officer, Tomas Brell, said.\n\n\
The fire service recruited 30 volunteer firefighters during the year.\n\n\
About 25,000 vehicles cross the harbour bridge every day, according to the council's traffic office.\n";

#[test]
fn pages_pdfs_and_word_files_are_ingested_through_their_readers() {
    let Some(pg) = Cluster::start("pages_pdfs_and_word_files_are_ingested_through_their_readers")
    else {
        return;
    };
    let url = pg.create_db("readers");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/sources");
    let tmp = tempfile::tempdir().expect("temp");
    let ws = tmp.path().canonicalize().expect("canonical");
    let done = ingest(&ws, &url, &fixtures);
    assert!(done.contains("3 added"), "{done}");
    assert!(!done.contains("warning"), "{done}");
    std::fs::write(ws.join("draft.md"), READERS_DRAFT).expect("draft");
    let local = recoupe(
        &ws,
        &[
            "check",
            "--format",
            "json",
            "--corpus",
            &fixtures.display().to_string(),
            "draft.md",
        ],
    );
    let archived = recoupe(
        &ws,
        &["check", "--format", "json", "--archive", &url, "draft.md"],
    );
    let found = codes(&stdout(&archived));
    assert_eq!(found, codes(&stdout(&local)), "{}", stderr(&archived));
    assert!(
        found
            .iter()
            .filter(|c| c.starts_with("contradicted"))
            .count()
            >= 3,
        "{found:?}"
    );
}
