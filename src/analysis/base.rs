//! A translation's base commit, for Markdown and Fluent alike: the commit its file
//! records (front matter or `### source_commit:`), checked against the history, else the
//! last commit that changed the file (inferred). Why a base cannot be used is said in
//! full, with the fix, on the line that records it.

use super::{commits, compare};
use crate::config::CompareSettings;
use crate::git::{BaseError, Commit, History, Target};
use crate::markdown::Flavor;
use crate::model::i18n::Message;
use crate::model::{Base, Origin, short};
use crate::report::{SkipReason, Skipped};

/// How far back base inference looks past maintenance commits.
const MAX_SKIPPED: usize = 64;

/// What inferring a Markdown translation's base needs beyond the file: the same page's
/// other files, and how to tell maintenance from translation.
pub(crate) struct Inference<'a> {
    pub settings: &'a CompareSettings,
    pub flavor: Flavor,
    /// The English source.
    pub english: Option<&'a str>,
    /// The page in the other translated languages.
    pub others: Vec<&'a str>,
    /// The languages each commit changed pages in, and how many pages.
    pub languages_by_commit: &'a super::LanguagesByCommit<'a>,
    /// The English page now, whose front-matter keys tell a key only translations have
    /// (a sync status such as `drifted_from_default`): changing one is never a
    /// translation. Read (and parsed) only when a commit is judged on its content.
    pub english_now: &'a dyn Fn() -> Option<&'a crate::markdown::Parsed>,
}

/// A base and what was passed over to find it.
pub(crate) struct Resolved {
    pub base: Base,
    pub note: Option<Message>,
    pub skipped: Vec<Skipped>,
}

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

/// The base of the translation at `path`, with a note when it is only assumed. With
/// `inference`, an inferred base passes over the commits that did not translate.
pub(crate) fn resolve(
    history: &dyn History,
    path: &str,
    recorded: Option<Recorded<'_>>,
    inference: Option<&Inference<'_>>,
) -> Result<Resolved, Problem> {
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
        return Ok(Resolved {
            base,
            note: None,
            skipped: Vec::new(),
        });
    }
    let inferred = |commit: Commit, note: Option<Message>, skipped: Vec<Skipped>| Resolved {
        base: Base {
            commit: commit.id,
            time: commit.time,
            origin: Origin::Inferred,
            key: None,
        },
        note,
        skipped,
    };
    let (commit, skipped) = match inference {
        Some(inference) => infer(history, path, inference)
            .map_or((None, Vec::new()), |(commit, skipped)| {
                (Some(commit), skipped)
            }),
        None => (history.last_change(path), Vec::new()),
    };
    match commit {
        Some(commit) if history.is_shallow_boundary(commit.id) => {
            Err((None, msg!("error-shallow-no-base")))
        }
        Some(commit) => Ok(inferred(commit, None, skipped)),
        None => match history.target() {
            // A new translation nobody committed yet: it is being made from today's English.
            Target::WorkTree { head } => Ok(inferred(
                head,
                Some(msg!("note-uncommitted-translation")),
                Vec::new(),
            )),
            Target::Commit(_) => Err((None, msg!("error-never-committed"))),
        },
    }
}

/// The newest commit of the translation that is not maintenance, and the newer ones
/// passed over. A file's first commit made it, so it is never passed over; when every
/// commit in reach is maintenance, the newest is taken (as with no inference).
fn infer(
    history: &dyn History,
    path: &str,
    inference: &Inference<'_>,
) -> Option<(Commit, Vec<Skipped>)> {
    let changes = history.changes(path, MAX_SKIPPED + 1);
    let newest = *changes.first()?;
    let english_at = |commit: &Commit| {
        let english = inference.english?;
        history
            .source_at(commit.id, english)
            .ok()
            .flatten()
            .map(|(_, blob)| blob)
    };
    // The English unchanged since the oldest commit in reach (a question to the walked
    // graph, no tree read): whichever is the base, its English is the same.
    let oldest = changes.last().expect("not empty");
    if inference
        .english
        .is_none_or(|english| history.commits_after(oldest.id, english).is_empty())
    {
        return Some((newest, Vec::new()));
    }
    let oldest_english = english_at(oldest);
    let mut skipped = Vec::new();
    for (i, commit) in changes.iter().enumerate() {
        let created = i + 1 == changes.len() && changes.len() <= MAX_SKIPPED;
        if created || history.is_shallow_boundary(commit.id) {
            return Some((*commit, skipped));
        }
        // The English the same at this commit and at the oldest in reach: whichever of
        // them is the base, its English is the same. Most translations stop here, before
        // any blob is read.
        if english_at(commit) == oldest_english {
            return Some((*commit, skipped));
        }
        match skip_reason(history, path, *commit, inference) {
            Some(reason) => skipped.push(Skipped {
                commit: commit.id,
                time: commit.time,
                reason,
            }),
            None => return Some((*commit, skipped)),
        }
    }
    Some((newest, Vec::new()))
}

/// Why `commit` did not translate the file at `path`, if it did not: its message says so,
/// it changed the page in many languages at once, or only cosmetically. Cheapest first.
fn skip_reason(
    history: &dyn History,
    path: &str,
    commit: Commit,
    inference: &Inference<'_>,
) -> Option<SkipReason> {
    let settings = inference.settings;
    if let Some(message) = history.message(commit.id)
        && let Some(keyword) = commits::no_translation(&message, &settings.ignore_keywords)
    {
        return Some(SkipReason::Message { keyword });
    }
    let english = inference
        .english
        .is_some_and(|english| history.changed_in(commit.id, english));
    let languages = 1
        + u32::from(english)
        + inference
            .others
            .iter()
            .filter(|other| history.changed_in(commit.id, other))
            .count() as u32;
    // Only with the English in it: a commit that changes every translation and not the
    // English is how translation platforms deliver translations.
    if english && settings.bulk_languages > 0 && languages >= settings.bulk_languages {
        return Some(SkipReason::Bulk { languages });
    }
    // A commit confined to this language that changed several of its pages is its
    // translators' pass over them (a tool re-translating and finding nothing new for
    // this page), not maintenance, even where it changed this page only cosmetically.
    if let Some(&[(_, pages)]) = inference
        .languages_by_commit
        .get()
        .get(&commit.id)
        .map(Vec::as_slice)
        && pages > 1
    {
        return None;
    }
    // The file before and after the commit; none before: the commit made it.
    let after = history.text_at(commit.id, path)?;
    let before = history.text_at(history.parent(commit.id)?.id, path)?;
    let english_keys: Vec<String> = (inference.english_now)()
        .and_then(|english| english.front_matter())
        .map(|map| map.keys().cloned().collect())
        .unwrap_or_default();
    compare::only_maintenance(&before, &after, inference.flavor, settings, &english_keys)
        .then_some(SkipReason::Cosmetic)
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
