//! Quantities: a figure, its qualifier, and what it counts.

/// How a figure is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    /// `environ`, `quelque`, `près de`, `about`, `around`.
    Approximate,
    /// `plus de`, `more than`, `at least`.
    AtLeast,
    /// `jusqu'à`, `up to`, `moins de`.
    AtMost,
    /// `entre 10 000 et 12 000`.
    Range,
}

/// What kind of amount it is: figures of different units never compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    Count,
    Percent,
    Currency(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub low: f64,
    pub high: f64,
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// What is counted, normalised through the synonym table (`soldats` -> `soldat`).
    pub counted: Option<String>,
    /// The figure as written, to write a correction in the same style.
    pub written: String,
}
