//! What every output of `recoupe check` is made from: the findings of each draft, the
//! corpus they cite, and their count by verdict.

use super::paths::Paths;
use crate::config::Settings;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::verdict::Verdict;
use crate::verify::Finding;
use std::path::PathBuf;

/// The findings of one draft.
pub struct Report {
    pub file: PathBuf,
    pub draft: Document,
    pub checked: Vec<Finding>,
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

    /// `3 findings in 1 file: 1 contradicted, 1 disputed, 1 unsupported`.
    pub fn summary(&self) -> String {
        let total: usize = self.reports.iter().map(|r| r.checked.len()).sum();
        let files = self.reports.len();
        let mut line = format!(
            "{total} {} in {files} {}",
            plural(total, "finding", "findings"),
            plural(files, "file", "files")
        );
        let by_verdict: Vec<String> = self
            .tally()
            .into_iter()
            .map(|(v, n)| format!("{n} {}", v.label()))
            .collect();
        if !by_verdict.is_empty() {
            line.push_str(": ");
            line.push_str(&by_verdict.join(", "));
        }
        line
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
