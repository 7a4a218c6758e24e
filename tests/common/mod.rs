//! `TestRepo`: a real git repository in a temporary directory, built with the git CLI
//! under a fixed identity and clock and with the user's git configuration shut out, plus
//! helpers to run the transync binary in it.

#![allow(dead_code)]

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// 2025-01-01T00:00:00Z; each commit is one day later than the previous one.
const EPOCH: i64 = 1_735_689_600;

pub struct TestRepo {
    dir: tempfile::TempDir,
    clock: Cell<i64>,
}

impl TestRepo {
    /// An empty repository on branch `main`.
    pub fn new() -> TestRepo {
        let repo = TestRepo {
            dir: tempfile::tempdir().expect("temp dir"),
            clock: Cell::new(0),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating directories), relative to the repository root.
    #[track_caller]
    pub fn write(&self, path: &str, contents: &str) -> &TestRepo {
        self.write_bytes(path, contents.as_bytes())
    }

    #[track_caller]
    pub fn write_bytes(&self, path: &str, contents: &[u8]) -> &TestRepo {
        let full = self.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, contents).unwrap();
        self
    }

    #[track_caller]
    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.path().join(path)).unwrap()
    }

    #[track_caller]
    pub fn remove(&self, path: &str) -> &TestRepo {
        std::fs::remove_file(self.path().join(path)).unwrap();
        self
    }

    /// `git mv`, so the rename is staged as such.
    #[track_caller]
    pub fn rename(&self, from: &str, to: &str) -> &TestRepo {
        let full = self.path().join(to);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        self.git(&["mv", from, to]);
        self
    }

    /// Stages everything and commits; returns the full hash.
    #[track_caller]
    pub fn commit(&self, message: &str) -> String {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.head()
    }

    #[track_caller]
    pub fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }

    /// Runs git with an isolated configuration and a deterministic clock.
    #[track_caller]
    pub fn git(&self, args: &[&str]) -> String {
        let tick = self.clock.get() + 1;
        self.clock.set(tick);
        let date = format!("@{} +0000", EPOCH + tick * 86_400);
        let output = git_command(self.path())
            .args(args)
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// Runs transync in the repository root.
    pub fn transync(&self, args: &[&str]) -> Run {
        self.transync_in(self.path(), args)
    }

    pub fn transync_in(&self, dir: &Path, args: &[&str]) -> Run {
        let output = transync_command(dir)
            .args(args)
            .output()
            .expect("transync runs");
        Run::from(output)
    }

    /// `status --format json`, parsed; panics unless it exits 0.
    #[track_caller]
    pub fn status_json(&self, extra: &[&str]) -> serde_json::Value {
        let mut args = vec!["status", "--format", "json"];
        args.extend_from_slice(extra);
        let run = self.transync(&args);
        assert_eq!(run.code, 0, "status failed:\n{}", run.stderr);
        serde_json::from_str(&run.stdout).expect("valid JSON")
    }
}

/// A `git` command that ignores the user's and the system's configuration.
pub fn git_command(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Ada Author")
        .env("GIT_AUTHOR_EMAIL", "ada@example.org")
        .env("GIT_COMMITTER_NAME", "Ada Author")
        .env("GIT_COMMITTER_EMAIL", "ada@example.org")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    command
}

/// The transync binary with a neutral environment.
pub fn transync_command(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_transync"));
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("CLICOLOR_FORCE")
        // Messages in English whatever the machine's locale; tests of other UI
        // languages set these explicitly.
        .env_remove("TRANSYNC_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("GIT_DIR");
    command
}

/// The outcome of running the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// The document entry with `id` in a status JSON.
#[track_caller]
pub fn document<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id} in {json:#}"))
}

/// The translation entry for (document id, language) in a status JSON.
#[track_caller]
pub fn translation<'a>(json: &'a serde_json::Value, id: &str, lang: &str) -> &'a serde_json::Value {
    let doc = document(json, id);
    doc["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["language"] == lang)
        .unwrap_or_else(|| panic!("no {lang} translation of {id} in {doc:#}"))
}

/// A Markdown page with YAML front matter.
pub fn page(title: &str, extra_front_matter: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: 2025-01-01\n{extra_front_matter}---\n\n{body}\n")
}

pub fn repo_path(repo: &TestRepo) -> PathBuf {
    repo.path().to_path_buf()
}

/// Runs transync in `dir` with writes limited to `max_bytes` per file (RLIMIT_FSIZE), so
/// that writing any larger file fails with EFBIG. Unlike a read-only directory, the limit
/// also holds for root, so tests of failed writes run everywhere, CI containers included.
#[allow(dead_code)]
pub fn transync_with_write_limit(dir: &Path, args: &[&str], max_bytes: u64) -> Run {
    use std::os::unix::process::CommandExt;
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
            // Without this the kernel kills the process (SIGXFSZ) instead of failing the write.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    Run::from(command.output().expect("transync runs"))
}
