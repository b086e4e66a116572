//! What a source is called for people: the title of its front matter, or else its
//! first line of text, shortened.

use crate::document::Document;

/// The longest name shown, in chars, before it is cut at a word.
const MAX_CHARS: usize = 80;

/// The front matter's title, or the first non-empty line after the front matter
/// (its heading marks removed); `None` for a document with no text.
pub fn source_name(doc: &Document) -> Option<String> {
    let title = doc.meta.title.as_deref().map(str::trim);
    let name = match title.filter(|t| !t.is_empty()) {
        Some(t) => t,
        None => first_line(&doc.text)?,
    };
    Some(shorten(name, MAX_CHARS))
}

/// The first line with a letter or a digit after a `---` or `+++` front matter
/// block (a rule or a row of stars names nothing).
fn first_line(text: &str) -> Option<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().map(str::trim).peekable();
    if let Some(fence @ ("---" | "+++")) = lines.peek().copied() {
        lines.next();
        // No closing fence: not front matter, the text starts at the top.
        let mut rest = lines.clone();
        if rest.any(|l| l == fence) {
            lines.find(|l| *l == fence);
        } else {
            lines = text.lines().map(str::trim).peekable();
        }
    }
    lines
        .map(|l| l.trim_start_matches('#').trim())
        .find(|l| l.chars().any(char::is_alphanumeric))
}

/// `s` if it has at most `max` chars, else its words that fit, then `…`.
fn shorten(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = match head.rfind(' ') {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(path, text, expected name)`.
    fn check(path: &str, text: &str, expected: Option<&str>) {
        let doc = Document::source(path, text);
        assert_eq!(source_name(&doc).as_deref(), expected, "{text:?}");
    }

    #[test]
    fn a_source_is_named_by_its_title_or_first_line() {
        check(
            "a.md",
            "---\ntitle: La digue de Brévannes\n---\n\nUn texte.\n",
            Some("La digue de Brévannes"),
        );
        check(
            "b.txt",
            "\n\n  Le pont de Vassoule rouvre lundi  \nSuite.\n",
            Some("Le pont de Vassoule rouvre lundi"),
        );
        check(
            "c.txt",
            "---\ndate: 2025-02-01\n---\n\nLe marché couvert ferme.\n",
            Some("Le marché couvert ferme."),
        );
        check(
            "d.md",
            "# Crue à Morlange\n\nTexte.\n",
            Some("Crue à Morlange"),
        );
        check("e.txt", "---\nUne ligne seule.\n", Some("Une ligne seule."));
        check("e.txt", "***\n\nAprès la règle.\n", Some("Après la règle."));
        check("f.txt", "\n \n", None);
        let long = "Le conseil municipal de Tréveray a voté mardi soir un budget de rénovation des écoles plus élevé que prévu";
        check(
            "g.txt",
            long,
            Some("Le conseil municipal de Tréveray a voté mardi soir un budget de rénovation des…"),
        );
    }
}
