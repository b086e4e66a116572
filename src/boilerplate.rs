//! Page boilerplate in scraped sources: what is not the article.
//!
//! Reader comments are not sources, and menus, "read also" links and next/previous
//! teasers are other articles: none of them may become evidence.

use crate::markdown::Block;
use crate::text::fold;
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// A line that opens the reader-comments section: everything after it is dropped.
static COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d+|aucun|pas de|no|un|one)\s+(commentaires?|commenter|comments?|reactions?)\b|^(vous devez etre membre|leave a (comment|reply)|reagir a cet article|ajouter un commentaire|comments? \(\d+\))").unwrap()
});

/// A line that is a link to another article or a share/follow prompt.
static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(prev|next|previous|suivant|precedent)\b|^(a lire aussi|lire aussi|read also|read more|see also|voir aussi|related|sur le meme sujet)\b|follow us on|suivez-nous|partager sur|share on").unwrap()
});

/// The article blocks of a page, in order.
pub fn strip(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut seen = HashSet::default();
    for b in blocks {
        let line = fold(b.text.trim());
        if COMMENTS.is_match(&line) && !out.is_empty() {
            break;
        }
        if TEASER.is_match(&line) {
            continue;
        }
        // Scraped pages repeat their title and captions; one copy is enough.
        if !seen.insert(line) {
            continue;
        }
        out.push(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let blocks: Vec<Block> = input.lines().map(|l| Block::plain(l, 0)).collect();
        let got: Vec<String> = strip(blocks).into_iter().map(|b| b.text).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn drops_comments_teasers_and_repeats() {
        check(
            "Titre\nTitre\nLe maire a dit 3.\nÀ lire aussi : autre chose\nPREV un autre article\n2 commentaires\nJe pense 5.",
            &["Titre", "Le maire a dit 3."],
        );
        check("Texte 1.\nAucun commentaire\nLoading", &["Texte 1."]);
    }
}
