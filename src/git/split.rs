//! Translations kept in another repository than their English source (MDN's `content`
//! and `translated-content`, Vue's `docs` and `docs-ja`): one [`History`] over two
//! repositories. English pages are named by their path from the translations'
//! repository (`../docs/src/guide.md`), so every path says which repository it is in;
//! base commits are English commits, resolved in the source repository.
//!
//! A translation without a recorded base gets an inferred one, as in one repository, but
//! the last commit that changed it is a commit of the translations' repository: the base
//! is the English commit that was newest at that time, the English a translator could
//! have seen then.

use anyhow::Result;
use git2::Oid;

use super::{BaseError, Commit, Fate, GitHistory, History, Target};
use crate::model::i18n::Message;

/// The translations' repository and the English one.
pub(crate) struct Split<'a> {
    pub local: &'a GitHistory,
    pub source: &'a GitHistory,
    /// The source repository's path from the local one, with a trailing `/`.
    pub prefix: &'a str,
}

impl Split<'_> {
    /// The repository `path` is in, its path there, and whether that is the source.
    fn route<'p>(&self, path: &'p str) -> (&GitHistory, &'p str, bool) {
        match path.strip_prefix(self.prefix) {
            Some(rest) => (self.source, rest, true),
            None => (self.local, path, false),
        }
    }
}

impl History for Split<'_> {
    fn target(&self) -> Target {
        self.local.target()
    }

    fn is_shallow(&self) -> bool {
        self.local.is_shallow() || self.source.is_shallow()
    }

    fn files(&self) -> Vec<String> {
        let mut files = self.local.files();
        files.extend(
            self.source
                .files()
                .into_iter()
                .map(|f| format!("{}{f}", self.prefix)),
        );
        files.sort();
        files
    }

    fn blob_now(&self, path: &str) -> Option<Oid> {
        let (history, path, _) = self.route(path);
        history.blob_now(path)
    }

    fn content_id(&self, path: &str) -> Option<Oid> {
        let (history, path, _) = self.route(path);
        history.content_id(path)
    }

    fn read_now(&self, path: &str) -> Result<Vec<u8>> {
        let (history, path, _) = self.route(path);
        history.read_now(path)
    }

    fn read_blob(&self, id: Oid) -> Result<Vec<u8>> {
        // The English at a base is the source's; a translation's blobs are the local one's.
        self.source
            .read_blob(id)
            .or_else(|_| self.local.read_blob(id))
    }

    fn resolve_base(&self, hash: &str) -> Result<Commit, BaseError> {
        self.source.resolve_base(hash)
    }

    fn last_change(&self, path: &str) -> Option<Commit> {
        let (history, inner, in_source) = self.route(path);
        if in_source {
            return history.last_change(inner);
        }
        // Not committed yet: made from today's English.
        let time = history.last_change(inner).map_or(i64::MAX, |c| c.time);
        self.source.newest_at(time)
    }

    fn is_shallow_boundary(&self, commit: Oid) -> bool {
        self.source.is_shallow_boundary(commit) || self.local.is_shallow_boundary(commit)
    }

    fn source_at(&self, base: Oid, path: &str) -> Result<Option<(String, Oid)>> {
        let (history, inner, in_source) = self.route(path);
        let found = history.source_at(base, inner)?;
        Ok(found.map(|(name, blob)| {
            if in_source {
                (format!("{}{name}", self.prefix), blob)
            } else {
                (name, blob)
            }
        }))
    }

    fn commits_after(&self, base: Oid, path: &str) -> Vec<Commit> {
        let (history, inner, _) = self.route(path);
        history.commits_after(base, inner)
    }

    fn fate(&self, path: &str) -> Option<Fate> {
        let (history, inner, in_source) = self.route(path);
        let fate = history.fate(inner)?;
        if !in_source {
            return Some(fate);
        }
        let prefixed = |to: String| format!("{}{to}", self.prefix);
        Some(match fate {
            Fate::Renamed { to, commit, exists } => Fate::Renamed {
                to: prefixed(to),
                commit,
                exists,
            },
            Fate::RenamedUncommitted { to } => Fate::RenamedUncommitted { to: prefixed(to) },
            other => other,
        })
    }

    fn arrival(&self, commit: Commit) -> i64 {
        self.source.arrival(commit)
    }

    // Commits asked about are the source's (English changes since a base); a
    // translation's own history maps onto the source by time, so it has no `changes`.
    fn parent(&self, commit: Oid) -> Option<Commit> {
        self.source.parent(commit)
    }

    fn message(&self, commit: Oid) -> Option<String> {
        self.source.message(commit)
    }

    fn warnings(&self) -> Vec<Message> {
        let mut warnings = self.local.warnings();
        warnings.extend(self.source.warnings());
        warnings
    }
}
