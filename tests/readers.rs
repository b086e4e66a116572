//! Sources as reporters keep them, through the loader: a saved web page (with its
//! `_files` folder), a PDF printed by LibreOffice and a Word file written by pandoc
//! (tests/data/readers, made by `make/make.sh`), with their metadata and places; and
//! the cache, which re-reads a changed file of any kind and leaves an unchanged one
//! unread; and a draft checked against them, whose evidence names the page or the
//! paragraph, in `recoupe check --format json` and in the language server's hover
//! and go-to-definition.

mod lsp_support;

use lsp_support::{file_uri, find, position, utf16_caps, Lsp, TempDir};
use recoupe::corpus::disk;
use recoupe::document::Place;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/sources")
}

/// A fresh copy of the fixture sources (the `_files` folder too), its files dated an
/// hour ago so that the cache may vouch for them.
fn copy_of_fixtures(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("recoupe-readers-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let src = root.join("sources");
    for e in walkdir::WalkDir::new(fixtures()).into_iter().flatten() {
        let rel = e
            .path()
            .strip_prefix(fixtures())
            .expect("under the fixtures");
        let to = src.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(e.path(), &to).expect("copy");
            set_mtime(&to, SystemTime::now() - Duration::from_secs(3600));
        }
    }
    (root, src)
}

fn set_mtime(path: &Path, t: SystemTime) {
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open");
    f.set_modified(t).expect("set mtime");
}

/// `check(file, title, date, (needle, place))`: a fixture loads with its metadata,
/// and the sentence holding `needle` stands at `place`.
fn check(
    corpus: &recoupe::corpus::Corpus,
    file: &str,
    title: &str,
    date: &str,
    places: &[(&str, Place)],
) {
    let source = corpus
        .docs
        .iter()
        .find(|s| s.doc.file_name() == file)
        .unwrap_or_else(|| panic!("{file} not loaded"));
    let doc = &source.doc;
    assert_eq!(doc.meta.title.as_deref(), Some(title), "{file}");
    assert_eq!(doc.meta.date.as_deref(), Some(date), "{file}");
    for (needle, place) in places {
        let at = doc
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {file}: {}", doc.text));
        assert_eq!(doc.place_of(at), *place, "{needle} in {file}");
    }
    assert!(!source.claims.is_empty(), "{file} has no claims");
}

#[test]
fn each_kind_loads_with_its_metadata_and_places() {
    let (corpus, warnings, _) = disk::load(&[fixtures()], None);
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
    names.sort();
    // The saved page's `bridge_files/` (a script, a stylesheet, an advert frame) is
    // part of the page, not a source of its own.
    assert_eq!(names, ["bridge.html", "press-release.docx", "report.pdf"]);
    check(
        &corpus,
        "report.pdf",
        "Quillmere Water Board: Annual Report 2025",
        "2026-03-20",
        &[
            ("met eleven times", Place::Page(1)),
            ("replaced 37 kilometres", Place::Page(2)),
            ("11.6 million euros", Place::Page(3)),
        ],
    );
    check(
        &corpus,
        "press-release.docx",
        "Quillmere Fire Service: 2025 in figures",
        "2026-01-09",
        &[
            ("Fire crews attended 214 fires", Place::Paragraph(4)),
            ("Floods | 57", Place::Paragraph(8)),
            ("recruited 26 volunteer", Place::Paragraph(9)),
        ],
    );
    check(
        &corpus,
        "bridge.html",
        "Quillmere harbour bridge reopens after repairs",
        "2026-02-14",
        &[
            ("reopened to traffic", Place::Paragraph(1)),
            ("The repairs cost 4.2 million euros", Place::Paragraph(2)),
        ],
    );
    let page = corpus
        .docs
        .iter()
        .find(|s| s.doc.file_name() == "bridge.html")
        .expect("the page");
    assert_eq!(
        page.doc.meta.outlet.as_deref(),
        Some("The Lowfield Courier")
    );
}

/// The cache stamps every kind by its bytes: an unchanged page, PDF or Word file is
/// not read again; a changed one is, and what it now says is what is checked.
#[test]
fn the_cache_rereads_a_changed_file_of_every_kind_and_no_other() {
    let (root, src) = copy_of_fixtures("cache");
    let cache = root.join("cache");
    let roots = vec![src.clone()];
    let (_, w, r1) = disk::load(&roots, Some(&cache));
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((r1.unread, r1.parsed, r1.written), (0, 3, true));
    let (_, _, r2) = disk::load(&roots, Some(&cache));
    assert_eq!(
        (r2.unread, r2.reused, r2.parsed, r2.index_reused),
        (3, 3, 0, true)
    );

    let later = SystemTime::now() - Duration::from_secs(1800);
    // The page: a figure changed.
    let page = src.join("bridge.html");
    let html = std::fs::read_to_string(&page).expect("page");
    std::fs::write(&page, html.replace("4.2 million", "4.7 million")).expect("write");
    set_mtime(&page, later);
    let (corpus, _, r3) = disk::load(&roots, Some(&cache));
    assert_eq!((r3.unread, r3.reused, r3.parsed), (2, 2, 1));
    let text = |corpus: &recoupe::corpus::Corpus, name: &str| {
        corpus
            .docs
            .iter()
            .find(|s| s.doc.file_name() == name)
            .map(|s| s.doc.text.clone())
            .unwrap_or_default()
    };
    assert!(text(&corpus, "bridge.html").contains("4.7 million euros"));

    // The Word file: a figure changed inside its zipped XML.
    let docx = src.join("press-release.docx");
    std::fs::write(&docx, rezip(&docx, "214 fires", "219 fires")).expect("write");
    set_mtime(&docx, later);
    let (corpus, _, r4) = disk::load(&roots, Some(&cache));
    assert_eq!((r4.unread, r4.reused, r4.parsed), (2, 2, 1));
    assert!(text(&corpus, "press-release.docx").contains("219 fires"));

    // The PDF: an incremental update appended (what editing tools write); the
    // same size and mtime would not vouch for it, its bytes are hashed.
    let pdf = src.join("report.pdf");
    let mut bytes = std::fs::read(&pdf).expect("pdf");
    bytes.extend_from_slice(b"\n% annotated\n");
    std::fs::write(&pdf, bytes).expect("write");
    set_mtime(&pdf, later);
    let (_, w, r5) = disk::load(&roots, Some(&cache));
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((r5.unread, r5.reused, r5.parsed), (2, 2, 1));

    // Touched, not changed: read and hashed, not parsed again.
    set_mtime(&pdf, later + Duration::from_secs(60));
    let (_, _, r6) = disk::load(&roots, Some(&cache));
    assert_eq!(
        (r6.unread, r6.reused, r6.parsed, r6.index_reused),
        (2, 3, 0, true)
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// The Word file at `path`, zipped again with `from` replaced by `to` in its
/// document part.
fn rezip(path: &Path, from: &str, to: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).expect("entry");
            let name = f.name().to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("read entry");
            if name == "word/document.xml" {
                let xml = String::from_utf8(data).expect("xml");
                assert!(xml.contains(from), "{from} not in the document");
                data = xml.replace(from, to).into_bytes();
            }
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            w.start_file(name, opts).expect("start");
            w.write_all(&data).expect("write entry");
        }
        w.finish().expect("finish");
    }
    out.into_inner()
}

/// A draft on the reports, invented like them: two figures that agree with the PDF
/// and the Word file, and one from each kind that does not.
const DRAFT: &str = "# Quillmere counts its year

The Quillmere Water Board replaced 37 kilometres of pipes in 2025, the chief executive, Dana Okoro, said.

The board invested 14 million euros in the network during the year.

Fire crews attended 214 fires in 2025, the chief fire officer, Tomas Brell, said.

The fire service recruited 30 volunteer firefighters during the year.

About 25,000 vehicles cross the harbour bridge every day, according to the council's traffic office.
";

/// `recoupe check --format json` on the draft: each contradicted figure's evidence
/// names its file and its page (PDF) or paragraph (Word file, web page).
#[test]
fn a_draft_checked_against_each_kind_cites_the_page_or_paragraph() {
    let tmp = TempDir::new("readers-cli");
    let draft = tmp.join("draft.md");
    std::fs::write(&draft, DRAFT).expect("draft");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_recoupe"))
        .args(["check", "--format", "json", "--corpus"])
        .arg(fixtures())
        .arg(&draft)
        .env("RECOUPE_CACHE_DIR", "off")
        .output()
        .expect("run recoupe check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let found: Vec<(String, String, String, String, String)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let e = &f["evidence"][0];
            let file = e["source"]
                .as_str()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("");
            (
                f["code"].as_str().unwrap_or("").to_string(),
                f["text"].as_str().unwrap_or("").to_string(),
                file.to_string(),
                e["place"]["label"].as_str().unwrap_or("").to_string(),
                e["value"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let expected = [
        (
            "contradicted",
            "14 million",
            "report.pdf",
            "p. 3",
            "11.6 million",
        ),
        ("contradicted", "30", "press-release.docx", "§ 9", "26"),
        (
            "contradicted",
            "About 25,000",
            "bridge.html",
            "§ 3",
            "About 18,000",
        ),
    ]
    .map(|(a, b, c, d, e)| (a.into(), b.into(), c.into(), d.into(), e.into()));
    assert_eq!(found, expected, "{}", String::from_utf8_lossy(&out.stdout));
    let place = &v["findings"][0]["evidence"][0]["place"];
    assert_eq!(place["kind"], "page");
    assert_eq!(place["number"], 3);
    // The agreeing figures are no findings: supported.
    assert_eq!(v["summary"]["by_verdict"], json!({"contradicted": 3}));
}

/// The language server: the hover on an agreeing figure cites the PDF's page and the
/// Word file's paragraph, and go-to-definition opens the PDF at its start.
#[test]
fn the_hover_cites_the_page_and_definition_opens_the_file() {
    let ws = TempDir::new("readers-lsp");
    let src = ws.join("sources");
    for e in walkdir::WalkDir::new(fixtures()).into_iter().flatten() {
        let rel = e
            .path()
            .strip_prefix(fixtures())
            .expect("under the fixtures");
        if e.file_type().is_dir() {
            std::fs::create_dir_all(src.join(rel)).expect("mkdir");
        } else {
            std::fs::copy(e.path(), src.join(rel)).expect("copy");
        }
    }
    std::fs::write(ws.join("recoupe.toml"), "corpus = [\"sources\"]\n").expect("config");
    std::fs::write(ws.join("draft.md"), DRAFT).expect("draft");
    let mut lsp = Lsp::in_memory(recoupe::lsp::Engine::Real);
    lsp.initialize(&ws, utf16_caps());
    let uri = file_uri(&ws.join("draft.md"));
    lsp.open(&uri, DRAFT);
    let diags = lsp.diagnostics(0, &uri, 1);
    assert_eq!(diags.len(), 3, "{diags:#?}");
    let at = |word: &str| {
        let (a, b) = find(DRAFT, word, 0);
        json!({"textDocument": {"uri": uri}, "position": position(DRAFT, (a + b) / 2, false)})
    };
    let hover = |lsp: &mut Lsp, word: &str| {
        let r = lsp.request("textDocument/hover", at(word));
        r["result"]["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let pipes = hover(&mut lsp, "37 kilometres");
    assert!(pipes.contains("`report.pdf` p. 2"), "{pipes}");
    let fires = hover(&mut lsp, "214 fires");
    assert!(fires.contains("`press-release.docx` § 4"), "{fires}");
    // The related information of the contradicted figure names the page.
    let invested = diags
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("14 million"))
        })
        .expect("the invested figure");
    let related = invested["relatedInformation"][0]["message"]
        .as_str()
        .unwrap_or("");
    assert!(related.starts_with("report.pdf, p. 3: "), "{related}");
    // The message itself cites the page, not a line of the extracted text.
    let message = invested["message"].as_str().unwrap_or("");
    assert!(message.contains("(report.pdf, p. 3)"), "{message}");
    let def = lsp.request("textDocument/definition", at("37 kilometres"));
    let loc = &def["result"][0];
    assert!(
        loc["uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("/sources/report.pdf")),
        "{def}"
    );
    assert_eq!(loc["range"]["start"], json!({"line": 0, "character": 0}));
}
