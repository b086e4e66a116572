//! The language server: the only module that knows LSP types.

use std::process::ExitCode;

/// Serve LSP over stdin/stdout until `exit`.
pub fn serve_stdio() -> ExitCode {
    ExitCode::from(2)
}
