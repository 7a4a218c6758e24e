//! Errors that carry their advice. A failure is `Err` (findings are data in the report);
//! when the user can do something about it, the error says what in its `hint`, which the
//! top level prints last, after the chain of causes.

use std::fmt;

/// An error message and the fix, both already in the UI language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub(crate) struct Hinted {
    pub message: String,
    pub hint: String,
}

impl Hinted {
    pub(crate) fn new(message: impl fmt::Display, hint: impl fmt::Display) -> Hinted {
        Hinted {
            message: message.to_string(),
            hint: hint.to_string(),
        }
    }
}
