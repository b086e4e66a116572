//! What checks an open draft. `recoupe lsp` runs the real engine, which re-checks
//! only what each edit touched (`verify::Incremental`, one memo per draft); tests
//! and fuzzing pass a stand-in, a function of the whole draft. Both go through the
//! same seam, `Checker::check`, guarded against panics.

use crate::document::Document;
use crate::draft::Draft;
use crate::verify::{Finding, Incremental, Options};
use crate::Corpus;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// A stand-in engine: every finding of a whole draft against a corpus.
pub type WholeCheck = dyn Fn(&Draft, &Corpus, &Options) -> Vec<Finding> + Send + Sync;

/// What the server checks drafts with.
#[derive(Clone)]
pub enum Engine {
    /// The real engine, incremental: what `recoupe lsp` runs.
    Real,
    /// A stand-in that checks whole drafts (tests, fuzzing).
    StandIn(Arc<WholeCheck>),
}

impl Engine {
    pub fn stand_in(
        check: impl Fn(&Draft, &Corpus, &Options) -> Vec<Finding> + Send + Sync + 'static,
    ) -> Engine {
        Engine::StandIn(Arc::new(check))
    }

    /// A checker for one newly opened draft.
    pub fn checker(&self) -> Checker {
        match self {
            Engine::Real => Checker::Memo(Arc::new(Mutex::new(Incremental::new()))),
            Engine::StandIn(f) => Checker::Whole(f.clone()),
        }
    }
}

/// How one open draft is checked: with its memo of the last check, or whole.
#[derive(Clone)]
pub enum Checker {
    Memo(Arc<Mutex<Incremental>>),
    Whole(Arc<WholeCheck>),
}

impl Checker {
    /// Read and check `text` (blocking: run it off the async threads). When the
    /// engine panics, the draft as read and why; what a memo held then is dropped.
    pub fn check(
        &self,
        name: PathBuf,
        text: &str,
        corpus: &Arc<Corpus>,
        options: &Options,
    ) -> (Document, Result<Vec<Finding>, String>) {
        match self {
            Checker::Memo(memo) => {
                let mut memo = memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                match std::panic::catch_unwind(AssertUnwindSafe(|| {
                    memo.findings(name.clone(), text, corpus, options)
                })) {
                    Ok((doc, checked)) => (doc, Ok(checked)),
                    Err(panic) => {
                        // Whatever the memo held when the engine failed is not trusted.
                        *memo = Incremental::new();
                        (Document::markdown(name, text), Err(panic_message(&*panic)))
                    }
                }
            }
            Checker::Whole(engine) => {
                let draft = Draft::new(name, text);
                let checked =
                    std::panic::catch_unwind(AssertUnwindSafe(|| engine(&draft, corpus, options)))
                        .map_err(|p| panic_message(&*p));
                (draft.doc, checked)
            }
        }
    }
}

/// What a panic said, for the log.
pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}
