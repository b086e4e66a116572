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
