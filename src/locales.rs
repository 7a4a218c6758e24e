//! The Fluent side of a run: every English `.ftl` file under the locales root checked
//! against its translation in each target language, with the English at the translation's
//! base commit for per-message staleness. Like the content analysis it only talks to git
//! through [`History`], and its results are data in the [`Report`](crate::report::Report).

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::config::Settings;
use crate::frontmatter::is_commit_hash;
use crate::ftl;
use crate::history::{History, Target};
use crate::i18n::Message;
use crate::lang::Lang;
use crate::report::{Base, Origin};

/// One translated `.ftl` file (or the lack of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FluentFile {
    pub language: Lang,
    /// The translation, e.g. `locales/es/site.ftl`; it may not exist.
    pub path: String,
    pub english_path: String,
    pub exists: bool,
    pub base: Option<Base>,
    pub report: ftl::FileReport,
    /// Why the file could not be checked for staleness (an unusable base), if so.
    pub message: Option<Message>,
}

/// Checks every English `.ftl` file in `languages`.
pub fn analyse(
    settings: &Settings,
    history: &dyn History,
    languages: &[Lang],
    options: &ftl::Options,
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
    options: &ftl::Options,
) -> FluentFile {
    let english = read_text(history, &english_path).unwrap_or_default();
    let Some(translation) = history
        .blob_now(&path)
        .and_then(|_| read_text(history, &path))
    else {
        // Every English message is missing; one finding says so instead of one per entry.
        let counts = ftl::check_file(&english, "", language.as_str(), None, options).counts;
        let finding = ftl::Finding {
            check: ftl::Check::Missing,
            level: ftl::Level::Error,
            file: ftl::Side::English,
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
            report: ftl::FileReport {
                findings: vec![finding],
                counts,
            },
            message: None,
        };
    };
    let mut message = None;
    let base = match ftl::recorded_base(&translation) {
        Some((hash, line)) if is_commit_hash(&hash) => match history.resolve_base(&hash) {
            Ok(commit) => Some(Base {
                commit: commit.id,
                time: commit.time,
                origin: Origin::Recorded,
                key: Some("source_commit"),
            }),
            Err(_) => {
                message = Some(msg!("ftl-base-unusable", line = line, hash = &hash));
                None
            }
        },
        Some((hash, line)) => {
            message = Some(msg!("ftl-base-not-a-hash", line = line, hash = &hash));
            None
        }
        None => match history.last_change(&path) {
            Some(commit) if !history.is_shallow_boundary(commit.id) => Some(Base {
                commit: commit.id,
                time: commit.time,
                origin: Origin::Inferred,
                key: None,
            }),
            Some(_) => None,
            None => match history.target() {
                Target::WorkTree { head } => Some(Base {
                    commit: head.id,
                    time: head.time,
                    origin: Origin::Inferred,
                    key: None,
                }),
                Target::Commit(_) => None,
            },
        },
    };
    let english_at_base = base.as_ref().and_then(|b| {
        let (_, blob) = history.source_at(b.commit, &english_path).ok()??;
        history
            .read_blob(blob)
            .ok()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
    });
    let report = ftl::check_file(
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
