//! Sizes that would show a quadratic or exhaust memory: a file past the read bound, a
//! megabyte line, a megabyte English change, ten thousand nested lists.

//!
//! No case asserts a time (speed is measured in `benches/`, not here): the harness only
//! stops a run that hangs past its generous limit, which the quadratic versions of these
//! cases (minutes at these sizes) would reach.

use crate::harness::*;

/// A translation past the read bound (a sparse file: no disk used) is refused by size.
#[test]
fn a_file_past_the_read_bound_is_refused_by_size() {
    let (repo, _) = translated();
    let file = std::fs::File::create(repo.path().join("content/es/a.md")).unwrap();
    file.set_len(300 << 20).unwrap();
    let tree = Unchanged::of(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "MiB"]);
    assert!(lines_naming(&status, "content/es/a.md").contains("more than"));
    assert!(status.stdout.contains("b.md"), "{}", status.stdout);
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "MiB"]);
    tree.check();
}

/// A one-line 4 MB page, changed: analysed in linear time.
#[test]
fn a_huge_line_is_analysed_quickly() {
    let (repo, _) = translated();
    let line = "word ".repeat(800_000);
    repo.write(
        "content/en/a.md",
        &page("A", "", &format!("## Intro\n\n{line}")),
    );
    repo.commit("a huge line");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "stale"]);
    let diff = run(repo.path(), &["diff", "content/es/a.md"]);
    expect(&diff, 0, &[]);
    tree.check();
}

/// +2 MB of English paragraphs since the base: linear, not a rescan per block.
#[test]
fn a_megabyte_english_change_is_analysed_quickly() {
    let (repo, _) = translated();
    let mut body = String::from("## Intro\n\nCities learn.\n");
    for i in 0..40_000 {
        body.push_str(&format!(
            "\nParagraph {i} of cities that learn from peers.\n"
        ));
    }
    repo.write("content/en/a.md", &page("A", "", &body));
    repo.commit("2 MB more");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "stale"]);
    tree.check();
}

/// Ten thousand nested list levels (40 KB): bounded time and memory, reported.
#[test]
fn deep_nesting_is_bounded() {
    let (repo, _) = translated();
    let mut body = String::from("## Intro\n\n");
    for depth in 0..10_000 {
        body.push_str(&" ".repeat(depth.min(3)));
        body.push_str("- ");
    }
    body.push_str("deep\n");
    let mut deep = String::new();
    for _ in 0..10_000 {
        deep.push('>');
    }
    body.push_str(&format!("\n{deep} quoted\n"));
    repo.write("content/en/a.md", &page("A", "", &body));
    repo.write("content/es/b.md", &page("B", "", &body));
    repo.commit("deep");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md"]);
    let check = run(repo.path(), &["check"]);
    no_leaks(&check);
    assert!(check.code == 1, "{check:?}");
    tree.check();
}
