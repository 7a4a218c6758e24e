//! `transync mark`: recording bases without touching anything else, and its refusals.

mod common;

use common::{TestRepo, page, translation};

const EN: &str = "## Intro\n\nCities learn from cities.\n";
/// The Spanish of [`EN`].
const ES: &str = "## Introducción\n\nLas ciudades aprenden de las ciudades.\n";
const EN2: &str = "## Intro\n\nCities learn from cities. They meet as equals.\n";
const ES2: &str =
    "## Introducción\n\nLas ciudades aprenden de las ciudades. Se encuentran como iguales.\n";

/// English v1, Spanish of v1 (recorded), then English v2 and the Spanish caught up, uncommitted.
fn caught_up(es_front: &str) -> (TestRepo, String) {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN));
    let c1 = repo.commit("English");
    repo.write(
        "content/es/a.md",
        &page("A", &es_front.replace("{c1}", &c1), ES),
    );
    repo.commit("Spanish");
    repo.write("content/en/a.md", &page("A", "", EN2));
    let c2 = repo.commit("English edit");
    (repo, c2)
}

#[test]
fn mark_replaces_the_recorded_base_and_the_translation_becomes_current() {
    let (repo, c2) = caught_up("source_commit: {c1} # translated by Ana\n");
    repo.write(
        "content/es/a.md",
        &page(
            "A",
            &format!(
                "source_commit: {} # translated by Ana\n",
                &repo.git(&["rev-parse", "HEAD~1"]).trim()
            ),
            ES2,
        ),
    );
    assert_eq!(
        translation(&repo.status_json(&[]), "a.md", "es")["status"],
        "stale"
    );
    let before = repo.read("content/es/a.md");
    let run = repo.transync(&["mark", "content/es/a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("content/es/a.md: source_commit: ") && run.stdout.contains(&c2[..7]),
        "{}",
        run.stdout
    );
    let after = repo.read("content/es/a.md");
    // Only the hash changed; the comment stays.
    let old = before
        .lines()
        .find(|l| l.starts_with("source_commit"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string();
    assert_eq!(after.replace(&c2, &old), before);
    assert!(after.contains(&format!("source_commit: {c2} # translated by Ana")));
    let t = translation(&repo.status_json(&[]), "a.md", "es").clone();
    assert_eq!(t["status"], "current");
    assert_eq!(t["base"]["commit"], c2.as_str());
}

#[test]
fn mark_adds_the_key_and_keeps_bytes_crlf_bom_and_toml() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN));
    repo.write("content/en/b.md", "+++\ntitle = \"B\"\n+++\n\nText.\n");
    repo.write("content/en/c.md", "Just text.\n");
    let c1 = repo.commit("English");
    let crlf = "\u{feff}---\r\ntitle: \"A\" # kept\r\ntags: [x, y]\r\n---\r\n\r\n## Introducción\r\n\r\nLas ciudades aprenden de las ciudades.\r\n";
    repo.write("content/es/a.md", crlf);
    repo.write("content/es/b.md", "+++\ntitle = \"B\"\n+++\n\nTexto.\n");
    repo.write("content/es/c.md", "Solo texto.\n");
    repo.commit("Spanish");
    let run = repo.transync(&[
        "mark",
        "content/es/a.md",
        "content/es/b.md",
        "content/es/c.md",
        "--rev",
        &c1,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let a = repo.read("content/es/a.md");
    assert_eq!(
        a,
        crlf.replace(
            "tags: [x, y]\r\n",
            &format!("tags: [x, y]\r\nsource_commit: {c1}\r\n")
        )
    );
    assert_eq!(
        repo.read("content/es/b.md"),
        format!("+++\ntitle = \"B\"\nsource_commit = \"{c1}\"\n+++\n\nTexto.\n")
    );
    assert_eq!(
        repo.read("content/es/c.md"),
        format!("---\nsource_commit: {c1}\n---\nSolo texto.\n")
    );
    let json = repo.status_json(&[]);
    for id in ["a.md", "b.md", "c.md"] {
        assert_eq!(
            translation(&json, id, "es")["base"]["origin"],
            "recorded",
            "{id}"
        );
    }
    // Marking again changes nothing.
    let again = repo.transync(&["mark", "content/es/b.md", "--rev", &c1]);
    assert!(again.stdout.contains("already records"), "{}", again.stdout);
}

#[test]
fn mark_refuses_uncommitted_english_foreign_revisions_and_drift() {
    let (repo, _) = caught_up("source_commit: {c1}\n");
    repo.write("content/es/a.md", &page("A", "", ES2));
    repo.write(
        "content/en/a.md",
        &page("A", "", &format!("{EN2}\nMore.\n")),
    );
    let run = repo.transync(&["mark", "content/es/a.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("has uncommitted changes"),
        "{}",
        run.stderr
    );
    repo.git(&["checkout", "--", "content/en/a.md"]);

    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("content/en/other.md", &page("O", "", "o"));
    let side = repo.commit("side");
    repo.git(&["checkout", "-q", "main"]);
    let run = repo.transync(&["mark", "content/es/a.md", "--rev", &side]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not an ancestor of HEAD"),
        "{}",
        run.stderr
    );

    // A translation one sentence short is the translator's call (translations merge
    // sentences): no refusal over a minor finding.
    repo.write("content/es/a.md", &page("A", "", ES));
    let run = repo.transync(&["mark", "content/es/a.md", "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // One without a whole English section still drifts in structure.
    repo.write(
        "content/es/a.md",
        &page("A", "", "Las ciudades aprenden.\n"),
    );
    let before = repo.read("content/es/a.md");
    let run = repo.transync(&["mark", "content/es/a.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("still differs from the English in structure"),
        "{}",
        run.stderr
    );
    assert_eq!(
        repo.read("content/es/a.md"),
        before,
        "nothing written on refusal"
    );
    let run = repo.transync(&["mark", "content/es/a.md", "--force", "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(dry run)"));
    assert_eq!(
        repo.read("content/es/a.md"),
        before,
        "a dry run writes nothing"
    );
    let run = repo.transync(&["mark", "content/en/a.md"]);
    assert!(
        run.stderr.contains("this is the English source"),
        "{}",
        run.stderr
    );
    let run = repo.transync(&["mark", "content/es"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("content/es: a directory: name the translation files"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn mark_keeps_permissions_and_works_on_fluent_files() {
    use std::os::unix::fs::PermissionsExt;
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN));
    repo.write("locales/en/app.ftl", "hello = Hello\n");
    let c1 = repo.commit("English");
    repo.write("content/es/a.md", &page("A", "", ES));
    repo.write("locales/es/app.ftl", "hello = Hola\n");
    repo.commit("Spanish");
    let file = repo.path().join("content/es/a.md");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    let run = repo.transync(&[
        "mark",
        "content/es/a.md",
        "locales/es/app.ftl",
        "--rev",
        &c1,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(
        repo.read("locales/es/app.ftl"),
        format!("### source_commit: {c1}\nhello = Hola\n")
    );
    let json = repo.status_json(&[]);
    assert_eq!(json["fluent"][0]["base"]["origin"], "recorded");
    assert_eq!(json["fluent"][0]["base"]["commit"], c1.as_str());
}

#[test]
fn mark_refuses_a_read_only_file_unless_forced() {
    use std::os::unix::fs::PermissionsExt;
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN));
    let c1 = repo.commit("English");
    repo.write("content/es/a.md", &page("A", "", ES));
    repo.commit("Spanish");
    let file = repo.path().join("content/es/a.md");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let run = repo.transync(&["mark", "content/es/a.md", "--rev", &c1]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stderr.contains("content/es/a.md is read-only")
            && run.stderr.contains("chmod u+w")
            && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&file).unwrap(), before, "no byte changed");
    let run = repo.transync(&["mark", "content/es/a.md", "--rev", &c1, "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        repo.read("content/es/a.md")
            .contains(&format!("source_commit: {c1}"))
    );
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o444,
        "replaced, still read-only"
    );
}

#[test]
fn a_failed_write_leaves_the_translation_intact() {
    let (repo, _) = caught_up("source_commit: {c1}\n");
    let c1 = repo.git(&["rev-parse", "HEAD~1"]).trim().to_string();
    repo.write(
        "content/es/a.md",
        &page("A", &format!("source_commit: {c1}\n"), ES2),
    );
    let before = std::fs::read(repo.path().join("content/es/a.md")).unwrap();
    // Files may not grow past 16 bytes: the marked copy fails half-way through writing.
    let run = common::transync_with_write_limit(repo.path(), &["mark", "content/es/a.md"], 16);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    // Said of the translation, with the cause and what to do; no temporary name.
    assert!(
        run.stderr
            .contains("content/es/a.md: the file would be larger than the system allows"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`ulimit -f`"), "{}", run.stderr);
    assert!(!run.stderr.contains("content/es/.tmp"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(repo.path().join("content/es/a.md")).unwrap(),
        before
    );
    let names: Vec<_> = std::fs::read_dir(repo.path().join("content/es"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["a.md"], "no temporary file left");
}

#[test]
fn mark_refuses_a_fluent_file_with_errors_and_a_base_without_the_english() {
    let repo = TestRepo::new();
    repo.write("locales/en/app.ftl", "hello = Hello\n");
    let first = repo.commit("English");
    repo.write("content/en/a.md", &page("A", "", EN));
    repo.write("locales/en/app.ftl", "hello = Hello\nbye = Goodbye\n");
    repo.commit("More English");
    repo.write("locales/es/app.ftl", "hello = Hola\n");
    repo.write("content/es/a.md", &page("A", "", ES));
    repo.commit("Spanish");

    // `bye` is missing from the Spanish: not caught up.
    let run = repo.transync(&["mark", "locales/es/app.ftl"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("still has errors against the English"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bye"), "{}", run.stderr);
    assert_eq!(repo.read("locales/es/app.ftl"), "hello = Hola\n");
    let run = repo.transync(&["mark", "locales/es/app.ftl", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        repo.read("locales/es/app.ftl")
            .starts_with("### source_commit: ")
    );

    // The English page did not exist at the first commit.
    let before = repo.read("content/es/a.md");
    let run = repo.transync(&["mark", "content/es/a.md", "--rev", &first, "--force"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("does not exist at"), "{}", run.stderr);
    assert_eq!(repo.read("content/es/a.md"), before);
}

/// A translation that is a symbolic link stays one: its target inside the repository is
/// marked; a target outside the repository is never written.
#[cfg(unix)]
#[test]
fn mark_writes_through_a_symlink_only_inside_the_repository() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN));
    repo.write("content/en/b.md", &page("B", "", EN));
    repo.commit("English");
    let es = page("A", "", ES);
    repo.write("shared/a.md", &es);
    std::fs::create_dir_all(repo.path().join("content/es")).unwrap();
    std::os::unix::fs::symlink("../../shared/a.md", repo.path().join("content/es/a.md")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("b.md"), &es).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("b.md"),
        repo.path().join("content/es/b.md"),
    )
    .unwrap();
    repo.commit("Spanish, through links");

    let run = repo.transync(&["mark", "content/es/a.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(repo.path().join("content/es/a.md").is_symlink());
    assert!(
        repo.read("shared/a.md").contains("source_commit: "),
        "{}",
        repo.read("shared/a.md")
    );

    let run = repo.transync(&["mark", "content/es/b.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("outside the repository"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("b.md")).unwrap(),
        es
    );
    assert!(repo.path().join("content/es/b.md").is_symlink());
}
