//! What every catalogue case needs: a run with a time limit, a snapshot of the bytes of a
//! tree, the check that a message leaks no internals, and the hostile conditions that take
//! more than a line to build (another user, a full disk).

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub use crate::common::{Run, TestRepo, page, transync_command};

/// A hang guard, not a speed test: a run that reads `/dev/zero`, waits on a FIFO or has
/// gone quadratic is killed and the case fails.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Strings that only library internals or Rust debug output print.
const LEAKS: &[&str] = &[
    "Os {",
    "git_object_t",
    "class=",
    "Io(",
    "budget breached",
    "revspec",
    "ZipWriter",
    "Invalid pattern",
    "panicked",
    "RUST_BACKTRACE",
    "(os error",
    "Error {",
    "kind:",
];

/// Runs `command` to its end or kills it at [`TIME_LIMIT`] (then panics: the case hung).
#[track_caller]
pub fn run_command(mut command: Command) -> Run {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("transync starts");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("transync did not finish within {TIME_LIMIT:?}: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
    }
}

/// transync with `args` in `dir`, time-limited.
#[track_caller]
pub fn run(dir: &Path, args: &[&str]) -> Run {
    let mut command = transync_command(dir);
    command.args(args);
    run_command(command)
}

/// Asserts the exit code, that every needle is in stdout or stderr, and that no internals
/// leaked.
#[track_caller]
pub fn expect(run: &Run, code: i32, needles: &[&str]) {
    let all = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.code, code,
        "exit code\n--- stdout\n{}\n--- stderr\n{}",
        run.stdout, run.stderr
    );
    for needle in needles {
        assert!(
            all.contains(needle),
            "expected {needle:?} in the output\n--- stdout\n{}\n--- stderr\n{}",
            run.stdout,
            run.stderr
        );
    }
    no_leaks(run);
}

/// Asserts that none of `needles` is in stdout or stderr.
#[track_caller]
pub fn refute(run: &Run, needles: &[&str]) {
    let all = format!("{}{}", run.stdout, run.stderr);
    for needle in needles {
        assert!(
            !all.contains(needle),
            "unexpected {needle:?} in the output\n--- stdout\n{}\n--- stderr\n{}",
            run.stdout,
            run.stderr
        );
    }
}

#[track_caller]
pub fn no_leaks(run: &Run) {
    refute(run, LEAKS);
}

/// What stdout and stderr say about `path`: each line that names it, with the lines
/// indented deeper under it (a finding's message and hint), all joined.
#[track_caller]
pub fn lines_naming(run: &Run, path: &str) -> String {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut said = Vec::new();
    for text in [&run.stdout, &run.stderr] {
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            if lines[i].contains(path) {
                let depth = indent(lines[i]);
                said.push(lines[i]);
                while i + 1 < lines.len()
                    && !lines[i + 1].trim().is_empty()
                    && indent(lines[i + 1]) > depth
                {
                    i += 1;
                    said.push(lines[i]);
                }
            }
            i += 1;
        }
    }
    assert!(
        !said.is_empty(),
        "no line names {path}\n--- stdout\n{}\n--- stderr\n{}",
        run.stdout,
        run.stderr
    );
    said.join("\n")
}

/// One entry of a [`Tree`]: what `lstat` sees, bytes included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File { mode: u32, bytes: Vec<u8> },
    Dir { mode: u32 },
    Link(PathBuf),
    Other { mode: u32 },
}

/// Every path under a root with its bytes, mode and link target, links not followed;
/// `.git` is left out unless asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tree(pub BTreeMap<PathBuf, Entry>);

impl Tree {
    /// The work tree of `root` (without `.git`).
    pub fn of(root: &Path) -> Tree {
        Tree::walk(root, false)
    }

    /// Everything under `root`, `.git` included except transync's own history index.
    pub fn with_git(root: &Path) -> Tree {
        Tree::walk(root, true)
    }

    fn walk(root: &Path, git: bool) -> Tree {
        let mut map = BTreeMap::new();
        let mut todo = vec![root.to_path_buf()];
        while let Some(dir) = todo.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                let rel = path.strip_prefix(root).unwrap().to_path_buf();
                if (!git && rel == Path::new(".git")) || rel == Path::new(".git/transync") {
                    continue;
                }
                let meta = std::fs::symlink_metadata(&path).unwrap();
                let mode = meta.permissions().mode();
                let kind = meta.file_type();
                let value = if kind.is_symlink() {
                    Entry::Link(std::fs::read_link(&path).unwrap())
                } else if kind.is_dir() {
                    todo.push(path.clone());
                    Entry::Dir { mode }
                } else if kind.is_file() {
                    // A file root may not read (mode 000 when not root) is kept by size.
                    let bytes = std::fs::read(&path)
                        .unwrap_or_else(|_| format!("unreadable:{}", meta.size()).into_bytes());
                    Entry::File { mode, bytes }
                } else {
                    Entry::Other { mode }
                };
                map.insert(rel, value);
            }
        }
        Tree(map)
    }

    /// Panics with the paths that differ.
    #[track_caller]
    pub fn assert_same(&self, now: &Tree, what: &str) {
        if self == now {
            return;
        }
        let mut diffs = Vec::new();
        for (path, entry) in &self.0 {
            match now.0.get(path) {
                None => diffs.push(format!("removed {}", path.display())),
                Some(e) if e != entry => diffs.push(format!("changed {}", path.display())),
                _ => {}
            }
        }
        for path in now.0.keys() {
            if !self.0.contains_key(path) {
                diffs.push(format!("added {}", path.display()));
            }
        }
        panic!("{what} changed: {diffs:#?}");
    }
}

/// Snapshot of a directory, to compare after a run.
pub struct Unchanged {
    root: PathBuf,
    before: Tree,
}

impl Unchanged {
    pub fn of(root: &Path) -> Unchanged {
        Unchanged {
            root: root.to_path_buf(),
            before: Tree::of(root),
        }
    }

    /// Also `.git` (index, refs, config), so that "nothing staged" is checked too.
    pub fn with_git(root: &Path) -> Unchanged {
        Unchanged {
            root: root.to_path_buf(),
            before: Tree::with_git(root),
        }
    }

    #[track_caller]
    pub fn check(&self) {
        let git = self.before.0.contains_key(Path::new(".git/HEAD"));
        let now = if git {
            Tree::with_git(&self.root)
        } else {
            Tree::of(&self.root)
        };
        self.before
            .assert_same(&now, &self.root.display().to_string());
    }
}

/// The uid and gid of `nobody`, the other user cases run as.
pub const NOBODY: u32 = 65534;

pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// A command that runs as another user than the owner of `repo` would not be needed;
/// this one runs as a user for whom `file` modes apply: as root (who reads mode 000 files)
/// the repository is given to `nobody` and transync runs as `nobody`; otherwise as is.
pub fn as_non_root(mut command: Command, repo: &Path, home: &Path) -> Command {
    if is_root() {
        chown_tree(repo, NOBODY);
        chown_tree(home, NOBODY);
        command.env("HOME", home);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(NOBODY) != 0
                    || libc::setuid(NOBODY) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    command
}

/// Runs `sh -c script` as [`as_non_root`] would run transync, and asserts it succeeds: the
/// way a case proves it built its condition before testing the behaviour.
#[track_caller]
pub fn assert_condition(repo: &Path, home: &Path, script: &str, what: &str) {
    let mut command = Command::new("sh");
    command.arg("-c").arg(script).current_dir(repo);
    let command = as_non_root(command, repo, home);
    let run = run_command(command);
    assert_eq!(
        run.code, 0,
        "cannot create the condition ({what}): `{script}` failed: {}",
        run.stderr
    );
}

/// `chown -R uid:uid`, links not followed.
pub fn chown_tree(root: &Path, uid: u32) {
    let status = Command::new("chown")
        .args(["-R", "-h", &format!("{uid}:{uid}")])
        .arg(root)
        .status()
        .expect("chown runs");
    assert!(status.success(), "cannot chown {}", root.display());
}

/// The transync binary must be reachable by `nobody`: every directory above it executable
/// by others.
#[track_caller]
pub fn assert_binary_reachable_by_others() {
    let mut dir = Path::new(env!("CARGO_BIN_EXE_transync")).parent();
    while let Some(d) = dir {
        let mode = std::fs::metadata(d).unwrap().permissions().mode();
        assert!(
            mode & 0o001 != 0,
            "cannot create the condition: {} is not searchable by other users, so the binary \
             cannot be run as another user",
            d.display()
        );
        dir = d.parent();
    }
}

/// A tmpfs of `size` mounted on a fresh directory, unmounted when dropped.
pub struct Tmpfs {
    pub dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts it, or says why it cannot (not root, no CAP_SYS_ADMIN).
    pub fn mount(size: &str) -> Result<Tmpfs, String> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(Tmpfs { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// transync with files limited to `max_bytes` (RLIMIT_FSIZE, EFBIG beyond), time-limited.
pub fn run_with_write_limit(dir: &Path, args: &[&str], max_bytes: u64) -> Run {
    let mut command = transync_command(dir);
    command.args(args);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: max_bytes as libc::rlim_t,
                rlim_max: max_bytes as libc::rlim_t,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    run_command(command)
}

/// English `a.md` and `b.md` committed, their Spanish translations recorded at that commit:
/// a clean repository that hostile cases then damage.
pub fn translated() -> (TestRepo, String) {
    let repo = TestRepo::new();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn."),
    );
    repo.write("content/en/b.md", &page("B", "", "## Other\n\nPeers meet."));
    let base = repo.commit("English");
    let front = format!("source_commit: {base}\n");
    repo.write(
        "content/es/a.md",
        &page("A", &front, "## Introducción\n\nLas ciudades aprenden."),
    );
    repo.write(
        "content/es/b.md",
        &page("B", &front, "## Otro\n\nLos pares se encuentran."),
    );
    repo.commit("Spanish");
    (repo, base)
}

/// A directory outside any repository, with one file in it.
/// The text of `secret.md` in [`outside`]: it must never appear in any output.
pub const SECRET: &str = "the launch code is 0000";

/// A directory outside every test repository, holding `secret.md`.
pub fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let page = format!("---\ntitle: S\n---\n\n{SECRET}\n");
    std::fs::write(dir.path().join("secret.md"), page).unwrap();
    dir
}

pub fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// `mkfifo`.
pub fn fifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

pub fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
