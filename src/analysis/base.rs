//! A translation's base commit, for Markdown and Fluent alike: the commit its file
//! records (front matter or `### source_commit:`), checked against the history, else the
//! last commit that changed the file (inferred). Why a base cannot be used is said in
//! full, with the fix, on the line that records it.

use crate::git::{BaseError, Commit, History, Target};
use crate::model::i18n::Message;
use crate::model::{Base, Origin, short};

/// A base commit as a file records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recorded<'a> {
    /// The key it is written under (`source_commit`, `l10n.sourceCommit`…).
    pub key: &'static str,
    pub value: &'a str,
    /// 1-based line of the file.
    pub line: usize,
}

/// Why a translation has no usable base: the 1-based line, if any, and the message.
pub(crate) type Problem = (Option<usize>, Message);

/// The base of the translation at `path`, with a note when it is only assumed.
pub(crate) fn resolve(
    history: &dyn History,
    path: &str,
    recorded: Option<Recorded<'_>>,
) -> Result<(Base, Option<Message>), Problem> {
    if let Some(recorded) = recorded {
        let commit = history.resolve_base(recorded.value).map_err(|err| {
            (
                Some(recorded.line),
                explain(&recorded, &err, history.target()),
            )
        })?;
        let base = Base {
            commit: commit.id,
            time: commit.time,
            origin: Origin::Recorded,
            key: Some(recorded.key),
        };
        return Ok((base, None));
    }
    let inferred = |commit: Commit| Base {
        commit: commit.id,
        time: commit.time,
        origin: Origin::Inferred,
        key: None,
    };
    match history.last_change(path) {
        Some(commit) if history.is_shallow_boundary(commit.id) => {
            Err((None, msg!("error-shallow-no-base")))
        }
        Some(commit) => Ok((inferred(commit), None)),
        None => match history.target() {
            // A new translation nobody committed yet: it is being made from today's English.
            Target::WorkTree { head } => {
                Ok((inferred(head), Some(msg!("note-uncommitted-translation"))))
            }
            Target::Commit(_) => Err((None, msg!("error-never-committed"))),
        },
    }
}

/// Explains why a recorded base cannot be used and how to fix it.
fn explain(recorded: &Recorded<'_>, err: &BaseError, target: Target) -> Message {
    let (key, value) = (recorded.key, recorded.value);
    let against = match target {
        Target::WorkTree { .. } => "HEAD".to_string(),
        Target::Commit(commit) => short(commit.id),
    };
    match err {
        BaseError::NotAHash => msg!("base-not-a-hash", key = key, value = value),
        BaseError::Unknown { shallow: true } => {
            msg!("base-not-in-shallow-clone", key = key, value = value)
        }
        BaseError::Unknown { shallow: false } => msg!("base-unknown", key = key, value = value),
        BaseError::Ambiguous => msg!("base-ambiguous", key = key, value = value),
        BaseError::NotACommit => msg!("base-not-a-commit", key = key, value = value),
        BaseError::NotAncestor { commit } => msg!(
            "base-not-an-ancestor",
            key = key,
            commit = short(*commit),
            against = against
        ),
    }
}
