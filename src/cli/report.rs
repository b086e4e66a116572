//! `recoupe report`: what `recoupe check` found, as the HTML page of `crate::report`
//! (docs/report.md), from the same findings as the JSON output, so that its counts
//! agree with `summary.by_verdict`.

use super::render::Run;

/// The page of a run.
pub fn html(run: &Run) -> String {
    let shown = |p: &std::path::Path| run.paths.shown(p);
    let drafts = run
        .reports
        .iter()
        .map(|r| crate::report::Draft {
            name: run.paths.shown(&r.file),
            doc: &r.draft,
            flagged: &r.checked,
            supported: &r.supported,
            // As `verify::Options::new` resolved it for the check.
            lang: run.settings.language.resolve(&r.draft.text),
        })
        .collect();
    crate::report::page(&crate::report::Input {
        drafts,
        corpus: run.corpus,
        shown: &shown,
    })
}
