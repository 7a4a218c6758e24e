//! Git history behind one interface. The analysis asks [`History`] questions ("what did
//! this file look like at that commit?", "which commits changed it since?") and never
//! touches git2, so its tests can pass a fake. [`GitHistory`] answers them from ONE walk
//! of the history done up front: per-file questions are then lookups in the walked
//! [`graph`], never one `git log` per file.
//!
//! By concern: [`repo`] opens the repository and implements the trait, [`walk`] reads the
//! history once, [`graph`] answers questions about it, [`worktree`] lists the files as
//! they are now.

mod graph;
mod repo;
mod split;
mod store;
mod trees;
mod walk;
mod worktree;

use anyhow::Result;
use git2::Oid;

pub(crate) use repo::GitHistory;
pub(crate) use split::Split;
pub(crate) use store::write_atomically;

/// A commit as the analysis needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Commit {
    pub id: Oid,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
}

/// What "now" means for the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The working tree, on top of `HEAD`.
    WorkTree { head: Commit },
    /// A commit (`--rev`).
    Commit(Commit),
}

impl Target {
    pub(crate) fn commit(&self) -> Commit {
        match *self {
            Target::WorkTree { head } => head,
            Target::Commit(commit) => commit,
        }
    }
}

/// Why a recorded base commit cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BaseError {
    /// Not hexadecimal, or too short to be a commit id.
    NotAHash,
    /// No object with this id; `shallow` when the clone lacks history.
    Unknown { shallow: bool },
    /// The abbreviation matches several objects.
    Ambiguous,
    /// The id names something that is not a commit.
    NotACommit,
    /// A commit that is not an ancestor of the analysed revision.
    NotAncestor { commit: Oid },
}

/// What happened to a file that no longer exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fate {
    /// Renamed (maybe several times) to `to`, which `exists` now or was deleted later.
    Renamed {
        to: String,
        commit: Commit,
        exists: bool,
    },
    Deleted {
        commit: Commit,
    },
    /// Deleted in the working tree, not committed yet.
    DeletedUncommitted,
    /// Moved in the working tree (`git mv` or a plain move), not committed yet: the same
    /// content is at `to`, a path the last commit does not have.
    RenamedUncommitted {
        to: String,
    },
}

/// Questions the analysis asks about the repository.
pub(crate) trait History: Sync {
    /// The revision analysed.
    fn target(&self) -> Target;
    /// Whether the repository is a shallow clone (history is cut off).
    fn is_shallow(&self) -> bool;
    /// Every file under the analysed roots, as it is now.
    fn files(&self) -> Vec<String>;
    /// Blob id of `path` now, without reading it when git already knows it.
    fn blob_now(&self, path: &str) -> Option<Oid>;
    /// An id that names what [`History::read_now`] of `path` returns, known without
    /// reading it: the blob id of a regular file. `None` for a symbolic link (its blob
    /// is the name it points to, while a read follows it) or a file git could not hash.
    fn content_id(&self, path: &str) -> Option<Oid> {
        self.blob_now(path)
    }
    /// Why something that git does not list stands at `path` in the work tree and is no
    /// page: a FIFO, a socket, a device, a link out of the repository. `None` when
    /// nothing is there (or when reading a commit, which has no such things).
    fn unlisted_obstacle(&self, path: &str) -> Option<anyhow::Error> {
        let _ = path;
        None
    }
    /// Contents of `path` now.
    fn read_now(&self, path: &str) -> Result<Vec<u8>>;
    /// Contents of a blob.
    fn read_blob(&self, id: Oid) -> Result<Vec<u8>>;
    /// Resolves a full or abbreviated hash that must be an ancestor of the target.
    fn resolve_base(&self, hash: &str) -> Result<Commit, BaseError>;
    /// The most recent commit (up to the target) that changed `path`, following renames.
    fn last_change(&self, path: &str) -> Option<Commit>;
    /// Whether `commit` is where a shallow clone's history is cut off: it appears to
    /// add every file, so it says nothing about when a file really changed.
    fn is_shallow_boundary(&self, commit: Oid) -> bool;
    /// The path `path` had at `base`, following renames, and its blob there.
    fn source_at(&self, base: Oid, path: &str) -> Result<Option<(String, Oid)>>;
    /// Commits after `base` (up to the target) that changed `path` or, before a rename,
    /// the name it had then; newest first.
    fn commits_after(&self, base: Oid, path: &str) -> Vec<Commit>;
    /// For a path that no longer exists: where it went.
    fn fate(&self, path: &str) -> Option<Fate>;
    /// Up to `limit` commits (up to the target) that changed `path`, following renames
    /// back; newest first. The first is [`History::last_change`].
    fn changes(&self, path: &str, limit: usize) -> Vec<Commit> {
        let _ = limit;
        self.last_change(path).into_iter().collect()
    }
    /// Whether `commit` changed `path` (under that name).
    fn changed_in(&self, commit: Oid, path: &str) -> bool {
        let _ = (commit, path);
        false
    }
    /// The text of `path` at `commit` (following renames), lossily decoded; `None` when
    /// it did not exist there or cannot be read.
    fn text_at(&self, commit: Oid, path: &str) -> Option<String> {
        let (_, blob) = self.source_at(commit, path).ok()??;
        let bytes = self.read_blob(blob).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }
    /// The first parent of `commit` in the walked history.
    fn parent(&self, commit: Oid) -> Option<Commit> {
        let _ = commit;
        None
    }
    /// The full message of `commit`, `None` when it cannot be read.
    fn message(&self, commit: Oid) -> Option<String> {
        let _ = commit;
        None
    }
    /// When `commit` reached the analysed branch: for a commit merged from a side branch,
    /// the time of the merge, not of its authoring.
    fn arrival(&self, commit: Commit) -> i64 {
        commit.time
    }
    /// Problems with the repository worth a note in the report.
    fn warnings(&self) -> Vec<crate::model::i18n::Message> {
        Vec::new()
    }
}
