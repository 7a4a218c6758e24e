//! Git history behind one interface. The analysis asks [`History`] questions ("what did
//! this file look like at that commit?", "which commits changed it since?") and never
//! touches git2, so its tests can pass a fake. [`GitHistory`] answers them from ONE walk
//! of the history done up front: per-file questions are then map lookups, never one
//! `git log` per file.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use git2::{Delta, DiffFindOptions, DiffOptions, ErrorCode, ObjectType, Oid, Repository, Sort};

/// A commit as the analysis needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Commit {
    pub id: Oid,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
}

/// What "now" means for the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The working tree, on top of `HEAD`.
    WorkTree { head: Commit },
    /// A commit (`--rev`).
    Commit(Commit),
}

impl Target {
    pub fn commit(&self) -> Commit {
        match *self {
            Target::WorkTree { head } => head,
            Target::Commit(commit) => commit,
        }
    }
}

/// Why a recorded base commit cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseError {
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
pub enum Fate {
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
pub trait History: Sync {
    /// The revision analysed.
    fn target(&self) -> Target;
    /// Whether the repository is a shallow clone (history is cut off).
    fn is_shallow(&self) -> bool;
    /// Every file under the analysed roots, as it is now.
    fn files(&self) -> Vec<String>;
    /// Blob id of `path` now, without reading it when git already knows it.
    fn blob_now(&self, path: &str) -> Option<Oid>;
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
    fn changes_since(&self, base: Oid, path: &str) -> Vec<Commit>;
    /// For a path that no longer exists: where it went.
    fn fate(&self, path: &str) -> Option<Fate>;
    /// When `commit` reached the analysed branch: for a commit merged from a side branch,
    /// the time of the merge, not of its authoring.
    fn arrival(&self, commit: Commit) -> i64 {
        commit.time
    }
    /// Problems with the repository worth a note in the report.
    fn warnings(&self) -> Vec<crate::i18n::Message> {
        Vec::new()
    }
}

#[derive(Debug, Clone)]
struct Rename {
    /// Index in `commits` of the commit that renamed.
    at: u32,
    from: String,
    to: String,
}

/// [`History`] backed by a git repository through git2.
pub struct GitHistory {
    repo_path: PathBuf,
    workdir: PathBuf,
    target: Target,
    shallow: bool,
    /// Commits reachable from the target, children before parents.
    commits: Vec<Commit>,
    index: HashMap<Oid, u32>,
    /// Path → indexes into `commits` of the commits that changed it, newest first.
    touches: HashMap<String, Vec<u32>>,
    renames: Vec<Rename>,
    /// No merges: "after the base" is then simply "earlier in the walk".
    linear: bool,
    /// Commits whose parents a shallow clone lacks (from `.git/shallow`).
    boundary: HashSet<Oid>,
    /// Per commit (walk index): when it reached the analysed branch, i.e. the time of the
    /// first-parent commit that brought it in (its own time on a linear history).
    arrival: Vec<i64>,
    /// Blob ids of the files under the roots now.
    now: HashMap<String, Oid>,
    /// Repository-relative directories analysed (`""` = everything).
    roots: Vec<String>,
    /// Files whose names are not UTF-8: transync cannot name them, so it says so.
    unreadable: Vec<String>,
}

thread_local! {
    // git2::Repository is Send but not Sync: each rayon worker opens its own, once.
    static REPOS: RefCell<Vec<(PathBuf, Repository)>> = const { RefCell::new(Vec::new()) };
}

impl GitHistory {
    /// Opens the repository at `workdir`, resolves `rev` (the working tree when `None`)
    /// and walks the history once for every file under `roots` (repository-relative).
    pub fn open(workdir: &Path, roots: &[String], rev: Option<&str>) -> Result<GitHistory> {
        let repo = Repository::open(workdir)
            .with_context(|| tr!("error-open-repo", path = workdir.display().to_string()))?;
        let target_commit = match rev {
            Some(rev) => repo
                .revparse_single(rev)
                .and_then(|object| object.peel_to_commit())
                .with_context(|| tr!("error-resolve-revision", rev = rev))?,
            None => match repo.head() {
                Ok(head) => head
                    .peel_to_commit()
                    .with_context(|| tr!("error-read-head"))?,
                Err(err) if err.code() == ErrorCode::UnbornBranch => bail!(
                    "{}\nhint: {}",
                    tr!("error-no-commits"),
                    tr!("hint-commit-first")
                ),
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
            workdir: workdir.to_path_buf(),
            target,
            shallow: repo.is_shallow(),
            commits: Vec::new(),
            index: HashMap::new(),
            touches: HashMap::new(),
            renames: Vec::new(),
            linear: true,
            boundary: shallow_boundary(repo.path()),
            arrival: Vec::new(),
            now: HashMap::new(),
            roots: roots.clone(),
            unreadable: Vec::new(),
        };
        // The history walk and the listing of files "now" are independent: run them side by
        // side, the listing with its own Repository (they are not Sync).
        let tree_id = target_commit.tree_id();
        let repo_path = history.repo_path.clone();
        let now = std::thread::scope(|scope| {
            let listing = scope.spawn(|| -> Result<(HashMap<String, Oid>, Vec<String>)> {
                let repo = Repository::open(&repo_path)?;
                let mut unreadable = Vec::new();
                let blobs = match rev {
                    Some(_) => {
                        blobs_in_tree(&repo, &repo.find_tree(tree_id)?, &roots, &mut unreadable)?
                    }
                    None => blobs_in_worktree(&repo, &roots, &mut unreadable)?,
                };
                Ok((blobs, unreadable))
            });
            let walked = history
                .walk(&repo, &roots)
                .context("cannot walk the git history");
            let now = listing.join().expect("file listing thread panicked");
            walked.and(now)
        })?;
        (history.now, history.unreadable) = now;
        Ok(history)
    }

    /// One pass over the history: for each commit, which files under `roots` it changed
    /// (compared with its parents the way `git log -- path` simplifies merges) and which
    /// it renamed.
    fn walk(&mut self, repo: &Repository, roots: &[String]) -> Result<()> {
        let mut parent_ids: Vec<Vec<Oid>> = Vec::new();
        let mut walk = repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
        walk.push(self.target.commit().id)?;
        let subtree_ids = |tree: &git2::Tree<'_>| -> Vec<Option<Oid>> {
            roots.iter().map(|root| subtree_id(tree, root)).collect()
        };
        for oid in walk {
            let oid = oid?;
            let commit = repo.find_commit(oid)?;
            let at = self.commits.len() as u32;
            self.commits.push(Commit {
                id: oid,
                time: commit.time().seconds(),
            });
            self.index.insert(oid, at);
            let tree = commit.tree()?;
            let ours = subtree_ids(&tree);
            let parents: Vec<git2::Commit<'_>> = commit.parents().collect();
            if parents.len() > 1 {
                self.linear = false;
            }
            parent_ids.push(parents.iter().map(|p| p.id()).collect::<Vec<_>>());
            let parent_trees: Vec<git2::Tree<'_>> =
                parents.iter().map(|p| p.tree()).collect::<Result<_, _>>()?;
            // Unchanged roots with respect to any parent: nothing of ours happened here
            // (for a merge, the change is attributed to the branch that made it).
            if parent_trees.iter().any(|pt| subtree_ids(pt) == ours) {
                continue;
            }
            if ours.iter().all(Option::is_none) && parent_trees.is_empty() {
                continue;
            }
            let mut changed: Option<HashSet<String>> = None;
            let olds: Vec<Option<&git2::Tree<'_>>> = if parent_trees.is_empty() {
                vec![None]
            } else {
                parent_trees.iter().map(Some).collect()
            };
            let first_parent_only = olds.len() == 1;
            for old in olds {
                let mut opts = DiffOptions::new();
                // An empty root is the whole repository: no pathspec.
                for root in roots.iter().filter(|r| !r.is_empty()) {
                    opts.pathspec(root);
                }
                opts.skip_binary_check(true);
                let mut diff = repo.diff_tree_to_tree(old, Some(&tree), Some(&mut opts))?;
                let (mut added, mut deleted) = (false, false);
                for delta in diff.deltas() {
                    added |= delta.status() == Delta::Added;
                    deleted |= delta.status() == Delta::Deleted;
                }
                if first_parent_only && added && deleted {
                    diff.find_similar(Some(DiffFindOptions::new().renames(true)))?;
                }
                let mut paths = HashSet::new();
                for delta in diff.deltas() {
                    let new = delta.new_file().path().map(path_string);
                    let old = delta.old_file().path().map(path_string);
                    if delta.status() == Delta::Renamed {
                        if let (Some(from), Some(to)) = (old.clone(), new.clone()) {
                            self.renames.push(Rename { at, from, to });
                        }
                        // A move that keeps the content changes nothing a translator
                        // must follow: it is a rename edge, not a change.
                        if delta.old_file().id() == delta.new_file().id() {
                            continue;
                        }
                    }
                    paths.extend(new);
                    paths.extend(old);
                }
                changed = Some(match changed {
                    None => paths,
                    // A merge changed a path only if it differs from every parent.
                    Some(previous) => previous.intersection(&paths).cloned().collect(),
                });
            }
            for path in changed.unwrap_or_default() {
                self.touches.entry(path).or_default().push(at);
            }
        }
        self.arrival = arrivals(&self.commits, &self.index, &parent_ids);
        Ok(())
    }

    /// A revision that must be the target or one of its ancestors, e.g. `mark --rev`.
    pub fn resolve_ancestor(&self, rev: &str) -> Result<Commit> {
        let id = self.with_repo(|repo| {
            Ok(repo
                .revparse_single(rev)
                .and_then(|object| object.peel_to_commit())
                .with_context(|| tr!("error-resolve-revision", rev = rev))?
                .id())
        })?;
        match self.index.get(&id) {
            Some(&at) => Ok(self.commits[at as usize]),
            None => bail!(tr!(
                "error-not-an-ancestor",
                rev = rev,
                commit = &id.to_string()[..7]
            )),
        }
    }

    /// Records in the index that `from` was moved to `to`, like `git mv`: the staged
    /// entry changes its path, so `git status` shows a rename. `false` (and nothing done)
    /// when `from` is not tracked.
    pub fn stage_rename(&self, from: &str, to: &str) -> Result<bool> {
        self.with_repo(|repo| {
            let mut index = repo.index().context("cannot read the git index")?;
            // Another handle may have written the index since this one was opened.
            index.read(true).context("cannot read the git index")?;
            let Some(mut entry) = index.get_path(Path::new(from), 0) else {
                return Ok(false);
            };
            entry.path = to.as_bytes().to_vec();
            index
                .add(&entry)
                .and_then(|()| index.remove_path(Path::new(from)))
                .and_then(|()| index.write())
                .with_context(|| format!("cannot record the move of {from} in the git index"))?;
            Ok(true)
        })
    }

    /// Files under the roots changed since the merge base of `reference` and the target
    /// (the working tree included in working-tree mode): what a pull request touched.
    pub fn changed_since(&self, reference: &str) -> Result<HashSet<String>> {
        self.with_repo(|repo| {
            let other = repo
                .revparse_single(reference)
                .and_then(|object| object.peel_to_commit())
                .with_context(|| tr!("error-resolve-changed-since", reference = reference))?;
            let target = self.target.commit().id;
            let base = repo.merge_base(other.id(), target).with_context(|| {
                format!(
                    "{}\nhint: {}",
                    tr!(
                        "error-no-common-history",
                        reference = reference,
                        commit = &target.to_string()[..7]
                    ),
                    tr!("hint-fetch-base-branch")
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
    pub fn entry_at_target(&self, path: &str) -> Result<Option<(Oid, i32)>> {
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

    /// How many files under the roots differ between the working tree (index included)
    /// and HEAD: `bundle` publishes a commit and says what it leaves behind.
    pub fn uncommitted_under_roots(&self) -> Result<usize> {
        self.with_repo(|repo| {
            let mut options = git2::StatusOptions::new();
            options.include_untracked(true).include_ignored(false);
            for root in self.roots.iter().filter(|r| !r.is_empty()) {
                options.pathspec(root);
            }
            Ok(repo.statuses(Some(&mut options))?.len())
        })
    }

    /// Every file path of the target commit under `dir` (repository-relative, `/`-separated).
    pub fn files_at_target_under(&self, dir: &str) -> Result<Vec<String>> {
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

    fn with_repo<T>(&self, f: impl FnOnce(&Repository) -> Result<T>) -> Result<T> {
        REPOS.with(|cell| {
            let mut repos = cell.borrow_mut();
            let position = match repos.iter().position(|(path, _)| *path == self.repo_path) {
                Some(position) => position,
                None => {
                    let repo = Repository::open(&self.repo_path).with_context(|| {
                        format!("cannot open git repository at {}", self.repo_path.display())
                    })?;
                    repos.push((self.repo_path.clone(), repo));
                    repos.len() - 1
                }
            };
            f(&repos[position].1)
        })
    }

    /// Whether the commit at walk index `candidate` comes after the commit at `base`,
    /// i.e. is not one of its ancestors. Both are reachable from the target.
    fn is_after(&self, candidate: u32, base: u32) -> bool {
        if candidate < base {
            // Topological order lists every ancestor of `base` after it.
            return true;
        }
        if self.linear || candidate == base {
            return false;
        }
        let (c, b) = (
            self.commits[candidate as usize].id,
            self.commits[base as usize].id,
        );
        !self
            .with_repo(|repo| Ok(repo.graph_descendant_of(b, c)?))
            .unwrap_or(true)
    }

    /// The names `path` had going back in time, each with the walk index from which
    /// (going older) it applies, stopping at `limit` (exclusive).
    fn names_back(&self, path: &str, limit: u32) -> Vec<(u32, String)> {
        let mut names = vec![(0, path.to_string())];
        let mut current = path.to_string();
        let mut from = 0;
        loop {
            let rename = self
                .renames
                .iter()
                .filter(|r| r.to == current && r.at >= from && r.at < limit)
                .min_by_key(|r| r.at);
            match rename {
                Some(rename) => {
                    current = rename.from.clone();
                    from = rename.at + 1;
                    names.push((from, current.clone()));
                }
                None => return names,
            }
        }
    }
}

impl History for GitHistory {
    fn target(&self) -> Target {
        self.target
    }

    fn is_shallow(&self) -> bool {
        self.shallow
    }

    fn arrival(&self, commit: Commit) -> i64 {
        self.index
            .get(&commit.id)
            .and_then(|&at| self.arrival.get(at as usize))
            .copied()
            .unwrap_or(commit.time)
    }

    fn warnings(&self) -> Vec<crate::i18n::Message> {
        self.unreadable
            .iter()
            .map(|name| msg!("warning-name-not-utf8", name = name))
            .collect()
    }

    fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = self.now.keys().cloned().collect();
        files.sort();
        files
    }

    fn blob_now(&self, path: &str) -> Option<Oid> {
        self.now.get(path).copied()
    }

    fn read_now(&self, path: &str) -> Result<Vec<u8>> {
        match self.target {
            Target::WorkTree { .. } => {
                let full = self.workdir.join(path);
                std::fs::read(&full).with_context(|| format!("cannot read {}", full.display()))
            }
            Target::Commit(_) => {
                let id = self
                    .now
                    .get(path)
                    .with_context(|| format!("{path} is not in the tree"))?;
                self.read_blob(*id)
            }
        }
    }

    fn read_blob(&self, id: Oid) -> Result<Vec<u8>> {
        self.with_repo(|repo| {
            let blob = repo
                .find_blob(id)
                .with_context(|| format!("cannot read blob {id}"))?;
            Ok(blob.content().to_vec())
        })
    }

    fn resolve_base(&self, hash: &str) -> Result<Commit, BaseError> {
        if !crate::frontmatter::is_commit_hash(hash) {
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
        match self.index.get(&id) {
            Some(&at) => Ok(self.commits[at as usize]),
            None => Err(BaseError::NotAncestor { commit: id }),
        }
    }

    fn last_change(&self, path: &str) -> Option<Commit> {
        // Follow renames back: a translation moved with its folder keeps its base.
        let names = self.names_back(path, u32::MAX);
        names.iter().enumerate().find_map(|(i, (from, name))| {
            let until = names.get(i + 1).map_or(u32::MAX, |(next, _)| *next);
            let touches = self.touches.get(name)?;
            let at = touches
                .iter()
                .copied()
                .find(|at| *at >= *from && *at < until)?;
            Some(self.commits[at as usize])
        })
    }

    fn is_shallow_boundary(&self, commit: Oid) -> bool {
        self.boundary.contains(&commit)
    }

    fn source_at(&self, base: Oid, path: &str) -> Result<Option<(String, Oid)>> {
        let limit = self.index.get(&base).copied().unwrap_or(u32::MAX);
        let (_, name) = self
            .names_back(path, limit)
            .pop()
            .expect("at least the current name");
        let blob = self.with_repo(|repo| {
            let tree = repo.find_commit(base)?.tree()?;
            Ok(match tree.get_path(Path::new(&name)) {
                Ok(entry) if entry.kind() == Some(ObjectType::Blob) => Some(entry.id()),
                Ok(_) => None,
                Err(err) if err.code() == ErrorCode::NotFound => None,
                Err(err) => return Err(err.into()),
            })
        })?;
        Ok(blob.map(|id| (name, id)))
    }

    fn changes_since(&self, base: Oid, path: &str) -> Vec<Commit> {
        let Some(&limit) = self.index.get(&base) else {
            return Vec::new();
        };
        let names = self.names_back(path, limit);
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, (from, name)) in names.iter().enumerate() {
            // This name applies from `from` until the next (older) rename.
            let until = names.get(i + 1).map_or(u32::MAX, |(next, _)| *next);
            for &at in self
                .touches
                .get(name)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                let in_range = at >= *from && at < until;
                if in_range && self.is_after(at, limit) && seen.insert(at) {
                    out.push(at);
                }
            }
        }
        out.sort_unstable();
        out.into_iter()
            .map(|at| self.commits[at as usize])
            .collect()
    }

    fn fate(&self, path: &str) -> Option<Fate> {
        // The most recent event of `path`: a content change (maybe its deletion) or a rename away.
        let touched = self.touches.get(path).and_then(|t| t.first().copied());
        let renamed = self
            .renames
            .iter()
            .filter(|r| r.from == path)
            .map(|r| r.at)
            .min();
        let last = match (touched, renamed) {
            (Some(t), Some(r)) => t.min(r),
            (t, r) => t.or(r)?,
        };
        let commit = self.commits[last as usize];
        if let Some(first) = self.renames.iter().find(|r| r.at == last && r.from == path) {
            // Follow later renames of the new name to where the file is today.
            let mut to = first.to.clone();
            let mut at = first.at;
            while let Some(next) = self
                .renames
                .iter()
                .filter(|r| r.from == to && r.at < at)
                .max_by_key(|r| r.at)
            {
                to = next.to.clone();
                at = next.at;
            }
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
        let in_target = self
            .with_repo(|repo| {
                let tree = repo.find_commit(self.target.commit().id)?.tree()?;
                Ok(tree.get_path(Path::new(path)).is_ok())
            })
            .unwrap_or(false);
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

impl GitHistory {
    /// Where `path`, committed but gone from the working tree, was moved without a commit
    /// yet: the one new file (not in the last commit) with exactly its committed content,
    /// as git's own exact rename detection would pair them.
    fn uncommitted_move(&self, path: &str) -> Option<String> {
        let Target::WorkTree { head } = self.target else {
            return None;
        };
        if self.now.contains_key(path) {
            return None;
        }
        self.with_repo(|repo| {
            let tree = repo.find_commit(head.id)?.tree()?;
            let Ok(entry) = tree.get_path(Path::new(path)) else {
                return Ok(None);
            };
            let blob = entry.id();
            let mut found = self
                .now
                .iter()
                .filter(|(p, id)| **id == blob && tree.get_path(Path::new(p.as_str())).is_err())
                .map(|(p, _)| p.clone());
            let first = found.next();
            Ok(if found.next().is_none() { first } else { None })
        })
        .ok()
        .flatten()
    }
}

/// Blob ids of changed working-tree files as git would store them: through the
/// repository's filters (CRLF conversion, `.gitattributes`), so that they compare with the
/// blobs in history. A raw hash of a CRLF checkout never would.
fn filtered_ids(repo: &Repository, paths: &[String]) -> Result<Vec<(String, Oid)>> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let workdir = repo.workdir().context("the repository has no work tree")?;
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
        .context("cannot compare the working tree with the index")?;
    let mut out = Vec::new();
    for (i, delta) in diff.deltas().enumerate() {
        let Some(path) = delta.new_file().path().map(path_string) else {
            continue;
        };
        let full = workdir.join(&path);
        if !full.is_file() {
            continue;
        }
        // Building the patch makes libgit2 hash the file through the filters.
        let id = git2::Patch::from_diff(&diff, i)
            .ok()
            .flatten()
            .map(|patch| patch.delta().new_file().id())
            .filter(|id| !id.is_zero());
        let id = match id {
            Some(id) => id,
            None => Oid::hash_file(ObjectType::Blob, &full)
                .with_context(|| format!("cannot read {}", full.display()))?,
        };
        out.push((path, id));
    }
    Ok(out)
}

/// For each commit (by walk index), the time of the first-parent commit of the target
/// that brought it into the branch: following the first-parent chain from its oldest end,
/// each chain commit claims the ancestors no earlier chain commit claimed.
fn arrivals(commits: &[Commit], index: &HashMap<Oid, u32>, parents: &[Vec<Oid>]) -> Vec<i64> {
    let mut arrival = vec![i64::MIN; commits.len()];
    let mut chain = Vec::new();
    let mut at = (!commits.is_empty()).then_some(0usize);
    while let Some(i) = at {
        chain.push(i);
        at = parents
            .get(i)
            .and_then(|p| p.first())
            .and_then(|id| index.get(id))
            .map(|&j| j as usize);
    }
    for &m in chain.iter().rev() {
        let time = commits[m].time;
        let mut stack = vec![m];
        while let Some(x) = stack.pop() {
            if arrival[x] != i64::MIN {
                continue;
            }
            arrival[x] = time;
            for id in parents.get(x).into_iter().flatten() {
                if let Some(&j) = index.get(id)
                    && arrival[j as usize] == i64::MIN
                {
                    stack.push(j as usize);
                }
            }
        }
    }
    // Commits not reachable through the chain (none in practice): their own time.
    for (x, commit) in commits.iter().enumerate() {
        if arrival[x] == i64::MIN {
            arrival[x] = commit.time;
        }
    }
    arrival
}

/// The commits listed in `.git/shallow`: where a shallow clone's history stops.
fn shallow_boundary(git_dir: &Path) -> HashSet<Oid> {
    std::fs::read_to_string(git_dir.join("shallow"))
        .map(|text| {
            text.lines()
                .filter_map(|line| Oid::from_str(line.trim()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The tree id of `root` in `tree` (the tree itself for the empty root).
fn subtree_id(tree: &git2::Tree<'_>, root: &str) -> Option<Oid> {
    if root.is_empty() {
        return Some(tree.id());
    }
    tree.get_path(Path::new(root)).ok().map(|e| e.id())
}

/// Whether repository path `path` lies under `root` (everything lies under `""`).
fn under_root(path: &str, root: &str) -> bool {
    root.is_empty()
        || path
            .strip_prefix(root)
            .is_some_and(|rest| rest.starts_with('/'))
}

fn path_string(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Blob ids of every file under `roots` in `tree`.
fn blobs_in_tree(
    repo: &Repository,
    tree: &git2::Tree<'_>,
    roots: &[String],
    unreadable: &mut Vec<String>,
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
                        out.insert(format!("{prefix}{dir}{name}"), entry.id());
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
/// are left out, as git leaves them out.
fn blobs_in_worktree(
    repo: &Repository,
    roots: &[String],
    unreadable: &mut Vec<String>,
) -> Result<HashMap<String, Oid>> {
    let index = repo.index().context("cannot read the git index")?;
    let mut out = HashMap::new();
    for entry in index.iter() {
        let path = String::from_utf8_lossy(&entry.path).into_owned();
        if roots.iter().any(|root| under_root(&path, root)) {
            if std::str::from_utf8(&entry.path).is_err() {
                unreadable.push(path);
                continue;
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
    let statuses = repo
        .statuses(Some(&mut opts))
        .context("cannot read the working tree status")?;
    let mut changed = Vec::new();
    for entry in statuses.iter() {
        let Ok(path) = entry.path() else {
            let lossy = String::from_utf8_lossy(entry.path_bytes()).into_owned();
            if !unreadable.contains(&lossy) {
                unreadable.push(lossy);
            }
            continue;
        };
        let status = entry.status();
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
    for (path, id) in filtered_ids(repo, &changed)? {
        out.insert(path, id);
    }
    Ok(out)
}
