//! The files as they are "now": the working tree (through git's index and status, so
//! ignored files do not exist and unchanged files are not even read) or the tree of the
//! analysed commit, as blob ids by path.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Context, Result};
use git2::{DiffOptions, ObjectType, Oid, Repository};

use super::Target;
use super::repo::GitHistory;
use super::walk::{path_string, subtree_id};
use crate::model::is_under;

/// git's mode of a symbolic link.
const LINK_MODE: u32 = 0o120_000;

/// Blob ids of every file under `roots` in `tree`; `links` gets the symbolic links,
/// whose blob is the name they point to, not what a read of them returns.
pub(super) fn blobs_in_tree(
    repo: &Repository,
    tree: &git2::Tree<'_>,
    roots: &[String],
    unreadable: &mut Vec<String>,
    links: &mut HashSet<String>,
) -> Result<HashMap<String, Oid>> {
    let mut out = HashMap::new();
    for root in roots {
        let Some(id) = subtree_id(tree, root) else {
            continue;
        };
        let Ok(subtree) = repo.find_tree(id) else {
            continue;
        };
        let prefix = if root.is_empty() {
            String::new()
        } else {
            format!("{root}/")
        };
        subtree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(ObjectType::Blob) {
                match entry.name() {
                    Ok(name) => {
                        let path = format!("{prefix}{dir}{name}");
                        if entry.filemode() as u32 == LINK_MODE {
                            links.insert(path.clone());
                        }
                        out.insert(path, entry.id());
                    }
                    Err(_) => unreadable.push(format!(
                        "{prefix}{dir}{}",
                        String::from_utf8_lossy(entry.name_bytes())
                    )),
                }
            }
            git2::TreeWalkResult::Ok
        })?;
    }
    Ok(out)
}

/// Blob ids of every file under `roots` in the working tree: the index's ids for files
/// git's stat cache says are unchanged, a hash of the file for the others. Ignored files
/// are left out, as git leaves them out. `links` gets the files whose id does not name
/// what a read returns: symbolic links (committed or not) and files git could not hash.
pub(super) fn blobs_in_worktree(
    repo: &Repository,
    roots: &[String],
    unreadable: &mut Vec<String>,
    links: &mut HashSet<String>,
) -> Result<HashMap<String, Oid>> {
    let index = repo.index().with_context(|| tr!("error-read-index"))?;
    let mut out = HashMap::new();
    for entry in index.iter() {
        let path = String::from_utf8_lossy(&entry.path).into_owned();
        if roots.iter().any(|root| is_under(&path, root)) {
            if std::str::from_utf8(&entry.path).is_err() {
                unreadable.push(path);
                continue;
            }
            if entry.mode == LINK_MODE {
                links.insert(path.clone());
            }
            out.insert(path, entry.id);
        }
    }
    if roots.is_empty() {
        return Ok(out);
    }
    let mut opts = git2::StatusOptions::new();
    opts.include_untracked(true)
        .recurse_untracked_dirs(true)
        .exclude_submodules(true);
    for root in roots.iter().filter(|r| !r.is_empty()) {
        opts.pathspec(root);
    }
    let mut changed = Vec::new();
    match repo.statuses(Some(&mut opts)) {
        Ok(statuses) => {
            for entry in statuses.iter() {
                let Ok(path) = entry.path() else {
                    let lossy = String::from_utf8_lossy(entry.path_bytes()).into_owned();
                    if !unreadable.contains(&lossy) {
                        unreadable.push(lossy);
                    }
                    continue;
                };
                if entry.status().is_wt_typechange() {
                    links.insert(path.to_string());
                }
                classify(&mut out, &mut changed, path, entry.status());
            }
        }
        // libgit2 gives up on the whole tree when one file cannot be read (a file of
        // mode 000 it must hash): ask file by file, so that file alone fails later, when
        // it is read, with its own name and cause, and the rest of the run goes on.
        Err(_) => {
            for path in out.keys().cloned().collect::<Vec<_>>() {
                match repo.status_file(Path::new(&path)) {
                    Ok(status) => {
                        if status.is_wt_typechange() {
                            links.insert(path.clone());
                        }
                        classify(&mut out, &mut changed, &path, status);
                    }
                    Err(_) => {
                        links.insert(path);
                    }
                }
            }
            for path in untracked(repo, roots, &out) {
                changed.push(path);
            }
        }
    }
    for (path, id) in filtered_ids(repo, &changed, links)? {
        out.insert(path, id);
    }
    Ok(out)
}

/// Records what one status entry means for the listing: a deleted file leaves it, a new or
/// changed one is hashed.
fn classify(
    out: &mut HashMap<String, Oid>,
    changed: &mut Vec<String>,
    path: &str,
    status: git2::Status,
) {
    if status.is_wt_deleted() || status.is_index_deleted() && !status.is_wt_new() {
        out.remove(path);
    } else if status.is_wt_new()
        || status.is_wt_modified()
        || status.is_wt_typechange()
        || status.is_conflicted()
    {
        changed.push(path.to_string());
    }
}

/// Files under `roots` that the index does not have and git does not ignore, found by
/// reading the directories (the fallback when git's status cannot run).
fn untracked(repo: &Repository, roots: &[String], tracked: &HashMap<String, Oid>) -> Vec<String> {
    let Some(workdir) = repo.workdir() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut pending: Vec<String> = roots.to_vec();
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(workdir.join(&dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let path = if dir.is_empty() {
                name.clone()
            } else {
                format!("{dir}/{name}")
            };
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if name == ".git" || repo.status_should_ignore(Path::new(&path)).unwrap_or(true) {
                continue;
            }
            if kind.is_dir() {
                pending.push(path);
            } else if !tracked.contains_key(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Blob ids of changed working-tree files as git would store them: through the
/// repository's filters (CRLF conversion, `.gitattributes`), so that they compare with the
/// blobs in history. A raw hash of a CRLF checkout never would.
fn filtered_ids(
    repo: &Repository,
    paths: &[String],
    links: &mut HashSet<String>,
) -> Result<Vec<(String, Oid)>> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let workdir = repo.workdir().with_context(|| tr!("error-bare-repo"))?;
    let mut opts = DiffOptions::new();
    opts.include_untracked(true)
        .recurse_untracked_dirs(true)
        .disable_pathspec_match(true)
        .skip_binary_check(true);
    for path in paths {
        opts.pathspec(path);
    }
    let diff = repo
        .diff_index_to_workdir(None, Some(&mut opts))
        .with_context(|| tr!("error-compare-worktree"))?;
    let mut out = Vec::new();
    for (i, delta) in diff.deltas().enumerate() {
        let Some(path) = delta.new_file().path().map(path_string) else {
            continue;
        };
        let full = workdir.join(&path);
        // A link, a device, a FIFO: its id (if any) is not what a read returns; the read
        // itself says what it is.
        match std::fs::symlink_metadata(&full) {
            Ok(meta) if meta.is_file() => {}
            Ok(_) => {
                links.insert(path.clone());
                out.push((path, Oid::ZERO_SHA1));
                continue;
            }
            Err(_) => continue,
        }
        // Building the patch makes libgit2 hash the file through the filters.
        let id = git2::Patch::from_diff(&diff, i)
            .ok()
            .flatten()
            .map(|patch| patch.delta().new_file().id())
            .filter(|id| !id.is_zero());
        // A file that cannot be hashed keeps what the index knows of it (or is listed
        // unhashed): reading it later fails with its own name, for that file alone.
        let id = match id {
            Some(id) => id,
            None => match Oid::hash_file(ObjectType::Blob, &full) {
                Ok(id) => id,
                Err(_) => {
                    links.insert(path.clone());
                    match repo
                        .index()
                        .ok()
                        .and_then(|i| i.get_path(Path::new(&path), 0))
                    {
                        Some(entry) => entry.id,
                        None => Oid::ZERO_SHA1,
                    }
                }
            },
        };
        out.push((path, id));
    }
    Ok(out)
}

impl GitHistory {
    /// git's index lock, when another git command holds it (or one crashed holding it):
    /// nothing can be staged until it goes.
    pub(crate) fn index_lock(&self) -> Option<std::path::PathBuf> {
        self.with_repo(|repo| Ok(repo.path().join("index.lock")))
            .ok()
            .filter(|lock| lock.exists())
    }

    /// Records in the index that `from` was moved to `to`, like `git mv`: the staged
    /// entry changes its path, so `git status` shows a rename. `false` (and nothing done)
    /// when `from` is not tracked.
    pub(crate) fn stage_rename(&self, from: &str, to: &str) -> Result<bool> {
        self.with_repo(|repo| {
            let mut index = repo.index().with_context(|| tr!("error-read-index"))?;
            // Another handle may have written the index since this one was opened.
            index.read(true).with_context(|| tr!("error-read-index"))?;
            let Some(mut entry) = index.get_path(Path::new(from), 0) else {
                return Ok(false);
            };
            entry.path = to.as_bytes().to_vec();
            index
                .add(&entry)
                .and_then(|()| index.remove_path(Path::new(from)))
                .and_then(|()| index.write())
                .with_context(|| tr!("error-stage-move", path = from))?;
            Ok(true)
        })
    }

    /// How many files under the roots differ between the working tree (index included)
    /// and HEAD: `bundle` publishes a commit and says what it leaves behind.
    pub(crate) fn uncommitted_under_roots(&self) -> Result<usize> {
        self.with_repo(|repo| {
            let mut options = git2::StatusOptions::new();
            options.include_untracked(true).include_ignored(false);
            for root in self.roots.iter().filter(|r| !r.is_empty()) {
                options.pathspec(root);
            }
            Ok(repo.statuses(Some(&mut options))?.len())
        })
    }

    /// Where `path`, committed but gone from the working tree, was moved without a commit
    /// yet: the one new file (not in the last commit) with exactly its committed content,
    /// as git's own exact rename detection would pair them.
    pub(super) fn uncommitted_move(&self, path: &str) -> Option<String> {
        let Target::WorkTree { .. } = self.target else {
            return None;
        };
        if self.now.contains_key(path) {
            return None;
        }
        // The walk knows the blobs of the last commit (walk index 0): no tree lookups.
        let blob = self.graph.blob_at(0, path)?;
        let mut found = self
            .now
            .iter()
            .filter(|(p, id)| **id == blob && self.graph.blob_at(0, p).is_none())
            .map(|(p, _)| p.clone());
        let first = found.next();
        if found.next().is_none() { first } else { None }
    }
}
