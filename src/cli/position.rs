//! Where a byte span stands for tools that count lines and columns: 1-based lines,
//! 1-based columns in UTF-8 bytes and in UTF-16 code units (JSON and SARIF).

use crate::text::{Encoding, LineIndex, Span};
use serde::Serialize;

/// A point of a text: its line and its column counted two ways, all from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column_utf8: usize,
    pub column_utf16: usize,
}

impl Position {
    /// The position of byte `offset` of `text` (an offset inside a char counts as
    /// that char's start; past the end, as the end).
    pub fn of(text: &str, lines: &LineIndex, offset: usize) -> Position {
        let utf8 = lines.position(text, offset, Encoding::Utf8);
        let utf16 = lines.position(text, offset, Encoding::Utf16);
        Position {
            line: utf8.line as usize + 1,
            column_utf8: utf8.col as usize + 1,
            column_utf16: utf16.col as usize + 1,
        }
    }
}

/// A span's two ends; the end is the position just past its last char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: Position,
    pub end: Position,
}

impl Range {
    pub fn of(text: &str, lines: &LineIndex, span: Span) -> Range {
        Range {
            start: Position::of(text, lines, span.start),
            end: Position::of(text, lines, span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(text, offset, (line, column in bytes, column in UTF-16 units))`.
    fn check(text: &str, offset: usize, expected: (usize, usize, usize)) {
        let p = Position::of(text, &LineIndex::new(text), offset);
        assert_eq!(
            (p.line, p.column_utf8, p.column_utf16),
            expected,
            "offset {offset} of {text:?}"
        );
    }

    #[test]
    fn lines_and_columns_from_one() {
        let t = "Été 😀 x\r\nb";
        check(t, 0, (1, 1, 1));
        check(t, "Été ".len(), (1, 7, 5));
        check(t, "Été 😀 ".len(), (1, 12, 8));
        check(t, "Été 😀 x\r\n".len(), (2, 1, 1));
        check(t, 1, (1, 1, 1));
        check(t, 999, (2, 2, 2));
    }
}
