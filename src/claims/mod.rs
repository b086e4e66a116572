//! Claims: the checkable statements of a text, as plain data with byte spans.
//!
//! Drafts and corpus documents go through the same extractors; a claim is a claim
//! wherever it was written. Each kind has its own file.

pub mod attribution;
pub mod clock;
pub mod context;
pub mod date;
pub mod elided;
pub mod found;
pub mod occurrence;
pub mod partitive;
pub mod quantity;
pub mod quote;
pub mod role;
pub mod table;

use crate::document::Document;
use crate::text::Span;
use found::Found;
use serde::Serialize;

pub use attribution::Speaker;
pub use context::Context;
pub use date::DateValue;
pub use quantity::{Qualifier, Quantity, Unit};
pub use quote::QuoteValue;
pub use role::Role;

/// The kinds of claim Recoupe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quantity,
    Role,
    Date,
    Quote,
}

/// What a claim asserts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Quantity(Quantity),
    Role(Role),
    Date(DateValue),
    Quote(QuoteValue),
}

/// One claim of a document.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    pub value: Value,
    /// The claim as written, in the document's bytes: the figure with its qualifier,
    /// the title with its name, the whole date, the quoted words.
    pub span: Span,
    /// The part a correction replaces: the figure alone, the title alone...
    pub fix_span: Span,
    /// Where a reader points at the claim (an editor's hover): `span`, and for a
    /// figure its unit or counted noun too (`4 000 agents`, `120 millimètres`).
    /// Contains `span`.
    pub extent: Span,
    /// Index of the sentence it stands in, in its document.
    pub sentence: usize,
    /// Someone else's words (inside quotation marks or a block quote).
    pub quoted: bool,
    /// Who the sentence says this comes from, if anyone.
    pub speaker: Option<Speaker>,
    /// The words around the claim that say what it is about.
    pub context: Context,
}

impl Claim {
    pub fn kind(&self) -> Kind {
        match self.value {
            Value::Quantity(_) => Kind::Quantity,
            Value::Role(_) => Kind::Role,
            Value::Date(_) => Kind::Date,
            Value::Quote(_) => Kind::Quote,
        }
    }
}

/// The other sentences whose text sentence `i`'s claims depend on: the sentence
/// before it in its paragraph (a currency it leaves out), its table's header row
/// (what its figures count). A re-check after an edit reads `i` again when they change.
pub fn depends_on(doc: &Document, i: usize) -> [Option<usize>; 2] {
    // Only a sentence with a scale word can leave out its currency: an edit elsewhere
    // in a paragraph reads no more than the sentence it touched.
    let scaled = has_scale_word(doc.sentence_text(i));
    [
        previous_in_block(doc, i).filter(|_| scaled),
        table::header_of(doc, i),
    ]
}

/// Whether a sentence has a scale word a figure can carry (`millions`, `billion`).
fn has_scale_word(text: &str) -> bool {
    // Asked of every sentence on every keystroke: one pass, no lowered copy.
    static SCALES: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(["milli", "billion", "trillion"])
                .ok()
        });
    match SCALES.as_ref() {
        Some(ac) => ac.is_match(text),
        None => true,
    }
}

/// The sentence before `i` in the same block, if any.
fn previous_in_block(doc: &Document, i: usize) -> Option<usize> {
    let here = doc.sentences.get(i)?;
    let p = i.checked_sub(1)?;
    (doc.sentences.get(p)?.block == here.block).then_some(p)
}

/// Every claim of a document, in order of position. Blocks marked
/// `<!-- recoupe-ignore -->` give none.
pub fn extract(doc: &Document) -> Vec<Claim> {
    let anchor = date::anchor(doc);
    let mut out = Vec::new();
    for i in 0..doc.sentences.len() {
        out.extend(extract_sentence(doc, i, anchor));
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// The claims of sentence `i`, in order of position. `anchor` is the document's
/// date (`date::anchor`).
pub fn extract_sentence(
    doc: &Document,
    i: usize,
    anchor: Option<crate::lang::calendar::DocDate>,
) -> Vec<Claim> {
    extract_sentence_reading(doc, i, anchor).0
}

/// `extract_sentence`, and the sentence before it that was read too, if any (for a
/// figure whose noun is left out): its claims change when that sentence does.
pub fn extract_sentence_reading(
    doc: &Document,
    i: usize,
    anchor: Option<crate::lang::calendar::DocDate>,
) -> (Vec<Claim>, Option<usize>) {
    let mut out = Vec::new();
    let Some(sentence) = doc.sentences.get(i) else {
        return (out, None);
    };
    if doc.ignored(i) {
        return (out, None);
    }
    let text = sentence.text.as_str();
    let toks = crate::text::tokens_shared(text);
    let breaks = context::clause_breaks(text);
    let asides = context::asides(text, &breaks);
    let speakers = attribution::find(text);
    let quotes = quote::spans(text);
    let dates = date::find(text, anchor);
    let mut taken: Vec<Span> = dates.iter().map(|d| d.span).collect();
    taken.extend(clock::find(text));
    let mut found: Vec<Found<Value>> = dates.into_iter().map(|f| f.map(Value::Date)).collect();
    let mut quantities = quantity::find(text, &taken);
    let unit_before = if has_scale_word(text)
        && quantities
            .iter()
            .any(|f| f.value.style.multiplier.is_some() && f.value.unit == quantity::Unit::Count)
    {
        previous_in_block(doc, i)
            .and_then(|p| quantity::last_scaled_unit(doc.sentence_text(p), &[]))
    } else {
        None
    };
    quantity::carry_currency(&mut quantities, unit_before);
    partitive::carry(&mut quantities, text);
    // A figure that names nothing may count what the sentence before counted.
    let mut read_before = None;
    if quantities.iter().any(|f| elided::is_bare(text, f)) {
        if let Some(p) = previous_in_block(doc, i) {
            let before = doc.sentence_text(p);
            let mut taken: Vec<Span> = date::find(before, anchor).iter().map(|d| d.span).collect();
            taken.extend(clock::find(before));
            let before_found = quantity::find(before, &taken);
            elided::take_from_before(text, &mut quantities, before, &before_found);
            read_before = Some(p);
        }
    }
    let figures = date::figures_of(&quantities);
    found.extend(quantities.into_iter().map(|f| f.map(Value::Quantity)));
    found.extend(role::find(text).into_iter().map(|f| f.map(Value::Role)));
    found.extend(quote::find(text).into_iter().map(|f| f.map(Value::Quote)));
    let header = table::header_of(doc, i).map(|h| doc.sentence_text(h).to_string());
    let speaker_of: Vec<Option<attribution::Speaker>> = found
        .iter()
        .map(|f| attribution::speaker_for(&speakers, text, f.span))
        .collect();
    let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
    let mut foreign = foreign_clauses(&breaks, text.len(), &spans, &speaker_of);
    // Only a figure that names what it counts in its own clause has a frame of its
    // own: one whose noun comes from the other clause (`le ministère estime le taux
    // à 60 %, tandis que le syndicat revendique 89 %`) shares that clause's frame.
    for (f, foreign) in found.iter().zip(foreign.iter_mut()) {
        let (a, b) = context::clause_in(&breaks, text.len(), f.span);
        let own = match &f.value {
            Value::Quantity(q) => q
                .counted_text
                .as_deref()
                .is_some_and(|t| text.get(a..b).is_some_and(|c| c.contains(t))),
            _ => false,
        };
        if !own {
            foreign.clear();
        }
    }
    for ((mut f, speaker), foreign) in found.into_iter().zip(speaker_of).zip(foreign) {
        let in_quote = quotes
            .iter()
            .any(|q| q.start <= f.span.start && f.span.end <= q.end);
        let is_quote = matches!(f.value, Value::Quote(_));
        let mut context = Context::around_in(&toks, &breaks, &asides, text.len(), f.span, &foreign);
        if matches!(f.value, Value::Date(_)) {
            date::add_figures(&mut context, text, f.span, &figures);
        }
        if let (Value::Quantity(q), Some(header)) = (&mut f.value, &header) {
            table::frame(q, &mut context, text, header, f.span);
        }
        out.push(Claim {
            context,
            speaker,
            quoted: sentence.quoted || (in_quote && !is_quote),
            sentence: i,
            span: doc.to_source(i, f.span),
            fix_span: doc.to_source(i, f.fix_span),
            extent: doc.to_source(i, f.extent),
            value: f.value,
        });
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    (out, read_before)
}

/// For each claim of a sentence (by span, with its speaker), the clauses of the others
/// that are another speaker's statement: clauses apart from its own whose claims a
/// different speaker gives, when it has a speaker too (`Raskin said 11 were freed,
/// and the train carried 310, according to the operator`).
fn foreign_clauses(
    breaks: &[(usize, usize)],
    len: usize,
    spans: &[Span],
    speakers: &[Option<Speaker>],
) -> Vec<Vec<(usize, usize)>> {
    let clauses: Vec<(usize, usize)> = spans
        .iter()
        .map(|s| context::clause_in(breaks, len, *s))
        .collect();
    let named = |s: &Speaker| {
        !s.key
            .iter()
            .all(|w| crate::lang::attribution::is_pronoun(w))
    };
    speakers
        .iter()
        .zip(&clauses)
        .map(|(mine, own)| {
            let Some(mine) = mine.as_ref().filter(|s| named(s)) else {
                return Vec::new();
            };
            let mut out: Vec<(usize, usize)> = Vec::new();
            for (theirs, clause) in speakers.iter().zip(&clauses) {
                let other = theirs
                    .as_ref()
                    .is_some_and(|t| named(t) && !t.same_as(mine));
                if clause != own && other && !out.contains(clause) {
                    out.push(*clause);
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(markdown, [(claim as written, extent as written)])`, in order.
    fn check(markdown: &str, expected: &[(&str, &str)]) {
        let doc = Document::markdown("t.md", markdown);
        let got: Vec<(&str, &str)> = extract(&doc)
            .iter()
            .map(|c| (c.span.slice(&doc.text), c.extent.slice(&doc.text)))
            .collect();
        assert_eq!(got, expected, "extents of {markdown:?}");
    }

    #[test]
    fn a_figure_extends_over_its_qualifier_and_its_unit_or_counted_noun() {
        check(
            "Il est tombé 85 millimètres à Corvane.",
            &[("85", "85 millimètres")],
        );
        check(
            "A magnitude 6.4 earthquake hit the valley.",
            &[("6.4", "magnitude 6.4")],
        );
        check(
            "Près de 2 300 agents ont été mobilisés.",
            &[("Près de 2 300", "Près de 2 300 agents")],
        );
        check(
            "More than 140 volunteers cleared the dunes.",
            &[("More than 140", "More than 140 volunteers")],
        );
        check(
            "La commune a reçu 75 millions d'euros.",
            &[("75 millions", "75 millions d'euros")],
        );
        check(
            "27 % des forages sont à sec.",
            &[("27 %", "27 % des forages")],
        );
        check(
            "entre 600 et 700 bénévoles",
            &[("entre 600 et 700", "entre 600 et 700 bénévoles")],
        );
        // a qualifier that is a verb stays out of the claim, not out of its extent
        check(
            "Les dégâts dépassent 40 millions d'euros.",
            &[("40 millions", "dépassent 40 millions d'euros")],
        );
        check(
            "The crowd exceeded 5,000 people.",
            &[("5,000", "exceeded 5,000 people")],
        );
        // the word that sets a figure against another, a participle that names what
        // it counts, a unit joined by a hyphen, a word that says it was planned
        check(
            "Le budget a été adopté par 30 voix contre 11.",
            &[("30", "30 voix"), ("11", "contre 11")],
        );
        check(
            "Nine people died and 40 were injured.",
            &[("Nine", "Nine people"), ("40", "40 were injured")],
        );
        check("It makes 5-nanometer wafers.", &[("5", "5-nanometer")]);
        check(
            "La ville a livré 80 logements sur 250 prévus.",
            &[("80", "80 logements"), ("250", "250 prévus")],
        );
        // markup between figure and noun: the extent is mapped back to the source
        check(
            "On compte **1 800** familles.",
            &[("1 800", "1 800** familles")],
        );
    }

    /// The weight of `word` in the context of the claim written `claim` in `markdown`.
    fn weight(markdown: &str, claim: &str, word: &str) -> f32 {
        use crate::lang::stem::{stem, word_id};
        let doc = Document::markdown("t.md", markdown);
        let w = word_id(&stem(&crate::text::fold(word)).unwrap_or_default());
        extract(&doc)
            .iter()
            .find(|c| c.span.slice(&doc.text) == claim)
            .map_or(-1.0, |c| c.context.weight(w))
    }

    #[test]
    fn another_speakers_clause_weighs_least() {
        let two = "Mayor Ines Corra said 40 homes were flooded, and the dam held 2 million cubic metres, according to the Varl water board.";
        assert_eq!(weight(two, "2 million", "flooded"), 0.1);
        assert_eq!(weight(two, "2 million", "dam"), 1.0);
        assert_eq!(weight(two, "40", "dam"), 0.1);
        // A figure whose noun comes from the other clause shares its frame.
        let elided = "The county put the toll at 12, while the Varl water board counts 15.";
        assert_eq!(weight(elided, "15", "toll"), 0.4);
        // One speaker, or none named in the other clause: the other clause is context.
        let one = "Forty homes were flooded, and the dam held 2 million cubic metres, according to the Varl water board.";
        assert_eq!(weight(one, "2 million", "homes"), 0.4);
        let same = "Mayor Ines Corra said 40 homes were flooded, and Corra said the dam held 2 million cubic metres.";
        assert_eq!(weight(same, "2 million", "flooded"), 0.4);
    }

    #[test]
    fn a_figure_without_a_noun_and_other_kinds_keep_their_span() {
        check("Le syndicat en compte 430.", &[("430", "430")]);
        check(
            "La maire d'Orbec, Inès Valfort, a parlé.",
            &[("maire d'Orbec, Inès Valfort", "maire d'Orbec, Inès Valfort")],
        );
    }
}
