//! A draft: a markdown document the writer is editing, with the claims it makes.

use crate::claims::{self, Claim};
use crate::document::Document;
use std::path::PathBuf;

/// A parsed draft and its claims, in order of position; `verify::check` judges them.
#[derive(Debug, Clone)]
pub struct Draft {
    pub doc: Document,
    pub claims: Vec<Claim>,
}

impl Draft {
    /// Parse a markdown draft and read its claims.
    pub fn new(path: impl Into<PathBuf>, text: &str) -> Draft {
        let doc = Document::markdown(path, text);
        let claims = claims::extract(&doc);
        Draft { doc, claims }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let draft = Draft::new("d.md", text);
        let got: Vec<&str> = draft
            .claims
            .iter()
            .map(|c| c.span.slice(&draft.doc.text))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn reads_the_claims_of_its_document() {
        check(
            "Le pont a coûté 12 millions d'euros.\n\n<!-- recoupe-ignore -->\nIl a 300 ans.",
            &["12 millions"],
        );
    }
}
