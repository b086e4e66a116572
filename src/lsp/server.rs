//! The `LanguageServer` implementation: a thin dispatcher to `handlers/`, with every
//! handler guarded against panics. Requests run as their own tasks (a panic becomes
//! an internal error); notifications do their synchronous part (the session's
//! mutation) inline, before any `.await`, so edits keep their arrival order, and
//! what they still have to await runs as a task of its own.

use super::engine::panic_message;
use super::handlers;
use super::jobs::context::Ctx;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::LanguageServer;

pub struct Backend {
    pub ctx: Arc<Ctx>,
}

/// Run a request handler as a task: a panic answers with an internal error instead
/// of taking the server down.
async fn guarded<T: Send + 'static>(
    method: &'static str,
    fut: impl Future<Output = Result<T>> + Send + 'static,
) -> Result<T> {
    match tokio::spawn(fut).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("recoupe: {method} failed: {e}");
            let mut err = Error::internal_error();
            err.message = format!("{method} failed inside recoupe").into();
            Err(err)
        }
    }
}

/// Run the synchronous part of a notification, logging a panic instead of spreading it.
fn sync_guarded(method: &str, f: impl FnOnce()) {
    if let Err(p) = std::panic::catch_unwind(AssertUnwindSafe(f)) {
        eprintln!("recoupe: {method} failed: {}", panic_message(&*p));
    }
}

/// Run what a notification still has to await as a task, logging a panic.
async fn spawn_guarded(method: &str, fut: impl Future<Output = ()> + Send + 'static) {
    if let Err(e) = tokio::spawn(fut).await {
        eprintln!("recoupe: {method} failed: {e}");
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            handlers::initialize::initialize(&self.ctx, params)
        }))
        .unwrap_or_else(|_| Err(Error::internal_error()))
    }

    async fn initialized(&self, _: InitializedParams) {
        sync_guarded("initialized", || {
            handlers::initialized::initialized(&self.ctx)
        });
    }

    async fn shutdown(&self) -> Result<()> {
        handlers::shutdown::shutdown(&self.ctx)
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        sync_guarded("didOpen", || {
            handlers::did_open::did_open(&self.ctx, params)
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let mut refused = None;
        sync_guarded("didChange", || {
            refused = handlers::did_change::did_change(&self.ctx, params).err();
        });
        if let Some(why) = refused {
            self.ctx.log(MessageType::WARNING, why).await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let mut rest = None;
        sync_guarded("didClose", || {
            rest = Some(handlers::did_close::did_close(&self.ctx, params));
        });
        if let Some(rest) = rest {
            spawn_guarded("didClose", rest).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        sync_guarded("didChangeConfiguration", || {
            handlers::did_change_configuration::did_change_configuration(&self.ctx, params)
        });
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        sync_guarded("didChangeWatchedFiles", || {
            handlers::did_change_watched_files::did_change_watched_files(&self.ctx, params)
        });
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        sync_guarded("didChangeWorkspaceFolders", || {
            handlers::did_change_workspace_folders::did_change_workspace_folders(&self.ctx, params)
        });
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        guarded("hover", handlers::hover::hover(self.ctx.clone(), params)).await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        guarded(
            "definition",
            handlers::definition::definition(self.ctx.clone(), params),
        )
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        guarded(
            "codeAction",
            handlers::code_action::code_action(self.ctx.clone(), params),
        )
        .await
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        guarded(
            "diagnostic",
            handlers::diagnostic::diagnostic(self.ctx.clone(), params),
        )
        .await
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        guarded(
            "executeCommand",
            handlers::execute_command::execute_command(self.ctx.clone(), params),
        )
        .await
    }
}
