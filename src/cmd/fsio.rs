//! Writing files the safe way, shared by the commands that edit translations (`mark`,
//! `sync`) and create them (`scaffold`): content goes to a temporary file in the target's
//! own directory first, so an interrupted or failed write never leaves half a file, and
//! nothing is ever overwritten by accident.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::model::paths::Confinement;

/// Replaces `path` with `bytes` through a temporary file in the same directory and a
/// rename, keeping its permissions: an interrupted or failed write leaves the original.
///
/// A `path` that is a symbolic link keeps being one: the file it points to is replaced,
/// provided it is inside `root` (the repository). Every directory on the way is resolved
/// by the path policy ([`Confinement`]): transync never writes outside the repository.
pub(crate) fn write_atomically(root: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    let path = Confinement::new(root).writable(path)?;
    let dir = path.parent().with_context(|| tr!("fs-no-directory"))?;
    write_through(&path, dir, bytes)
}

/// [`write_atomically`] with the temporary file in `dir` (the target's own directory, so
/// that the rename cannot cross file systems).
fn write_through(path: &Path, dir: &Path, bytes: &[u8]) -> Result<()> {
    let permissions = std::fs::metadata(path)
        .with_context(|| tr!("error-cannot-read", path = path.display().to_string()))?
        .permissions();
    let temp = temporary(path, dir, bytes, permissions)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| tr!("fs-cannot-replace", path = path.display().to_string()))?;
    Ok(())
}

/// Creates `path` with `bytes` and `permissions`, never replacing a file: the complete
/// content is linked into place in one step that fails if `path` appeared meanwhile
/// (`AlreadyExists` in the error chain). Parent directories are created, never through
/// a link out of `root`.
pub(crate) fn create_new(
    root: &Path,
    path: &Path,
    bytes: &[u8],
    permissions: std::fs::Permissions,
) -> Result<()> {
    let path = &Confinement::new(root).writable(path)?;
    let dir = path.parent().with_context(|| tr!("fs-no-directory"))?;
    let created = create_dirs(dir)?;
    let written = temporary(path, dir, bytes, permissions).and_then(|temp| {
        temp.persist_noclobber(path)
            .map_err(|e| e.error)
            .with_context(|| tr!("fs-cannot-create", path = path.display().to_string()))
    });
    if written.is_err() {
        // A failed creation leaves no trace: not even the folders made for it.
        for dir in created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
    written.map(drop)
}

/// Creates `dir` and its missing parents; returns the ones it created, outermost first.
fn create_dirs(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let missing: Vec<_> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && std::fs::symlink_metadata(d).is_err())
        .map(Path::to_path_buf)
        .collect();
    std::fs::create_dir_all(dir)
        .with_context(|| tr!("fs-cannot-create", path = dir.display().to_string()))?;
    Ok(missing.into_iter().rev().collect())
}

/// Moves `from` to `to` without ever replacing `to`: a hard link (which fails when `to`
/// exists) then the removal of `from`. Parent directories of `to` are created. Both ends
/// stay inside `root`: a link on the way to either is resolved by the path policy.
pub(crate) fn move_new(root: &Path, from: &Path, to: &Path) -> Result<()> {
    let confined = Confinement::new(root);
    let from = &confined.locate(from)?;
    let to = &confined.locate(to)?;
    let dir = to.parent().with_context(|| tr!("fs-no-directory"))?;
    std::fs::create_dir_all(dir)
        .with_context(|| tr!("fs-cannot-create", path = dir.display().to_string()))?;
    if to.exists() {
        bail!(tr!("fs-already-exists", path = to.display().to_string()));
    }
    std::fs::hard_link(from, to).with_context(|| {
        tr!(
            "fs-cannot-move",
            from = from.display().to_string(),
            to = to.display().to_string()
        )
    })?;
    std::fs::remove_file(from)
        .with_context(|| tr!("fs-cannot-remove", path = from.display().to_string()))?;
    Ok(())
}

/// Whether `err` says the destination already existed.
pub(crate) fn already_exists(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::AlreadyExists)
    })
}

/// The complete new content of `target` in a temporary file in `dir`. A failure is said
/// of `target` (the temporary file is removed), which is then unchanged.
fn temporary(
    target: &Path,
    dir: &Path,
    bytes: &[u8],
    permissions: std::fs::Permissions,
) -> Result<tempfile::NamedTempFile> {
    let failed = |err: std::io::Error| {
        crate::model::paths::write_failed(target, &err.into(), |kind| {
            tr!(
                "hint-file-write-failed",
                kind = kind,
                path = target.display().to_string()
            )
        })
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(failed)?;
    temp.as_file()
        .set_permissions(permissions)
        .with_context(|| tr!("fs-cannot-set-permissions"))?;
    Ok(temp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_original_intact() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        std::fs::write(&file, "original\n").unwrap();
        // The temporary file cannot be created: the original must not be touched.
        let err = write_through(&file, &dir.path().join("gone"), b"new\n").unwrap_err();
        let hinted = err.downcast_ref::<crate::model::Hinted>().expect("a hint");
        assert!(
            hinted
                .message
                .starts_with(&format!("cannot write {}", file.display())),
            "{}",
            hinted.message
        );
        assert!(hinted.hint.ends_with("was not changed"), "{}", hinted.hint);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "original\n");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no partial file left behind");
        write_atomically(dir.path(), &file, b"new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn create_new_never_replaces_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sub/a.md");
        let perms = std::fs::metadata(dir.path()).unwrap().permissions();
        create_new(dir.path(), &file, b"first\n", perms.clone()).unwrap();
        let err = create_new(dir.path(), &file, b"second\n", perms).unwrap_err();
        assert!(already_exists(&err), "{err:#}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "first\n");
        assert_eq!(
            std::fs::read_dir(dir.path().join("sub")).unwrap().count(),
            1
        );
    }

    #[test]
    fn move_new_refuses_an_existing_destination() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.md"), dir.path().join("x/b.md"));
        std::fs::write(&a, "a\n").unwrap();
        move_new(dir.path(), &a, &b).unwrap();
        assert!(!a.exists());
        std::fs::write(&a, "again\n").unwrap();
        assert!(move_new(dir.path(), &a, &b).is_err());
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "a\n");
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "again\n");
    }
}
