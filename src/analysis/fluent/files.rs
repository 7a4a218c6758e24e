//! The Fluent side of a run: every English `.ftl` file under the locales root checked
//! against its translation in each target language, with the English at the translation's
//! base commit for per-message staleness. Like the content analysis it only talks to git
//! through [`History`], and its results are data in the [`Report`](crate::report::Report).

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::analysis::base::{self, Recorded};
use crate::config::{FluentSettings, Settings};
use crate::git::History;
use crate::model::{Lang, Level};
use crate::report::{Check, FileReport, FluentFile, FluentFinding, Side};

/// Checks every English `.ftl` file in `languages`.
pub(crate) fn analyse(
    settings: &Settings,
    history: &dyn History,
    languages: &[Lang],
    options: &FluentSettings,
) -> Vec<FluentFile> {
    let root = &settings.locales_root;
    let prefix = if root.is_empty() {
        String::new()
    } else {
        format!("{root}/")
    };
    // language → (directory spelling, file names)
    let mut by_language: BTreeMap<Lang, (String, Vec<String>)> = BTreeMap::new();
    for path in history.files() {
        let Some(rest) = path.strip_prefix(&prefix) else {
            continue;
        };
        let Some((dir, name)) = rest.split_once('/') else {
            continue;
        };
        if !name.ends_with(".ftl") {
            continue;
        }
        let Some(lang) = settings.lang_of_name(dir) else {
            continue;
        };
        let entry = by_language
            .entry(lang)
            .or_insert_with(|| (dir.to_string(), Vec::new()));
        entry.1.push(name.to_string());
    }
    let Some((en_dir, english_files)) = by_language.get(&settings.source_language).cloned() else {
        return Vec::new();
    };
    let mut jobs: Vec<(Lang, String, String)> = Vec::new();
    for lang in languages {
        let dir = by_language
            .get(lang)
            .map_or_else(|| lang.to_string(), |(dir, _)| dir.clone());
        for name in &english_files {
            jobs.push((
                lang.clone(),
                format!("{prefix}{en_dir}/{name}"),
                format!("{prefix}{dir}/{name}"),
            ));
        }
    }
    jobs.into_par_iter()
        .map(|(lang, english, path)| check(history, lang, english, path, options))
        .collect()
}

fn read_text(history: &dyn History, path: &str) -> Option<String> {
    history
        .read_now(path)
        .ok()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn check(
    history: &dyn History,
    language: Lang,
    english_path: String,
    path: String,
    options: &FluentSettings,
) -> FluentFile {
    let english = read_text(history, &english_path).unwrap_or_default();
    let Some(translation) = history
        .blob_now(&path)
        .and_then(|_| read_text(history, &path))
    else {
        // Every English message is missing; one finding says so instead of one per entry.
        let counts = super::check_file(&english, "", language.as_str(), None, options).counts;
        let finding = FluentFinding {
            check: Check::Missing,
            level: Level::Error,
            file: Side::English,
            id: None,
            line: 1,
            column: 1,
            message: msg!(
                "ftl-file-missing",
                language = language.as_str(),
                path = &path
            ),
            english_before: None,
            english_after: None,
        };
        return FluentFile {
            language,
            path,
            english_path,
            exists: false,
            base: None,
            report: FileReport {
                findings: vec![finding],
                counts,
            },
            message: None,
        };
    };
    let recorded = super::recorded_base(&translation);
    let recorded = recorded.as_ref().map(|(value, line)| Recorded {
        key: "source_commit",
        value,
        line: *line,
    });
    // Without a usable base the file is still checked, only not for stale messages.
    let (base, message) = match base::resolve(history, &path, recorded, None) {
        Ok(resolved) => (Some(resolved.base), None),
        Err((Some(line), reason)) => (
            None,
            Some(msg!("ftl-base-unusable", line = line, reason = reason)),
        ),
        Err((None, _)) => (None, None),
    };
    let english_at_base = base
        .as_ref()
        .and_then(|b| history.text_at(b.commit, &english_path));
    let report = super::check_file(
        &english,
        &translation,
        language.as_str(),
        english_at_base.as_deref(),
        options,
    );
    FluentFile {
        language,
        path,
        english_path,
        exists: true,
        base,
        report,
        message,
    }
}
