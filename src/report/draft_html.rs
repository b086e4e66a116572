//! A draft's markdown as HTML, each claim marked as a link to its evidence.
//!
//! Written over pulldown-cmark's events (the parse the claims were read from, with
//! the same options) rather than through its HTML writer, so that every word of the
//! draft is escaped in one place and nothing on the page can load anything: raw
//! HTML is shown as text, an image as its description, and only web and mail links
//! stay links. A claim's first piece is a focusable link to its evidence; where it
//! stands inside a link of the draft, it is only coloured (the side panel's list of
//! claims still reaches it).

use super::escape::{html, ident};
use super::labels::Labels;
use super::marks::{self, Mark};
use crate::text::Span;
use pulldown_cmark::{Alignment, Event, Parser, Tag, TagEnd};

/// The draft `text` as HTML, its claims marked; `prefix` makes its ids unique on
/// the page.
pub fn draft_html(text: &str, marks: &[Mark], prefix: &str, labels: &Labels) -> String {
    let mut w = Writer {
        text,
        marks,
        prefix,
        labels,
        out: String::with_capacity(text.len() * 2),
        shown: vec![false; marks.len()],
        links: 0,
        skip: 0,
        closers: Vec::new(),
        image_alt: None,
        code_block: false,
        in_head: false,
        align: Vec::new(),
        cell: 0,
    };
    for (event, range) in Parser::new_ext(text, crate::markdown::OPTIONS).into_offset_iter() {
        w.event(event, Span::new(range.start, range.end));
    }
    w.out
}

struct Writer<'a> {
    text: &'a str,
    marks: &'a [Mark<'a>],
    prefix: &'a str,
    labels: &'a Labels,
    out: String,
    /// Marks whose focusable first piece is written.
    shown: Vec<bool>,
    /// Depth of links of the draft around the text.
    links: usize,
    /// Depth of what is not shown (front matter).
    skip: usize,
    /// What closes each open link (a link or a plain span).
    closers: Vec<&'static str>,
    /// The description of the image being read, if inside one.
    image_alt: Option<String>,
    code_block: bool,
    in_head: bool,
    align: Vec<Alignment>,
    cell: usize,
}

impl Writer<'_> {
    fn event(&mut self, event: Event, range: Span) {
        if self.skip > 0 {
            match event {
                Event::Start(Tag::MetadataBlock(_)) => self.skip += 1,
                Event::End(TagEnd::MetadataBlock(_)) => self.skip -= 1,
                _ => {}
            }
            return;
        }
        if let Some(alt) = &mut self.image_alt {
            match event {
                Event::End(TagEnd::Image) => {
                    let alt = std::mem::take(alt);
                    self.image_alt = None;
                    let words = if alt.trim().is_empty() {
                        format!("[{}]", self.labels.image)
                    } else {
                        format!("[{}{}{}]", self.labels.image, self.labels.colon, alt.trim())
                    };
                    self.out
                        .push_str(&format!("<span class=\"img\">{}</span>", html(&words)));
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if self.code_block {
                    self.out.push_str(&html(&t));
                } else {
                    self.text_event(&t, range);
                }
            }
            Event::Code(t) => self.out.push_str(&format!("<code>{}</code>", html(&t))),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.out.push_str(&format!("<code>{}</code>", html(&t)))
            }
            Event::Html(t) | Event::InlineHtml(t) => self.raw_html(&t),
            Event::FootnoteReference(label) => self.out.push_str(&format!(
                "<sup class=\"fnref\"><a href=\"#{}-fn-{}\">{}</a></sup>",
                self.prefix,
                ident(&label),
                html(&label)
            )),
            Event::SoftBreak => self.out.push('\n'),
            Event::HardBreak => self.out.push_str("<br>\n"),
            Event::Rule => self.out.push_str("<hr>\n"),
            Event::TaskListMarker(done) => self.out.push_str(if done {
                "<input type=\"checkbox\" disabled checked> "
            } else {
                "<input type=\"checkbox\" disabled> "
            }),
        }
    }

    fn start(&mut self, tag: Tag) {
        let o = &mut self.out;
        match tag {
            Tag::Paragraph => o.push_str("<p>"),
            // The page's own title is the one h1.
            Tag::Heading { level, .. } => {
                o.push_str(&format!("<h{}>", (level as usize + 1).min(6)))
            }
            Tag::BlockQuote(_) => o.push_str("<blockquote>\n"),
            Tag::CodeBlock(_) => {
                self.code_block = true;
                o.push_str("<pre><code>");
            }
            Tag::HtmlBlock => {}
            Tag::List(Some(1)) => o.push_str("<ol>\n"),
            Tag::List(Some(n)) => o.push_str(&format!("<ol start=\"{n}\">\n")),
            Tag::List(None) => o.push_str("<ul>\n"),
            Tag::Item => o.push_str("<li>"),
            Tag::FootnoteDefinition(label) => o.push_str(&format!(
                "<div class=\"footnote\" id=\"{}-fn-{}\"><sup class=\"fnlabel\">{}</sup> ",
                self.prefix,
                ident(&label),
                html(&label)
            )),
            Tag::DefinitionList => o.push_str("<dl>\n"),
            Tag::DefinitionListTitle => o.push_str("<dt>"),
            Tag::DefinitionListDefinition => o.push_str("<dd>"),
            Tag::Table(align) => {
                self.align = align;
                o.push_str("<table>\n");
            }
            Tag::TableHead => {
                self.in_head = true;
                self.cell = 0;
                o.push_str("<thead><tr>");
            }
            Tag::TableRow => {
                self.cell = 0;
                o.push_str("<tr>");
            }
            Tag::TableCell => {
                let cell = if self.in_head { "th" } else { "td" };
                let align = match self.align.get(self.cell) {
                    Some(Alignment::Left) => " style=\"text-align:left\"",
                    Some(Alignment::Center) => " style=\"text-align:center\"",
                    Some(Alignment::Right) => " style=\"text-align:right\"",
                    _ => "",
                };
                o.push_str(&format!("<{cell}{align}>"));
            }
            Tag::Emphasis => o.push_str("<em>"),
            Tag::Strong => o.push_str("<strong>"),
            Tag::Strikethrough => o.push_str("<del>"),
            Tag::Superscript => o.push_str("<sup>"),
            Tag::Subscript => o.push_str("<sub>"),
            Tag::Link {
                dest_url, title, ..
            } => {
                self.links += 1;
                if is_safe_link(&dest_url) {
                    let title = if title.is_empty() {
                        String::new()
                    } else {
                        format!(" title=\"{}\"", html(&title))
                    };
                    o.push_str(&format!(
                        "<a class=\"ext\" href=\"{}\"{title} rel=\"noopener noreferrer\">",
                        html(&dest_url)
                    ));
                    self.closers.push("</a>");
                } else {
                    o.push_str(&format!(
                        "<span class=\"link\" title=\"{}\">",
                        html(&dest_url)
                    ));
                    self.closers.push("</span>");
                }
            }
            Tag::Image { .. } => self.image_alt = Some(String::new()),
            Tag::MetadataBlock(_) => self.skip = 1,
        }
    }

    fn end(&mut self, tag: TagEnd) {
        let o = &mut self.out;
        match tag {
            TagEnd::Paragraph => o.push_str("</p>\n"),
            TagEnd::Heading(level) => o.push_str(&format!("</h{}>\n", (level as usize + 1).min(6))),
            TagEnd::BlockQuote(_) => o.push_str("</blockquote>\n"),
            TagEnd::CodeBlock => {
                self.code_block = false;
                o.push_str("</code></pre>\n");
            }
            TagEnd::HtmlBlock => {}
            TagEnd::List(true) => o.push_str("</ol>\n"),
            TagEnd::List(false) => o.push_str("</ul>\n"),
            TagEnd::Item => o.push_str("</li>\n"),
            TagEnd::FootnoteDefinition => o.push_str("</div>\n"),
            TagEnd::DefinitionList => o.push_str("</dl>\n"),
            TagEnd::DefinitionListTitle => o.push_str("</dt>\n"),
            TagEnd::DefinitionListDefinition => o.push_str("</dd>\n"),
            TagEnd::Table => o.push_str("</tbody></table>\n"),
            TagEnd::TableHead => {
                self.in_head = false;
                o.push_str("</tr></thead><tbody>\n");
            }
            TagEnd::TableRow => o.push_str("</tr>\n"),
            TagEnd::TableCell => {
                o.push_str(if self.in_head { "</th>" } else { "</td>" });
                self.cell += 1;
            }
            TagEnd::Emphasis => o.push_str("</em>"),
            TagEnd::Strong => o.push_str("</strong>"),
            TagEnd::Strikethrough => o.push_str("</del>"),
            TagEnd::Superscript => o.push_str("</sup>"),
            TagEnd::Subscript => o.push_str("</sub>"),
            TagEnd::Link => {
                self.links = self.links.saturating_sub(1);
                o.push_str(self.closers.pop().unwrap_or(""));
            }
            TagEnd::Image | TagEnd::MetadataBlock(_) => {}
        }
    }

    /// Raw HTML of the draft, shown as the text it is; comments (the
    /// `recoupe-ignore` mark) are left out, as a browser would.
    fn raw_html(&mut self, t: &str) {
        let t = t.trim_end_matches('\n');
        if t.trim().is_empty()
            || (t.trim_start().starts_with("<!--") && t.trim_end().ends_with("-->"))
        {
            return;
        }
        self.out
            .push_str(&format!("<code class=\"raw\">{}</code>", html(t)));
    }

    /// A text event at `range` of the draft: cut where claims start and end when its
    /// text is the draft's bytes, else marked whole.
    fn text_event(&mut self, t: &str, range: Span) {
        let verbatim = self.text.get(range.start..range.end) == Some(t);
        if !verbatim {
            let over = marks::over(self.marks, range);
            self.piece(t, over);
            return;
        }
        for (span, mark) in marks::pieces(self.marks, range) {
            let words = span.slice(self.text);
            self.piece(words, mark);
        }
    }

    fn piece(&mut self, words: &str, mark: Option<usize>) {
        let Some(m) = mark.and_then(|i| self.marks.get(i)) else {
            self.out.push_str(&html(words));
            return;
        };
        let key = marks::key(m.verdict);
        let name = html(self.labels.verdict(m.verdict));
        let anchor = marks::anchor(self.prefix, m.n);
        let panel = marks::panel(self.prefix, m.n);
        let first = !self.shown.get(m.n).copied().unwrap_or(true);
        if let Some(s) = self.shown.get_mut(m.n) {
            *s = true;
        }
        let class = format!("claim v-{key}");
        let words = html(words);
        let piece = if self.links > 0 {
            let id = if first {
                format!(" id=\"{anchor}\"")
            } else {
                String::new()
            };
            format!("<span class=\"{class}\"{id} data-verdict=\"{key}\" title=\"{name}\">{words}</span>")
        } else if first {
            format!(
                "<a class=\"{class}\" id=\"{anchor}\" href=\"#{panel}\" data-verdict=\"{key}\" title=\"{name}\">{words}<span class=\"sr\"> ({name})</span></a>"
            )
        } else {
            format!(
                "<a class=\"{class} cont\" href=\"#{panel}\" tabindex=\"-1\" aria-hidden=\"true\" data-verdict=\"{key}\" title=\"{name}\">{words}</a>"
            )
        };
        self.out.push_str(&piece);
    }
}

/// Links a reader may follow from the page: to the web or to a mail address.
/// Anything else (`javascript:`, `data:`, a local file) is shown but not linked.
fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;
    use crate::lang::Lang;
    use crate::verdict::Verdict;
    use crate::verify::Finding;

    /// `check(markdown, verdicts of its claims, expected HTML)`.
    fn check(text: &str, verdicts: &[Verdict], expected: &str) {
        let draft = Draft::new("d.md", text);
        assert_eq!(draft.claims.len(), verdicts.len(), "{:?}", draft.claims);
        let findings: Vec<Finding> = draft
            .claims
            .iter()
            .zip(verdicts)
            .map(|(c, v)| Finding {
                claim: c.clone(),
                verdict: *v,
                message: String::new(),
                evidence: Vec::new(),
                fixes: Vec::new(),
                timeline: Vec::new(),
            })
            .collect();
        let marks = marks::marks(&findings);
        let got = draft_html(text, &marks, "d0", super::super::labels::labels(Lang::En));
        assert_eq!(got.trim_end(), expected);
    }

    #[test]
    fn a_claim_is_a_link_to_its_evidence() {
        check(
            "It cost 12 million pounds.",
            &[Verdict::Contradicted],
            "<p>It cost <a class=\"claim v-contradicted\" id=\"d0-m0\" href=\"#d0-e0\" data-verdict=\"contradicted\" title=\"contradicted\">12 million pounds<span class=\"sr\"> (contradicted)</span></a>.</p>",
        );
    }

    #[test]
    fn a_claim_across_emphasis_is_one_claim_in_pieces() {
        check(
            "It cost **12** million pounds.",
            &[Verdict::Supported],
            "<p>It cost <strong><a class=\"claim v-ok\" id=\"d0-m0\" href=\"#d0-e0\" data-verdict=\"ok\" title=\"ok\">12<span class=\"sr\"> (ok)</span></a></strong><a class=\"claim v-ok cont\" href=\"#d0-e0\" tabindex=\"-1\" aria-hidden=\"true\" data-verdict=\"ok\" title=\"ok\"> million pounds</a>.</p>",
        );
    }

    #[test]
    fn front_matter_raw_html_and_images_load_nothing() {
        check(
            "---\ntitle: T\n---\n\n<script>alert(1)</script>\n\n<!-- recoupe-ignore -->\n\n![a & b](http://x/y.png) <img src=x onerror=alert(1)>",
            &[],
            "<code class=\"raw\">&lt;script&gt;alert(1)&lt;/script&gt;</code><p><span class=\"img\">[image: a &amp; b]</span> <code class=\"raw\">&lt;img src=x onerror=alert(1)&gt;</code></p>",
        );
    }

    #[test]
    fn only_web_and_mail_links_stay_links() {
        check(
            "See [this](https://example.org/a?b=1&c=\"2\") and [that](javascript:alert(1)).",
            &[],
            "<p>See <a class=\"ext\" href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\">this</a> and <span class=\"link\" title=\"javascript:alert(1)\">that</span>.</p>",
        );
    }

    #[test]
    fn headings_lists_tables_and_footnotes() {
        check(
            "# Title\n\n- apples\n- pears\n\n| a | b |\n|---|--:|\n| x | y |\n\nNote[^n].\n\n[^n]: A note.",
            &[],
            "<h2>Title</h2>\n<ul>\n<li>apples</li>\n<li>pears</li>\n</ul>\n<table>\n<thead><tr><th>a</th><th style=\"text-align:right\">b</th></tr></thead><tbody>\n<tr><td>x</td><td style=\"text-align:right\">y</td></tr>\n</tbody></table>\n<p>Note<sup class=\"fnref\"><a href=\"#d0-fn-n\">n</a></sup>.</p>\n<div class=\"footnote\" id=\"d0-fn-n\"><sup class=\"fnlabel\">n</sup> <p>A note.</p>\n</div>",
        );
    }
}
