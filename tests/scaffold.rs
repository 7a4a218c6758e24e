//! `transync scaffold`: drafts created from the committed English, never overwriting, and
//! counted as missing (not current) by `status`.

mod common;

use common::{TestRepo, page, translation};

const MARKER: &str = "# transync: translate the title";

#[test]
fn creates_drafts_from_the_committed_english_keeping_its_bytes() {
    let repo = TestRepo::new();
    repo.write(
        "content/en/a.md",
        "---\n# shown on the card\ntitle: \"Cities\"\ndate: 2025-01-01\n---\n\n# Cities\n",
    );
    // No front matter, BOM and CRLF: the front matter is created, the rest kept.
    repo.write("content/en/b.md", "\u{feff}# B\r\n\r\nText.\r\n");
    repo.write(
        "content/en/c.md",
        "+++\ntitle = 'C'\n[extra]\nx = 1\n+++\nBody\n",
    );
    repo.write("content/es/c.md", "+++\ntitle = 'Ce'\n+++\nCuerpo\n");
    let head = repo.commit("English");
    let run = repo.transync(&["scaffold", "--lang", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!(
            "created content/es/a.md from content/en/a.md at {}",
            &head[..7]
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("created content/es/b.md"),
        "{}",
        run.stdout
    );
    assert_eq!(
        repo.read("content/es/a.md"),
        format!(
            "---\n# shown on the card\n{MARKER}\ntitle: \"Cities\"\ndate: 2025-01-01\n\
             draft: true\nsource_commit: {head}\n---\n\n# Cities\n"
        )
    );
    assert_eq!(
        repo.read("content/es/b.md"),
        format!(
            "\u{feff}---\r\ndraft: true\r\nsource_commit: {head}\r\n---\r\n# B\r\n\r\nText.\r\n"
        )
    );
    // Existing translations are not touched, nor listed when nothing was asked by name.
    assert_eq!(
        repo.read("content/es/c.md"),
        "+++\ntitle = 'Ce'\n+++\nCuerpo\n"
    );
    assert!(!run.stdout.contains("content/es/c.md"), "{}", run.stdout);

    // TOML: the same marker, `draft = true`, and the base before the first table.
    let run = repo.transync(&["scaffold", "--lang", "fr", "c.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        repo.read("content/fr/c.md"),
        format!(
            "+++\n{MARKER}\ntitle = 'C'\ndraft = true\nsource_commit = \"{head}\"\n[extra]\nx = 1\n+++\nBody\n"
        )
    );
}

#[test]
fn a_draft_is_missing_not_current_until_it_is_translated() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Cities learn."));
    repo.write("content/es/b.md", &page("B", "", "Otra."));
    repo.write("content/en/b.md", &page("B", "", "Other."));
    repo.commit("English");
    let run = repo.transync(&["scaffold", "--lang", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = repo.status_json(&[]);
    let t = translation(&json, "a.md", "es");
    assert_eq!(t["status"], "missing", "{t:#}");
    assert_eq!(t["path"], "content/es/a.md");
    assert!(t["message"].as_str().unwrap().contains("draft"), "{t:#}");
    // Without the flag (the translator finished and removed it), history decides again.
    let text = repo.read("content/es/a.md").replace("draft: true\n", "");
    repo.write("content/es/a.md", &text);
    assert_eq!(
        translation(&repo.status_json(&[]), "a.md", "es")["status"],
        "current"
    );
}

#[test]
fn refuses_uncommitted_english_unless_forced_and_never_overwrites() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Committed."));
    repo.write("content/es/a.md", &page("A", "", "Hecho."));
    repo.write("content/en/b.md", &page("B", "", "Committed."));
    repo.commit("English");
    repo.write("content/en/b.md", &page("B", "", "Edited, not committed."));
    let run = repo.transync(&["scaffold", "--lang", "es", "b.md"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("content/es/b.md")
            && run.stderr.contains("uncommitted changes")
            && run.stderr.contains("1 of 1 translations not created"),
        "{}",
        run.stderr
    );
    assert!(!repo.path().join("content/es/b.md").exists());
    // --force starts from the committed English, so the base stays honest.
    let run = repo.transync(&["scaffold", "--lang", "es", "b.md", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = repo.read("content/es/b.md");
    assert!(
        text.contains("Committed.") && !text.contains("Edited"),
        "{text}"
    );

    // Asked by name, an existing translation is a skip said out loud, not an overwrite.
    let before = repo.read("content/es/a.md");
    let run = repo.transync(&["scaffold", "--lang", "es", "content/en/a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("skipped content/es/a.md: it already exists"),
        "{}",
        run.stdout
    );
    assert_eq!(repo.read("content/es/a.md"), before);

    // A file git ignores is still a file: never replaced.
    repo.write(".gitignore", "content/fr/a.md\n");
    repo.write("content/fr/a.md", "mine\n");
    let run = repo.transync(&["scaffold", "--lang", "fr", "a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("skipped content/fr/a.md"),
        "{}",
        run.stdout
    );
    assert_eq!(repo.read("content/fr/a.md"), "mine\n");

    let run = repo.transync(&["scaffold", "--lang", "es", "nope.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nope.md is neither"), "{}", run.stderr);
    let run = repo.transync(&["scaffold", "a.md"]);
    assert_eq!(run.code, 2, "--lang is required");
}

#[test]
fn a_module_brings_its_lessons_and_dry_run_writes_nothing() {
    let repo = TestRepo::new();
    repo.write("content/en/m/_index.md", &page("M", "", "Module."));
    repo.write("content/en/m/01-a.md", &page("A", "", "Lesson A."));
    repo.write("content/en/m/02-b.md", &page("B", "", "Lesson B."));
    repo.write("content/en/other.md", &page("O", "", "Other."));
    repo.write("content/es/other.md", &page("O", "", "Otro."));
    repo.commit("English");
    let run = repo.transync(&["scaffold", "-l", "es", "m/_index.md", "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.matches("would create").count(),
        3,
        "{}",
        run.stdout
    );
    assert!(!repo.path().join("content/es/m").exists());
    let run = repo.transync(&["scaffold", "-l", "es", "content/en/m"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in ["_index.md", "01-a.md", "02-b.md"] {
        assert!(
            repo.path().join("content/es/m").join(file).is_file(),
            "{file}: {}",
            run.stdout
        );
    }
    let run = repo.transync(&["scaffold", "-l", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("nothing to scaffold"), "{}", run.stdout);
}

#[test]
fn suffix_layout_puts_the_language_before_the_extension() {
    let repo = TestRepo::new();
    repo.write(
        "transync.toml",
        "layout = \"{path}.{lang}.md\"\nlanguages = [\"es\"]\n",
    );
    repo.write("content/blog/post.md", &page("P", "", "Post."));
    repo.commit("English");
    let run = repo.transync(&["scaffold", "--lang", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        repo.path().join("content/blog/post.es.md").is_file(),
        "{}",
        run.stdout
    );
}

#[test]
fn a_failed_write_fails_cleanly() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "A."));
    repo.write("content/es/b.md", &page("B", "", "B."));
    repo.commit("English");
    let dir = repo.path().join("content/es");
    // Files may not grow past 16 bytes: writing the draft fails half-way.
    let run = common::transync_with_write_limit(repo.path(), &["scaffold", "--lang", "es"], 16);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("content/es/a.md"), "{}", run.stderr);
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["b.md"], "nothing created, no temporary file left");
}
