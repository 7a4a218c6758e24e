//! Reading the bundle's commit: every file a bundle holds comes from the committed tree,
//! never from the working tree, and a symlink is followed only while it stays inside the
//! repository.

use anyhow::{Result, bail};

use super::paths::{dir_of, join};
use crate::git::{GitHistory, History};

/// Reads committed files, following symlinks inside the repository only.
pub(crate) struct Tree<'a> {
    pub history: &'a GitHistory,
}

const SYMLINK: i32 = 0o120000;

impl Tree<'_> {
    /// The bytes of `path` at the bundle's commit and the path they really come from;
    /// `None` when there is no such file. A symlink whose target leaves the repository
    /// is an error: the bundle never reads outside it.
    pub(crate) fn read(&self, path: &str) -> Result<Option<(String, Vec<u8>)>> {
        let mut current = path.to_string();
        for _ in 0..16 {
            let Some((id, mode)) = self.history.entry_at_target(&current)? else {
                return Ok(None);
            };
            let bytes = self.history.read_blob(id)?;
            if mode != SYMLINK {
                return Ok(Some((current, bytes)));
            }
            let target = String::from_utf8_lossy(&bytes).into_owned();
            current = match resolve_link(&current, &target) {
                Some(resolved) => resolved,
                None => bail!(tr!("bundle-symlink-escapes", path = path, target = target)),
            };
        }
        bail!(tr!("bundle-symlink-loop", path = path))
    }
}

/// The repository path a symlink at `link` pointing to `target` designates, or `None`
/// when it leaves the repository (absolute, or `..` above the root).
fn resolve_link(link: &str, target: &str) -> Option<String> {
    if target.starts_with('/') || target.contains('\\') || target.contains(':') {
        return None;
    }
    join(dir_of(link), target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_inside_the_repository_only() {
        assert_eq!(
            resolve_link("content/en/img/a.svg", "../shared/a.svg").as_deref(),
            Some("content/en/shared/a.svg")
        );
        assert_eq!(resolve_link("a.svg", "b.svg").as_deref(), Some("b.svg"));
        assert_eq!(resolve_link("content/a.svg", "../../etc/passwd"), None);
        assert_eq!(resolve_link("content/a.svg", "/etc/passwd"), None);
        assert_eq!(resolve_link("content/a.svg", "C:\\x"), None);
    }
}
