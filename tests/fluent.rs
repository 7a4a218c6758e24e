//! Fluent files in `status` and `check`: counts, findings, per-message staleness against
//! the base commit, and the CI gate.

mod common;

use common::{TestRepo, page};

const EN: &str = "hello = Hello, { $name }!\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\n";
const FR: &str = "hello = Bonjour, { $name } !\nitems = { $count ->\n    [one] Un élément\n   *[other] { $count } éléments\n}\n";

fn repo() -> (TestRepo, String) {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Text."));
    repo.write("content/fr/a.md", &page("A", "", "Texte."));
    repo.write("locales/en/app.ftl", EN);
    let c1 = repo.commit("English");
    repo.write(
        "locales/fr/app.ftl",
        &format!("### source_commit: {c1}\n\n{FR}"),
    );
    repo.commit("French");
    (repo, c1)
}

#[test]
fn status_counts_messages_and_check_passes_a_clean_file() {
    let (repo, c1) = repo();
    let json = repo.status_json(&[]);
    let file = &json["fluent"][0];
    assert_eq!(file["path"], "locales/fr/app.ftl");
    assert_eq!(
        file["counts"],
        serde_json::json!({"current": 2, "stale": 0, "missing": 0})
    );
    assert_eq!(file["base"]["commit"], c1.as_str());
    assert_eq!(file["base"]["origin"], "recorded");
    assert!(file["findings"].as_array().unwrap().is_empty(), "{file:#}");
    let run = repo.transync(&["check", "--fail-on", "ftl"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn english_changes_after_the_base_make_messages_stale() {
    let (repo, _) = repo();
    repo.write(
        "locales/en/app.ftl",
        &EN.replace("Hello, { $name }!", "Welcome back, { $name }!"),
    );
    repo.commit("English wording");
    let json = repo.status_json(&[]);
    let file = &json["fluent"][0];
    assert_eq!(file["counts"]["stale"], 1);
    let stale = &file["findings"][0];
    assert_eq!(stale["check"], "stale");
    assert_eq!(stale["id"], "hello");
    assert!(
        stale["english_before"]
            .as_str()
            .unwrap()
            .contains("Hello, { $name }!")
    );
    assert!(
        stale["english_after"]
            .as_str()
            .unwrap()
            .contains("Welcome back")
    );
    let text = repo.transync(&["status"]).stdout;
    assert!(
        text.contains("locales/fr/app.ftl  1 current, 1 stale, 0 missing"),
        "{text}"
    );
}

#[test]
fn a_broken_translation_fails_check_with_exact_findings() {
    let (repo, c1) = repo();
    let broken = format!(
        "### source_commit: {c1}\n\nhello = Bonjour, {{ $nom }} !\nitems = {{ $count ->\n    [one] Un élément\n}}\nextra = En trop\n"
    );
    repo.write("locales/fr/app.ftl", &broken);
    repo.commit("broken French");
    let run = repo.transync(&["check", "--fail-on", "ftl", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut ftl: Vec<(String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "ftl")
        .map(|f| {
            (
                f["level"].as_str().unwrap().to_string(),
                f["message"]
                    .as_str()
                    .unwrap()
                    .split(':')
                    .next()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    ftl.sort();
    assert_eq!(
        ftl,
        [
            (
                "error".to_string(),
                "no-default-variant `items`".to_string()
            ),
            ("error".to_string(), "unknown-variable `hello`".to_string()),
            (
                "warning".to_string(),
                "dropped-variable `hello`".to_string()
            ),
            ("warning".to_string(), "obsolete `extra`".to_string()),
        ],
        "{:#}",
        json["findings"]
    );
    // Without `ftl` in fail-on, the same findings only warn.
    let run = repo.transync(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn a_missing_translated_file_is_one_finding() {
    let (repo, _) = repo();
    repo.write("locales/en/more.ftl", "bye = Goodbye\n");
    repo.commit("another English file");
    let json = repo.status_json(&[]);
    let more = json["fluent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "locales/fr/more.ftl")
        .unwrap();
    assert_eq!(more["exists"], false);
    assert_eq!(more["counts"]["missing"], 1);
    assert_eq!(more["findings"].as_array().unwrap().len(), 1);
    assert_eq!(more["findings"][0]["path"], "locales/en/more.ftl");
}

#[test]
fn the_sample_locales_pass_the_fluent_gate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = common::Run::from(
        common::transync_command(root)
            .args([
                "check",
                "--rev",
                "HEAD",
                "--fail-on",
                "ftl",
                "--format",
                "json",
                "locales",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    // site.ftl and transync.ftl (the tool's own messages) in es, fr and pt.
    let files = json["fluent"].as_array().unwrap();
    assert_eq!(files.len(), 6);
    // The tool's own locales are kept complete: no message missing, stale or flagged.
    let own: Vec<&serde_json::Value> = files
        .iter()
        .filter(|f| f["path"].as_str().unwrap().ends_with("/transync.ftl"))
        .collect();
    assert_eq!(own.len(), 3);
    for f in own {
        assert_eq!(f["counts"]["missing"], 0, "{f}");
        assert_eq!(f["counts"]["stale"], 0, "{f}");
        assert!(f["findings"].as_array().unwrap().is_empty(), "{f}");
    }
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["level"] != "error")
    );
}

#[test]
fn diff_of_a_fluent_file_shows_the_changed_english_messages() {
    let (repo, _) = repo();
    repo.write(
        "locales/en/app.ftl",
        &EN.replace("Hello, { $name }!", "Welcome back, { $name }!"),
    );
    repo.commit("English wording");
    let run = repo.transync(&["diff", "locales/fr/app.ftl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("@@ hello changed in English — translation line 3"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("- hello = Hello, { $name }!"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("+ hello = Welcome back, { $name }!"),
        "{}",
        run.stdout
    );
    let bad = repo.transync(&["diff", "locales/de/app.ftl"]);
    assert_eq!(bad.code, 2);
}

#[test]
fn fluent_failures_reach_junit_and_status_of_a_locales_path() {
    let (repo, _) = repo();
    repo.write("locales/fr/app.ftl", "hello = Bonjour, { $nom } !\n");
    repo.commit("broken French");
    let run = repo.transync(&["check", "--fail-on", "ftl", "--format", "junit"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("<testcase classname=\"transync.fr\" name=\"locales/fr/app.ftl\""),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("failures=\"0\""), "{}", run.stdout);
    let status = repo.transync(&["status", "locales"]);
    assert!(
        status.stdout.contains("Fluent messages"),
        "{}",
        status.stdout
    );
    assert!(
        !status.stdout.contains("no documents to report"),
        "{}",
        status.stdout
    );
    // The English file names every translation of it, never itself.
    let diff = repo.transync(&["diff", "locales/en/app.ftl"]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    assert!(
        diff.stdout.contains("locales/fr/app.ftl") && !diff.stdout.contains("locales/en/app.ftl ("),
        "{}",
        diff.stdout
    );
}

/// `status` lists errors and stale messages; for the other warnings it says how many and
/// where they are listed, so the count in the line is never unexplained.
#[test]
fn status_points_to_the_warnings_it_does_not_list() {
    let (repo, c1) = repo();
    repo.write(
        "locales/fr/app.ftl",
        &format!("### source_commit: {c1}\n\n{FR}old-one = Ancien\nold-two = Vieux\n"),
    );
    let run = repo.transync(&["status"]);
    assert!(run.stdout.contains(", 2 warnings\n"), "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "and 2 more warnings (untranslated, obsolete…): `transync check` lists every finding"
        ),
        "{}",
        run.stdout
    );
    let check = repo.transync(&["check"]);
    assert!(
        check.stdout.contains("obsolete `old-two`"),
        "{}",
        check.stdout
    );
}

/// The findings of `check --format json` about Fluent files: (level, check, path).
fn ftl_findings(run: &common::Run) -> Vec<(String, String, String)> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut found: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "ftl")
        .map(|f| {
            let message = f["message"].as_str().unwrap();
            (
                f["level"].as_str().unwrap().to_string(),
                message.split([' ', ':']).next().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_repository_of_fluent_files_only_opens_and_resolves_terms_across_files() {
    let repo = TestRepo::new();
    repo.write("README.md", "# Strings\n");
    repo.write("en-US/brands.ftl", "-brand-name = Firefox\n");
    repo.write(
        "en-US/menu/app.ftl",
        "about = About { -brand-name }\nquit = Quit\n",
    );
    repo.write("de/brands.ftl", "-brand-name = Firefox\n");
    repo.write(
        "de/menu/app.ftl",
        "about = Über { -brand-name }\nquit = Beenden\n",
    );
    repo.commit("strings");
    let json = repo.status_json(&[]);
    assert_eq!(json["source_language"], "en-US", "{json:#}");
    assert_eq!(json["languages"], serde_json::json!(["de"]));
    let paths: Vec<&str> = json["fluent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["de/brands.ftl", "de/menu/app.ftl"]);
    // A term from another file of the language is defined: no error.
    let run = repo.transync(&["check", "--fail-on", "ftl", "--format", "json"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(ftl_findings(&run), []);
    // Once the German brands file lacks the term, that file says so, not every user of it.
    repo.write("de/brands.ftl", "# none\n");
    repo.commit("term removed");
    let run = repo.transync(&["check", "--fail-on", "ftl", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        ftl_findings(&run),
        [(
            "error".to_string(),
            "missing".to_string(),
            "de/brands.ftl".to_string()
        )]
    );
}

#[test]
fn one_file_per_language_in_each_component_opens_as_its_own_set() {
    let repo = TestRepo::new();
    repo.write("src/ls/locales/en-US.ftl", "ls-about = List files\n");
    repo.write(
        "src/ls/locales/fr-FR.ftl",
        "ls-about = Lister les fichiers\n",
    );
    repo.write("src/cat/locales/en-US.ftl", "cat-about = Print files\n");
    repo.commit("strings");
    let json = repo.status_json(&[]);
    assert_eq!(json["source_language"], "en-US", "{json:#}");
    let files = json["fluent"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{files:#?}");
    let cat = files
        .iter()
        .find(|f| f["path"] == "src/cat/locales/fr-FR.ftl")
        .unwrap();
    assert_eq!(cat["exists"], false);
    assert_eq!(cat["english_path"], "src/cat/locales/en-US.ftl");
}

#[test]
fn a_translated_file_without_english_is_obsolete_and_a_missing_message_is_in_the_translation() {
    let (repo, c1) = repo();
    repo.write("locales/fr/old.ftl", "old = Ancien\n");
    repo.write(
        "locales/fr/app.ftl",
        &format!("### source_commit: {c1}\n\nhello = Bonjour, {{ $name }} !\n"),
    );
    repo.commit("French");
    let run = repo.transync(&["check", "--fail-on", "ftl", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        ftl_findings(&run),
        [
            (
                "error".to_string(),
                "missing".to_string(),
                "locales/fr/app.ftl".to_string()
            ),
            (
                "warning".to_string(),
                "obsolete".to_string(),
                "locales/fr/old.ftl".to_string()
            ),
        ]
    );
    let text = repo.transync(&["check"]).stdout;
    assert!(
        text.contains("no English file has this file's messages (expected locales/en/old.ftl)"),
        "{text}"
    );
    assert!(text.contains("(English line 2)"), "{text}");
}

#[test]
fn a_line_ending_or_bom_only_commit_to_the_translation_keeps_messages_stale() {
    let repo = TestRepo::new();
    repo.write("content/en/a.md", &page("A", "", "Text."));
    repo.write("content/fr/a.md", &page("A", "", "Texte."));
    repo.write("locales/en/app.ftl", EN);
    repo.commit("English");
    repo.write("locales/fr/app.ftl", FR);
    repo.commit("French");
    repo.write(
        "locales/en/app.ftl",
        &EN.replace("Hello, { $name }!", "Welcome back, { $name }!"),
    );
    repo.commit("English wording");
    let stale = |repo: &TestRepo| repo.status_json(&[])["fluent"][0]["counts"]["stale"].clone();
    assert_eq!(stale(&repo), 1);
    repo.write("locales/fr/app.ftl", &FR.replace('\n', "\r\n"));
    repo.commit("normalize line endings");
    assert_eq!(stale(&repo), 1);
    repo.write(
        "locales/fr/app.ftl",
        &format!("\u{feff}{}", FR.replace('\n', "\r\n")),
    );
    repo.commit("add a BOM");
    assert_eq!(stale(&repo), 1);
    // A real edit of the translation is a translation.
    repo.write("locales/fr/app.ftl", &FR.replace("Bonjour", "Rebonjour"));
    repo.commit("French wording");
    assert_eq!(stale(&repo), 0);
}

#[test]
fn compare_locales_l10n_toml_gives_locales_paths_and_ignored_files() {
    let repo = TestRepo::new();
    repo.write(
        "l10n.toml",
        "basepath = \".\"\nlocales = [\"de\"]\n\
         [env]\nl = \"{l10n_base}/{locale}/\"\n\
         [[paths]]\nreference = \"en-US/**\"\nl10n = \"{l}**\"\n\
         [[filters]]\npath = \"{l}legacy.ftl\"\naction = \"ignore\"\n",
    );
    repo.write("en-US/app.ftl", "hello = Hello\n");
    repo.write("en-US/legacy.ftl", "old = Old\n");
    repo.write("de/app.ftl", "hello = Hallo\n");
    repo.write("fr/app.ftl", "hello = Bonjour\n");
    repo.commit("strings");
    let json = repo.status_json(&[]);
    assert_eq!(json["source_language"], "en-US");
    assert_eq!(json["languages"], serde_json::json!(["de"]));
    let paths: Vec<&str> = json["fluent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["de/app.ftl"]);
}

#[test]
fn mark_records_the_base_of_a_file_in_a_fluent_only_repository() {
    let repo = TestRepo::new();
    repo.write("en-US/app.ftl", "hello = Hello\n");
    repo.write("fr/app.ftl", "hello = Bonjour\n");
    let head = repo.commit("strings");
    let run = repo.transync(&["mark", "fr/app.ftl"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        repo.read("fr/app.ftl")
            .starts_with(&format!("### source_commit: {head}\n")),
        "{}",
        repo.read("fr/app.ftl")
    );
}
