//! Property tests (issue #6, resilience): extraction and checking never panic on any
//! text and keep every span on char boundaries; quick fixes touch only their claim;
//! and, over the in-memory language server, incremental edits end with the same
//! diagnostics as a fresh open of the final text.
//!
//! Every property has a fixed case budget so the file runs in seconds in debug. The
//! generators lean toward what journalists write: figures with spaces, no-break and
//! narrow no-break spaces, « », quotes, months and weekdays, role words, markdown
//! markup, emoji, combining marks, and every kind of line ending. The corpus is an
//! invented storm in an invented town (see `CORPUS`).

mod lsp_support;

use lsp_support::{file_uri, utf16_caps, workspace, Lsp};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use recoupe::claims::Claim;
use recoupe::text::Span;
use recoupe::{Corpus, Document, Draft, Finding, Source};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

// ------------------------------------------------------------ the invented corpus

/// An invented storm in the invented town of Caldérac, in French and in English, with
/// a figure, a date with its weekday, a role, a quote and an attributed amount.
const CORPUS: &[(&str, &str)] = &[
    (
        "tempete-1.md",
        "---\ntitle: Tempête sur Caldérac\ndate: 2024-11-14\noutlet: Le Courrier du Val\n---\n\
         La tempête a privé 3 100 foyers d'électricité à Caldérac dans la nuit du mardi 12 novembre, selon la préfecture.\n\n\
         La maire de Caldérac, Odile Ferracci, a ouvert deux salles communales aux sinistrés.\n\n\
         Le directeur du port, Malik Ouandji, a déclaré : « Nous rouvrirons le quai dès jeudi matin ».\n\n\
         Environ 120 agents du réseau électrique sont mobilisés.\n\n\
         Les dégâts dépassent 8 millions d'euros, selon la chambre des métiers.\n",
    ),
    (
        "storm-2.md",
        "---\ntitle: Storm hits Calderac harbour\ndate: 2024-11-13\n---\n\
         The storm cut power to 3,100 homes in Calderac on Tuesday, November 12, the prefecture said.\n\n\
         Harbour director Malik Ouandji said: \"We will reopen the quay by Thursday morning.\"\n\n\
         About 120 grid workers were deployed overnight.\n\n\
         Mayor Odile Ferracci opened two community halls.\n",
    ),
    (
        "releve.txt",
        "Relevé des secours, Caldérac\nLe 13 novembre, 3 100 foyers restaient sans courant.\n\
         Ines Varga, ingénieure du réseau, compte 120 agents sur le terrain.\n",
    ),
];

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| Corpus::from_texts(CORPUS.iter().map(|(p, t)| (p.to_string(), t.to_string()))))
}

// ------------------------------------------------------------ generators

fn one_of(items: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(items).prop_map(str::to_string)
}

/// A figure as journalists write it: thousands separated by a space, a no-break
/// space, a narrow no-break space, a dot or a comma; decimals; words.
fn figure() -> impl Strategy<Value = String> {
    let grouped = (
        1u32..200_000,
        one_of(&[" ", "\u{a0}", "\u{202f}", ".", ",", ""]),
    )
        .prop_map(|(n, sep)| {
            let digits = n.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push_str(&sep);
                }
                out.push(c);
            }
            out
        });
    prop_oneof![
        4 => grouped,
        3 => one_of(&["3 100", "3\u{a0}100", "3\u{202f}100", "3,100", "3.100", "120", "8", "1 300"]),
        1 => one_of(&["2,5", "3.5", "0,75", "trois mille", "deux", "une dizaine de", "twelve"]),
        1 => (0u32..100).prop_map(|n| n.to_string()),
    ]
}

fn hedge() -> impl Strategy<Value = String> {
    one_of(&[
        "",
        "",
        "",
        "environ ",
        "plus de ",
        "près de ",
        "jusqu'à ",
        "moins de ",
        "about ",
        "more than ",
        "up to ",
        "at least ",
        "entre 100 et ",
        "quelque ",
    ])
}

fn weekday() -> impl Strategy<Value = String> {
    one_of(&[
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ])
}

fn month() -> impl Strategy<Value = String> {
    one_of(&[
        "novembre",
        "octobre",
        "janvier",
        "février",
        "août",
        "décembre",
        "November",
        "October",
        "May",
        "March",
    ])
}

fn role() -> impl Strategy<Value = String> {
    one_of(&[
        "maire",
        "préfet",
        "préfète",
        "directeur",
        "directrice",
        "ministre",
        "ingénieure",
        "Mayor",
        "Governor",
        "director",
        "harbour director",
    ])
}

fn name() -> impl Strategy<Value = String> {
    one_of(&[
        "Odile Ferracci",
        "Malik Ouandji",
        "Ines Varga",
        "Tomas Brenner",
        "O. Ferracci",
    ])
}

fn quote_words() -> impl Strategy<Value = String> {
    one_of(&[
        "Nous rouvrirons le quai dès jeudi matin",
        "Nous rouvrirons le quai dès vendredi matin",
        "Nous rouvrirons le port dès jeudi",
        "We will reopen the quay by Thursday morning",
        "We will reopen the quay by Friday",
        "Tout sera réparé",
    ])
}

/// A sentence about the invented storm, in one of its forms, with its slots varied.
fn sentence() -> impl Strategy<Value = String> {
    (
        0usize..10,
        (hedge(), figure(), figure()),
        (weekday(), 1u32..32, month()),
        (role(), name(), quote_words()),
    )
        .prop_map(|(t, (h, n, n2), (wd, d, m), (r, who, q))| match t {
            0 => format!(
                "La tempête a privé {h}{n} foyers d'électricité à Caldérac dans la nuit du {wd} {d} {m}, selon la préfecture."
            ),
            1 => format!("Le {r} de Caldérac, {who}, a ouvert {n} salles communales."),
            2 => format!("{who}, {r} du port, a déclaré : « {q} »."),
            3 => format!("{h}{n} agents du réseau électrique sont mobilisés."),
            4 => format!("Les dégâts dépassent {n} millions d'euros."),
            5 => format!("The storm cut power to {h}{n} homes in Calderac on {wd}, {m} {d}."),
            6 => format!("{r} {who} said: \"{q}\""),
            7 => format!("| {n} | foyers | {wd} {d} {m} |"),
            8 => format!("Selon {who}, entre {n} et {n2} foyers ont été évacués le {d} {m}."),
            _ => format!("{who} a affirmé que « {q} », d'après le {r}."),
        })
}

/// Markup, punctuation and characters that trouble text code, as pieces to mix in.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => one_of(&[
            "**", "*", "_", "`", "# ", "## ", "> ", "- ", "1. ", "| ", " | ", "|---|---|\n",
            "\n```\n", "~~~", "[", "](https://example.invalid/a)", "]", "[^1]", "[^1]: ",
            "<!-- recoupe-ignore -->", "<b>", "</b>", "\\", "&nbsp;", "---\n", "***",
        ]),
        3 => one_of(&[
            "« ", " »", "“", "”", "\"", "'", "’", "‹", "›", "…", ". ", "! ", "? ", " : ",
            " ; ", ", ", "(", ")", " M. ", " Dr. ",
        ]),
        3 => one_of(&[
            "😀", "👩\u{200d}🚒", "🇫🇷", "𝄞", "e\u{301}", "\u{301}", "\u{200d}", "\u{200b}",
            "\u{feff}", "\u{a0}", "\u{202f}", "\u{2028}", "\u{2029}", "\u{85}", "\t", "\u{0}",
            "İ", "ß", "ﬁ",
        ]),
        3 => one_of(&["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", " "]),
        2 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,8}",
    ]
}

/// `text` with each `(at, piece)` inserted at the `at`-th of its char boundaries.
fn insert_all(text: &str, pieces: &[(Index, String)]) -> String {
    let mut out = text.to_string();
    for (at, piece) in pieces {
        let bounds: Vec<usize> = (0..=out.len())
            .filter(|&i| out.is_char_boundary(i))
            .collect();
        let i = bounds[at.index(bounds.len())];
        out.insert_str(i, piece);
    }
    out
}

/// Front matter, whole or broken, or none.
fn front_matter() -> impl Strategy<Value = String> {
    one_of(&[
        "",
        "",
        "---\ntitle: Brouillon\ndate: 2024-11-15\n---\n",
        "---\r\ndate: 2024-11-15\r\n---\r\n",
        "---\ndate: 2024\n---\n",
        "---\ndate: 😀-11-15\ntitle: « x\n---\n",
        "---\ntitle: never closed\n",
        "+++\ndate = 2024-11-15\n+++\n",
        "---\n---\n",
    ])
}

/// A journalist's draft: front matter, then sentences about the storm and noise,
/// separated by spaces and line endings, with noise inserted inside the sentences.
fn draft() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        3 => (sentence(), proptest::collection::vec((any::<Index>(), noise()), 0..3))
            .prop_map(|(s, pieces)| insert_all(&s, &pieces)),
        2 => noise(),
        1 => figure(),
    ];
    let sep = one_of(&[" ", "\n", "\n\n", "\r\n\r\n", "\r", "\n> ", "\n- ", "\n# "]);
    (
        front_matter(),
        proptest::collection::vec((block, sep), 0..10),
    )
        .prop_map(|(fm, blocks)| {
            let mut out = fm;
            for (b, s) in blocks {
                out.push_str(&b);
                out.push_str(&s);
            }
            out
        })
}

/// Any text at all, or a journalist's draft.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => proptest::collection::vec(noise(), 0..30).prop_map(|p| p.concat()),
        3 => draft(),
    ]
}

// ------------------------------------------------------------ invariants

/// Whether `span` lies within `text`, on char boundaries.
fn span_ok(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Whether `offset` falls between the `\r` and `\n` of a CRLF, where no LSP position is.
fn inside_crlf(text: &str, offset: usize) -> bool {
    offset > 0 && text.as_bytes()[offset - 1] == b'\r' && text[offset..].starts_with('\n')
}

fn inside(inner: Span, outer: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn check_draft(draft: &Draft) -> Result<(), TestCaseError> {
    check_document(&draft.doc, &draft.claims)
}

fn check_source(source: &Source) -> Result<(), TestCaseError> {
    check_document(&source.doc, &source.claims)
}

/// Sentences and claims of a document lie on char boundaries of its text; each claim
/// points at a sentence and its correctable part lies inside it.
fn check_document(doc: &Document, claims: &[Claim]) -> Result<(), TestCaseError> {
    let text = &doc.text;
    for s in &doc.sentences {
        prop_assert!(span_ok(text, s.span), "sentence {:?} in {:?}", s.span, text);
        prop_assert!(
            !inside_crlf(text, s.span.start) && !inside_crlf(text, s.span.end),
            "sentence {:?} ends inside a CRLF in {:?}",
            s.span,
            text
        );
        // Corpus sources drop their blocks once read (see `Source::read`).
        prop_assert!(doc.blocks.is_empty() || s.block < doc.blocks.len());
    }
    for c in claims {
        prop_assert!(span_ok(text, c.span), "claim {:?} in {:?}", c.span, text);
        prop_assert!(
            !inside_crlf(text, c.span.start) && !inside_crlf(text, c.span.end),
            "claim {:?} ends inside a CRLF in {:?}",
            c.span,
            text
        );
        prop_assert!(
            span_ok(text, c.fix_span),
            "fix span {:?} in {:?}",
            c.fix_span,
            text
        );
        prop_assert!(
            inside(c.fix_span, c.span),
            "fix span {:?} outside claim {:?} in {:?}",
            c.fix_span,
            c.span,
            text
        );
        prop_assert!(c.sentence < doc.sentences.len());
    }
    prop_assert!(
        claims
            .windows(2)
            .all(|w| (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end)),
        "claims in order of position"
    );
    Ok(())
}

/// Finding claims, their evidence and their fixes lie on char boundaries; each fix
/// lies inside its claim, and applying it changes nothing outside and re-reads.
fn check_results(draft: &Draft, corpus: &Corpus, checked: &[Finding]) -> Result<(), TestCaseError> {
    let text = &draft.doc.text;
    for c in checked {
        prop_assert!(
            span_ok(text, c.claim.span),
            "checked claim {:?}",
            c.claim.span
        );
        for e in &c.evidence {
            let doc = corpus.docs.get(e.doc).map(|s| &s.doc);
            prop_assert!(doc.is_some(), "evidence names document {}", e.doc);
            if let Some(doc) = doc {
                prop_assert!(span_ok(&doc.text, e.span), "evidence {:?}", e.span);
                prop_assert!(span_ok(&doc.text, e.value_span), "value {:?}", e.value_span);
                prop_assert_eq!(e.line, doc.line_of(e.span.start));
            }
        }
        for f in &c.fixes {
            prop_assert!(span_ok(text, f.span), "fix {:?} in {:?}", f.span, text);
            prop_assert!(
                inside(f.span, c.claim.span),
                "fix {:?} outside its claim {:?} in {:?}",
                f.span,
                c.claim.span,
                text
            );
            let mut fixed = text.clone();
            fixed.replace_range(f.span.start..f.span.end, &f.replacement);
            prop_assert_eq!(&fixed[..f.span.start], &text[..f.span.start]);
            prop_assert_eq!(
                &fixed[f.span.start + f.replacement.len()..],
                &text[f.span.end..]
            );
            prop_assert!(!f.replacement.contains(['\n', '\r']), "{:?}", f.replacement);
            check_draft(&Draft::new("fixed.md", &fixed))?;
        }
        prop_assert!(
            c.fixes.iter().filter(|f| f.preferred).count() <= 1,
            "at most one preferred fix"
        );
    }
    Ok(())
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

// ------------------------------------------------------------ engine properties

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn draft_extraction_never_panics_and_spans_are_on_char_boundaries(text in any_text()) {
        check_draft(&Draft::new("draft.md", &text))?;
    }

    #[test]
    fn source_extraction_never_panics_and_spans_are_on_char_boundaries(
        text in any_text(),
        ext in one_of(&["md", "markdown", "txt", "html"]),
    ) {
        check_source(&Source::read(format!("source.{ext}"), &text))?;
    }
}

/// The real saved page, PDF and Word file the reader tests load, with their kinds.
fn reader_fixtures() -> &'static [(recoupe::corpus::readers::Kind, Vec<u8>)] {
    use recoupe::corpus::readers::Kind;
    static FIXTURES: OnceLock<Vec<(Kind, Vec<u8>)>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/sources");
        [
            ("bridge.html", Kind::Html),
            ("report.pdf", Kind::Pdf),
            ("press-release.docx", Kind::Docx),
        ]
        .into_iter()
        .filter_map(|(name, kind)| Some((kind, std::fs::read(dir.join(name)).ok()?)))
        .collect()
    })
}

proptest! {
    #![proptest_config(config(96))]

    /// A saved page, PDF or Word file damaged anywhere (bytes overwritten, the file
    /// cut short) is read or refused with a reason; what is read makes a source whose
    /// sentences, claims and places lie on its text's char boundaries.
    #[test]
    fn a_damaged_page_pdf_or_word_file_is_read_or_refused(
        which in 0usize..3,
        cut in any::<Index>(),
        damage in proptest::collection::vec((any::<Index>(), any::<u8>()), 0..12),
    ) {
        let fixtures = reader_fixtures();
        prop_assert_eq!(fixtures.len(), 3, "the reader fixtures are missing");
        let (kind, bytes) = &fixtures[which];
        let mut bytes = bytes.clone();
        for (at, b) in &damage {
            let i = at.index(bytes.len());
            bytes[i] = *b;
        }
        bytes.truncate(cut.index(bytes.len() + 1).max(bytes.len() / 2));
        if let Ok(x) = recoupe::corpus::readers::read(*kind, &bytes) {
            let source = Source::extracted("damaged", &x);
            check_source(&source)?;
            for c in &source.claims {
                let _ = source.doc.place_of(c.span.start);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(160))]

    #[test]
    fn checking_never_panics_and_results_are_on_char_boundaries(text in any_text()) {
        let draft = Draft::new("draft.md", &text);
        let checked = recoupe::check(&draft, corpus(), &recoupe::Options::new(Default::default(), &draft.doc.text));
        check_results(&draft, corpus(), &checked)?;
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Any text can be a source too: evidence taken from it still lies on its char
    /// boundaries.
    #[test]
    fn evidence_from_any_source_is_on_char_boundaries(
        source in any_text(),
        ext in one_of(&["md", "txt"]),
        text in draft(),
    ) {
        let mut texts: Vec<(String, String)> =
            CORPUS.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        texts.push((format!("odd.{ext}"), source));
        let corpus = Corpus::from_texts(texts);
        for source in &corpus.docs {
            check_source(source)?;
        }
        let draft = Draft::new("draft.md", &text);
        let checked = recoupe::check(&draft, &corpus, &recoupe::Options::new(Default::default(), &draft.doc.text));
        check_results(&draft, &corpus, &checked)?;
    }
}

/// Every fix of every checked claim of a storm draft lies inside its claim and
/// changes nothing else. Run by hand so the cases that had fixes are counted: a
/// property that never meets a fix would prove nothing.
#[test]
fn fixes_change_only_their_claim() {
    let cases = 160;
    let mut runner = TestRunner::new(Config {
        cases,
        max_shrink_iters: 512,
        ..Config::default()
    });
    let with_fixes = AtomicUsize::new(0);
    let strategy = proptest::collection::vec(
        (
            sentence(),
            proptest::collection::vec((any::<Index>(), noise()), 0..2),
        )
            .prop_map(|(s, p)| insert_all(&s, &p)),
        1..6,
    )
    .prop_map(|s| format!("---\ndate: 2024-11-15\n---\n{}\n", s.join("\n\n")));
    let result = runner.run(&strategy, |text| {
        let draft = Draft::new("draft.md", &text);
        let checked = recoupe::check(
            &draft,
            corpus(),
            &recoupe::Options::new(Default::default(), &draft.doc.text),
        );
        if checked.iter().any(|c| !c.fixes.is_empty()) {
            with_fixes.fetch_add(1, Ordering::Relaxed);
        }
        check_results(&draft, corpus(), &checked)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let n = with_fixes.load(Ordering::Relaxed);
    assert!(
        n >= cases as usize / 4,
        "only {n} of {cases} drafts had a fix: the generator no longer reaches the fixes"
    );
}

// ------------------------------------------------------------ over the language server

/// LSP position (UTF-16) of a byte offset, with LSP's lines (`\n`, `\r\n`, lone `\r`).
fn lsp_position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let b = before.as_bytes();
    let mut line = 0;
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let breaks = c == b'\n' || (c == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
        if breaks {
            line += 1;
            start = i + 1;
        }
    }
    json!({"line": line, "character": before[start..].encode_utf16().count()})
}

/// The byte offset of an LSP position (UTF-16), clamped as the protocol says.
fn lsp_offset(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().unwrap_or(0) as usize;
    let col = pos["character"].as_u64().unwrap_or(0) as usize;
    let b = text.as_bytes();
    let mut starts = vec![0];
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    let Some(&start) = starts.get(line) else {
        return text.len();
    };
    let mut end = starts.get(line + 1).copied().unwrap_or(text.len());
    while end > start && matches!(b[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    let mut units = 0;
    for (i, c) in text[start..end].char_indices() {
        if units >= col {
            return start + i;
        }
        units += c.len_utf16();
    }
    end
}

/// The offsets an editor can point at: char boundaries not between `\r` and `\n`.
fn boundaries(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .filter(|&i| !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text[i..].starts_with('\n')))
        .collect()
}

/// A server on the real engine over the invented corpus, re-checking at once.
fn server() -> (Lsp, lsp_support::Ws) {
    let ws = workspace(Some("corpus = [\"storm\"]\ndebounce_ms = 0\n"), &[]);
    std::fs::create_dir_all(ws.join("storm")).expect("corpus folder");
    for (name, text) in CORPUS {
        std::fs::write(ws.join("storm").join(name), text).expect("corpus file");
    }
    let engine = recoupe::lsp::Engine::stand_in(|d: &Draft, c: &Corpus, o: &recoupe::Options| {
        recoupe::check(d, c, o)
    });
    let mut lsp = Lsp::in_memory(engine);
    lsp.initialize(&ws, utf16_caps());
    (lsp, ws)
}

fn published(n: &Value, uri: &str, version: i64) -> bool {
    n["method"] == "textDocument/publishDiagnostics"
        && n["params"]["uri"] == uri
        && n["params"]["version"] == version
}

/// An edit: where it starts and ends (indices into the editable offsets) and the text
/// it writes, as a writer fixing a figure or a date would.
fn edit() -> impl Strategy<Value = (Index, Index, String)> {
    let text = prop_oneof![
        3 => figure(),
        2 => noise(),
        1 => sentence(),
        1 => Just(String::new()),
        1 => one_of(&["0", "00", " ", "mardi", "Tuesday", "« ", "é"]),
    ];
    (any::<Index>(), any::<Index>(), text)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, max_shrink_iters: 16, ..ProptestConfig::default() })]

    /// After any ~10 incremental edits (UTF-16 ranges, one or two per `didChange`),
    /// the diagnostics published for the last version are those of a fresh open of
    /// the final text (once a claim held back while typing has been shown again).
    #[test]
    fn diagnostics_after_edits_equal_a_fresh_open(
        initial in draft(),
        edits in proptest::collection::vec((edit(), proptest::bool::weighted(0.3), edit()), 6..10),
    ) {
        let (mut lsp, ws) = server();
        let uri = file_uri(&ws.join("edited.md"));
        lsp.open(&uri, &initial);
        let mut text = initial.clone();
        let mut version = 1;
        for (first, two, second) in &edits {
            let mut changes = Vec::new();
            for (a, b, insert) in std::iter::once(first).chain(two.then_some(second)) {
                let bs = boundaries(&text);
                let (a, b) = (bs[a.index(bs.len())], bs[b.index(bs.len())]);
                let (a, b) = (a.min(b), a.max(b));
                changes.push(json!({"range": {"start": lsp_position(&text, a), "end": lsp_position(&text, b)},
                                    "text": insert}));
                text.replace_range(a..b, insert);
            }
            version += 1;
            lsp.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
            );
        }
        let fresh_uri = file_uri(&ws.join("fresh.md"));
        let skip = lsp.notes.len();
        lsp.open(&fresh_uri, &text);
        let fresh = lsp.diagnostics(skip, &fresh_uri, 1);
        // The first publication of the last version may hold back a claim the last
        // edit touched (TYPING_PAUSE, 1 s); it is published again after the pause.
        let first = lsp.wait_note(0, |n| published(n, &uri, version));
        prop_assert!(first.is_some(), "no diagnostics for version {}", version);
        if first.map(|n| n["params"]["diagnostics"].clone()) != Some(Value::Array(fresh.clone())) {
            lsp.pump(Duration::from_millis(2500));
        }
        let last = lsp
            .notes
            .iter()
            .rev()
            .find(|n| published(n, &uri, version))
            .map(|n| n["params"]["diagnostics"].clone());
        prop_assert_eq!(last, Some(Value::Array(fresh)), "text {:?}", text);
        prop_assert!(lsp.shutdown());
    }
}

/// A line of accents and emoji before a claim, so UTF-16 columns differ from bytes.
fn wide_prefix() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        one_of(&[
            "😀 ",
            "Été ",
            "👩\u{200d}🚒 ",
            "e\u{301}té ",
            "𝄞 ",
            "« Déjà » ",
            "🇫🇷 ",
        ]),
        1..4,
    )
    .prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, max_shrink_iters: 16, ..ProptestConfig::default() })]

    /// Every code action offered on every diagnostic, applied in UTF-16, edits the
    /// claim's range only (a replacement) or inserts text without removing any; a
    /// "Replace with" fix replaces exactly the part of the claim it corrects.
    #[test]
    fn code_actions_in_utf16_change_only_their_claim(
        sentences in proptest::collection::vec((wide_prefix(), sentence()), 1..4),
    ) {
        let text = format!(
            "---\ndate: 2024-11-15\n---\n{}\n",
            sentences.iter().map(|(p, s)| format!("{p}{s}")).collect::<Vec<_>>().join("\n\n")
        );
        let (mut lsp, ws) = server();
        let uri = file_uri(&ws.join("draft.md"));
        lsp.open(&uri, &text);
        let diags = lsp.diagnostics(0, &uri, 1);
        for d in &diags {
            let (a, b) = (lsp_offset(&text, &d["range"]["start"]), lsp_offset(&text, &d["range"]["end"]));
            prop_assert!(a < b, "empty diagnostic {}", d);
            let r = lsp.request(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri}, "range": d["range"],
                       "context": {"diagnostics": [d]}}),
            );
            let actions = r["result"].as_array().cloned().unwrap_or_default();
            for action in &actions {
                let edits = action["edit"]["changes"][&uri].as_array().cloned().unwrap_or_default();
                prop_assert!(!edits.is_empty(), "an action with no edit: {}", action);
                let mut spans: Vec<(usize, usize, String)> = edits
                    .iter()
                    .map(|e| {
                        (
                            lsp_offset(&text, &e["range"]["start"]),
                            lsp_offset(&text, &e["range"]["end"]),
                            e["newText"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect();
                for (s, e, _) in &spans {
                    prop_assert!(
                        s == e || (a <= *s && *e <= b),
                        "{} removes text outside its claim {:?}: {:?}",
                        action["title"], &text[a..b], &text[*s..*e]
                    );
                }
                spans.sort_by_key(|s| std::cmp::Reverse(s.0));
                let mut fixed = text.clone();
                for (s, e, t) in &spans {
                    fixed.replace_range(*s..*e, t);
                }
                if action["title"].as_str().is_some_and(|t| t.starts_with("Replace with")) {
                    prop_assert_eq!(spans.len(), 1);
                    let (s, e, t) = &spans[0];
                    prop_assert!(a <= *s && *e <= b);
                    prop_assert_eq!(&fixed[..*s], &text[..*s]);
                    prop_assert_eq!(&fixed[*s + t.len()..], &text[*e..]);
                }
                check_draft(&Draft::new("fixed.md", &fixed))?;
            }
        }
        prop_assert!(lsp.shutdown());
    }
}

/// The LSP helpers above agree with the server's notion of lines on a text with every
/// line ending, accents and an astral char.
#[test]
fn lsp_position_helpers_round_trip() {
    let text = "é😀a\r\nb\rc\n\n𝄞d";
    // (offset, line, character)
    for (offset, line, character) in [
        (0, 0, 0),
        (2, 0, 1),
        (7, 0, 4),
        (9, 1, 0),
        (11, 2, 0),
        (14, 4, 0),
        (18, 4, 2),
    ] {
        let p = lsp_position(text, offset);
        assert_eq!(p, json!({"line": line, "character": character}), "{offset}");
        assert_eq!(lsp_offset(text, &p), offset);
    }
    assert_eq!(lsp_offset(text, &json!({"line": 0, "character": 99})), 7);
    assert_eq!(
        lsp_offset(text, &json!({"line": 9, "character": 0})),
        text.len()
    );
}

// ------------------------------------------------------------ regressions from fuzzing

/// Found by the `lsp_stream` fuzz target: when the client's input ended while a
/// request handler awaited the client's answer (`workspace/executeCommand` reloading
/// the settings asks `workspace/configuration`), the transport waited for that answer
/// forever and `recoupe lsp` never exited. Now it stops `INPUT_END_GRACE` after the
/// input ends, unclean (no `shutdown` came).
#[test]
fn the_server_stops_when_its_input_ends_while_it_awaits_the_client() {
    use recoupe::lsp::framing::{encode, Frame, FrameReader};
    use tokio::io::AsyncWriteExt;

    let ws = workspace(Some("corpus = [\"sources\"]\n"), &[]);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let outcome = rt.block_on(async {
        let (client, server) = tokio::io::duplex(1 << 16);
        let (server_r, server_w) = tokio::io::split(server);
        let (client_r, mut client_w) = tokio::io::split(client);
        let engine =
            recoupe::lsp::Engine::stand_in(|_: &Draft, _: &Corpus, _: &recoupe::Options| {
                Vec::new()
            });
        let served = tokio::spawn(recoupe::lsp::serve(server_r, server_w, engine));
        let mut frames = FrameReader::new(client_r);
        let root = file_uri(&ws);
        // (message to send, what to wait for, whether to answer it)
        let steps = [
            (
                json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                    "processId": null, "rootUri": root,
                    "capabilities": {"workspace": {"configuration": true}}}}),
                "response",
                false,
            ),
            (
                json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
                "workspace/configuration",
                true,
            ),
            (
                json!({"jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand",
                       "params": {"command": "recoupe.reloadCorpus", "arguments": []}}),
                "workspace/configuration",
                false,
            ),
        ];
        for (msg, until, answer) in steps {
            let sent = client_w
                .write_all(&encode(msg.to_string().as_bytes()))
                .await;
            assert!(sent.is_ok());
            loop {
                let frame =
                    tokio::time::timeout(Duration::from_secs(10), frames.next_frame()).await;
                let Ok(Ok(Some(Frame::Body(body)))) = frame else {
                    panic!("no {until} from the server: {frame:?}");
                };
                let v: Value = serde_json::from_slice(&body).unwrap_or_default();
                if v["method"].as_str().unwrap_or("response") != until {
                    continue;
                }
                if answer {
                    let reply = json!({"jsonrpc": "2.0", "id": v["id"], "result": [{}]});
                    let sent = client_w
                        .write_all(&encode(reply.to_string().as_bytes()))
                        .await;
                    assert!(sent.is_ok());
                }
                break;
            }
        }
        // The client goes away without answering the last question.
        let _ = client_w.shutdown().await;
        drop(client_w);
        tokio::spawn(async move { while let Ok(Some(_)) = frames.next_frame().await {} });
        tokio::time::timeout(Duration::from_secs(10), served).await
    });
    match outcome {
        Ok(Ok(clean)) => assert!(!clean, "no shutdown came, so the end is not clean"),
        Ok(Err(e)) => panic!("the server task failed: {e}"),
        Err(_) => panic!("the server did not stop within 10 s of its input's end"),
    }
    rt.shutdown_background();
}
