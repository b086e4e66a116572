//! Every word of the report page's own, in the draft's language, from the message
//! catalogue (`report-*` in `data/messages/*.ftl`). What the draft and the sources
//! say is never translated; only the page around it is.

use crate::lang::Lang;
use crate::verdict::Verdict;
use std::sync::OnceLock;

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
    /// Each verdict's name and what it means: the supported claim's first, then
    /// `Verdict::CODED`'s order (see `Labels::index`).
    names: [&'static str; 7],
    meanings: [&'static str; 7],
}

/// The labels of a page in `lang`, read from the catalogue once a process.
pub fn labels(lang: Lang) -> &'static Labels {
    static FR: OnceLock<Labels> = OnceLock::new();
    static EN: OnceLock<Labels> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| build(Lang::Fr)),
        Lang::En => EN.get_or_init(|| build(Lang::En)),
    }
}

/// A label kept for the whole run: built once per language, never freed.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn build(lang: Lang) -> Labels {
    Labels {
        lang,
        html_lang: match lang {
            Lang::Fr => "fr",
            Lang::En => "en",
        },
        colon: match lang {
            Lang::Fr => "\u{a0}: ",
            Lang::En => ": ",
        },
        page_title: leak(crate::tr!(lang, "report-page-title")),
        summary: leak(crate::tr!(lang, "report-summary")),
        claims_checked: leak(crate::tr!(lang, "report-claims-checked")),
        files: leak(crate::tr!(lang, "report-files")),
        legend: leak(crate::tr!(lang, "report-legend")),
        hint: leak(crate::tr!(lang, "report-hint")),
        no_claims: leak(crate::tr!(lang, "report-no-claims")),
        to_review: leak(crate::tr!(lang, "report-to-review")),
        evidence: leak(crate::tr!(lang, "report-evidence")),
        close: leak(crate::tr!(lang, "report-close")),
        back_to_claim: leak(crate::tr!(lang, "report-back-to-claim")),
        in_draft: leak(crate::tr!(lang, "report-in-draft")),
        line: leak(crate::tr!(lang, "report-line")),
        what_recoupe_says: leak(crate::tr!(lang, "report-what-recoupe-says")),
        fix: leak(crate::tr!(lang, "report-fix")),
        sources: leak(crate::tr!(lang, "report-sources")),
        agrees: leak(crate::tr!(lang, "report-agrees")),
        says_otherwise: leak(crate::tr!(lang, "report-says-otherwise")),
        according_to: leak(crate::tr!(lang, "report-according-to")),
        no_source: leak(crate::tr!(lang, "report-no-source")),
        timeline: leak(crate::tr!(lang, "report-timeline")),
        day: leak(crate::tr!(lang, "report-day")),
        value: leak(crate::tr!(lang, "report-value")),
        source: leak(crate::tr!(lang, "report-source")),
        drafts_value: leak(crate::tr!(lang, "report-drafts-value")),
        latest: leak(crate::tr!(lang, "report-latest")),
        image: leak(crate::tr!(lang, "report-image")),
        generated_by: leak(crate::tr!(lang, "report-generated-by")),
        names: [
            leak(crate::tr!(lang, "report-verdict-supported")),
            leak(crate::tr!(lang, "report-verdict-contradicted")),
            leak(crate::tr!(lang, "report-verdict-misquoted")),
            leak(crate::tr!(lang, "report-verdict-outdated")),
            leak(crate::tr!(lang, "report-verdict-unattributed")),
            leak(crate::tr!(lang, "report-verdict-disputed")),
            leak(crate::tr!(lang, "report-verdict-unsupported")),
        ],
        meanings: [
            leak(crate::tr!(lang, "report-meaning-supported")),
            leak(crate::tr!(lang, "report-meaning-contradicted")),
            leak(crate::tr!(lang, "report-meaning-misquoted")),
            leak(crate::tr!(lang, "report-meaning-outdated")),
            leak(crate::tr!(lang, "report-meaning-unattributed")),
            leak(crate::tr!(lang, "report-meaning-disputed")),
            leak(crate::tr!(lang, "report-meaning-unsupported")),
        ],
    }
}

impl Labels {
    fn index(v: Verdict) -> usize {
        Verdict::CODED
            .iter()
            .position(|x| *x == v)
            .map_or(0, |i| i + 1)
    }

    /// A verdict's name, as the legend and the badges write it.
    pub fn verdict(&self, v: Verdict) -> &'static str {
        self.names[Self::index(v)]
    }

    /// What a verdict means, for the legend.
    pub fn meaning(&self, v: Verdict) -> &'static str {
        self.meanings[Self::index(v)]
    }
}

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
