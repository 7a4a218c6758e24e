//! Markdown-aware analysis end to end: cosmetic English edits, real changes with their
//! severity and place in the translation, and structural drift.

mod common;

use common::{TestRepo, page, translation};

const EN: &str = "## Intro\n\nCities learn from cities. They meet as equals.\n\n## Forms\n\n- twinning\n- exchanges\n\n## Tools\n\n```sh\ntransync status --lang es\n```\n";
const ES: &str = "## Introducción\n\nLas ciudades aprenden de las ciudades. Se encuentran como iguales.\n\n## Formas\n\n- hermanamiento\n- intercambios\n\n## Herramientas\n\n```sh\ntransync status --lang es\n```\n";

/// English, then the Spanish translation with its base recorded (or not).
fn translated(recorded: bool) -> (TestRepo, String) {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN));
    let c1 = repo.commit("English");
    let front = if recorded {
        format!("source_commit: {c1}\n")
    } else {
        String::new()
    };
    repo.write("content/es/guide.md", &page("Guía", &front, ES));
    repo.commit("Spanish");
    (repo, c1)
}

fn edit_english(repo: &TestRepo, body: &str) {
    repo.write("content/en/guide.md", &page("Guide", "", body));
    repo.commit("English edit");
}

#[test]
fn cosmetic_edits_keep_the_translation_current() {
    let (repo, _) = translated(true);
    let cosmetic = EN
        .replace("## Intro", "Intro\n-----")
        .replace("- twinning\n- exchanges", "* twinning\n* exchanges")
        .replace(
            "Cities learn from cities. They",
            "Cities learn from *cities*.\nThey",
        )
        .replace(
            "```sh\ntransync status --lang es\n```",
            "~~~sh\ntransync status --lang es\n~~~",
        );
    edit_english(&repo, &cosmetic);
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current", "{t:#}");
    // The heading, the paragraph, both list items and the code block.
    assert_eq!(t["cosmetic_changes"], 5);
    assert!(t["changed_blocks"].as_array().unwrap().is_empty());
}

#[test]
fn real_changes_are_listed_with_severity_and_translation_lines() {
    let (repo, _) = translated(true);
    edit_english(
        &repo,
        &EN.replace(
            "They meet as equals.",
            "They meet as equals and share tools.",
        ),
    );
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["severity"], "minor");
    let block = &t["changed_blocks"][0];
    assert_eq!(block["kind"], "paragraph");
    assert_eq!(block["change"], "changed");
    // The paragraph is on line 8 in English; the translation's front matter has one more
    // line (its base), so there it is line 9.
    assert_eq!(block["english_before"], serde_json::json!([8, 8]));
    assert_eq!(block["translation"], serde_json::json!([9, 9]));
    assert!(block["after"].as_str().unwrap().contains("share tools"));
}

#[test]
fn a_changed_command_in_a_code_block_is_major() {
    let (repo, _) = translated(true);
    edit_english(&repo, &EN.replace("--lang es", "--lang es,fr"));
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["severity"], "major");
    assert_eq!(t["changed_blocks"][0]["kind"], "code block");
    // The translation's code block is where the command must change.
    assert_eq!(
        t["changed_blocks"][0]["translation"],
        serde_json::json!([18, 20])
    );
    // And the structure check says so independently of history.
    assert_eq!(t["drift"][0]["what"], "code block");
}

#[test]
fn an_english_section_masked_by_a_later_translation_edit_is_caught() {
    let (repo, _) = translated(false);
    edit_english(
        &repo,
        &EN.replace(
            "## Tools",
            "## Funding\n\nCities pool their budgets.\n\n## Tools",
        ),
    );
    // A typo fix in the Spanish, committed after the English change: history alone would
    // now call the translation current.
    repo.write(
        "content/es/guide.md",
        &page("Guía", "", &ES.replace("iguales.", "iguales entre sí.")),
    );
    repo.commit("Spanish typo");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["base"]["origin"], "inferred");
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["drift"][0]["what"], "heading");
    assert!(
        t["message"]
            .as_str()
            .unwrap()
            .contains("hidden by a later edit")
    );
}

#[test]
fn a_sentence_masked_by_a_later_translation_edit_is_drift_beside_a_current_translation() {
    // Weak evidence: translations merge sentences, so history decides and the drift is
    // reported beside the translation for a person to judge.
    let (repo, _) = translated(false);
    edit_english(
        &repo,
        &EN.replace(
            "They meet as equals.",
            "They meet as equals.\n\nThey learn by doing. They visit each other's town halls. \
             They write down what worked.",
        ),
    );
    repo.write(
        "content/es/guide.md",
        &page("Guía", "", &ES.replace("iguales.", "iguales entre sí.")),
    );
    repo.commit("Spanish typo");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current", "{t:#}");
    assert!(t["message"].is_null());
}

#[test]
fn a_skipped_section_is_drift_beside_a_recorded_current_translation() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN));
    let c1 = repo.commit("English");
    let skipped = ES.replace("## Formas\n\n- hermanamiento\n- intercambios\n\n", "");
    repo.write(
        "content/es/guide.md",
        &page("Guía", &format!("source_commit: {c1}\n"), &skipped),
    );
    repo.commit("Spanish without the forms");
    let json = repo.status_json(&[]);
    let t = translation(&json, "guide.md", "es");
    assert_eq!(t["status"], "current");
    let messages: Vec<&str> = t["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(
            &"the translation has no counterpart for the section 'Forms', English line 10"
        ),
        "{messages:?}"
    );
    let text = repo.transync(&["status"]).stdout;
    assert!(text.contains("drift    content/es/guide.md"), "{text}");

    let check = repo.transync(&["check", "--fail-on", "drift"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(
        check
            .stdout
            .contains("error[drift]: the translation has no counterpart for the section 'Forms'"),
        "{}",
        check.stdout
    );
}

#[test]
fn reordered_and_reflowed_paragraphs_are_not_drift() {
    let repo = TestRepo::new();
    let en = "## Intro\n\nFirst paragraph, with 2 sentences. Here is the second.\n\nAnother paragraph.\n";
    repo.write("content/en/guide.md", &page("Guide", "", en));
    let c1 = repo.commit("English");
    let es = "## Introducción\n\nOtro párrafo, que el traductor\nha puesto antes.\n\nPrimer párrafo, con 2 frases mucho más largas que en inglés. Aquí está la segunda frase.\n";
    repo.write(
        "content/es/guide.md",
        &page("Guía", &format!("source_commit: {c1}\n"), es),
    );
    repo.commit("Spanish");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current");
    assert!(t["drift"].as_array().unwrap().is_empty(), "{t:#}");
}

/// A page whose code blocks translation teams localize: comments, strings, a file name
/// and sample output.
const CODE_EN: &str = "## Setup\n\nConfigure the receiver.\n\n```yaml\n# the OTLP receiver the app is sending traces to\notlp:\n  port: 4317 # default\n```\n\n```python\nprint(\"Hello\")  # greet\n```\n\n```sh\ncat example.md\n```\n\n```console\n$ transync status --lang es\ncontent/es/guide.md  stale\n```\n";
const CODE_ES: &str = "## Configuración\n\nConfigure el receptor.\n\n```yaml\n# el receptor OTLP al que la app envía trazas\notlp:\n  port: 4317 # por defecto\n```\n\n```python\nprint(\"Hola\")  # saludar\n```\n\n```sh\ncat ejemplo.md\n```\n\n```console\n$ transync status --lang es\ncontent/es/guía.md  desactualizada\n```\n";

#[test]
fn localized_code_blocks_are_not_drift_and_keep_an_inferred_translation_current() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", CODE_EN));
    repo.commit("English");
    // No recorded base: drift alone would make this translation stale.
    repo.write("content/es/guide.md", &page("Guía", "", CODE_ES));
    repo.commit("Spanish");
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "current", "{t:#}");
    assert!(t["drift"].as_array().unwrap().is_empty(), "{t:#}");

    edit_english(&repo, &CODE_EN.replace("--lang es", "--lang es --rev HEAD"));
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["severity"], "major");
    let drift: Vec<&str> = t["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["what"].as_str().unwrap())
        .collect();
    assert_eq!(drift, ["code block"], "{t:#}");
}

#[test]
fn a_new_comment_in_english_code_is_a_minor_change() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", CODE_EN));
    let c1 = repo.commit("English");
    repo.write(
        "content/es/guide.md",
        &page("Guía", &format!("source_commit: {c1}\n"), CODE_ES),
    );
    repo.commit("Spanish");
    edit_english(
        &repo,
        &CODE_EN.replace("  port: 4317 # default", "  # gRPC\n  port: 4317 # default"),
    );
    let t = translation(&repo.status_json(&[]), "guide.md", "es").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["severity"], "minor", "{t:#}");
    assert_eq!(t["changed_blocks"][0]["kind"], "code block");
    // The translation's YAML block is where the comment may be added.
    assert_eq!(
        t["changed_blocks"][0]["translation"],
        serde_json::json!([11, 15])
    );
    assert!(t["drift"].as_array().unwrap().is_empty(), "{t:#}");
}

#[test]
fn works_for_languages_without_latin_script() {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN));
    let c1 = repo.commit("English");
    let ko = "## 소개\n\n도시는 도시에서 배운다. 그들은 동등하게 만난다.\n\n## 형태\n\n- 자매결연\n- 교류\n\n## 도구\n\n```sh\ntransync status --lang es\n```\n";
    repo.write(
        "content/ko/guide.md",
        &page("안내", &format!("source_commit: {c1}\n"), ko),
    );
    repo.commit("Korean");
    let t = translation(&repo.status_json(&[]), "guide.md", "ko").clone();
    assert_eq!(t["status"], "current");
    assert!(t["drift"].as_array().unwrap().is_empty(), "{t:#}");
}

#[test]
fn diff_shows_changed_blocks_apart_from_cosmetic_ones() {
    let (repo, _) = translated(true);
    let edited = EN
        .replace(
            "They meet as equals.",
            "They meet as equals and share tools.",
        )
        .replace(
            "- twinning\n- exchanges",
            "* twinning\n* exchanges\n* triangular partnerships",
        )
        .replace("--lang es", "--lang es,fr");
    edit_english(&repo, &edited);
    let filters = vec![(r"\b[0-9a-f]{7}\b", "[SHORT]")];
    for (name, args) in [
        ("text", vec!["diff", "content/es/guide.md"]),
        ("word", vec!["diff", "guide.md", "--lang", "es", "--word"]),
    ] {
        let run = repo.transync(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        insta::with_settings!({snapshot_suffix => name, filters => filters.clone()}, {
            insta::assert_snapshot!(run.stdout);
        });
    }
    let json = repo.transync(&["diff", "guide.md", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let blocks = value["documents"][0]["translations"][0]["changed_blocks"]
        .as_array()
        .unwrap();
    let kinds: Vec<(&str, &str)> = blocks
        .iter()
        .map(|b| (b["kind"].as_str().unwrap(), b["change"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("paragraph", "changed"),
            ("list item", "added"),
            ("code block", "changed")
        ]
    );

    let bad = repo.transync(&["diff", "nothing.md"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("neither a document id nor a file"),
        "{}",
        bad.stderr
    );
}
