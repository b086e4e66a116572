//! Text primitives shared by every layer: byte spans, line lookup and position encodings.
//!
//! The core speaks UTF-8 byte offsets only; `line_index` is the one place where they
//! become (line, column) pairs in UTF-8, UTF-16 or UTF-32 units.

mod line_index;
mod normalize;
mod span;

pub use line_index::{Encoding, LineCol, LineIndex};
pub use normalize::{
    fold, is_word_char, tokens, tokens_after, tokens_before, tokens_shared, Token,
};
pub use span::Span;
