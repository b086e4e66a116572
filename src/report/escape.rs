//! Escaping text for HTML: every word that comes from a draft or a source goes
//! through here, so that none of it can become markup or script on the page.

/// `s` as HTML text or as a double- or single-quoted attribute value.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A stray NUL is not allowed in HTML text.
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `s` as an id or a class name: letters, digits and `-`, others as `_`.
pub fn ident(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(html(input), expected);
    }

    #[test]
    fn markup_becomes_text() {
        check("a < b & c", "a &lt; b &amp; c");
        check(
            "<script>alert('x')</script>",
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        );
        check("\"quoted\"", "&quot;quoted&quot;");
        check("« 4 200 »", "« 4 200 »");
        check("nul\0", "nul\u{FFFD}");
        assert_eq!(ident("note 1/a"), "note_1_a");
    }
}
