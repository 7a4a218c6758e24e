//! The walked history as a graph in memory: commits in walk order (children before
//! parents), which paths each commit changed and which it renamed. Every question the
//! analysis asks about history ("the last change of this file", "the changes of the
//! English since that base", "where did this file go") is answered here, from the walk,
//! without going back to git. Pure, so it is tested on hand-made graphs.

use std::collections::{HashMap, HashSet};

use git2::Oid;

use super::Commit;

/// A file renamed by the commit at walk index `at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rename {
    pub at: u32,
    pub from: String,
    pub to: String,
}

/// The history reachable from the analysed revision.
#[derive(Debug, Clone, Default)]
pub(crate) struct Graph {
    /// Children before parents (topological order): every ancestor of the commit at
    /// index `i` has an index greater than `i`.
    commits: Vec<Commit>,
    index: HashMap<Oid, u32>,
    /// Walk indexes of each commit's parents that are in the walk (a shallow clone's
    /// boundary commits have none).
    parents: Vec<Vec<u32>>,
    /// Path → indexes of the commits that changed it, newest first.
    touches: HashMap<String, Vec<u32>>,
    renames: Vec<Rename>,
    /// No merges: "after the base" is then simply "earlier in the walk".
    linear: bool,
    /// Per commit: when it reached the analysed branch.
    arrival: Vec<i64>,
}

/// Builds a [`Graph`] commit by commit, in walk order.
#[derive(Debug, Default)]
pub(crate) struct GraphBuilder {
    graph: Graph,
    parent_ids: Vec<Vec<Oid>>,
}

impl GraphBuilder {
    /// Adds the next commit of the walk; returns its walk index.
    pub(crate) fn commit(&mut self, commit: Commit, parents: Vec<Oid>) -> u32 {
        let at = self.graph.commits.len() as u32;
        self.graph.commits.push(commit);
        self.graph.index.insert(commit.id, at);
        self.parent_ids.push(parents);
        at
    }

    /// Records that the commit at `at` changed `path`. Commits come newest first, so each
    /// path's list stays newest first.
    pub(crate) fn touch(&mut self, path: String, at: u32) {
        self.graph.touches.entry(path).or_default().push(at);
    }

    pub(crate) fn rename(&mut self, at: u32, from: String, to: String) {
        self.graph.renames.push(Rename { at, from, to });
    }

    pub(crate) fn finish(mut self) -> Graph {
        let graph = &mut self.graph;
        graph.parents = self
            .parent_ids
            .iter()
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| graph.index.get(id).copied())
                    .collect()
            })
            .collect();
        graph.linear = self.parent_ids.iter().all(|ids| ids.len() <= 1);
        // The first parent as git names it, even when a shallow clone lacks it.
        let first_parent: Vec<Option<u32>> = self
            .parent_ids
            .iter()
            .map(|ids| ids.first().and_then(|id| graph.index.get(id).copied()))
            .collect();
        graph.arrival = arrivals(&graph.commits, &first_parent, &graph.parents);
        self.graph
    }
}

impl Graph {
    /// The walk index of a commit, `None` when it is not reachable from the target.
    pub(crate) fn position(&self, id: Oid) -> Option<u32> {
        self.index.get(&id).copied()
    }

    pub(crate) fn commit(&self, at: u32) -> Commit {
        self.commits[at as usize]
    }

    /// When `commit` reached the analysed branch: for a commit merged from a side branch,
    /// the time of the merge; its own time when it is not in the walk.
    pub(crate) fn arrival(&self, commit: Commit) -> i64 {
        self.position(commit.id)
            .and_then(|at| self.arrival.get(at as usize))
            .copied()
            .unwrap_or(commit.time)
    }

    /// The most recent commit that changed `path`, following renames back: a file moved
    /// with its folder keeps its history.
    pub(crate) fn last_change(&self, path: &str) -> Option<Commit> {
        let names = self.names_back(path, u32::MAX);
        names.iter().enumerate().find_map(|(i, (from, name))| {
            let until = names.get(i + 1).map_or(u32::MAX, |(next, _)| *next);
            let at = self
                .touches
                .get(name)?
                .iter()
                .copied()
                .find(|at| *at >= *from && *at < until)?;
            Some(self.commit(at))
        })
    }

    /// The name `path` had at the commit at walk index `at`, following renames back.
    pub(crate) fn name_at(&self, path: &str, at: u32) -> String {
        self.names_back(path, at)
            .pop()
            .map(|(_, name)| name)
            .unwrap_or_else(|| path.to_string())
    }

    /// Commits after the commit at `base` (not its ancestors) that changed `path` or, before
    /// a rename, the name it had then; newest first.
    pub(crate) fn commits_after(&self, base: u32, path: &str) -> Vec<Commit> {
        let names = self.names_back(path, base);
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
                if in_range && self.is_after(at, base) && seen.insert(at) {
                    out.push(at);
                }
            }
        }
        out.sort_unstable();
        out.into_iter().map(|at| self.commit(at)).collect()
    }

    /// For a path that is gone: the walk index of its last event (a change, maybe its
    /// deletion, or a rename away) and, for a rename, the name it has after every later
    /// rename. `None` when history never saw the path.
    pub(crate) fn last_event(&self, path: &str) -> Option<(u32, Option<String>)> {
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
        let Some(first) = self.renames.iter().find(|r| r.at == last && r.from == path) else {
            return Some((last, None));
        };
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
        Some((last, Some(to)))
    }

    /// Whether the commit at `candidate` comes after the commit at `base`, i.e. is not one
    /// of its ancestors. Answered from the walk: in topological order an ancestor of `base`
    /// has a greater index, and the search never needs to go past `candidate`.
    pub(crate) fn is_after(&self, candidate: u32, base: u32) -> bool {
        if candidate < base {
            return true;
        }
        if self.linear || candidate == base {
            return false;
        }
        let mut stack = vec![base];
        let mut seen = HashSet::new();
        while let Some(at) = stack.pop() {
            if at == candidate {
                return false;
            }
            for &parent in &self.parents[at as usize] {
                // Every ancestor of a commit past `candidate` is past it too.
                if parent <= candidate && seen.insert(parent) {
                    stack.push(parent);
                }
            }
        }
        true
    }

    /// The names `path` had going back in time, each with the walk index from which
    /// (going older) it applies, stopping at `limit` (exclusive).
    pub(crate) fn names_back(&self, path: &str, limit: u32) -> Vec<(u32, String)> {
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

/// For each commit (by walk index), the time of the first-parent commit of the target
/// that brought it into the branch: following the first-parent chain from its oldest end,
/// each chain commit claims the ancestors no earlier chain commit claimed.
fn arrivals(commits: &[Commit], first_parent: &[Option<u32>], parents: &[Vec<u32>]) -> Vec<i64> {
    let mut arrival = vec![i64::MIN; commits.len()];
    let mut chain = Vec::new();
    let mut at = (!commits.is_empty()).then_some(0usize);
    while let Some(i) = at {
        chain.push(i);
        at = first_parent.get(i).copied().flatten().map(|j| j as usize);
    }
    for &m in chain.iter().rev() {
        let time = commits[m].time;
        let mut stack = vec![m];
        while let Some(x) = stack.pop() {
            if arrival[x] != i64::MIN {
                continue;
            }
            arrival[x] = time;
            for &j in parents.get(x).into_iter().flatten() {
                if arrival[j as usize] == i64::MIN {
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
