//! The whole report page: its head (a Content-Security-Policy that allows no
//! request at all, the inlined style), the summary of verdicts, each draft with its
//! claims marked, and the side panel (a hint, the claims to review, the legend, and
//! each claim's evidence).
//!
//! The page has no script: a claim is a link to its evidence's section, and the
//! style shows the section the address points at (`:target`), so choosing a claim
//! works with a mouse, from the keyboard (Tab, Enter) and with scripts disabled.

use super::draft_html::draft_html;
use super::escape::html;
use super::evidence::{badge, Panel};
use super::labels::{labels, Labels};
use super::marks::{self, Mark};
use super::{Draft, Input};
use crate::lang::Lang;
use crate::verdict::Verdict;

/// Nothing may be fetched: no script, font, image, frame or connection; only the
/// page's own inline style applies.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE: &str = include_str!("page.css");

/// The report of `input`'s drafts, its words in the first draft's language.
pub fn page(input: &Input) -> String {
    let lang = input.drafts.first().map_or(Lang::En, |d| d.lang);
    let l = labels(lang);
    let drafts: Vec<(String, &Draft, Vec<Mark>)> = input
        .drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let marks = marks::marks(d.flagged.iter().chain(d.supported));
            (format!("d{i}"), d, marks)
        })
        .collect();
    let title = input
        .drafts
        .first()
        .map(|d| d.doc.meta.title.clone().unwrap_or_else(|| d.name.clone()))
        .unwrap_or_default();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Recoupe {}\">\n\
         <title>{} — {}</title>\n<style>\n{STYLE}{}</style>\n</head>\n<body id=\"top\">\n",
        l.html_lang,
        env!("CARGO_PKG_VERSION"),
        html(l.page_title),
        html(&title),
        chosen_style(&drafts),
    );
    out.push_str("<main>\n<header class=\"masthead\">\n");
    out.push_str(&format!("<h1>{}</h1>\n", html(l.page_title)));
    let names: Vec<String> = input.drafts.iter().map(|d| html(&d.name)).collect();
    out.push_str(&format!(
        "<p>{}{}{} · {} {}</p>\n</header>\n",
        html(l.files),
        l.colon,
        names.join(", "),
        html(l.generated_by),
        env!("CARGO_PKG_VERSION")
    ));
    out.push_str(&summary(l, &input.drafts));
    for (prefix, d, marks) in &drafts {
        out.push_str(&article(l, prefix, d, marks));
    }
    out.push_str("</main>\n");
    out.push_str(&panel(l, input, &drafts));
    out.push_str("</body>\n</html>\n");
    out
}

/// The claim whose evidence is shown stays outlined in the text: one selector per
/// claim, since the style cannot otherwise tie the two (the ids are the page's own).
fn chosen_style(drafts: &[(String, &Draft, Vec<Mark>)]) -> String {
    let selectors: Vec<String> = drafts
        .iter()
        .flat_map(|(prefix, _, marks)| {
            marks.iter().map(move |m| {
                let panel = marks::panel(prefix, m.n);
                format!("body:has(#{panel}:target) .claim[href=\"#{panel}\"]")
            })
        })
        .collect();
    if selectors.is_empty() {
        return String::new();
    }
    format!(
        "{} {{ outline: 3px solid var(--ink); outline-offset: 2px; }}\n",
        selectors.join(",\n")
    )
}

/// The verdicts in the order the page lists them: the gravest first, `ok` last.
fn verdicts() -> impl Iterator<Item = Verdict> {
    Verdict::CODED.into_iter().chain([Verdict::Supported])
}

/// Claims checked, and how many of each verdict: the counts of `recoupe check
/// --format json` (its `summary.by_verdict`), and the supported claims beside them.
fn summary(l: &Labels, drafts: &[Draft]) -> String {
    let count = |v: Verdict| -> usize {
        drafts
            .iter()
            .map(|d| {
                if v == Verdict::Supported {
                    d.supported.len()
                } else {
                    d.flagged.iter().filter(|f| f.verdict == v).count()
                }
            })
            .sum()
    };
    let total: usize = drafts
        .iter()
        .map(|d| d.flagged.len() + d.supported.len())
        .sum();
    let mut s = format!(
        "<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">{}</h2>\n\
         <p class=\"total\">{}{}<strong id=\"claims-checked\" data-count=\"{total}\">{total}</strong></p>\n\
         <table class=\"counts\"><tbody>\n",
        html(l.summary),
        html(l.claims_checked),
        l.colon
    );
    for v in verdicts() {
        let n = count(v);
        let zero = if n == 0 { " data-zero" } else { "" };
        s.push_str(&format!(
            "<tr data-verdict=\"{}\"{zero}><th scope=\"row\">{}</th><td data-count=\"{n}\">{n}</td></tr>\n",
            marks::key(v),
            badge(l, v)
        ));
    }
    s.push_str("</tbody></table>\n</section>\n");
    s
}

/// One draft, rendered, with its front matter's title and date above it.
fn article(l: &Labels, prefix: &str, d: &Draft, marks: &[Mark]) -> String {
    let mut head = vec![format!("<code>{}</code>", html(&d.name))];
    if let Some(t) = &d.doc.meta.title {
        head.push(html(t));
    }
    if let Some(date) = &d.doc.meta.date {
        head.push(format!("<time>{}</time>", html(date)));
    }
    let lang = match d.lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    };
    let mut s = format!(
        "<article class=\"draft\" id=\"{prefix}\" lang=\"{lang}\" aria-label=\"{}\">\n<header class=\"draft-head\"><p>{}</p></header>\n",
        html(&d.name),
        head.join(" · ")
    );
    if marks.is_empty() {
        s.push_str(&format!("<p class=\"hint\">{}</p>\n", html(l.no_claims)));
    }
    s.push_str(&draft_html(&d.doc.text, marks, prefix, l));
    s.push_str("</article>\n");
    s
}

/// The side panel: what to do, the claims to review, the legend; then each claim's
/// evidence, shown one at a time.
fn panel(l: &Labels, input: &Input, drafts: &[(String, &Draft, Vec<Mark>)]) -> String {
    let mut s = format!(
        "<aside class=\"panel\" aria-label=\"{}\">\n<div class=\"default\">\n<p class=\"hint\">{}</p>\n",
        html(l.evidence),
        html(l.hint)
    );
    let review: Vec<String> = drafts
        .iter()
        .flat_map(|(prefix, d, marks)| {
            marks
                .iter()
                .filter(|m| m.verdict != Verdict::Supported)
                .map(move |m| {
                    format!(
                        "<li><a href=\"#{}\">{} {}</a></li>",
                        marks::panel(prefix, m.n),
                        badge(l, m.verdict),
                        html(&m.extent.slice(&d.doc.text).replace(['\n', '\r'], " "))
                    )
                })
        })
        .collect();
    if !review.is_empty() {
        s.push_str(&format!(
            "<nav aria-labelledby=\"review-h\"><h2 id=\"review-h\">{}</h2>\n<ol class=\"review\">\n{}\n</ol></nav>\n",
            html(l.to_review),
            review.join("\n")
        ));
    }
    s.push_str(&legend(l));
    s.push_str("</div>\n");
    for (prefix, d, marks) in drafts {
        let panel = Panel {
            corpus: input.corpus,
            labels: l,
            shown: input.shown,
            draft: d.doc,
            draft_name: &d.name,
            prefix,
        };
        for m in marks {
            s.push_str(&panel.section(m));
        }
    }
    s.push_str("</aside>\n");
    s
}

/// Each verdict as the text shows it, and what it means.
fn legend(l: &Labels) -> String {
    let mut s = format!(
        "<section class=\"legend\" aria-labelledby=\"legend-h\"><h2 id=\"legend-h\">{}</h2>\n<dl>\n",
        html(l.legend)
    );
    for v in verdicts() {
        s.push_str(&format!(
            "<div class=\"row\" data-verdict=\"{key}\"><dt><span class=\"claim v-{key}\">{}</span></dt><dd>{}</dd></div>\n",
            html(l.verdict(v)),
            html(l.meaning(v)),
            key = marks::key(v)
        ));
    }
    s.push_str("</dl></section>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::document::Document;
    use crate::verify::{self, Options};

    /// A page for `draft` checked against `sources` (name, text).
    fn report(draft: &str, sources: &[(&str, &str)]) -> String {
        let corpus = Corpus::from_texts(sources.iter().map(|(n, t)| (*n, t.to_string())));
        let d = crate::Draft::new("draft.md", draft);
        let options = Options::new(crate::lang::Language::Auto, draft);
        let (supported, flagged): (Vec<_>, Vec<_>) = verify::check(&d, &corpus, &options)
            .into_iter()
            .partition(|f| f.verdict == Verdict::Supported);
        let doc: &Document = &d.doc;
        let shown = |p: &std::path::Path| p.display().to_string();
        page(&Input {
            drafts: vec![Draft {
                name: "draft.md".into(),
                doc,
                flagged: &flagged,
                supported: &supported,
                lang: options.lang,
            }],
            corpus: &corpus,
            shown: &shown,
        })
    }

    /// `check(page, expected fragments)`: each fragment is on the page.
    fn check(page: &str, expected: &[&str]) {
        for e in expected {
            assert!(page.contains(e), "missing {e:?} in\n{page}");
        }
    }

    const SOURCE: &str = "---\ntitle: Le pont de Valbrune\ndate: 2026-02-03\noutlet: La Gazette (fictive)\n---\nLe pont de Valbrune a coûté 12 millions d'euros, selon la mairie.\n";

    #[test]
    fn a_french_draft_gets_a_french_page_that_loads_nothing() {
        let page = report(
            "---\ntitle: Brouillon\n---\n\nLe pont de Valbrune a coûté 15 millions d'euros, selon la mairie.\n",
            &[("pont.md", SOURCE)],
        );
        check(
            &page,
            &[
                "<html lang=\"fr\">",
                "content=\"default-src 'none'; style-src 'unsafe-inline'",
                "<h1>Rapport de vérification</h1>",
                "data-count=\"1\">1</strong>",
                "<tr data-verdict=\"contradicted\"><th scope=\"row\"><span class=\"badge v-contradicted\">contredit</span></th><td data-count=\"1\">1</td></tr>",
                "href=\"#d0-e0\" data-verdict=\"contradicted\"",
                "<section class=\"evidence\" id=\"d0-e0\"",
                "<del>15 millions</del> → <ins>12 millions</ins>",
                "<mark>12 millions</mark>",
                "<cite>Le pont de Valbrune</cite> · <time>2026-02-03</time> · <span class=\"outlet\">La Gazette (fictive)</span>",
            ],
        );
        for banned in ["<script", "src=", "<link", "@import", "url("] {
            assert!(!page.contains(banned), "{banned} in\n{page}");
        }
    }

    #[test]
    fn words_from_the_draft_and_sources_are_escaped() {
        let page = report(
            "The <b>bridge</b> cost 12 million pounds <script>x()</script>.\n",
            &[(
                "bridge.md",
                "The bridge cost 12 million pounds, the <i>council</i> said.\n",
            )],
        );
        check(
            &page,
            &[
                "<html lang=\"en\">",
                "<code class=\"raw\">&lt;b&gt;</code>bridge",
                "&lt;script&gt;",
            ],
        );
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<i>council"), "{page}");
    }
}
