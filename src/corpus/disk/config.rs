//! Reading the workspace's `recoupe.toml` from disk: `config` itself only parses text,
//! so that, besides the sources and the cache, this is the one file the engine reads.

use crate::config::{Settings, CONFIG_FILE};
use std::path::{Path, PathBuf};

/// Read `recoupe.toml` at `path`.
pub fn load_settings(path: &Path) -> Result<Settings, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let base = path.parent().unwrap_or(Path::new("."));
    Settings::from_toml(&text, base)
}

/// The nearest `recoupe.toml` in `start` or a folder above it.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let candidate = d.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

/// The root a file outside every workspace folder is checked from: the folder of
/// the nearest `recoupe.toml` above `dir`, or `dir` itself.
pub fn config_root(dir: &Path) -> PathBuf {
    find_config(dir)
        .and_then(|c| c.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| dir.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(files: &[&str], from: &str, expected: &str) {
        let tmp = std::env::temp_dir().join(format!(
            "recoupe-config-root-{}-{}",
            std::process::id(),
            from.replace('/', "_")
        ));
        for f in files {
            let path = tmp.join(f);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap();
            }
            std::fs::write(&path, "corpus = []\n").unwrap();
        }
        std::fs::create_dir_all(tmp.join(from)).unwrap();
        let got = config_root(&tmp.join(from));
        let _ = std::fs::remove_dir_all(&tmp);
        assert_eq!(got, tmp.join(expected));
    }

    #[test]
    fn a_stray_file_is_checked_from_the_nearest_config() {
        check(&["ws/recoupe.toml"], "ws/drafts/deep", "ws");
        check(&[], "alone/here", "alone/here");
        check(
            &["ws/recoupe.toml", "ws/inner/recoupe.toml"],
            "ws/inner/x",
            "ws/inner",
        );
    }
}
