//! The one path policy every command follows, for reads and for writes.
//!
//! Content comes from repositories nobody vetted: a committed symbolic link can point
//! anywhere (`content/fr -> /etc`, a page linked to `/dev/zero`). Checking only the last
//! component, or only when writing, lets such a link carry a read or a write out of the
//! repository, or make a read never end. So every path a command touches goes through
//! [`Confinement`]: each component is resolved, a link may lead only to somewhere inside
//! the repository, what is read must be a regular file, and reads are bounded.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// The largest file transync reads. Far beyond any page or `.ftl` file a team writes,
/// small enough that a mistaken or hostile file cannot exhaust memory.
pub(crate) const MAX_READ: u64 = 256 << 20;

/// Why a path was refused. The message names the path (relative to the repository where
/// it is inside) and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// A symbolic link on the way points outside the repository.
    Outside { link: String, target: String },
    /// Links that point at each other, or too many links in a row.
    Loop { link: String },
    /// A symbolic link whose target does not exist.
    Dangling { link: String, target: String },
    /// Something that is not a regular file where a file is read.
    NotAFile { path: String, kind: &'static str },
    /// Larger than [`MAX_READ`].
    TooLarge { path: String, size: u64 },
    /// The permissions forbid it.
    Denied { path: String },
    /// The system refused otherwise (a vanished directory, an I/O error…).
    Io { path: String, error: String },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Refusal::Outside { link, target } => {
                tr!("path-link-outside", path = link, target = target)
            }
            Refusal::Loop { link } => tr!("path-link-loop", path = link),
            Refusal::Dangling { link, target } => {
                tr!("path-link-dangling", path = link, target = target)
            }
            Refusal::NotAFile { path, kind } => tr!("path-not-a-file", path = path, kind = *kind),
            Refusal::TooLarge { path, size } => tr!(
                "path-too-large",
                path = path,
                size = size >> 20,
                limit = MAX_READ >> 20
            ),
            Refusal::Denied { path } => tr!("path-denied", path = path),
            Refusal::Io { path, error } => tr!("path-io", path = path, error = error),
        };
        f.write_str(&crate::model::visible(&text))
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal an I/O error means for `path`.
    fn io(path: String, err: &std::io::Error) -> Refusal {
        match err.kind() {
            std::io::ErrorKind::PermissionDenied => Refusal::Denied { path },
            _ => Refusal::Io {
                path,
                error: plain_io(err),
            },
        }
    }
}

/// Paths under one directory (the repository's working tree), resolved and checked.
///
/// Resolved directories are remembered, so that reading every page of a large tree
/// costs one `lstat` per file beyond the first file of each directory.
#[derive(Debug)]
pub(crate) struct Confinement {
    root: PathBuf,
    /// The root as the caller spelled it, so paths built from it are recognised too.
    given: PathBuf,
    dirs: Mutex<HashMap<PathBuf, Result<PathBuf, Refusal>>>,
}

impl Confinement {
    /// `root` is resolved once, so that a repository reached through a link (`/tmp` on
    /// macOS) is still its own inside.
    pub(crate) fn new(root: &Path) -> Confinement {
        Confinement {
            root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            given: root.to_path_buf(),
            dirs: Mutex::new(HashMap::new()),
        }
    }

    /// The repository root, resolved.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// Where `path` (relative to the root, or absolute inside it) really is: every link
    /// on the way followed, each required to stay inside the root. Components that do
    /// not exist yet are kept as they are, so a file about to be created resolves too.
    pub(crate) fn resolve(&self, path: &Path) -> Result<PathBuf, Refusal> {
        let rel = self.relative(path);
        let (dir, name) = match (rel.parent(), rel.file_name()) {
            (Some(dir), Some(name)) => (dir.to_path_buf(), name.to_os_string()),
            _ => return self.walk(&rel),
        };
        let dir = self.resolve_dir(&dir)?;
        let full = dir.join(&name);
        match std::fs::symlink_metadata(&full) {
            Ok(meta) if meta.file_type().is_symlink() => self.follow(&full),
            _ => Ok(full),
        }
    }

    /// Where the entry `path` itself is: its directories resolved as [`Self::resolve`]
    /// does, its last component not followed (moving a link moves the link).
    pub(crate) fn locate(&self, path: &Path) -> Result<PathBuf, Refusal> {
        let rel = self.relative(path);
        match (rel.parent(), rel.file_name()) {
            (Some(dir), Some(name)) => Ok(self.resolve_dir(dir)?.join(name)),
            _ => self.walk(&rel),
        }
    }

    /// Reads the regular file at `path`, at most [`MAX_READ`] bytes.
    pub(crate) fn read(&self, path: &Path) -> Result<Vec<u8>, Refusal> {
        read_regular(&self.resolve(path)?, &self.shown(path))
    }

    /// Checks that a file may be written at `path`: every existing directory on the way
    /// is inside the root, and so is the file if it is a link. Returns where to write.
    pub(crate) fn writable(&self, path: &Path) -> Result<PathBuf, Refusal> {
        let full = self.resolve(path)?;
        match std::fs::metadata(&full) {
            Ok(meta) if !meta.is_file() => Err(Refusal::NotAFile {
                path: self.shown(path),
                kind: kind_of(&meta),
            }),
            _ => Ok(full),
        }
    }

    /// `path` as shown to people: relative to the root when inside it.
    pub(crate) fn shown(&self, path: &Path) -> String {
        self.relative(path).display().to_string()
    }

    fn relative(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.strip_prefix(&self.root)
                .or_else(|_| path.strip_prefix(&self.given))
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| path.to_path_buf())
        } else {
            path.to_path_buf()
        }
    }

    fn resolve_dir(&self, rel: &Path) -> Result<PathBuf, Refusal> {
        if let Some(known) = self.dirs.lock().expect("not poisoned").get(rel) {
            return known.clone();
        }
        let resolved = self.walk(rel);
        self.dirs
            .lock()
            .expect("not poisoned")
            .insert(rel.to_path_buf(), resolved.clone());
        resolved
    }

    /// Resolves `rel` component by component from the root.
    fn walk(&self, rel: &Path) -> Result<PathBuf, Refusal> {
        if rel.is_absolute() {
            // An absolute path that is not under the root: only possible through a
            // caller's mistake, refused all the same.
            return Err(Refusal::Outside {
                link: rel.display().to_string(),
                target: rel.display().to_string(),
            });
        }
        let mut current = self.root.clone();
        let mut parts = rel.components();
        while let Some(part) = parts.next() {
            match part {
                Component::CurDir => {}
                Component::ParentDir => {
                    if current == self.root {
                        return Err(Refusal::Outside {
                            link: rel.display().to_string(),
                            target: self.root.join(rel).display().to_string(),
                        });
                    }
                    current.pop();
                }
                Component::Normal(name) => {
                    let next = current.join(name);
                    match std::fs::symlink_metadata(&next) {
                        Ok(meta) if meta.file_type().is_symlink() => {
                            current = self.follow(&next)?;
                        }
                        Ok(_) => current = next,
                        Err(_) => {
                            // Not there (yet): the rest is created, not followed.
                            let mut rest = next;
                            rest.extend(parts);
                            return Ok(rest);
                        }
                    }
                }
                Component::RootDir | Component::Prefix(_) => {}
            }
        }
        Ok(current)
    }

    /// Follows the link at `link` (absolute) to its final target, which must exist and be
    /// inside the root. The system resolves the chain, and says when it is a loop (more
    /// than 40 links, the kernel's `MAXSYMLINKS`).
    fn follow(&self, link: &Path) -> Result<PathBuf, Refusal> {
        let shown = self.shown(link);
        let target = std::fs::read_link(link).map_err(|e| Refusal::io(shown.clone(), &e))?;
        match link.canonicalize() {
            Ok(resolved) if resolved.starts_with(&self.root) => Ok(resolved),
            Ok(resolved) => Err(Refusal::Outside {
                link: shown,
                target: resolved.display().to_string(),
            }),
            Err(e) if e.raw_os_error() == Some(ELOOP) => Err(Refusal::Loop { link: shown }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let target = link.parent().unwrap_or(&self.root).join(&target);
                // A dangling link that points outside is still a link outside.
                if !lexically_inside(&target, &self.root) {
                    return Err(Refusal::Outside {
                        link: shown,
                        target: target.display().to_string(),
                    });
                }
                Err(Refusal::Dangling {
                    link: shown,
                    target: target.display().to_string(),
                })
            }
            Err(e) => Err(Refusal::io(shown, &e)),
        }
    }
}

/// Reads the regular file at `full` (a path the caller chose, such as `--config`), at
/// most [`MAX_READ`] bytes; `shown` names it in messages.
pub(crate) fn read_regular(full: &Path, shown: &str) -> Result<Vec<u8>, Refusal> {
    let io = |e: std::io::Error| Refusal::io(shown.to_string(), &e);
    let meta = std::fs::metadata(full).map_err(io)?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile {
            path: shown.to_string(),
            kind: kind_of(&meta),
        });
    }
    if meta.len() > MAX_READ {
        return Err(Refusal::TooLarge {
            path: shown.to_string(),
            size: meta.len(),
        });
    }
    let file = std::fs::File::open(full).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow while it is read; the bound holds anyway.
    file.take(MAX_READ + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_READ {
        return Err(Refusal::TooLarge {
            path: shown.to_string(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
const ELOOP: i32 = 40;
#[cfg(not(unix))]
const ELOOP: i32 = -1;

/// Whether `path` stays under `root` once `.` and `..` are taken literally.
fn lexically_inside(path: &Path, root: &Path) -> bool {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out.starts_with(root)
}

/// What a non-regular file is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
    }
    if meta.is_dir() { "directory" } else { "other" }
}

/// An I/O error in plain words, without the `(os error N)` suffix Rust adds.
pub(crate) fn plain_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// A failed write of `target`: the cause in plain words (a full disk, a quota, a
/// read-only file system…) and `hint(kind)`, what to do about that kind of failure.
pub(crate) fn write_failed(
    target: &Path,
    err: &anyhow::Error,
    hint: impl FnOnce(&str) -> String,
) -> anyhow::Error {
    let io = err
        .chain()
        .find_map(|cause| cause.downcast_ref::<std::io::Error>());
    let kind = match io.map(std::io::Error::kind) {
        Some(std::io::ErrorKind::StorageFull) => "full",
        Some(std::io::ErrorKind::QuotaExceeded) => "quota",
        Some(std::io::ErrorKind::FileTooLarge) => "too-large",
        Some(std::io::ErrorKind::PermissionDenied) => "denied",
        Some(std::io::ErrorKind::ReadOnlyFilesystem) => "read-only",
        _ => "other",
    };
    let cause = io.map_or_else(|| format!("{err:#}"), plain_io);
    let path = target.display().to_string();
    crate::model::Hinted::new(
        tr!("fs-write-failed", path = path, kind = kind, cause = cause),
        hint(kind),
    )
    .into()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn setup() -> (tempfile::TempDir, tempfile::TempDir, Confinement) {
        let repo = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(repo.path().join("content/en")).unwrap();
        std::fs::write(repo.path().join("content/en/a.md"), "# A\n").unwrap();
        std::fs::write(outside.path().join("secret.md"), "secret\n").unwrap();
        let confined = Confinement::new(repo.path());
        (repo, outside, confined)
    }

    #[test]
    fn a_plain_file_and_an_inside_link_are_read() {
        let (repo, _outside, confined) = setup();
        assert_eq!(
            confined.read(Path::new("content/en/a.md")).unwrap(),
            b"# A\n"
        );
        symlink("en", repo.path().join("content/es")).unwrap();
        assert_eq!(
            confined.read(Path::new("content/es/a.md")).unwrap(),
            b"# A\n"
        );
        symlink("../en/a.md", repo.path().join("content/en/b.md")).unwrap();
        assert_eq!(
            confined.read(Path::new("content/en/b.md")).unwrap(),
            b"# A\n"
        );
    }

    #[test]
    fn a_directory_link_out_of_the_repository_is_refused_for_reads_and_writes() {
        let (repo, outside, confined) = setup();
        symlink(outside.path(), repo.path().join("content/fr")).unwrap();
        let err = confined
            .read(Path::new("content/fr/secret.md"))
            .unwrap_err();
        assert!(
            matches!(&err, Refusal::Outside { link, .. } if link == "content/fr"),
            "{err:?}"
        );
        let err = confined
            .writable(Path::new("content/fr/new/page.md"))
            .unwrap_err();
        assert!(matches!(err, Refusal::Outside { .. }), "{err:?}");
        assert!(err.to_string().contains("content/fr"), "{err}");
    }

    #[test]
    fn a_link_to_a_device_or_a_directory_is_not_read() {
        let (repo, _outside, confined) = setup();
        // /dev/zero is outside the repository: refused before anything is read.
        symlink("/dev/zero", repo.path().join("content/en/zero.md")).unwrap();
        let err = confined.read(Path::new("content/en/zero.md")).unwrap_err();
        assert!(matches!(err, Refusal::Outside { .. }), "{err:?}");
        let err = confined.read(Path::new("content/en")).unwrap_err();
        assert!(
            matches!(
                err,
                Refusal::NotAFile {
                    kind: "directory",
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn loops_and_dangling_links_are_named() {
        let (repo, _outside, confined) = setup();
        symlink("b.md", repo.path().join("content/en/c.md")).unwrap();
        symlink("c.md", repo.path().join("content/en/b.md")).unwrap();
        let err = confined.read(Path::new("content/en/c.md")).unwrap_err();
        assert!(matches!(err, Refusal::Loop { .. }), "{err:?}");
        symlink("gone.md", repo.path().join("content/en/d.md")).unwrap();
        let err = confined.read(Path::new("content/en/d.md")).unwrap_err();
        assert!(matches!(err, Refusal::Dangling { .. }), "{err:?}");
        symlink(
            "../../../../../../etc/passwd-gone",
            repo.path().join("content/en/e.md"),
        )
        .unwrap();
        let err = confined.read(Path::new("content/en/e.md")).unwrap_err();
        assert!(matches!(err, Refusal::Outside { .. }), "{err:?}");
    }

    #[test]
    fn parent_components_may_not_climb_out() {
        let (_repo, _outside, confined) = setup();
        let err = confined.read(Path::new("../x.md")).unwrap_err();
        assert!(matches!(err, Refusal::Outside { .. }), "{err:?}");
        assert_eq!(
            confined
                .read(Path::new("content/../content/en/a.md"))
                .unwrap(),
            b"# A\n"
        );
    }

    #[test]
    fn a_fifo_is_not_read() {
        let (repo, _outside, confined) = setup();
        let fifo = repo.path().join("content/en/pipe.md");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let err = confined.read(Path::new("content/en/pipe.md")).unwrap_err();
        assert!(
            matches!(err, Refusal::NotAFile { kind: "fifo", .. }),
            "{err:?}"
        );
    }
}
