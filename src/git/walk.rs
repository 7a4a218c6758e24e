//! The one walk of the history: for each commit reachable from the target, which files
//! under the analysed roots it changed and which it renamed, into a [`Graph`]. A commit
//! whose roots have the same tree ids as a parent's changed nothing of ours and costs no
//! diff.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Result;
use git2::{Delta, DiffFindOptions, DiffOptions, Oid, Repository, Sort};

use super::Commit;
use super::graph::{Graph, GraphBuilder};

/// One pass over the history: for each commit, which files under `roots` it changed
/// (compared with its parents the way `git log -- path` simplifies merges) and which
/// it renamed.
pub(super) fn walk(repo: &Repository, target: Oid, roots: &[String]) -> Result<Graph> {
    let mut graph = GraphBuilder::default();
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
    walk.push(target)?;
    let subtree_ids = |tree: &git2::Tree<'_>| -> Vec<Option<Oid>> {
        roots.iter().map(|root| subtree_id(tree, root)).collect()
    };
    for oid in walk {
        let oid = oid?;
        let commit = repo.find_commit(oid)?;
        let parents: Vec<git2::Commit<'_>> = commit.parents().collect();
        let at = graph.commit(
            Commit {
                id: oid,
                time: commit.time().seconds(),
            },
            parents.iter().map(|p| p.id()).collect(),
        );
        let tree = commit.tree()?;
        let ours = subtree_ids(&tree);
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
                // Rename detection reads the blobs; a partial clone (or a damaged object
                // store) may lack some. The commit's changes still count, its renames
                // are not followed, and the report says so.
                if diff
                    .find_similar(Some(DiffFindOptions::new().renames(true)))
                    .is_err()
                {
                    graph.missing_objects(at);
                }
            }
            let mut paths = HashSet::new();
            for delta in diff.deltas() {
                let new = delta.new_file().path().map(path_string);
                let old = delta.old_file().path().map(path_string);
                if delta.status() == Delta::Renamed {
                    if let (Some(from), Some(to)) = (old.clone(), new.clone()) {
                        graph.rename(at, from, to);
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
            graph.touch(path, at);
        }
    }
    Ok(graph.finish())
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
