//! `textDocument/hover`: anywhere on a checked claim (supported ones included; a
//! figure with its unit or counted noun, a title with its name), the verdict
//! and each source sentence with the value in bold, cited by file name, title, date
//! and outlet; for a disputed claim, every value and who gives it. Null elsewhere.

use crate::lsp::jobs::analyse;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::markdown_escape::escape;
use crate::lsp::session::Analysis;
use crate::lsp::{from_proto, to_proto};
use crate::verify::{Citation, Evidence, Finding, Verdict};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

pub async fn hover(ctx: Arc<Ctx>, params: HoverParams) -> Result<Option<Hover>> {
    let at = params.text_document_position_params;
    let Some(a) = analyse::analysis(&ctx, &at.text_document.uri).await else {
        return Ok(None);
    };
    let enc = ctx.session.caps().encoding;
    let offset = from_proto::offset(&a.draft.lines, &a.draft.text, at.position, enc);
    let claims: Vec<&Finding> = a.claims_at(offset).collect();
    let Some(first) = claims.first() else {
        return Ok(None);
    };
    let value = claims
        .iter()
        .map(|c| markdown(&a, c))
        .collect::<Vec<_>>()
        .join("\n\n---\n\n");
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(to_proto::doc_range(&a.draft, first.claim.extent, enc)),
    }))
}

/// The hover text of one checked claim.
pub fn markdown(a: &Analysis, c: &Finding) -> String {
    let lang = a.lang;
    let mut out = format!("**Recoupe: {}**", c.verdict.named(lang));
    if !c.message.is_empty() {
        out.push_str(" — ");
        out.push_str(&escape(&c.message));
    }
    if c.verdict == Verdict::Disputed {
        out.push_str("\n\n");
        out.push_str(&crate::tr!(lang, "hover-disputed"));
        let unattributed = crate::tr!(lang, "hover-no-speaker");
        for ev in &c.evidence {
            let who = ev.speaker.as_deref().unwrap_or(&unattributed);
            out.push_str(&format!(
                "\n- **{}** — {} ({})",
                escape(&ev.value),
                escape(who),
                cite_name(a, ev)
            ));
        }
    }
    if !c.timeline.is_empty() {
        out.push_str(&timeline(a, c));
    }
    if c.evidence.is_empty() {
        out.push_str("\n\n");
        out.push_str(&crate::tr!(lang, "hover-no-source"));
    }
    for ev in &c.evidence {
        let stance = if ev.agrees {
            crate::tr!(lang, "hover-agrees")
        } else {
            crate::tr!(lang, "hover-disagrees")
        };
        out.push_str(&format!("\n\n{stance}:\n\n> {}", bold_value(ev)));
        out.push_str(&format!("\n\n— {}", citation(a, ev)));
    }
    out
}

/// A revised figure's timeline, oldest first: each value with its day, who gave
/// it and its file; the draft's value and the latest marked.
fn timeline(a: &Analysis, c: &Finding) -> String {
    let latest = c.timeline.iter().filter_map(|e| e.day).max();
    let mut out = format!(
        "\n\n{}\n\n{}\n|---|---|---|---|---|",
        crate::tr!(a.lang, "hover-timeline"),
        crate::tr!(a.lang, "hover-timeline-columns")
    );
    for ev in &c.timeline {
        let mut marks = Vec::new();
        if ev.agrees {
            marks.push(crate::tr!(a.lang, "hover-mark-draft"));
        }
        if ev.day.is_some() && ev.day == latest {
            marks.push(crate::tr!(a.lang, "hover-mark-latest"));
        }
        out.push_str(&format!(
            "\n| {} | **{}** | {} | {} | {} |",
            ev.day.map(|d| d.iso()).unwrap_or_default(),
            escape(&ev.value),
            escape(ev.speaker.as_deref().unwrap_or("—")),
            cite_name(a, ev),
            marks.join(", ")
        ));
    }
    out
}

fn cite_name(a: &Analysis, ev: &Evidence) -> String {
    a.corpus
        .docs
        .get(ev.doc)
        .map(|s| format!("`{}`", s.doc.file_name()))
        .unwrap_or_default()
}

/// `` `file.md` line N `` · *title* · date · outlet, as far as the source's front
/// matter tells; for a PDF `` `report.pdf` p. 3 ``, for a Word file or a web page
/// `` `memo.docx` § 12 ``, as `place_words` says.
pub fn citation(a: &Analysis, ev: &Evidence) -> String {
    let cited = Citation::of(&a.corpus, ev).markdown(a.lang, escape);
    match a.corpus.docs.get(ev.doc).map(|s| &s.doc) {
        Some(doc) if doc.cited_by_place() => {
            let line = crate::tr!(a.lang, "cite-line", line = (ev.line + 1).to_string());
            let place = doc.place_of(ev.span.start).tell(a.lang);
            cited.replacen(
                &format!("`{}` {line}", doc.file_name()),
                &format!("`{}` {place}", doc.file_name()),
                1,
            )
        }
        _ => cited,
    }
}

/// The excerpt with the value in bold (found in the excerpt as written; otherwise
/// given after it).
fn bold_value(ev: &Evidence) -> String {
    let excerpt = ev.excerpt.replace(['\n', '\r'], " ");
    if !ev.value.is_empty() {
        if let Some(i) = excerpt.find(&ev.value) {
            let (before, rest) = excerpt.split_at(i);
            let after = &rest[ev.value.len()..];
            return format!(
                "{}**{}**{}",
                escape(before),
                escape(&ev.value),
                escape(after)
            );
        }
        return format!("{} (**{}**)", escape(&excerpt), escape(&ev.value));
    }
    escape(&excerpt)
}
