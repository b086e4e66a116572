//! Corpus faults: files that cannot be used are skipped with a warning that names
//! them, and the rest loads, through `corpus::disk::load`, `recoupe check` (warnings on
//! stderr, exit code from the findings alone) and the language server (logged, and
//! the server keeps serving). Also: a corpus folder removed while the server runs.

mod lsp_support;

use lsp_support::*;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A fresh temporary folder open to every user (the permission tests run as
/// `nobody`), removed when dropped, with the modes the tests took away given back.
struct Tmp(TempDir);

impl Tmp {
    fn new(name: &str) -> Tmp {
        let dir = TempDir::new(&format!("faults-{name}"));
        open_to_all(&dir);
        Tmp(dir)
    }
}

impl std::ops::Deref for Tmp {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        // give back the modes the tests took away, so the folder can be removed
        for e in walk(&self.0) {
            set_mode(&e, 0o755);
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        set_mode(&d, 0o755);
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                todo.push(p.clone());
            }
            out.push(p);
        }
    }
    out
}

#[cfg(unix)]
fn set_mode(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    if p.symlink_metadata()
        .is_ok_and(|m| !m.file_type().is_symlink())
    {
        let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode));
    }
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) {}

/// Readable (and enterable) by every user, whatever the umask: the permission test
/// reads it as another user.
fn open_to_all(p: &Path) {
    set_mode(p, 0o755);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
        open_to_all(parent);
    }
    std::fs::write(&p, bytes).expect("write");
    set_mode(&p, 0o644);
    p
}

/// A file `mib` MiB long with no block written: as large as a real one to the
/// loader's size check, without the disk it would take.
fn sparse(dir: &Path, name: &str, mib: u64) -> PathBuf {
    let p = write(dir, name, b"");
    std::fs::File::options()
        .write(true)
        .open(&p)
        .and_then(|f| f.set_len(mib * 1024 * 1024))
        .expect("set_len");
    p
}

/// Expected warnings: (file, part of the reason).
type Warned<'a> = &'a [(&'a str, &'a str)];

/// `check(files, expected loaded file names, expected warnings as (file, reason part))`
fn check(files: &[(&str, &[u8])], loaded: &[&str], warned: &[(&str, &str)]) {
    let dir = Tmp::new("load");
    for (name, bytes) in files {
        write(&dir, name, bytes);
    }
    let (corpus, warnings, _) = recoupe::corpus::disk::load(&[dir.to_path_buf()], None);
    let names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
    assert_eq!(names, loaded);
    assert_warned(&warnings, warned);
}

fn assert_warned(warnings: &[recoupe::corpus::disk::LoadWarning], warned: &[(&str, &str)]) {
    for (file, reason) in warned {
        assert!(
            warnings
                .iter()
                .any(|w| w.path.ends_with(file) && w.reason.to_string().contains(reason)),
            "no warning naming {file} with {reason:?} in {warnings:?}"
        );
    }
    assert_eq!(warnings.len(), warned.len(), "{warnings:?}");
}

/// Bytes that are not UTF-8 and hold no NUL: what a mis-saved or corrupted file
/// looks like (a fixed pseudo-random sequence, so failures reproduce).
fn junk(n: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 255) as u8 + 1
        })
        .collect()
}

#[test]
fn skips_bad_files_and_keeps_the_rest() {
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Un texte.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let junk = junk(4096);
    check(
        &[
            ("a.md", "Un texte de 12 000 mots.".as_bytes()),
            ("b.txt", b"binary\0junk"),
            ("c.md", b"caf\xe9 latin-1"),
            ("d.md", b""),
            ("d2.md", b" \n\t\r\n  "),
            ("e.pdf", b"%PDF ignored"),
            ("f.markdown", &junk),
            ("g.txt", &utf16),
            ("sub/h.MD", "Un autre texte, 300 mots.".as_bytes()),
        ],
        &["a.md", "h.MD"],
        &[
            ("b.txt", "binary"),
            ("c.md", "not valid UTF-8 (at byte 3)"),
            ("d.md", "empty file"),
            ("d2.md", "empty file"),
            ("f.markdown", "not valid UTF-8"),
            ("g.txt", "binary"),
            ("e.pdf", "corrupt or unreadable PDF"),
        ],
    );
}

#[test]
fn a_missing_folder_is_a_warning() {
    let (corpus, warnings, _) =
        recoupe::corpus::disk::load(&[PathBuf::from("/no/such/recoupe/folder")], None);
    assert!(corpus.is_empty());
    assert_warned(&warnings, &[("folder", "corpus folder not found")]);
}

#[test]
fn scraped_comments_are_not_sources() {
    let dir = Tmp::new("comments");
    write(
        &dir,
        "page.txt",
        "Le maire annonce 300 logements.\n2 commentaires\nJe crois que 900 logements.\n".as_bytes(),
    );
    let (corpus, _, _) = recoupe::corpus::disk::load(&[dir.to_path_buf()], None);
    let doc = &corpus.docs[0].doc;
    let texts: Vec<&str> = (0..doc.sentences.len())
        .map(|i| doc.sentence_text(i))
        .collect();
    assert_eq!(texts, ["Le maire annonce 300 logements."]);
}

#[test]
fn a_folder_configured_inside_another_is_read_once() {
    let dir = Tmp::new("overlap");
    write(&dir, "a.md", "Le bac transporte 80 passagers.".as_bytes());
    write(&dir, "sub/b.md", "La digue mesure 12 mètres.".as_bytes());
    for roots in [
        vec![dir.to_path_buf(), dir.join("sub")],
        vec![dir.join("sub"), dir.to_path_buf()],
        vec![dir.to_path_buf(), dir.join("./sub/..")],
    ] {
        let (corpus, warnings, _) = recoupe::corpus::disk::load(&roots, None);
        let mut names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
        names.sort();
        assert_eq!(names, ["a.md", "b.md"], "{roots:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}

#[test]
fn a_file_deleted_between_listing_and_reading_is_named() {
    let dir = Tmp::new("deleted");
    write(&dir, "a.md", "Le bac transporte 80 passagers.".as_bytes());
    let gone = write(&dir, "b.md", "La digue mesure 12 mètres.".as_bytes());
    let (files, warnings) = recoupe::corpus::disk::list_files(&[dir.to_path_buf()]);
    assert!(
        warnings.is_empty() && files.len() == 2,
        "{files:?} {warnings:?}"
    );
    std::fs::remove_file(&gone).expect("delete");
    let (corpus, warnings, _) =
        recoupe::corpus::disk::load_files(&[dir.to_path_buf()], files, None);
    let names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
    assert_eq!(names, ["a.md"]);
    assert_warned(&warnings, &[("b.md", "vanished before it could be read")]);
}

/// Bytes this process has read through `read` calls so far (Linux).
#[cfg(target_os = "linux")]
fn bytes_read() -> u64 {
    let io = std::fs::read_to_string("/proc/self/io").expect("/proc/self/io");
    io.lines()
        .find_map(|l| l.strip_prefix("rchar:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("rchar in /proc/self/io")
}

#[test]
#[cfg(target_os = "linux")]
fn a_200_mb_file_is_skipped_without_being_read() {
    let dir = Tmp::new("big");
    write(&dir, "a.md", "Le bac transporte 80 passagers.".as_bytes());
    // sparse: 200 MB long, no blocks written
    sparse(&dir, "big.md", 200);
    let before = bytes_read();
    let (corpus, warnings, _) = recoupe::corpus::disk::load(&[dir.to_path_buf()], None);
    let read = bytes_read() - before;
    assert_eq!(corpus.docs.len(), 1);
    assert_warned(
        &warnings,
        &[("big.md", "too large (210 MB; the limit is 8 MB)")],
    );
    // other tests read small files meanwhile; reading the big one would be 200 MB
    assert!(read < 20 * 1024 * 1024, "{read} bytes read");
}

#[test]
#[cfg(unix)]
fn symlink_loops_and_broken_links_are_named() {
    use std::os::unix::fs::symlink;
    let dir = Tmp::new("links");
    write(&dir, "a.md", "Le bac transporte 80 passagers.".as_bytes());
    write(&dir, "sub/b.md", "La digue mesure 12 mètres.".as_bytes());
    // a folder link back to an ancestor, a link to itself, a link to nothing
    symlink("..", dir.join("sub/back")).expect("symlink");
    symlink("self.md", dir.join("self.md")).expect("symlink");
    symlink("nowhere.md", dir.join("broken.md")).expect("symlink");
    // a link to a file inside the corpus: read once, not twice
    symlink("sub/b.md", dir.join("alias.md")).expect("symlink");
    let (corpus, warnings, _) = recoupe::corpus::disk::load(&[dir.to_path_buf()], None);
    let names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
    assert_eq!(names, ["a.md", "alias.md"]);
    assert_warned(
        &warnings,
        &[
            ("sub/back", "symlink loop"),
            ("self.md", "symlink that cannot be resolved"),
            ("broken.md", "broken symlink"),
        ],
    );
}

#[test]
#[cfg(unix)]
fn symlinks_out_of_the_corpus_are_followed_only_when_their_target_is_configured() {
    use std::os::unix::fs::symlink;
    let ws = Tmp::new("escape");
    let outside = Tmp::new("outside");
    write(
        &ws,
        "sources/a.md",
        "Le bac transporte 80 passagers.".as_bytes(),
    );
    write(
        &outside,
        "private/notes.md",
        "Le code du coffre est 4 812.".as_bytes(),
    );
    symlink(outside.join("private"), ws.join("sources/private")).expect("symlink");
    symlink(
        outside.join("private/notes.md"),
        ws.join("sources/notes.md"),
    )
    .expect("symlink");
    // (configured folders, loaded file names, warnings)
    let cases: [(Vec<PathBuf>, &[&str], Warned); 3] = [
        (
            vec![ws.join("sources")],
            &["a.md"],
            &[
                (
                    "sources/private",
                    "outside the corpus folders: not followed",
                ),
                (
                    "sources/notes.md",
                    "outside the corpus folders: not followed",
                ),
            ],
        ),
        // configured explicitly, by a path that leaves the workspace: read, once
        (
            vec![
                ws.join("sources"),
                ws.join("../")
                    .join(outside.file_name().expect("name"))
                    .join("private"),
            ],
            &["a.md", "notes.md"],
            &[],
        ),
        // a configured folder may itself be a link
        (vec![ws.join("sources/private")], &["notes.md"], &[]),
    ];
    for (folders, loaded, warned) in cases {
        let (corpus, warnings, _) = recoupe::corpus::disk::load(&folders, None);
        let names: Vec<String> = corpus.docs.iter().map(|s| s.doc.file_name()).collect();
        assert_eq!(names, loaded, "{folders:?}");
        assert_warned(&warnings, warned);
    }
}

// ------------------------------------------ as an unprivileged user, over the binary

/// The effective user id of this process (Linux), from /proc.
#[cfg(unix)]
fn euid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let uid = status.lines().find_map(|l| l.strip_prefix("Uid:"))?;
    uid.split_whitespace().nth(1)?.parse().ok()
}

/// The recoupe binary where any user may run it: in place if every folder above it
/// lets others through, else a copy in `tmp`.
#[cfg(unix)]
fn binary_for_anyone(tmp: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_recoupe"));
    let open = bin.ancestors().all(|p| {
        p.metadata()
            .is_ok_and(|m| m.permissions().mode() & 0o001 != 0)
    });
    if open {
        return bin;
    }
    let copy = tmp.join("recoupe-bin");
    std::fs::copy(&bin, &copy).expect("copy the binary");
    set_mode(&copy, 0o755);
    copy
}

/// A command running `bin` as a user without privileges. Root reads any file
/// whatever its mode, so as root the command drops to `nobody` with setpriv
/// (util-linux, on every Debian-like system); as anyone else it runs as is.
#[cfg(unix)]
fn unprivileged(bin: &Path) -> Command {
    if euid() == Some(0) {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin);
        c
    } else {
        Command::new(bin)
    }
}

/// A corpus folder holding the example sources and one of each fault, with a
/// cache folder the unprivileged user may write to. Returns what each fault's
/// warning must say, by file, in English and in French.
#[cfg(unix)]
fn faulty_corpus(dir: &Path) -> Vec<(&'static str, &'static str, &'static str)> {
    use std::os::unix::fs::symlink;
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources");
    for e in std::fs::read_dir(examples).expect("examples").flatten() {
        let bytes = std::fs::read(e.path()).expect("read example");
        write(dir, &e.file_name().to_string_lossy(), &bytes);
    }
    let locked = write(
        dir,
        "locked.md",
        "Le coffre contient 4 812 pièces.".as_bytes(),
    );
    set_mode(&locked, 0o000);
    write(
        dir,
        "closed/inside.md",
        "Le tunnel mesure 900 mètres.".as_bytes(),
    );
    set_mode(&dir.join("closed"), 0o000);
    write(dir, "binary.md", b"\x7fELF\0\0\x01");
    write(dir, "latin1.md", b"Le caf\xe9 ferme.");
    write(dir, "empty.md", b"");
    let big = write(dir, "big.txt", b"");
    std::fs::File::options()
        .write(true)
        .open(&big)
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("set_len");
    symlink(".", dir.join("loop")).expect("symlink");
    symlink("/etc", dir.join("etc")).expect("symlink");
    vec![
        ("locked.md", "permission denied", "permission refusée"),
        ("closed", "permission denied", "permission refusée"),
        ("binary.md", "binary file", "fichier binaire"),
        ("latin1.md", "not valid UTF-8", "pas en UTF-8 valide"),
        ("empty.md", "empty file", "fichier vide"),
        ("big.txt", "too large", "trop volumineux"),
        ("loop", "symlink loop", "boucle de liens symboliques"),
        (
            "etc",
            "outside the corpus folders",
            "hors des dossiers du corpus",
        ),
    ]
}

#[test]
#[cfg(unix)]
fn recoupe_check_names_each_fault_on_stderr_and_checks_against_the_rest() {
    let tmp = Tmp::new("check");
    let corpus = tmp.join("corpus");
    let faults = faulty_corpus(&corpus);
    let draft = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/draft.md"))
        .expect("draft");
    let draft = write(&tmp, "draft.md", &draft);
    let cache = tmp.join("cache");
    std::fs::create_dir_all(&cache).expect("cache dir");
    set_mode(&cache, 0o777);
    let out = unprivileged(&binary_for_anyone(&tmp))
        .args(["check", "--corpus"])
        .arg(&corpus)
        .arg(&draft)
        .current_dir(&*tmp)
        .env("RECOUPE_CACHE_DIR", &cache)
        .env("XDG_CACHE_HOME", &cache)
        .env("HOME", &cache)
        .output()
        .expect("run recoupe check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (file, _, reason) in &faults {
        let named = stderr.lines().any(|l| {
            // the example draft is French: « ignoré : <file>: <reason in French> »
            l.starts_with("recoupe: warning: ignoré")
                && l.contains(&format!("{}:", corpus.join(file).display()))
                && l.contains(reason)
        });
        assert!(named, "no warning for {file} ({reason}) in:\n{stderr}");
    }
    let warnings = stderr.lines().filter(|l| l.contains("warning:")).count();
    assert_eq!(warnings, faults.len(), "{stderr}");
    // skipped files do not change the exit code: the example's contradiction does
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout.contains("contradicted"), "{stdout}");
}

#[test]
#[cfg(unix)]
fn the_language_server_logs_each_fault_and_checks_against_the_rest() {
    let tmp = Tmp::new("lsp");
    let ws = tmp.join("ws");
    let faults = faulty_corpus(&ws.join("sources"));
    write(
        &ws,
        "recoupe.toml",
        b"corpus = [\"sources\"]\ndebounce_ms = 0\n",
    );
    let text = example_draft();
    let cache = tmp.join("cache");
    std::fs::create_dir_all(&cache).expect("cache dir");
    set_mode(&cache, 0o777);
    let mut cmd = unprivileged(&binary_for_anyone(&tmp));
    cmd.arg("lsp")
        .current_dir(&ws)
        .env("RECOUPE_CACHE_DIR", &cache)
        .env("XDG_CACHE_HOME", &cache)
        .env("HOME", &cache);
    let mut lsp = Lsp::stdio_command(cmd);
    lsp.initialize(&ws, utf16_caps());
    let logs = logs_once_loaded(&mut lsp, "corpus loaded", "corpus loaded: 2 sources");
    for (file, reason, _) in &faults {
        let path = ws.join("sources").join(file);
        assert!(
            logs.iter()
                .any(|l| l.contains(&format!("{}:", path.display())) && l.contains(reason)),
            "no log for {file} ({reason}) in {logs:#?}"
        );
    }
    let uri = file_uri(&ws.join("draft.md"));
    expect_example_contradiction_then_shutdown(lsp, &uri, &text);
}

#[test]
fn a_corpus_folder_removed_while_the_server_runs() {
    let text = "Il y a 4 200 foyers.\n\nAu total, 1 234 sinistrés ont été relogés.\n";
    // (the client watches files for us, else the server watches them itself)
    for dynamic in [true, false] {
        let ws = workspace(
            Some("corpus = [\"sources\", \"extra\"]\ndebounce_ms = 0\n"),
            &[("d.md", text)],
        );
        write(
            &ws,
            "extra/bilan.md",
            "Au total, 1 234 sinistrés ont été relogés selon la mairie.\n".as_bytes(),
        );
        let mut lsp = Lsp::in_memory(fake_engine(example_rules()));
        lsp.initialize(
            &ws,
            json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": dynamic}}}),
        );
        let uri = file_uri(&ws.join("d.md"));
        lsp.open(&uri, text);
        assert_eq!(codes(&lsp.diagnostics(0, &uri, 1)), ["contradicted"]);
        // removed, restored, removed again: each time the drafts are re-checked
        // against what there is, and the missing folder is shown each time it goes
        // (expected codes after each step)
        let extra = ws.join("extra");
        let steps: [(bool, &[&str]); 3] = [
            (false, &["contradicted", "unsupported"]),
            (true, &["contradicted"]),
            (false, &["contradicted", "unsupported"]),
        ];
        for (present, expected) in steps {
            let skip = lsp.notes.len();
            if present {
                write(
                    &ws,
                    "extra/bilan.md",
                    "Au total, 1 234 sinistrés ont été relogés selon la mairie.\n".as_bytes(),
                );
            } else {
                std::fs::remove_dir_all(&extra).expect("remove extra");
            }
            if dynamic {
                let (uri, typ) = if present {
                    (file_uri(&extra.join("bilan.md")), 1)
                } else {
                    (file_uri(&extra), 3)
                };
                lsp.notify(
                    "workspace/didChangeWatchedFiles",
                    json!({"changes": [{"uri": uri, "type": typ}]}),
                );
            }
            let republished = lsp
                .wait_note(skip, |n| {
                    n["method"] == "textDocument/publishDiagnostics"
                        && n["params"]["uri"] == uri.as_str()
                })
                .unwrap_or_default();
            let diags = republished["params"]["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            assert_eq!(
                codes(&diags),
                expected,
                "dynamic={dynamic} present={present}"
            );
            let shown = lsp.notes[skip..].iter().any(|n| {
                n["method"] == "window/showMessage"
                    && n["params"]["message"].as_str().is_some_and(|m| {
                        m.contains("dossier du corpus introuvable") && m.contains("extra")
                    })
            });
            assert_eq!(
                shown,
                !present,
                "dynamic={dynamic}: {:?}",
                &lsp.notes[skip..]
            );
            // and it keeps serving
            let (a, _) = find(text, "4 200", 0);
            let r = lsp.request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": position(text, a + 1, false)}),
            );
            assert!(
                r["result"]["contents"]["value"]
                    .as_str()
                    .is_some_and(|v| v.contains("contradicted")),
                "{r}"
            );
        }
        lsp.pump(Duration::from_millis(10));
        assert!(lsp.shutdown());
    }
}

/// The bad files of tests/data/readers/bad: (name, bytes).
fn bad_fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/bad");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("bad fixtures")
        .flatten()
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("read fixture");
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    out.sort();
    out
}

/// A corrupt PDF (cut short), an encrypted one, a scan with no text layer and a page
/// with no article: one warning each, naming the file, and the good sources load.
#[test]
fn bad_pdfs_and_pages_are_named_and_the_rest_loads() {
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/sources");
    let report = std::fs::read(good.join("report.pdf")).expect("report");
    let release = std::fs::read(good.join("press-release.docx")).expect("release");
    let bad = bad_fixtures();
    let mut files: Vec<(&str, &[u8])> = bad
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    files.push(("report.pdf", &report));
    files.push(("release.docx", &release));
    files.push(("not-a-zip.docx", b"PK\x03\x04 cut short"));
    files.push(("a.md", "Le bac transporte 80 passagers.".as_bytes()));
    check(
        &files,
        &["a.md", "release.docx", "report.pdf"],
        &[
            ("corrupt.pdf", "corrupt or unreadable PDF"),
            (
                "encrypted.pdf",
                "encrypted PDF (it needs a password): not read",
            ),
            ("scanned.pdf", "a scanned PDF with no text layer"),
            ("navonly.html", "no article text found in the page"),
            ("not-a-zip.docx", "corrupt or unreadable Word file"),
        ],
    );
}

/// A file over its kind's limit is refused from its size alone, never read: a page
/// over 16 MiB, a PDF or a Word file over 64 MiB.
#[test]
#[cfg(target_os = "linux")]
fn huge_pages_pdfs_and_word_files_are_skipped_without_being_read() {
    let dir = Tmp::new("huge");
    write(&dir, "a.md", "Le bac transporte 80 passagers.".as_bytes());
    for (name, mib) in [("page.html", 17), ("report.pdf", 200), ("memo.docx", 65)] {
        sparse(&dir, name, mib);
    }
    let before = bytes_read();
    let (corpus, warnings, _) = recoupe::corpus::disk::load(&[dir.to_path_buf()], None);
    let read = bytes_read() - before;
    assert_eq!(corpus.docs.len(), 1);
    assert_warned(
        &warnings,
        &[
            ("page.html", "too large (18 MB; the limit is 16 MB)"),
            ("report.pdf", "too large (210 MB; the limit is 67 MB)"),
            ("memo.docx", "too large (69 MB; the limit is 67 MB)"),
        ],
    );
    assert!(read < 20 * 1024 * 1024, "{read} bytes read");
}

/// The language server tells each bad file's reason in the `language` setting's
/// words, and serves the rest.
#[test]
fn the_language_server_tells_bad_files_in_french() {
    let tmp = Tmp::new("lsp-fr");
    let ws = tmp.join("ws");
    for (name, bytes) in bad_fixtures() {
        write(&ws.join("sources"), &name, &bytes);
    }
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readers/sources");
    let report = std::fs::read(good.join("report.pdf")).expect("report");
    write(&ws.join("sources"), "report.pdf", &report);
    write(
        &ws,
        "recoupe.toml",
        b"corpus = [\"sources\"]\nlanguage = \"fr\"\ndebounce_ms = 0\n",
    );
    let cache = tmp.join("cache");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
    cmd.arg("lsp")
        .current_dir(&ws)
        .env("RECOUPE_CACHE_DIR", &cache);
    let mut lsp = Lsp::stdio_command(cmd);
    lsp.initialize(&ws, utf16_caps());
    let logs = logs_once_loaded(&mut lsp, "corpus chargé", "corpus chargé\u{a0}: 1 source");
    for (file, reason) in [
        ("corrupt.pdf", "PDF corrompu ou illisible"),
        ("encrypted.pdf", "PDF chiffré"),
        ("scanned.pdf", "PDF numérisé sans couche de texte"),
        ("navonly.html", "aucun texte d'article dans la page"),
    ] {
        let path = ws.join("sources").join(file);
        let told: Vec<&String> = logs
            .iter()
            .filter(|l| l.contains(&format!("{}:", path.display())))
            .collect();
        assert_eq!(told.len(), 1, "one line for {file}: {logs:#?}");
        assert!(
            told[0].starts_with("corpus\u{a0}: ") && told[0].contains(reason),
            "{file}: {told:?}"
        );
    }
    assert!(lsp.shutdown());
}

/// The server's log lines once it has logged the line starting `loaded` (the
/// corpus loaded), which must read `expected`.
fn logs_once_loaded(lsp: &mut Lsp, loaded: &str, expected: &str) -> Vec<String> {
    let line = lsp.wait_note(0, |n| {
        n["method"] == "window/logMessage"
            && n["params"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(loaded))
    });
    assert!(
        line.is_some_and(|n| n["params"]["message"] == expected),
        "{:?}",
        lsp.notes
    );
    lsp.notes
        .iter()
        .filter(|n| n["method"] == "window/logMessage")
        .filter_map(|n| n["params"]["message"].as_str().map(str::to_string))
        .collect()
}
