//! Core -> LSP: byte spans to ranges, verdicts to diagnostics, corpus sentences to
//! locations. With `from_proto`, the only place positions are converted.

use crate::config::{Settings, Severity};
use crate::document::Document;
use crate::text::{Encoding, LineIndex, Span};
use crate::verdict::Verdict;
use crate::verify::{Evidence, Finding};
use crate::Corpus;
use std::path::Path;
use std::str::FromStr;
use std::sync::LazyLock;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Position, PositionEncodingKind, Range, Uri,
};

use crate::verdict::docs_url;

/// The `codeDescription` of each code, parsed once.
static CODE_DESCRIPTIONS: LazyLock<Vec<(&'static str, CodeDescription)>> = LazyLock::new(|| {
    Verdict::CODED
        .iter()
        .filter_map(Verdict::code)
        .filter_map(|code| {
            let href = Uri::from_str(&docs_url(code)).ok()?;
            Some((code, CodeDescription { href }))
        })
        .collect()
});

fn code_description(code: &str) -> Option<CodeDescription> {
    CODE_DESCRIPTIONS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, d)| d.clone())
}

pub const SOURCE: &str = "recoupe";

pub fn encoding_kind(enc: Encoding) -> PositionEncodingKind {
    match enc {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

pub fn position(lines: &LineIndex, text: &str, offset: usize, enc: Encoding) -> Position {
    let lc = lines.position(text, offset, enc);
    Position {
        line: lc.line,
        character: lc.col,
    }
}

pub fn range(lines: &LineIndex, text: &str, span: Span, enc: Encoding) -> Range {
    Range {
        start: position(lines, text, span.start, enc),
        end: position(lines, text, span.end, enc),
    }
}

/// The range of a span of a draft or corpus document.
pub fn doc_range(doc: &Document, span: Span, enc: Encoding) -> Range {
    range(&doc.lines, &doc.text, span, enc)
}

pub fn severity(s: Severity) -> Option<DiagnosticSeverity> {
    match s {
        Severity::Error => Some(DiagnosticSeverity::ERROR),
        Severity::Warning => Some(DiagnosticSeverity::WARNING),
        Severity::Information => Some(DiagnosticSeverity::INFORMATION),
        Severity::Hint => Some(DiagnosticSeverity::HINT),
        Severity::Off => None,
    }
}

/// A `file:` URI for a path on disk.
pub fn file_uri(path: &Path) -> Option<Uri> {
    Uri::from_file_path(path)
}

/// The sentence of one piece of evidence, in its corpus file. A source read from a
/// PDF, a Word file or a web page is opened at its start (line 0): its text is what
/// its reader took, and no position in it is a position in the file; the page or
/// paragraph is told in the hover and the related information.
pub fn evidence_location(corpus: &Corpus, ev: &Evidence, enc: Encoding) -> Option<Location> {
    let doc = &corpus.docs.get(ev.doc)?.doc;
    let range = if doc.cited_by_place() {
        Range::default()
    } else {
        doc_range(doc, ev.span, enc)
    };
    Some(Location {
        uri: file_uri(&doc.path)?,
        range,
    })
}

/// The diagnostic of a checked claim; `None` for a supported claim or a code the
/// settings turn off.
pub fn diagnostic(
    draft: &Document,
    corpus: &Corpus,
    settings: &Settings,
    checked: &Finding,
    enc: Encoding,
) -> Option<Diagnostic> {
    diagnostic_with(draft, settings, checked, enc, |ev| {
        related_information(corpus, ev, enc)
    })
}

/// One piece of evidence as related information: its sentence in its file.
pub fn related_information(
    corpus: &Corpus,
    ev: &Evidence,
    enc: Encoding,
) -> Option<DiagnosticRelatedInformation> {
    let location = evidence_location(corpus, ev, enc)?;
    let doc = &corpus.docs.get(ev.doc)?.doc;
    let mut name = doc.file_name();
    if doc.cited_by_place() {
        // `p. 3`, `§ 12`: the same words in either language.
        name = format!("{name}, {}", doc.place_of(ev.span.start));
    }
    Some(DiagnosticRelatedInformation {
        location,
        message: format!("{name}: {}", shorten(&ev.excerpt, 160)),
    })
}

/// `diagnostic`, converting each piece of evidence with `related`.
pub fn diagnostic_with(
    draft: &Document,
    settings: &Settings,
    checked: &Finding,
    enc: Encoding,
    related: impl Fn(&Evidence) -> Option<DiagnosticRelatedInformation>,
) -> Option<Diagnostic> {
    let code = checked.verdict.code()?;
    let severity = severity(settings.severity_of(checked.verdict))?;
    let related: Vec<DiagnosticRelatedInformation> =
        checked.evidence.iter().filter_map(related).collect();
    let message = if checked.message.is_empty() {
        checked.verdict.label().to_string()
    } else {
        checked.message.clone()
    };
    Some(Diagnostic {
        range: doc_range(draft, checked.claim.span, enc),
        severity: Some(severity),
        code: Some(NumberOrString::String(code.to_string())),
        code_description: code_description(code),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    })
}

/// At most `max` chars, cut at a char boundary with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_in_utf16_and_utf8() {
        let text = "« Déjà 😀 »\n4 200 foyers";
        let lines = LineIndex::new(text);
        let start = text.find('4').unwrap_or(0);
        let span = Span::new(start, start + "4 200".len());
        let r16 = range(&lines, text, span, Encoding::Utf16);
        assert_eq!(
            (r16.start.line, r16.start.character, r16.end.character),
            (1, 0, 5)
        );
        let emoji = text.find('😀').unwrap_or(0);
        let e = Span::new(emoji, emoji + 4);
        let r16 = range(&lines, text, e, Encoding::Utf16);
        assert_eq!((r16.start.character, r16.end.character), (7, 9));
        let r8 = range(&lines, text, e, Encoding::Utf8);
        assert_eq!((r8.start.character, r8.end.character), (10, 14));
    }

    #[test]
    fn shortens_at_char_boundaries() {
        assert_eq!(shorten("éééé", 3), "éé…");
        assert_eq!(shorten("ab", 3), "ab");
    }
}
