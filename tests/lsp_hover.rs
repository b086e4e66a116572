//! Hover anywhere on a claim, over the real engine: on a figure's unit or counted
//! noun and on a person's title, the hover cites the source, while the diagnostic
//! stays on the figure alone.

mod lsp_support;

use lsp_support::*;
use recoupe::lsp::Engine;
use serde_json::{json, Value};

const SOURCE_FR: &str = "---
title: \"Verglas sur le plateau de Morvelle\"
date: 2026-02-10
outlet: Le Courrier des Hautes-Brandes (fictif)
---
Il est tombé 120 millimètres de pluie verglaçante sur Morvelle dans la nuit de lundi, selon Météo-Brandes. Le préfet des Hautes-Brandes, Armand Quillerot, a mobilisé 4 000 agents pour dégager les routes du plateau.
";

const SOURCE_EN: &str = "---
title: \"Ice storm leaves Port Elsby in the dark\"
date: 2026-02-11
outlet: Elsby Harbour Gazette (fictional)
---
Fire Chief Dana Merrow said 350 firefighters worked through the night in Port Elsby, where the ice storm cut power to 9,000 homes.
";

const DRAFT_FR: &str = "---
title: Verglas à Morvelle
date: 2026-02-12
---

Il est tombé 120 millimètres de pluie verglaçante sur Morvelle dans la nuit de lundi, selon Météo-Brandes.

Le préfet des Hautes-Brandes, Armand Quillerot, a mobilisé 3 000 agents pour dégager les routes du plateau.
";

const DRAFT_EN: &str = "---
title: Port Elsby ice storm
date: 2026-02-12
---

Fire Chief Dana Merrow said 350 firefighters worked through the night in Port Elsby.
";

/// A server on the real engine with the two sources and `draft` open.
fn opened(name: &str, draft: &str) -> (Lsp, String, Vec<Value>, Ws) {
    let ws = TempDir::new("hover");
    std::fs::create_dir_all(ws.join("sources")).expect("sources");
    std::fs::write(ws.join("sources/verglas-1.md"), SOURCE_FR).expect("source");
    std::fs::write(ws.join("sources/storm-1.md"), SOURCE_EN).expect("source");
    std::fs::write(ws.join("recoupe.toml"), "corpus = [\"sources\"]\n").expect("config");
    std::fs::write(ws.join(name), draft).expect("draft");
    let mut lsp = Lsp::in_memory(Engine::Real);
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join(name));
    lsp.open(&uri, draft);
    let diags = lsp.diagnostics(0, &uri, 1);
    (lsp, uri, diags, ws)
}

/// The hover at the middle of `word` (its `nth` occurrence).
fn hover(lsp: &mut Lsp, uri: &str, text: &str, word: &str, nth: usize) -> Value {
    let (a, b) = find(text, word, nth);
    let mut middle = (a + b) / 2;
    while !text.is_char_boundary(middle) {
        middle += 1;
    }
    let r = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(text, middle, false)}),
    );
    r["result"].clone()
}

fn hover_text(h: &Value) -> &str {
    h["contents"]["value"].as_str().unwrap_or("")
}

#[test]
fn hover_on_a_unit_a_counted_noun_or_a_title_cites_the_source() {
    let (mut lsp, uri, diags, _ws) = opened("verglas.md", DRAFT_FR);
    // (word under the cursor, expected in the hover)
    for (word, want) in [
        (
            "millimètres",
            &["confirmé", "`verglas-1.md`", "**120**"][..],
        ),
        ("agents", &["contredit", "`verglas-1.md`", "**4 000**"][..]),
        (
            "préfet",
            &["`verglas-1.md`", "Courrier des Hautes-Brandes"][..],
        ),
        ("Hautes-Brandes", &["`verglas-1.md`"][..]),
    ] {
        let h = hover(&mut lsp, &uri, DRAFT_FR, word, 0);
        // A French draft is told in French around the source's own words.
        assert!(hover_text(&h).contains(" ligne "), "{h}");
        for w in want {
            assert!(
                hover_text(&h).contains(w),
                "hover on {word:?} lacks {w:?}: {h}"
            );
        }
    }
    // The hover's range is the figure with its noun; the diagnostic stays on the
    // figure, which is what a fix replaces.
    let h = hover(&mut lsp, &uri, DRAFT_FR, "agents", 0);
    assert_eq!(
        h["range"],
        range(DRAFT_FR, find(DRAFT_FR, "3 000 agents", 0), false)
    );
    let d = diags
        .iter()
        .find(|d| d["code"] == "contradicted")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        d["range"],
        range(DRAFT_FR, find(DRAFT_FR, "3 000", 0), false)
    );
    // Prose that belongs to no claim has no hover.
    assert!(hover(&mut lsp, &uri, DRAFT_FR, "routes", 0).is_null());
    assert!(lsp.shutdown());
}

#[test]
fn hover_on_english_nouns_and_titles_cites_the_source() {
    let (mut lsp, uri, _, _ws) = opened("storm.md", DRAFT_EN);
    for word in ["firefighters", "Chief", "Fire"] {
        let h = hover(&mut lsp, &uri, DRAFT_EN, word, 0);
        assert!(
            hover_text(&h).contains("`storm-1.md`"),
            "hover on {word:?} cites no source: {h}"
        );
        // An English draft is told in English, as a French one is in French.
        let text = hover_text(&h);
        assert!(text.contains(" line "), "{text}");
        assert!(
            !text.contains(" ligne ") && !text.contains("Concorde"),
            "{text}"
        );
    }
    assert!(hover(&mut lsp, &uri, DRAFT_EN, "night", 0).is_null());
    assert!(lsp.shutdown());
}
