//! Which `recoupe.toml` an open draft is checked with: the nearest one above the
//! draft's folder, as the CLI finds it, even when the editor chose a workspace
//! folder without one (Eglot takes the draft's folder, or a repository's). With
//! none anywhere and no `recoupe.corpus` setting, the draft gets no diagnostics
//! (not every claim `unsupported`) and one message says nothing is checked.

mod lsp_support;

use lsp_support::*;
use serde_json::{json, Value};
use std::path::Path;

/// Lay out `ws`: the example sources under `sources_in/sources` (when given), a
/// `recoupe.toml` with `corpus = ["sources"]` in `config_in` (when given), and the
/// example draft at `draft`. Open the draft in a server whose workspace folder is
/// `root`, with the editor's `settings`; expect the codes `want` and, when
/// `message` is given, one message containing it (none otherwise).
fn check(
    sources_in: &str,
    config_in: Option<&str>,
    root: &str,
    draft: &str,
    settings: Value,
    want: &[&str],
    message: Option<&str>,
) {
    let ws = TempDir::new("discovery");
    let sources = ws.join(sources_in).join("sources");
    std::fs::create_dir_all(&sources).expect("sources");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources");
    for e in std::fs::read_dir(examples).expect("examples").flatten() {
        std::fs::copy(e.path(), sources.join(e.file_name())).expect("copy");
    }
    if let Some(dir) = config_in {
        std::fs::write(
            ws.join(dir).join("recoupe.toml"),
            "corpus = [\"sources\"]\n",
        )
        .expect("config");
    }
    let text = example_draft();
    let draft = ws.join(draft);
    std::fs::create_dir_all(draft.parent().expect("a folder")).expect("draft folder");
    std::fs::write(&draft, &text).expect("draft");
    std::fs::create_dir_all(ws.join(root)).expect("root");

    let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
    lsp.settings = settings;
    lsp.initialize(&ws.join(root), utf16_caps());
    let uri = file_uri(&draft);
    lsp.open(&uri, &text);
    let diags = lsp.diagnostics(0, &uri, 1);
    let mut got = codes(&diags);
    got.sort();
    assert_eq!(got, want, "draft {draft:?} in root {root:?}: {diags:?}");
    lsp.pump(std::time::Duration::from_millis(100));
    let shown: Vec<&str> = lsp
        .notes
        .iter()
        .filter(|n| n["method"] == "window/showMessage")
        .filter_map(|n| n["params"]["message"].as_str())
        .collect();
    match message {
        Some(m) => assert!(shown.len() == 1 && shown[0].contains(m), "{shown:?}"),
        None => assert!(shown.is_empty(), "{shown:?}"),
    }
    assert!(lsp.shutdown());
}

const CHECKED: &[&str] = &["contradicted", "unattributed"];

#[test]
fn a_draft_is_checked_with_the_nearest_recoupe_toml_above_it() {
    // The workspace folder has none; the draft's story folder has one.
    check(
        "story",
        Some("story"),
        ".",
        "story/drafts/crue.md",
        Value::Null,
        CHECKED,
        None,
    );
    // The same, in the draft's own folder.
    check(
        "story",
        Some("story"),
        ".",
        "story/crue.md",
        Value::Null,
        CHECKED,
        None,
    );
    // Eglot without a repository: the workspace folder is the draft's own, below
    // the recoupe.toml.
    check(
        ".",
        Some("."),
        "drafts",
        "drafts/crue.md",
        Value::Null,
        CHECKED,
        None,
    );
    // The editor's corpus setting, without any recoupe.toml, still applies.
    check(
        ".",
        None,
        ".",
        "drafts/crue.md",
        json!({"corpus": ["sources"]}),
        CHECKED,
        None,
    );
}

#[test]
fn a_draft_with_no_corpus_anywhere_gets_no_diagnostics_and_one_message() {
    check(
        ".",
        None,
        ".",
        "drafts/crue.md",
        Value::Null,
        &[],
        Some("aucun corpus configuré"),
    );
    check(
        ".",
        None,
        "drafts",
        "drafts/crue.md",
        Value::Null,
        &[],
        Some("rien n'est vérifié"),
    );
}
