//! The side panel's view of one marked claim: its verdict, what Recoupe found, the
//! fix, each source sentence quoted as the source wrote it (with its file, title,
//! date and outlet), and for a revised figure its timeline.

use super::chart::{chart, Point};
use super::escape::html;
use super::labels::Labels;
use super::marks::{self, Mark};
use crate::claims::Value;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::Lang;
use crate::verify::{Evidence, Finding, Fix};
use std::path::Path;

/// What the panel of a draft needs to know.
pub struct Panel<'a> {
    pub corpus: &'a Corpus,
    pub labels: &'a Labels,
    /// A path as the page shows it.
    pub shown: &'a dyn Fn(&Path) -> String,
    pub draft: &'a Document,
    /// The draft's path as the page shows it.
    pub draft_name: &'a str,
    /// What makes the draft's ids unique on the page.
    pub prefix: &'a str,
}

impl Panel<'_> {
    /// The panel section of one mark, hidden until its claim is chosen.
    pub fn section(&self, m: &Mark) -> String {
        let l = self.labels;
        let id = marks::panel(self.prefix, m.n);
        let words = m.extent.slice(&self.draft.text);
        let line = self.draft.line_of(m.extent.start) + 1;
        let mut s = format!(
            "<section class=\"evidence\" id=\"{id}\" tabindex=\"-1\" aria-labelledby=\"{id}-h\" data-verdict=\"{}\">\n",
            marks::key(m.verdict)
        );
        s.push_str(&format!(
            "<h2 id=\"{id}-h\">{} <q>{}</q></h2>\n",
            badge(l, m.verdict),
            html(&plain(words))
        ));
        s.push_str(&format!(
            "<p class=\"panel-nav\"><a href=\"#{}\">{}</a> <a href=\"#top\">{}</a></p>\n",
            marks::anchor(self.prefix, m.n),
            html(l.back_to_claim),
            html(l.close)
        ));
        s.push_str(&format!(
            "<p class=\"where\">{}{}<code>{}</code>, {} {line}</p>\n",
            html(l.in_draft),
            l.colon,
            html(self.draft_name),
            html(l.line)
        ));
        for f in &m.findings {
            s.push_str(&self.finding(f, m.findings.len() > 1));
        }
        s.push_str("</section>\n");
        s
    }

    fn finding(&self, f: &Finding, several: bool) -> String {
        let l = self.labels;
        let mut s = format!(
            "<div class=\"finding\" data-verdict=\"{}\">\n",
            marks::key(f.verdict)
        );
        if several {
            s.push_str(&format!("<p>{}</p>\n", badge(l, f.verdict)));
        }
        if !f.message.is_empty() {
            s.push_str(&format!(
                "<p class=\"message\"><span class=\"label\">{}</span> {}</p>\n",
                html(l.what_recoupe_says),
                html(&f.message)
            ));
        }
        if !f.fixes.is_empty() {
            s.push_str(&format!(
                "<div class=\"fix\"><h3>{}</h3>\n<ul>\n",
                html(l.fix)
            ));
            for x in &f.fixes {
                s.push_str(&format!("<li>{}</li>\n", self.fix(x)));
            }
            s.push_str("</ul></div>\n");
        }
        if !f.timeline.is_empty() {
            s.push_str(&self.timeline(f));
        }
        s.push_str(&format!("<h3>{}</h3>\n", html(l.sources)));
        if f.evidence.is_empty() {
            s.push_str(&format!("<p class=\"none\">{}</p>\n", html(l.no_source)));
        }
        for e in &f.evidence {
            s.push_str(&self.quote(e));
        }
        s.push_str("</div>\n");
        s
    }

    /// `old → new`, as the draft would read.
    fn fix(&self, x: &Fix) -> String {
        let old = x.span.slice(&self.draft.text);
        if old.is_empty() {
            return format!("<ins>{}</ins>", html(&x.replacement));
        }
        format!(
            "<del>{}</del> → <ins>{}</ins>",
            html(&plain(old)),
            html(&x.replacement)
        )
    }

    /// A source sentence, its value marked, with where it comes from.
    fn quote(&self, e: &Evidence) -> String {
        let l = self.labels;
        let source = self.corpus.docs.get(e.doc);
        let lang = source.map_or("", |s| lang_code(s.lang));
        let (class, stance) = if e.agrees {
            ("source agrees", l.agrees)
        } else {
            ("source differs", l.says_otherwise)
        };
        let mut s = format!(
            "<figure class=\"{class}\">\n<blockquote lang=\"{lang}\">{}</blockquote>\n<figcaption><span class=\"stance\">{}</span>",
            marked_value(&e.excerpt, &e.value),
            html(stance)
        );
        if let Some(speaker) = &e.speaker {
            s.push_str(&format!(" {} {}", html(l.according_to), html(speaker)));
        }
        s.push_str(&format!("<br>{}</figcaption>\n</figure>\n", self.cite(e)));
        s
    }

    /// `file.md`, line N · title · date · outlet, as far as the source tells.
    fn cite(&self, e: &Evidence) -> String {
        let l = self.labels;
        let Some(doc) = self.corpus.docs.get(e.doc).map(|s| &s.doc) else {
            return String::new();
        };
        let place = if doc.cited_by_place() {
            // A PDF's page, a Word file's or a web page's paragraph.
            doc.place_of(e.span.start).tell(l.lang)
        } else {
            format!("{} {}", l.line, e.line + 1)
        };
        let mut parts = vec![format!(
            "<code class=\"file\" title=\"{}\">{}</code>, {}",
            html(&(self.shown)(&doc.path)),
            html(&doc.file_name()),
            html(&place)
        )];
        if let Some(t) = &doc.meta.title {
            parts.push(format!("<cite>{}</cite>", html(t)));
        }
        if let Some(d) = &doc.meta.date {
            parts.push(format!("<time>{}</time>", html(d)));
        } else if let Some(d) = doc.meta.day {
            parts.push(format!("<time>{}</time>", d.day.iso()));
        }
        if let Some(o) = &doc.meta.outlet {
            parts.push(format!("<span class=\"outlet\">{}</span>", html(o)));
        }
        parts.join(" · ")
    }

    /// A revised figure's history: the chart, and the same values as a table.
    fn timeline(&self, f: &Finding) -> String {
        let l = self.labels;
        let latest = f.timeline.iter().filter_map(|e| e.day).max();
        let points: Vec<Point> = f
            .timeline
            .iter()
            .filter_map(|e| {
                let day = e.day?;
                Some(Point {
                    day,
                    number: self.number(e),
                    label: e.value.clone(),
                    day_label: day.written(l.lang),
                    drafts: e.agrees,
                    latest: Some(day) == latest,
                })
            })
            .collect();
        let title = format!(
            "{}{}{}",
            l.timeline,
            l.colon,
            points
                .iter()
                .map(|p| format!("{} ({})", p.label, p.day_label))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut s = format!(
            "<div class=\"timeline\"><h3>{}</h3>\n{}\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th></th></tr></thead><tbody>\n",
            html(l.timeline),
            chart(&points, &title),
            html(l.day),
            html(l.value),
            html(l.source)
        );
        for e in &f.timeline {
            let mut notes = Vec::new();
            if e.agrees {
                notes.push(l.drafts_value);
            }
            if e.day.is_some() && e.day == latest {
                notes.push(l.latest);
            }
            let file = self
                .corpus
                .docs
                .get(e.doc)
                .map(|s| s.doc.file_name())
                .unwrap_or_default();
            s.push_str(&format!(
                "<tr><td><time>{}</time></td><td class=\"num\">{}</td><td><code>{}</code></td><td>{}</td></tr>\n",
                e.day.map(|d| d.iso()).unwrap_or_default(),
                html(&e.value),
                html(&file),
                html(&notes.join(", "))
            ));
        }
        s.push_str("</tbody></table></div>\n");
        s
    }

    /// The figure of a piece of evidence as a number, from the source's own claim.
    fn number(&self, e: &Evidence) -> Option<f64> {
        let source = self.corpus.docs.get(e.doc)?;
        source
            .claims
            .iter()
            .filter(|c| c.span == e.value_span)
            .find_map(|c| match &c.value {
                Value::Quantity(q) => Some((q.low + q.high) / 2.0),
                _ => None,
            })
    }
}

/// A verdict's coloured name.
pub fn badge(l: &Labels, v: crate::verdict::Verdict) -> String {
    format!(
        "<span class=\"badge v-{}\">{}</span>",
        marks::key(v),
        html(l.verdict(v))
    )
}

/// The sentence with its value marked, where the value stands in it as written;
/// otherwise the value after it.
fn marked_value(excerpt: &str, value: &str) -> String {
    let excerpt = excerpt.replace(['\n', '\r'], " ");
    if value.is_empty() {
        return html(&excerpt);
    }
    match excerpt.find(value) {
        Some(i) => format!(
            "{}<mark>{}</mark>{}",
            html(&excerpt[..i]),
            html(value),
            html(&excerpt[i + value.len()..])
        ),
        None => format!("{} (<mark>{}</mark>)", html(&excerpt), html(value)),
    }
}

/// Markdown marks (`**`, `_`) and line breaks out of a piece of the draft, for a
/// heading or a fix.
fn plain(words: &str) -> String {
    words
        .replace(['\n', '\r'], " ")
        .replace("**", "")
        .replace("__", "")
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(excerpt, value, expected HTML)`.
    fn check(excerpt: &str, value: &str, expected: &str) {
        assert_eq!(marked_value(excerpt, value), expected);
    }

    #[test]
    fn the_value_is_marked_in_the_sentence_as_written() {
        check(
            "Il y a 2 400 foyers <évacués>.",
            "2 400",
            "Il y a <mark>2 400</mark> foyers &lt;évacués&gt;.",
        );
        check("Twelve lines.", "12", "Twelve lines. (<mark>12</mark>)");
        check("No value.", "", "No value.");
        assert_eq!(plain("**12**\nmillion"), "12 million");
    }
}
