//! How `recoupe check` prints findings: compiler-like text, or one JSON object.

use crate::config::Settings;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::verify::{Citation, Finding};
use annotate_snippets::{Level, Renderer, Snippet};
use serde_json::json;
use std::path::PathBuf;

/// The findings of one draft.
pub struct Report {
    pub file: PathBuf,
    pub draft: Document,
    pub checked: Vec<Finding>,
}

fn level(sev: &str) -> Level {
    match sev {
        "error" => Level::Error,
        "warning" => Level::Warning,
        "information" => Level::Info,
        _ => Level::Help,
    }
}

/// `file:line:col: severity[code]: message`, the draft line underlined, then the
/// evidence lines with their sources.
pub fn human(reports: &[Report], corpus: &Corpus, settings: &Settings) -> String {
    let renderer = Renderer::plain();
    let mut out = String::new();
    let mut count = 0;
    for r in reports {
        let path = r.file.display().to_string();
        for c in &r.checked {
            let code = c.verdict.code().unwrap_or("supported");
            let sev = settings.severity_of(c.verdict).as_str();
            let pos = r.draft.lines.position(
                &r.draft.text,
                c.claim.span.start,
                crate::text::Encoding::Utf32,
            );
            out.push_str(&format!(
                "{path}:{}:{}: {sev}[{code}]: {}\n",
                pos.line + 1,
                pos.col + 1,
                c.message
            ));
            let line = pos.line as usize;
            let (ls, le) = r.draft.lines.line_span(&r.draft.text, line);
            let src = &r.draft.text[ls..le];
            let a = c.claim.span.start.saturating_sub(ls).min(src.len());
            let b = c.claim.span.end.saturating_sub(ls).clamp(a, src.len());
            let label = c
                .fixes
                .first()
                .map(|f| format!("source: {}", f.replacement))
                .unwrap_or_default();
            let mut msg = level(sev).title(code).snippet(
                Snippet::source(src)
                    .line_start(line + 1)
                    .origin(&path)
                    .annotation(level(sev).span(a..b).label(&label)),
            );
            let notes: Vec<String> = c
                .evidence
                .iter()
                .map(|e| format!("{}: {}", Citation::of(corpus, e).located(), e.excerpt))
                .collect();
            for n in &notes {
                msg = msg.footer(Level::Note.title(n));
            }
            out.push_str(&renderer.render(msg).to_string());
            out.push_str("\n\n");
            count += 1;
        }
    }
    out.push_str(&format!(
        "{count} finding(s) in {} file(s)\n",
        reports.len()
    ));
    out
}

/// `{"findings": [...]}` with UTF-8 byte spans.
pub fn json(reports: &[Report], corpus: &Corpus, settings: &Settings) -> String {
    let mut findings = Vec::new();
    for r in reports {
        for c in &r.checked {
            let code = c.verdict.code().unwrap_or("supported");
            findings.push(json!({
                "file": r.file.display().to_string(),
                "code": code,
                "severity": settings.severity_of(c.verdict).as_str(),
                "message": c.message,
                "span": {"start": c.claim.span.start, "end": c.claim.span.end},
                "text": c.claim.span.slice(&r.draft.text),
                "evidence": c.evidence.iter().map(|e| json!({
                    "source": corpus.docs.get(e.doc).map(|s| s.doc.path.display().to_string()).unwrap_or_default(),
                    "line": e.line + 1,
                    "excerpt": e.excerpt,
                    "value": e.value,
                    "agrees": e.agrees,
                })).collect::<Vec<_>>(),
                "fixes": c.fixes.iter().map(|f| json!({
                    "span": {"start": f.span.start, "end": f.span.end},
                    "replacement": f.replacement,
                    "title": f.title,
                })).collect::<Vec<_>>(),
            }));
        }
    }
    let mut s = serde_json::to_string_pretty(&json!({ "findings": findings }))
        .unwrap_or_else(|_| "{\"findings\": []}".into());
    s.push('\n');
    s
}
