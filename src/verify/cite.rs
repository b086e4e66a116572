//! Citing the source of a piece of evidence: one description of it, written the way
//! each output needs (a message, a terminal note, a hover, a footnote).

use super::finding::Evidence;
use crate::corpus::Corpus;
use crate::document::{Document, Place};
use crate::lang::dating::DayFrom;
use crate::lang::Lang;

/// Where a piece of evidence comes from: its document, if the corpus holds it, its
/// line, and its page or paragraph for a source cited so (a PDF, a Word file).
#[derive(Debug, Clone, Copy)]
pub struct Citation<'a> {
    doc: Option<&'a Document>,
    /// One-based.
    line: usize,
    /// The page or paragraph, for a source whose lines are no reader's (extracted text).
    place: Option<Place>,
}

impl<'a> Citation<'a> {
    pub fn of(corpus: &'a Corpus, e: &Evidence) -> Citation<'a> {
        let doc = corpus.docs.get(e.doc).map(|s| &s.doc);
        Citation {
            doc,
            line: e.line + 1,
            place: doc
                .filter(|d| d.cited_by_place())
                .map(|d| d.place_of(e.span.start)),
        }
    }

    /// The source document, if the corpus holds it.
    pub fn doc(&self) -> Option<&'a Document> {
        self.doc
    }

    fn file_name(&self) -> String {
        self.doc.map(Document::file_name).unwrap_or_default()
    }

    /// `file:line`, or `file, p. 3` / `file, § 12` for a PDF or Word file, for
    /// messages. `p.` and `§` are written alike in both languages.
    pub fn short(&self) -> String {
        self.at(&self.file_name())
    }

    /// `path:line` (or `path, p. 3`), the whole path, for a terminal's notes.
    pub fn located(&self) -> String {
        let path = self
            .doc
            .map(|d| d.path.display().to_string())
            .unwrap_or_default();
        self.at(&path)
    }

    fn at(&self, name: &str) -> String {
        match self.place {
            Some(Place::Page(n)) => format!("{name}, p. {n}"),
            Some(Place::Paragraph(n)) => format!("{name}, § {n}"),
            _ => format!("{name}:{}", self.line),
        }
    }

    /// `` `file` line N · *title* · date · outlet ``, as far as the source's front
    /// matter tells, its words passed through `escape` (markdown). Empty for a
    /// document the corpus no longer holds.
    pub fn markdown(&self, lang: Lang, escape: impl Fn(&str) -> String) -> String {
        let Some(doc) = self.doc else {
            return String::new();
        };
        let line = crate::tr!(lang, "cite-line", line = self.line.to_string());
        let mut parts = vec![format!("`{}` {line}", doc.file_name())];
        if let Some(t) = &doc.meta.title {
            parts.push(format!("*{}*", escape(t)));
        }
        if let Some(d) = &doc.meta.date {
            parts.push(escape(d));
        } else if let Some(d) = doc.meta.day {
            // No front matter: the day its text gives, and where it was read.
            parts.push(format!("{} ({})", d.day.iso(), day_from(d.from, lang)));
        }
        if let Some(o) = &doc.meta.outlet {
            parts.push(escape(o));
        }
        parts.join(" · ")
    }

    /// `file, title, outlet, date, url, line N.`: the text of a footnote.
    pub fn footnote(&self, lang: Lang) -> String {
        let mut note = self.file_name();
        if let Some(doc) = self.doc {
            for part in [
                &doc.meta.title,
                &doc.meta.outlet,
                &doc.meta.date,
                &doc.meta.url,
            ]
            .into_iter()
            .flatten()
            {
                note.push_str(", ");
                note.push_str(part);
            }
        }
        let line = crate::tr!(lang, "cite-line", line = self.line.to_string());
        note.push_str(&format!(", {line}."));
        note
    }
}

/// Where a source's day was read, for people.
fn day_from(from: DayFrom, lang: Lang) -> String {
    match from {
        DayFrom::FrontMatter => crate::tr!(lang, "day-front-matter"),
        DayFrom::Updated => crate::tr!(lang, "day-updated"),
        DayFrom::Published => crate::tr!(lang, "day-published"),
        DayFrom::Dateline => crate::tr!(lang, "day-dateline"),
        DayFrom::FileTime => crate::tr!(lang, "day-file-time"),
        DayFrom::Mentioned => crate::tr!(lang, "day-mentioned"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn evidence(doc: usize, line: usize) -> Evidence {
        Evidence {
            doc,
            span: Span::new(0, 0),
            value_span: Span::new(0, 0),
            line,
            excerpt: String::new(),
            value: String::new(),
            speaker: None,
            agrees: true,
            day: None,
        }
    }

    #[test]
    fn one_citation_four_ways() {
        let text = "---\ntitle: Grève *totale*\noutlet: Le Quotidien\ndate: 2025-03-12\n---\n\nUn texte.\n";
        let corpus = Corpus::from_texts([("/c/src/a.md", text.to_string())]);
        let c = Citation::of(&corpus, &evidence(0, 6));
        assert_eq!(c.short(), "a.md:7");
        assert_eq!(c.located(), "/c/src/a.md:7");
        assert_eq!(
            c.markdown(Lang::En, |s| s.replace('*', "\\*")),
            "`a.md` line 7 · *Grève \\*totale\\** · 2025-03-12 · Le Quotidien"
        );
        assert_eq!(
            c.footnote(Lang::En),
            "a.md, Grève *totale*, Le Quotidien, 2025-03-12, line 7."
        );
        // In a French draft, the words around the source's are French.
        assert_eq!(
            c.footnote(Lang::Fr),
            "a.md, Grève *totale*, Le Quotidien, 2025-03-12, ligne 7."
        );
        assert!(c
            .markdown(Lang::Fr, |s| s.to_string())
            .starts_with("`a.md` ligne 7 · "));
        let gone = Citation::of(&corpus, &evidence(3, 0));
        assert_eq!(gone.short(), ":1");
        assert_eq!(gone.markdown(Lang::En, |s| s.to_string()), "");
    }
}
