//! Links out of the repository and in loops, devices, FIFOs and unreadable files: one path
//! policy for every command, and a per-file error that leaves the rest of the run going.

use crate::harness::*;

/// `content/fr -> /elsewhere`, committed: `scaffold --lang fr` must not create pages there.
#[test]
fn scaffold_into_a_language_folder_linked_outside_is_refused() {
    let (repo, _) = translated();
    let away = tempfile::tempdir().unwrap();
    symlink(away.path(), repo.path().join("content/fr"));
    repo.commit("French folder is a link");
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["scaffold", "--lang", "fr"]);
    expect(&run, 2, &["content/fr", "outside the repository"]);
    refute(&run, &["created content/fr"]);
    tree.check();
    assert_eq!(std::fs::read_dir(away.path()).unwrap().count(), 0);
}

/// A translation folder linked outside: `sync` following an English rename must not move
/// the translation there.
#[test]
fn sync_through_a_language_folder_linked_outside_is_refused() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", "English\n");
    let away = tempfile::tempdir().unwrap();
    std::fs::write(away.path().join("old.md"), "Español\n").unwrap();
    symlink(away.path(), repo.path().join("content/es"));
    repo.commit("content, Spanish linked");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.commit("English rename");
    let tree = Unchanged::with_git(repo.path());
    let outside = Unchanged::of(away.path());
    // Nothing behind the link is read, so there is nothing to move: said, not silent.
    let run = run(repo.path(), &["sync"]);
    expect(
        &run,
        0,
        &["content/es", "outside the repository", "pages not read"],
    );
    tree.check();
    outside.check();
}

/// A translation that is a link to `/dev/zero`: reported as that file, quickly, by status,
/// check and diff; the other translations are still reported.
#[test]
fn a_translation_linked_to_dev_zero_is_a_per_file_error() {
    let (repo, _) = translated();
    repo.remove("content/es/a.md");
    symlink("/dev/zero", repo.path().join("content/es/a.md"));
    repo.commit("a link to /dev/zero");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "/dev/zero"]);
    assert!(
        lines_naming(&status, "content/es/a.md").contains("outside the repository"),
        "{}",
        status.stdout
    );
    assert!(status.stdout.contains("b.md"), "{}", status.stdout);
    let check = run(repo.path(), &["check"]);
    expect(&check, 1, &["content/es/a.md", "outside the repository"]);
    // A per-file error is data to `diff`, as to `status`: shown, exit 0.
    let diff = run(repo.path(), &["diff", "content/es/a.md"]);
    expect(
        &diff,
        0,
        &["content/es/a.md", "— error", "outside the repository"],
    );
    tree.check();
}

/// A device reached through a link inside the repository is not a regular file.
#[test]
fn a_translation_linked_to_a_device_inside_is_not_a_file() {
    let (repo, _) = translated();
    repo.remove("content/es/a.md");
    symlink("../../zero", repo.path().join("content/es/a.md"));
    // A FIFO stands in for a device inside the work tree (mknod of a device needs root
    // and a file system that allows it).
    fifo(&repo.path().join("zero"));
    let tree = Unchanged::of(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "FIFO"]);
    assert!(status.stdout.contains("b.md"), "{}", status.stdout);
    tree.check();
}

/// A translation that links to a file outside the repository is not read.
#[test]
fn a_translation_linked_outside_is_reported_not_read() {
    let (repo, _) = translated();
    let away = outside();
    repo.remove("content/es/a.md");
    symlink(
        away.path().join("secret.md"),
        repo.path().join("content/es/a.md"),
    );
    let tree = Unchanged::of(repo.path());
    let outside = Unchanged::of(away.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "outside the repository"]);
    // Named, never read: its content appears nowhere.
    refute(&status, &[SECRET]);
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "outside the repository"]);
    tree.check();
    outside.check();
}

/// Two links pointing at each other: `mark` says loop, not "no such file"; status reports
/// it per file.
#[test]
fn a_link_loop_is_named_as_such() {
    let (repo, _) = translated();
    repo.remove("content/es/a.md");
    symlink("c.md", repo.path().join("content/es/a.md"));
    symlink("a.md", repo.path().join("content/es/c.md"));
    let tree = Unchanged::with_git(repo.path());
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "loop"]);
    refute(&mark, &["no such file", "No such file"]);
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "loop"]);
    assert!(status.stdout.contains("b.md"), "{}", status.stdout);
    tree.check();
}

/// A FIFO given to `mark` (or found by `status`) is named as a FIFO; nothing waits on it.
#[test]
fn a_fifo_is_named_as_such_and_never_opened() {
    let (repo, _) = translated();
    repo.remove("content/es/a.md");
    fifo(&repo.path().join("content/es/a.md"));
    let tree = Unchanged::with_git(repo.path());
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "FIFO"]);
    refute(&mark, &["no such file", "No such file"]);
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "FIFO"]);
    tree.check();
}

/// A dangling link is not "no such file" of the link but names its target.
#[test]
fn a_dangling_link_names_its_target() {
    let (repo, _) = translated();
    repo.remove("content/es/a.md");
    symlink("gone.md", repo.path().join("content/es/a.md"));
    let tree = Unchanged::with_git(repo.path());
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "gone.md", "does not exist"]);
    tree.check();
}

/// The repository with `content/es/a.md` unreadable (mode 000) for the user transync runs
/// as, and a home for that user.
fn unreadable_translation() -> (TestRepo, tempfile::TempDir) {
    assert_binary_reachable_by_others();
    let (repo, _) = translated();
    // An English change for `mark` to record, made while git still runs as the owner.
    repo.write(
        "content/en/b.md",
        &page("B", "", "## Other\n\nPeers meet again."),
    );
    repo.commit("English b");
    let home = tempfile::tempdir().unwrap();
    chmod(&repo.path().join("content/es/a.md"), 0o000);
    // tempfile makes 0700 directories; the other user must enter the repository.
    chmod(repo.path(), 0o755);
    assert_condition(
        repo.path(),
        home.path(),
        "test ! -r content/es/a.md && test -r content/es/b.md",
        "content/es/a.md unreadable, content/es/b.md readable",
    );
    (repo, home)
}

fn run_as_non_root(repo: &TestRepo, home: &Path, args: &[&str]) -> Run {
    let mut command = transync_command(repo.path());
    command.args(args);
    run_command(as_non_root(command, repo.path(), home))
}

use std::path::Path;

/// Mode 000: status and check report that file with the fix and still report the others.
#[test]
fn an_unreadable_translation_is_reported_and_the_others_still_are() {
    let (repo, home) = unreadable_translation();
    let tree = Unchanged::with_git(repo.path());
    let status = run_as_non_root(&repo, home.path(), &["status"]);
    expect(
        &status,
        0,
        &["content/es/a.md", "permission denied", "chmod"],
    );
    assert!(status.stdout.contains("b.md"), "{}", status.stdout);
    refute(&status, &["cannot read the working tree status"]);
    let check = run_as_non_root(&repo, home.path(), &["check"]);
    expect(&check, 1, &["content/es/a.md", "permission denied"]);
    tree.check();
}

/// Mode 000 on one translation does not stop `mark` of another.
#[test]
fn mark_of_another_file_works_beside_an_unreadable_one() {
    let (repo, home) = unreadable_translation();
    let before_b = std::fs::read(repo.path().join("content/es/b.md")).unwrap();
    // Read as root would be refused by git's ownership check: the repository now belongs
    // to the other user.
    let head = crate::common::git_command(repo.path())
        .args(["-c", "safe.directory=*", "rev-parse", "HEAD"])
        .output()
        .unwrap();
    let head = String::from_utf8(head.stdout).unwrap().trim().to_string();
    assert_eq!(head.len(), 40, "{head:?}");
    let mark = run_as_non_root(&repo, home.path(), &["mark", "content/es/b.md"]);
    expect(&mark, 0, &["content/es/b.md"]);
    let after_b = std::fs::read(repo.path().join("content/es/b.md")).unwrap();
    assert_ne!(before_b, after_b);
    assert!(String::from_utf8(after_b).unwrap().contains(&head));
    chmod(&repo.path().join("content/es/a.md"), 0o644);
    assert!(
        repo.read("content/es/a.md")
            .contains("Las ciudades aprenden.")
    );
}

/// `mark` replaces a read-only file only with `--force`, as an editor would.
#[test]
fn mark_of_a_read_only_file_is_refused_without_force() {
    let (repo, _) = translated();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    repo.commit("English edit");
    let file = repo.path().join("content/es/a.md");
    chmod(&file, 0o444);
    let tree = Unchanged::with_git(repo.path());
    let run_ = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&run_, 2, &["content/es/a.md", "read-only", "--force"]);
    tree.check();
    let forced = run(repo.path(), &["mark", "--force", "content/es/a.md"]);
    expect(&forced, 0, &["content/es/a.md"]);
    assert!(repo.read("content/es/a.md").contains(&repo.head()));
}
