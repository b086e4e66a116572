//! What every output of `recoupe check` is made from: the findings of each draft, the
//! corpus they cite, and their count by verdict.

use super::paths::Paths;
use crate::config::Settings;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::Lang;
use crate::verdict::Verdict;
use crate::verify::Finding;
use std::path::PathBuf;

/// The findings of one draft.
pub struct Report {
    pub file: PathBuf,
    pub draft: Document,
    pub checked: Vec<Finding>,
    /// The draft's language: its findings are told in it.
    pub lang: Lang,
    /// Its supported claims, which only the HTML report shows.
    pub supported: Vec<Finding>,
}

/// All a renderer needs.
pub struct Run<'a> {
    pub reports: &'a [Report],
    pub corpus: &'a Corpus,
    pub settings: &'a Settings,
    pub paths: &'a Paths,
}

impl Run<'_> {
    /// The diagnostic code of a finding.
    pub fn code(f: &Finding) -> &'static str {
        f.verdict.code().unwrap_or("supported")
    }

    /// The severity a finding is shown with, as the settings name it.
    pub fn severity(&self, f: &Finding) -> &'static str {
        self.settings.severity_of(f.verdict).as_str()
    }

    /// How many findings of each verdict, the gravest first; verdicts with none left out.
    pub fn tally(&self) -> Vec<(Verdict, usize)> {
        Verdict::CODED
            .into_iter()
            .map(|v| {
                let n = self
                    .reports
                    .iter()
                    .flat_map(|r| &r.checked)
                    .filter(|f| f.verdict == v)
                    .count();
                (v, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The language of the run's own lines (its summary): the first draft's.
    pub fn lang(&self) -> Lang {
        self.reports.first().map_or(Lang::En, |r| r.lang)
    }

    /// `3 findings in 1 file: 1 contradicted, 1 disputed, 1 unsupported`, in the
    /// first draft's language.
    pub fn summary(&self) -> String {
        let lang = self.lang();
        let total: usize = self.reports.iter().map(|r| r.checked.len()).sum();
        let files = self.reports.len();
        let mut line = crate::tr!(lang, "summary-head", findings = total, files = files);
        let by_verdict: Vec<String> = self
            .tally()
            .into_iter()
            .map(|(v, n)| format!("{n} {}", v.counted(lang, n)))
            .collect();
        if !by_verdict.is_empty() {
            line = crate::tr!(lang, "summary", head = line, counts = by_verdict.join(", "));
        }
        line
    }
}
