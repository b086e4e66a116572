//! How a draft is checked: what is resolved once per draft and holds for its claims.

use crate::lang::{Lang, Language};

/// How a draft is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The draft's language, resolved once per document, so that its fixes and the
    /// words a client adds (an attribution) are written in the same one.
    pub lang: Lang,
}

impl Options {
    /// The options for a draft's text under the `language` setting.
    pub fn new(language: Language, text: &str) -> Options {
        Options {
            lang: language.resolve(text),
        }
    }
}
