//! `textDocument/diagnostic`: pull diagnostics, for clients that ask rather than
//! listen. The same diagnostics as pushed, for the document's current version.
//!
//! A pull that comes before the document's corpus has loaded waits for that first
//! load (up to `FIRST_LOAD_WAIT`) instead of answering with nothing: Neovim 0.11
//! pulls once right after `didOpen` and has no `workspace/diagnostic/refresh`, so an
//! empty first answer would stay until the next edit.

use crate::lsp::from_proto;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::jobs::{analyse, publish};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    DocumentDiagnosticParams, DocumentDiagnosticReport, DocumentDiagnosticReportResult,
    FullDocumentDiagnosticReport, RelatedFullDocumentDiagnosticReport,
};

/// How long a pull waits for the first corpus load.
pub const FIRST_LOAD_WAIT: Duration = Duration::from_secs(10);

pub async fn diagnostic(
    ctx: Arc<Ctx>,
    params: DocumentDiagnosticParams,
) -> Result<DocumentDiagnosticReportResult> {
    let uri = &params.text_document.uri;
    if ctx.session.documents.version(uri).is_some() {
        let path = from_proto::file_path(uri);
        if !analyse::wait_ready(&ctx, path.as_deref(), FIRST_LOAD_WAIT).await {
            ctx.log(
                tower_lsp_server::ls_types::MessageType::WARNING,
                format!(
                    "the corpus for {} is still loading after {} s: answered without it",
                    uri.as_str(),
                    FIRST_LOAD_WAIT.as_secs()
                ),
            )
            .await;
        }
    }
    let items = match analyse::analysis(&ctx, uri).await {
        Some(a) => publish::diagnostics(&a, a.encoding, Instant::now(), &ctx.related).0,
        None => Vec::new(),
    };
    Ok(DocumentDiagnosticReportResult::Report(
        DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
            related_documents: None,
            full_document_diagnostic_report: FullDocumentDiagnosticReport {
                result_id: None,
                items,
            },
        }),
    ))
}
