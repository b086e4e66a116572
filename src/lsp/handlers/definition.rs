//! `textDocument/definition`: from a claim to the evidence sentences in the corpus.

use crate::lsp::jobs::analyse;
use crate::lsp::jobs::context::Ctx;
use crate::lsp::{from_proto, to_proto};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{GotoDefinitionParams, GotoDefinitionResponse};

pub async fn definition(
    ctx: Arc<Ctx>,
    params: GotoDefinitionParams,
) -> Result<Option<GotoDefinitionResponse>> {
    let at = params.text_document_position_params;
    let Some(a) = analyse::analysis(&ctx, &at.text_document.uri).await else {
        return Ok(None);
    };
    let enc = ctx.session.caps().encoding;
    let offset = from_proto::offset(&a.draft.lines, &a.draft.text, at.position, enc);
    let locations: Vec<_> = a
        .claims_at(offset)
        .flat_map(|c| c.evidence.iter())
        .filter_map(|ev| to_proto::evidence_location(&a.corpus, ev, enc))
        .collect();
    Ok((!locations.is_empty()).then_some(GotoDefinitionResponse::Array(locations)))
}
