//! Layouts beyond `content/<lang>/`: configured patterns and collections, detection from
//! a site generator's configuration or from the tree, configuration found in a site
//! folder, `transync init`. Every tree here is small and made up; the README reports on
//! real repositories.

mod common;

use common::{TestRepo, page, translation};

fn paths(json: &serde_json::Value, id: &str) -> Vec<(String, String)> {
    let doc = common::document(json, id);
    doc["translations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["language"].as_str().unwrap().to_string(),
                t["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn english_at_the_content_root_with_language_folders_beside_it() {
    let repo = TestRepo::new();
    repo.write(
        "transync.toml",
        "content-root = \"docs\"\nlayout = \"{path}\"\n",
    );
    repo.write("docs/guide.md", &page("Guide", "", "Text."));
    repo.write("docs/assets/intro.md", &page("Intro", "", "Text."));
    repo.write("docs/es/guide.md", &page("Guía", "", "Texto."));
    repo.commit("docs");
    let json = repo.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["es"]));
    assert_eq!(translation(&json, "guide.md", "es")["status"], "current");
    assert_eq!(
        translation(&json, "assets/intro.md", "es")["status"],
        "missing"
    );
    assert_eq!(
        translation(&json, "assets/intro.md", "es")["path"],
        serde_json::Value::Null
    );
    assert_eq!(json["layout"]["origin"], "transync.toml");
    assert_eq!(json["layout"]["collections"][0]["source"], "docs/{path}");
}

#[test]
fn a_docusaurus_site_is_read_from_its_configuration_with_its_declared_languages() {
    let repo = TestRepo::new();
    repo.write(
        "docusaurus.config.ts",
        "export default {\n  i18n: {\n    defaultLocale: 'en',\n    locales: ['en', 'fr', 'ko'],\n  },\n};\n",
    );
    repo.write("docs/intro.mdx", &page("Intro", "", "Text."));
    repo.write("docs/_partial.mdx", "Shared text.\n");
    repo.write("blog/2025-01-01-hello.md", &page("Hello", "", "Text."));
    repo.write(
        "i18n/fr/docusaurus-plugin-content-docs/current/intro.mdx",
        &page("Intro", "", "Texte."),
    );
    repo.write("i18n/fr/code.json", "{}\n");
    repo.commit("site");
    let json = repo.status_json(&[]);
    let origin = json["layout"]["origin"].as_str().unwrap();
    assert!(
        origin.contains("Docusaurus") && origin.contains("docusaurus.config.ts"),
        "{origin}"
    );
    // `ko` has no page yet: it is there, every page missing.
    assert_eq!(json["languages"], serde_json::json!(["fr", "ko"]));
    assert_eq!(
        paths(&json, "docs/intro.mdx"),
        [
            ("fr".to_string(), "current".to_string()),
            ("ko".to_string(), "missing".to_string())
        ]
    );
    assert_eq!(
        translation(&json, "blog/2025-01-01-hello.md", "fr")["status"],
        "missing"
    );
    // Partials are not pages, as Docusaurus excludes them.
    let ids: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["blog/2025-01-01-hello.md", "docs/intro.mdx"]);
    assert_eq!(json["summary"]["ko"]["missing"], 2);
}

#[test]
fn sibling_trees_with_posix_locale_names_are_detected_from_the_tree() {
    let repo = TestRepo::new();
    for page_path in ["pages/common/tar.md", "pages/linux/ls.md"] {
        repo.write(page_path, "# tar\n\n> Archive files.\n");
    }
    repo.write(
        "pages.pt_BR/common/tar.md",
        "# tar\n\n> Arquiva arquivos.\n",
    );
    repo.write("pages.zh_TW/linux/ls.md", "# ls\n\n> 列出檔案。\n");
    repo.write("README.md", "# readme\n");
    repo.commit("pages");
    let json = repo.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["pt-BR", "zh-TW"]));
    assert_eq!(
        translation(&json, "common/tar.md", "pt-BR")["status"],
        "current"
    );
    assert_eq!(
        translation(&json, "common/tar.md", "zh-TW")["status"],
        "missing"
    );
    let origin = json["layout"]["origin"].as_str().unwrap();
    assert!(origin.contains("pages.<lang>"), "{origin}");
    let text = repo.transync(&["status"]);
    assert!(
        text.stdout
            .contains("layout: pages/{path} → pages.{lang}/{path}"),
        "{}",
        text.stdout
    );
}

#[test]
fn hugo_suffixes_and_mkdocs_folders_come_from_their_configurations() {
    let hugo = TestRepo::new();
    hugo.write(
        "hugo.toml",
        "defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n",
    );
    hugo.write("content/post.md", &page("Post", "", "Text."));
    hugo.write("content/post.de.md", &page("Beitrag", "", "Text."));
    hugo.commit("site");
    let json = hugo.status_json(&[]);
    assert_eq!(
        translation(&json, "post.md", "de")["path"],
        "content/post.de.md"
    );
    assert_eq!(translation(&json, "post.md", "de")["status"], "current");

    let mkdocs = TestRepo::new();
    mkdocs.write(
        "mkdocs.yml",
        "site_name: x\nplugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: en\n          default: true\n        - locale: ja\n",
    );
    mkdocs.write("docs/en/index.md", &page("Home", "", "Text."));
    mkdocs.commit("site");
    let json = mkdocs.status_json(&[]);
    assert_eq!(translation(&json, "index.md", "ja")["status"], "missing");
    assert_eq!(
        json["layout"]["collections"][0]["translation"],
        "docs/{lang}/{path}"
    );
}

#[test]
fn a_configuration_in_a_site_folder_is_found_from_the_repository_root() {
    let repo = TestRepo::new();
    repo.write(
        "website/transync.toml",
        "source = \"pages/{path}\"\ntranslation = \"pages/{lang}/{path}\"\nlanguages = [\"fr\"]\n",
    );
    repo.write("website/pages/a.md", &page("A", "", "Text."));
    repo.write("website/pages/fr/a.md", &page("A", "", "Texte."));
    repo.write("src/main.rs", "fn main() {}\n");
    repo.commit("monorepo");
    let json = repo.status_json(&[]);
    assert_eq!(json["layout"]["origin"], "website/transync.toml");
    // Patterns are relative to the file, as every path in it.
    assert_eq!(
        json["layout"]["collections"][0]["source"],
        "website/pages/{path}"
    );
    assert_eq!(translation(&json, "a.md", "fr")["status"], "current");
}

#[test]
fn nothing_found_says_where_it_looked_and_two_readings_are_an_error_naming_both() {
    let repo = TestRepo::new();
    repo.write("notes/todo.md", "# todo\n");
    repo.commit("nothing to translate");
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no en documents found in content/")
            && run
                .stderr
                .contains("no transync.toml and no site generator configuration")
            && run.stderr.contains("looked in ."),
        "{}",
        run.stderr
    );

    let repo = TestRepo::new();
    for f in ["a/en/x.md", "a/fr/x.md", "b/y.md", "b/y.fr.md"] {
        repo.write(f, "# x\n");
    }
    repo.commit("two layouts");
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("a/{lang}/{path}") && run.stderr.contains("b/{path}.{lang}.{ext}"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("transync init"), "{}", run.stderr);
}

#[test]
fn init_writes_what_it_detects_and_never_replaces_a_configuration() {
    let repo = TestRepo::new();
    repo.write("docs/guide.md", &page("Guide", "", "Text."));
    repo.write("docs/fr/guide.md", &page("Guide", "", "Texte."));
    repo.commit("docs");
    let printed = repo.transync(&["init", "--stdout"]);
    assert_eq!(printed.code, 0, "{}", printed.stderr);
    assert!(!repo.path().join("transync.toml").exists());
    let run = repo.transync(&["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = repo.read("transync.toml");
    assert_eq!(written, printed.stdout);
    assert!(written.contains("source = \"docs/{path}\""), "{written}");
    assert!(
        written.contains("translation = \"docs/{lang}/{path}\""),
        "{written}"
    );
    // The written file is what status now reads, with the same result.
    let json = repo.status_json(&[]);
    assert_eq!(json["layout"]["origin"], "transync.toml");
    assert_eq!(translation(&json, "guide.md", "fr")["status"], "current");
    // A second run refuses and leaves the file as it is.
    std::fs::write(
        repo.path().join("transync.toml"),
        format!("{written}# mine\n"),
    )
    .unwrap();
    let again = repo.transync(&["init"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(repo.read("transync.toml"), format!("{written}# mine\n"));
}

#[test]
fn translations_kept_in_another_repository_compare_with_its_english() {
    let english = TestRepo::new();
    english.write("src/guide.md", &page("Guide", "", "Text."));
    let base = english.commit("English");
    let translations = TestRepo::new();
    translations.write(
        "transync.toml",
        &format!(
            "source-repo = \"{}\"\nsource = \"src/{{path}}\"\ntranslation = \"src/{{path}}\"\nlanguages = [\"ja\"]\n",
            english.path().display()
        ),
    );
    translations.write(
        "src/guide.md",
        &page("ガイド", &format!("source_commit: {base}\n"), "テキスト。"),
    );
    translations.write("src/only-here.md", &page("ここだけ", "", "テキスト。"));
    translations.commit("Japanese");
    let json = translations.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["ja"]));
    let t = translation(&json, "guide.md", "ja");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["base"]["commit"], base);
    assert_eq!(
        translation(&json, "only-here.md", "ja")["status"],
        "orphaned"
    );
    let source = common::document(&json, "guide.md")["source_path"]
        .as_str()
        .unwrap();
    assert!(
        source.ends_with("/src/guide.md") && source.starts_with(".."),
        "{source}"
    );

    english.write(
        "src/guide.md",
        &page("Guide", "", "Text.\n\nA new paragraph."),
    );
    english.commit("English grows");
    let t = translation(&translations.status_json(&[]), "guide.md", "ja").clone();
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["commits_behind"], 1, "{t:#}");
}

#[test]
fn objects_missing_from_the_clone_leave_renames_unfollowed_with_a_note() {
    let repo = TestRepo::new();
    repo.write(
        "content/en/old.md",
        &page("Old", "", "The old text, long enough to compare."),
    );
    repo.commit("English");
    repo.remove("content/en/old.md");
    repo.write(
        "content/en/new.md",
        &page("New", "", "A different text altogether."),
    );
    repo.write(
        "content/es/new.md",
        &page("Nuevo", "", "Un texto distinto."),
    );
    repo.commit("replace the page");
    // A partial clone lacks old blobs: remove the one rename detection would read.
    let blob = repo.git(&["rev-parse", "HEAD~1:content/en/old.md"]);
    let blob = blob.trim();
    std::fs::remove_file(
        repo.path()
            .join(".git/objects")
            .join(&blob[..2])
            .join(&blob[2..]),
    )
    .unwrap();
    let json = repo.status_json(&[]);
    assert_eq!(translation(&json, "new.md", "es")["status"], "current");
    let notes = json["notes"].to_string();
    assert!(notes.contains("objects this clone lacks"), "{notes}");
}

#[test]
fn an_english_page_renamed_to_mdx_keeps_its_md_translations() {
    // Generators pair by slug: `impact.mdx` in English, `impact.md` in Spanish.
    let repo = TestRepo::new();
    repo.write(
        "transync.toml",
        "content-root = \"docs\"\nlayout = \"{path}\"\n",
    );
    repo.write("docs/impact.md", &page("Impact", "", "Text."));
    repo.write("docs/es/impact.md", &page("Impacto", "", "Texto."));
    repo.write("docs/fr/impact.md", &page("Impact", "", "Texte."));
    repo.commit("docs");
    repo.rename("docs/impact.md", "docs/impact.mdx");
    repo.write(
        "docs/impact.mdx",
        &page("Impact", "", "Text, now with more."),
    );
    // French has caught up under the new name.
    repo.remove("docs/fr/impact.md");
    repo.write(
        "docs/fr/impact.mdx",
        &page("Impact", "", "Texte, avec plus."),
    );
    repo.commit("MDX");
    let json = repo.status_json(&[]);
    let es = translation(&json, "impact.mdx", "es");
    assert_eq!(es["status"], "stale", "{es:#}");
    assert_eq!(es["path"], "docs/es/impact.md");
    assert_eq!(translation(&json, "impact.mdx", "fr")["status"], "current");
    assert!(
        json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["id"] != "impact.md"),
        "no orphan left under the old name: {json:#}"
    );
}

#[test]
fn a_lunaria_configuration_gives_the_layout_when_no_generator_does() {
    let repo = TestRepo::new();
    repo.write(
        "lunaria.config.json",
        r#"{
  "defaultLocale": { "label": "English", "lang": "en" },
  "locales": [{ "label": "Français", "lang": "fr" }, { "label": "한국어", "lang": "ko" }],
  "files": [{ "location": "site/pages/**/*.md", "pattern": "site/pages/@lang/@path", "type": "universal" }],
  "ignoreKeywords": ["en-only"]
}
"#,
    );
    repo.write("site/pages/guide.md", &page("Guide", "", "Text."));
    repo.write("site/pages/fr/guide.md", &page("Guide", "", "Texte."));
    repo.commit("pages");
    let json = repo.status_json(&[]);
    assert_eq!(json["languages"], serde_json::json!(["fr", "ko"]));
    assert_eq!(translation(&json, "guide.md", "fr")["status"], "current");
    assert_eq!(translation(&json, "guide.md", "ko")["status"], "missing");
    let origin = json["layout"]["origin"].as_str().unwrap();
    assert!(origin.contains("Lunaria"), "{origin}");
    assert_eq!(
        json["layout"]["collections"][0]["source"],
        "site/pages/{path}"
    );

    // Lunaria 1, in TypeScript, with separate source and locale patterns.
    let repo = TestRepo::new();
    repo.write(
        "lunaria.config.ts",
        "export default defineConfig({\n  sourceLocale: { label: 'English', lang: 'en' },\n  locales: [{ label: 'Español', lang: 'es' }],\n  files: [{ include: ['text/en/**/*.md'], pattern: { source: 'text/en/@path', locales: 'text/@lang/@path' } }],\n});\n",
    );
    repo.write("text/en/a.md", &page("A", "", "Text."));
    repo.write("text/es/a.md", &page("A", "", "Texto."));
    repo.commit("text");
    let json = repo.status_json(&[]);
    assert_eq!(translation(&json, "a.md", "es")["status"], "current");
    assert_eq!(
        json["layout"]["collections"][0]["translation"],
        "text/{lang}/{path}"
    );
}
