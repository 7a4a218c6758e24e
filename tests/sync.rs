//! `transync sync`: shared front-matter fields set to the English values byte-carefully,
//! translations moved after renamed English files (git-aware), `--check` for CI.

mod common;

use common::{TestRepo, git_command};

fn porcelain(repo: &TestRepo) -> String {
    let out = git_command(repo.path())
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// English with new shared values; translations in several styles, all committed.
fn repo_with_shared_fields() -> TestRepo {
    let repo = TestRepo::new();
    repo.write(
        "content/en/a.md",
        "---\ntitle: A\ndate: 2025-02-01\ntags:\n  - cities\n  - peers\nweight: 2\n---\nEnglish\n",
    );
    repo.write(
        "content/es/a.md",
        "\u{feff}---\r\ntitle: Á # a mano\r\ndate: \"2025-01-01\" # old\r\ntags: [ciudades]\r\n# keep me\r\nweight: 2\r\n---\r\nCuerpo\r\n",
    );
    repo.write(
        "content/fr/a.md",
        "+++\ntitle = \"A\"\ndate = 2025-01-01\n[extra]\nx = 1\n+++\nCorps\n",
    );
    repo.write("content/pt/a.md", "# Sem front matter\n");
    repo.commit("content");
    repo
}

#[test]
fn check_reports_differences_exits_1_and_writes_nothing() {
    let repo = repo_with_shared_fields();
    let before: Vec<String> = ["es", "fr", "pt"]
        .iter()
        .map(|l| repo.read(&format!("content/{l}/a.md")))
        .collect();
    let run = repo.transync(&["sync", "--check"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("content/es/a.md: date is \"2025-01-01\", the English has \"2025-02-01\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("content/pt/a.md: tags is missing, the English has [\"cities\",\"peers\"]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("3 translations out of step"),
        "{}",
        run.stdout
    );
    let after: Vec<String> = ["es", "fr", "pt"]
        .iter()
        .map(|l| repo.read(&format!("content/{l}/a.md")))
        .collect();
    assert_eq!(before, after);
    assert_eq!(porcelain(&repo), "");
}

#[test]
fn sync_changes_only_the_shared_lines_then_check_passes() {
    let repo = repo_with_shared_fields();
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("content/es/a.md: date: \"2025-01-01\" → \"2025-02-01\""),
        "{}",
        run.stdout
    );
    // BOM, CRLF, comments, key order and body kept; the English lines in CRLF.
    assert_eq!(
        repo.read("content/es/a.md"),
        "\u{feff}---\r\ntitle: Á # a mano\r\ndate: 2025-02-01\r\ntags:\r\n  - cities\r\n  - peers\r\n# keep me\r\nweight: 2\r\n---\r\nCuerpo\r\n"
    );
    // TOML: values converted (the date as a TOML date), new keys before the first table.
    assert_eq!(
        repo.read("content/fr/a.md"),
        "+++\ntitle = \"A\"\ndate = 2025-02-01\ntags = [\"cities\", \"peers\"]\nweight = 2\n[extra]\nx = 1\n+++\nCorps\n"
    );
    // No front matter: one is created with the shared fields, in the English syntax.
    assert_eq!(
        repo.read("content/pt/a.md"),
        "---\ndate: 2025-02-01\ntags:\n  - cities\n  - peers\nweight: 2\n---\n# Sem front matter\n"
    );
    let run = repo.transync(&["sync", "--check"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("in step: 3 translations checked"),
        "{}",
        run.stdout
    );
}

#[test]
fn dry_run_language_and_document_selection() {
    let repo = repo_with_shared_fields();
    let run = repo.transync(&["sync", "--dry-run", "--lang", "fr", "a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("content/fr/a.md"), "{}", run.stdout);
    assert!(!run.stdout.contains("content/es/a.md"), "{}", run.stdout);
    assert_eq!(porcelain(&repo), "");
    let run = repo.transync(&["sync", "--lang", "es", "content/es/a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(porcelain(&repo), " M content/es/a.md\n");
}

#[test]
fn translation_only_keys_are_kept_and_noted_and_broken_files_refused() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n");
    repo.write(
        "content/es/a.md",
        "---\ntitle: A\ndate: 2025-01-01\nimage: es.png\n---\n",
    );
    repo.write("content/en/b.md", "---\ndate: 2025-01-02\n---\n");
    repo.write("content/es/b.md", "---\ndate: [2025\n---\n");
    repo.write("content/en/c.md", "---\ndate: 2025-01-03\n---\n");
    repo.write("content/es/c.md", "---\ndate: 2025-01-01\n---\n");
    repo.commit("content");
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("note: content/es/a.md: image is only in the translation"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("content/es/b.md: line 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 translation could not be synced"),
        "{}",
        run.stderr
    );
    assert!(repo.read("content/es/a.md").contains("image: es.png"));
    assert_eq!(repo.read("content/es/b.md"), "---\ndate: [2025\n---\n");
    // The others are synced all the same.
    assert_eq!(repo.read("content/es/c.md"), "---\ndate: 2025-01-03\n---\n");
}

#[test]
fn configured_shared_fields_replace_the_default() {
    let repo = TestRepo::new();
    repo.write("transync.toml", "shared-fields = [\"author\"]\n");
    repo.write(
        "content/en/a.md",
        "---\ndate: 2025-02-02\nauthor: Ada\n---\n",
    );
    repo.write(
        "content/es/a.md",
        "---\ndate: 2025-01-01\nauthor: Eva\n---\n",
    );
    repo.commit("content");
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        repo.read("content/es/a.md"),
        "---\ndate: 2025-01-01\nauthor: Ada\n---\n"
    );
}

#[test]
fn translations_follow_renamed_english_files_and_the_index_records_it() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", "---\ndate: 2025-01-01\n---\nEnglish\n");
    repo.write("content/es/old.md", "---\ndate: 2024-01-01\n---\nEspañol\n");
    repo.write("content/en/m/_index.md", "Module\n");
    repo.write("content/en/m/01.md", "Lesson\n");
    repo.write("content/es/m/_index.md", "Módulo\n");
    repo.write("content/es/m/01.md", "Lección\n");
    repo.write("content/es/m/images/a.svg", "<svg/>\n");
    repo.write("content/es/m2/_index.md", "Módulo 2\n");
    repo.write("content/es/m2/01.md", "Lección 2\n");
    repo.write("content/en/m2/_index.md", "Module 2\n");
    repo.write("content/en/m2/01.md", "Lesson 2\n");
    repo.commit("content");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.rename("content/en/m", "content/en/n");
    repo.rename("content/en/m2", "content/en/n2");
    repo.commit("English renames");
    // A French translation not committed yet: moved as a plain file.
    repo.write("content/fr/old.md", "Français\n");

    let run = repo.transync(&["sync", "--check"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("would move content/es/old.md → content/es/new.md"),
        "{}",
        run.stdout
    );
    // One translation, moved and with a field to set: counted once.
    assert!(
        run.stdout.contains("6 translations out of step"),
        "{}",
        run.stdout
    );
    assert!(repo.path().join("content/es/old.md").is_file());

    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for line in [
        "moved content/es/old.md → content/es/new.md",
        "moved content/fr/old.md → content/fr/new.md",
        "moved content/es/m/_index.md → content/es/n/_index.md",
        "moved content/es/m/01.md → content/es/n/01.md",
        // Fields are synced at the new place, in the same run.
        "content/es/new.md: date: \"2024-01-01\" → \"2025-01-01\"",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.stdout);
    }
    assert_eq!(
        repo.read("content/es/new.md"),
        "---\ndate: 2025-01-01\n---\nEspañol\n"
    );
    assert!(
        !repo.path().join("content/es/m2").exists(),
        "empty module folder removed\n{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("note: content/es/m/ still holds files that are not pages"),
        "{}",
        run.stdout
    );
    let status = porcelain(&repo);
    for line in [
        // Renamed in the index; modified in the work tree by the field sync.
        "RM content/es/old.md -> content/es/new.md",
        "R  content/es/m/01.md -> content/es/n/01.md",
        "?? content/fr/",
    ] {
        assert!(status.contains(line), "{line}\n{status}");
    }
    let run = repo.transync(&["sync", "--check"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
}

#[test]
fn a_move_never_replaces_an_existing_translation() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", "English\n");
    repo.write("content/es/old.md", "Viejo\n");
    repo.commit("content");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.commit("rename");
    repo.write("content/es/new.md", "Nuevo\n");
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("content/es/old.md: cannot move it to content/es/new.md"),
        "{}",
        run.stderr
    );
    assert_eq!(repo.read("content/es/old.md"), "Viejo\n");
    assert_eq!(repo.read("content/es/new.md"), "Nuevo\n");
}

#[test]
fn a_failed_write_leaves_the_translation_intact() {
    let repo = repo_with_shared_fields();
    let dir = repo.path().join("content/es");
    let before = std::fs::read(dir.join("a.md")).unwrap();
    // Files may not grow past 16 bytes: the new version fails half-way through writing.
    let run = common::transync_with_write_limit(repo.path(), &["sync", "--lang", "es"], 16);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("content/es/a.md: the file would be larger than the system allows"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("was not changed"), "{}", run.stderr);
    assert_eq!(std::fs::read(dir.join("a.md")).unwrap(), before);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temporary file left"
    );
}

/// A move of the English not committed yet (`git mv`, after a committed rename or not) is
/// followed like a committed one, and `status` says what `sync` will do.
#[test]
fn an_uncommitted_english_move_is_followed() {
    let repo = TestRepo::new();
    repo.write("content/en/t1.md", "---\ntitle: One\n---\n\nOne.\n");
    repo.write("content/en/u1.md", "---\ntitle: U\n---\n\nU.\n");
    repo.commit("English");
    repo.write("content/fr/t1.md", "---\ntitle: Un\n---\n\nUn.\n");
    repo.write("content/fr/u1.md", "---\ntitle: U\n---\n\nU fr.\n");
    repo.commit("French");
    repo.rename("content/en/t1.md", "content/en/t2.md");
    repo.commit("rename t1 → t2");
    repo.git(&["mv", "content/en/t2.md", "content/en/t3.md"]);
    std::fs::rename(
        repo.path().join("content/en/u1.md"),
        repo.path().join("content/en/u2.md"),
    )
    .unwrap();

    let status = repo.transync(&["status"]);
    assert!(
        status.stdout.contains(
            "the English source content/en/u1.md is moved to content/en/u2.md in the working tree"
        ),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("was renamed to content/en/t3.md"),
        "{}",
        status.stdout
    );
    let check = repo.transync(&["sync", "--check"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(
        repo.read("content/fr/t3.md"),
        "---\ntitle: Un\n---\n\nUn.\n"
    );
    assert_eq!(
        repo.read("content/fr/u2.md"),
        "---\ntitle: U\n---\n\nU fr.\n"
    );
    assert!(!repo.path().join("content/fr/t1.md").exists());
    assert!(!repo.path().join("content/fr/u1.md").exists());
}

#[test]
fn a_locked_index_moves_nothing_and_says_how_to_proceed() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", "English\n");
    repo.write("content/es/old.md", "Español\n");
    repo.commit("content");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.commit("English rename");
    let lock = repo.path().join(".git/index.lock");
    std::fs::write(&lock, "").unwrap();
    let before = porcelain(&repo);
    let run = repo.transync(&["sync"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("index is locked") && run.stderr.contains("no translation was moved"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("transync sync` again"),
        "{}",
        run.stderr
    );
    assert!(repo.path().join("content/es/old.md").exists());
    assert!(!repo.path().join("content/es/new.md").exists());
    assert_eq!(
        porcelain(&repo),
        before,
        "neither the tree nor the index changed"
    );
    // Once the lock is gone, the move goes through and the index records it.
    std::fs::remove_file(&lock).unwrap();
    assert_eq!(repo.transync(&["sync"]).code, 0);
    assert!(repo.path().join("content/es/new.md").exists());
    assert!(
        porcelain(&repo).contains("R  content/es/old.md -> content/es/new.md"),
        "{}",
        porcelain(&repo)
    );
}
