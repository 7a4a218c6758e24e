//! Opening the repository and answering [`History`] from the walk: the analysed
//! revision, its files now, blobs, base commits and the fate of deleted files. Also the
//! few direct questions of `check --changed-since` and `bundle`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use git2::{DiffOptions, ErrorCode, ObjectType, Oid, Repository};

use super::graph::Graph;
use super::store;
use super::walk::{Mismatch, path_string, shallow_boundary, walk};
use super::worktree::{blobs_in_tree, blobs_in_worktree};
use super::{BaseError, Commit, Fate, History, Target};
use crate::model::{Hinted, short};

/// The commit `rev` names (`option` is how the user gave it, e.g. `--changed-since `), or
/// an error in plain words: no such name, a file or directory rather than a commit, an
/// abbreviation shared by several objects, ancestors past the first commit, or no commit
/// at all yet.
fn resolve_commit<'r>(repo: &'r Repository, rev: &str, option: &str) -> Result<git2::Commit<'r>> {
    let given = format!("{option}`{rev}`");
    let object = match repo.revparse_single(rev) {
        Ok(object) => object,
        Err(_) if matches!(repo.head(), Err(e) if e.code() == ErrorCode::UnbornBranch) => {
            bail!(Hinted::new(
                tr!("error-no-commits"),
                tr!("hint-commit-first")
            ))
        }
        Err(e) if e.code() == ErrorCode::Ambiguous => {
            bail!(Hinted::new(
                tr!("error-rev-ambiguous", rev = given),
                tr!("hint-rev-longer")
            ))
        }
        Err(_) => {
            // `main~40` on a history of 30 commits: the name is fine, the walk is not.
            let stem = rev.split(['~', '^']).next().unwrap_or(rev);
            let message = if stem != rev && repo.revparse_single(stem).is_ok() {
                tr!("error-rev-too-far", rev = given)
            } else {
                tr!("error-rev-not-found", rev = given)
            };
            bail!(Hinted::new(message, tr!("hint-rev-list")))
        }
    };
    let kind = object.kind();
    object.peel_to_commit().map_err(|_| {
        let kind = match kind {
            Some(ObjectType::Blob) => "blob",
            Some(ObjectType::Tree) => "tree",
            Some(ObjectType::Tag) => "tag",
            _ => "other",
        };
        Hinted::new(
            tr!("error-rev-not-a-commit", rev = given, kind = kind),
            tr!("hint-rev-list"),
        )
        .into()
    })
}

/// [`History`] backed by a git repository through git2.
pub(crate) struct GitHistory {
    pub(super) repo_path: PathBuf,
    /// Reads of the working tree go through the path policy.
    confined: crate::model::paths::Confinement,
    pub(super) target: Target,
    pub(super) shallow: bool,
    /// The walked history.
    pub(super) graph: Graph,
    /// Commits whose parents a shallow clone lacks (from `.git/shallow`).
    pub(super) boundary: HashSet<Oid>,
    /// Blob ids of the files under the roots now.
    pub(super) now: HashMap<String, Oid>,
    /// Repository-relative directories analysed (`""` = everything).
    pub(super) roots: Vec<String>,
    /// Files whose names are not UTF-8: transync cannot name them, so it says so.
    pub(super) unreadable: Vec<String>,
    /// Files whose id now does not name what a read returns (links; see
    /// [`History::content_id`]).
    pub(super) links: HashSet<String>,
    /// The git directory shared by the repository's worktrees.
    pub(super) common_dir: PathBuf,
}

thread_local! {
    // git2::Repository is Send but not Sync: each rayon worker opens its own, once.
    static REPOS: RefCell<Vec<(PathBuf, Repository)>> = const { RefCell::new(Vec::new()) };
}

impl GitHistory {
    /// Opens the repository at `workdir`, resolves `rev` (the working tree when `None`)
    /// and walks the history once for every file under `roots` (repository-relative).
    ///
    /// With `cache`, the walk reuses and updates the persistent history index
    /// ([`super::store`]); without, it reads every commit and writes nothing.
    pub(crate) fn open(
        workdir: &Path,
        roots: &[String],
        rev: Option<&str>,
        cache: bool,
    ) -> Result<GitHistory> {
        configure_libgit2();
        let repo = Repository::open(workdir)
            .with_context(|| tr!("error-open-repo", path = workdir.display().to_string()))?;
        let target_commit = match rev {
            Some(rev) => resolve_commit(&repo, rev, "")?,
            None => match repo.head() {
                Ok(head) => head
                    .peel_to_commit()
                    .with_context(|| tr!("error-read-head"))?,
                Err(err) if err.code() == ErrorCode::UnbornBranch => bail!(Hinted::new(
                    tr!("error-no-commits"),
                    tr!("hint-commit-first")
                )),
                Err(err) => return Err(err).with_context(|| tr!("error-read-head")),
            },
        };
        let target_info = Commit {
            id: target_commit.id(),
            time: target_commit.time().seconds(),
        };
        let target = match rev {
            Some(_) => Target::Commit(target_info),
            None => Target::WorkTree { head: target_info },
        };
        let roots = roots.to_vec();
        let mut history = GitHistory {
            repo_path: repo.path().to_path_buf(),
            confined: crate::model::paths::Confinement::new(workdir),
            target,
            shallow: repo.is_shallow(),
            graph: Graph::default(),
            boundary: shallow_boundary(repo.path()),
            now: HashMap::new(),
            roots: roots.clone(),
            unreadable: Vec::new(),
            links: HashSet::new(),
            common_dir: repo.commondir().to_path_buf(),
        };
        // The history walk and the listing of files "now" are independent: run them side by
        // side, the listing with its own Repository (they are not Sync).
        let tree_id = target_commit.tree_id();
        let repo_path = history.repo_path.clone();
        let (graph, now) = std::thread::scope(|scope| {
            type Listing = (HashMap<String, Oid>, Vec<String>, HashSet<String>);
            let listing = scope.spawn(|| -> Result<Listing> {
                let repo = Repository::open(&repo_path)?;
                let mut unreadable = Vec::new();
                let mut links = HashSet::new();
                let blobs = match rev {
                    Some(_) => blobs_in_tree(
                        &repo,
                        &repo.find_tree(tree_id)?,
                        &roots,
                        &mut unreadable,
                        &mut links,
                    )?,
                    None => blobs_in_worktree(&repo, &roots, &mut unreadable, &mut links)?,
                };
                Ok((blobs, unreadable, links))
            });
            let walked = walk_indexed(&repo, target_info.id, &roots, cache)
                .context(tr!("error-walk-history"));
            let now = listing.join().expect("file listing thread panicked");
            walked.and_then(|graph| Ok((graph, now?)))
        })?;
        history.graph = graph;
        (history.now, history.unreadable, history.links) = now;
        Ok(history)
    }

    /// A revision that must be the target or one of its ancestors, e.g. `mark --rev`.
    pub(crate) fn resolve_ancestor(&self, rev: &str) -> Result<Commit> {
        let id = self.with_repo(|repo| Ok(resolve_commit(repo, rev, "")?.id()))?;
        match self.graph.position(id) {
            Some(at) => Ok(self.graph.commit(at)),
            None => bail!(tr!("error-not-an-ancestor", rev = rev, commit = short(id))),
        }
    }

    /// Files under the roots changed since the merge base of `reference` and the target
    /// (the working tree included in working-tree mode): what a pull request touched.
    pub(crate) fn branch_changes(&self, reference: &str) -> Result<HashSet<String>> {
        self.with_repo(|repo| {
            let other = resolve_commit(repo, reference, "--changed-since ")?;
            let target = self.target.commit().id;
            let base = repo.merge_base(other.id(), target).with_context(|| {
                Hinted::new(
                    tr!(
                        "error-no-common-history",
                        reference = reference,
                        commit = &target.to_string()[..7]
                    ),
                    tr!("hint-fetch-base-branch"),
                )
            })?;
            let base_tree = repo.find_commit(base)?.tree()?;
            let mut opts = DiffOptions::new();
            for root in self.roots.iter().filter(|r| !r.is_empty()) {
                opts.pathspec(root);
            }
            opts.include_untracked(true).recurse_untracked_dirs(true);
            let diff = match self.target {
                Target::WorkTree { .. } => {
                    repo.diff_tree_to_workdir_with_index(Some(&base_tree), Some(&mut opts))?
                }
                Target::Commit(commit) => {
                    let tree = repo.find_commit(commit.id)?.tree()?;
                    repo.diff_tree_to_tree(Some(&base_tree), Some(&tree), Some(&mut opts))?
                }
            };
            Ok(diff
                .deltas()
                .flat_map(|d| [d.old_file().path(), d.new_file().path()])
                .flatten()
                .map(path_string)
                .collect())
        })
    }

    /// The entry at `path` in the target commit's tree, any directory of the repository:
    /// its object id and git file mode (0o120000 for a symlink, whose blob holds the link
    /// target). `None` when nothing is there, or a directory is. For `bundle`, which
    /// publishes committed content only.
    pub(crate) fn entry_at_target(&self, path: &str) -> Result<Option<(Oid, i32)>> {
        let commit = self.target.commit().id;
        self.with_repo(|repo| {
            let tree = repo.find_commit(commit)?.tree()?;
            Ok(match tree.get_path(Path::new(path)) {
                Ok(entry) if entry.kind() == Some(git2::ObjectType::Blob) => {
                    Some((entry.id(), entry.filemode()))
                }
                Ok(_) => None,
                Err(err) if err.code() == ErrorCode::NotFound => None,
                Err(err) => return Err(err.into()),
            })
        })
    }

    /// Every file path of the target commit under `dir` (repository-relative, `/`-separated).
    pub(crate) fn files_at_target_under(&self, dir: &str) -> Result<Vec<String>> {
        let commit = self.target.commit().id;
        self.with_repo(|repo| {
            let tree = repo.find_commit(commit)?.tree()?;
            let mut out = Vec::new();
            tree.walk(git2::TreeWalkMode::PreOrder, |parent, entry| {
                if entry.kind() == Some(git2::ObjectType::Blob)
                    && let Ok(name) = std::str::from_utf8(entry.name_bytes())
                {
                    let path = format!("{parent}{name}");
                    if dir.is_empty() || path.starts_with(&format!("{dir}/")) {
                        out.push(path);
                    }
                }
                git2::TreeWalkResult::Ok
            })?;
            out.sort();
            Ok(out)
        })
    }

    /// Where transync keeps what it remembers between runs of this repository: in the git
    /// directory its worktrees share.
    pub(crate) fn cache_dir(&self) -> PathBuf {
        self.common_dir.join("transync")
    }

    /// The newest commit of the analysed history made at or before `time`.
    pub(crate) fn newest_at(&self, time: i64) -> Option<Commit> {
        self.graph.newest_at(time)
    }

    pub(super) fn with_repo<T>(&self, f: impl FnOnce(&Repository) -> Result<T>) -> Result<T> {
        REPOS.with(|cell| {
            let mut repos = cell.borrow_mut();
            let position = match repos.iter().position(|(path, _)| *path == self.repo_path) {
                Some(position) => position,
                None => {
                    let repo = Repository::open(&self.repo_path).with_context(|| {
                        tr!(
                            "error-open-repo",
                            path = self.repo_path.display().to_string()
                        )
                    })?;
                    repos.push((self.repo_path.clone(), repo));
                    repos.len() - 1
                }
            };
            f(&repos[position].1)
        })
    }
}

/// Settings of libgit2 for a process that only reads: objects are not hashed again on
/// every read (a damaged pack is still caught by its own checksums when git repacks), and
/// trees of big directories are kept in the object cache, where libgit2 by default keeps
/// only objects under 4 KiB.
fn configure_libgit2() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        git2::opts::strict_hash_verification(false);
        git2::opts::enable_caching(true);
        // SAFETY: called once, before this process opens any repository; these only set
        // libgit2's global cache limits.
        unsafe {
            let _ = git2::opts::set_cache_object_limit(ObjectType::Tree, 4 << 20);
            let _ = git2::opts::set_cache_object_limit(ObjectType::Commit, 64 << 10);
            let _ = git2::opts::set_cache_max_size(96 << 20);
        }
    });
}

/// The walk, through the persistent index when `cache`: its records are reused, those
/// of new commits added, and an index that does not match the repository is dropped and
/// the history walked again without it.
fn walk_indexed(repo: &Repository, target: Oid, roots: &[String], cache: bool) -> Result<Graph> {
    if !cache {
        return Ok(walk(repo, target, roots, &HashMap::new())?.0);
    }
    let file = store::path(repo.commondir(), roots);
    let mut known = store::load(&file, roots);
    let (graph, new) = match walk(repo, target, roots, &known) {
        Err(err) if err.is::<Mismatch>() => {
            known.clear();
            walk(repo, target, roots, &known)?
        }
        walked => walked?,
    };
    if !new.is_empty() {
        for record in new {
            known.insert(record.id, record);
        }
        // A cache that cannot be written (a read-only clone) only costs the next run time.
        let _ = store::save(&file, roots, known.values());
    }
    Ok(graph)
}

impl History for GitHistory {
    fn target(&self) -> Target {
        self.target
    }

    fn is_shallow(&self) -> bool {
        self.shallow
    }

    fn arrival(&self, commit: Commit) -> i64 {
        self.graph.arrival(commit)
    }

    fn warnings(&self) -> Vec<crate::model::i18n::Message> {
        let mut warnings: Vec<crate::model::i18n::Message> = self
            .unreadable
            .iter()
            .map(|name| msg!("warning-name-not-utf8", name = name))
            .collect();
        let incomplete: Vec<String> = self.graph.incomplete().map(|c| short(c.id)).collect();
        if !incomplete.is_empty() {
            warnings.push(msg!(
                "note-missing-objects",
                count = incomplete.len(),
                commits = incomplete
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        warnings
    }

    fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = self.now.keys().cloned().collect();
        files.sort();
        files
    }

    fn blob_now(&self, path: &str) -> Option<Oid> {
        self.now.get(path).copied()
    }

    fn content_id(&self, path: &str) -> Option<Oid> {
        if self.links.contains(path) {
            return None;
        }
        self.blob_now(path).filter(|id| !id.is_zero())
    }

    fn unlisted_obstacle(&self, path: &str) -> Option<anyhow::Error> {
        let Target::WorkTree { .. } = self.target else {
            return None;
        };
        // git skips what is not a file or a link; the path policy names it, without
        // opening it (a FIFO would block).
        std::fs::symlink_metadata(self.confined.root().join(path)).ok()?;
        self.confined.read(Path::new(path)).err().map(Into::into)
    }

    fn read_now(&self, path: &str) -> Result<Vec<u8>> {
        match self.target {
            Target::WorkTree { .. } => {
                // Through the path policy: a committed link may not lead a read out of
                // the repository or into a device.
                Ok(self.confined.read(Path::new(path))?)
            }
            Target::Commit(_) => {
                let id = self
                    .now
                    .get(path)
                    .with_context(|| tr!("error-not-in-tree", path = path))?;
                self.read_blob(*id)
            }
        }
    }

    fn read_blob(&self, id: Oid) -> Result<Vec<u8>> {
        self.with_repo(|repo| {
            let blob = repo
                .find_blob(id)
                .with_context(|| tr!("error-read-blob", id = id.to_string()))?;
            Ok(blob.content().to_vec())
        })
    }

    fn resolve_base(&self, hash: &str) -> Result<Commit, BaseError> {
        if !crate::model::is_commit_hash(hash) {
            return Err(BaseError::NotAHash);
        }
        let found = self.with_repo(|repo| {
            Ok(match repo.find_object_by_prefix(hash, None) {
                Ok(object) => match object.kind() {
                    Some(ObjectType::Commit) => Ok(object.id()),
                    _ => Err(BaseError::NotACommit),
                },
                Err(err) if err.code() == ErrorCode::Ambiguous => Err(BaseError::Ambiguous),
                Err(_) => Err(BaseError::Unknown {
                    shallow: self.shallow,
                }),
            })
        });
        let id = found.unwrap_or(Err(BaseError::Unknown {
            shallow: self.shallow,
        }))?;
        match self.graph.position(id) {
            Some(at) => Ok(self.graph.commit(at)),
            None => Err(BaseError::NotAncestor { commit: id }),
        }
    }

    fn last_change(&self, path: &str) -> Option<Commit> {
        // Follow renames back: a translation moved with its folder keeps its base.
        self.graph.last_change(path)
    }

    fn is_shallow_boundary(&self, commit: Oid) -> bool {
        self.boundary.contains(&commit)
    }

    fn source_at(&self, base: Oid, path: &str) -> Result<Option<(String, Oid)>> {
        let Some(at) = self.graph.position(base) else {
            // Not in the walked history: read from its tree.
            let name = self.graph.name_at(path, u32::MAX);
            let blob = self.with_repo(|repo| {
                let tree = repo.find_commit(base)?.tree()?;
                Ok(match tree.get_path(Path::new(&name)) {
                    Ok(entry) if entry.kind() == Some(ObjectType::Blob) => Some(entry.id()),
                    Ok(_) => None,
                    Err(err) if err.code() == ErrorCode::NotFound => None,
                    Err(err) => return Err(err.into()),
                })
            })?;
            return Ok(blob.map(|id| (name, id)));
        };
        let name = self.graph.name_at(path, at);
        Ok(self.graph.blob_at(at, &name).map(|id| (name, id)))
    }

    fn commits_after(&self, base: Oid, path: &str) -> Vec<Commit> {
        match self.graph.position(base) {
            Some(at) => self.graph.commits_after(at, path),
            None => Vec::new(),
        }
    }

    fn changes(&self, path: &str, limit: usize) -> Vec<Commit> {
        self.graph.changes(path, limit)
    }

    fn changed_in(&self, commit: Oid, path: &str) -> bool {
        self.graph
            .position(commit)
            .is_some_and(|at| self.graph.changed_in(at, path))
    }

    fn parent(&self, commit: Oid) -> Option<Commit> {
        self.graph.first_parent(self.graph.position(commit)?)
    }

    fn message(&self, commit: Oid) -> Option<String> {
        self.with_repo(|repo| {
            let commit = repo.find_commit(commit)?;
            Ok(String::from_utf8_lossy(commit.message_bytes()).into_owned())
        })
        .ok()
    }

    fn fate(&self, path: &str) -> Option<Fate> {
        // The most recent event of `path`: a content change (maybe its deletion) or a rename away.
        let (last, renamed_to) = self.graph.last_event(path)?;
        let commit = self.graph.commit(last);
        if let Some(to) = renamed_to {
            if !self.now.contains_key(&to)
                && let Some(moved) = self.uncommitted_move(&to)
            {
                return Some(Fate::Renamed {
                    to: moved,
                    commit,
                    exists: true,
                });
            }
            let exists = self.now.contains_key(&to);
            return Some(Fate::Renamed { to, commit, exists });
        }
        let in_target = self.graph.blob_at(0, path).is_some();
        Some(if in_target {
            match self.uncommitted_move(path) {
                Some(to) => Fate::RenamedUncommitted { to },
                None => Fate::DeletedUncommitted,
            }
        } else {
            Fate::Deleted { commit }
        })
    }
}
