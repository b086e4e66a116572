//! Fuzz target: markdown and claim extraction (`Draft::new`, `Source::read`),
//! then `recoupe::check` against a small invented corpus. Beyond "never panics", it
//! checks what the property tests check: every span lies on char boundaries within
//! its text, and every fix lies inside its claim.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recoupe::text::Span;
use recoupe::{Corpus, Draft, Source};
use std::sync::OnceLock;

/// An invented harbour town after a storm; the same shape of facts as the property
/// tests' corpus (a figure, a dated weekday, a role, a quote, an attributed amount).
fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        Corpus::from_texts([
            (
                "crue-1.md",
                "---\ntitle: Crue à Pellerac\ndate: 2023-03-09\n---\n\
                 La crue a inondé 1 850 caves à Pellerac le mardi 7 mars, selon la mairie.\n\n\
                 Le maire de Pellerac, Anselme Totti, a déclaré : « Nous pomperons jour et nuit ».\n\n\
                 Environ 90 pompiers sont mobilisés. Les dégâts dépassent 4 millions d'euros, selon l'assureur.\n"
                    .to_string(),
            ),
            (
                "flood-2.txt",
                "Pellerac flood\nThe flood reached 1,850 cellars on Tuesday, March 7, the town hall said.\n\
                 Mayor Anselme Totti said: \"We will pump day and night.\"\n"
                    .to_string(),
            ),
        ])
    })
}

fn ok(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check_doc(draft: &Draft) {
    let doc = &draft.doc;
    for s in &doc.sentences {
        assert!(ok(&doc.text, s.span), "sentence {:?}", s.span);
    }
    for c in &draft.claims {
        assert!(ok(&doc.text, c.span), "claim {:?}", c.span);
        assert!(ok(&doc.text, c.fix_span), "fix span {:?}", c.fix_span);
        assert!(c.span.start <= c.fix_span.start && c.fix_span.end <= c.span.end);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // A source is checked as a draft too: the engine must take any text either way.
    let as_draft = |s: Source| Draft {
        doc: s.doc,
        claims: s.claims,
    };
    let draft = match mode % 3 {
        0 => Draft::new("draft.md", &text),
        1 => as_draft(Source::read("source.md", &text)),
        _ => as_draft(Source::read("source.txt", &text)),
    };
    check_doc(&draft);
    let doc = &draft.doc;
    let options = recoupe::Options::new(Default::default(), &draft.doc.text);
    let checked = recoupe::check(&draft, corpus(), &options);
    for c in &checked {
        assert!(ok(&doc.text, c.claim.span));
        for e in &c.evidence {
            let src = &corpus().docs[e.doc].doc;
            assert!(ok(&src.text, e.span) && ok(&src.text, e.value_span));
        }
        for f in &c.fixes {
            assert!(ok(&doc.text, f.span), "fix {:?}", f.span);
            assert!(c.claim.span.start <= f.span.start && f.span.end <= c.claim.span.end);
            let mut fixed = doc.text.clone();
            fixed.replace_range(f.span.start..f.span.end, &f.replacement);
            check_doc(&Draft::new("fixed.md", &fixed));
        }
    }
});
