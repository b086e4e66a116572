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

    /// A source read from a file that is not text (a web page, a PDF, a Word file),
    /// as its reader laid it out, and its claims.
    pub fn extracted(path: impl Into<PathBuf>, x: &crate::corpus::readers::Extracted) -> Source {
        let mut doc = Document::extracted(path, &x.text, &x.paragraphs, x.meta.clone());
        let mut claims = claims::extract(&doc);
        let lang = crate::lang::detect(&doc.text);
        doc.compact();
        claims.shrink_to_fit();
        Source { doc, claims, lang }
    }

    /// Where nothing in the text dates the source, the latest day its dates name in
    /// full, on or before `until` (the day its file was written): a saved page that
    /// lost its stamp still tells when it reports.
    pub fn date_by_mentions(&mut self, until: crate::lang::dating::Day) {
        if self.doc.meta.day.is_some() {
            return;
        }
        let dates = self.claims.iter().filter_map(|c| match &c.value {
            claims::Value::Date(d) => Some(d),
            _ => None,
        });
        self.doc.meta.day =
            claims::date::latest_named_day(dates, until).map(|day| crate::lang::dating::Dated {
                day,
                from: crate::lang::dating::DayFrom::Mentioned,
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `days(text, until, expected)`: the day a plain-text source without a stamp
    /// takes from the days its text names, as `2024-11-04 Mentioned`, or `-`.
    fn days(text: &str, until: &str, expected: &str) {
        let mut source = Source::read("page.txt", text);
        let until = crate::lang::dating::written_day(until).expect("a day");
        source.date_by_mentions(until);
        let got = source
            .doc
            .meta
            .day
            .map_or("-".to_string(), |d| format!("{} {:?}", d.day.iso(), d.from));
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn a_page_without_its_stamp_reports_on_the_latest_day_it_names() {
        // The weekday picks the year: the latest one, before the file, where the
        // date falls on it.
        days(
            "Le préfet a parlé lundi 3 mars. Mercredi 12 mars, 40 maisons étaient inondées.",
            "2026-11-20",
            "2025-03-12 Mentioned",
        );
        days(
            "The council met on March 3, 2026. It voted on Tuesday, March 10.",
            "2026-11-20",
            "2026-03-10 Mentioned",
        );
        // A date with neither weekday nor year names no day; nor one after the file.
        days(
            "Le 12 mars, 40 maisons étaient inondées.",
            "2026-11-20",
            "-",
        );
        days("Le scrutin aura lieu le 3 mai 2027.", "2026-11-20", "-");
        // A stamp still decides.
        days(
            "Publié le 04/05/2026\n\nMercredi 12 mars, 40 maisons étaient inondées.",
            "2026-11-20",
            "2026-05-04 Published",
        );
    }

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
