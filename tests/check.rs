//! `transync check`: policy knobs, pull-request mode, shallow clones, exit codes and every
//! report format, on real temporary git repositories.

mod common;

use common::{Run, TestRepo, page};
use serde_json::Value;

const EN: &str = "## Intro\n\nCities learn from cities when they meet as equals.\n";
const EN_MINOR: &str = "## Intro\n\nCities learn from other cities when they meet as equals.\n";
const EN_MAJOR: &str = "## Intro\n\nCities learn from cities when they meet as equals.\n\n## Forms\n\nTwinning, exchanges, South-South and triangular partnerships all count.\n";
/// A faithful translation of `EN` (same structure, same sentences).
const ES: &str =
    "## Introducción\n\nLas ciudades aprenden de las ciudades cuando se encuentran como iguales.\n";

/// es: `minor.md` stale (minor), `major.md` stale (major), `ok.md` current; fr: nothing.
fn repo() -> (TestRepo, String) {
    let repo = TestRepo::new();
    for id in ["ok", "minor", "major"] {
        repo.write(&format!("content/en/{id}.md"), &page(id, "", EN));
    }
    let c1 = repo.commit("English");
    for id in ["ok", "minor", "major"] {
        repo.write(
            &format!("content/es/{id}.md"),
            &page(id, &format!("source_commit: {c1}\n"), ES),
        );
    }
    repo.write(
        "content/fr/ok.md",
        &page("ok", &format!("source_commit: {c1}\n"), ES),
    );
    repo.commit("translations");
    repo.write("content/en/minor.md", &page("minor", "", EN_MINOR));
    repo.write("content/en/major.md", &page("major", "", EN_MAJOR));
    repo.commit("English edits");
    (repo, c1)
}

#[track_caller]
fn check_json(repo: &TestRepo, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = repo.transync(&all);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    (run.code, serde_json::from_str(&run.stdout).expect("JSON"))
}

/// (level, kind, language, document) of every finding.
fn findings(json: &Value) -> Vec<(String, String, String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap().to_string();
            (s("level"), s("kind"), s("language"), s("document"))
        })
        .collect()
}

fn has(json: &Value, level: &str, kind: &str, lang: &str, doc: &str) -> bool {
    findings(json).contains(&(level.into(), kind.into(), lang.into(), doc.into()))
}

#[test]
fn default_policy_fails_on_stale_and_notes_missing() {
    let (repo, _) = repo();
    let (code, json) = check_json(&repo, &[]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "stale", "es", "minor.md"));
    assert!(has(&json, "error", "stale", "es", "major.md"));
    assert!(has(&json, "note", "missing", "fr", "major.md"));
    assert!(
        !findings(&json)
            .iter()
            .any(|f| f.3 == "ok.md" && f.2 == "es")
    );
    assert_eq!(json["check"]["passed"], false);
    assert_eq!(json["check"]["errors"], 2);
    // The status format is all there too.
    assert_eq!(json["version"], 1);
    assert!(json["summary"]["es"]["stale"] == 2);
}

#[test]
fn exit_zero_reports_without_failing_and_errors_still_exit_two() {
    let (repo, _) = repo();
    let run = repo.transync(&["check", "--exit-zero"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("check failed: 2 errors"),
        "{}",
        run.stdout
    );
    let run = repo.transync(&["check", "--exit-zero", "--rev", "no-such-rev"]);
    assert_eq!(run.code, 2);
}

#[test]
fn passing_check_exits_zero() {
    let (repo, _) = repo();
    let run = repo.transync(&["check", "--fail-on", "none"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // Two stale pages: warnings (the section `major.md` gained is part of its staleness).
    assert!(
        run.stdout
            .contains("check passed: 0 errors, 2 warnings, 2 notes"),
        "{}",
        run.stdout
    );
}

#[test]
fn fail_on_selects_the_kinds_that_fail() {
    let (repo, _) = repo();
    let (code, json) = check_json(&repo, &["--fail-on", "missing"]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "missing", "fr", "minor.md"));
    assert!(has(&json, "warning", "stale", "es", "minor.md"));
    let (code, _) = check_json(&repo, &["--fail-on", "orphaned,error", "--lang", "es"]);
    assert_eq!(code, 0);
}

#[test]
fn min_severity_major_lets_minor_changes_warn() {
    let (repo, _) = repo();
    let (code, json) = check_json(&repo, &["--min-severity", "major"]);
    assert_eq!(code, 1);
    assert!(has(&json, "warning", "stale", "es", "minor.md"));
    assert!(has(&json, "error", "stale", "es", "major.md"));
    let minor = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["document"] == "minor.md")
        .unwrap();
    assert_eq!(minor["severity"], "minor");
}

#[test]
fn max_age_lets_recent_staleness_warn() {
    let (repo, _) = repo();
    // The English edits are one day older than HEAD... and HEAD is the edit itself: 0 days.
    let (code, json) = check_json(&repo, &["--max-age", "3"]);
    assert_eq!(code, 0);
    assert!(has(&json, "warning", "stale", "es", "major.md"));
    let message = json["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("under the 3-day limit"), "{message}");
    // Later commits age the staleness past the limit.
    for i in 0..4 {
        repo.write("content/en/ok2.md", &page("x", "", &format!("{i}")));
        repo.commit("unrelated");
    }
    let (code, json) = check_json(&repo, &["--max-age", "3"]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "stale", "es", "major.md"));
}

#[test]
fn config_sets_the_policy_per_language_and_flags_override_it() {
    let (repo, _) = repo();
    repo.write(
        "transync.toml",
        "[check]\nfail-on = [\"stale\", \"missing\"]\n[check.languages.fr]\nfail-on = []\n",
    );
    let (code, json) = check_json(&repo, &[]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "stale", "es", "minor.md"));
    // French is new: its missing pages only warn... as notes, since missing never fails there.
    assert!(has(&json, "note", "missing", "fr", "minor.md"));
    let (code, json) = check_json(&repo, &["--fail-on", "missing"]);
    assert_eq!(code, 1);
    assert!(
        has(&json, "error", "missing", "fr", "minor.md"),
        "flags override the language table"
    );
    assert!(has(&json, "warning", "stale", "es", "minor.md"));
    repo.write(
        "transync.toml",
        "[check]\nfail-on = [\"stale\", \"typo\"]\n",
    );
    let run = repo.transync(&["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("transync.toml") && run.stderr.contains("typo"),
        "{}",
        run.stderr
    );
}

#[test]
fn changed_since_gates_what_the_branch_touched() {
    let (repo, c1) = repo();
    repo.git(&["checkout", "-q", "-b", "feature"]);
    // The branch touches the Spanish `minor.md` without catching up: it must fail.
    repo.write(
        "content/es/minor.md",
        &page("minor", &format!("source_commit: {c1}\n"), "… typo fixed"),
    );
    // And edits English `ok.md`, leaving es and fr behind: warnings naming both.
    repo.write("content/en/ok.md", &page("ok", "", EN_MAJOR));
    repo.commit("feature work");
    let (code, json) = check_json(&repo, &["--changed-since", "main"]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "stale", "es", "minor.md"));
    assert!(has(&json, "warning", "stale", "es", "ok.md"));
    assert!(has(&json, "warning", "stale", "fr", "ok.md"));
    // Stale before the branch and untouched by it: not this change's business.
    assert!(!has(&json, "error", "stale", "es", "major.md"));
    assert!(json["check"]["outside_change"].as_u64().unwrap() >= 1);
    let ok = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["document"] == "ok.md")
        .unwrap();
    assert!(
        ok["message"]
            .as_str()
            .unwrap()
            .starts_with("the English changed in this branch")
    );

    let (code, json) = check_json(&repo, &["--changed-since", "main", "--strict"]);
    assert_eq!(code, 1);
    assert!(has(&json, "error", "stale", "fr", "ok.md"));

    // Once the Spanish page catches up, only the English change's warnings remain.
    let head = repo.head();
    repo.write(
        "content/es/minor.md",
        &page("minor", &format!("source_commit: {head}\n"), ES),
    );
    repo.commit("catch up");
    let (code, _) = check_json(&repo, &["--changed-since", "main"]);
    assert_eq!(code, 0);
    let bad = repo.transync(&["check", "--changed-since", "nope"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("--changed-since `nope` is not a commit, branch or tag"),
        "{}",
        bad.stderr
    );
}

#[test]
fn shallow_clone_is_one_clear_error() {
    let (repo, _) = repo();
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let out = common::git_command(repo.path())
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(clone.path().join("c"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let run = repo.transync_in(&clone.path().join("c"), &["check"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("shallow clone") && run.stderr.contains("fetch-depth: 0"),
        "{}",
        run.stderr
    );
}

#[test]
fn github_annotations_escape_and_fill_the_step_summary() {
    let repo = TestRepo::new();
    repo.write("content/en/a,b:c.md", &page("A", "", EN));
    let c1 = repo.commit("English");
    repo.write(
        "content/es/a,b:c.md",
        &page("A", &format!("source_commit: {c1}\n"), ES),
    );
    repo.commit("Spanish");
    repo.write("content/en/a,b:c.md", &page("A", "", EN_MAJOR));
    repo.commit("edit");
    let summary = repo.path().join("summary.md");
    std::fs::write(&summary, "previous step\n").unwrap();
    let run = Run::from(
        common::transync_command(repo.path())
            .args(["check", "--format", "github"])
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1);
    let line = run.stdout.lines().next().unwrap();
    assert!(
        line.starts_with("::error file=content/es/a%2Cb%3Ac.md,title=Stale translation (es)::"),
        "{line}"
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("previous step\n\n## Translation check ❌ failed"),
        "{written}"
    );
    assert!(
        written.contains("| `es` | 0 | 1 | 0 | 0 | 0 | 0% |"),
        "{written}"
    );
}

#[test]
fn sarif_has_the_required_fields() {
    let (repo, _) = repo();
    let run = repo.transync(&["check", "--format", "sarif"]);
    assert_eq!(run.code, 1);
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "transync");
    let rules: Vec<&str> = run0["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    for result in results {
        let rule = result["ruleId"].as_str().unwrap();
        assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize], rule);
        assert!(["error", "warning", "note", "none"].contains(&result["level"].as_str().unwrap()));
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(repo.path().join(uri).exists(), "{uri}");
    }
}

#[test]
fn junit_is_well_formed_with_a_suite_per_language() {
    let (repo, _) = repo();
    let run = repo.transync(&["check", "--format", "junit"]);
    assert_eq!(run.code, 1);
    let mut reader = quick_xml::Reader::from_str(&run.stdout);
    let (mut suites, mut cases, mut failures) = (Vec::new(), 0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    b"testsuite" => {
                        let name = e.try_get_attribute("name").unwrap().unwrap();
                        let name = String::from_utf8(name.value.to_vec()).unwrap();
                        suites.push(name);
                    }
                    b"testcase" => cases += 1,
                    b"failure" => failures += 1,
                    _ => {}
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(suites, ["transync es", "transync fr"]);
    assert_eq!(cases, 6);
    assert_eq!(failures, 2);
}

#[test]
fn every_format_snapshot() {
    let (repo, _) = repo();
    for format in ["text", "json", "github", "junit", "sarif", "markdown"] {
        let run = repo.transync(&["check", "--format", format, "--min-severity", "major"]);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        insta::with_settings!({
            snapshot_suffix => format,
            filters => vec![(r"\b[0-9a-f]{40}\b", "[SHA]"), (r"\b[0-9a-f]{7}\b", "[SHORT]"), (r#""version": "\d+\.\d+\.\d+""#, r#""version": "[VERSION]""#)],
        }, {
            insta::assert_snapshot!(run.stdout);
        });
    }
}

#[test]
fn strict_keeps_the_policy_verdict_and_none_cannot_be_combined() {
    let (repo, _) = repo();
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("content/en/ok.md", &page("ok", "", EN_MAJOR));
    repo.commit("English edit in the branch");
    let (code, json) = check_json(
        &repo,
        &["--changed-since", "main", "--strict", "--fail-on", "none"],
    );
    assert_eq!(code, 0, "{json:#}");
    assert!(has(&json, "warning", "stale", "fr", "ok.md"));
    let run = repo.transync(&["check", "--fail-on", "none,stale"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot be combined"), "{}", run.stderr);
}

#[test]
fn the_readme_pre_commit_hook_checks_what_is_staged() {
    let (repo, c1) = repo();
    // Stage a touched-but-stale Spanish page, then fix it only in the working tree.
    repo.write(
        "content/es/major.md",
        &page(
            "major",
            &format!("source_commit: {c1}\n"),
            &format!("{ES}\nTypo fixed.\n"),
        ),
    );
    repo.git(&["add", "content/es/major.md"]);
    let head = repo.head();
    repo.write(
        "content/es/major.md",
        &page("major", &format!("source_commit: {head}\n"), ES),
    );
    let tree = repo.git(&["write-tree"]);
    let staged = repo.git(&[
        "commit-tree",
        tree.trim(),
        "-p",
        "HEAD",
        "-m",
        "transync pre-commit",
    ]);
    let run = repo.transync(&["check", "--rev", staged.trim(), "--changed-since", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("content/es/major.md"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn odd_file_names_keep_reports_valid_and_are_never_dropped_silently() {
    use std::os::unix::ffi::OsStrExt;
    let (repo, c1) = repo();
    repo.write("content/en/ctrl\u{1}.md", &page("c", "", EN));
    repo.write(
        "content/es/ctrl\u{1}.md",
        &page("c", &format!("source_commit: {c1}\n"), ES),
    );
    let latin1 = std::ffi::OsStr::from_bytes(b"content/es/lat\xe9n.md");
    std::fs::write(repo.path().join(latin1), page("x", "", ES)).unwrap();
    repo.commit("odd names");
    let run = repo.transync(&["check", "--format", "junit"]);
    let mut reader = quick_xml::Reader::from_str(&run.stdout);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(err) => panic!("invalid XML: {err}\n{}", run.stdout),
        }
    }
    let json = repo.status_json(&[]);
    let notes = json["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("not valid UTF-8")),
        "{notes:?}"
    );
}
