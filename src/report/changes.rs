//! What the comparison of English versions and of English with a translation found, as
//! the report carries it: the real English changes since a translation's base, each
//! mapped onto the translation's lines, and the structural drift between them.

use std::ops::Range;

use crate::model::Severity;
use crate::model::i18n::Message;

/// What happened to an English block between the base and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Added,
    Removed,
    Changed,
}

impl Op {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Op::Added => "added",
            Op::Removed => "removed",
            Op::Changed => "changed",
        }
    }
}

/// A real change of the English, and where it lands in the translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChangedBlock {
    /// `paragraph`, `heading`, `code block`, `front matter: title`…
    pub kind: String,
    pub op: Op,
    /// English source of the block at the base / now (raw Markdown lines).
    pub before: Option<String>,
    pub after: Option<String>,
    /// 1-based line ranges in the English file at the base / now.
    pub english_before: Option<Range<usize>>,
    pub english_after: Option<Range<usize>>,
    /// Lines of the translation that correspond (for an added block: an empty range at
    /// the line after which it belongs).
    pub translation: Option<Range<usize>>,
    pub severity: Severity,
}

/// A structural difference between English now and the translation now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Drift {
    /// `heading`, `list`, `code block`, `inline code`, `number`, `link`, `sentences`…
    pub what: String,
    pub message: Message,
    pub english_line: Option<usize>,
    pub translation_line: Option<usize>,
    pub severity: Severity,
}
