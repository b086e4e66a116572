//! Page boilerplate in scraped sources: what is not the article.
//!
//! Reader comments are not sources, and menus, "read also" links and next/previous
//! teasers are other articles: none of them may become evidence.

use crate::markdown::Block;
use crate::text::{fold, Span};
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The heading of a reader-comments section, on folded text: `Réactions (19)`,
/// `Vos réactions`, `14 commentaires`, `Comments (12)`, `Reader comments`,
/// `Aucun commentaire`. Group `count` is a count in brackets after the noun.
static COMMENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:\d[\d  .,]*|aucun|aucune|pas de|no|un|une|one|vos|nos|les|des|tous les",
        r"|your|our|all|the|reader|readers|readers'|user|lecteurs?|internautes?)\s+)*",
        r"(?:commentaires?|comments?|reactions?|discussions?)",
        r"(?:\s+(?:des|de nos|from|by)?\s*(?:lecteurs|internautes|readers|users))?",
        r"\s*(?P<count>[(\[]\s*\d[\d  .,]*\s*[)\]])?\s*:?",
    ))
    .unwrap()
});

/// A prompt to comment, which opens the comments section wherever it stands:
/// `Join the conversation`, `Réagir à l'article`, `Leave a reply`.
static COMMENTS_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:sign in|log in|register|subscribe|connectez-vous|inscrivez-vous|abonnez-vous)",
        r"\s+(?:to|pour)\s+)?",
        r"(?:join the (?:conversation|discussion)|leave a (?:comment|reply)|post a comment",
        r"|add a comment|write a comment|be the first to comment|comments are (?:closed|disabled)",
        r"|(?:show|view|read|see|load) (?:all )?(?:the )?(?:\d+ )?comments",
        r"|ajouter un commentaire|laisser un commentaire|ecrire un commentaire|commenter",
        r"|reagir|reagissez|soyez le premier a (?:reagir|commenter)",
        r"|les commentaires sont (?:fermes|clos|desactives)",
        r"|(?:voir|lire|afficher|charger) (?:les |tous les )?(?:\d+ )?(?:commentaires|reactions)",
        r"|vous devez etre (?:membre|abonne|connecte))",
        r"(?:\s+(?:a|to|on) (?:cet |l'|l’|this )?(?:article|story|post))?\s*[:.!]?",
    ))
    .unwrap()
});

/// A line that is a link to another article or a share/follow prompt.
static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(prev|next|previous|suivant|precedent)\b|^(a lire aussi|lire aussi|read also|read more|see also|voir aussi|related|sur le meme sujet)\b|follow us on|suivez-nous|partager sur|share on|^(partager|share)( cet article| this article| this story)?\s*:?$").unwrap()
});

/// Whether a line opens the reader comments: a comments heading or a prompt to
/// comment, alone on its line (a sentence that starts with the word, « Un
/// commentaire du ministre a suffi », is the article's), or a heading with its
/// count in brackets, whatever follows it.
fn opens_comments(line: &str) -> bool {
    let folded = fold(line.trim());
    [&*COMMENTS_HEADER, &*COMMENTS_PROMPT]
        .iter()
        .filter_map(|re| re.captures(&folded))
        .any(|c| {
            let end = c.get(0).map_or(0, |m| m.end());
            end > 0 && (end == folded.len() || c.name("count").is_some())
        })
}

/// The first line of a block as its source writes it, without markdown's marks
/// (`## `, `**`): markdown joins the lines of a paragraph, so a heading and the
/// first comment under it can make one block.
fn first_line(b: &Block, source: &str) -> String {
    let span = b.span_to_source(Span::new(0, b.text.len()));
    let written = source.get(span.start..span.end).unwrap_or(&b.text);
    let line = written.lines().next().unwrap_or("");
    line.replace(['*', '`'], "")
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '>' | '_'))
        .to_string()
}

/// The article blocks of a page, in order. `source` is the page the blocks were
/// read from.
pub fn strip(blocks: Vec<Block>, source: &str) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut seen = HashSet::default();
    for b in blocks {
        // The rest of the page is the comments (and the footer after them).
        if !out.is_empty() && opens_comments(&first_line(&b, source)) {
            break;
        }
        let line = fold(b.text.trim());
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

    /// A plain-text page, one block a line.
    fn check(input: &str, expected: &[&str]) {
        let mut blocks = Vec::new();
        let mut at = 0;
        for line in input.split_inclusive('\n') {
            blocks.push(Block::plain(line.trim_end_matches('\n'), at));
            at += line.len();
        }
        let got: Vec<String> = strip(blocks, input).into_iter().map(|b| b.text).collect();
        assert_eq!(got, expected, "article of {input:?}");
    }

    /// A markdown page.
    fn check_markdown(input: &str, expected: &[&str]) {
        let blocks = crate::markdown::prose(input);
        let got: Vec<String> = strip(blocks, input).into_iter().map(|b| b.text).collect();
        assert_eq!(got, expected, "article of {input:?}");
    }

    #[test]
    fn drops_comments_teasers_and_repeats() {
        check(
            "Titre\nTitre\nLe maire a dit 3.\nÀ lire aussi : autre chose\nPREV un autre article\n2 commentaires\nJe pense 5.",
            &["Titre", "Le maire a dit 3."],
        );
        check("Texte 1.\nAucun commentaire\nLoading", &["Texte 1."]);
    }

    #[test]
    fn every_comments_heading_cuts_the_page() {
        let article = "La digue de Porvel mesure 12 mètres.";
        for heading in [
            "Réactions (19)",
            "Vos réactions (8)",
            "Commentaires (31)",
            "Commentaires",
            "Commentaires :",
            "27 réactions",
            "3 commentaires",
            "1 réaction",
            "Comments (12)",
            "Comments",
            "142 Comments",
            "Reader comments",
            "Readers' comments (4)",
            "Les commentaires des lecteurs",
            "Join the conversation",
            "Sign in to join the conversation",
            "Leave a reply",
            "Réagir à l’article",
            "Réagissez à cet article",
            "Soyez le premier à réagir",
            "Voir les 14 commentaires",
            "Show all 52 comments",
            "Les commentaires sont fermés.",
        ] {
            let page =
                format!("{article}\n{heading}\nlecteur_22 : la digue fait 20 mètres.\nPas 12 !");
            check(&page, &[article]);
        }
    }

    #[test]
    fn a_heading_joined_to_the_first_comment_still_cuts() {
        // markdown joins the lines of a paragraph into one block
        for heading in [
            "Réactions (6)",
            "Commentaires",
            "**12 comments**",
            "## Reader comments",
        ] {
            let page = format!(
                "Le port compte 25 bateaux.\n\n{heading}\nmaelle_b : il y avait 40 bateaux.\n"
            );
            check_markdown(&page, &["Le port compte 25 bateaux."]);
        }
        // a count in brackets opens the comments even with more on its line
        check(
            "Le port compte 25 bateaux.\nComments (4) Sort by: newest\nThey had 40.",
            &["Le port compte 25 bateaux."],
        );
    }

    #[test]
    fn sentences_about_comments_are_article_text() {
        for sentence in [
            "Un commentaire du ministre a suffi à relancer la polémique.",
            "Réactions mitigées au conseil municipal de Porvel.",
            "Comments from the mayor drew 300 protesters.",
            "3 réactions chimiques ont été observées.",
            "Commenter la décision, le maire s'y est refusé.",
            "Discussions were held with 12 unions.",
            "Reactions Poured In From 40 Countries",
        ] {
            let page = format!("Le port compte 25 bateaux.\n{sentence}\nIl en attend 30.");
            check(
                &page,
                &["Le port compte 25 bateaux.", sentence, "Il en attend 30."],
            );
        }
        // a page that opens with the word is not cut before it starts
        check(
            "Commentaires\nLe port compte 25 bateaux.",
            &["Commentaires", "Le port compte 25 bateaux."],
        );
        // nor is a markdown paragraph whose line goes on after the word
        check_markdown(
            "Le port compte 25 bateaux.\n\nCommentaires acerbes\nsur les 30 bateaux.\n",
            &[
                "Le port compte 25 bateaux.",
                "Commentaires acerbes sur les 30 bateaux.",
            ],
        );
    }

    #[test]
    fn share_prompts_are_dropped() {
        check(
            "Le port compte 25 bateaux.\nPartager cet article\nShare this story\nIl en attend 30.",
            &["Le port compte 25 bateaux.", "Il en attend 30."],
        );
    }
}
