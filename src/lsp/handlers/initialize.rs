//! `initialize`: read the client's capabilities, the workspace folders and the
//! initialization options; announce ours, with the negotiated position encoding.

use crate::lsp::jobs::context::Ctx;
use crate::lsp::session::Caps;
use crate::lsp::{from_proto, to_proto};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, DiagnosticOptions,
    DiagnosticServerCapabilities, ExecuteCommandOptions, HoverProviderCapability, InitializeParams,
    InitializeResult, OneOf, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, WorkspaceFoldersServerCapabilities,
    WorkspaceServerCapabilities,
};

/// Commands `workspace/executeCommand` accepts.
pub const COMMANDS: [&str; 1] = ["recoupe.reloadCorpus"];

pub fn initialize(ctx: &Arc<Ctx>, params: InitializeParams) -> Result<InitializeResult> {
    let caps = Caps::from_client(&params.capabilities);
    ctx.session.set_caps(caps);
    let mut roots: Vec<_> = params
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| from_proto::file_path(&f.uri))
        .collect();
    if roots.is_empty() {
        #[allow(deprecated)]
        let root_uri = params.root_uri.as_ref().and_then(from_proto::file_path);
        roots.extend(root_uri);
    }
    for r in roots {
        ctx.session.workspace.add_root(r);
    }
    ctx.session
        .workspace
        .set_init_options(params.initialization_options);
    Ok(InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(to_proto::encoding_kind(caps.encoding)),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..Default::default()
                },
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            definition_provider: Some(OneOf::Left(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    CodeActionKind::REFACTOR_REWRITE,
                ]),
                resolve_provider: Some(false),
                work_done_progress_options: Default::default(),
            })),
            diagnostic_provider: Some(DiagnosticServerCapabilities::Options(DiagnosticOptions {
                identifier: Some("recoupe".into()),
                inter_file_dependencies: false,
                workspace_diagnostics: false,
                work_done_progress_options: Default::default(),
            })),
            execute_command_provider: Some(ExecuteCommandOptions {
                commands: COMMANDS.iter().map(|c| c.to_string()).collect(),
                work_done_progress_options: Default::default(),
            }),
            workspace: Some(WorkspaceServerCapabilities {
                workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                    supported: Some(true),
                    change_notifications: Some(OneOf::Left(true)),
                }),
                file_operations: None,
            }),
            ..Default::default()
        },
        server_info: Some(ServerInfo {
            name: "recoupe".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        offset_encoding: None,
    })
}
