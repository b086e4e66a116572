//! A figure that changed over time, over the real engine and the protocol: the
//! `outdated` diagnostic sits on the figure and points at the later source, the
//! hover shows the figure's timeline oldest first, and the quick fix writes the
//! latest value into the figure alone.

mod lsp_support;

use lsp_support::*;
use recoupe::lsp::Engine;
use serde_json::{json, Value};

/// Three dispatches on an invented flood: the count of people in shelters rises.
const SOURCES: &[(&str, &str)] = &[
    (
        "crue-1.md",
        "---\ntitle: \"Crue de la Lisère : des familles hébergées à Varennes-sur-Lisère\"\ndate: 2026-03-02\noutlet: Dépêches du Val (fictif)\n---\n\
         VARENNES-SUR-LISÈRE, 2 mars (DDV) – La crue de la Lisère a inondé le bas de la ville. \
         Quelque 300 personnes ont été hébergées au gymnase de Varennes-sur-Lisère, selon la préfecture du Val-d'Ormes.\n",
    ),
    (
        "crue-2.md",
        "---\ntitle: \"Crue de la Lisère : le nombre de sinistrés augmente\"\ndate: 2026-03-03\noutlet: Dépêches du Val (fictif)\n---\n\
         VARENNES-SUR-LISÈRE, 3 mars (DDV) – La Lisère continue de monter. \
         Désormais, 650 personnes sont hébergées au gymnase de Varennes-sur-Lisère, selon la préfecture du Val-d'Ormes.\n",
    ),
    (
        "crue-3.md",
        "---\ntitle: \"Crue de la Lisère : la décrue s'amorce\"\ndate: 2026-03-05\noutlet: Dépêches du Val (fictif)\n---\n\
         VARENNES-SUR-LISÈRE, 5 mars (DDV) – La décrue s'amorce enfin. \
         Au total, 900 personnes sont désormais hébergées au gymnase de Varennes-sur-Lisère, selon la préfecture du Val-d'Ormes.\n",
    ),
];

/// Dated after the last dispatch; accents and an emoji before the figure, so that a
/// UTF-16 position differs from a byte offset.
const DRAFT: &str = "---\ntitle: Crue de la Lisère\ndate: 2026-03-06\n---\n\n\
                     Été comme hiver, la Lisère déborde 🌊 : 300 personnes sont hébergées au gymnase de Varennes-sur-Lisère, selon la préfecture du Val-d'Ormes.\n";

fn opened() -> (Lsp, String, Vec<Value>, Ws) {
    let ws = TempDir::new("timeline");
    std::fs::create_dir_all(ws.join("sources")).expect("sources");
    for (name, text) in SOURCES {
        std::fs::write(ws.join("sources").join(name), text).expect("source");
    }
    std::fs::write(ws.join("recoupe.toml"), "corpus = [\"sources\"]\n").expect("config");
    std::fs::write(ws.join("draft.md"), DRAFT).expect("draft");
    let mut lsp = Lsp::in_memory(Engine::Real);
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, DRAFT);
    let diags = lsp.diagnostics(0, &uri, 1);
    (lsp, uri, diags, ws)
}

#[test]
fn an_outdated_figure_has_its_timeline_and_the_latest_value_as_fix() {
    let (mut lsp, uri, diags, _ws) = opened();
    // The diagnostic sits on the figure; the counted noun is not part of the span.
    let figure = find(DRAFT, "300", 0);
    let outdated: Vec<&Value> = diags.iter().filter(|d| d["code"] == "outdated").collect();
    assert_eq!(outdated.len(), 1, "{diags:#?}");
    let d = outdated[0];
    assert_eq!(d["source"], "recoupe");
    assert_eq!(d["severity"], 2, "outdated is a warning by default: {d:#?}");
    assert_eq!(d["range"], range(DRAFT, figure, false), "{d:#?}");
    let message = d["message"].as_str().unwrap_or("");
    assert!(
        message.contains("300") && message.contains("900"),
        "{message}"
    );
    // The evidence names the latest dispatch.
    let related = d["relatedInformation"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        related.iter().any(|r| r["location"]["uri"]
            .as_str()
            .unwrap_or("")
            .ends_with("crue-3.md")),
        "{related:#?}"
    );

    // The hover, on the counted noun: the timeline, oldest first, marked.
    let (a, b) = find(DRAFT, "personnes", 0);
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(DRAFT, (a + b) / 2, false)}),
    );
    let text = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(text.contains("Chronologie, du plus ancien"), "{text}");
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| 2026-")).collect();
    let days: Vec<&str> = rows.iter().map(|r| &r[2..12]).collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted, "oldest first: {text}");
    // Every value of the story, the intermediate revision included.
    assert_eq!(rows.len(), 3, "{text}");
    assert!(
        rows[1].contains("**650**") && rows[1].contains("crue-2.md"),
        "{text}"
    );
    let first = rows.first().copied().unwrap_or("");
    let last = rows.last().copied().unwrap_or("");
    assert!(
        first.contains("300**")
            && first.contains("la valeur du brouillon")
            && first.contains("crue-1.md"),
        "{text}"
    );
    assert!(
        last.contains("**900**") && last.contains("la plus récente") && last.contains("crue-3.md"),
        "{text}"
    );

    // The quick fix replaces the figure's digits only, with the latest value.
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": d["range"],
            "context": {"diagnostics": [d]},
        }),
    );
    let fix = actions["result"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["isPreferred"] == true).cloned())
        .unwrap_or(Value::Null);
    let edits = fix["edit"]["changes"][&uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!edits.is_empty(), "{actions:#?}");
    let fixed = apply(DRAFT, &edits);
    assert_eq!(fixed, DRAFT.replacen("300 personnes", "900 personnes", 1));
    assert!(lsp.shutdown());
}
