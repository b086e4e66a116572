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

/// The nearest `recoupe.toml` in `start` or a folder above it: the one the CLI
/// reads for a draft in `start`, and the one the language server checks an open
/// draft of that folder with.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(files: &[&str], from: &str, expected: Option<&str>) {
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
        let got = find_config(&tmp.join(from));
        let _ = std::fs::remove_dir_all(&tmp);
        let expected = expected.map(|e| tmp.join(e).join(CONFIG_FILE));
        assert_eq!(got, expected);
    }

    #[test]
    fn a_draft_is_checked_with_the_nearest_config_above_it() {
        check(&["ws/recoupe.toml"], "ws/drafts/deep", Some("ws"));
        check(&["ws/recoupe.toml"], "ws", Some("ws"));
        check(
            &["ws/recoupe.toml", "ws/inner/recoupe.toml"],
            "ws/inner/x",
            Some("ws/inner"),
        );
    }
}
