//! A corpus source: a reference document with the claims it makes, kept compact.

use crate::claims::{self, Claim};
use crate::document::Document;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A parsed source and its claims, in order of position. Its document is compacted
/// (`Document::compact`): a corpus holds thousands of them for as long as it runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub doc: Document,
    pub claims: Vec<Claim>,
    /// The language it is written in, guessed from its own text: a corpus may mix
    /// languages, and a fix writes a source's words in the draft's.
    pub lang: Lang,
}

impl Source {
    /// Parse a source file's text (markdown or plain text, by `path`'s extension)
    /// and read its claims.
    pub fn read(path: impl Into<PathBuf>, text: &str) -> Source {
        let mut doc = Document::source(path, text);
        let mut claims = claims::extract(&doc);
        let lang = crate::lang::detect(&doc.text);
        doc.compact();
        claims.shrink_to_fit();
        Source { doc, claims, lang }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus sentence keeps its own plain text only where it differs from the
    /// source; `sentence_text` gives the plain text either way.
    #[test]
    fn corpus_sentences_share_their_source_text() {
        let doc = Source::read(
            "s.md",
            "Le pont a coûté 12 millions d'euros. Le **maire** l'a inauguré.",
        )
        .doc;
        let texts: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        assert_eq!(
            texts,
            [
                "Le pont a coûté 12 millions d'euros.",
                "Le maire l'a inauguré."
            ]
        );
        assert!(doc.sentences[0].text.is_empty());
        assert_eq!(doc.sentences[1].text, "Le maire l'a inauguré.");
        assert_eq!(doc.sentence_text(9), "");
    }

    /// Each source has its own language, whatever the others'.
    #[test]
    fn each_source_has_its_language() {
        let fr = Source::read(
            "a.md",
            "La digue de Varlon a cédé dans la nuit, selon le maire.",
        );
        let en = Source::read(
            "b.md",
            "The Varlon levee broke in the night, the mayor said.",
        );
        assert_eq!((fr.lang, en.lang), (Lang::Fr, Lang::En));
    }
}
