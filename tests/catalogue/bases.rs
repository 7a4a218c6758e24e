//! Recorded bases that cannot be used: not a hash, unknown, a blob, ambiguous, not an
//! ancestor, beyond a shallow clone's history; revisions given on the command line.

use crate::harness::*;

/// `content/es/a.md` recording `value` as its base (line 4), committed; `b.md` fine.
fn based_on(value: &str) -> TestRepo {
    let (repo, _) = translated();
    repo.write(
        "content/es/a.md",
        &page(
            "A",
            &format!("source_commit: {value}\n"),
            "## Introducción\n\nTexto.",
        ),
    );
    repo.commit("Spanish base");
    repo
}

/// The status line of `content/es/a.md`, asserting exit 0, no leak, nothing written, and
/// `b.md` still analysed.
#[track_caller]
fn status_line(repo: &TestRepo) -> String {
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["status"]);
    expect(&run, 0, &["content/es/a.md:4"]);
    assert!(run.stdout.contains("b.md"), "{}", run.stdout);
    let check = run_check(repo);
    expect(&check, 1, &["content/es/a.md:4"]);
    tree.check();
    lines_naming(&run, "content/es/a.md")
}

fn run_check(repo: &TestRepo) -> Run {
    run(repo.path(), &["check"])
}

#[test]
fn a_base_that_is_not_a_hash_is_said_so_with_the_fix() {
    let repo = based_on("banana");
    let line = status_line(&repo);
    assert!(
        line.contains("banana") && line.contains("not a commit hash"),
        "{line}"
    );
}

#[test]
fn an_unknown_base_is_said_so_with_the_fix() {
    let repo = based_on("0123456789abcdef0123456789abcdef01234567");
    let line = status_line(&repo);
    assert!(line.contains("does not exist in this repository"), "{line}");
}

/// The id of a blob, not a commit: said in words, not `git_object_t`.
#[test]
fn a_base_that_is_a_blob_is_not_a_commit() {
    let (repo, _) = translated();
    let blob = repo
        .git(&["rev-parse", "HEAD:content/en/a.md"])
        .trim()
        .to_string();
    let repo = {
        repo.write(
            "content/es/a.md",
            &page("A", &format!("source_commit: {blob}\n"), "Texto."),
        );
        repo.commit("Spanish on a blob");
        repo
    };
    let line = status_line(&repo);
    assert!(line.contains("not a commit"), "{line}");
}

/// An abbreviation two objects share: said ambiguous, with the fix (a longer hash).
#[test]
fn an_ambiguous_base_asks_for_a_longer_hash() {
    let (repo, _) = translated();
    // Two blobs whose ids both start with 392bed72 (found once by search).
    for text in ["blob 52730\n", "blob 68771\n"] {
        let mut command = crate::common::git_command(repo.path());
        command.args(["hash-object", "-w", "--stdin"]);
        command.stdin(std::process::Stdio::piped());
        command.stdout(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("392bed72"));
    }
    repo.write(
        "content/es/a.md",
        &page("A", "source_commit: 392bed72\n", "Texto."),
    );
    repo.commit("Spanish on an ambiguous abbreviation");
    let line = status_line(&repo);
    assert!(
        line.contains("392bed72") && line.contains("ambiguous"),
        "{line}"
    );
    assert!(line.contains("full") || line.contains("longer"), "{line}");
}

#[test]
fn a_base_on_another_branch_is_not_an_ancestor() {
    let (repo, _) = translated();
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("content/en/a.md", &page("A", "", "## Intro\n\nSide."));
    let side = repo.commit("English on a side branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write(
        "content/es/a.md",
        &page("A", &format!("source_commit: {side}\n"), "Texto."),
    );
    repo.commit("Spanish from the side branch");
    let line = status_line(&repo);
    assert!(line.contains("not an ancestor"), "{line}");
}

/// A shallow clone: one clear error with the fix for CI, nothing written.
#[test]
fn a_shallow_clone_says_how_to_fetch_the_history() {
    let (repo, _) = translated();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    repo.commit("English edit");
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let out = crate::common::git_command(repo.path())
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(clone.path().join("c"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let dir = clone.path().join("c");
    let tree = Unchanged::with_git(&dir);
    let check = run(&dir, &["check"]);
    expect(&check, 2, &["shallow clone", "fetch-depth: 0"]);
    tree.check();
    // Marking needs only HEAD, which a shallow clone has: it records HEAD and touches
    // nothing else.
    let head = crate::common::git_command(&dir)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap();
    let head = String::from_utf8(head.stdout).unwrap().trim().to_string();
    let mark = run(&dir, &["mark", "--force", "content/es/a.md"]);
    expect(&mark, 0, &["content/es/a.md"]);
    let marked = std::fs::read_to_string(dir.join("content/es/a.md")).unwrap();
    assert!(
        marked.contains(&format!("source_commit: {head}")),
        "{marked}"
    );
}

/// `--rev` naming nothing, or a blob: plain words, no `revspec`, no libgit2 class.
#[test]
fn a_bad_rev_on_the_command_line_is_said_in_plain_words() {
    let (repo, _) = translated();
    let blob = repo
        .git(&["rev-parse", "HEAD:content/en/a.md"])
        .trim()
        .to_string();
    let tree = Unchanged::with_git(repo.path());
    for rev in ["no-such-branch", blob.as_str(), "HEAD~99"] {
        let status = run(repo.path(), &["status", "--rev", rev]);
        expect(&status, 2, &[rev]);
        let mark = run(repo.path(), &["mark", "--rev", rev, "content/es/a.md"]);
        expect(&mark, 2, &[rev]);
        let bundle = run(repo.path(), &["bundle", "--rev", rev]);
        expect(&bundle, 2, &[rev]);
    }
    tree.check();
}

/// An empty path argument: not a glob library's "invalid pattern".
#[test]
fn an_empty_path_argument_is_said_in_plain_words() {
    let (repo, _) = translated();
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status", ""]);
    no_leaks(&status);
    assert_eq!(status.code, 2, "{status:?}");
    tree.check();
}
