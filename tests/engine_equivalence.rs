//! The fast paths give the answers of the slow ones: the index gives what a scan of
//! every claim gives, the incremental re-check what a full check gives, and a corpus
//! read back from the on-disk cache what a fresh parse gives.

use recoupe::corpus::disk::{self, CacheReport};
use recoupe::verify::{Finding, Incremental};
use recoupe::{Corpus, Draft};
use std::path::PathBuf;
use std::sync::Arc;

/// A small deterministic generator of invented wire copy (xorshift, fixed seed).
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn num(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo)
    }
    fn sentence(&mut self) -> String {
        let town = self.pick(&["Brenmoor", "Talvie", "Ostrana", "Quillac", "Vernaz"]);
        let who = self.pick(&["Lena Varga", "Piet Osterlo", "Maud Rinal", "Ivo Castel"]);
        let role = self.pick(&["le préfet", "la maire", "le porte-parole du gouvernement"]);
        let noun = self.pick(&["sinistrés", "pompiers", "foyers", "élèves"]);
        let month = self.pick(&["janvier", "mars", "juin", "octobre"]);
        match self.next() % 5 {
            0 => format!(
                "Selon {role} de {town}, {} {noun} ont été recensés.",
                self.num(100, 9000)
            ),
            1 => format!(
                "{who}, {role} de {town}, a déclaré : « Nous aiderons chaque famille de {town} ».",
            ),
            2 => format!(
                "Le {} {month} 2025, environ {} {noun} se sont rassemblés à {town}.",
                self.num(1, 28),
                self.num(10, 900)
            ),
            3 => format!(
                "Plus de {} {noun} ont quitté {town} depuis la crue.",
                self.num(2, 90) * 100
            ),
            _ => format!(
                "À {town}, la crue a touché {} {noun}, d'après les assureurs.",
                self.num(50, 5000)
            ),
        }
    }
    fn paragraph(&mut self) -> String {
        let n = self.num(2, 5);
        (0..n)
            .map(|_| self.sentence())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn sources(n: usize, seed: u64) -> Vec<(String, String)> {
    let mut g = Gen(seed);
    (0..n)
        .map(|i| {
            let body: Vec<String> = (0..4).map(|_| g.paragraph()).collect();
            (
                format!("d{i:03}.md"),
                format!(
                    "---\ntitle: Dépêche {i}\ndate: 2025-03-1{}\n---\n{}\n",
                    i % 9,
                    body.join("\n\n")
                ),
            )
        })
        .collect()
}

fn draft(seed: u64, paragraphs: usize) -> String {
    let mut g = Gen(seed);
    let body: Vec<String> = (0..paragraphs).map(|_| g.paragraph()).collect();
    format!("# Brouillon 🌊\n\n{}\n", body.join("\n\n"))
}

fn summary(checked: &[Finding]) -> Vec<String> {
    checked.iter().map(|c| format!("{c:?}")).collect()
}

/// The summary of a whole check of `d` against `corpus`, its language guessed.
fn checked(d: &Draft, corpus: &Corpus) -> Vec<String> {
    summary(&recoupe::check(
        d,
        corpus,
        &recoupe::Options::new(Default::default(), &d.doc.text),
    ))
}

/// `check(corpus, draft)` agrees with a scan of every claim, and finds something.
fn check_index(corpus_docs: Vec<(String, String)>, text: &str) {
    let indexed = Corpus::from_texts(corpus_docs.clone());
    let mut scanned = Corpus::from_texts(corpus_docs);
    scanned.set_exhaustive(true);
    let d = Draft::new("draft.md", text);
    let a = recoupe::check(
        &d,
        &indexed,
        &recoupe::Options::new(Default::default(), &d.doc.text),
    );
    let b = recoupe::check(
        &d,
        &scanned,
        &recoupe::Options::new(Default::default(), &d.doc.text),
    );
    assert!(!a.is_empty(), "the draft should have checked claims");
    assert_eq!(summary(&a), summary(&b));
}

#[test]
fn index_lookups_equal_a_scan() {
    for seed in [3, 11, 29] {
        check_index(sources(40, seed), &draft(seed + 100, 12));
    }
}

/// Byte offsets of char boundaries where an edit may go.
fn boundaries(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|i| text.is_char_boundary(*i))
        .collect()
}

#[test]
fn incremental_recheck_equals_a_full_check() {
    let corpus = Arc::new(Corpus::from_texts(sources(30, 5)));
    let mut text = draft(77, 10);
    let mut memo = Incremental::new();
    let mut g = Gen(99);
    let edits = [
        "1",
        " ",
        "é",
        "🎉",
        "\n\n",
        "« », ",
        "2 500 ",
        ". Selon la maire, ",
        "x",
    ];
    let mut reused_some = false;
    for step in 0..60 {
        let b = boundaries(&text);
        let at = b[(g.next() % b.len() as u64) as usize];
        if step % 4 == 3 {
            // Delete up to five characters.
            let end = b
                .iter()
                .copied()
                .filter(|x| *x > at)
                .take(5)
                .last()
                .unwrap_or(at);
            text.replace_range(at..end, "");
        } else {
            text.insert_str(at, g.pick(&edits));
        }
        let options = recoupe::Options::new(Default::default(), &text);
        let (d, fast) = memo.check("draft.md", &text, &corpus, &options);
        let full_doc = Draft::new("draft.md", &text);
        let full = recoupe::check(
            &full_doc,
            &corpus,
            &recoupe::Options::new(Default::default(), &full_doc.doc.text),
        );
        assert_eq!(summary(&fast), summary(&full), "after edit {step} at {at}");
        assert_eq!(
            format!("{:?}", d.claims),
            format!("{:?}", full_doc.claims),
            "claims after edit {step}"
        );
        reused_some |= memo.last_reused > 0 && memo.last_read < memo.last_reused;
    }
    assert!(reused_some, "edits should leave most sentences reused");
}

/// Typing in a figure, keystroke by keystroke, gives at every step what a full check
/// gives: the incremental check keeps the figure's source lookup across the edits,
/// and only the value is compared again (with a second figure in the sentence, whose
/// pair is not the first's).
#[test]
fn typing_in_a_figure_equals_a_full_check() {
    let corpus = Arc::new(Corpus::from_texts(sources(30, 5)));
    let before = draft(41, 4);
    let after = draft(42, 3);
    let mut memo = Incremental::new();
    let states = [
        "", "3", "31", "310", "3 10", "3 100", "3 1000", "3 100", "310", "3", "", "4", "45",
    ];
    for (step, typed) in states.iter().enumerate() {
        let text = format!(
            "{before}\n\nSelon la maire de Talvie, {typed} sinistrés ont été recensés, \
             dont 400 à Vernaz.\n\n{after}\n"
        );
        let options = recoupe::Options::new(Default::default(), &text);
        let (_, fast) = memo.check("draft.md", &text, &corpus, &options);
        let full_doc = Draft::new("draft.md", &text);
        let full = recoupe::check(&full_doc, &corpus, &options);
        assert_eq!(
            summary(&fast),
            summary(&full),
            "after typing {typed:?} (step {step})"
        );
        assert!(!fast.is_empty(), "the draft makes claims");
    }
}

/// Files last modified well before the cache was written are not read again while
/// their size and mtime hold; a file whose mtime moves is read, and parsed again
/// only if its bytes changed.
#[test]
fn unchanged_files_are_not_read_again() {
    let (root, src, cache_dir, docs) = workspace("stat", 12, 29);
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let set_mtime = |name: &str, t: std::time::SystemTime| {
        let f = std::fs::File::options()
            .write(true)
            .open(src.join(name))
            .unwrap();
        f.set_modified(t).unwrap();
    };
    for (name, _) in &docs {
        set_mtime(name, an_hour_ago);
    }
    let roots = vec![src.clone()];
    let d = Draft::new("draft.md", &draft(7, 6));
    let expected = summary(&recoupe::check(
        &d,
        &recoupe::corpus::disk::load(&roots, None).0,
        &recoupe::Options::new(Default::default(), &d.doc.text),
    ));
    assert!(!expected.is_empty());

    let (_, _, r1) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r1.unread, r1.parsed), (0, 12));
    let (second, _, r2) = disk::load(&roots, Some(&cache_dir));
    assert_eq!(
        (r2.unread, r2.reused, r2.index_reused, r2.written),
        (12, 12, true, false)
    );
    assert_eq!(checked(&d, &second), expected);

    // Touched, not changed: read and hashed, reused, and its new mtime recorded.
    set_mtime(&docs[2].0, an_hour_ago + std::time::Duration::from_secs(60));
    let (third, _, r3) = disk::load(&roots, Some(&cache_dir));
    assert_eq!(
        (r3.unread, r3.reused, r3.parsed, r3.index_reused, r3.written),
        (11, 12, 0, true, true)
    );
    assert_eq!(checked(&d, &third), expected);
    let (_, _, r4) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r4.unread, r4.written), (12, false));

    // Changed: read and parsed again, and checking sees the change.
    let (name, body) = &docs[5];
    std::fs::write(src.join(name), body.replace("Brenmoor", "Ostrana")).unwrap();
    set_mtime(name, an_hour_ago + std::time::Duration::from_secs(120));
    let (fifth, _, r5) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r5.unread, r5.reused, r5.parsed), (11, 11, 1));
    assert_eq!(
        checked(&d, &fifth),
        summary(&recoupe::check(
            &d,
            &recoupe::corpus::disk::load(&roots, None).0,
            &recoupe::Options::new(Default::default(), &d.doc.text)
        ))
    );

    // A cache file cut short is ignored, and written again.
    for entry in std::fs::read_dir(&cache_dir).unwrap() {
        let path = entry.unwrap().path();
        let len = std::fs::metadata(&path).unwrap().len();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(len / 2)
            .unwrap();
    }
    let (sixth, _, r6) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r6.reused, r6.parsed, r6.written), (0, 12, true));
    assert_eq!(checked(&d, &sixth), checked(&d, &fifth));
    let _ = std::fs::remove_dir_all(&root);
}

/// A fresh folder holding `n` generated sources under `sources/`: the folder, the
/// sources folder, a cache folder beside it, and the sources written.
fn workspace(
    name: &str,
    n: usize,
    seed: u64,
) -> (PathBuf, PathBuf, PathBuf, Vec<(String, String)>) {
    let root = tmp(name);
    let src = root.join("sources");
    let docs = sources(n, seed);
    write_corpus(&src, &docs);
    (root.clone(), src, root.join("cache"), docs)
}

fn write_corpus(dir: &std::path::Path, docs: &[(String, String)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in docs {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("recoupe-eq-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn cached_index_equals_a_fresh_one() {
    let (root, src, cache_dir, docs) = workspace("cache", 25, 13);
    let roots = vec![src.clone()];
    let text = draft(42, 8);
    let d = Draft::new("draft.md", &text);
    let fresh = |roots: &[PathBuf]| recoupe::corpus::disk::load(roots, None).0;

    let (first, _, r1) = disk::load(&roots, Some(&cache_dir));
    assert_eq!(
        r1,
        CacheReport {
            reused: 0,
            parsed: 25,
            unread: 0,
            index_reused: false,
            written: true
        }
    );
    let (second, _, r2) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r2.reused, r2.parsed, r2.index_reused), (25, 0, true));
    let expected = checked(&d, &fresh(&roots));
    assert!(!expected.is_empty());
    assert_eq!(checked(&d, &first), expected);
    assert_eq!(checked(&d, &second), expected);

    // One file changes, one is added, one is removed: only those are parsed again.
    let (name, body) = &docs[3];
    std::fs::write(src.join(name), body.replace("Brenmoor", "Ostrana")).unwrap();
    std::fs::write(src.join("zz-new.md"), &sources(1, 1234)[0].1).unwrap();
    std::fs::remove_file(src.join(&docs[7].0)).unwrap();
    let (third, _, r3) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r3.reused, r3.parsed, r3.index_reused), (23, 2, false));
    assert_eq!(checked(&d, &third), checked(&d, &fresh(&roots)));

    // A damaged cache file is ignored and rewritten.
    for entry in std::fs::read_dir(&cache_dir).unwrap() {
        std::fs::write(entry.unwrap().path(), b"not a cache").unwrap();
    }
    let (fourth, _, r4) = disk::load(&roots, Some(&cache_dir));
    assert_eq!((r4.reused, r4.parsed, r4.written), (0, 25, true));
    assert_eq!(checked(&d, &fourth), checked(&d, &fresh(&roots)));
    let _ = std::fs::remove_dir_all(&root);
}
