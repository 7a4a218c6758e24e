//! The bundled sample (`content/`, `locales/` and their history in this repository) must
//! keep showing what the README promises: in every language, current, stale and missing
//! translations. Analysed at HEAD so uncommitted work in a checkout does not matter.

mod common;

use std::path::Path;

#[test]
fn sample_shows_current_stale_and_missing_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = common::Run::from(
        common::transync_command(root)
            .args(["status", "--rev", "HEAD", "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["languages"], serde_json::json!(["es", "fr", "pt"]));
    let documents = json["documents"].as_array().unwrap();
    let articles = documents.iter().filter(|d| d["kind"] == "article").count();
    let modules: Vec<&serde_json::Value> =
        documents.iter().filter(|d| d["kind"] == "module").collect();
    assert!(articles >= 6, "{articles} articles");
    assert!(modules.len() >= 2);
    for module in modules {
        let lessons = documents
            .iter()
            .filter(|d| d["module"] == module["id"])
            .count();
        assert!(lessons >= 3, "{} has {lessons} lessons", module["id"]);
    }
    for lang in ["es", "fr", "pt"] {
        let counts = &json["summary"][lang];
        for status in ["current", "stale", "missing"] {
            assert!(
                counts[status].as_u64().unwrap() >= 1,
                "{lang} has no {status} translation: {counts}"
            );
        }
        assert_eq!(counts["error"], 0, "{lang}: {counts}");
        assert_eq!(counts["orphaned"], 0, "{lang}: {counts}");
    }
    // Both kinds of base appear in the sample.
    let origins: Vec<&str> = documents
        .iter()
        .flat_map(|d| d["translations"].as_array().unwrap())
        .filter_map(|t| t["base"]["origin"].as_str())
        .collect();
    assert!(origins.contains(&"recorded") && origins.contains(&"inferred"));
}

#[test]
fn sample_has_fluent_resources_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in ["en", "es", "fr", "pt"] {
        let dir = root.join(lang);
        let ftl: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        assert!(!ftl.is_empty(), "no .ftl file in {}", dir.display());
        for entry in ftl {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str());
            assert!(
                resource.is_ok(),
                "{} does not parse: {:?}",
                entry.path().display(),
                resource.err().map(|(_, e)| e)
            );
        }
    }
}
