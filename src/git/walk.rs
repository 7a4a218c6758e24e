//! The one walk of the history: for each commit reachable from the target, which files
//! under the analysed roots it changed, which it renamed and the blob each changed file
//! has after it, into a [`Graph`]. A commit costs a comparison of tree ids that goes down
//! only where they differ ([`Trees`]), never a path lookup per file; a commit the
//! persistent index ([`super::store`]) already knows costs nothing but a lookup.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::path::Path;

use anyhow::{Result, bail};
use git2::{Delta, DiffFindOptions, DiffOptions, Oid, Repository};

use super::Commit;
use super::graph::{Graph, GraphBuilder};
use super::trees::{Change, Trees};

/// What the walk learns about one commit, and what the persistent index keeps of it: a
/// commit never changes, so its record holds for as long as the commit exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub id: Oid,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
    pub parents: Vec<Oid>,
    /// The commit's tree: checked against the object database when the record is reused.
    pub tree: Oid,
    /// Files under the roots that differ from the first parent (every file, for a commit
    /// without parents), with their blob after the commit (`None`: deleted). Following
    /// first parents, they give the blob of any file at any commit.
    pub versions: Vec<(String, Option<Oid>)>,
    /// Files the commit changed as `git log -- path` counts them: for a merge, those that
    /// differ from every parent; a move that kept the content is not a change.
    pub touched: Vec<String>,
    /// Files renamed, from → to.
    pub renames: Vec<(String, String)>,
    /// The objects to detect its renames were missing (a partial or damaged clone).
    pub incomplete: bool,
}

/// A reused record that does not match the repository: the index is not this history's.
#[derive(Debug, thiserror::Error)]
#[error("the history index does not match commit {0}")]
pub(super) struct Mismatch(pub Oid);

/// A commit as the first step of the walk knows it.
struct Seen {
    time: i64,
    parents: Vec<Oid>,
    tree: Oid,
    known: bool,
}

/// git's commit-graph file (`objects/info/commit-graph` or its chain), which answers a
/// commit's parents, tree and time without inflating the commit. Not used where git
/// itself would not trust it: a shallow clone, grafts, or replaced objects.
fn commit_graph(repo: &Repository) -> Option<gix_commitgraph::Graph> {
    let objects = repo.commondir().join("objects");
    let replaced = repo
        .references_glob("refs/replace/*")
        .ok()?
        .next()
        .is_some();
    if repo.is_shallow() || replaced || objects.join("info/grafts").exists() {
        return None;
    }
    gix_commitgraph::Graph::from_info_dir(&objects.join("info"), gix_hash::Kind::Sha1).ok()
}

/// The commit `id` as the commit-graph records it; `None` when it is not in the file (a
/// commit made since it was written) or the file cannot say.
fn from_commit_graph(graph: &gix_commitgraph::Graph, id: Oid) -> Option<Seen> {
    let commit = graph.commit_by_id(gix_hash::oid::try_from_bytes(id.as_bytes()).ok()?)?;
    let parents = commit
        .iter_parents()
        .map(|parent| {
            parent
                .ok()
                .map(|p| Oid::from_bytes(graph.id_at(p).as_bytes()))
        })
        .collect::<Option<Result<Vec<Oid>, _>>>()?
        .ok()?;
    Some(Seen {
        time: i64::try_from(commit.committer_timestamp()).ok()?,
        parents,
        tree: Oid::from_bytes(commit.root_tree_id().as_bytes()).ok()?,
        known: false,
    })
}

/// Walks the history from `target`: records of `known` commits are reused, the others are
/// computed. Returns the graph and the records computed. `Err` with [`Mismatch`] when a
/// known record contradicts the object database.
pub(super) fn walk(
    repo: &Repository,
    target: Oid,
    roots: &[String],
    known: &HashMap<Oid, Record>,
) -> Result<(Graph, Vec<Record>)> {
    let shallow = repo.is_shallow();
    let odb = repo.odb()?;
    let graph = commit_graph(repo);
    // 1. The commits reachable from the target: ids, times, parents and trees.
    let mut seen: HashMap<Oid, Seen> = HashMap::new();
    let mut discovered: Vec<Oid> = Vec::new();
    let mut stack = vec![target];
    while let Some(id) = stack.pop() {
        if seen.contains_key(&id) {
            continue;
        }
        let entry = match known.get(&id) {
            // A known commit is reached through its child's parent ids, which git
            // guarantees exist in a complete clone; a shallow one lacks some, and an
            // index copied from a deeper clone would lead past its boundary: there, each
            // must still be in the object database (a lookup per commit, skipped
            // elsewhere since it is a tenth of a warm run).
            Some(record) if !shallow || odb.exists(id) => Seen {
                time: record.time,
                parents: record.parents.clone(),
                tree: record.tree,
                known: true,
            },
            Some(_) => bail!(Mismatch(id)),
            None if let Some(from_graph) =
                graph.as_ref().and_then(|g| from_commit_graph(g, id)) =>
            {
                from_graph
            }
            None => {
                let commit = match repo.find_commit(id) {
                    Ok(commit) => commit,
                    // The history of a shallow clone stops at commits whose parents it
                    // does not have.
                    Err(_) if shallow && id != target => continue,
                    Err(err) => return Err(err.into()),
                };
                Seen {
                    time: commit.time().seconds(),
                    parents: commit.parent_ids().collect(),
                    tree: commit.tree_id(),
                    known: false,
                }
            }
        };
        // Reverse, so that the first parent is walked first.
        stack.extend(entry.parents.iter().rev().copied());
        discovered.push(id);
        seen.insert(id, entry);
    }
    // A known commit whose parent is new was recorded without it (a shallow clone since
    // deepened): its record no longer holds.
    for id in &discovered {
        let entry = &seen[id];
        if entry.known
            && entry
                .parents
                .iter()
                .any(|p| seen.get(p).is_some_and(|s| !s.known))
        {
            bail!(Mismatch(*id));
        }
    }
    // Where new commits meet known ones, the known record must describe the commit.
    for id in &discovered {
        let entry = &seen[id];
        if entry.known {
            continue;
        }
        for parent in &entry.parents {
            if let Some(p) = seen.get(parent).filter(|p| p.known) {
                let commit = repo.find_commit(*parent)?;
                if commit.tree_id() != p.tree {
                    bail!(Mismatch(*parent));
                }
            }
        }
    }
    if let Some(target_seen) = seen.get(&target).filter(|s| s.known) {
        let commit = repo.find_commit(target)?;
        if commit.tree_id() != target_seen.tree {
            bail!(Mismatch(target));
        }
    }

    // 2. Children before parents, the newest first among commits ready at once.
    let position: HashMap<Oid, usize> = discovered
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let mut children = vec![0u32; discovered.len()];
    for id in &discovered {
        for parent in unique(&seen[id].parents) {
            if let Some(&p) = position.get(&parent) {
                children[p] += 1;
            }
        }
    }
    let mut ready = BinaryHeap::new();
    ready.push((seen[&target].time, Reverse(0usize)));
    let mut order = Vec::with_capacity(discovered.len());
    while let Some((_, Reverse(i))) = ready.pop() {
        let id = discovered[i];
        order.push(id);
        for parent in unique(&seen[&id].parents) {
            if let Some(&p) = position.get(&parent) {
                children[p] -= 1;
                if children[p] == 0 {
                    ready.push((seen[&parent].time, Reverse(p)));
                }
            }
        }
    }

    // 3. Records of the new commits, in walk order (a commit's trees are then its first
    // child's parent trees, still at hand).
    let mut trees = Trees::new(repo);
    let mut computed: HashMap<Oid, Record> = HashMap::new();
    for id in &order {
        let entry = &seen[id];
        if entry.known {
            continue;
        }
        let parents: Vec<Oid> = entry
            .parents
            .iter()
            .copied()
            .filter(|p| seen.contains_key(p))
            .collect();
        let parent_trees: Vec<Oid> = parents.iter().map(|p| seen[p].tree).collect();
        // The blobs after a commit are relative to its first parent as git names it.
        let first = entry
            .parents
            .first()
            .and_then(|p| seen.get(p))
            .map(|s| s.tree);
        let record = record(
            repo,
            &mut trees,
            Record {
                id: *id,
                time: entry.time,
                parents: entry.parents.clone(),
                tree: entry.tree,
                versions: Vec::new(),
                touched: Vec::new(),
                renames: Vec::new(),
                incomplete: false,
            },
            first,
            &parent_trees,
            roots,
        )?;
        trees.next_commit();
        computed.insert(*id, record);
    }

    // 4. The graph, from every record in walk order.
    let mut graph = GraphBuilder::default();
    for id in &order {
        let record = computed.get(id).or_else(|| known.get(id)).expect("walked");
        let at = graph.commit(
            Commit {
                id: record.id,
                time: record.time,
            },
            record.parents.clone(),
        );
        for (path, blob) in &record.versions {
            graph.version(path, at, *blob);
        }
        for path in &record.touched {
            graph.touch(path, at);
        }
        for (from, to) in &record.renames {
            graph.rename(at, from.clone(), to.clone());
        }
        if record.incomplete {
            graph.missing_objects(at);
        }
    }
    let mut new: Vec<Record> = computed.into_values().collect();
    new.sort_by_key(|r| r.id);
    Ok((graph.finish(), new))
}

/// Parents without repeats (a commit may name the same parent twice).
fn unique(parents: &[Oid]) -> Vec<Oid> {
    let mut out: Vec<Oid> = Vec::with_capacity(parents.len());
    for p in parents {
        if !out.contains(p) {
            out.push(*p);
        }
    }
    out
}

/// Fills in the record of one commit: `first_tree` is its first parent's tree, `parent_trees`
/// the trees of the parents the walk has.
fn record(
    repo: &Repository,
    trees: &mut Trees<'_>,
    mut record: Record,
    first_tree: Option<Oid>,
    parent_trees: &[Oid],
    roots: &[String],
) -> Result<Record> {
    let tree = record.tree;
    let ours = root_ids(trees, tree, roots)?;
    let theirs: Vec<Vec<Option<Oid>>> = parent_trees
        .iter()
        .map(|t| root_ids(trees, *t, roots))
        .collect::<Result<_>>()?;
    let first = first_tree.map(|t| root_ids(trees, t, roots)).transpose()?;
    let changed = changes(trees, first.as_ref(), &ours, roots)?;
    record.versions = changed.iter().map(|c| (c.path.clone(), c.new)).collect();
    // Unchanged roots with respect to any parent: nothing of ours happened here (for a
    // merge, the change is attributed to the branch that made it).
    if theirs.contains(&ours) || (ours.iter().all(Option::is_none) && theirs.is_empty()) {
        return Ok(record);
    }
    if theirs.len() > 1 {
        // A merge changed a path only if it differs from every parent.
        let mut paths: HashSet<&str> = changed.iter().map(|c| c.path.as_str()).collect();
        let mut others = Vec::new();
        for parent in theirs.iter().filter(|t| Some(*t) != first.as_ref()) {
            others.push(changes(trees, Some(parent), &ours, roots)?);
        }
        for other in &others {
            let theirs: HashSet<&str> = other.iter().map(|c| c.path.as_str()).collect();
            paths.retain(|p| theirs.contains(p));
        }
        let mut touched: Vec<String> = paths.into_iter().map(str::to_string).collect();
        touched.sort();
        record.touched = touched;
        return Ok(record);
    }
    let moved = renames(repo, &mut record, first_tree, &changed)?;
    record.touched = changed
        .into_iter()
        .map(|c| c.path)
        .filter(|p| !moved.contains(p))
        .collect();
    Ok(record)
}

/// Records the renames of a commit that added and deleted files, and returns the paths
/// of those moved without a change of content (a rename edge, not a change). A file
/// added with the blob of a deleted one is that file moved; the files left on either
/// side are compared by content, as git does (libgit2's similarity), over those paths
/// only.
fn renames(
    repo: &Repository,
    record: &mut Record,
    first_tree: Option<Oid>,
    changed: &[Change],
) -> Result<HashSet<String>> {
    let mut moved = HashSet::new();
    let mut deleted: HashMap<Oid, Vec<&str>> = HashMap::new();
    for change in changed.iter().rev() {
        if let (Some(old), None) = (change.old, change.new) {
            deleted.entry(old).or_default().push(&change.path);
        }
    }
    let mut added = Vec::new();
    for change in changed {
        let (None, Some(new)) = (change.old, change.new) else {
            continue;
        };
        match deleted.get_mut(&new).and_then(Vec::pop) {
            Some(from) => {
                moved.insert(from.to_string());
                moved.insert(change.path.clone());
                record.renames.push((from.to_string(), change.path.clone()));
            }
            None => added.push(change.path.as_str()),
        }
    }
    let mut gone: Vec<&str> = deleted.into_values().flatten().collect();
    if added.is_empty() || gone.is_empty() {
        return Ok(moved);
    }
    gone.sort_unstable();
    let old = first_tree.map(|t| repo.find_tree(t)).transpose()?;
    let new = repo.find_tree(record.tree)?;
    let mut opts = DiffOptions::new();
    // The paths themselves, not patterns: libgit2 then skips every other directory.
    opts.disable_pathspec_match(true).skip_binary_check(true);
    for path in added.iter().chain(&gone) {
        opts.pathspec(path);
    }
    let mut diff = repo.diff_tree_to_tree(old.as_ref(), Some(&new), Some(&mut opts))?;
    // Rename detection reads the blobs; a partial clone (or a damaged object store) may
    // lack some. The commit's changes still count, its renames are not followed, and
    // the report says so.
    if diff
        .find_similar(Some(DiffFindOptions::new().renames(true)))
        .is_err()
    {
        record.incomplete = true;
    }
    for delta in diff.deltas() {
        if delta.status() != Delta::Renamed {
            continue;
        }
        let to = delta.new_file().path().map(path_string);
        let from = delta.old_file().path().map(path_string);
        if let (Some(from), Some(to)) = (from, to) {
            record.renames.push((from, to));
        }
    }
    Ok(moved)
}

/// The ids of the roots' subtrees in the tree `tree`.
fn root_ids(trees: &mut Trees<'_>, tree: Oid, roots: &[String]) -> Result<Vec<Option<Oid>>> {
    roots.iter().map(|root| trees.subtree(tree, root)).collect()
}

/// Files under the roots that differ between a parent's roots (`None`: no parent) and
/// ours, sorted by path, each once even where roots overlap.
fn changes(
    trees: &mut Trees<'_>,
    theirs: Option<&Vec<Option<Oid>>>,
    ours: &[Option<Oid>],
    roots: &[String],
) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    for (i, root) in roots.iter().enumerate() {
        let old = theirs.and_then(|t| t[i]);
        let prefix = if root.is_empty() {
            String::new()
        } else {
            format!("{}/", root.trim_end_matches('/'))
        };
        trees.diff(old, ours[i], &prefix, &mut out)?;
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

/// The commits listed in `.git/shallow`: where a shallow clone's history stops.
pub(super) fn shallow_boundary(git_dir: &Path) -> HashSet<Oid> {
    std::fs::read_to_string(git_dir.join("shallow"))
        .map(|text| {
            text.lines()
                .filter_map(|line| Oid::from_str(line.trim()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The tree id of `root` in `tree` (the tree itself for the empty root).
pub(super) fn subtree_id(tree: &git2::Tree<'_>, root: &str) -> Option<Oid> {
    if root.is_empty() {
        return Some(tree.id());
    }
    tree.get_path(Path::new(root)).ok().map(|e| e.id())
}

pub(super) fn path_string(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use super::*;

    fn git(dir: &Path, args: &[&str]) {
        let status = Command::new("git")
            .current_dir(dir)
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "T")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "T")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
            .expect("git runs")
            .status;
        assert!(status.success(), "git {args:?}");
    }

    fn commit(dir: &Path, path: &str, text: &str) {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        git(dir, &["add", "-A"]);
        git(dir, &["commit", "-q", "-m", path]);
    }

    fn head(repo: &Repository) -> Oid {
        repo.head().unwrap().peel_to_commit().unwrap().id()
    }

    #[test]
    fn a_second_walk_reads_only_the_new_commits() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        git(dir, &["init", "-q", "-b", "main"]);
        commit(dir, "content/en/a.md", "one\n");
        commit(dir, "content/es/a.md", "uno\n");
        commit(dir, "other/x.txt", "not under the roots\n");
        commit(dir, "content/en/a.md", "two\n");
        let repo = Repository::open(dir).unwrap();
        let roots = vec!["content".to_string()];
        let (cold, records) = walk(&repo, head(&repo), &roots, &HashMap::new()).unwrap();
        assert_eq!(records.len(), 4);
        let mut known: HashMap<Oid, Record> = records.into_iter().map(|r| (r.id, r)).collect();
        let (warm, new) = walk(&repo, head(&repo), &roots, &known).unwrap();
        assert!(new.is_empty());
        commit(dir, "content/en/b.md", "new page\n");
        let (_, new) = walk(&repo, head(&repo), &roots, &known).unwrap();
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].versions.len(), 1);
        assert_eq!(new[0].versions[0].0, "content/en/b.md");
        // The same answers from records read back as from records computed.
        for at in 0..4 {
            for path in ["content/en/a.md", "content/es/a.md"] {
                assert_eq!(cold.blob_at(at, path), warm.blob_at(at, path));
            }
        }
        assert!(cold.blob_at(3, "content/es/a.md").is_none());
        assert!(cold.blob_at(0, "content/es/a.md").is_some());
        // A known record that contradicts the repository where the new commit meets it
        // is refused: the caller walks again without the index.
        let first = repo.find_commit(head(&repo)).unwrap().parent_id(0).unwrap();
        known.get_mut(&first).unwrap().tree = Oid::ZERO_SHA1;
        let err = walk(&repo, head(&repo), &roots, &known).unwrap_err();
        assert!(err.is::<Mismatch>());
    }
}
