//! General language knowledge, French and English: never facts of any corpus.

pub mod stopwords;
