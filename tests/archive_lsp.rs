//! The language server with the newsroom archive, against a real PostgreSQL
//! (tests/support/pg.rs starts one) and the built binary over stdio: local verdicts
//! first, the archive's evidence merged in after; only the claims an edit changed
//! are looked up; the faults (a slow database, a connection dropped mid-query, a
//! stopped server, wrong credentials, a bad URL) leave local verdicts and one
//! message in the draft's language; a read-only role serves; new documents
//! announced by NOTIFY re-check the open drafts. Every document here is invented.

#[path = "support/pg.rs"]
mod pg;

mod lsp_support;

use lsp_support::{file_uri, utf16_caps, Lsp, TempDir};
use pg::Cluster;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_recoupe");

const PASSERELLE: &str =
    "La passerelle de Quillac-sur-Lande a coûté 3,2 millions d'euros, selon la mairie.\n\n\
     Elle a été inaugurée le 4 mars 2025.\n";
const POMPIERS: &str = "Les pompiers de Varlon ont éteint 14 feux de broussailles cette semaine, a indiqué le capitaine Pernot.\n";
const HARBOUR: &str = "The new harbour wall at Tollmere cost 8 million pounds, the council said.\n";
const ECOLE: &str =
    "L'école de Brassac-les-Pins accueillera 230 élèves à la rentrée, selon le rectorat.\n";

/// Line 2 is the archive's figure; line 4 the local one's.
const DRAFT: &str = "# Brouillon\n\nLa passerelle de Quillac-sur-Lande a coûté 5 millions d'euros, selon la mairie.\n\n\
Les pompiers de Varlon ont éteint 14 feux de broussailles cette semaine, a indiqué le capitaine Pernot.\n";

/// A workspace: `local/` (the fire brigade's source), `feed/` (the archive's
/// sources, ingested), `recoupe.toml` with `extra` after the corpus line.
fn workspace(extra: &str) -> TempDir {
    let ws = TempDir::new("archive-lsp");
    std::fs::create_dir_all(ws.join("local")).expect("local");
    std::fs::create_dir_all(ws.join("feed")).expect("feed");
    std::fs::write(ws.join("local/pompiers.md"), POMPIERS).expect("source");
    for (name, text) in [("passerelle.md", PASSERELLE), ("harbour.md", HARBOUR)] {
        std::fs::write(ws.join("feed").join(name), text).expect("source");
    }
    std::fs::write(
        ws.join("recoupe.toml"),
        format!("corpus = [\"local\"]\ndebounce_ms = 0\n{extra}"),
    )
    .expect("recoupe.toml");
    std::fs::write(ws.join("draft.md"), DRAFT).expect("draft");
    ws
}

fn ingest(ws: &Path, url: &str) -> String {
    let out = Command::new(BIN)
        .args(["archive", "ingest", "--db", url])
        .arg(ws.join("feed"))
        .env("RECOUPE_CACHE_DIR", ws.join("cache"))
        .output()
        .expect("ingest");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "ingest failed: {err}");
    err
}

/// `recoupe lsp` in `ws`, its stderr appended to `ws/stderr.log`, with `env` set.
fn server(ws: &Path, env: &[(&str, &str)]) -> Lsp {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("exec \"$0\" lsp 2>>\"$1\"")
        .arg(BIN)
        .arg(ws.join("stderr.log"))
        .current_dir(ws)
        .env("RECOUPE_CACHE_DIR", ws.join("cache"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut lsp = Lsp::stdio_command(cmd);
    lsp.initialize(ws, utf16_caps());
    lsp
}

/// Every publication for `uri` so far: (version, codes as `code@line`).
fn publications(lsp: &Lsp, uri: &str) -> Vec<(i64, Vec<String>)> {
    lsp.notes
        .iter()
        .filter(|n| n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri)
        .map(|n| {
            let codes = n["params"]["diagnostics"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| {
                    format!(
                        "{}@{}",
                        d["code"].as_str().unwrap_or("?"),
                        d["range"]["start"]["line"]
                    )
                })
                .collect();
            (n["params"]["version"].as_i64().unwrap_or(-1), codes)
        })
        .collect()
}

/// Wait until a publication for `uri` at `version` has `code` (or, with `!`
/// before it, lacks it); panics after the harness's wait.
fn wait_publication(lsp: &mut Lsp, uri: &str, version: i64, code: &str) -> Vec<String> {
    let (absent, code) = match code.strip_prefix('!') {
        Some(c) => (true, c.to_string()),
        None => (false, code.to_string()),
    };
    let found = lsp.wait_note(0, |n| {
        n["method"] == "textDocument/publishDiagnostics"
            && n["params"]["uri"] == uri
            && n["params"]["version"] == version
            && n["params"]["diagnostics"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|d| {
                    format!(
                        "{}@{}",
                        d["code"].as_str().unwrap_or("?"),
                        d["range"]["start"]["line"]
                    ) == code
                })
                != absent
    });
    assert!(
        found.is_some(),
        "no publication of version {version} {}having {code}: {:?}",
        if absent { "not " } else { "" },
        publications(lsp, uri)
    );
    publications(lsp, uri)
        .into_iter()
        .rev()
        .find(|(v, _)| *v == version)
        .map(|(_, c)| c)
        .unwrap_or_default()
}

fn messages(lsp: &Lsp, method: &str) -> Vec<String> {
    lsp.notes
        .iter()
        .filter(|n| n["method"] == method)
        .map(|n| n["params"]["message"].as_str().unwrap_or("").to_string())
        .collect()
}

/// The numbers of claims each archive lookup asked, in order (from the log).
fn lookups(lsp: &Lsp) -> Vec<usize> {
    messages(lsp, "window/logMessage")
        .iter()
        .filter_map(|m| {
            let rest = m.split("looked up ").nth(1)?;
            rest.split(' ').next()?.parse().ok()
        })
        .collect()
}

/// Replace the first `old` in `text` with `new` as an editor sends it (a ranged
/// change at `version`); the new text.
fn edit(lsp: &mut Lsp, uri: &str, version: i64, text: &str, old: &str, new: &str) -> String {
    let (a, b) = lsp_support::find(text, old, 0);
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version},
               "contentChanges": [{"range": lsp_support::range(text, (a, b), false), "text": new}]}),
    );
    format!("{}{new}{}", &text[..a], &text[b..])
}

/// A sentence added after the draft's last one.
fn append(lsp: &mut Lsp, uri: &str, version: i64, text: &str, sentence: &str) -> String {
    edit(
        lsp,
        uri,
        version,
        text,
        "Pernot.\n",
        &format!("Pernot.\n\n{sentence}\n"),
    )
}

const ECOLE_DRAFT: &str =
    "L'école de Brassac-les-Pins accueillera 260 élèves à la rentrée, selon le rectorat.";

#[test]
fn the_server_merges_archive_evidence_and_looks_up_only_changed_claims() {
    let Some(pg) =
        Cluster::start("the_server_merges_archive_evidence_and_looks_up_only_changed_claims")
    else {
        return;
    };
    let url = pg.create_db("lsp");
    let ws = workspace("");
    ingest(&ws, &url);
    let mut lsp = server(&ws, &[]);
    // The editor setting names the archive.
    lsp.settings = json!({"archive": url});
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, DRAFT);

    let merged = wait_publication(&mut lsp, &uri, 1, "contradicted@2");
    // Local verdicts came first, without the archive's figure.
    let first = publications(&lsp, &uri);
    assert!(
        !first[0].1.contains(&"contradicted@2".to_string()),
        "the first publication is the local one: {first:?}"
    );
    assert_eq!(merged, ["contradicted@2"], "{first:?}");
    let initial = lookups(&lsp);
    assert_eq!(
        initial.len(),
        1,
        "one round trip for the draft: {initial:?}"
    );
    assert!(initial[0] >= 2, "{initial:?}");

    // A new title changes no claim: nothing is looked up.
    let edited = edit(
        &mut lsp,
        &uri,
        2,
        DRAFT,
        "# Brouillon",
        "# Brouillon du jour",
    );
    wait_publication(&mut lsp, &uri, 2, "contradicted@2");
    lsp.pump(Duration::from_millis(800));
    assert_eq!(
        lookups(&lsp),
        initial,
        "an unchanged claim is not looked up again"
    );

    // The figure's value is not what it is looked up by: still nothing.
    let edited = edit(&mut lsp, &uri, 3, &edited, "5 millions", "6 millions");
    wait_publication(&mut lsp, &uri, 3, "contradicted@2");
    lsp.pump(Duration::from_millis(800));
    assert_eq!(lookups(&lsp), initial);

    // A new claim: it alone is looked up, in one round trip.
    append(&mut lsp, &uri, 4, &edited, ECOLE_DRAFT);
    lsp.pump(Duration::from_millis(1500));
    let after = lookups(&lsp);
    assert_eq!(after.len(), initial.len() + 1, "{after:?}");
    assert_eq!(after.last(), Some(&1), "{after:?}");
    let last = publications(&lsp, &uri);
    assert!(
        last.last()
            .is_some_and(|(v, c)| *v == 4 && c.contains(&"contradicted@2".to_string())),
        "{last:?}"
    );

    // NOTIFY: the school's source comes into the archive; the open draft is checked
    // again and its figure is now contradicted.
    std::fs::write(ws.join("feed/ecole.md"), ECOLE).expect("new source");
    ingest(&ws, &url);
    wait_publication(&mut lsp, &uri, 4, "contradicted@6");
    assert!(lsp.shutdown());
}

#[test]
fn a_read_only_role_serves_and_hears_new_documents() {
    let Some(pg) = Cluster::start("a_read_only_role_serves_and_hears_new_documents") else {
        return;
    };
    let (writer, reader) = pg.newsroom_roles();
    let ws = workspace(&format!("archive = \"{reader}\"\n"));
    ingest(&ws, &writer);
    let mut lsp = server(&ws, &[]);
    let uri = file_uri(&ws.join("draft.md"));
    let text = format!("{DRAFT}\n{ECOLE_DRAFT}\n");
    lsp.open(&uri, &text);
    let got = wait_publication(&mut lsp, &uri, 1, "contradicted@2");
    assert!(!got.contains(&"contradicted@6".to_string()), "{got:?}");
    // The ingest role adds a document; the reader's server hears of it.
    std::fs::write(ws.join("feed/ecole.md"), ECOLE).expect("new source");
    ingest(&ws, &writer);
    wait_publication(&mut lsp, &uri, 1, "contradicted@6");
    assert!(lsp.shutdown());
    let log = std::fs::read_to_string(ws.join("stderr.log")).unwrap_or_default();
    assert!(!log.contains("reader-pw"), "{log}");
}

#[test]
fn faults_leave_local_verdicts_one_message_and_retries() {
    let Some(pg) = Cluster::start("faults_leave_local_verdicts_one_message_and_retries") else {
        return;
    };
    let url = pg.create_db("faults");
    let secret_url = pg.url_as("postgres", pg::PASSWORD, "faults");
    let ws = workspace(&format!("archive = \"{secret_url}\"\n"));
    ingest(&ws, &url);
    let mut lsp = server(&ws, &[("RECOUPE_ARCHIVE_TIMEOUT_MS", "1500")]);
    let uri = file_uri(&ws.join("draft.md"));
    let shown = |lsp: &Lsp| messages(lsp, "window/showMessage");
    let mut text = DRAFT.to_string();

    // Slow: a session holds the archive's table locked, so the lookup waits past
    // its timeout. Local verdicts are out; one message, in French (the draft's
    // language); once the lock goes, the retry brings the archive's evidence.
    std::thread::scope(|scope| {
        let locker = scope.spawn(|| {
            pg.sql(
                "faults",
                "BEGIN; LOCK TABLE documents IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(4); COMMIT;",
            )
        });
        std::thread::sleep(Duration::from_millis(300));
        lsp.open(&uri, DRAFT);
        let local = wait_publication(&mut lsp, &uri, 1, "!contradicted@2");
        assert!(!local.contains(&"contradicted@2".to_string()), "{local:?}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while shown(&lsp).is_empty() && Instant::now() < deadline {
            lsp.pump(Duration::from_millis(200));
        }
        let said = shown(&lsp);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains("injoignable"), "{said:?}");
        let _ = locker.join();
    });
    wait_publication(&mut lsp, &uri, 1, "contradicted@2");
    assert_eq!(shown(&lsp).len(), 1, "{:?}", shown(&lsp));

    // Dropped mid-query: the lookup of a new claim is cut off by the server.
    std::thread::scope(|scope| {
        let locker = scope.spawn(|| {
            pg.sql(
                "faults",
                "BEGIN; LOCK TABLE documents IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(3); COMMIT;",
            )
        });
        std::thread::sleep(Duration::from_millis(300));
        text = append(&mut lsp, &uri, 2, &text, ECOLE_DRAFT);
        wait_publication(&mut lsp, &uri, 2, "contradicted@2");
        lsp.pump(Duration::from_millis(400));
        let killed = pg.sql(
            "faults",
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE application_name = 'recoupe' AND wait_event_type = 'Lock'",
        );
        assert_eq!(killed, "1", "one lookup was waiting");
        let deadline = Instant::now() + Duration::from_secs(5);
        while shown(&lsp).len() < 2 && Instant::now() < deadline {
            lsp.pump(Duration::from_millis(200));
        }
        let _ = locker.join();
    });
    let said = shown(&lsp);
    assert_eq!(said.len(), 2, "one message for the new outage: {said:?}");
    // Local verdicts (and the evidence merged before) stayed for version 2.
    let last = publications(&lsp, &uri);
    assert!(
        last.iter()
            .any(|(v, c)| *v == 2 && c.contains(&"contradicted@2".to_string())),
        "{last:?}"
    );

    // Stopped: the server goes on with local verdicts.
    drop(pg);
    edit(
        &mut lsp,
        &uri,
        3,
        &text,
        ECOLE_DRAFT,
        &format!(
            "{ECOLE_DRAFT}\n\nLe musée de Varlon a reçu 1 200 visiteurs dimanche, selon la mairie."
        ),
    );
    let got = wait_publication(&mut lsp, &uri, 3, "!contradicted@6");
    assert!(got.contains(&"contradicted@2".to_string()), "{got:?}");
    lsp.pump(Duration::from_secs(3));
    assert!(shown(&lsp).len() <= 3, "{:?}", shown(&lsp));
    let everything: Vec<String> = lsp.notes.iter().map(Value::to_string).collect();
    assert!(lsp.shutdown());

    // Credentials never appear, in what the client saw nor in the log.
    let log = std::fs::read_to_string(ws.join("stderr.log")).unwrap_or_default();
    for text in everything.iter().chain([&log]) {
        assert!(!text.contains(pg::PASSWORD), "{text}");
    }
}

#[test]
fn wrong_credentials_and_a_bad_url_are_told_clearly_without_the_password() {
    let Some(pg) =
        Cluster::start("wrong_credentials_and_a_bad_url_are_told_clearly_without_the_password")
    else {
        return;
    };
    let url = pg.create_db("creds");
    for (archive, expected) in [
        (pg.url_as("postgres", "wr0ng-s3cret", "creds"), "password"),
        (
            "postgresql://postgres:wr0ng-s3cret@127.0.0.1:notaport/creds".to_string(),
            "not valid",
        ),
    ] {
        let ws = workspace(&format!("archive = \"{archive}\"\n"));
        ingest(&ws, &url);
        let mut lsp = server(&ws, &[]);
        let uri = file_uri(&ws.join("draft.md"));
        lsp.open(&uri, DRAFT);
        wait_publication(&mut lsp, &uri, 1, "!contradicted@2");
        let deadline = Instant::now() + Duration::from_secs(10);
        while messages(&lsp, "window/showMessage").is_empty() && Instant::now() < deadline {
            lsp.pump(Duration::from_millis(200));
        }
        let said = messages(&lsp, "window/showMessage");
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains(expected), "{said:?}");
        let everything: Vec<String> = lsp.notes.iter().map(Value::to_string).collect();
        assert!(lsp.shutdown());
        let log = std::fs::read_to_string(ws.join("stderr.log")).unwrap_or_default();
        for text in everything.iter().chain([&log]) {
            assert!(!text.contains("wr0ng-s3cret"), "{text}");
        }
    }
}
