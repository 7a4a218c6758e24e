//! Repositories in every state: no commits, none at all, bare, detached, linked worktree,
//! submodule, owned by someone else, a locked index; configurations that are wrong.

use crate::common::git_command;
use crate::harness::*;

#[test]
fn status_without_commits_says_to_commit_first() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Text."));
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["status"]);
    expect(&run, 2, &["no commits"]);
    tree.check();
}

/// `bundle` on a repository without commits: not `revspec 'HEAD' not found`.
#[test]
fn bundle_without_commits_says_to_commit_first() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Text."));
    repo.write("content/es/a.md", &page("A", "", "Texto."));
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["bundle"]);
    expect(&run, 2, &["no commits", "commit"]);
    refute(&run, &["not found"]);
    tree.check();
}

#[test]
fn outside_any_repository_says_where_and_how() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content/en")).unwrap();
    std::fs::write(dir.path().join("content/en/a.md"), "Text.\n").unwrap();
    let tree = Unchanged::of(dir.path());
    for args in [
        &["status"][..],
        &["mark", "content/en/a.md"],
        &["bundle"],
        &["init"],
    ] {
        let run = run(dir.path(), args);
        expect(&run, 2, &["not inside a git repository", "git init"]);
    }
    tree.check();
}

#[test]
fn a_bare_repository_has_no_work_tree_to_read() {
    let (repo, _) = translated();
    let bare = tempfile::tempdir().unwrap();
    let out = git_command(repo.path())
        .args(["clone", "-q", "--bare", "."])
        .arg(bare.path().join("b.git"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let dir = bare.path().join("b.git");
    let tree = Unchanged::of(&dir);
    let run = run(&dir, &["status"]);
    expect(&run, 2, &["bare"]);
    assert!(
        run.stderr.contains("clone") || run.stderr.contains("worktree"),
        "{}",
        run.stderr
    );
    tree.check();
}

/// Detached HEAD is a commit like any other: status and mark work.
#[test]
fn a_detached_head_works() {
    let (repo, _) = translated();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    let head = repo.commit("English edit");
    repo.git(&["checkout", "-q", "--detach", "HEAD"]);
    let run_ = run(repo.path(), &["status"]);
    expect(&run_, 0, &["a.md", "stale"]);
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 0, &["content/es/a.md"]);
    assert!(repo.read("content/es/a.md").contains(&head));
    let bundle = run(repo.path(), &["bundle", "--out", "../dist-detached"]);
    no_leaks(&bundle);
}

/// A linked worktree reads and writes its own files, not the main checkout's.
#[test]
fn a_linked_worktree_works_on_its_own_files() {
    let (repo, _) = translated();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    repo.commit("English edit");
    let linked = tempfile::tempdir().unwrap();
    let wt = linked.path().join("wt");
    repo.git(&["worktree", "add", "-q", wt.to_str().unwrap(), "-b", "other"]);
    let main_tree = Unchanged::of(repo.path());
    let run_ = run(&wt, &["status"]);
    expect(&run_, 0, &["a.md", "stale"]);
    let mark = run(&wt, &["mark", "content/es/a.md"]);
    expect(&mark, 0, &["content/es/a.md"]);
    assert!(
        std::fs::read_to_string(wt.join("content/es/a.md"))
            .unwrap()
            .contains(&repo.head())
    );
    main_tree.check();
}

/// A submodule inside the content root is not a page and breaks nothing.
#[test]
fn a_submodule_in_the_content_root_is_passed_over() {
    let (repo, _) = translated();
    let sub = TestRepo::new();
    sub.write("x.md", "Sub.\n");
    sub.commit("sub");
    let out = git_command(repo.path())
        .args(["-c", "protocol.file.allow=always", "submodule", "add", "-q"])
        .arg(sub.path())
        .arg("content/en/vendor")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    repo.commit("submodule");
    let tree = Unchanged::with_git(repo.path());
    let run_ = run(repo.path(), &["status"]);
    expect(&run_, 0, &["a.md", "b.md"]);
    refute(&run_, &["vendor/x.md"]);
    let check = run(repo.path(), &["check"]);
    expect(&check, 0, &[]);
    tree.check();
}

/// Owned by another user, git refuses the repository: transync says so and names
/// `safe.directory`, instead of "not inside a git repository" with a `git init` hint.
#[test]
fn a_repository_owned_by_another_user_explains_safe_directory() {
    assert!(
        is_root(),
        "cannot create the condition: a repository owned by another user needs root to chown"
    );
    assert_binary_reachable_by_others();
    let (repo, _) = translated();
    chmod(repo.path(), 0o755);
    let home = tempfile::tempdir().unwrap();
    // Owned by root, run as nobody: `as_non_root` would chown it, so set up the command by
    // hand and give the home only.
    chown_tree(home.path(), NOBODY);
    let tree = Unchanged::with_git(repo.path());
    let mut command = transync_command(repo.path());
    command.arg("status").env("HOME", home.path());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        use std::os::unix::process::CommandExt;
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
    let run = run_command(command);
    expect(&run, 2, &["safe.directory", "belongs to another user"]);
    refute(&run, &["not inside a git repository", "git init"]);
    tree.check();
}

/// `.git/index.lock` present: `sync` moves nothing (no half-done move) and says why.
#[test]
fn sync_with_a_locked_index_moves_nothing() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", "English\n");
    repo.write("content/es/old.md", "Español\n");
    repo.commit("content");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.commit("English rename");
    std::fs::write(repo.path().join(".git/index.lock"), "").unwrap();
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["sync"]);
    expect(
        &run,
        2,
        &["index is locked", "no translation was moved", "index.lock"],
    );
    tree.check();
}

#[test]
fn an_unknown_configuration_key_is_named_with_its_file() {
    let (repo, _) = translated();
    repo.write(
        "transync.toml",
        "content-root = \"content\"\ncontent-dir = \"docs\"\n",
    );
    let tree = Unchanged::with_git(repo.path());
    for args in [&["status"][..], &["mark", "content/es/a.md"], &["bundle"]] {
        let run = run(repo.path(), args);
        expect(&run, 2, &["transync.toml", "content-dir"]);
    }
    tree.check();
}

#[test]
fn a_bad_language_tag_is_named_with_its_file() {
    let (repo, _) = translated();
    repo.write("transync.toml", "languages = [\"es\", \"e$s!\"]\n");
    let tree = Unchanged::with_git(repo.path());
    let run_ = run(repo.path(), &["status"]);
    expect(&run_, 2, &["transync.toml", "e$s!"]);
    tree.check();
    std::fs::remove_file(repo.path().join("transync.toml")).unwrap();
    let tree = Unchanged::with_git(repo.path());
    for args in [
        &["status", "--lang", "x_y!"][..],
        &["scaffold", "--lang", "x_y!"],
    ] {
        let run = run(repo.path(), args);
        expect(&run, 2, &["x_y!"]);
    }
    tree.check();
}

/// A configuration file that is a link out of the repository is not read.
#[test]
fn a_configuration_linked_outside_is_refused() {
    let (repo, _) = translated();
    let away = tempfile::tempdir().unwrap();
    std::fs::write(away.path().join("t.toml"), "content-root = \"content\"\n").unwrap();
    symlink(
        away.path().join("t.toml"),
        repo.path().join("transync.toml"),
    );
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["status"]);
    expect(&run, 2, &["transync.toml", "outside the repository"]);
    tree.check();
}
