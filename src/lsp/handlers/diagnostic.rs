//! `textDocument/diagnostic`: pull diagnostics, for clients that ask rather than
//! listen. The same diagnostics as pushed, for the document's current version.

use crate::lsp::analysis;
use crate::lsp::state::State;
use std::sync::Arc;
use std::time::Instant;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    DocumentDiagnosticParams, DocumentDiagnosticReport, DocumentDiagnosticReportResult,
    FullDocumentDiagnosticReport, RelatedFullDocumentDiagnosticReport,
};

pub async fn diagnostic(
    state: Arc<State>,
    params: DocumentDiagnosticParams,
) -> Result<DocumentDiagnosticReportResult> {
    let items = match analysis::analyze(&state, &params.text_document.uri).await {
        Some(a) => analysis::diagnostics(&state, &a, Instant::now()).0,
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
