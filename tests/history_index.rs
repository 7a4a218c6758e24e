//! The persistent history index and the remembered comparisons (`.git/transync/`): a run
//! with them reports exactly what a run without them (`--no-cache`) reports, whatever state the index is in (missing, of
//! another version, truncated, of a rewritten history, copied from another clone), and
//! a second run only adds the new commits to it.

mod common;

use std::path::{Path, PathBuf};

use common::{TestRepo, page};

/// A history with what the index must get right: recorded and inferred bases, a side
/// branch merged with a rename on it, a maintenance commit in every language, a deleted
/// English page.
fn history() -> TestRepo {
    let repo = TestRepo::new();
    for name in ["a", "b", "c", "d", "e", "f"] {
        repo.write(
            &format!("content/en/{name}.md"),
            &page(name, "", &format!("## {name}\n\nEnglish text of {name}.\n")),
        );
    }
    let c1 = repo.commit("English");
    for lang in ["es", "fr"] {
        for name in ["a", "b", "c", "d", "e", "f"] {
            let front = if name < "d" {
                format!("source_commit: {c1}\n")
            } else {
                String::new()
            };
            repo.write(
                &format!("content/{lang}/{name}.md"),
                &page(
                    name,
                    &front,
                    &format!("## {name}\n\nTexto de {name} ({lang}).\n"),
                ),
            );
        }
    }
    repo.commit("translations");
    edit(&repo, "en", "a", "A first change.");
    edit(&repo, "en", "d", "A change to an inferred one.");
    repo.commit("English edits");
    repo.git(&["checkout", "-q", "-b", "side"]);
    edit(&repo, "en", "c", "Changed on a side branch.");
    repo.commit("side: edit c");
    repo.rename("content/en/e.md", "content/en/e2.md");
    repo.rename("content/es/e.md", "content/es/e2.md");
    repo.commit("side: move e");
    repo.git(&["checkout", "-q", "main"]);
    edit(&repo, "en", "b", "Changed on main meanwhile.");
    repo.commit("main: edit b");
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge side", "side"]);
    for lang in ["en", "es", "fr"] {
        edit(&repo, lang, "f", "A link fixed everywhere.");
    }
    repo.commit("chore: fix a link in every language");
    let now = repo.head();
    repo.write(
        "content/fr/a.md",
        &page(
            "a",
            &format!("source_commit: {now}\n"),
            "## a\n\nTexte à jour.\n",
        ),
    );
    repo.commit("fr: update a");
    repo.remove("content/en/b.md");
    repo.commit("English: drop b");
    repo
}

fn edit(repo: &TestRepo, lang: &str, name: &str, line: &str) {
    let path = format!("content/{lang}/{name}.md");
    let text = repo.read(&path);
    repo.write(&path, &format!("{text}\n{line}\n"));
}

fn status(repo: &TestRepo, cache: bool) -> serde_json::Value {
    let mut args = vec!["status", "--format", "json"];
    if !cache {
        args.insert(0, "--no-cache");
    }
    let run = repo.transync(&args);
    assert_eq!(run.code, 0, "status failed:\n{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("valid JSON")
}

/// The index files of the repository at `dir`.
fn index_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join(".git/transync")) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("history-"))
        })
        .collect();
    files.sort();
    files
}

#[track_caller]
fn the_index(repo: &TestRepo) -> PathBuf {
    let files = index_files(repo.path());
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[track_caller]
fn assert_same_as_without_index(repo: &TestRepo) {
    let without = status(repo, false);
    let with = status(repo, true);
    assert_eq!(with, without);
    // And once more, now that the index holds every commit.
    assert_eq!(status(repo, true), without);
}

#[test]
fn a_run_with_the_index_reports_what_a_run_without_it_does() {
    let repo = history();
    let without = status(&repo, false);
    assert!(
        index_files(repo.path()).is_empty(),
        "--no-cache writes no index"
    );
    let cold = status(&repo, true);
    let file = the_index(&repo);
    let warm = status(&repo, true);
    assert_eq!(cold, without);
    assert_eq!(warm, without);
    // A stale translation and a current one, so the comparison is not of empty reports.
    let states: Vec<String> = without["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["translations"].as_array().unwrap().clone())
        .map(|t| t["status"].as_str().unwrap().to_string())
        .collect();
    assert!(states.iter().any(|s| s == "stale") && states.iter().any(|s| s == "current"));
    // One more commit: the index grows by it and still agrees.
    let before = std::fs::metadata(&file).unwrap().len();
    edit(&repo, "en", "c", "One more change.");
    repo.commit("English: c again");
    assert_same_as_without_index(&repo);
    assert!(std::fs::metadata(&file).unwrap().len() > before);
}

#[test]
fn a_truncated_index_is_rebuilt() {
    let repo = history();
    status(&repo, true);
    let file = the_index(&repo);
    let good = std::fs::read(&file).unwrap();
    std::fs::write(&file, &good[..good.len() / 2]).unwrap();
    edit(&repo, "en", "a", "After the damage.");
    repo.commit("English: a");
    assert_same_as_without_index(&repo);
    // Written again, whole.
    assert!(std::fs::read(&file).unwrap().len() > good.len() / 2);
}

#[test]
fn an_index_of_another_version_is_ignored() {
    let repo = history();
    status(&repo, true);
    let file = the_index(&repo);
    let mut bytes = std::fs::read(&file).unwrap();
    // The version follows the 8-byte magic.
    bytes[8] = bytes[8].wrapping_add(1);
    std::fs::write(&file, &bytes).unwrap();
    assert_same_as_without_index(&repo);
}

#[test]
fn an_index_of_a_rewritten_history_gives_the_new_history() {
    let repo = history();
    status(&repo, true);
    // Three commits dropped and others made in their place: the index names commits
    // that are no longer in the history (nor, after gc, in the repository).
    repo.git(&["reset", "-q", "--hard", "HEAD~3"]);
    edit(&repo, "en", "d", "Another history.");
    repo.commit("rewritten: d");
    repo.write(
        "content/es/d.md",
        &page("d", "", "## d\n\nOtra historia.\n"),
    );
    repo.commit("rewritten: es d");
    repo.git(&["reflog", "expire", "--expire=now", "--all"]);
    repo.git(&["gc", "-q", "--prune=now"]);
    assert_same_as_without_index(&repo);
}

#[test]
fn an_index_copied_from_another_clone_changes_nothing() {
    let repo = history();
    // Another repository, other commits, same roots: its index file has the same name.
    let other = TestRepo::new();
    other.write("content/en/a.md", &page("a", "", "Other.\n"));
    other.commit("other English");
    other.write("content/es/a.md", &page("a", "", "Otro.\n"));
    other.commit("other Spanish");
    status(&other, true);
    let foreign = the_index(&other);
    let target = repo
        .path()
        .join(".git/transync")
        .join(foreign.file_name().unwrap());
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(&foreign, &target).unwrap();
    assert_same_as_without_index(&repo);
    // A clone of this repository, one commit ahead, and its index copied back.
    status(&repo, true);
    let clone = tempfile::tempdir().unwrap();
    common::git_command(repo.path())
        .args(["clone", "-q", "."])
        .arg(clone.path())
        .status()
        .unwrap();
    let run = common::transync_command(clone.path())
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    assert!(run.status.success());
    let theirs = index_files(clone.path());
    assert_eq!(theirs.len(), 1);
    std::fs::copy(&theirs[0], the_index(&repo)).unwrap();
    assert_same_as_without_index(&repo);
}

#[test]
fn a_linked_worktree_shares_the_index_of_its_repository() {
    let repo = history();
    let linked = tempfile::tempdir().unwrap();
    let path = linked.path().join("wt");
    repo.git(&["worktree", "add", "-q", path.to_str().unwrap(), "main~1"]);
    let run = common::transync_command(&path)
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // In the common git directory, not in `.git/worktrees/wt/`.
    assert_eq!(index_files(repo.path()).len(), 1);
    let without = common::transync_command(&path)
        .args(["--no-cache", "status", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(run.stdout, without.stdout);
}

#[test]
fn remembered_comparisons_give_the_same_report_and_a_damaged_memo_is_ignored() {
    let repo = history();
    let without = status(&repo, false);
    assert_eq!(status(&repo, true), without);
    let memo = repo.path().join(".git/transync/comparisons.bin");
    assert!(memo.exists());
    // Read back: the same report.
    assert_eq!(status(&repo, true), without);
    // A translation edited: its comparison is made again, the others remembered.
    let es = repo.read("content/es/a.md");
    repo.write("content/es/a.md", &es.replace("## a", "## a\n\n## b"));
    repo.commit("es: a heading more");
    let without = status(&repo, false);
    assert_eq!(status(&repo, true), without);
    let good = std::fs::read(&memo).unwrap();
    let mut damaged = good.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 0x55;
    std::fs::write(&memo, &damaged).unwrap();
    assert_eq!(status(&repo, true), without);
    std::fs::write(&memo, &good[..good.len() / 3]).unwrap();
    assert_eq!(status(&repo, true), without);
}

#[test]
fn a_shallow_clone_given_the_index_of_a_full_one_stops_where_its_history_does() {
    let repo = history();
    status(&repo, true);
    let full = the_index(&repo);
    let shallow = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let cloned = common::git_command(repo.path())
        .args(["clone", "-q", "--depth", "3", &url])
        .arg(shallow.path())
        .status()
        .unwrap();
    assert!(cloned.success());
    let run = |args: &[&str]| {
        let out = common::transync_command(shallow.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let without = run(&["--no-cache", "status", "--format", "json"]);
    let target = shallow
        .path()
        .join(".git/transync")
        .join(full.file_name().unwrap());
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(&full, &target).unwrap();
    assert_eq!(run(&["status", "--format", "json"]), without);
    assert_eq!(run(&["status", "--format", "json"]), without);
}

/// A file whose facts are remembered (its digest, its recorded base) is not read again;
/// any change of its content is a new blob, so a new recorded base, a broken front matter
/// or an English page made unreadable is seen on the next run, uncommitted or not.
#[test]
fn remembered_file_facts_follow_every_edit() {
    let repo = history();
    let without = status(&repo, false);
    assert_eq!(status(&repo, true), without);
    // A new recorded base, not committed.
    let head = repo.head();
    let es = repo.read("content/es/a.md");
    let first = es
        .lines()
        .find(|l| l.starts_with("source_commit:"))
        .unwrap();
    repo.write(
        "content/es/a.md",
        &es.replace(first, &format!("source_commit: {head}")),
    );
    let with = status(&repo, true);
    assert_eq!(with, status(&repo, false));
    let base = |json: &serde_json::Value| {
        json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == "a.md")
            .unwrap()["translations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["language"] == "es")
            .unwrap()["base"]["commit"]
            .clone()
    };
    assert_eq!(base(&with), serde_json::json!(head));
    // Front matter broken: an error again, with its line.
    repo.write("content/es/a.md", &es.replace("title:", "title: [\n"));
    let with = status(&repo, true);
    assert_eq!(with, status(&repo, false));
    // The English made unreadable after its facts were remembered.
    repo.write("content/es/a.md", &es);
    assert_eq!(status(&repo, true), status(&repo, false));
    repo.write_bytes("content/en/b.md", b"# b\n\xff\n");
    let with = status(&repo, true);
    assert_eq!(with, status(&repo, false));
    let text = serde_json::to_string(&with).unwrap();
    assert!(
        text.contains("content/en/b.md is not valid UTF-8"),
        "{text}"
    );
}

/// git's commit-graph file answers the walk for the commits it holds; the commits made
/// after it was written are read from the objects. The report is the same either way.
#[test]
fn the_commit_graph_gives_the_same_history() {
    let repo = history();
    let without = status(&repo, false);
    repo.git(&["commit-graph", "write", "--reachable"]);
    let graph = repo.path().join(".git/objects/info/commit-graph");
    assert!(graph.exists(), "git wrote no commit-graph");
    assert_eq!(status(&repo, false), without);
    // Newer commits than the file: part from the graph, part from the objects.
    edit(&repo, "en", "c", "After the graph was written.");
    repo.commit("English after the graph");
    let with_graph = status(&repo, false);
    std::fs::remove_file(&graph).unwrap();
    assert_eq!(with_graph, status(&repo, false));
}

/// A link's blob is the name it points to, not what a read of it returns: a file reached
/// through a link is read every run, so a change behind the link, or a translation
/// replaced by a link out of the repository, is seen with remembered comparisons too.
#[cfg(unix)]
#[test]
fn files_behind_links_are_read_again() {
    use std::os::unix::fs::symlink;
    let repo = history();
    // content/fr/c.md becomes a committed link to a shared copy inside the repository.
    let fr = repo.read("content/fr/c.md");
    repo.write("shared/c.md", &fr);
    std::fs::remove_file(repo.path().join("content/fr/c.md")).unwrap();
    symlink("../../shared/c.md", repo.path().join("content/fr/c.md")).unwrap();
    repo.commit("fr: c shared");
    assert_eq!(status(&repo, true), status(&repo, false));
    // The copy behind the link loses its section: drift, with or without the memo.
    repo.write("shared/c.md", &fr.replace("## c", "Sin sección."));
    let with = status(&repo, true);
    assert_eq!(with, status(&repo, false));
    assert!(
        serde_json::to_string(&with)
            .unwrap()
            .contains("no counterpart for the section"),
        "{with:#}"
    );
    // A remembered translation replaced by a link to a device: an error, not its memo.
    let es = repo.path().join("content/es/d.md");
    std::fs::remove_file(&es).unwrap();
    symlink("/dev/zero", &es).unwrap();
    let with = status(&repo, true);
    assert_eq!(with, status(&repo, false));
    assert!(
        serde_json::to_string(&with)
            .unwrap()
            .contains("/dev/zero, outside the repository"),
        "{with:#}"
    );
}
