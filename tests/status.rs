//! `transync status` end to end, on real temporary git repositories.

mod common;

use common::{TestRepo, page, translation};

const EN_V1: &str = "## Intro\n\nCities learn from cities.\n\n## Forms\n\n- twinning\n- exchange\n";
const EN_V2: &str = "## Intro\n\nCities learn from cities.\n\n## Forms\n\n- twinning\n- exchange\n- triangular partnerships\n";

/// A faithful Spanish translation of `EN_V1`.
const ES_V1: &str = "## Introducción\n\nLas ciudades aprenden de las ciudades.\n\n## Formas\n\n- hermanamiento\n- intercambio\n";

/// English page committed, then its Spanish translation with `extra` front matter.
fn repo_with_translation(es_front_matter: impl Fn(&str) -> String) -> (TestRepo, String) {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN_V1));
    let c1 = repo.commit("English guide");
    repo.write(
        "content/es/guide.md",
        &page("Guía", &es_front_matter(&c1), ES_V1),
    );
    repo.commit("Spanish guide");
    (repo, c1)
}

#[test]
fn recorded_base_is_current_until_english_changes() {
    let (repo, c1) = repo_with_translation(|c| format!("source_commit: {c}\n"));
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current");
    assert_eq!(t["base"]["commit"], c1.as_str());
    assert_eq!(t["base"]["origin"], "recorded");
    assert_eq!(t["base"]["key"], "source_commit");

    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    let c3 = repo.commit("English: add a form of cooperation");
    let json = repo.status_json(&[]);
    let t = translation(&json, "guide.md", "es");
    assert_eq!(t["status"], "stale");
    assert_eq!(t["commits_behind"], 1);
    assert_eq!(t["lines_added"], 1);
    assert_eq!(t["lines_removed"], 0);
    // The date of the first English commit after the base.
    let date = repo.git(&["show", "-s", "--format=%cI", &c3]);
    assert_eq!(t["stale_since"].as_str().unwrap()[..10], date.trim()[..10]);
}

#[test]
fn inferred_base_is_the_last_commit_of_the_translation() {
    let (repo, _) = repo_with_translation(|_| String::new());
    let es_commit = repo.head();
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current");
    assert_eq!(t["base"]["origin"], "inferred");
    assert_eq!(t["base"]["commit"], es_commit.as_str());
    assert!(t["base"]["key"].is_null());

    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    repo.commit("English edit");
    repo.write(
        "content/en/guide.md",
        &page("Guide", "", &format!("{EN_V2}\nMore.\n")),
    );
    repo.commit("Another English edit");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["commits_behind"], 2);
    let text = repo.transync(&["status"]);
    assert!(text.stdout.contains("stale (2)*"), "{}", text.stdout);
    assert!(text.stdout.contains("base inferred"), "{}", text.stdout);
}

#[test]
fn reads_each_of_the_three_keys() {
    let cases = [
        ("source_commit", "source_commit: {}\n".to_string()),
        (
            "l10n.sourceCommit",
            "l10n:\n  sourceCommit: {}\n".to_string(),
        ),
        (
            "default_lang_commit",
            "default_lang_commit: {} # patched\n".to_string(),
        ),
    ];
    for (key, template) in cases {
        let (repo, c1) = repo_with_translation(|c| template.replace("{}", c));
        let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
        assert_eq!(t["status"], "current", "{key}: {t:#}");
        assert_eq!(t["base"]["key"], key);
        assert_eq!(t["base"]["commit"], c1.as_str());
    }
}

#[test]
fn toml_front_matter_is_read() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN_V1));
    let c1 = repo.commit("English");
    repo.write(
        "content/es/guide.md",
        &format!("+++\ntitle = \"Guía\"\nsource_commit = \"{c1}\"\n+++\n\nCuerpo\n"),
    );
    repo.commit("Spanish");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["base"]["origin"], "recorded");
    assert_eq!(t["base"]["commit"], c1.as_str());
}

#[test]
fn abbreviated_hash_resolves_to_the_full_one() {
    let (repo, c1) = repo_with_translation(|c| format!("source_commit: {}\n", &c[..7]));
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current");
    assert_eq!(t["base"]["commit"], c1.as_str());
}

#[test]
fn unknown_hash_is_a_per_file_error_naming_line_and_fix() {
    let (repo, _) = repo_with_translation(|_| "source_commit: 0123456789abcdef\n".to_string());
    repo.write("content/en/other.md", &page("Other", "", "text"));
    repo.write("content/es/other.md", &page("Otro", "", "texto"));
    repo.commit("another page");
    let json = repo.status_json(&[]);
    let t = translation(&json, "guide.md", "es");
    assert_eq!(t["status"], "error");
    assert_eq!(t["line"], 4);
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("does not exist in this repository"),
        "{t:#}"
    );
    // The run goes on: the other page is analysed.
    assert_eq!(translation(&json, "other.md", "es")["status"], "current");
    assert_eq!(json["summary"]["es"]["error"], 1);

    let text = repo.transync(&["status"]);
    assert_eq!(text.code, 0);
    assert!(
        text.stdout.contains("content/es/guide.md:4"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_value_that_is_not_a_hash_is_an_error() {
    let (repo, _) = repo_with_translation(|_| "source_commit: HEAD~1\n".to_string());
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "error");
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("is not a commit hash"),
        "{t:#}"
    );
}

#[test]
fn base_on_another_branch_is_not_an_ancestor() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN_V1));
    repo.commit("English");
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    let side = repo.commit("English on a side branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write(
        "content/es/guide.md",
        &page("Guía", &format!("source_commit: {side}\n"), "…"),
    );
    repo.commit("Spanish made from the side branch");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "error");
    let message = t["message"].as_str().unwrap();
    assert!(
        message.contains("is not an ancestor of HEAD") && message.contains(&side[..7]),
        "{message}"
    );
}

#[test]
fn missing_and_orphaned_translations() {
    let repo = TestRepo::new();
    repo.write("content/en/kept.md", &page("Kept", "", "text"));
    repo.write("content/en/gone.md", &page("Gone", "", "text"));
    repo.write("content/es/gone.md", &page("Ido", "", "texto"));
    repo.write("content/es/never.md", &page("Nunca", "", "texto"));
    repo.commit("pages");
    repo.remove("content/en/gone.md");
    let removal = repo.commit("remove the English page");
    let json = repo.status_json(&[]);
    let kept = translation(&json, "kept.md", "es");
    assert_eq!(kept["status"], "missing");
    assert!(kept["path"].is_null());
    let gone = translation(&json, "gone.md", "es");
    assert_eq!(gone["status"], "orphaned");
    let message = gone["message"].as_str().unwrap();
    assert!(
        message.contains("was deleted in") && message.contains(&removal[..7]),
        "{message}"
    );
    let never = translation(&json, "never.md", "es");
    assert_eq!(never["status"], "orphaned");
    let doc = common::document(&json, "never.md");
    assert!(doc["source_path"].is_null());
    assert_eq!(json["summary"]["es"]["missing"], 1);
    assert_eq!(json["summary"]["es"]["orphaned"], 2);
}

#[test]
fn renamed_english_source_orphans_the_translation_and_names_the_new_path() {
    let repo = TestRepo::new();
    repo.write("content/en/old-name.md", &page("Guide", "", EN_V1));
    repo.write("content/es/old-name.md", &page("Guía", "", "…"));
    repo.commit("pages");
    repo.rename("content/en/old-name.md", "content/en/new-name.md");
    repo.commit("rename the English page");
    let json = repo.status_json(&[]);
    let t = translation(&json, "old-name.md", "es");
    assert_eq!(t["status"], "orphaned");
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("renamed to content/en/new-name.md"),
        "{t:#}"
    );
    assert_eq!(translation(&json, "new-name.md", "es")["status"], "missing");
}

#[test]
fn rename_since_the_base_is_followed_when_comparing() {
    let repo = TestRepo::new();
    repo.write("content/en/old.md", &page("Guide", "", EN_V1));
    let c1 = repo.commit("English");
    repo.rename("content/en/old.md", "content/en/new.md");
    repo.commit("rename");
    // The translation follows the rename and records the original base.
    repo.write(
        "content/es/new.md",
        &page("Guía", &format!("source_commit: {c1}\n"), "…"),
    );
    repo.commit("Spanish");
    let t = translation(&repo.status_json(&[]), "new.md", "es").clone();
    assert_eq!(t["status"], "current", "{t:#}");

    repo.write("content/en/new.md", &page("Guide", "", EN_V2));
    repo.commit("edit after rename");
    let t = translation(&repo.status_json(&[]), "new.md", "es").clone();
    assert_eq!(t["status"], "stale");
    // The rename kept the content, so only the edit counts.
    assert_eq!(t["commits_behind"], 1, "{t:#}");
    assert_eq!(t["lines_added"], 1);
}

#[test]
fn rename_on_a_side_branch_merged_after_the_base_is_followed() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("Guide", "", EN_V1));
    repo.commit("English");
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("content/en/a.md", &page("Guide", "", EN_V2));
    repo.commit("edit on the side branch");
    repo.rename("content/en/a.md", "content/en/b.md");
    repo.commit("rename on the side branch");
    repo.git(&["checkout", "-q", "-"]);
    repo.write("content/es/a.md", &page("Guía", "", "…"));
    let base = repo.commit("Spanish, from the English before the side branch");
    repo.git(&["merge", "-q", "--no-edit", "side"]);
    repo.rename("content/es/a.md", "content/es/b.md");
    repo.write(
        "content/es/b.md",
        &page("Guía", &format!("source_commit: {base}\n"), "…"),
    );
    repo.commit("follow the rename");
    let t = translation(&repo.status_json(&[]), "b.md", "es").clone();
    // The English had a.md at the base; the side branch's edit is the one change behind.
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["commits_behind"], 1, "{t:#}");
    assert_eq!(t["lines_added"], 1, "{t:#}");
}

#[test]
fn uncommitted_english_edits_make_translations_stale_unless_rev_is_given() {
    let (repo, c1) = repo_with_translation(|c| format!("source_commit: {c}\n"));
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["commits_behind"], 0);
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("uncommitted changes")
    );
    let json = repo.status_json(&["--rev", "HEAD"]);
    assert_eq!(json["worktree"], false);
    assert_eq!(translation(&json, "guide.md", "es")["status"], "current");
    let _ = c1;
}

#[test]
fn rev_analyses_an_older_commit() {
    let (repo, c1) = repo_with_translation(|c| format!("source_commit: {c}\n"));
    let translated = repo.head();
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    repo.commit("English edit");
    assert_eq!(
        translation(&repo.status_json(&[]), "guide.md", "es")["status"],
        "stale"
    );
    let json = repo.status_json(&["--rev", &translated]);
    assert_eq!(json["revision"], translated.as_str());
    assert_eq!(translation(&json, "guide.md", "es")["status"], "current");
    // At the English-only commit there is no Spanish yet, so no target language either.
    let json = repo.status_json(&["--rev", &c1]);
    assert_eq!(json["languages"], serde_json::json!([]));
    let bad = repo.transync(&["status", "--rev", "nope"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("`nope` is not a commit, branch or tag of this repository"),
        "{}",
        bad.stderr
    );
}

#[test]
fn suffix_layout_with_configuration() {
    let repo = TestRepo::new();
    repo.write(
        "transync.toml",
        "content-root = \"site\"\nlayout = \"{path}.{lang}.md\"\nlanguages = [\"es\", \"ko\"]\n",
    );
    repo.write("site/docs/intro.md", &page("Intro", "", EN_V1));
    repo.write("site/about.en.md", &page("About", "", "about"));
    let c1 = repo.commit("English");
    repo.write(
        "site/docs/intro.es.md",
        &page("Intro", &format!("source_commit: {c1}\n"), "…"),
    );
    repo.write(
        "site/docs/intro.ko.md",
        &page("소개", &format!("source_commit: {c1}\n"), "…"),
    );
    repo.commit("translations");
    repo.write("site/docs/intro.md", &page("Intro", "", EN_V2));
    repo.commit("English edit");
    let json = repo.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["es", "ko"]));
    assert_eq!(translation(&json, "docs/intro.md", "ko")["status"], "stale");
    assert_eq!(
        translation(&json, "docs/intro.md", "ko")["path"],
        "site/docs/intro.ko.md"
    );
    assert_eq!(translation(&json, "about.md", "es")["status"], "missing");
    let doc = common::document(&json, "about.md");
    assert_eq!(doc["source_path"], "site/about.en.md");
}

#[test]
fn directory_alias_maps_to_a_language_tag() {
    let repo = TestRepo::new();
    repo.write("transync.toml", "[aliases]\nbrasil = \"pt-BR\"\n");
    repo.write("content/en/a.md", &page("A", "", "text"));
    repo.write("content/en/b.md", &page("B", "", "text"));
    repo.write("content/brasil/a.md", &page("A", "", "texto"));
    repo.commit("pages");
    let json = repo.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["pt-BR"]));
    assert_eq!(translation(&json, "a.md", "pt-BR")["status"], "current");
    assert_eq!(translation(&json, "b.md", "pt-BR")["status"], "missing");
    // A lower-case region works without an alias.
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "text"));
    repo.write("content/pt-br/a.md", &page("A", "", "texto"));
    repo.commit("pages");
    let json = repo.status_json(&["--lang", "pt-BR"]);
    assert_eq!(
        translation(&json, "a.md", "pt-BR")["path"],
        "content/pt-br/a.md"
    );
}

#[test]
fn modules_and_lessons_are_grouped() {
    let repo = TestRepo::new();
    repo.write("content/en/m/_index.md", &page("Module", "", "intro"));
    repo.write("content/en/m/01-one.md", &page("One", "", "one"));
    repo.write("content/en/m/02-two.md", &page("Two", "", "two"));
    repo.write("content/fr/m/_index.md", &page("Module", "", "intro"));
    repo.write("content/fr/m/01-one.md", &page("Un", "", "un"));
    repo.commit("module");
    let json = repo.status_json(&[]);
    let kinds: Vec<(&str, &str)> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["kind"].as_str().unwrap()))
        .collect();
    assert!(kinds.contains(&("m/_index.md", "module")));
    assert!(kinds.contains(&("m/02-two.md", "lesson")));
    let text = repo.transync(&["status"]).stdout;
    let module_row = text
        .lines()
        .find(|l| l.starts_with("m/ (module, 3 pages)"))
        .expect(&text);
    assert!(module_row.contains("2/3 current"), "{module_row}");
    assert!(text.contains("  02-two.md"), "{text}");
}

#[test]
fn path_and_lang_filters() {
    let repo = TestRepo::new();
    repo.write("content/en/blog/a.md", &page("A", "", "a"));
    repo.write("content/en/news/b.md", &page("B", "", "b"));
    repo.write("content/es/blog/a.md", &page("A", "", "a"));
    repo.write("content/fr/blog/a.md", &page("A", "", "a"));
    repo.commit("pages");
    let json = repo.status_json(&["content/es/blog", "--lang", "fr"]);
    let ids: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["blog/a.md"]);
    assert_eq!(json["languages"], serde_json::json!(["fr"]));

    let bad = repo.transync(&["status", "--lang", "de"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("not a language of this project; choose among es, fr"),
        "{}",
        bad.stderr
    );
    let outside = repo.transync(&["status", "../"]);
    assert_eq!(outside.code, 2);
    assert!(
        outside.stderr.contains("outside the repository"),
        "{}",
        outside.stderr
    );
    let absent = repo.transync(&["status", "content/en/nope.md"]);
    assert_eq!(absent.code, 2);
    assert!(
        absent
            .stderr
            .contains("does not exist and names no document"),
        "{}",
        absent.stderr
    );
    // The path of a missing translation is a filter, not a mistake.
    let missing = repo.status_json(&["content/es/news/b.md"]);
    let ids: Vec<&str> = missing["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["news/b.md"]);

    // Document ids, as `diff`, `scaffold` and `sync` take them: a file or a directory.
    let by_id = repo.status_json(&["news/b.md", "blog/"]);
    let ids: Vec<&str> = by_id["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["blog/a.md", "news/b.md"]);
    let nothing = repo.transync(&["check", "guides/x.md"]);
    assert_eq!(nothing.code, 2);
    assert!(
        nothing
            .stderr
            .contains("guides/x.md is neither a document id nor a path under the content root"),
        "{}",
        nothing.stderr
    );
}

#[test]
fn front_matter_problems_are_per_file_errors() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "a"));
    repo.write("content/en/b.md", &page("B", "", "b"));
    repo.write("content/en/c.md", &page("C", "", "c"));
    repo.write("content/es/a.md", "---\ntitle: \"A\ntags: [x\n---\nbody\n");
    repo.write("content/es/b.md", "---\ntitle: B\nbody without end\n");
    repo.write_bytes("content/es/c.md", b"---\ntitle: C\n---\n\xff\xfe broken\n");
    repo.commit("pages");
    let json = repo.status_json(&[]);
    for (id, needle, line) in [
        ("a.md", "invalid YAML front matter", None),
        ("b.md", "never closed", Some(1)),
        ("c.md", "not valid UTF-8", Some(4)),
    ] {
        let t = translation(&json, id, "es");
        assert_eq!(t["status"], "error", "{id}");
        assert!(
            t["message"].as_str().unwrap().contains(needle),
            "{id}: {t:#}"
        );
        if let Some(line) = line {
            assert_eq!(t["line"], line, "{id}");
        }
    }
}

#[test]
fn configuration_errors_name_file_and_key() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "a"));
    repo.write(
        "transync.toml",
        "source-language = \"en\"\ncontent-dir = \"docs\"\n",
    );
    repo.commit("pages");
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("transync.toml"), "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown field `content-dir`"),
        "{}",
        run.stderr
    );
}

#[test]
fn config_is_found_from_a_subdirectory_and_overridable() {
    let repo = TestRepo::new();
    repo.write("transync.toml", "content-root = \"docs\"\n");
    repo.write("docs/en/a.md", &page("A", "", "a"));
    repo.write("docs/es/a.md", &page("A", "", "a"));
    repo.write("alt.toml", "content-root = \"other\"\n");
    repo.write("other/en/z.md", &page("Z", "", "z"));
    repo.commit("pages");
    let run = repo.transync_in(
        &repo.path().join("docs/es"),
        &["status", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\"a.md\""));
    let run = repo.transync(&["--config", "alt.toml", "status", "--format", "json"]);
    assert!(run.stdout.contains("\"z.md\""), "{}", run.stderr);
    let run = common::transync_command(std::path::Path::new("/"))
        .args(["-C"])
        .arg(repo.path())
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&run.stdout).contains("\"a.md\""));
}

#[test]
fn outside_a_repository_is_an_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::Run::from(
        common::transync_command(dir.path())
            .arg("status")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not inside a git repository"),
        "{}",
        run.stderr
    );
}

#[test]
fn merged_branch_translation_is_attributed_to_its_own_commit() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN_V1));
    repo.commit("English");
    repo.git(&["checkout", "-q", "-b", "translate"]);
    repo.write("content/es/guide.md", &page("Guía", "", "…"));
    let es = repo.commit("Spanish on a branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    repo.commit("English edit on main meanwhile");
    repo.git(&[
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "merge translation",
        "translate",
    ]);
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    // Made from the English before the edit: stale, although the merge is newer.
    assert_eq!(t["base"]["commit"], es.as_str());
    assert_eq!(t["status"], "stale");
    assert_eq!(t["commits_behind"], 1);
}

#[test]
fn json_snapshot() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN_V1));
    repo.write("content/en/b.md", &page("B", "", "b"));
    repo.write("content/en/m/_index.md", &page("M", "", "m"));
    repo.write("content/en/m/01-l.md", &page("L", "", "l"));
    let c1 = repo.commit("English");
    repo.write(
        "content/fr/a.md",
        &page("A", &format!("source_commit: {c1}\n"), "a"),
    );
    repo.write("content/fr/m/_index.md", &page("M", "", "m"));
    repo.write("content/fr/x.md", &page("X", "", "x"));
    repo.commit("French");
    repo.write("content/en/a.md", &page("A", "", EN_V2));
    repo.commit("English edit");
    let run = repo.transync(&["status", "--format", "json"]);
    insta::with_settings!({filters => vec![(r"\b[0-9a-f]{40}\b", "[SHA]"), (r"\b[0-9a-f]{7}\b", "[SHORT]")]}, {
        insta::assert_snapshot!(run.stdout);
    });
}

#[test]
fn shallow_clone_reports_bases_it_cannot_know() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN_V1));
    repo.write("content/en/b.md", &page("B", "", EN_V1));
    let c1 = repo.commit("English");
    repo.write("content/es/a.md", &page("A", "", "…"));
    repo.write(
        "content/es/b.md",
        &page("B", &format!("source_commit: {c1}\n"), "…"),
    );
    repo.commit("Spanish");
    repo.write("content/en/a.md", &page("A", "", EN_V2));
    repo.commit("English edit");
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let out = common::git_command(repo.path())
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(clone.path().join("c"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = repo.transync_in(&clone.path().join("c"), &["status", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    // Inferred: the clone's only commit seems to add everything, so it cannot tell.
    let a = translation(&json, "a.md", "es");
    assert_eq!(a["status"], "error", "{a:#}");
    assert!(
        a["message"]
            .as_str()
            .unwrap()
            .contains("git fetch --unshallow")
    );
    // Recorded: the base is outside the clone.
    let b = translation(&json, "b.md", "es");
    assert_eq!(b["status"], "error", "{b:#}");
    assert!(b["message"].as_str().unwrap().contains("shallow clone"));
    assert!(json["notes"][0].as_str().unwrap().contains("shallow clone"));
}

#[test]
fn crlf_checkouts_compare_as_git_stores_them() {
    let repo = TestRepo::new();
    repo.write(".gitattributes", "*.md text eol=crlf\n");
    repo.write(
        "content/en/a.md",
        "---\r\ntitle: A\r\n---\r\nl1\r\nl2\r\nl3\r\n",
    );
    let c1 = repo.commit("English");
    repo.write(
        "content/es/a.md",
        &format!("---\r\nsource_commit: {c1}\r\n---\r\nx\r\n"),
    );
    repo.commit("Spanish");
    repo.write(
        "content/en/a.md",
        "---\r\ntitle: A\r\n---\r\nl1\r\nl2 edited\r\nl3\r\n",
    );
    repo.commit("English edit");
    // Back to the base content, uncommitted: current again.
    repo.write(
        "content/en/a.md",
        "---\r\ntitle: A\r\n---\r\nl1\r\nl2\r\nl3\r\n",
    );
    assert_eq!(
        translation(&repo.status_json(&[]), "a.md", "es")["status"],
        "current"
    );
    repo.write(
        "content/en/a.md",
        "---\r\ntitle: A\r\n---\r\nl1\r\nl2 again\r\nl3\r\n",
    );
    let t = translation(&repo.status_json(&[]), "a.md", "es").clone();
    assert_eq!(
        (
            t["status"].as_str(),
            t["lines_added"].as_u64(),
            t["lines_removed"].as_u64()
        ),
        (Some("stale"), Some(1), Some(1))
    );
}

#[test]
fn moving_a_folder_keeps_inferred_staleness() {
    let repo = TestRepo::new();
    repo.write("content/en/old/a.md", &page("A", "", EN_V1));
    repo.write("content/es/old/a.md", &page("A", "", "…"));
    repo.commit("pages");
    repo.write("content/en/old/a.md", &page("A", "", EN_V2));
    repo.commit("English edit");
    repo.rename("content/en/old/a.md", "content/en/new/a.md");
    repo.rename("content/es/old/a.md", "content/es/new/a.md");
    repo.commit("move the folder");
    let t = translation(&repo.status_json(&[]), "new/a.md", "es").clone();
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["commits_behind"], 1);
}

#[test]
fn commits_behind_follow_the_name_the_file_had_even_with_merges() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN_V1));
    let c1 = repo.commit("English");
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("content/en/other.md", &page("O", "", "o"));
    repo.commit("side work");
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge side", "side"]);
    repo.write(
        "content/es/b.md",
        &page("B", &format!("source_commit: {c1}\n"), "…"),
    );
    repo.commit("Spanish");
    repo.rename("content/en/a.md", "content/en/b.md");
    repo.commit("rename");
    repo.write("content/en/b.md", &page("A", "", EN_V2));
    repo.commit("edit");
    // A new, unrelated page takes the old name and changes three times.
    for i in 0..3 {
        repo.write(
            "content/en/a.md",
            &page("New A", "", &format!("version {i}")),
        );
        repo.commit("unrelated page");
    }
    let t = translation(&repo.status_json(&[]), "b.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["commits_behind"], 1, "{t:#}");
}

#[test]
fn renamed_then_deleted_source_says_so() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", EN_V1));
    repo.write("content/en/kept.md", &page("K", "", "k"));
    repo.write("content/es/a.md", &page("A", "", "…"));
    repo.commit("pages");
    repo.rename("content/en/a.md", "content/en/b.md");
    repo.commit("rename");
    repo.remove("content/en/b.md");
    repo.commit("delete");
    let t = translation(&repo.status_json(&[]), "a.md", "es").clone();
    assert_eq!(t["status"], "orphaned");
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("renamed to content/en/b.md"),
        "{t:#}"
    );
    assert!(
        t["message"].as_str().unwrap().contains("no longer exists"),
        "{t:#}"
    );
}

#[test]
fn stale_since_is_when_the_change_reached_the_branch() {
    let (repo, _) = repo_with_translation(|c| format!("source_commit: {c}\n"));
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    repo.commit("English edit on a branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("content/en/other.md", &page("Other", "", "x"));
    repo.commit("meanwhile on main");
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feature", "feature"]);
    let merged_at = repo.git(&["show", "-s", "--format=%cI", "HEAD"]);
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(
        t["stale_since"].as_str().unwrap()[..10],
        merged_at.trim()[..10],
        "{t:#}"
    );
}

#[test]
fn stale_since_skips_an_edit_that_was_reverted() {
    let (repo, _) = repo_with_translation(|c| format!("source_commit: {c}\n"));
    repo.write("content/en/guide.md", &page("Guide", "", EN_V2));
    repo.commit("edit");
    repo.write("content/en/guide.md", &page("Guide", "", EN_V1));
    repo.commit("revert");
    repo.write(
        "content/en/guide.md",
        &page("Guide", "", &EN_V2.replace("triangular", "South-South")),
    );
    let last = repo.commit("edit again");
    let last_at = repo.git(&["show", "-s", "--format=%cI", &last]);
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["commits_behind"], 3);
    assert_eq!(
        t["stale_since"].as_str().unwrap()[..10],
        last_at.trim()[..10],
        "{t:#}"
    );
}

/// An English page that is not UTF-8 or whose front matter does not parse would break the
/// site: `status` and `check` say so, naming the file and line, in text and JSON.
#[test]
fn a_broken_english_source_is_reported() {
    let repo = TestRepo::new();
    repo.write("content/en/good.md", &page("Good", "", "Hi."));
    repo.write_bytes("content/en/bad.md", b"---\ntitle: B \xff\n---\n\nbad.\n");
    repo.write("content/en/broken.md", "---\ntitle: [\n---\n\nbroken.\n");
    repo.commit("English");
    repo.write("content/fr/broken.md", &page("Cassé", "", "cassé."));
    repo.write("content/fr/bad.md", &page("Mauvais", "", "mauvais."));
    repo.commit("French");
    // Its translation is an error that says why, not a translation of an empty page.
    repo.write_bytes("content/en/bin.md", b"# B\n\nfine\n");
    repo.write("content/fr/bin.md", &page("B", "", "bien."));
    repo.commit("bin");
    repo.write_bytes("content/en/bin.md", b"# B\n\x00\x01\x02");
    repo.commit("English made binary");
    let json = repo.status_json(&[]);
    let bad = translation(&json, "bad.md", "fr");
    assert_eq!(bad["status"], "error", "{bad:#}");
    assert!(
        bad["message"]
            .as_str()
            .unwrap()
            .contains("content/en/bad.md is not valid UTF-8 (byte 13, line 2)"),
        "{bad:#}"
    );
    assert_eq!(bad["lines_removed"], 0, "{bad:#}");
    let bin = translation(&json, "bin.md", "fr");
    assert_eq!(bin["status"], "error", "{bin:#}");
    assert!(
        bin["message"]
            .as_str()
            .unwrap()
            .contains("is a binary file"),
        "{bin:#}"
    );
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("the English source content/en/bad.md is not valid UTF-8 (byte 13)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("the English source content/en/broken.md, line 2: invalid YAML"),
        "{}",
        run.stdout
    );
    let json = repo.status_json(&[]);
    let notes: Vec<&str> = json["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    let check = repo.transync(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(
        check.stdout.contains("content/en/broken.md, line 2"),
        "{}",
        check.stdout
    );
}

#[test]
fn control_characters_in_file_names_are_shown_not_obeyed() {
    let repo = TestRepo::new();
    let name = "evil\u{1b}[2J\u{1b}[31mred";
    repo.write(&format!("content/en/{name}.md"), &page("Evil", "", "text"));
    repo.write("content/es/gone\u{7}.md", &page("Ido", "", "texto"));
    repo.commit("pages");
    for color in ["always", "never"] {
        let run = repo.transync(&["status", "--color", color]);
        assert!(
            !run.stdout.contains('\u{1b}') || color == "always",
            "no escape at all without colours: {}",
            run.stdout
        );
        assert!(
            !run.stdout.contains("\u{1b}[2J") && !run.stderr.contains("\u{1b}[2J"),
            "{color}: {:?}",
            run.stdout
        );
        assert!(
            run.stdout.contains("evil\\u{1b}[2J"),
            "{color}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains('\u{7}') && !run.stderr.contains('\u{7}'));
    }
    // JSON keeps the name exactly (escaped the JSON way).
    let json = repo.status_json(&[]);
    assert!(
        json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == format!("{name}.md"))
    );
}

/// A translation missing most of the page has a finding per section: the overview lists
/// the first five and says how many more and where to see them; JSON keeps them all.
#[test]
fn many_drift_findings_are_summarised_in_the_overview() {
    let repo = TestRepo::new();
    let sections: String = (1..=8)
        .map(|i| format!("## Part {i}\n\nText of part {i}.\n\n"))
        .collect();
    repo.write("content/en/long.md", &page("Long", "", &sections));
    repo.commit("English");
    repo.write("content/fr/long.md", &page("Long", "", "Texte.\n"));
    repo.commit("French");
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown = run.stdout.matches("drift: ").count();
    assert_eq!(shown, 5, "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "… and 3 more drift findings (all of them: `transync check content/fr/long.md`)"
        ),
        "{}",
        run.stdout
    );
    let json = repo.status_json(&[]);
    let drift = translation(&json, "long.md", "fr")["drift"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(drift, 8);
}
