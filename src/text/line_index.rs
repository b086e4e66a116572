//! Byte offset <-> (line, column) conversion in UTF-8, UTF-16 or UTF-32 code units.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as LSP defines them. Columns past the end
//! of a line clamp to the line's end; lines past the end clamp to the text's end, so a
//! client's stale or wrong position never panics.

/// The unit columns are counted in, as negotiated with an LSP client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

/// A zero-based line and a column in some `Encoding`'s units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Line starts of one text, built once per version of it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LineIndex {
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Zero-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        }
    }

    /// Byte range of a line's content, without its line ending.
    pub fn line_span(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts.get(line).copied().unwrap_or(self.len);
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let b = text.as_bytes();
        while end > start && matches!(b.get(end - 1), Some(b'\n') | Some(b'\r')) {
            end -= 1;
        }
        (start, end)
    }

    /// The position of a byte offset. An offset inside a char snaps back to its start.
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line];
        let col = units(text.get(start..offset).unwrap_or(""), enc);
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// The byte offset of a position, clamped into the text; never inside a char.
    pub fn offset(&self, text: &str, pos: LineCol, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return self.len;
        }
        let (start, end) = self.line_span(text, line);
        let mut seen = 0usize;
        for (i, c) in text.get(start..end).unwrap_or("").char_indices() {
            if seen >= pos.col as usize {
                return start + i;
            }
            seen += char_units(c, enc);
        }
        end
    }
}

fn char_units(c: char, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => c.len_utf8(),
        Encoding::Utf16 => c.len_utf16(),
        Encoding::Utf32 => 1,
    }
}

/// Length of `s` in the encoding's code units.
pub fn units(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => s.chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(text, offset, enc, expected (line, col))`, then back again.
    fn check(text: &str, offset: usize, enc: Encoding, expected: (u32, u32)) {
        let idx = LineIndex::new(text);
        let pos = idx.position(text, offset, enc);
        assert_eq!(
            (pos.line, pos.col),
            expected,
            "position of {offset} in {text:?}"
        );
        assert_eq!(
            idx.offset(text, pos, enc),
            offset,
            "round trip of {offset} in {text:?}"
        );
    }

    #[test]
    fn positions_in_every_encoding() {
        let t = "é😀a\r\nb\rc";
        check(t, 0, Encoding::Utf16, (0, 0));
        check(t, 2, Encoding::Utf16, (0, 1));
        check(t, 6, Encoding::Utf16, (0, 3));
        check(t, 6, Encoding::Utf8, (0, 6));
        check(t, 6, Encoding::Utf32, (0, 2));
        check(t, 7, Encoding::Utf16, (0, 4));
        check(t, 9, Encoding::Utf16, (1, 0));
        check(t, 11, Encoding::Utf16, (2, 0));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let t = "ab\ncd";
        let idx = LineIndex::new(t);
        assert_eq!(
            idx.offset(t, LineCol { line: 0, col: 99 }, Encoding::Utf16),
            2
        );
        assert_eq!(
            idx.offset(t, LineCol { line: 9, col: 0 }, Encoding::Utf16),
            5
        );
        assert_eq!(
            idx.position(t, 99, Encoding::Utf16),
            LineCol { line: 1, col: 2 }
        );
    }
}

/// Property tests: every char boundary of any text round-trips through a position in
/// each encoding, and any position a client may send lands on a char boundary.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const ENCODINGS: [Encoding; 3] = [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32];

    /// Text made of the pieces that trouble position code: every line ending, accents
    /// precomposed and combining, astral chars, a ZWJ emoji sequence, no-break spaces,
    /// U+2028 (not a line break for LSP), and any char at all.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-z0-9 ]{1,6}",
            2 => Just("\n".to_string()),
            2 => Just("\r\n".to_string()),
            2 => Just("\r".to_string()),
            1 => Just("é".to_string()),
            1 => Just("e\u{301}".to_string()),
            1 => Just("😀".to_string()),
            1 => Just("👩\u{200d}🚒".to_string()),
            1 => Just("𝄞".to_string()),
            1 => Just("\u{a0}4\u{202f}200".to_string()),
            1 => Just("\u{2028}".to_string()),
            2 => any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|p| p.concat())
    }

    /// The reference: (line, column in `enc` units) of every char boundary, computed
    /// by walking the text once, the way LSP defines lines.
    fn reference(text: &str, enc: Encoding) -> Vec<(usize, LineCol)> {
        let mut out = Vec::new();
        let (mut line, mut col) = (0u32, 0u32);
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            out.push((i, LineCol { line, col }));
            let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
            if c == '\n' || (c == '\r' && !crlf) {
                line += 1;
                col = 0;
            } else {
                col += char_units(c, enc) as u32;
            }
        }
        out.push((text.len(), LineCol { line, col }));
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn every_char_boundary_round_trips(text in text()) {
            let idx = LineIndex::new(&text);
            for enc in ENCODINGS {
                let expected = reference(&text, enc);
                let last_line = expected.last().map_or(0, |(_, p)| p.line);
                prop_assert_eq!(idx.line_count(), last_line as usize + 1);
                for &(offset, want) in &expected {
                    let pos = idx.position(&text, offset, enc);
                    prop_assert_eq!(pos, want, "position of {} ({:?})", offset, enc);
                    // Between the `\r` and `\n` of a CRLF no position exists: the
                    // column past the line's end clamps to the line's end.
                    let inside_crlf = offset > 0
                        && text.as_bytes()[offset - 1] == b'\r'
                        && text.as_bytes().get(offset) == Some(&b'\n');
                    let back = if inside_crlf { offset - 1 } else { offset };
                    prop_assert_eq!(idx.offset(&text, pos, enc), back, "{:?} {:?}", pos, enc);
                }
            }
        }

        #[test]
        fn offsets_inside_a_char_snap_to_its_start(text in text()) {
            let idx = LineIndex::new(&text);
            for offset in 0..=text.len() + 2 {
                let mut start = offset.min(text.len());
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                for enc in ENCODINGS {
                    prop_assert_eq!(
                        idx.position(&text, offset, enc),
                        idx.position(&text, start, enc)
                    );
                }
            }
        }

        #[test]
        fn any_position_lands_on_a_boundary_in_its_line(
            text in text(),
            line in 0u32..40,
            col in prop_oneof![0u32..40, Just(u32::MAX)],
        ) {
            let idx = LineIndex::new(&text);
            for enc in ENCODINGS {
                let at = idx.offset(&text, LineCol { line, col }, enc);
                prop_assert!(text.is_char_boundary(at), "{} in {:?}", at, text);
                if line as usize >= idx.line_count() {
                    prop_assert_eq!(at, text.len());
                    continue;
                }
                let (start, end) = idx.line_span(&text, line as usize);
                prop_assert!(start <= at && at <= end, "{} not in {}..{}", at, start, end);
                let line_units = units(&text[start..end], enc);
                if col as usize >= line_units {
                    prop_assert_eq!(at, end, "past the line's end clamps to it");
                } else {
                    // the first char boundary at or after `col` units
                    prop_assert!(units(&text[start..at], enc) >= col as usize);
                    let before = text[start..at].chars().next_back().map_or(0, char::len_utf8);
                    if before > 0 {
                        prop_assert!(units(&text[start..at - before], enc) < col as usize);
                    }
                }
            }
        }
    }
}
