//! Build script: a fingerprint of the engine's sources, so that a corpus cache
//! written by a build whose extraction differs is never read back (`corpus::cache`).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

/// Everything that decides what a cached corpus holds; the protocol edge and the
/// command line do not.
const ENGINE: &[&str] = &[
    "src/claims",
    "src/corpus",
    "src/lang",
    "src/text",
    "src/boilerplate.rs",
    "src/document.rs",
    "src/markdown.rs",
    "data/lexicon",
];

fn main() {
    let mut files = Vec::new();
    for root in ENGINE {
        println!("cargo:rerun-if-changed={root}");
        collect(Path::new(root), &mut files);
    }
    files.sort();
    // DefaultHasher::new() has fixed keys: the same sources give the same fingerprint.
    let mut h = DefaultHasher::new();
    for f in &files {
        f.hash(&mut h);
        std::fs::read(f).unwrap_or_default().hash(&mut h);
    }
    println!(
        "cargo:rustc-env=RECOUPE_ENGINE_FINGERPRINT={:016x}",
        h.finish()
    );
}

fn collect(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for e in entries.flatten() {
        collect(&e.path(), out);
    }
}
