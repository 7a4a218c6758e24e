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
    /// Indexes into `renames` by the name renamed to: following a file's names back is
    /// asked per file, and a scan of every rename each time is quadratic on big trees.
    renamed_to: HashMap<String, Vec<usize>>,
    /// No merges: "after the base" is then simply "earlier in the walk".
    linear: bool,
    /// Per commit: when it reached the analysed branch.
    arrival: Vec<i64>,
    /// Commits whose renames could not be detected: objects missing from the clone.
    incomplete: Vec<u32>,
    /// Walk indexes by commit time, oldest first: "the newest commit at a time" is a
    /// binary search, asked once per translation of another repository.
    by_time: Vec<u32>,
    /// Path → (walk index, blob after) of the commits whose tree differs from their first
    /// parent's at that path, in walk order: the file's versions along first parents.
    versions: HashMap<String, Vec<(u32, Option<Oid>)>>,
    /// Per commit: the walk index of its first parent, as git names it, when walked.
    first_parent: Vec<Option<u32>>,
    /// Per commit: whether it is on the target's first-parent chain.
    mainline: Vec<bool>,
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
    pub(crate) fn touch(&mut self, path: &str, at: u32) {
        // Looked up before a key is made: most paths are touched many times.
        match self.graph.touches.get_mut(path) {
            Some(list) => list.push(at),
            None => {
                self.graph.touches.insert(path.to_string(), vec![at]);
            }
        }
    }

    /// Records that the objects to detect the renames of the commit at `at` are missing.
    pub(crate) fn missing_objects(&mut self, at: u32) {
        self.graph.incomplete.push(at);
    }

    /// Records that after the commit at `at`, `path` has the blob `blob` (`None`:
    /// deleted), a change from its first parent.
    pub(crate) fn version(&mut self, path: &str, at: u32, blob: Option<Oid>) {
        match self.graph.versions.get_mut(path) {
            Some(list) => list.push((at, blob)),
            None => {
                self.graph
                    .versions
                    .insert(path.to_string(), vec![(at, blob)]);
            }
        }
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
        for (i, rename) in graph.renames.iter().enumerate() {
            graph
                .renamed_to
                .entry(rename.to.clone())
                .or_default()
                .push(i);
        }
        // The first parent as git names it, even when a shallow clone lacks it.
        let first_parent: Vec<Option<u32>> = self
            .parent_ids
            .iter()
            .map(|ids| ids.first().and_then(|id| graph.index.get(id).copied()))
            .collect();
        graph.arrival = arrivals(&graph.commits, &first_parent, &graph.parents);
        graph.mainline = vec![false; graph.commits.len()];
        let mut chain = (!graph.commits.is_empty()).then_some(0u32);
        while let Some(at) = chain {
            graph.mainline[at as usize] = true;
            chain = first_parent[at as usize];
        }
        graph.first_parent = first_parent;
        graph.by_time = (0..graph.commits.len() as u32).collect();
        graph
            .by_time
            .sort_by_key(|&at| graph.commits[at as usize].time);
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

    /// The commits whose renames could not be detected (objects missing).
    pub(crate) fn incomplete(&self) -> impl Iterator<Item = Commit> + '_ {
        self.incomplete.iter().map(|&at| self.commit(at))
    }

    /// The newest commit made at or before `time` (commit time), if any.
    pub(crate) fn newest_at(&self, time: i64) -> Option<Commit> {
        let after = self
            .by_time
            .partition_point(|&at| self.commits[at as usize].time <= time);
        after.checked_sub(1).map(|i| self.commit(self.by_time[i]))
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

    /// Up to `limit` commits that changed `path`, following renames back; newest first.
    pub(crate) fn changes(&self, path: &str, limit: usize) -> Vec<Commit> {
        let names = self.names_back(path, u32::MAX);
        let mut out: Vec<u32> = Vec::new();
        for (i, (from, name)) in names.iter().enumerate() {
            let until = names.get(i + 1).map_or(u32::MAX, |(next, _)| *next);
            let touches = self
                .touches
                .get(name)
                .map(Vec::as_slice)
                .unwrap_or_default();
            out.extend(touches.iter().filter(|&&at| at >= *from && at < until));
        }
        out.sort_unstable();
        out.dedup();
        out.truncate(limit);
        out.into_iter().map(|at| self.commit(at)).collect()
    }

    /// Whether the commit at walk index `at` changed `path` (under that name).
    pub(crate) fn changed_in(&self, at: u32, path: &str) -> bool {
        // Touches are recorded in walk order: each path's list is sorted.
        self.touches
            .get(path)
            .is_some_and(|touches| touches.binary_search(&at).is_ok())
    }

    /// The blob of `path` (under that name) at the commit at walk index `at`; `None` when
    /// it did not exist there. Answered from the versions recorded by the walk: the last
    /// change along the commit's first parents, which on the target's own first-parent
    /// chain (where bases are, nearly always) is a binary search.
    pub(crate) fn blob_at(&self, at: u32, path: &str) -> Option<Oid> {
        let versions = self.versions.get(path)?;
        let mut at = at;
        // Off the chain: down the commit's own first parents until it joins it.
        while !self.mainline[at as usize] {
            if let Ok(i) = versions.binary_search_by_key(&at, |(c, _)| *c) {
                return versions[i].1;
            }
            at = self.first_parent[at as usize]?;
        }
        // On the chain, every chain commit with a greater index is a first-parent
        // ancestor: the first of them that changed the path gives its blob.
        let from = versions.partition_point(|(c, _)| *c < at);
        versions[from..]
            .iter()
            .find(|(c, _)| self.mainline[*c as usize])
            .and_then(|(_, blob)| *blob)
    }

    /// The first parent of the commit at walk index `at`, when the walk has it.
    pub(crate) fn first_parent(&self, at: u32) -> Option<Commit> {
        let parent = *self.parents.get(at as usize)?.first()?;
        Some(self.commit(parent))
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
        // Everything visited lies between `base` and `candidate` in walk order: a bitmap
        // over that window, not a hash set (this runs per rename and per English change).
        let mut seen = vec![false; (candidate - base + 1) as usize];
        let mut stack = vec![base];
        while let Some(at) = stack.pop() {
            if at == candidate {
                return false;
            }
            for &parent in &self.parents[at as usize] {
                // Every ancestor of a commit past `candidate` is past it too.
                if parent <= candidate
                    && !std::mem::replace(&mut seen[(parent - base) as usize], true)
                {
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
                .renamed_to
                .get(&current)
                .into_iter()
                .flatten()
                .map(|&i| &self.renames[i])
                // Renames made after the limit commit, by ancestry: on a merged side
                // branch a rename can come later in the walk and still be after it.
                .filter(|r| r.at >= from && (limit == u32::MAX || self.is_after(r.at, limit)))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn oid(n: u32) -> Oid {
        Oid::from_bytes(&[u8::try_from(n).unwrap(); 20]).unwrap()
    }

    /// The commit at walk index `at` in graphs made by [`walk`]: newer commits, smaller
    /// indexes, later times.
    fn commit(at: u32) -> Commit {
        Commit {
            id: oid(at),
            time: 1_000 - i64::from(at) * 10,
        }
    }

    /// A builder holding commits `0..parents.len()` in walk order, commit `i` with the
    /// parents `parents[i]` (walk indexes) and the time of [`commit`].
    fn walk(parents: &[&[u32]]) -> GraphBuilder {
        timed(
            &parents
                .iter()
                .enumerate()
                .map(|(i, p)| (commit(i as u32).time, *p))
                .collect::<Vec<_>>(),
        )
    }

    /// Like [`walk`], with each commit's time given.
    fn timed(commits: &[(i64, &[u32])]) -> GraphBuilder {
        let mut builder = GraphBuilder::default();
        for (i, (time, parents)) in commits.iter().enumerate() {
            let at = builder.commit(
                Commit {
                    id: oid(i as u32),
                    time: *time,
                },
                parents.iter().map(|&p| oid(p)).collect(),
            );
            assert_eq!(at, i as u32);
        }
        builder
    }

    /// `n` commits, each the parent of the one before.
    fn linear(n: u32) -> GraphBuilder {
        let parents: Vec<Vec<u32>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        walk(&parents.iter().map(Vec::as_slice).collect::<Vec<_>>())
    }

    fn rename(builder: &mut GraphBuilder, at: u32, from: &str, to: &str) {
        builder.rename(at, from.to_string(), to.to_string());
    }

    fn touch(builder: &mut GraphBuilder, path: &str, ats: &[u32]) {
        // Newest first, as the walk records them.
        for &at in ats {
            builder.touch(path, at);
        }
    }

    #[track_caller]
    fn assert_commits(found: Vec<Commit>, expected: &[u32]) {
        let found: Vec<u32> = found
            .iter()
            .map(|c| u32::from(c.id.as_bytes()[0]))
            .collect();
        assert_eq!(found, expected);
    }

    #[track_caller]
    fn assert_names(found: Vec<(u32, String)>, expected: &[(u32, &str)]) {
        let found: Vec<(u32, &str)> = found.iter().map(|(at, n)| (*at, n.as_str())).collect();
        assert_eq!(found, expected);
    }

    /// 0 merges 1 (main, the usual base) and 2 (a side branch forked at 3).
    ///
    /// ```text
    /// 0 ─┬─ 1 ─┬─ 3 ── 4
    ///    └─ 2 ─┘
    /// ```
    fn merge() -> GraphBuilder {
        walk(&[&[1, 2], &[3], &[3], &[4], &[]])
    }

    /// 0 on top of the merge 1 of two sides of a diamond, 2..=3 on main and 4..=5 on the
    /// side, both forked at 6.
    ///
    /// ```text
    /// 0 ── 1 ─┬─ 2 ── 3 ─┬─ 6
    ///         └─ 4 ── 5 ─┘
    /// ```
    fn diamond() -> GraphBuilder {
        walk(&[&[1], &[2, 4], &[3], &[6], &[5], &[6], &[]])
    }

    #[test]
    fn names_back_follows_several_renames() {
        let mut g = linear(6);
        rename(&mut g, 1, "b.md", "c.md");
        rename(&mut g, 3, "a.md", "b.md");
        rename(&mut g, 2, "x.md", "y.md");
        let g = g.finish();
        assert_names(
            g.names_back("c.md", u32::MAX),
            &[(0, "c.md"), (2, "b.md"), (4, "a.md")],
        );
    }

    #[test]
    fn names_back_stops_before_the_limit() {
        let mut g = linear(6);
        rename(&mut g, 1, "b.md", "c.md");
        rename(&mut g, 3, "a.md", "b.md");
        let g = g.finish();
        assert_names(g.names_back("c.md", 3), &[(0, "c.md"), (2, "b.md")]);
        // The limit is exclusive: the commit that made `c.md` already has that name.
        assert_names(g.names_back("c.md", 1), &[(0, "c.md")]);
        assert_names(
            g.names_back("c.md", 4),
            &[(0, "c.md"), (2, "b.md"), (4, "a.md")],
        );
    }

    #[test]
    fn names_back_ignores_renames_newer_than_the_name() {
        // `b.md` became `c.md` at 2; the `b.md` made by the rename at 0 is another file.
        let mut g = linear(4);
        rename(&mut g, 0, "z.md", "b.md");
        rename(&mut g, 2, "b.md", "c.md");
        let g = g.finish();
        assert_names(g.names_back("c.md", u32::MAX), &[(0, "c.md"), (3, "b.md")]);
    }

    #[test]
    fn name_at_gives_the_name_a_file_had_at_a_commit() {
        let mut g = linear(6);
        rename(&mut g, 1, "b.md", "c.md");
        rename(&mut g, 3, "a.md", "b.md");
        let g = g.finish();
        let at = |n| g.name_at("c.md", n);
        assert_eq!(
            [at(0), at(1), at(2), at(3), at(4), at(5)],
            ["c.md", "c.md", "b.md", "b.md", "a.md", "a.md"]
        );
        assert_eq!(g.name_at("other.md", 5), "other.md");
    }

    #[test]
    fn changes_are_every_commit_that_changed_the_path_through_renames() {
        let mut g = linear(7);
        touch(&mut g, "b.md", &[0, 2]);
        rename(&mut g, 1, "a.md", "b.md");
        touch(&mut g, "a.md", &[3, 5]);
        let g = g.finish();
        // The `b.md` changed at 2, before the rename made this one, was another file.
        assert_commits(g.changes("b.md", 10), &[0, 3, 5]);
        assert_commits(g.changes("b.md", 2), &[0, 3]);
        assert!(g.changed_in(3, "a.md") && !g.changed_in(3, "b.md"));
        assert_eq!(g.first_parent(3), Some(commit(4)));
        assert_eq!(g.first_parent(6), None);
    }

    #[test]
    fn last_change_is_the_newest_commit_that_changed_the_path() {
        let mut g = linear(5);
        touch(&mut g, "a.md", &[1, 3]);
        touch(&mut g, "b.md", &[0]);
        let g = g.finish();
        assert_eq!(g.last_change("a.md"), Some(commit(1)));
        assert_eq!(g.last_change("b.md"), Some(commit(0)));
        assert_eq!(g.last_change("never.md"), None);
    }

    #[test]
    fn last_change_follows_a_move_back_to_the_old_name() {
        // A pure move at 1 is no change: the last one is 3, made to `a.md`. The `a.md`
        // created at 0 is another file.
        let mut g = linear(5);
        rename(&mut g, 1, "a.md", "b.md");
        touch(&mut g, "a.md", &[0, 3]);
        let g = g.finish();
        assert_eq!(g.last_change("b.md"), Some(commit(3)));
        assert_eq!(g.last_change("a.md"), Some(commit(0)));
    }

    #[test]
    fn last_change_of_a_rename_with_edits_is_the_rename() {
        let mut g = linear(5);
        rename(&mut g, 1, "a.md", "b.md");
        touch(&mut g, "a.md", &[1, 3]);
        touch(&mut g, "b.md", &[1]);
        let g = g.finish();
        assert_eq!(g.last_change("b.md"), Some(commit(1)));
    }

    #[test]
    fn last_change_follows_several_renames() {
        let mut g = linear(6);
        rename(&mut g, 1, "b.md", "c.md");
        rename(&mut g, 2, "a.md", "b.md");
        touch(&mut g, "a.md", &[4]);
        let g = g.finish();
        assert_eq!(g.last_change("c.md"), Some(commit(4)));
    }

    #[test]
    fn commits_after_on_a_linear_history_are_the_newer_changes() {
        let mut g = linear(6);
        touch(&mut g, "a.md", &[0, 2, 3, 5]);
        touch(&mut g, "b.md", &[1]);
        let g = g.finish();
        // Newest first; the base itself and its ancestors are not after it.
        assert_commits(g.commits_after(3, "a.md"), &[0, 2]);
        assert_commits(g.commits_after(0, "a.md"), &[]);
        assert_commits(g.commits_after(5, "a.md"), &[0, 2, 3]);
    }

    #[test]
    fn commits_after_count_a_side_branch_merged_after_the_base() {
        let mut g = merge();
        touch(&mut g, "a.md", &[1, 2, 3, 4]);
        let g = g.finish();
        // 2 comes later in the walk than the base 1 but is not its ancestor.
        assert_commits(g.commits_after(1, "a.md"), &[2]);
        // From the side branch, the main commit 1 is after it.
        assert_commits(g.commits_after(2, "a.md"), &[1]);
        assert_commits(g.commits_after(3, "a.md"), &[1, 2]);
    }

    #[test]
    fn commits_after_follow_a_rename_between_base_and_now() {
        let mut g = linear(6);
        rename(&mut g, 2, "a.md", "b.md");
        touch(&mut g, "b.md", &[1]);
        // 3 is after the base under the old name, 5 before it; the `a.md` created at 0
        // is another file.
        touch(&mut g, "a.md", &[0, 3, 5]);
        let g = g.finish();
        assert_commits(g.commits_after(4, "b.md"), &[1, 3]);
        // A base after the rename knows the file by its new name only.
        assert_commits(g.commits_after(2, "b.md"), &[1]);
    }

    #[test]
    fn commits_after_a_base_on_the_far_side_of_a_diamond() {
        let mut g = diamond();
        touch(&mut g, "a.md", &[0, 3, 5, 6]);
        let g = g.finish();
        // From the side's 4: the main commit 3 and the newer 0, not the fork point 6.
        assert_commits(g.commits_after(4, "a.md"), &[0, 3]);
        // From the merge: only what came after it.
        assert_commits(g.commits_after(1, "a.md"), &[0]);
    }

    #[test]
    fn commits_after_follow_a_rename_on_a_side_branch_merged_after_the_base() {
        // The side branch 2..=3 forked before the base 1: it edited `a.md` at 3 and moved
        // it to `b.md` at 2, then was merged at 0. Both are after the base, but their
        // walk indexes are greater than the base's, so the rename is not followed.
        let mut g = walk(&[&[1, 2], &[4], &[3], &[4], &[]]);
        rename(&mut g, 2, "a.md", "b.md");
        touch(&mut g, "a.md", &[3, 4]);
        let g = g.finish();
        assert_eq!(g.name_at("b.md", 1), "a.md");
        assert_commits(g.commits_after(1, "b.md"), &[3]);
    }

    #[test]
    fn is_after_on_a_linear_history_is_walk_order() {
        let g = linear(4).finish();
        assert!(g.is_after(0, 2));
        assert!(g.is_after(1, 2));
        assert!(!g.is_after(2, 2));
        assert!(!g.is_after(3, 2));
    }

    #[test]
    fn is_after_on_a_merge() {
        let g = merge().finish();
        // Before: ancestors of the base.
        assert!(!g.is_after(3, 1));
        assert!(!g.is_after(4, 1));
        // Equal.
        assert!(!g.is_after(1, 1));
        // After: newer, or on the other branch though later in the walk.
        assert!(g.is_after(0, 1));
        assert!(g.is_after(2, 1));
        assert!(g.is_after(1, 2));
        // Both branches are ancestors of the merge.
        assert!(!g.is_after(1, 0));
        assert!(!g.is_after(2, 0));
    }

    #[test]
    fn is_after_in_a_diamond() {
        let g = diamond().finish();
        // From the main side 2: the whole other side is after it, the fork point is not.
        assert!(g.is_after(4, 2));
        assert!(g.is_after(5, 2));
        assert!(!g.is_after(3, 2));
        assert!(!g.is_after(6, 2));
        // From the side's 5: main's 2 and 3 are after it.
        assert!(g.is_after(2, 5));
        assert!(g.is_after(3, 5));
        assert!(!g.is_after(6, 5));
        // From the merge, both sides are its ancestors; only 0 is after it.
        for ancestor in 2..=6 {
            assert!(!g.is_after(ancestor, 1), "{ancestor}");
        }
        assert!(g.is_after(0, 1));
    }

    #[test]
    fn last_event_of_a_deleted_file_is_its_last_change() {
        let mut g = linear(5);
        touch(&mut g, "a.md", &[1, 3]);
        let g = g.finish();
        assert_eq!(g.last_event("a.md"), Some((1, None)));
    }

    #[test]
    fn last_event_of_a_renamed_file_gives_the_new_name() {
        let mut g = linear(5);
        rename(&mut g, 2, "a.md", "b.md");
        touch(&mut g, "a.md", &[3]);
        touch(&mut g, "b.md", &[0]);
        let g = g.finish();
        assert_eq!(g.last_event("a.md"), Some((2, Some("b.md".to_string()))));
    }

    #[test]
    fn last_event_of_a_file_renamed_twice_gives_the_name_today() {
        let mut g = linear(6);
        // Another `b.md`, moved away before ours got that name: not followed.
        rename(&mut g, 5, "b.md", "x.md");
        rename(&mut g, 3, "a.md", "b.md");
        rename(&mut g, 1, "b.md", "c.md");
        let g = g.finish();
        assert_eq!(g.last_event("a.md"), Some((3, Some("c.md".to_string()))));
    }

    #[test]
    fn last_event_follows_the_first_rename_of_the_new_name() {
        // `a.md` → `b.md` at 4, → `c.md` at 3; a new `b.md` moved to `d.md` at 1.
        let mut g = linear(6);
        rename(&mut g, 4, "a.md", "b.md");
        rename(&mut g, 3, "b.md", "c.md");
        rename(&mut g, 1, "b.md", "d.md");
        let g = g.finish();
        assert_eq!(g.last_event("a.md"), Some((4, Some("c.md".to_string()))));
    }

    #[test]
    fn last_event_of_a_file_recreated_after_its_rename_is_its_deletion() {
        let mut g = linear(5);
        rename(&mut g, 3, "a.md", "b.md");
        touch(&mut g, "a.md", &[1, 2]);
        let g = g.finish();
        assert_eq!(g.last_event("a.md"), Some((1, None)));
    }

    #[test]
    fn last_event_of_a_path_never_seen_is_none() {
        let mut g = linear(3);
        touch(&mut g, "a.md", &[1]);
        rename(&mut g, 2, "b.md", "c.md");
        let g = g.finish();
        assert_eq!(g.last_event("never.md"), None);
        // Becoming the target of a rename is not an event of the old path.
        assert_eq!(g.last_event("c.md"), None);
    }

    #[test]
    fn a_side_branch_commit_arrives_with_its_merge() {
        // The side commit 2 was made at 300, before main's 1, and merged at 500.
        let g = timed(&[(500, &[1, 2]), (400, &[3]), (300, &[3]), (100, &[])]).finish();
        let at = |n: u32| g.arrival(g.commit(n));
        assert_eq!(at(2), 500);
        assert_eq!([at(0), at(1), at(3)], [500, 400, 100]);
    }

    #[test]
    fn a_commit_merged_twice_arrives_with_the_first_merge() {
        // The side commit 3 is merged at 2 (700), then again at 0 (900).
        let g = timed(&[
            (900, &[1, 3]),
            (800, &[2]),
            (700, &[4, 3]),
            (300, &[4]),
            (100, &[]),
        ])
        .finish();
        assert_eq!(g.arrival(g.commit(3)), 700);
    }

    #[test]
    fn a_linear_commit_arrives_at_its_own_time() {
        let g = linear(4).finish();
        for at in 0..4 {
            assert_eq!(g.arrival(g.commit(at)), commit(at).time);
        }
    }

    #[test]
    fn a_commit_outside_the_walk_keeps_its_own_time() {
        let g = merge().finish();
        let stranger = Commit {
            id: oid(99),
            time: 42,
        };
        assert_eq!(g.position(stranger.id), None);
        assert_eq!(g.arrival(stranger), 42);
    }

    #[test]
    fn newest_at_is_the_latest_commit_made_by_then() {
        // A merge (0) of a side commit made late (1) over older mainline commits (2, 3).
        let g = timed(&[(40, &[2, 1]), (30, &[3]), (20, &[3]), (10, &[])]).finish();
        assert_eq!(g.newest_at(5), None);
        assert_eq!(g.newest_at(10).map(|c| c.id), Some(oid(3)));
        assert_eq!(g.newest_at(25).map(|c| c.id), Some(oid(2)));
        assert_eq!(g.newest_at(35).map(|c| c.id), Some(oid(1)));
        assert_eq!(g.newest_at(i64::MAX).map(|c| c.id), Some(oid(0)));
    }
}
