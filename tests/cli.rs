//! `recoupe check` end to end: snapshots of its human and JSON outputs on the bundled
//! example, and its exit codes.

use std::path::Path;
use std::process::Command;

fn recoupe(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_recoupe"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
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
    assert!(stdout.contains("0 findings in 1 file"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
