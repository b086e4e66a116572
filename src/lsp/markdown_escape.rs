//! Plain text made safe to put in the hover's markdown: the one place text is
//! escaped, and only where a character would otherwise be read as markup.
//!
//! Escaping as little as possible matters because not every client renders the
//! escapes: Eglot on markdown-mode shows `004\_71d0.txt` with its backslash. So a
//! character is escaped only where CommonMark (and GFM's tables) could read it as
//! markup; an underscore inside a word (`004_71d0.txt`, `rapport_final`) never
//! opens or closes emphasis, and is left as it is. The text around the escaped
//! piece is unknown (it is glued to `**`, `> `, a table's `|`), so its ends are
//! treated as if anything could stand there.

/// `s` as markdown that renders as `s`.
pub fn escape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        if needs_escape(c, before, after, &chars[i + 1..]) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether `c`, between `before` and `after` (`None`: the piece's end, where
/// anything may follow), would be read as markup.
fn needs_escape(c: char, before: Option<char>, after: Option<char>, rest: &[char]) -> bool {
    let word = |n: Option<char>| n.is_some_and(char::is_alphanumeric);
    let space = |n: Option<char>| n.is_some_and(char::is_whitespace);
    match c {
        // Code spans, links, autolinks and HTML, table cells: anywhere.
        '`' | '[' | ']' | '<' | '|' => true,
        // A backslash is literal unless punctuation (or, at the end, whatever the
        // caller glues on) follows it.
        '\\' => after.is_none_or(|a| a.is_ascii_punctuation()),
        // `*` makes emphasis even inside a word; only one between spaces is inert.
        '*' => !(space(before) && space(after)),
        // `_` is inert inside a word and between spaces.
        '_' => !((word(before) && word(after)) || (space(before) && space(after))),
        // A heading or a block quote only at the start of a line.
        '#' | '>' => before.is_none_or(|b| b == '\n'),
        // An entity reference (`&amp;`, `&#38;`) would be decoded.
        '&' => is_entity(rest),
        _ => false,
    }
}

/// Whether `rest` (what follows an `&`) reads as an entity's name and its `;`.
fn is_entity(rest: &[char]) -> bool {
    let name = rest.strip_prefix(&['#']).unwrap_or(rest);
    let len = name
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    len > 0 && name.get(len) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// The text a CommonMark + GFM-tables reader gets out of `md` and how many bold
    /// runs it reads, or `None` when it reads any other markup (emphasis, code, a
    /// link, a heading...).
    fn rendered(md: &str) -> Option<(String, usize)> {
        let (mut text, mut bold) = (String::new(), 0);
        for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                Event::Start(Tag::Strong) => bold += 1,
                Event::End(TagEnd::Strong) => {}
                Event::Text(t) => text.push_str(&t),
                _ => return None,
            }
        }
        Some((text, bold))
    }

    fn check(input: &str, expected: &str) {
        assert_eq!(escape(input), expected, "escaping {input:?}");
        // Whatever the escapes, a reader gets the input back, as text.
        assert_eq!(
            rendered(expected),
            Some((input.to_string(), 0)),
            "rendering {expected:?}"
        );
        // Glued inside markup, as the hover does, it stays the text of that markup.
        if !input.is_empty() {
            let bold = format!("**{expected}**");
            assert_eq!(
                rendered(&bold),
                Some((input.to_string(), 1)),
                "rendering {bold:?}"
            );
        }
    }

    #[test]
    fn escapes_only_what_would_be_markup() {
        // Underscores inside a word are left alone: nothing to show as a backslash.
        check("004_71d0.txt:6", "004_71d0.txt:6");
        check("(004_71d0.txt:6)", "(004_71d0.txt:6)");
        check("le rapport_final_v2", "le rapport_final_v2");
        // At a word's edge they could open or close emphasis.
        check("_brouillon_.txt", "\\_brouillon\\_.txt");
        check("(_a_b)", "(\\_a_b)");
        check("a _ b", "a _ b");
        // Stars make emphasis inside words too.
        check("2*3*4", "2\\*3\\*4");
        check("a * b", "a * b");
        check("*totale*", "\\*totale\\*");
        // Code, links, HTML, table cells.
        check("`x` [l](u) <b> a|b", "\\`x\\` \\[l\\](u) \\<b> a\\|b");
        // Headings and quotes only at the start.
        check("# 1", "\\# 1");
        check("n° #1 > 2", "n° #1 > 2");
        check("> dit-il", "\\> dit-il");
        // Backslashes: literal before a letter, escaped before punctuation and at the end.
        check("C:\\dossier", "C:\\dossier");
        check("a\\_b", "a\\\\\\_b");
        check("fin\\", "fin\\\\");
        // Entities would be decoded; a lone ampersand is text.
        check("AT&T & co", "AT&T & co");
        check("&amp; &#38;", "\\&amp; \\&#38;");
        check("", "");
        check("« 3 000 » — 2 400", "« 3 000 » — 2 400");
    }
}
