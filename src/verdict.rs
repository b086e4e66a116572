//! Verdicts: what the corpus says of a draft claim, and their diagnostic codes.
//!
//! Plain data below both `verify`, which decides them, and `config`, which sets how
//! loudly each one is shown.

use serde::Serialize;

/// What the corpus says of a draft claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A source says the same, within the tolerance its qualifiers allow.
    Supported,
    /// Sources about the same thing say otherwise.
    Contradicted,
    /// The sources disagree among themselves.
    Disputed,
    /// The draft states as fact what the sources attribute to someone.
    Unattributed,
    /// A quote close to a source's, but not the same.
    Misquoted,
    /// A figure an earlier source gave, which a later source revised.
    Outdated,
    /// Nothing in the corpus speaks to it.
    Unsupported,
}

/// The repository whose docs explain the diagnostic codes: Cargo.toml's
/// `repository` when it is set, else this address (docs/lsp.md says so).
pub const REPOSITORY: &str = if env!("CARGO_PKG_REPOSITORY").is_empty() {
    "https://github.com/recoupe/recoupe"
} else {
    env!("CARGO_PKG_REPOSITORY")
};

/// Where a diagnostic code is explained: its section of docs/claims.md, on the
/// repository's main branch (the heading is the code, so the anchor is too).
pub fn docs_url(code: &str) -> String {
    format!(
        "{}/blob/main/docs/claims.md#{code}",
        REPOSITORY.trim_end_matches('/')
    )
}

impl Verdict {
    /// The verdicts that make a diagnostic, in order of gravity.
    pub const CODED: [Verdict; 6] = [
        Verdict::Contradicted,
        Verdict::Misquoted,
        Verdict::Outdated,
        Verdict::Unattributed,
        Verdict::Disputed,
        Verdict::Unsupported,
    ];

    /// The diagnostic code; `None` for a supported claim.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Verdict::Supported => None,
            Verdict::Contradicted => Some("contradicted"),
            Verdict::Disputed => Some("disputed"),
            Verdict::Unattributed => Some("unattributed"),
            Verdict::Misquoted => Some("misquoted"),
            Verdict::Outdated => Some("outdated"),
            Verdict::Unsupported => Some("unsupported"),
        }
    }

    /// The verdict a diagnostic code names.
    pub fn from_code(code: &str) -> Option<Verdict> {
        Verdict::CODED.into_iter().find(|v| v.code() == Some(code))
    }

    pub fn label(&self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            v => v.code().unwrap_or("supported"),
        }
    }

    /// The verdict in words of `lang`, as `count` of them are counted: `3
    /// contredits`. The code itself (`contradicted`) never changes.
    pub fn counted(&self, lang: crate::lang::Lang, count: usize) -> String {
        match self {
            Verdict::Supported => crate::tr!(lang, "verdict-supported", count = count),
            Verdict::Contradicted => crate::tr!(lang, "verdict-contradicted", count = count),
            Verdict::Disputed => crate::tr!(lang, "verdict-disputed", count = count),
            Verdict::Unattributed => crate::tr!(lang, "verdict-unattributed", count = count),
            Verdict::Misquoted => crate::tr!(lang, "verdict-misquoted", count = count),
            Verdict::Outdated => crate::tr!(lang, "verdict-outdated", count = count),
            Verdict::Unsupported => crate::tr!(lang, "verdict-unsupported", count = count),
        }
    }

    /// The verdict in words of `lang`, as a heading: `contredit`.
    pub fn named(&self, lang: crate::lang::Lang) -> String {
        self.counted(lang, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_their_verdicts() {
        for v in Verdict::CODED {
            assert_eq!(v.code().and_then(Verdict::from_code), Some(v));
        }
        assert_eq!(Verdict::from_code("supported"), None);
        assert_eq!(Verdict::Supported.label(), "supported");
    }
}
