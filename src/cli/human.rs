//! `recoupe check` for people: each finding once, compiler-style (its heading, the
//! draft lines underlined, the evidence, what to write), then a count by verdict.

use super::render::{Report, Run};
use super::source_name::source_name;
use crate::verdict::Verdict;
use crate::verify::{Citation, Evidence, Finding};
use annotate_snippets::{Level, Renderer, Snippet};

fn level(severity: &str) -> Level {
    match severity {
        "error" => Level::Error,
        "warning" => Level::Warning,
        "information" => Level::Info,
        _ => Level::Note,
    }
}

/// Every finding of every draft, then the summary line.
pub fn human(run: &Run) -> String {
    let mut out = String::new();
    for r in run.reports {
        for f in &r.checked {
            out.push_str(&finding(run, r, f));
            out.push_str("\n\n");
        }
    }
    out.push_str(&run.summary());
    out.push('\n');
    out
}

/// One finding: `severity[code]: message`, ` --> file:line:col`, the draft lines
/// with the claim underlined, a note per piece of evidence, a help per thing to do.
fn finding(run: &Run, r: &Report, f: &Finding) -> String {
    let path = run.paths.shown(&r.file);
    let code = Run::code(f);
    let lvl = level(run.severity(f));
    let text = &r.draft.text;
    let lines = &r.draft.lines;
    let span = f.claim.span;
    let first = lines.line_of(span.start);
    let last = lines.line_of(span.end.saturating_sub(1).max(span.start));
    let (ls, _) = lines.line_span(text, first);
    let (_, le) = lines.line_span(text, last);
    let src = text.get(ls..le).unwrap_or("");
    let a = span.start.saturating_sub(ls).min(src.len());
    let b = span.end.saturating_sub(ls).clamp(a, src.len());
    let label = f
        .fixes
        .first()
        .map(|x| crate::tr!(r.lang, "label-source", value = &x.replacement))
        .unwrap_or_default();
    let notes: Vec<String> = f.evidence.iter().map(|e| note(run, e, r.lang)).collect();
    let helps = helps(f, r.lang);
    let mut msg = lvl.title(&f.message).id(code).snippet(
        Snippet::source(src)
            .line_start(first + 1)
            .origin(&path)
            .annotation(lvl.span(a..b).label(&label)),
    );
    for n in &notes {
        msg = msg.footer(Level::Note.title(n));
    }
    for h in &helps {
        msg = msg.footer(Level::Help.title(h));
    }
    let rendered = Renderer::plain().render(msg).to_string();
    rendered
}

/// `path:line (name): excerpt`, the path relative to the current directory; `path,
/// p. 3 (name): excerpt` for a PDF, `path, § 12 (name)…` for a Word file or a page.
fn note(run: &Run, e: &Evidence, lang: crate::lang::Lang) -> String {
    let citation = Citation::of(run.corpus, e);
    let Some(doc) = citation.doc() else {
        return e.excerpt.clone();
    };
    let mut at = if doc.cited_by_place() {
        // A PDF's page, a Word file's or a web page's paragraph: no line of its file.
        format!(
            "{}, {}",
            run.paths.shown(&doc.path),
            doc.place_of(e.span.start).tell(lang)
        )
    } else {
        format!("{}:{}", run.paths.shown(&doc.path), e.line + 1)
    };
    if let Some(name) = source_name(doc) {
        at.push_str(&format!(" ({name})"));
    }
    format!("{at}: {}", e.excerpt)
}

/// What to write: each fix's title, and for a claim stated as fact, who to attribute
/// it to when the evidence names them.
fn helps(f: &Finding, lang: crate::lang::Lang) -> Vec<String> {
    let mut helps: Vec<String> = Vec::new();
    for x in &f.fixes {
        let h = lowercase_first(&x.title);
        if !helps.contains(&h) {
            helps.push(h);
        }
    }
    if f.verdict == Verdict::Unattributed {
        let mut who: Vec<&str> = Vec::new();
        for s in f.evidence.iter().filter_map(|e| e.speaker.as_deref()) {
            let s = s.trim();
            if !s.is_empty() && !who.iter().any(|w| w.eq_ignore_ascii_case(s)) {
                who.push(s);
            }
        }
        if !who.is_empty() {
            let or = format!(" {} ", crate::tr!(lang, "or"));
            helps.push(crate::tr!(lang, "help-attribute", who = who.join(&or)));
        }
    }
    helps
}

/// `Replace with …` → `replace with …`: a help line reads as the rest of a sentence.
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
