//! Sources as reporters keep them, through the loader: a saved web page (with its
//! `_files` folder), a PDF printed by LibreOffice and a Word file written by pandoc
//! (tests/data/readers, made by `make/make.sh`), with their metadata and places; and
//! the cache, which re-reads a changed file of any kind and leaves an unchanged one
//! unread.

use recoupe::corpus::disk;
use recoupe::document::Place;
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
