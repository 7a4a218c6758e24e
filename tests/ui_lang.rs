//! transync speaks English, Spanish, French and Portuguese: the language is chosen by
//! `--ui-lang`, `TRANSYNC_LANG` or the POSIX locale, and machine formats stay English.

mod common;

use common::{TestRepo, page, transync_command};

/// A repository with one translation of each status: current, stale (with drift),
/// missing and orphaned, plus a module.
fn repo() -> TestRepo {
    let repo = TestRepo::new();
    repo.write(
        "content/en/guide.md",
        &page(
            "Guide",
            "",
            "## Intro\n\nCities learn.\n\n## Forms\n\n- twinning\n",
        ),
    );
    repo.write("content/en/news.md", &page("News", "", "Fresh news."));
    repo.write("content/en/m/_index.md", &page("M", "", "Module."));
    repo.write(
        "content/en/m/01-first.md",
        &page("First", "", "Lesson one."),
    );
    let english = repo.commit("English");
    let base = format!("source_commit: {english}\n");
    repo.write(
        "content/es/guide.md",
        &page(
            "Guía",
            &base,
            "## Intro\n\nLas ciudades aprenden.\n\n## Formas\n\n- hermanamiento\n",
        ),
    );
    repo.write("content/es/m/_index.md", &page("M", &base, "Módulo."));
    repo.write(
        "content/es/m/01-first.md",
        &page("Primera", &base, "Lección uno."),
    );
    repo.write("content/es/gone.md", &page("Ido", &base, "Nada."));
    repo.commit("Spanish");
    repo.write(
        "content/en/guide.md",
        &page(
            "Guide",
            "",
            "## Intro\n\nCities learn.\n\n## Forms\n\n- twinning\n\n## New section\n\nMore.\n",
        ),
    );
    repo.commit("English: a new section");
    repo
}

fn status_in(repo: &TestRepo, ui: &str) -> String {
    let run = repo.transync(&["--ui-lang", ui, "status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

fn snapshot(name: &str, text: &str) {
    insta::with_settings!({filters => vec![
        (r"\b[0-9a-f]{40}\b", "[SHA]"),
        (r"\b[0-9a-f]{7}\b", "[SHORT]"),
        (r"\b\d{4}-\d{2}-\d{2}\b", "[DATE]"),
    ]}, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn status_in_english() {
    snapshot("status_en", &status_in(&repo(), "en"));
}

#[test]
fn status_in_spanish() {
    snapshot("status_es", &status_in(&repo(), "es"));
}

#[test]
fn status_in_french() {
    snapshot("status_fr", &status_in(&repo(), "fr"));
}

#[test]
fn status_in_portuguese() {
    snapshot("status_pt", &status_in(&repo(), "pt"));
}

#[test]
fn the_environment_chooses_when_no_flag_is_given() {
    let repo = repo();
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut command = transync_command(repo.path());
        command.args(args);
        for (name, value) in vars {
            command.env(name, value);
        }
        common::Run::from(command.output().unwrap())
    };
    let heading = |stdout: &str| {
        [
            "Needs attention",
            "Requiere atención",
            "À traiter",
            "Requer atenção",
        ]
        .into_iter()
        .find(|h| stdout.contains(h))
        .map(str::to_string)
    };
    let status = ["status"];
    assert_eq!(
        heading(&run(&[], &status).stdout).as_deref(),
        Some("Needs attention")
    );
    assert_eq!(
        heading(&run(&[("LANG", "pt_BR.UTF-8")], &status).stdout).as_deref(),
        Some("Requer atenção")
    );
    // LC_MESSAGES beats LANG, LC_ALL beats both, TRANSYNC_LANG beats the locale.
    let locale = [("LANG", "pt_BR.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")];
    assert_eq!(
        heading(&run(&locale, &status).stdout).as_deref(),
        Some("À traiter")
    );
    let all = [
        ("LANG", "pt_BR"),
        ("LC_MESSAGES", "fr_FR"),
        ("LC_ALL", "es_ES.UTF-8"),
    ];
    assert_eq!(
        heading(&run(&all, &status).stdout).as_deref(),
        Some("Requiere atención")
    );
    let ours = [("LC_ALL", "es_ES.UTF-8"), ("TRANSYNC_LANG", "fr")];
    assert_eq!(
        heading(&run(&ours, &status).stdout).as_deref(),
        Some("À traiter")
    );
    // The flag beats everything; a language transync does not speak falls back to English.
    let flagged = run(&ours, &["--ui-lang", "pt", "status"]);
    assert_eq!(heading(&flagged.stdout).as_deref(), Some("Requer atenção"));
    let german = run(&[("LANG", "de_DE.UTF-8")], &status);
    assert_eq!(heading(&german.stdout).as_deref(), Some("Needs attention"));
    // LC_ALL=C means English, even with a Spanish LANG.
    let c = run(&[("LC_ALL", "C"), ("LANG", "es_ES")], &status);
    assert_eq!(heading(&c.stdout).as_deref(), Some("Needs attention"));
}

#[test]
fn machine_formats_stay_english() {
    let repo = repo();
    for args in [
        &["status", "--format", "json"][..],
        &["check", "--format", "json"],
        &["check", "--format", "sarif"],
        &["check", "--format", "junit"],
        &["check", "--format", "github"],
    ] {
        let english = repo.transync(args);
        for ui in ["es", "fr", "pt"] {
            let mut localized = vec!["--ui-lang", ui];
            localized.extend_from_slice(args);
            let run = repo.transync(&localized);
            assert_eq!(run.code, english.code, "{args:?} {ui}");
            assert_eq!(run.stdout, english.stdout, "{args:?} in {ui}");
        }
    }
}

#[test]
fn errors_and_hints_are_localized() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::Run::from(
        transync_command(dir.path())
            .args(["--ui-lang", "fr", "status"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("erreur: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("n’est pas dans un dépôt git"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("  conseil: "), "{}", run.stderr);
}

#[test]
fn check_text_is_localized_with_counts_in_the_language() {
    let repo = repo();
    let run = repo.transync(&["--ui-lang", "es", "check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("error[stale]"), "{}", run.stdout);
    assert!(
        run.stdout.contains("commit en inglés de retraso"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("comprobación fallida"),
        "{}",
        run.stdout
    );
    let diff = repo.transync(&["--ui-lang", "pt", "diff", "content/es/guide.md"]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    assert!(diff.stdout.contains("desatualizada"), "{}", diff.stdout);
}

/// `--help` and usage errors come in the UI language, from the same `.ftl` files.
#[test]
fn help_and_usage_errors_are_localized() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], lang: Option<&str>| {
        let mut command = transync_command(dir.path());
        if let Some(lang) = lang {
            command.env("LANG", lang);
        }
        common::Run::from(command.args(args).output().unwrap())
    };
    let english_help = run(&["check", "--help"], None);
    assert_eq!(english_help.code, 0, "{}", english_help.stderr);
    for ui in ["es", "fr", "pt"] {
        let localizer = transync::model::i18n::Localizer::negotiate(&[ui.parse().unwrap()]);
        // Shown as clap shows a summary: without its final period.
        let about = localizer.try_message("cli-check-about").unwrap();
        let about = about.trim_end_matches('.');
        let options = localizer.try_message("cli-heading-options").unwrap();
        let usage = localizer.try_message("cli-heading-usage").unwrap();
        let help = run(&["--ui-lang", ui, "check", "--help"], None);
        assert_eq!(help.code, 0, "{}", help.stderr);
        assert_ne!(help.stdout, english_help.stdout, "{ui}");
        assert!(help.stdout.starts_with(about), "{ui}: {}", help.stdout);
        assert!(
            help.stdout.contains(&format!("\n{usage}: transync check")),
            "{ui}: {}",
            help.stdout
        );
        assert!(
            help.stdout.contains(&format!("\n{options}:\n")),
            "{ui}: {}",
            help.stdout
        );
        assert!(
            !help.stdout.contains("cli-"),
            "{ui}: a message id shows: {}",
            help.stdout
        );

        let error = run(&["--ui-lang", ui, "status", "--formt", "json"], None);
        assert_eq!(error.code, 2, "{ui}");
        let prefix = localizer.try_message("error-prefix").unwrap();
        let tip = transync::tr_in!(
            &localizer,
            "cli-tip-similar-argument",
            suggestion = "--format"
        );
        assert!(
            error.stderr.starts_with(&format!("{prefix}: ")),
            "{ui}: {}",
            error.stderr
        );
        assert!(error.stderr.contains(&tip), "{ui}: {}", error.stderr);
        assert!(error.stdout.is_empty());
    }
    // The locale chooses too, with no flag.
    let portuguese = run(&["--help"], Some("pt_BR.UTF-8"));
    assert!(
        portuguese.stdout.contains("\nComandos:\n"),
        "{}",
        portuguese.stdout
    );
}

#[test]
fn an_unknown_ui_language_is_said_and_english_used() {
    let repo = repo();
    let run = repo.transync(&["--ui-lang", "xx", "status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: transync has no messages in `xx`; using English"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, repo.transync(&["status"]).stdout);
    // A variant of a language transync speaks is no surprise: no warning.
    let run = repo.transync(&["--ui-lang", "pt-BR", "status"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}
