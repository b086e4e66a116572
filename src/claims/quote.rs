//! Direct quotes: `« … »`, `"…"`, `“…”`.

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteValue {
    pub text: String,
}
