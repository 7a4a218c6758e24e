//! `cargo bench --bench status`: builds a synthetic repository of N documents in English
//! and three translations (N = 10,000 by default, `TRANSYNC_BENCH_DOCS` to change), with
//! a history in which some English pages changed after translation, then times the
//! release binary's `status` on it and reports wall time and peak memory.
//!
//! `TRANSYNC_BENCH_DIR=/tmp/bench` builds the repository there and keeps it for profiling.
//!
//! Not a micro-benchmark: it measures what a user waits for, process start included.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "Bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
        .stdout(Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?} failed");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn english(i: usize, revision: usize) -> String {
    let mut body = format!(
        "---\ntitle: \"Document {i}\"\ndate: 2025-01-01\ntags: [bench]\nsummary: \"Synthetic page\"\n---\n\n"
    );
    for section in 0..8 {
        body.push_str(&format!(
            "## Section {section}\n\nCities learn from cities; paragraph {section} of page {i}, revision {}.\n\n- item one\n- item two\n\n",
            if section == 3 { revision } else { 0 }
        ));
    }
    body
}

fn main() {
    let docs: usize = std::env::var("TRANSYNC_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    // TRANSYNC_BENCH_DIR keeps the repository (for profiling); otherwise a temp dir.
    let temp = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("TRANSYNC_BENCH_DIR").map(std::path::PathBuf::from);
    if let Some(dir) = &kept {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
    }
    let root = kept.as_deref().unwrap_or(temp.path());
    eprintln!(
        "building a repository with {docs} documents × 4 languages in {}",
        root.display()
    );
    git(root, &["init", "-q", "-b", "main"]);
    let path =
        |lang: &str, i: usize| root.join(format!("content/{lang}/section-{}/doc-{i}.md", i % 100));
    for i in 0..docs {
        write(&path("en", i), &english(i, 0));
    }
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "English"]);
    let base = String::from_utf8(
        Command::new("git")
            .current_dir(root)
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let base = base.trim();
    for lang in ["es", "fr", "pt"] {
        for i in 0..docs {
            // Half record their base, half leave it to be inferred from history.
            let key = if i % 2 == 0 {
                format!("source_commit: {base}\n")
            } else {
                String::new()
            };
            let text = english(i, 0)
                .replacen("---\n\n", &format!("{key}---\n\n"), 1)
                .replace("Cities", "Ciudades");
            write(&path(lang, i), &text);
        }
    }
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "translations"]);
    // Ten English commits, each changing 1% of the pages: 10% end up stale.
    for round in 1..=10 {
        for i in (round..docs).step_by(100) {
            write(&path("en", i), &english(i, round));
        }
        git(
            root,
            &[
                "commit",
                "-q",
                "-a",
                "-m",
                &format!("English edits {round}"),
            ],
        );
    }

    let binary = env!("CARGO_BIN_EXE_transync");
    let mut times = Vec::new();
    let mut peak = 0;
    for run in 0..6 {
        let start = Instant::now();
        let (tail, peak_kib) = run_measured(binary, root, &["status", "--format", "json"]);
        let elapsed = start.elapsed();
        if run == 0 {
            eprintln!("{}", tail.trim());
            continue; // warm-up: file system cache
        }
        times.push(elapsed);
        peak = peak.max(peak_kib);
    }
    times.sort();
    let median = times[times.len() / 2];
    let best = times[0];
    println!(
        "status on {docs} documents × 4 languages ({} files): median {:.0} ms, best {:.0} ms, peak RSS {} MiB, {} threads",
        docs * 4,
        ms(median),
        ms(best),
        peak / 1024,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `binary args` in `dir`, returning the end of its stdout (the JSON summary) and its
/// peak resident set size (KiB), read with wait4. The output is streamed, not kept: a child
/// forked from a process holding much memory would inherit that as its high-water mark.
#[cfg(unix)]
#[allow(clippy::zombie_processes)] // reaped by wait4, which also gives its rusage
fn run_measured(binary: &str, dir: &Path, args: &[&str]) -> (String, i64) {
    use std::io::Read;
    let mut child = Command::new(binary)
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("transync runs");
    let mut stdout = child.stdout.take().expect("piped");
    let mut tail = Vec::new();
    let mut buffer = vec![0; 1 << 16];
    loop {
        let n = stdout.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        tail.extend_from_slice(&buffer[..n]);
        if tail.len() > 4096 {
            tail.drain(..tail.len() - 4096);
        }
    }
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 writes the status and the usage of the child we spawned.
    let usage = unsafe {
        let pid = libc::wait4(
            child.id() as libc::pid_t,
            &mut status,
            0,
            usage.as_mut_ptr(),
        );
        assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
        usage.assume_init()
    };
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "transync failed"
    );
    let tail = String::from_utf8_lossy(&tail);
    let summary = tail
        .find("\"summary\"")
        .map_or(&*tail, |at| &tail[at..])
        .to_string();
    (summary, usage.ru_maxrss)
}

#[cfg(not(unix))]
fn run_measured(binary: &str, dir: &Path, args: &[&str]) -> (String, i64) {
    let output = Command::new(binary)
        .current_dir(dir)
        .args(args)
        .output()
        .expect("transync runs");
    assert!(output.status.success());
    (String::new(), 0)
}
