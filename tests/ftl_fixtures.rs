//! Data-driven tests of the Fluent checks. Every folder in `tests/fixtures/ftl/` is a case:
//!
//! - `en.ftl`: the English file now;
//! - `<lang>.ftl`: the one translated file, its stem the language tag (`fr.ftl`);
//! - `en-base.ftl` (optional): English at the translation's base commit, for `stale`;
//! - `options.json` (optional): [`transync::config::FluentSettings`], e.g.
//!   `{"allow-untranslated": ["Blog"]}`;
//! - `expected.json`: the findings in report order, each
//!   `{"check", "level", "id", "line", "column"}`, plus `"file": "english"` for positions
//!   in the English file, and optionally `"message_contains"`, `"english_before"` and
//!   `"english_after"` to pin wording and stale text;
//! - `counts.json` (optional): the expected [`transync::report::FluentCounts`];
//! - `set/en/*.ftl`, `set/<lang>/*.ftl` (optional): the other files of the resource set,
//!   loaded with `en.ftl` and the translation as the application loads a language's files
//!   together.
//!
//! Cases are found by reading the folder, so adding one needs no code.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};
use similar::TextDiff;
use transync::analysis::fluent as ftl;
use transync::config::FluentSettings as Options;
use transync::model::Level;
use transync::report::{FluentFinding as Finding, Side};

/// Keys an `expected.json` entry may have; anything else is a typo in the fixture.
const KEYS: [&str; 9] = [
    "check",
    "level",
    "id",
    "line",
    "column",
    "file",
    "message_contains",
    "english_before",
    "english_after",
];

#[test]
fn ftl_fixture_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ftl");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", root.display());

    let failures: Vec<String> = cases
        .iter()
        .filter_map(|dir| {
            let name = dir
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into());
            run_case(dir)
                .err()
                .map(|why| format!("=== case `{name}`\n{why}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} FTL fixture cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The sample site's UI strings are meant to be a working example: no errors (warnings,
/// such as `Blog` being `Blog` in Spanish too, are fine).
#[test]
fn sample_locales_have_no_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let english = read(&root.join("en/site.ftl")).expect("English sample");
    for lang in ["es", "fr", "pt"] {
        let translation = read(&root.join(lang).join("site.ftl")).expect("translated sample");
        let report = ftl::check_file(&english, &translation, lang, None, &Options::default());
        let errors: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .map(|f| {
                format!(
                    "{lang}:{}:{} {}: {}",
                    f.line,
                    f.column,
                    f.check.as_str(),
                    f.message.english()
                )
            })
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert_eq!(report.counts.missing, 0, "{lang}");
    }
}

fn run_case(dir: &Path) -> Result<(), String> {
    let english = read(&dir.join("en.ftl"))?;
    let (lang, translation) = translation_file(dir)?;
    let base = optional(&dir.join("en-base.ftl"))?;
    let options: Options = match optional(&dir.join("options.json"))? {
        Some(text) => serde_json::from_str(&text).map_err(|e| format!("options.json: {e}"))?,
        None => Options::default(),
    };
    let expected: Vec<Value> = serde_json::from_str(&read(&dir.join("expected.json"))?)
        .map_err(|e| format!("expected.json: {e}"))?;

    let others_en = set_files(dir, "en")?;
    let others_tr = set_files(dir, &lang)?;
    let english_set: Vec<&str> = std::iter::once(english.as_str())
        .chain(others_en.iter().map(String::as_str))
        .collect();
    let translation_set: Vec<&str> = std::iter::once(translation.as_str())
        .chain(others_tr.iter().map(String::as_str))
        .collect();
    let set = ftl::ResourceSet::new(&english_set, translation_set);
    let report = ftl::check_in_set(
        &english,
        &translation,
        &lang,
        base.as_deref(),
        &options,
        &set,
    );

    let expected_keys = expected
        .iter()
        .map(expected_key)
        .collect::<Result<Vec<_>, _>>()?;
    let actual_keys: Vec<Value> = report.findings.iter().map(actual_key).collect();
    if expected_keys != actual_keys {
        return Err(diff(&expected_keys, &actual_keys, &report.findings));
    }

    let mut problems = Vec::new();
    for (want, got) in expected.iter().zip(&report.findings) {
        let at = format!("{}:{}", got.line, got.column);
        if let Some(needle) = want.get("message_contains").and_then(Value::as_str)
            && !got.message.english().contains(needle)
        {
            problems.push(format!(
                "{at}: message does not contain {needle:?}:\n  {}",
                got.message.english()
            ));
        }
        for (key, actual) in [
            ("english_before", &got.english_before),
            ("english_after", &got.english_after),
        ] {
            if let Some(wanted) = want.get(key) {
                let wanted = wanted.as_str().map(str::to_string);
                if &wanted != actual {
                    problems.push(format!(
                        "{at}: {key} differs:\n  expected {wanted:?}\n  actual   {actual:?}"
                    ));
                }
            }
        }
    }

    if let Some(text) = optional(&dir.join("counts.json"))? {
        let wanted: Value = serde_json::from_str(&text).map_err(|e| format!("counts.json: {e}"))?;
        let actual = serde_json::to_value(report.counts).map_err(|e| e.to_string())?;
        if wanted != actual {
            problems.push(format!("counts: expected {wanted}, actual {actual}"));
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The texts of `set/<lang>/*.ftl`, by name; none without the folder.
fn set_files(dir: &Path, lang: &str) -> Result<Vec<String>, String> {
    let folder = dir.join("set").join(lang);
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .map(|entry| entry.map(|e| e.path()).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
        .map(|p| read(p))
        .collect()
}

/// The one `<lang>.ftl` beside `en.ftl` and `en-base.ftl`.
fn translation_file(dir: &Path) -> Result<(String, String), String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|ext| ext == "ftl") && !["en", "en-base"].contains(&stem) {
            found.push((stem.to_string(), path.clone()));
        }
    }
    match found.as_slice() {
        [(lang, path)] => Ok((lang.clone(), read(path)?)),
        _ => Err(format!(
            "expected exactly one translated .ftl besides en.ftl, found {:?}",
            found.iter().map(|(l, _)| l).collect::<Vec<_>>()
        )),
    }
}

/// The compared part of an expected finding: position and classification.
fn expected_key(entry: &Value) -> Result<Value, String> {
    let object = entry
        .as_object()
        .ok_or_else(|| format!("expected.json: not an object: {entry}"))?;
    if let Some(unknown) = object.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(format!("expected.json: unknown key `{unknown}` in {entry}"));
    }
    let mut key = Map::new();
    for field in ["check", "level", "id", "line", "column"] {
        key.insert(
            field.to_string(),
            object.get(field).cloned().unwrap_or(Value::Null),
        );
    }
    if let Some(file) = object.get("file").filter(|f| *f != "translation") {
        key.insert("file".to_string(), file.clone());
    }
    Ok(Value::Object(key))
}

fn actual_key(finding: &Finding) -> Value {
    let mut key = json!({
        "check": finding.check.as_str(),
        "level": finding.level.as_str(),
        "id": finding.id,
        "line": finding.line,
        "column": finding.column,
    });
    if finding.file == Side::English {
        key["file"] = json!("english");
    }
    key
}

/// A line diff of the findings, one per line, with the actual messages below to help
/// write the expectation.
fn diff(expected: &[Value], actual: &[Value], findings: &[Finding]) -> String {
    let lines = |values: &[Value]| -> String { values.iter().map(|v| format!("{v}\n")).collect() };
    let (expected, actual) = (lines(expected), lines(actual));
    let diff = TextDiff::from_lines(&expected, &actual);
    let mut out = String::from("findings differ (- expected, + actual):\n");
    out.push_str(
        &diff
            .unified_diff()
            .context_radius(10_000)
            .missing_newline_hint(false)
            .to_string(),
    );
    out.push_str("actual messages:\n");
    for f in findings {
        out.push_str(&format!(
            "  {}:{} {}: {}\n",
            f.line,
            f.column,
            f.check.as_str(),
            f.message.english()
        ));
    }
    out
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn optional(path: &Path) -> Result<Option<String>, String> {
    if path.exists() {
        read(path).map(Some)
    } else {
        Ok(None)
    }
}
