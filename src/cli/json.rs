//! `recoupe check --format json`: one JSON object for tools, its fields documented in
//! docs/json.md. Fields are only ever added; a change that breaks a reader bumps
//! `schema_version`.

use super::position::Range;
use super::render::{Report, Run};
use super::source_name::source_name;
use crate::document::Document;
use crate::text::Span;
use crate::verify::{Evidence, Finding, Fix};
use serde_json::{json, Map, Value};

/// The version of the JSON format below.
pub const SCHEMA_VERSION: u32 = 1;

/// `{"schema_version": 1, "findings": [...], "summary": {...}}`.
pub fn json(run: &Run) -> String {
    let findings: Vec<Value> = run
        .reports
        .iter()
        .flat_map(|r| r.checked.iter().map(move |f| finding(run, r, f)))
        .collect();
    let by_verdict: Map<String, Value> = run
        .tally()
        .into_iter()
        .map(|(v, n)| (v.label().to_string(), json!(n)))
        .collect();
    let out = json!({
        "schema_version": SCHEMA_VERSION,
        "findings": findings,
        "summary": {
            "files": run.reports.len(),
            "findings": run.reports.iter().map(|r| r.checked.len()).sum::<usize>(),
            "by_verdict": by_verdict,
        },
    });
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_else(|_| "{\"findings\": []}".into());
    s.push('\n');
    s
}

fn finding(run: &Run, r: &Report, f: &Finding) -> Value {
    json!({
        "file": run.paths.shown(&r.file),
        "code": Run::code(f),
        "severity": run.severity(f),
        "message": f.message,
        "span": span(&r.draft, f.claim.span),
        "text": f.claim.span.slice(&r.draft.text),
        "evidence": f.evidence.iter().map(|e| evidence(run, e, r.lang)).collect::<Vec<_>>(),
        "fixes": f.fixes.iter().map(|x| fix(&r.draft, x)).collect::<Vec<_>>(),
    })
}

fn evidence(run: &Run, e: &Evidence, lang: crate::lang::Lang) -> Value {
    let doc = run.corpus.docs.get(e.doc).map(|s| &s.doc);
    let mut v = json!({
        "source": doc.map(|d| run.paths.shown(&d.path)).unwrap_or_default(),
        "source_name": doc.and_then(source_name),
        "line": e.line + 1,
        "excerpt": e.excerpt,
        "value": e.value,
        "speaker": e.speaker,
        "agrees": e.agrees,
    });
    // Spans only where the corpus still holds the text they point into.
    if let (Some(doc), Value::Object(o)) = (doc, &mut v) {
        // Where the writer finds it: the line of a text file, a PDF's page, the
        // paragraph of a Word file or a web page.
        let place = doc.place_of(e.span.start);
        o.insert(
            "place".into(),
            json!({
                "kind": place.kind_name(),
                "number": place.number(),
                "label": place.tell(lang),
            }),
        );
        o.insert("span".into(), span(doc, e.span));
        o.insert("value_span".into(), span(doc, e.value_span));
    }
    v
}

fn fix(draft: &Document, x: &Fix) -> Value {
    json!({
        "span": span(draft, x.span),
        "replacement": x.replacement,
        "title": x.title,
    })
}

/// `{"start", "end"}` in UTF-8 bytes of `doc`'s text, and where both ends stand.
fn span(doc: &Document, s: Span) -> Value {
    let range = Range::of(&doc.text, &doc.lines, s);
    json!({
        "start": s.start,
        "end": s.end,
        "start_position": range.start,
        "end_position": range.end,
    })
}
