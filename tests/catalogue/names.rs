//! File names: spaces and Unicode, the two Unicode normal forms of one name, names equal
//! but for case, escape sequences.

use crate::harness::*;

#[test]
fn spaces_and_unicode_in_names_work_everywhere() {
    let repo = TestRepo::new();
    let name = "guía de inicio ü 日本.md";
    repo.write(
        &format!("content/en/{name}"),
        &page("G", "", "## Intro\n\nText."),
    );
    let base = repo.commit("English");
    repo.write(
        &format!("content/es/{name}"),
        &page(
            "G",
            &format!("source_commit: {base}\n"),
            "## Intro\n\nTexto.",
        ),
    );
    repo.commit("Spanish");
    repo.write(
        &format!("content/en/{name}"),
        &page("G", "", "## Intro\n\nMore text."),
    );
    let head = repo.commit("English edit");
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &[name, "stale"]);
    let diff = run(repo.path(), &["diff", &format!("content/es/{name}")]);
    expect(&diff, 0, &["More text."]);
    let mark = run(repo.path(), &["mark", &format!("content/es/{name}")]);
    expect(&mark, 0, &[name]);
    assert!(repo.read(&format!("content/es/{name}")).contains(&head));
    let scaffold = run(repo.path(), &["scaffold", "--lang", "fr"]);
    expect(&scaffold, 0, &[name]);
    assert!(repo.path().join(format!("content/fr/{name}")).exists());
}

/// `café.md` composed (NFC) in English and decomposed (NFD) in French, as macOS writes it:
/// one document, with a note that the forms differ; not an orphan plus a missing page.
#[test]
fn nfc_and_nfd_forms_of_a_name_are_one_document_with_a_note() {
    let repo = TestRepo::new();
    let nfc = "caf\u{e9}.md";
    let nfd = "cafe\u{301}.md";
    repo.write(&format!("content/en/{nfc}"), &page("Café", "", "Coffee."));
    let base = repo.commit("English");
    repo.write(
        &format!("content/fr/{nfd}"),
        &page("Café", &format!("source_commit: {base}\n"), "Café."),
    );
    repo.commit("French, decomposed name");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status", "--format", "json"]);
    expect(&status, 0, &[]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let t = crate::common::translation(&json, nfc, "fr");
    assert_eq!(t["status"], "current", "{json:#}");
    let text = run(repo.path(), &["status"]);
    expect(&text, 0, &["two Unicode forms"]);
    assert_eq!(json["documents"].as_array().unwrap().len(), 1, "{json:#}");
    tree.check();
}

/// `Guide.md` and `guide.md` collide on macOS and Windows: status warns, naming both.
#[test]
fn names_equal_but_for_case_are_warned_about() {
    let (repo, _) = translated();
    repo.write("content/en/Guide.md", &page("G", "", "One."));
    repo.write("content/en/guide.md", &page("g", "", "Two."));
    repo.commit("two guides");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["Guide.md", "guide.md", "differ only in case"]);
    let bundle = run(
        repo.path(),
        &["bundle", "--lang", "es", "--out", "../dist-case"],
    );
    expect(&bundle, 0, &["differ only in case"]);
    tree.check();
}

/// Escape sequences in a name, colours forced on: shown escaped, never sent raw, in
/// status, check and diff.
#[test]
fn escape_sequences_in_names_are_escaped_with_colours_on() {
    let (repo, base) = translated();
    let name = "evil\u{1b}]0;pwned\u{7}\u{1b}[2J.md";
    repo.write(&format!("content/en/{name}"), &page("E", "", "Evil."));
    repo.write(
        &format!("content/es/{name}"),
        &page("E", &format!("source_commit: {base}\n"), "Malo."),
    );
    repo.commit("evil names");
    let tree = Unchanged::with_git(repo.path());
    let shown = format!("content/es/{name}");
    for args in [
        vec!["--color", "always", "status"],
        vec!["--color", "always", "check"],
        vec!["--color", "always", "diff", shown.as_str()],
    ] {
        let mut command = transync_command(repo.path());
        command
            .args(&args)
            .env("CLICOLOR_FORCE", "1")
            .env_remove("NO_COLOR");
        let run = run_command(command);
        no_leaks(&run);
        assert!(
            run.stdout.contains("evil\\u{1b}"),
            "{args:?}: {:?}",
            run.stdout
        );
        for raw in ["\u{1b}]0;", "\u{1b}[2J", "\u{7}"] {
            assert!(
                !run.stdout.contains(raw) && !run.stderr.contains(raw),
                "{args:?} sent {raw:?} raw: {:?} {:?}",
                run.stdout,
                run.stderr
            );
        }
    }
    tree.check();
}
