//! Inferred bases that maintenance commits cannot fool, and English commits that need no
//! translation: each case is a failure class seen on real repositories, rebuilt here on
//! a small synthetic page.

mod common;

use common::{TestRepo, page, translation};

const EN: &str = "## Intro\n\nCities learn from cities. They meet as equals.\n\nSee [the guide](/docs/guide/).\n\n## Tools\n\n- twinning\n- exchanges\n";
const ES: &str = "## Introducción\n\nLas ciudades aprenden de las ciudades. Se encuentran como iguales.\n\nVea [la guía](/docs/guide/).\n\n## Herramientas\n\n- hermanamiento\n- intercambios\n";
const FR: &str = "## Introduction\n\nLes villes apprennent des villes. Elles se rencontrent en égales.\n\nVoir [le guide](/docs/guide/).\n\n## Outils\n\n- jumelage\n- échanges\n";
const PT: &str = "## Introdução\n\nAs cidades aprendem com as cidades. Encontram-se como iguais.\n\nVeja [o guia](/docs/guide/).\n\n## Ferramentas\n\n- geminação\n- intercâmbios\n";

/// The English changed after the translations were made: a real change to translate.
const EN_CHANGED: &str = "## Intro\n\nCities learn from cities. They meet as equals and share their budgets.\n\nSee [the guide](/docs/guide/).\n\n## Tools\n\n- twinning\n- exchanges\n";

fn write_page(repo: &TestRepo, lang: &str, body: &str) {
    repo.write(
        &format!("content/{lang}/guide.md"),
        &page("Guide", "", body),
    );
}

/// English and three translations, each made in its own commit, then a real English
/// change no translation has caught up with.
fn translated_then_changed() -> TestRepo {
    let repo = TestRepo::new();
    write_page(&repo, "en", EN);
    repo.commit("English");
    for (lang, body) in [("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, body);
        repo.commit(&format!("Translate into {lang}"));
    }
    write_page(&repo, "en", EN_CHANGED);
    repo.commit("Say what cities share");
    repo
}

fn status(repo: &TestRepo, lang: &str) -> serde_json::Value {
    translation(&repo.status_json(&[]), "guide.md", lang).clone()
}

#[test]
fn a_whitespace_fix_of_the_translation_does_not_hide_english_changes() {
    let repo = translated_then_changed();
    let translation_commit = repo.git(&["rev-parse", "HEAD~3"]).trim().to_string();
    write_page(
        &repo,
        "es",
        &ES.replace("ciudades. Se", "ciudades.\nSe")
            .replace("\n- ", "\n*   "),
    );
    let fix = repo.commit("Rewrap Spanish");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["base"]["origin"], "inferred");
    assert_eq!(t["base"]["commit"], translation_commit.as_str());
    assert_eq!(t["base_skipped"][0]["commit"], fix.as_str());
    assert_eq!(t["base_skipped"][0]["reason"], "cosmetic");
    assert_eq!(t["changed_blocks"][0]["kind"], "paragraph");
}

#[test]
fn a_link_fix_and_a_front_matter_fix_are_maintenance() {
    let repo = translated_then_changed();
    write_page(&repo, "fr", &FR.replace("/docs/guide/", "/fr/docs/guide/"));
    repo.commit("Fix French link");
    repo.write(
        "content/fr/guide.md",
        &page(
            "Guide",
            "weight: 3\n",
            &FR.replace("/docs/guide/", "/fr/docs/guide/"),
        ),
    );
    repo.commit("Order the French pages");
    let t = status(&repo, "fr");
    assert_eq!(t["status"], "stale", "{t:#}");
    let reasons: Vec<&str> = t["base_skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["cosmetic", "cosmetic"]);
}

#[test]
fn a_commit_across_every_language_is_maintenance() {
    let repo = translated_then_changed();
    // One find-and-replace over every language, English included.
    for (lang, body) in [("en", EN_CHANGED), ("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, &body.replace("/docs/guide/", "/handbook/"));
    }
    let bulk = repo.commit("Move the guide to /handbook/");
    for lang in ["es", "fr", "pt"] {
        let t = status(&repo, lang);
        assert_eq!(t["status"], "stale", "{lang}: {t:#}");
        assert_eq!(t["base_skipped"][0]["commit"], bulk.as_str(), "{lang}");
        assert_eq!(t["base_skipped"][0]["reason"], "bulk", "{lang}");
        assert_eq!(t["base_skipped"][0]["languages"], 4, "{lang}");
        // Its English change is in the translation already: only the earlier one counts.
        assert_eq!(t["english_skipped"][0]["commit"], bulk.as_str(), "{lang}");
        assert_eq!(t["changed_blocks"].as_array().unwrap().len(), 1, "{lang}");
    }
}

#[test]
fn a_change_made_in_every_language_at_once_needs_no_translation() {
    let repo = TestRepo::new();
    write_page(&repo, "en", EN);
    repo.commit("English");
    for (lang, body) in [("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, body);
        repo.commit(&format!("Translate into {lang}"));
    }
    for (lang, body) in [("en", EN), ("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, &body.replace("/docs/guide/", "/handbook/"));
    }
    repo.commit("Move the guide to /handbook/");
    for lang in ["es", "fr", "pt"] {
        let t = status(&repo, lang);
        assert_eq!(t["status"], "current", "{lang}: {t:#}");
        assert_eq!(t["english_skipped"][0]["reason"], "bulk", "{lang}");
    }
}

#[test]
fn a_front_matter_key_only_translations_have_is_maintenance() {
    // A sync-status flag written into every translation by a script.
    let repo = translated_then_changed();
    repo.write(
        "content/es/guide.md",
        &page("Guide", "drifted_from_default: true\n", ES),
    );
    let flagged = repo.commit("Update drift status");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["base_skipped"][0]["commit"], flagged.as_str());
    assert_eq!(t["base_skipped"][0]["reason"], "cosmetic");
    // A translated title is a translation.
    repo.write(
        "content/es/guide.md",
        &page("Guía", "drifted_from_default: true\n", ES),
    );
    repo.commit("Translate the title");
    let t = status(&repo, "es");
    assert_eq!(t["base_skipped"], serde_json::json!([]), "{t:#}");
}

#[test]
fn a_translation_run_across_languages_is_a_translation() {
    // A translation platform's sync commit touches every translation, not the English,
    // and rewrites whole paragraphs: that is translating, and it counts.
    let repo = translated_then_changed();
    write_page(
        &repo,
        "es",
        &ES.replace("iguales.", "iguales y comparten sus presupuestos."),
    );
    write_page(
        &repo,
        "fr",
        &FR.replace("égales.", "égales et partagent leurs budgets."),
    );
    write_page(
        &repo,
        "pt",
        &PT.replace("iguais.", "iguais e partilham os seus orçamentos."),
    );
    repo.commit("New translations from the platform");
    for lang in ["es", "fr", "pt"] {
        let t = status(&repo, lang);
        assert_eq!(t["status"], "current", "{lang}: {t:#}");
        assert_eq!(t["base_skipped"], serde_json::json!([]), "{lang}");
    }
}

#[test]
fn pages_created_together_keep_their_creation_as_base() {
    let repo = TestRepo::new();
    for (lang, body) in [("en", EN), ("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, body);
    }
    let created = repo.commit("Add the guide in every language");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["base"]["commit"], created.as_str());
}

#[test]
fn a_translation_commit_whose_message_says_so_is_passed_over() {
    let repo = translated_then_changed();
    write_page(&repo, "pt", &PT.replace("Encontram-se", "Reúnem-se"));
    let marked = repo.commit("[i18nIgnore] word choice in Portuguese");
    let t = status(&repo, "pt");
    assert_eq!(t["status"], "stale", "{t:#}");
    assert_eq!(t["base_skipped"][0]["commit"], marked.as_str());
    assert_eq!(t["base_skipped"][0]["reason"], "message");
    assert_eq!(t["base_skipped"][0]["keyword"], "i18nIgnore");
}

#[test]
fn an_english_commit_with_a_translation_none_trailer_needs_no_translation() {
    let repo = TestRepo::new();
    write_page(&repo, "en", EN);
    repo.commit("English");
    write_page(&repo, "es", ES);
    repo.commit("Spanish");
    write_page(&repo, "en", &EN.replace("## Tools", "## Tools and methods"));
    let none = repo.commit("Rename a heading\n\nThe Spanish already says it.\n\nTranslation: none");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["english_skipped"][0]["commit"], none.as_str());
    assert_eq!(t["english_skipped"][0]["keyword"], "Translation: none");
    // Shown, never silent.
    let diff = repo.transync(&["diff", "guide.md", "--lang", "es"]);
    assert!(
        diff.stdout.contains("need no translation") && diff.stdout.contains(&none[..7]),
        "{}",
        diff.stdout
    );
}

#[test]
fn only_the_changes_of_commits_that_need_translating_are_listed() {
    let repo = TestRepo::new();
    write_page(&repo, "en", EN);
    repo.commit("English");
    write_page(&repo, "es", ES);
    repo.commit("Spanish");
    // First an English fix that needs no translation, then a real change elsewhere.
    let fixed = EN.replace("## Tools", "## Tools and methods");
    write_page(&repo, "en", &fixed);
    repo.commit("Longer heading [i18nIgnore]");
    write_page(
        &repo,
        "en",
        &fixed.replace("- exchanges", "- exchanges\n- peer reviews"),
    );
    repo.commit("Add peer reviews");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "stale", "{t:#}");
    let blocks = t["changed_blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), 1, "{t:#}");
    assert_eq!(blocks[0]["kind"], "list item");
    assert_eq!(blocks[0]["change"], "added");
    assert_eq!(t["english_skipped"].as_array().unwrap().len(), 1);
}

#[test]
fn configured_keywords_match_whole_words_only() {
    let repo = TestRepo::new();
    repo.write("transync.toml", "[history]\nignore-keywords = [\"typo\"]\n");
    write_page(&repo, "en", EN);
    repo.commit("English");
    write_page(&repo, "es", ES);
    repo.commit("Spanish");
    write_page(&repo, "en", &EN.replace("equals", "equals, always"));
    repo.commit("Add a typographer's flourish");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "stale", "`typo` is not `typographer`: {t:#}");
    write_page(
        &repo,
        "en",
        &EN.replace("equals", "equals, always")
            .replace("- exchanges", "- exchange"),
    );
    repo.commit("Fix typo");
    let t = status(&repo, "es");
    assert_eq!(t["english_skipped"][0]["keyword"], "typo", "{t:#}");
}

#[test]
fn lunaria_ignore_keywords_are_honoured() {
    let repo = TestRepo::new();
    repo.write(
        "lunaria.config.json",
        "{\n  \"ignoreKeywords\": [\"en-only\"]\n}\n",
    );
    write_page(&repo, "en", EN);
    repo.commit("English");
    write_page(&repo, "es", ES);
    repo.commit("Spanish");
    write_page(
        &repo,
        "en",
        &EN.replace("equals.", "equals. Only in English."),
    );
    repo.commit("Note for English readers (en-only)");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["english_skipped"][0]["keyword"], "en-only");
}

#[test]
fn an_empty_keyword_is_a_configuration_error() {
    let repo = TestRepo::new();
    repo.write("transync.toml", "[history]\nignore-keywords = [\"\"]\n");
    write_page(&repo, "en", EN);
    repo.commit("English");
    let run = repo.transync(&["status"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("history.ignore-keywords"),
        "{}",
        run.stderr
    );
}

#[test]
fn bulk_detection_can_be_turned_off() {
    let repo = translated_then_changed();
    repo.write("transync.toml", "[history]\nbulk-languages = 0\n");
    for (lang, body) in [("en", EN_CHANGED), ("es", ES), ("fr", FR), ("pt", PT)] {
        write_page(&repo, lang, &body.replace("/docs/guide/", "/handbook/"));
    }
    let bulk = repo.commit("Move the guide to /handbook/");
    let t = status(&repo, "es");
    // Only the link changed in the Spanish: still maintenance, now as cosmetic.
    assert_eq!(t["base_skipped"][0]["commit"], bulk.as_str());
    assert_eq!(t["base_skipped"][0]["reason"], "cosmetic");
}

#[test]
fn a_pass_over_one_language_counts_even_where_it_changed_little() {
    // A translation run over the Spanish pages after the English change: it rewrote
    // another page and, here, found only a line break to add. That is a translation.
    let repo = translated_then_changed();
    repo.write("content/en/other.md", &page("Other", "", "Other page.\n"));
    repo.write("content/es/other.md", &page("Otra", "", "Otra página.\n"));
    repo.commit("Other page");
    write_page(&repo, "es", &ES.replace("ciudades. Se", "ciudades.\nSe"));
    repo.write(
        "content/es/other.md",
        &page("Otra", "", "Otra página, revisada.\n"),
    );
    let pass = repo.commit("Update Spanish translations");
    let t = status(&repo, "es");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["base"]["commit"], pass.as_str());
}
