//! Every word of the report page's own, in French and English: kept in this one
//! file so that they can move into the message catalogue whole. What the draft and
//! the sources say is never translated; only the page around it is.

use crate::lang::Lang;
use crate::verdict::Verdict;

/// The page's words in one language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub lang: Lang,
    /// The `lang` attribute of the page.
    pub html_lang: &'static str,
    pub page_title: &'static str,
    pub summary: &'static str,
    pub claims_checked: &'static str,
    pub files: &'static str,
    pub legend: &'static str,
    pub hint: &'static str,
    pub no_claims: &'static str,
    pub to_review: &'static str,
    pub evidence: &'static str,
    pub close: &'static str,
    pub back_to_claim: &'static str,
    pub in_draft: &'static str,
    pub line: &'static str,
    pub what_recoupe_says: &'static str,
    pub fix: &'static str,
    pub sources: &'static str,
    pub agrees: &'static str,
    pub says_otherwise: &'static str,
    pub according_to: &'static str,
    pub no_source: &'static str,
    pub timeline: &'static str,
    pub day: &'static str,
    pub value: &'static str,
    pub source: &'static str,
    pub drafts_value: &'static str,
    pub latest: &'static str,
    pub image: &'static str,
    /// How a label is followed by what it names: ` : ` in French, `: ` in English.
    pub colon: &'static str,
    pub generated_by: &'static str,
}

/// The labels of a page in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl Labels {
    /// A verdict's name, as the legend and the badges write it.
    pub fn verdict(&self, v: Verdict) -> &'static str {
        let (fr, en) = match v {
            Verdict::Supported => ("confirmé", "ok"),
            Verdict::Contradicted => ("contredit", "contradicted"),
            Verdict::Misquoted => ("citation inexacte", "misquoted"),
            Verdict::Outdated => ("dépassé", "outdated"),
            Verdict::Unattributed => ("non attribué", "unattributed"),
            Verdict::Disputed => ("contesté", "disputed"),
            Verdict::Unsupported => ("sans source", "unsupported"),
        };
        self.pick(fr, en)
    }

    /// What a verdict means, for the legend.
    pub fn meaning(&self, v: Verdict) -> &'static str {
        let (fr, en) = match v {
            Verdict::Supported => ("Une source dit la même chose.", "A source says the same."),
            Verdict::Contradicted => (
                "Les sources sur le même sujet disent autre chose.",
                "Sources about the same thing say otherwise.",
            ),
            Verdict::Misquoted => (
                "Une citation proche de celle d'une source, mais pas identique.",
                "A quote close to a source's, but not the same.",
            ),
            Verdict::Outdated => (
                "Un chiffre qu'une source plus récente a révisé.",
                "A figure a later source revised.",
            ),
            Verdict::Unattributed => (
                "Présenté comme un fait, alors que les sources l'attribuent à quelqu'un.",
                "Stated as fact, where the sources attribute it to someone.",
            ),
            Verdict::Disputed => (
                "Les sources ne sont pas d'accord entre elles.",
                "The sources disagree among themselves.",
            ),
            Verdict::Unsupported => (
                "Rien dans le corpus n'en parle.",
                "Nothing in the corpus speaks to it.",
            ),
        };
        self.pick(fr, en)
    }

    fn pick(&self, fr: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

const FR: Labels = Labels {
    lang: Lang::Fr,
    html_lang: "fr",
    page_title: "Rapport de vérification",
    summary: "Bilan",
    claims_checked: "Affirmations vérifiées",
    files: "Brouillons",
    legend: "Légende",
    hint: "Choisissez une affirmation soulignée pour voir ses sources.",
    no_claims: "Aucune affirmation vérifiable dans ce brouillon.",
    to_review: "À revoir",
    evidence: "Sources de l'affirmation",
    close: "Fermer",
    back_to_claim: "Revenir au texte",
    in_draft: "Dans le brouillon",
    line: "ligne",
    what_recoupe_says: "Constat",
    fix: "Correction proposée",
    sources: "Ce que disent les sources",
    agrees: "Concorde",
    says_otherwise: "Dit autre chose",
    according_to: "selon",
    no_source: "Aucune source du corpus n'en parle.",
    timeline: "Évolution du chiffre",
    day: "Jour",
    value: "Chiffre",
    source: "Source",
    drafts_value: "chiffre du brouillon",
    latest: "le plus récent",
    image: "image",
    colon: "\u{a0}: ",
    generated_by: "Produit par Recoupe",
};

const EN: Labels = Labels {
    lang: Lang::En,
    html_lang: "en",
    page_title: "Fact-check report",
    summary: "Summary",
    claims_checked: "Claims checked",
    files: "Drafts",
    legend: "Legend",
    hint: "Select an underlined claim to see its sources.",
    no_claims: "No claim to check in this draft.",
    to_review: "To review",
    evidence: "Evidence for the claim",
    close: "Close",
    back_to_claim: "Back to the text",
    in_draft: "In the draft",
    line: "line",
    what_recoupe_says: "Finding",
    fix: "Suggested fix",
    sources: "What the sources say",
    agrees: "Agrees",
    says_otherwise: "Says otherwise",
    according_to: "according to",
    no_source: "No source in the corpus speaks to it.",
    timeline: "How the figure changed",
    day: "Day",
    value: "Figure",
    source: "Source",
    drafts_value: "the draft's figure",
    latest: "latest",
    image: "image",
    colon: ": ",
    generated_by: "Made by Recoupe",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(lang, verdict, expected name)`.
    fn check(lang: Lang, v: Verdict, expected: &str) {
        assert_eq!(labels(lang).verdict(v), expected);
        assert!(!labels(lang).meaning(v).is_empty());
    }

    #[test]
    fn verdicts_are_named_in_the_pages_language() {
        check(Lang::En, Verdict::Supported, "ok");
        check(Lang::En, Verdict::Outdated, "outdated");
        check(Lang::Fr, Verdict::Contradicted, "contredit");
        check(Lang::Fr, Verdict::Unsupported, "sans source");
        assert_eq!(labels(Lang::Fr).html_lang, "fr");
        assert_eq!(labels(Lang::En).html_lang, "en");
    }
}
