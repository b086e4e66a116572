//! `textDocument/codeAction`: for each checked claim in the range, a quick fix per
//! correction the engine proposes (the preferred one marked), "Add attribution" for
//! an unattributed claim, "Insert citation" (a markdown footnote naming the source)
//! and "Ignore this claim" (a `<!-- recoupe-ignore -->` comment the engine honours).
//! Every action is a plain, minimal text edit, so it works in any editor.

use crate::lang::Lang;
use crate::lsp::jobs::analyse;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::session::Analysis;
use crate::lsp::{from_proto, to_proto};
use crate::text::{Encoding, Span};
use crate::verify::{Citation, Finding, Verdict};
use std::collections::HashMap;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    Diagnostic, NumberOrString, TextEdit, Uri, WorkspaceEdit,
};

use crate::markdown::IGNORE_COMMENT;

pub async fn code_action(
    ctx: Arc<Ctx>,
    params: CodeActionParams,
) -> Result<Option<CodeActionResponse>> {
    let uri = params.text_document.uri;
    let Some(a) = analyse::analysis(&ctx, &uri).await else {
        return Ok(None);
    };
    let enc = ctx.session.caps().encoding;
    let text = &a.draft.text;
    let lines = &a.draft.lines;
    let start = from_proto::offset(lines, text, params.range.start, enc);
    let end = from_proto::offset(lines, text, params.range.end, enc);
    let range = Span::new(start, end);
    let only = params.context.only.unwrap_or_default();
    let wanted = |kind: &CodeActionKind| {
        only.is_empty()
            || only.iter().any(|k| {
                kind.as_str() == k.as_str()
                    || kind.as_str().starts_with(&format!("{}.", k.as_str()))
            })
    };
    let mut out = Vec::new();
    for c in &a.checked {
        let span = c.claim.span;
        let on = span.overlaps(range) || span.contains(range.start) || span.contains(range.end);
        if !on {
            continue;
        }
        let diag = matching_diagnostic(&params.context.diagnostics, &a, c, enc)
            .or_else(|| to_proto::diagnostic(&a.draft, &a.corpus, &a.settings, c, enc));
        for action in actions(&a, c, &uri, enc, diag) {
            if action.kind.as_ref().is_some_and(wanted) {
                out.push(CodeActionOrCommand::CodeAction(action));
            }
        }
    }
    Ok(Some(out))
}

/// The client's diagnostic for this claim, if it sent one: it should be linked as is.
fn matching_diagnostic(
    sent: &[Diagnostic],
    a: &Analysis,
    c: &Finding,
    enc: Encoding,
) -> Option<Diagnostic> {
    let code = c.verdict.code()?;
    let range = to_proto::doc_range(&a.draft, c.claim.span, enc);
    sent.iter()
        .find(|d| {
            d.range == range && matches!(&d.code, Some(NumberOrString::String(s)) if s == code)
        })
        .cloned()
}

fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

fn text_edit(a: &Analysis, span: Span, new_text: String, enc: Encoding) -> TextEdit {
    TextEdit {
        range: to_proto::doc_range(&a.draft, span, enc),
        new_text,
    }
}

/// Every action for one checked claim.
pub fn actions(
    a: &Analysis,
    c: &Finding,
    uri: &Uri,
    enc: Encoding,
    diag: Option<Diagnostic>,
) -> Vec<CodeAction> {
    let diagnostics = diag.map(|d| vec![d]);
    let mut out = Vec::new();
    for fix in &c.fixes {
        out.push(CodeAction {
            title: fix.title.clone(),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: diagnostics.clone(),
            edit: Some(edit(
                uri,
                vec![text_edit(a, fix.span, fix.replacement.clone(), enc)],
            )),
            is_preferred: Some(fix.preferred),
            ..Default::default()
        });
    }
    let sentence = a.draft.sentences.get(c.claim.sentence).map(|s| s.span);
    if c.verdict == Verdict::Unattributed {
        let speaker = c
            .evidence
            .iter()
            .filter(|e| e.agrees)
            .chain(c.evidence.iter())
            .find_map(|e| e.speaker.clone());
        if let (Some(who), Some(s)) = (speaker, sentence) {
            let words = match a.lang {
                Lang::Fr => "selon",
                Lang::En => "according to",
            };
            let at = before_final_punctuation(&a.draft.text, s);
            out.push(CodeAction {
                title: crate::tr!(a.lang, "action-attribute", words = format!("{words} {who}")),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: diagnostics.clone(),
                edit: Some(edit(
                    uri,
                    vec![text_edit(
                        a,
                        Span::new(at, at),
                        format!(", {words} {who}"),
                        enc,
                    )],
                )),
                ..Default::default()
            });
        }
    }
    let source = c
        .evidence
        .iter()
        .find(|e| e.agrees)
        .or(c.evidence.first())
        .map(|e| Citation::of(&a.corpus, e))
        .and_then(|cite| cite.doc().map(|d| (cite, d)));
    if let Some((cite, doc)) = source {
        let label = next_footnote(&a.draft.text);
        let text = &a.draft.text;
        let sep = if text.ends_with("\n\n") || text.is_empty() {
            ""
        } else if text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        let mut footnote = cite.footnote(a.lang);
        if doc.cited_by_place() {
            // `…, line N.` of the text a reader took: the page or paragraph instead.
            if let Some(e) = c.evidence.iter().find(|e| e.agrees).or(c.evidence.first()) {
                let line = crate::tr!(a.lang, "cite-line", line = (e.line + 1).to_string());
                let place = doc.place_of(e.span.start).tell(a.lang);
                if let Some(head) = footnote.strip_suffix(&format!(", {line}.")) {
                    footnote = format!("{head}, {place}.");
                }
            }
        }
        let note = format!("[^{label}]: {footnote}");
        let end = Span::new(text.len(), text.len());
        out.push(CodeAction {
            title: crate::tr!(a.lang, "action-cite", file = doc.file_name()),
            kind: Some(CodeActionKind::REFACTOR_REWRITE),
            edit: Some(edit(
                uri,
                vec![
                    text_edit(
                        a,
                        Span::new(c.claim.span.end, c.claim.span.end),
                        format!("[^{label}]"),
                        enc,
                    ),
                    text_edit(a, end, format!("{sep}{note}\n"), enc),
                ],
            )),
            ..Default::default()
        });
    }
    if c.verdict.code().is_some() {
        if let Some(s) = sentence {
            out.push(CodeAction {
                title: crate::tr!(a.lang, "action-ignore"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics,
                edit: Some(edit(
                    uri,
                    vec![text_edit(
                        a,
                        Span::new(s.end, s.end),
                        format!(" {IGNORE_COMMENT}"),
                        enc,
                    )],
                )),
                ..Default::default()
            });
        }
    }
    out
}

/// Where to insert words at the end of a sentence: before its final `.`, `!`, `?` or
/// `…` (and the closing quote or parenthesis that may follow it stays after).
fn before_final_punctuation(text: &str, s: Span) -> usize {
    let sentence = s.slice(text);
    let trimmed = sentence.trim_end();
    match trimmed.char_indices().last() {
        Some((i, '.' | '!' | '?' | '…' | ':' | ';')) => s.start + i,
        _ => s.start + trimmed.len(),
    }
}

/// One more than the largest numeric footnote label of the draft.
fn next_footnote(text: &str) -> u32 {
    text.match_indices("[^")
        .filter_map(|(i, _)| {
            let rest = &text[i + 2..];
            let end = rest.find(']')?;
            rest[..end].parse::<u32>().ok()
        })
        .max()
        .unwrap_or(0)
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribution_goes_before_the_final_stop() {
        let t = "Un. Il y a 4 200 foyers.  Deux.";
        let s = Span::new(4, 25);
        assert_eq!(&t[before_final_punctuation(t, s)..], ".  Deux.");
        assert_eq!(next_footnote("a[^2] b[^x] c[^10]"), 11);
        assert_eq!(next_footnote("none"), 1);
    }
}
