//! The per-commit comparison of the walk: two trees compared by their entries' ids, going
//! down only into subtrees whose ids differ, so a commit costs what it changed, not the
//! size of the tree. Trees are kept for two commits: in walk order a commit's parent is
//! almost always the next commit, so each tree is read from the object store once.

use std::cmp::Ordering;
use std::collections::HashMap;

use anyhow::Result;
use git2::{Oid, Repository, Tree};

/// A file under the roots that differs between two trees: its path and its blobs before
/// and after (`None` where a tree lacks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Change {
    pub path: String,
    pub old: Option<Oid>,
    pub new: Option<Oid>,
}

const TREE_MODE: i32 = 0o040000;
const GITLINK_MODE: i32 = 0o160000;

/// Trees by id, for the commit being compared and the one before it.
pub(super) struct Trees<'r> {
    repo: &'r Repository,
    current: HashMap<Oid, Tree<'r>>,
    previous: HashMap<Oid, Tree<'r>>,
}

impl<'r> Trees<'r> {
    pub(super) fn new(repo: &'r Repository) -> Self {
        Trees {
            repo,
            current: HashMap::new(),
            previous: HashMap::new(),
        }
    }

    /// Called between commits: trees not used by this commit or the one before are let go,
    /// which bounds the memory of a walk over any history.
    pub(super) fn next_commit(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }

    fn tree(&mut self, id: Oid) -> Result<Tree<'r>> {
        if let Some(tree) = self.current.get(&id) {
            return Ok(tree.clone());
        }
        let tree = match self.previous.remove(&id) {
            Some(tree) => tree,
            None => self.repo.find_tree(id)?,
        };
        self.current.insert(id, tree.clone());
        Ok(tree)
    }

    /// The id of the subtree at `root` (`""`: the tree itself) of the tree `top`.
    pub(super) fn subtree(&mut self, top: Oid, root: &str) -> Result<Option<Oid>> {
        let mut id = top;
        for name in root.split('/').filter(|n| !n.is_empty()) {
            let tree = self.tree(id)?;
            match tree.get_name_bytes(name.as_bytes()) {
                Some(entry) if entry.filemode() == TREE_MODE => id = entry.id(),
                _ => return Ok(None),
            }
        }
        Ok(Some(id))
    }

    /// Appends to `out` every file under `prefix` that differs between the trees `old` and
    /// `new` (either absent: empty). `prefix` is the trees' path, `""` or ending in `/`.
    pub(super) fn diff(
        &mut self,
        old: Option<Oid>,
        new: Option<Oid>,
        prefix: &str,
        out: &mut Vec<Change>,
    ) -> Result<()> {
        if old == new {
            return Ok(());
        }
        let old = old.map(|id| self.tree(id)).transpose()?;
        let new = new.map(|id| self.tree(id)).transpose()?;
        let (old_len, new_len) = (
            old.as_ref().map_or(0, Tree::len),
            new.as_ref().map_or(0, Tree::len),
        );
        let at = |tree: &Option<Tree<'r>>, n: usize| -> Option<Entry> {
            let e = tree.as_ref()?.get(n)?;
            Some(Entry {
                name: e.name_bytes().to_vec(),
                id: e.id(),
                mode: e.filemode(),
            })
        };
        // Both lists are in git's tree order: a merge of the two, by name. Entries are
        // compared by position, not collected: most of a big directory is equal.
        let (mut i, mut j) = (0, 0);
        while i < old_len || j < new_len {
            let (a, b) = (
                old.as_ref().and_then(|t| t.get(i)),
                new.as_ref().and_then(|t| t.get(j)),
            );
            let order = match (&a, &b) {
                (Some(a), Some(b)) => git_order(
                    a.name_bytes(),
                    a.filemode() == TREE_MODE,
                    b.name_bytes(),
                    b.filemode() == TREE_MODE,
                ),
                (Some(_), None) => Ordering::Less,
                _ => Ordering::Greater,
            };
            let same = order == Ordering::Equal
                && a.as_ref()
                    .zip(b.as_ref())
                    .is_some_and(|(a, b)| a.id() == b.id() && a.filemode() == b.filemode());
            drop((a, b));
            match order {
                _ if same => {
                    i += 1;
                    j += 1;
                }
                Ordering::Less => {
                    let a = at(&old, i).expect("in range");
                    i += 1;
                    if a.mode != GITLINK_MODE {
                        self.side(&a, prefix, false, out)?;
                    }
                }
                Ordering::Greater => {
                    let b = at(&new, j).expect("in range");
                    j += 1;
                    if b.mode != GITLINK_MODE {
                        self.side(&b, prefix, true, out)?;
                    }
                }
                Ordering::Equal => {
                    let (a, b) = (
                        at(&old, i).expect("in range"),
                        at(&new, j).expect("in range"),
                    );
                    i += 1;
                    j += 1;
                    if a.mode == GITLINK_MODE || b.mode == GITLINK_MODE {
                        continue;
                    }
                    if a.is_tree() {
                        let path = format!("{prefix}{}/", a.name());
                        self.diff(Some(a.id), Some(b.id), &path, out)?;
                    } else {
                        out.push(Change {
                            path: format!("{prefix}{}", b.name()),
                            old: Some(a.id),
                            new: Some(b.id),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// An entry only one side has: a file added or deleted, or every file of a directory.
    fn side(
        &mut self,
        entry: &Entry,
        prefix: &str,
        added: bool,
        out: &mut Vec<Change>,
    ) -> Result<()> {
        if entry.is_tree() {
            let path = format!("{prefix}{}/", entry.name());
            let (old, new) = if added {
                (None, Some(entry.id))
            } else {
                (Some(entry.id), None)
            };
            return self.diff(old, new, &path, out);
        }
        let path = format!("{prefix}{}", entry.name());
        let (old, new) = if added {
            (None, Some(entry.id))
        } else {
            (Some(entry.id), None)
        };
        out.push(Change { path, old, new });
        Ok(())
    }
}

/// Git's order of tree entries: by name, a directory's name as if it ended in `/`. A file
/// and a directory of the same name are then two entries, a deletion and an addition,
/// which is what happened.
fn git_order(a: &[u8], a_tree: bool, b: &[u8], b_tree: bool) -> Ordering {
    let common = a.len().min(b.len());
    match a[..common].cmp(&b[..common]) {
        Ordering::Equal => {}
        other => return other,
    }
    let next = |name: &[u8], tree: bool| match name.get(common) {
        Some(&byte) => byte,
        None if tree => b'/',
        None => 0,
    };
    match next(a, a_tree).cmp(&next(b, b_tree)) {
        // Same name and same kind (or both ending in the same byte).
        Ordering::Equal => a.len().cmp(&b.len()).then((a_tree).cmp(&b_tree)),
        other => other,
    }
}

struct Entry {
    name: Vec<u8>,
    id: Oid,
    mode: i32,
}

impl Entry {
    fn is_tree(&self) -> bool {
        self.mode == TREE_MODE
    }

    fn name(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_sorts_as_if_its_name_ended_in_a_slash() {
        let order =
            |a: &str, at: bool, b: &str, bt: bool| git_order(a.as_bytes(), at, b.as_bytes(), bt);
        // git puts `a.md` before `a/` ('.' < '/') and `a/` before `a0` ('/' < '0').
        assert_eq!(order("a.md", false, "a", true), Ordering::Less);
        assert_eq!(order("a", true, "a0", false), Ordering::Less);
        assert_eq!(order("a", false, "a", true), Ordering::Less);
        assert_eq!(order("b", true, "b", true), Ordering::Equal);
        assert_eq!(order("b", false, "a", true), Ordering::Greater);
    }
}
