//! `recoupe check` end to end: snapshots of its human and JSON outputs on the bundled
//! example, positions on a draft with accents and an emoji, its SARIF output against
//! the SARIF 2.1.0 schema, and its exit codes in every format.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn recoupe(args: &[&str]) -> (i32, String, String) {
    recoupe_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn recoupe_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_recoupe"))
        .args(args)
        .current_dir(dir)
        .env("RECOUPE_CACHE_DIR", "off")
        .output()
        .expect("the recoupe binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn human_output_on_the_example() {
    let (code, stdout, _) =
        recoupe(&["check", "--corpus", "examples/sources", "examples/draft.md"]);
    assert_eq!(code, 1, "a contradicted claim exits 1");
    insta::assert_snapshot!(stdout);
}

#[test]
fn json_output_on_the_example() {
    let (code, stdout, _) = recoupe(&[
        "check",
        "--format",
        "json",
        "--corpus",
        "examples/sources",
        "examples/draft.md",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    insta::assert_json_snapshot!(v);
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in [
        vec!["check", "--corpus", "examples/sources", "no-such-draft.md"],
        vec!["check", "--corpus", "no-such-folder", "examples/draft.md"],
        vec!["check"],
        vec!["frobnicate"],
    ] {
        let (code, stdout, stderr) = recoupe(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?} printed {stdout:?}");
        assert!(!stderr.trim().is_empty(), "{args:?} explains itself");
    }
}

#[test]
fn a_clean_draft_exits_0() {
    let dir = std::env::temp_dir().join(format!("recoupe-clean-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let draft = dir.join("clean.md");
    std::fs::write(
        &draft,
        "Environ 350 pompiers et gendarmes sont mobilisés.\n",
    )
    .expect("write draft");
    let (code, stdout, _) = recoupe(&[
        "check",
        "--corpus",
        "examples/sources",
        draft.to_str().unwrap_or_default(),
    ]);
    assert_eq!(code, 0, "{stdout}");
    // A French draft is told in French.
    assert!(stdout.contains("0 constat dans 1 fichier"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An invented story: one source with a title, and a draft whose contradicted figure
/// comes after accented letters and an emoji on its line.
fn festival() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let sources = dir.path().join("sources");
    std::fs::create_dir_all(&sources).expect("sources dir");
    std::fs::write(
        sources.join("fete.md"),
        "---\ntitle: La fête du port de Kerbrézec\ndate: 2025-06-14\n---\n\n\
         Selon la mairie, 1 200 visiteurs sont attendus samedi à la fête du port de Kerbrézec.\n",
    )
    .expect("write source");
    std::fs::write(
        dir.path().join("draft.md"),
        "---\ndate: 2025-06-15\n---\n\n# Fête 🎉 à Kerbrézec\n\n\
         À Kerbrézec 🎉, 2 100 visiteurs sont attendus samedi à la fête du port, selon la mairie.\n",
    )
    .expect("write draft");
    dir
}

/// `[line, column in bytes, column in UTF-16 units]` of a JSON position.
fn position(v: &Value) -> [u64; 3] {
    ["line", "column_utf8", "column_utf16"].map(|k| v[k].as_u64().unwrap_or(0))
}

/// The same position, counted here from the text itself.
fn counted(text: &str, offset: usize) -> [u64; 3] {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let col = &before[line_start..];
    [
        line as u64,
        col.len() as u64 + 1,
        col.encode_utf16().count() as u64 + 1,
    ]
}

/// Every span of `span` (`{"start", "end", "start_position", "end_position"}`) agrees
/// with its byte offsets in `text`.
fn check_span(text: &str, span: &Value) {
    for (offset, pos) in [("start", "start_position"), ("end", "end_position")] {
        let at = span[offset].as_u64().unwrap_or(u64::MAX) as usize;
        assert!(text.is_char_boundary(at), "{span}");
        assert_eq!(position(&span[pos]), counted(text, at), "{pos} of {span}");
    }
}

#[test]
fn json_positions_count_bytes_and_utf16_units() {
    let dir = festival();
    let (code, stdout, stderr) = recoupe_in(
        dir.path(),
        &[
            "check", "--format", "json", "--corpus", "sources", "draft.md",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["summary"]["by_verdict"]["contradicted"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["file"], "draft.md");
    assert_eq!(f["text"], "2 100");
    // « À Kerbrézec 🎉, » is 20 bytes and 16 UTF-16 units: À and é take two bytes and
    // one unit each, the emoji four bytes and two units.
    assert_eq!(position(&f["span"]["start_position"]), [7, 21, 17]);
    assert_eq!(position(&f["span"]["end_position"]), [7, 26, 22]);
    let draft = std::fs::read_to_string(dir.path().join("draft.md")).expect("draft");
    let source = std::fs::read_to_string(dir.path().join("sources/fete.md")).expect("source");
    check_span(&draft, &f["span"]);
    check_span(&draft, &f["fixes"][0]["span"]);
    let e = &f["evidence"][0];
    assert_eq!(e["source"], "sources/fete.md");
    assert_eq!(e["source_name"], "La fête du port de Kerbrézec");
    assert_eq!(e["value"], "1 200");
    check_span(&source, &e["span"]);
    check_span(&source, &e["value_span"]);
    assert_eq!(position(&e["value_span"]["start_position"]), [6, 18, 18]);
}

#[test]
fn human_output_names_the_source_and_says_what_to_write() {
    let dir = festival();
    let (code, stdout, _) = recoupe_in(dir.path(), &["check", "--corpus", "sources", "draft.md"]);
    assert_eq!(code, 1);
    // The draft is French: so is every line around the source's words; the code
    // stays `contradicted`.
    for expected in [
        "error[contradicted]: Les sources contredisent «\u{a0}2 100\u{a0}»",
        " --> draft.md:7:16",
        "note: sources/fete.md:6 (La fête du port de Kerbrézec): Selon la mairie",
        "help: remplacer par «\u{a0}1 200\u{a0}» (fete.md)",
        "1 constat dans 1 fichier\u{a0}: 1 contredit",
    ] {
        assert!(stdout.contains(expected), "{expected:?} not in\n{stdout}");
    }
    assert_eq!(
        stdout.matches("Les sources contredisent").count(),
        1,
        "once:\n{stdout}"
    );
}

#[test]
fn an_english_draft_is_told_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sources = dir.path().join("sources");
    std::fs::create_dir_all(&sources).expect("sources dir");
    std::fs::write(
        sources.join("fair.md"),
        "---\ntitle: Harbour fair in Portmellon\n---\n\n\
         About 1,200 visitors are expected on Saturday at the Portmellon harbour fair, according to the council.\n",
    )
    .expect("write source");
    std::fs::write(
        dir.path().join("draft.md"),
        "The council said 2,100 visitors are expected on Saturday at the Portmellon harbour fair.\n",
    )
    .expect("write draft");
    let (code, stdout, _) = recoupe_in(dir.path(), &["check", "--corpus", "sources", "draft.md"]);
    assert_eq!(code, 1, "{stdout}");
    for expected in [
        "error[contradicted]: « 2,100 » is contradicted: the sources say",
        "help: replace with « about 1,200 » (fair.md)",
        "1 finding in 1 file: 1 contradicted",
    ] {
        assert!(stdout.contains(expected), "{expected:?} not in\n{stdout}");
    }
}

/// The pattern of `language` (in `run` and `toolComponent`) in the official schema: not
/// a valid regular expression (a stray `]`, a known erratum of the OASIS file), which
/// no validator compiles. Recoupe writes no `language`.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

/// The official schema (tests/data/README.md), less the broken `language` patterns.
fn sarif_validator() -> jsonschema::Validator {
    let schema = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json"),
    )
    .expect("the vendored SARIF schema");
    let mut schema: Value = serde_json::from_str(&schema).expect("schema is JSON");
    let mut removed = 0;
    if let Some(defs) = schema["definitions"].as_object_mut() {
        for def in defs.values_mut() {
            let language = def
                .pointer_mut("/properties/language")
                .and_then(Value::as_object_mut);
            if let Some(language) = language {
                if language.get("pattern").and_then(Value::as_str) == Some(BROKEN_LANGUAGE_PATTERN)
                {
                    language.remove("pattern");
                    removed += 1;
                }
            }
        }
    }
    assert_eq!(
        removed, 2,
        "the erratum is where it was, and the only change"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

/// `recoupe check --format sarif` in `dir`, validated against the SARIF 2.1.0 schema.
fn sarif_in(dir: &Path, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "sarif"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = recoupe_in(dir, &all);
    let log: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "not SARIF 2.1.0: {errors:#?}");
    (code, log)
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, log) = sarif_in(root, &["--corpus", "examples/sources", "examples/draft.md"]);
    assert_eq!(code, 1);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "recoupe");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "contradicted",
            "misquoted",
            "outdated",
            "unattributed",
            "disputed",
            "unsupported"
        ]
    );
    for r in rules {
        let uri = r["helpUri"].as_str().unwrap_or_default();
        assert!(uri.contains("docs/claims.md#"), "{uri}");
    }
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 5);
    let levels: Vec<(&str, &str)> = results
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap_or(""),
                r["level"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        levels,
        [
            ("contradicted", "error"),
            ("contradicted", "error"),
            ("misquoted", "warning"),
            ("contradicted", "error"),
            ("unattributed", "warning"),
        ]
    );
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap_or(99) as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        assert!(
            r["relatedLocations"]
                .as_array()
                .is_some_and(|l| !l.is_empty()),
            "{r}"
        );
    }
    // The validator has teeth: a level SARIF does not know is refused.
    let mut wrong = log.clone();
    wrong["runs"][0]["results"][0]["level"] = Value::from("information");
    assert!(!sarif_validator().is_valid(&wrong));
    // The unattributed claim has no fix; the others do.
    assert!(results[4].get("fixes").is_none());
    let fix = &results[0]["fixes"][0]["artifactChanges"][0];
    assert_eq!(fix["artifactLocation"]["uri"], "examples/draft.md");
    assert_eq!(fix["replacements"][0]["insertedContent"]["text"], "2 400");
}

#[test]
fn sarif_columns_are_utf16_units_from_1() {
    let dir = festival();
    let (code, log) = sarif_in(dir.path(), &["--corpus", "sources", "draft.md"]);
    assert_eq!(code, 1);
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap_or("");
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    let r = &run["results"][0];
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "draft.md");
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    let region = &loc["region"];
    let got = ["startLine", "startColumn", "endLine", "endColumn"]
        .map(|k| region[k].as_u64().unwrap_or(0));
    assert_eq!(got, [7, 17, 7, 22]);
    assert_eq!(region["snippet"]["text"], "2 100");
    let related = &r["relatedLocations"][0]["physicalLocation"];
    assert_eq!(related["artifactLocation"]["uri"], "sources/fete.md");
    assert_eq!(related["region"]["startLine"], 6);
}

#[test]
fn sarif_names_files_outside_the_current_directory_by_absolute_uri() {
    let dir = festival();
    let sub = dir.path().join("notes");
    std::fs::create_dir_all(&sub).expect("sub dir");
    let (code, log) = sarif_in(&sub, &["--corpus", "../sources", "../draft.md"]);
    assert_eq!(code, 1);
    let r = &log["runs"][0]["results"][0];
    for loc in [&r["locations"][0], &r["relatedLocations"][0]] {
        let artifact = &loc["physicalLocation"]["artifactLocation"];
        let uri = artifact["uri"].as_str().unwrap_or("");
        assert!(uri.starts_with("file:///") && !uri.contains(".."), "{uri}");
        assert!(artifact.get("uriBaseId").is_none(), "{artifact}");
    }
}

#[test]
fn every_format_exits_with_the_same_codes() {
    let dir = festival();
    std::fs::write(
        dir.path().join("clean.md"),
        "Selon la mairie, 1 200 visiteurs sont attendus samedi à la fête du port de Kerbrézec.\n",
    )
    .expect("write clean draft");
    for format in ["human", "json", "sarif"] {
        for (draft, expected) in [("draft.md", 1), ("clean.md", 0), ("missing.md", 2)] {
            let (code, stdout, stderr) = recoupe_in(
                dir.path(),
                &["check", "--format", format, "--corpus", "sources", draft],
            );
            assert_eq!(code, expected, "{format} {draft}: {stdout}{stderr}");
        }
    }
}

#[test]
fn report_writes_one_page_whose_counts_are_the_json_outputs() {
    let (code, page, stderr) = recoupe(&[
        "report",
        "--corpus",
        "examples/sources",
        "examples/draft.md",
        "-o",
        "-",
    ]);
    assert_eq!(code, 0, "a written report exits 0: {stderr}");
    let (_, json, _) = recoupe(&[
        "check",
        "--format",
        "json",
        "--corpus",
        "examples/sources",
        "examples/draft.md",
    ]);
    let v: Value = serde_json::from_str(&json).expect("valid JSON");
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    for code in [
        "contradicted",
        "misquoted",
        "outdated",
        "unattributed",
        "disputed",
        "unsupported",
    ] {
        let n = v["summary"]["by_verdict"][code].as_u64().unwrap_or(0);
        let row = format!("<tr data-verdict=\"{code}\"");
        let at = page
            .find(&row)
            .unwrap_or_else(|| panic!("no {row} in the page"));
        assert!(
            page[at..].contains(&format!("<td data-count=\"{n}\">{n}</td>")),
            "{code}: {n}"
        );
    }
    assert!(!page.contains("<script"), "no script");
    let (code, _, stderr) = recoupe(&[
        "report",
        "--corpus",
        "examples/sources",
        "examples/draft.md",
        "-o",
        "no-such-folder/report.html",
    ]);
    assert_eq!(code, 2, "an unwritable page exits 2");
    assert!(stderr.contains("cannot write"), "{stderr}");
}
