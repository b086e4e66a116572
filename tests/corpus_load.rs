//! Corpus loading: bad files are skipped with a warning that names them, the rest loads.

use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("recoupe-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `check(files, expected loaded file names, expected warnings as (file, reason part))`
fn check(files: &[(&str, &[u8])], loaded: &[&str], warned: &[(&str, &str)]) {
    let dir = temp_dir(&format!("load{}", files.len()));
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("write");
    }
    let (corpus, warnings) = recoupe::corpus::load(std::slice::from_ref(&dir));
    let names: Vec<String> = corpus.docs.iter().map(|d| d.file_name()).collect();
    assert_eq!(names, loaded);
    for (file, reason) in warned {
        assert!(
            warnings
                .iter()
                .any(|w| w.path.ends_with(file) && w.reason.contains(reason)),
            "no warning naming {file} with {reason:?} in {warnings:?}"
        );
    }
    assert_eq!(warnings.len(), warned.len(), "{warnings:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn skips_bad_files_and_keeps_the_rest() {
    check(
        &[
            ("a.md", "Un texte de 12 000 mots.".as_bytes()),
            ("b.txt", b"binary\0junk"),
            ("c.md", b"caf\xe9 latin-1"),
            ("d.md", b""),
            ("e.pdf", b"%PDF ignored"),
        ],
        &["a.md", "d.md"],
        &[("b.txt", "binary"), ("c.md", "UTF-8")],
    );
}

#[test]
fn a_missing_folder_is_a_warning() {
    let (corpus, warnings) = recoupe::corpus::load(&[PathBuf::from("/no/such/recoupe/folder")]);
    assert!(corpus.is_empty());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].reason.contains("not found"));
}

#[test]
fn scraped_comments_are_not_sources() {
    let dir = temp_dir("comments");
    std::fs::write(
        dir.join("page.txt"),
        "Le maire annonce 300 logements.\n2 commentaires\nJe crois que 900 logements.\n",
    )
    .expect("write");
    let (corpus, _) = recoupe::corpus::load(std::slice::from_ref(&dir));
    let doc = &corpus.docs[0];
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["Le maire annonce 300 logements."]);
    let _ = std::fs::remove_dir_all(&dir);
}
