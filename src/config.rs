//! Settings: `recoupe.toml` at a workspace root, overridable by editor settings.
//!
//! ```toml
//! corpus = ["sources"]          # folders, relative to this file
//! language = "auto"             # "fr", "en" or "auto"
//! debounce_ms = 250             # language server: quiet time before re-checking
//! archive = "postgresql://reader@db/archive"   # a newsroom archive (docs/archive.md)
//! [severity]                    # per code: "error" | "warning" | "information" | "hint" | "off"
//! unsupported = "off"
//! ```

use crate::lang::Language;
use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "recoupe.toml";

/// How loudly a verdict is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
    /// Not shown at all.
    Off,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
            Severity::Off => "off",
        }
    }
}

/// The settings in force for one workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Absolute (or cwd-relative) corpus folders.
    pub corpus: Vec<PathBuf>,
    /// Severity overrides, by verdict.
    pub severity: BTreeMap<Verdict, Severity>,
    /// The drafts' language, or `auto` to guess each one's.
    pub language: Language,
    /// Language server: milliseconds of quiet after an edit before re-checking.
    pub debounce_ms: u64,
    /// A newsroom archive's URL (`archive`, the `recoupe.archive` editor setting).
    pub archive: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            corpus: Vec::new(),
            severity: BTreeMap::new(),
            language: Language::Auto,
            debounce_ms: 200,
            archive: None,
        }
    }
}

/// The file form, and the editor-settings form (`recoupe.*`), which share their keys.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    pub corpus: Option<Vec<String>>,
    pub severity: Option<BTreeMap<String, Severity>>,
    pub language: Option<String>,
    #[serde(alias = "debounceMs")]
    pub debounce_ms: Option<u64>,
    pub archive: Option<String>,
}

impl Settings {
    /// Severity of a verdict, after overrides.
    pub fn severity_of(&self, verdict: Verdict) -> Severity {
        if let Some(s) = self.severity.get(&verdict) {
            return *s;
        }
        match verdict {
            Verdict::Contradicted => Severity::Error,
            Verdict::Misquoted | Verdict::Outdated | Verdict::Unattributed => Severity::Warning,
            Verdict::Disputed => Severity::Information,
            Verdict::Unsupported | Verdict::Supported => Severity::Hint,
        }
    }

    /// Lay `raw` over these settings; relative corpus paths resolve against `base`.
    pub fn merge(&mut self, raw: RawSettings, base: &Path) -> Result<(), String> {
        if let Some(corpus) = raw.corpus {
            self.corpus = corpus.iter().map(|c| base.join(c)).collect();
        }
        if let Some(sev) = raw.severity {
            for (code, s) in sev {
                let Some(verdict) = Verdict::from_code(&code) else {
                    let known: Vec<&str> =
                        Verdict::CODED.iter().filter_map(Verdict::code).collect();
                    return Err(format!(
                        "unknown diagnostic code `{code}` in severity (known: {})",
                        known.join(", ")
                    ));
                };
                self.severity.insert(verdict, s);
            }
        }
        if let Some(lang) = raw.language {
            self.language = Language::parse(&lang).ok_or_else(|| {
                format!("language must be \"fr\", \"en\" or \"auto\", not {lang:?}")
            })?;
        }
        if let Some(ms) = raw.debounce_ms {
            self.debounce_ms = ms.min(10_000);
        }
        if let Some(url) = raw.archive {
            // An empty setting turns the archive off (an editor cannot unset a key).
            self.archive = Some(url.trim().to_string()).filter(|u| !u.is_empty());
        }
        Ok(())
    }

    /// Settings from the text of a `recoupe.toml` that lives in folder `base`.
    pub fn from_toml(text: &str, base: &Path) -> Result<Settings, String> {
        let raw: RawSettings =
            toml::from_str(text).map_err(|e| format!("{CONFIG_FILE}: {}", e.message()))?;
        let mut s = Settings::default();
        s.merge(raw, base)?;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(toml: &str, expected: Result<(&[&str], Verdict, &str), &str>) {
        let got = Settings::from_toml(toml, Path::new("/ws"));
        match (got, expected) {
            (Ok(s), Ok((corpus, code, sev))) => {
                let c: Vec<String> = s.corpus.iter().map(|p| p.display().to_string()).collect();
                assert_eq!(c, corpus);
                assert_eq!(s.severity_of(code).as_str(), sev);
            }
            (Err(e), Err(want)) => assert!(e.contains(want), "{e:?} should mention {want:?}"),
            (got, want) => panic!("{toml:?}: got {got:?}, wanted {want:?}"),
        }
    }

    #[test]
    fn reads_recoupe_toml() {
        check(
            "corpus = [\"sources\"]",
            Ok((&["/ws/sources"], Verdict::Contradicted, "error")),
        );
        check(
            "corpus = [\"a\", \"b\"]\n[severity]\nunsupported = \"off\"",
            Ok((&["/ws/a", "/ws/b"], Verdict::Unsupported, "off")),
        );
        check("", Ok((&[], Verdict::Disputed, "information")));
        check("corpus = 3", Err("recoupe.toml"));
        check("command = \"rm -rf /\"", Err("unknown field"));
        check(
            "[severity]\nbogus = \"error\"",
            Err("unknown diagnostic code"),
        );
        check("language = \"de\"", Err("language must be"));
    }

    #[test]
    fn reads_the_archive() {
        let archive = |toml: &str| Settings::from_toml(toml, Path::new("/ws")).map(|s| s.archive);
        assert_eq!(archive(""), Ok(None));
        assert_eq!(
            archive("archive = \"postgresql://reader@db/archive\""),
            Ok(Some("postgresql://reader@db/archive".to_string()))
        );
        assert_eq!(archive("archive = \" \""), Ok(None));
    }

    #[test]
    fn reads_the_language() {
        let lang = |toml: &str| Settings::from_toml(toml, Path::new("/ws")).map(|s| s.language);
        assert_eq!(lang(""), Ok(Language::Auto));
        assert_eq!(lang("language = \"en\""), Ok(Language::En));
        assert_eq!(lang("language = \"fr\""), Ok(Language::Fr));
    }
}
