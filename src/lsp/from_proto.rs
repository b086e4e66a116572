//! LSP -> core: positions to byte offsets, URIs to paths, client capabilities to
//! the encoding we use. With `to_proto`, the only place positions are converted.

use crate::text::{Encoding, LineCol, LineIndex};
use ropey::Rope;
use std::path::PathBuf;
use tower_lsp_server::ls_types::{ClientCapabilities, Position, PositionEncodingKind, Uri};

/// The byte offset of `pos` in `text`, clamped into the text (a stale or wrong
/// position never panics, it lands on the nearest line or line end).
pub fn offset(lines: &LineIndex, text: &str, pos: Position, enc: Encoding) -> usize {
    lines.offset(
        text,
        LineCol {
            line: pos.line,
            col: pos.character,
        },
        enc,
    )
}

/// The byte offset of `pos` in a rope. The rope is built without ropey's Unicode line
/// breaks (see Cargo.toml), so its lines are LSP's: `\n`, `\r\n` or a lone `\r`.
/// Within the line, the core's `LineIndex` counts the units.
pub fn rope_offset(rope: &Rope, pos: Position, enc: Encoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let text = rope.line(line).to_string();
    let idx = LineIndex::new(&text);
    start
        + idx.offset(
            &text,
            LineCol {
                line: 0,
                col: pos.character,
            },
            enc,
        )
}

/// UTF-8 when the client offers it (no conversion at all), UTF-16 otherwise, which
/// every client must support.
pub fn encoding(caps: &ClientCapabilities) -> Encoding {
    let offered = caps
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

/// The file a `file:` URI names; `None` for other schemes (unsaved buffers).
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn rope_positions_follow_lsp_lines_and_units() {
        // accents, an emoji outside the BMP, CRLF, a lone CR, and U+2028 which LSP
        // does not count as a line break
        let text = "é😀a\r\nb\u{2028}c\rd";
        let rope = Rope::from_str(text);
        let check = |p: Position, enc: Encoding, want: usize| {
            assert_eq!(rope_offset(&rope, p, enc), want, "{p:?} {enc:?}");
            let idx = LineIndex::new(text);
            assert_eq!(
                offset(&idx, text, p, enc),
                want,
                "{p:?} {enc:?} via LineIndex"
            );
        };
        check(pos(0, 1), Encoding::Utf16, 2);
        check(pos(0, 3), Encoding::Utf16, 6);
        check(pos(0, 6), Encoding::Utf8, 6);
        check(pos(0, 99), Encoding::Utf16, 7);
        check(pos(1, 1), Encoding::Utf16, 10);
        check(pos(1, 2), Encoding::Utf16, 13);
        check(pos(2, 0), Encoding::Utf16, 15);
        check(pos(9, 0), Encoding::Utf16, 16);
    }
}
