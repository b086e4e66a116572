//! Tables: what a figure in a row counts is often said once, in its column's header
//! (`| Source | Date | Soldats |`) or in its row's label (`| Data-center revenue |
//! $1.2 billion | +24% |`). A row's figures take it from there.

use crate::claims::context::Context;
use crate::claims::quantity::Quantity;
use crate::document::Document;
use crate::lang::measures;
use crate::lang::stem::{stem, word_id};
use crate::lang::tuning::WEIGHT_CLAUSE;
use crate::lang::{stopwords, units};
use crate::markdown::BlockKind;
use crate::text::{tokens, Span};

/// How the markdown reader parts a row's cells in its plain text.
const CELL_BREAK: &str = " | ";

/// Column headers that name no thing counted: what kind of value stands below.
const GENERIC_HEADERS: &[&str] = &[
    "amount",
    "change",
    "value",
    "total",
    "figure",
    "figures",
    "number",
    "count",
    "source",
    "date",
    "share",
    "montant",
    "variation",
    "valeur",
    "chiffre",
    "chiffres",
    "nombre",
    "part",
    "evolution",
    "bilan",
];

/// Column headers that name who gives each row's figures.
const PARTY_HEADERS: &[&str] = &[
    "source",
    "sources",
    "selon",
    "according",
    "who",
    "qui",
    "speaker",
    "emetteur",
];

/// The header row of the table sentence `i` stands in, if `i` is a row below it.
pub fn header_of(doc: &Document, i: usize) -> Option<usize> {
    let row = doc.sentences.get(i)?;
    if row.kind != BlockKind::TableRow {
        return None;
    }
    let mut j = i;
    while j > 0 {
        let (above, here) = (doc.sentences.get(j - 1)?, doc.sentences.get(j)?);
        if above.kind != BlockKind::TableRow || above.block + 1 != here.block {
            break;
        }
        j -= 1;
    }
    (j < i).then_some(j)
}

/// Give a figure of `row` (at `at`, in the row's plain text) what its column header or
/// its row label says it counts, when it says nothing itself; the header's words
/// join its context.
pub fn frame(quantity: &mut Quantity, context: &mut Context, row: &str, header: &str, at: Span) {
    let Some(prefix) = row.get(..at.start) else {
        return;
    };
    let column = prefix.matches(CELL_BREAK).count();
    let head_cell = header.split(CELL_BREAK).nth(column).unwrap_or("");
    // A table of who says what (a `Source` column) sets side by side the figures of
    // parties the engine cannot name as speakers: its figures are not framed, so
    // none is contradicted by another party's figure.
    if quantity.counted.is_none() && !names_parties(header) {
        let label = row.split(CELL_BREAK).next().unwrap_or("");
        if let Some((key, text)) = counted_in_header(head_cell).or_else(|| measure_in(label)) {
            quantity.counted = Some(key);
            quantity.counted_text = Some(text);
        }
    }
    for t in tokens(head_cell) {
        let Some(w) = stem(&t.norm) else { continue };
        let w = word_id(&w);
        if !context.has(w) {
            context.words.push((w, WEIGHT_CLAUSE));
        }
    }
    context.words.sort_unstable_by_key(|(w, _)| *w);
}

/// Whether a header row has a column of who gives each row's figures.
fn names_parties(header: &str) -> bool {
    header.split(CELL_BREAK).any(|cell| {
        tokens(cell)
            .iter()
            .any(|t| PARTY_HEADERS.contains(&t.norm.as_str()))
    })
}

/// Whether sentence `i` is a row of a table of who says what: its figures stand
/// beside other parties' figures for the same thing.
pub fn by_party(doc: &Document, i: usize) -> bool {
    header_of(doc, i).is_some_and(|h| names_parties(doc.sentence_text(h)))
}

/// The noun a column header names (`Sinistrés relogés`, `Injured`): its first content
/// word, unless the header only says what kind of value stands below.
/// A generic head followed by its complement names it instead (`Part du débit`,
/// `Number of injured`).
fn counted_in_header(cell: &str) -> Option<(String, String)> {
    let toks = tokens(cell);
    let first = toks.iter().position(|t| !stopwords::is_stopword(&t.norm))?;
    let mut t = &toks[first];
    if GENERIC_HEADERS.contains(&t.norm.as_str()) {
        let rest = &toks[first + 1..];
        let links = rest
            .iter()
            .take_while(|x| {
                units::LINKS.contains(&x.norm.as_str()) || x.norm == "la" || x.norm == "l'"
            })
            .count();
        t = rest.get(links).filter(|_| links > 0)?;
        if stopwords::is_stopword(&t.norm) || GENERIC_HEADERS.contains(&t.norm.as_str()) {
            return None;
        }
    }
    if !t.norm.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((units::counted_key(&t.norm)?, t.norm.clone()))
}

/// A measure noun in a row's label (`Net income`, `Chiffre d'affaires`).
fn measure_in(label: &str) -> Option<(String, String)> {
    tokens(label)
        .into_iter()
        .rev()
        .find(|t| measures::is_measure(&t.norm))
        .and_then(|t| Some((units::counted_key(&t.norm)?, t.norm)))
}

#[cfg(test)]
mod tests {
    use crate::claims::{extract, Value};
    use crate::document::Document;

    /// `check(markdown, [(figure as written, what it counts)])` over the table's figures.
    fn check(md: &str, expected: &[(&str, Option<&str>)]) {
        let doc = Document::markdown("t.md", md);
        let got: Vec<(String, Option<String>)> = extract(&doc)
            .into_iter()
            .filter_map(|c| match c.value {
                Value::Quantity(q) => Some((c.span.slice(&doc.text).to_string(), q.counted_text)),
                _ => None,
            })
            .collect();
        let want: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_column_header_names_what_its_figures_count() {
        check(
            "| Commune | Jour | Sinistrés |\n|---|---|---|\n| Vernelle | lundi | près de 300 |\n| Aubrac | mardi | 120 |\n",
            &[("près de 300", Some("sinistres")), ("120", Some("sinistres"))],
        );
        // A generic head names its complement.
        check(
            "| Région | Part du trafic fluvial |\n|---|---|\n| Nord | 45 % |\n",
            &[("45 %", Some("trafic"))],
        );
        check(
            "| Town | Number of evacuees |\n|---|---|\n| Brill | 300 |\n",
            &[("300", Some("evacuees"))],
        );
    }

    #[test]
    fn a_row_label_names_what_its_amounts_measure() {
        check(
            "| Second quarter | Amount | Change |\n|---|---|---|\n| Net income | $85 million | -12% |\n",
            &[("$85 million", Some("income")), ("12%", Some("income"))],
        );
    }

    #[test]
    fn a_table_of_who_says_what_frames_nothing() {
        check(
            "| Source | Jour | Sinistrés |
|---|---|---|
| Préfecture | lundi | 300 |
",
            &[("300", None)],
        );
    }

    #[test]
    fn rows_of_a_table_of_who_says_what_are_by_party() {
        let by_party = |md: &str| -> Vec<bool> {
            let doc = Document::markdown("t.md", md);
            (0..doc.sentences.len())
                .map(|i| super::by_party(&doc, i))
                .collect()
        };
        assert_eq!(
            by_party("| Selon | Blessés |\n|---|---|\n| Préfecture | 40 |\n| Syndicat | 55 |\n"),
            [false, true, true]
        );
        assert_eq!(
            by_party("| Commune | Blessés |\n|---|---|\n| Vernelle | 40 |\n"),
            [false, false]
        );
        assert_eq!(by_party("Selon la préfecture, 40 blessés."), [false]);
    }

    #[test]
    fn outside_a_table_nothing_changes() {
        check(
            "La commune compte 300 sinistrés.",
            &[("300", Some("sinistrés"))],
        );
    }
}
