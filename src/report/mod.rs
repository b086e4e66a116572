//! `recoupe report`: checked drafts as one self-contained HTML page for the editor
//! who signs them off (docs/report.md). Pure: plain data in, a string of HTML out;
//! the command in `cli` reads the files and writes the page.
//!
//! `page` lays the page out; `draft_html` renders a draft with its claims marked
//! (`marks`), `evidence` the side panel of each claim, `chart` a revised figure's
//! history; `labels` holds every word of the page's own, `escape` the escaping
//! every word from a draft or a source goes through.

mod chart;
mod draft_html;
mod escape;
mod evidence;
mod labels;
mod marks;
mod page;

pub use page::page;

use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::Lang;
use crate::verify::Finding;
use std::path::Path;

/// One checked draft.
pub struct Draft<'a> {
    /// Its path as the page shows it.
    pub name: String,
    pub doc: &'a Document,
    /// What `recoupe check` reports of it: the findings of its JSON output.
    pub flagged: &'a [Finding],
    /// Its supported claims, shown as `ok`.
    pub supported: &'a [Finding],
    /// The language it was checked in.
    pub lang: Lang,
}

/// Everything a page is made from.
pub struct Input<'a> {
    pub drafts: Vec<Draft<'a>>,
    pub corpus: &'a Corpus,
    /// A source's path as the page shows it.
    pub shown: &'a dyn Fn(&Path) -> String,
}
