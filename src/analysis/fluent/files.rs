//! The Fluent side of a run: every English `.ftl` file the layout finds checked against
//! its translation in each target language, together with the other files of its
//! resource set (what the application loads with it), and with the English at the
//! translation's base commit for per-message staleness. Like the content analysis it only
//! talks to git through [`History`], and its results are data in the
//! [`Report`](crate::report::Report).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use super::ResourceSet;
use crate::analysis::LanguagesByCommit;
use crate::analysis::base::{self, Inference, Recorded};
use crate::config::{FluentSettings, Settings};
use crate::git::History;
use crate::inventory::Inventory;
use crate::markdown::Flavor;
use crate::model::{Lang, Level};
use crate::report::{Check, FileReport, FluentFile, FluentFinding, Side};

/// What the English file and its translations share: the layout's pattern and `{path}`.
type Key = (usize, String);
/// A resource set within a language: pattern, the path before `{lang}`, group.
type SetKey = (usize, String, usize);

/// The Fluent files of one language: key → (path, resource set).
type Files = BTreeMap<Key, (String, SetKey)>;

/// Checks every English `.ftl` file in `languages`, and reports the translated files that
/// have no English file.
pub(crate) fn analyse(
    settings: &Settings,
    history: &dyn History,
    inventory: &Inventory,
    languages: &[Lang],
    options: &FluentSettings,
) -> Vec<FluentFile> {
    let layout = &settings.fluent_layout;
    let mut english: Files = BTreeMap::new();
    let mut english_spelling = settings.source_language.to_string();
    let mut translated: BTreeMap<Lang, Files> = BTreeMap::new();
    let mut spellings: BTreeMap<Lang, String> = BTreeMap::new();
    for path in history.files() {
        let Some(place) = layout.place(&path) else {
            continue;
        };
        let Some(lang) = settings.lang_of_name(&place.spelling) else {
            continue;
        };
        if lang == settings.source_language {
            english_spelling = place.spelling.clone();
            english.insert(place.key, (path.clone(), place.set));
        } else {
            spellings.entry(lang.clone()).or_insert(place.spelling);
            translated
                .entry(lang)
                .or_default()
                .insert(place.key, (path.clone(), place.set));
        }
    }
    if english.is_empty() {
        return Vec::new();
    }
    // English is read once for every language.
    let english_texts: HashMap<&str, String> = english
        .values()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|(path, _)| (path.as_str(), read_text(history, path).unwrap_or_default()))
        .collect();
    let by_commit = LanguagesByCommit::new(inventory, history);
    let empty = Files::new();
    let mut jobs: Vec<(&Lang, SetKey)> = Vec::new();
    for lang in languages {
        let files = translated.get(lang).unwrap_or(&empty);
        let sets: BTreeSet<&SetKey> = english
            .values()
            .chain(files.values())
            .map(|(_, s)| s)
            .collect();
        jobs.extend(sets.into_iter().map(|set| (lang, set.clone())));
    }
    let context = Context {
        settings,
        history,
        options,
        english: &english,
        english_spelling: &english_spelling,
        english_texts: &english_texts,
        translated: &translated,
        spellings: &spellings,
        by_commit: &by_commit,
    };
    let mut out: Vec<FluentFile> = jobs
        .into_par_iter()
        .flat_map_iter(|(lang, set)| context.check_set(lang, &set))
        .collect();
    out.sort_by(|a, b| (&a.language, &a.path).cmp(&(&b.language, &b.path)));
    out
}

/// What every resource set's check reads.
struct Context<'a> {
    settings: &'a Settings,
    history: &'a dyn History,
    options: &'a FluentSettings,
    english: &'a Files,
    english_spelling: &'a str,
    english_texts: &'a HashMap<&'a str, String>,
    translated: &'a BTreeMap<Lang, Files>,
    spellings: &'a BTreeMap<Lang, String>,
    by_commit: &'a LanguagesByCommit<'a>,
}

impl Context<'_> {
    /// The files of one resource set in `lang`: each English file against its
    /// translation, then the translations English has no file for.
    fn check_set(&self, lang: &Lang, set: &SetKey) -> Vec<FluentFile> {
        let empty = Files::new();
        let files = self.translated.get(lang).unwrap_or(&empty);
        let spelling = self
            .spellings
            .get(lang)
            .cloned()
            .unwrap_or_else(|| lang.to_string());
        let layout = &self.settings.fluent_layout;
        let english: Vec<(&Key, &str)> = self
            .english
            .iter()
            .filter(|(_, (_, s))| s == set)
            .filter(|(key, _)| layout.tracked_in(key, &spelling))
            .map(|(key, (path, _))| (key, path.as_str()))
            .collect();
        let translations: Vec<(&Key, &str, String)> = files
            .iter()
            .filter(|(_, (_, s))| s == set)
            .filter(|(key, _)| layout.tracked_in(key, &spelling))
            .filter_map(|(key, (path, _))| {
                let text = self
                    .history
                    .blob_now(path)
                    .and_then(|_| read_text(self.history, path))?;
                Some((key, path.as_str(), text))
            })
            .collect();
        let english_texts: Vec<&str> = english
            .iter()
            .map(|(_, path)| self.english_texts.get(path).map_or("", String::as_str))
            .collect();
        let resources = ResourceSet::new(
            &english_texts,
            translations
                .iter()
                .map(|(_, _, text)| text.as_str())
                .collect(),
        );
        let mut out = Vec::new();
        for ((key, english_path), english_text) in english.iter().zip(&english_texts) {
            let translation = translations.iter().find(|(k, _, _)| k == key);
            out.push(match translation {
                Some((_, path, text)) => {
                    self.check(lang, english_path, english_text, path, text, &resources)
                }
                None => missing_file(
                    lang,
                    english_path,
                    english_text,
                    self.settings.fluent_layout.path_of(key, &spelling),
                    self.options,
                ),
            });
        }
        for (key, path, _) in &translations {
            if !self.english.contains_key(*key) {
                let english_path = self
                    .settings
                    .fluent_layout
                    .path_of(key, self.english_spelling);
                out.push(obsolete_file(lang, path, english_path));
            }
        }
        out
    }

    fn check(
        &self,
        language: &Lang,
        english_path: &str,
        english: &str,
        path: &str,
        translation: &str,
        resources: &ResourceSet<'_>,
    ) -> FluentFile {
        let recorded = super::recorded_base(translation);
        let recorded = recorded.as_ref().map(|(value, line)| Recorded {
            key: "source_commit",
            value,
            line: *line,
        });
        // An inferred base passes over the commits that did not translate (line endings,
        // a BOM, a `Translation: none` message), as for pages: such a commit does not
        // make stale messages current. The other languages are left out on purpose: a
        // commit changing the English and every translation of a message together is how
        // projects that translate their own UI add a message, not maintenance, and
        // staleness is judged per message anyway.
        let inference = Inference {
            settings: &self.settings.compare,
            flavor: Flavor::Markdown,
            english: Some(english_path),
            others: Vec::new(),
            languages_by_commit: self.by_commit,
            // A Fluent file has no front matter.
            english_now: &|| None,
        };
        // Without a usable base the file is still checked, only not for stale messages.
        let (base, message) = match base::resolve(self.history, path, recorded, Some(&inference)) {
            Ok(resolved) => (Some(resolved.base), None),
            Err((Some(line), reason)) => (
                None,
                Some(msg!("ftl-base-unusable", line = line, reason = reason)),
            ),
            Err((None, _)) => (None, None),
        };
        let english_at_base = base
            .as_ref()
            .and_then(|b| self.history.text_at(b.commit, english_path));
        let report = super::check_in_set(
            english,
            translation,
            language.as_str(),
            english_at_base.as_deref(),
            self.options,
            resources,
        );
        FluentFile {
            language: language.clone(),
            path: path.to_string(),
            english_path: english_path.to_string(),
            exists: true,
            base,
            report,
            message,
        }
    }
}

fn read_text(history: &dyn History, path: &str) -> Option<String> {
    history
        .read_now(path)
        .ok()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// A translation that does not exist: every English message is missing, and one finding
/// says so instead of one per entry. It points at the English file, the one there is.
fn missing_file(
    language: &Lang,
    english_path: &str,
    english: &str,
    path: String,
    options: &FluentSettings,
) -> FluentFile {
    let counts = super::check_file(english, "", language.as_str(), None, options).counts;
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
    FluentFile {
        language: language.clone(),
        path,
        english_path: english_path.to_string(),
        exists: false,
        base: None,
        report: FileReport {
            findings: vec![finding],
            counts,
        },
        message: None,
    }
}

/// A translated file with no English file: the application never loads it (or loads
/// messages nobody updates). A warning, as compare-locales lists such files as obsolete.
fn obsolete_file(language: &Lang, path: &str, english_path: String) -> FluentFile {
    let finding = FluentFinding {
        check: Check::Obsolete,
        level: Level::Warning,
        file: Side::Translation,
        id: None,
        line: 1,
        column: 1,
        message: msg!("ftl-obsolete-file", english = &english_path),
        english_before: None,
        english_after: None,
    };
    FluentFile {
        language: language.clone(),
        path: path.to_string(),
        english_path,
        exists: true,
        base: None,
        report: FileReport {
            findings: vec![finding],
            counts: Default::default(),
        },
        message: None,
    }
}
