//! `recoupe check --format sarif`: a SARIF 2.1.0 log, for code-scanning dashboards
//! and editors that read SARIF. One rule per verdict; columns in UTF-16 code units,
//! counted from 1, as SARIF's default `columnKind` says.

use super::paths::FileUri;
use super::position::Range;
use super::render::{Report, Run};
use super::source_name::source_name;
use crate::document::Document;
use crate::text::Span;
use crate::verdict::Verdict;
use crate::verify::{Evidence, Finding, Fix};
use serde_json::{json, Value};
use std::path::Path;

/// Where the verdicts are explained (the same page the language server links to).
/// The base id relative file URIs are resolved against: the current directory.
const BASE_ID: &str = "%SRCROOT%";

/// What a rule says of itself: its name, what it means, what to do.
fn rule_text(v: Verdict) -> (&'static str, &'static str, &'static str) {
    match v {
        Verdict::Contradicted => (
            "Contradicted",
            "Sources about the same thing say otherwise.",
            "Write the sources' value; the fix writes it in the draft's style.",
        ),
        Verdict::Misquoted => (
            "Misquoted",
            "A quote is close to a source's words, but not the same.",
            "Quote the source's words.",
        ),
        Verdict::Outdated => (
            "Outdated",
            "A figure an earlier source gave, which later sources revised.",
            "Write the latest value.",
        ),
        Verdict::Unattributed => (
            "Unattributed",
            "Stated as fact, but the sources attribute it to someone.",
            "Say who says so.",
        ),
        Verdict::Disputed => (
            "Disputed",
            "The sources disagree among themselves.",
            "Give both figures and who gives each.",
        ),
        Verdict::Unsupported | Verdict::Supported => (
            "Unsupported",
            "Nothing in the corpus speaks to it.",
            "Check it elsewhere.",
        ),
    }
}

/// SARIF's level for a severity: `information` and `hint` are both `note`.
fn level(severity: &str) -> &'static str {
    match severity {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    }
}

/// The whole log: one run of the `recoupe` tool.
pub fn sarif(run: &Run) -> String {
    let rules: Vec<Value> = Verdict::CODED
        .into_iter()
        .map(|v| {
            let (name, means, todo) = rule_text(v);
            json!({
                "id": v.label(),
                "name": name,
                "shortDescription": {"text": means},
                "help": {"text": todo},
                "helpUri": crate::verdict::docs_url(v.label()),
                "defaultConfiguration": {
                    "level": level(run.settings.severity_of(v).as_str()),
                },
            })
        })
        .collect();
    let results: Vec<Value> = run
        .reports
        .iter()
        .flat_map(|r| r.checked.iter().map(move |f| result(run, r, f)))
        .collect();
    let mut the_run = json!({
        "tool": {
            "driver": {
                "name": "recoupe",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": crate::verdict::REPOSITORY,
                "rules": rules,
            },
        },
        "columnKind": "utf16CodeUnits",
        "results": results,
    });
    if let (Some(base), Value::Object(o)) = (run.paths.base_uri(), &mut the_run) {
        o.insert(
            "originalUriBaseIds".into(),
            json!({ BASE_ID: {"uri": base} }),
        );
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [the_run],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

fn result(run: &Run, r: &Report, f: &Finding) -> Value {
    let code = Run::code(f);
    let rule_index = Verdict::CODED.iter().position(|v| *v == f.verdict);
    let draft = artifact(run, &r.file);
    let mut result = json!({
        "ruleId": code,
        "level": level(run.severity(f)),
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": draft,
                "region": region(&r.draft, f.claim.span),
            },
        }],
    });
    let Value::Object(o) = &mut result else {
        return result;
    };
    if let Some(i) = rule_index {
        o.insert("ruleIndex".into(), json!(i));
    }
    let related: Vec<Value> = f
        .evidence
        .iter()
        .enumerate()
        .filter_map(|(i, e)| related(run, i, e))
        .collect();
    if !related.is_empty() {
        o.insert("relatedLocations".into(), json!(related));
    }
    if !f.fixes.is_empty() {
        let fixes: Vec<Value> = f.fixes.iter().map(|x| fix(run, r, x)).collect();
        o.insert("fixes".into(), json!(fixes));
    }
    result
}

/// A piece of evidence: the source sentence, with what it says in `properties`.
fn related(run: &Run, id: usize, e: &Evidence) -> Option<Value> {
    let doc = &run.corpus.docs.get(e.doc)?.doc;
    let mut message = e.excerpt.clone();
    if let Some(name) = source_name(doc) {
        message = format!("{name}: {message}");
    }
    Some(json!({
        "id": id,
        "physicalLocation": {
            "artifactLocation": artifact(run, &doc.path),
            "region": region(doc, e.span),
        },
        "message": {"text": message},
        "properties": {
            "value": e.value,
            "agrees": e.agrees,
            "speaker": e.speaker,
        },
    }))
}

fn fix(run: &Run, r: &Report, x: &Fix) -> Value {
    json!({
        "description": {"text": x.title},
        "artifactChanges": [{
            "artifactLocation": artifact(run, &r.file),
            "replacements": [{
                "deletedRegion": region(&r.draft, x.span),
                "insertedContent": {"text": x.replacement},
            }],
        }],
    })
}

fn artifact(run: &Run, path: &Path) -> Value {
    match run.paths.uri(path) {
        FileUri::Relative(uri) => json!({"uri": uri, "uriBaseId": BASE_ID}),
        FileUri::Absolute(uri) => json!({"uri": uri}),
    }
}

/// Lines and UTF-16 columns from 1 (the end column is the one just past the span),
/// the same span in bytes, and its text.
fn region(doc: &Document, s: Span) -> Value {
    let range = Range::of(&doc.text, &doc.lines, s);
    let mut region = json!({
        "startLine": range.start.line,
        "startColumn": range.start.column_utf16,
        "endLine": range.end.line,
        "endColumn": range.end.column_utf16,
        "byteOffset": s.start,
        "byteLength": s.end.saturating_sub(s.start),
    });
    if let (Some(text), Value::Object(o)) = (doc.text.get(s.start..s.end), &mut region) {
        o.insert("snippet".into(), json!({"text": text}));
    }
    region
}
