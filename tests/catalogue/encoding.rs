//! Bytes that are not the Markdown a page should be: invalid UTF-8, BOMs, CRLF, binary,
//! empty files, front matter never closed or broken, a YAML alias bomb.

use crate::harness::*;

/// Status text, the line of the translation and the exit code, for an English source made
/// bad after the translation was recorded.
fn english_made(bytes: &[u8]) -> (TestRepo, Run) {
    let (repo, _) = translated();
    repo.write_bytes("content/en/a.md", bytes);
    repo.commit("English damaged");
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["status"]);
    tree.check();
    (repo, run)
}

/// The translation's own line says the English is not UTF-8 (with where), not that the
/// translation is stale by the whole page.
#[test]
fn an_english_source_not_utf8_is_said_on_the_translation_line() {
    let (_repo, run) = english_made(b"---\ntitle: A\n---\n\n## Intro\n\nCit\xe9s learn.\n");
    expect(&run, 0, &["content/en/a.md"]);
    let line = lines_naming(&run, "content/es/a.md");
    assert!(line.contains("not valid UTF-8"), "{line}\n{}", run.stdout);
    assert!(line.contains("line 7"), "{line}\n{}", run.stdout);
    assert!(!line.contains("major") && !line.contains("lines"), "{line}");
}

/// Same for an English source that became binary.
#[test]
fn an_english_source_made_binary_is_said_on_the_translation_line() {
    let (_repo, run) = english_made(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01");
    expect(&run, 0, &["content/en/a.md"]);
    let line = lines_naming(&run, "content/es/a.md");
    assert!(line.contains("binary"), "{line}\n{}", run.stdout);
    assert!(!line.contains("major") && !line.contains("lines"), "{line}");
}

/// A translation not UTF-8: a per-file error naming byte and line; `mark` refuses it and
/// writes nothing.
#[test]
fn a_translation_not_utf8_is_a_per_file_error_and_mark_refuses_it() {
    let (repo, base) = translated();
    repo.write_bytes(
        "content/es/a.md",
        &[
            format!("---\ntitle: A\nsource_commit: {base}\n---\n\nCiudad ").as_bytes(),
            b"\xff.\n",
        ]
        .concat(),
    );
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md"]);
    let line = lines_naming(&status, "content/es/a.md");
    assert!(
        line.contains("not valid UTF-8") && line.contains("a.md:6"),
        "{line}"
    );
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "not valid UTF-8"]);
    tree.check();
}

/// A BOM and CRLF line endings are a page like any other: current, and `mark` changes the
/// hash only.
#[test]
fn bom_and_crlf_are_kept_byte_for_byte() {
    let (repo, base) = translated();
    let crlf = format!(
        "\u{feff}---\r\ntitle: \"A\"\r\ndate: 2025-01-01\r\nsource_commit: {base}\r\n---\r\n\r\n## Introducción\r\n\r\nLas ciudades aprenden.\r\n"
    );
    repo.write("content/es/a.md", &crlf);
    repo.commit("Spanish with BOM and CRLF");
    let status = run(repo.path(), &["status", "--format", "json"]);
    expect(&status, 0, &[]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(
        crate::common::translation(&json, "a.md", "es")["status"],
        "current"
    );
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    let head = repo.commit("English edit");
    let mark = run(repo.path(), &["mark", "--force", "content/es/a.md"]);
    expect(&mark, 0, &["content/es/a.md"]);
    assert_eq!(repo.read("content/es/a.md"), crlf.replace(&base, &head));
}

/// A translation that is binary is an error that says so.
#[test]
fn a_binary_translation_is_a_per_file_error() {
    let (repo, _) = translated();
    repo.write_bytes("content/es/a.md", b"\x00\x01\x02\x03PK\x03\x04");
    repo.commit("binary");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md"]);
    assert!(lines_naming(&status, "content/es/a.md").contains("binary"));
    let check = run(repo.path(), &["check"]);
    expect(&check, 1, &["content/es/a.md", "binary"]);
    tree.check();
}

/// An empty translation and an empty English page: reported, nothing crashes, nothing is
/// written.
#[test]
fn empty_files_are_pages_without_text() {
    let (repo, _) = translated();
    repo.write("content/es/a.md", "");
    repo.write("content/en/c.md", "");
    repo.write("content/es/c.md", "");
    repo.commit("empty files");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["a.md", "c.md"]);
    let diff = run(repo.path(), &["diff", "content/es/a.md"]);
    no_leaks(&diff);
    assert!(diff.code == 0 || diff.code == 1, "{diff:?}");
    tree.check();
}

/// Front matter never closed: the file and the line it opens on, and `mark` refuses it.
#[test]
fn unterminated_front_matter_is_refused_with_its_line() {
    let (repo, _) = translated();
    repo.write(
        "content/es/a.md",
        "---\ntitle: A\n\nLas ciudades aprenden.\n",
    );
    repo.commit("never closed");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md"]);
    let line = lines_naming(&status, "content/es/a.md");
    assert!(
        line.contains("never closed") && line.contains("line 1"),
        "{line}"
    );
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "never closed"]);
    tree.check();
}

/// Front matter that is not YAML: file, line, cause.
#[test]
fn broken_front_matter_is_refused_with_its_line() {
    let (repo, _) = translated();
    repo.write(
        "content/es/a.md",
        "---\ntitle: \"A\ntags: [x\n---\n\nTexto.\n",
    );
    repo.commit("broken YAML");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md", "invalid YAML"]);
    let line = lines_naming(&status, "content/es/a.md");
    assert!(line.contains("line "), "{line}");
    let sync = run(repo.path(), &["sync"]);
    no_leaks(&sync);
    assert!(sync.stdout.contains("content/es/a.md") || sync.stderr.contains("content/es/a.md"));
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md", "invalid YAML"]);
    tree.check();
}

/// Billion laughs in the front matter: refused quickly, in words, not a parser's budget.
#[test]
fn an_alias_bomb_in_front_matter_is_refused_quickly() {
    let (repo, _) = translated();
    let mut yaml = String::from("---\ntitle: A\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..30 {
        let p = i - 1;
        yaml.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    yaml.push_str("---\n\nTexto.\n");
    repo.write("content/es/a.md", &yaml);
    repo.commit("alias bomb");
    let tree = Unchanged::with_git(repo.path());
    let status = run(repo.path(), &["status"]);
    expect(&status, 0, &["content/es/a.md"]);
    assert!(
        lines_naming(&status, "content/es/a.md").contains("alias"),
        "{}",
        status.stdout
    );
    let sync = run(repo.path(), &["sync"]);
    no_leaks(&sync);
    let mark = run(repo.path(), &["mark", "content/es/a.md"]);
    expect(&mark, 2, &["content/es/a.md"]);
    tree.check();
}

/// A Fluent file of junk: the file and line, in check; the others still checked.
#[test]
fn a_junk_fluent_file_is_reported_with_its_line() {
    let repo = TestRepo::new();
    repo.write("locales/en/main.ftl", "hello = Hello\nbye = Bye\n");
    repo.write("locales/en/other.ftl", "yes = Yes\n");
    repo.commit("English");
    repo.write("locales/es/main.ftl", "hello = Hola\n}{ ]] junk\n=== \n");
    repo.write_bytes("locales/es/other.ftl", b"yes = S\xc3\xad\n\x00\x01\x02");
    repo.commit("Spanish");
    let tree = Unchanged::with_git(repo.path());
    // Fluent findings are warnings by default and fail with `--fail-on ftl`.
    let warned = run(repo.path(), &["check"]);
    expect(
        &warned,
        0,
        &["locales/es/main.ftl", "locales/es/other.ftl", "syntax"],
    );
    let check = run(repo.path(), &["check", "--fail-on", "ftl"]);
    expect(&check, 1, &["locales/es/main.ftl", "locales/es/other.ftl"]);
    let line = lines_naming(&check, "locales/es/main.ftl");
    assert!(
        line.contains(":2") || line.contains("line 2"),
        "{line}\n{}",
        check.stdout
    );
    let status = run(repo.path(), &["status"]);
    no_leaks(&status);
    assert!(status.code == 0, "{status:?}");
    let mark = run(repo.path(), &["mark", "locales/es/main.ftl"]);
    expect(&mark, 2, &["locales/es/main.ftl"]);
    tree.check();
}
