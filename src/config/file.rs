//! `transync.toml` as written: every table and key, all optional, read strictly (an
//! unknown key is an error naming it), and the defaults the settings start from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::model::{FindingKind, Severity};

pub(crate) const CONFIG_FILE: &str = "transync.toml";

/// The front-matter keys that can carry a translation's base commit, in the order they
/// are looked up. Ours first, then MDN's and OpenTelemetry's conventions.
pub(crate) const COMMIT_KEYS: [&str; 3] =
    ["source_commit", "l10n.sourceCommit", "default_lang_commit"];

/// The default of the `shared-fields` setting: front-matter keys `sync` keeps equal to
/// the English.
pub(crate) const DEFAULT_SHARED_FIELDS: [&str; 5] = ["date", "tags", "image", "weight", "aliases"];

/// `[fluent]`: options of the `.ftl` checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct FluentSettings {
    /// Ids (`msg`, `msg.attr`, `-term`) or literal values (`UCLG`) that may stay the
    /// same as in English, such as brand names. A message id covers its attributes.
    pub allow_untranslated: Vec<String>,
    /// Where the `.ftl` files are: patterns with `{lang}` and `{path}` (default
    /// `<locales-root>/{lang}/{path}`; `{lang}/{path}` for language folders at the root,
    /// `{path}/{lang}.ftl` for one file per language in each component).
    pub paths: Vec<String>,
    /// Resource sets: each a list of globs over `{path}`; the files matching one group are
    /// loaded together (default: all of a language's files under one prefix).
    pub groups: Vec<Vec<String>>,
    /// Globs over `{path}` of Fluent files that are not checked.
    pub exclude: Vec<String>,
    /// compare-locales' project configuration, read for paths, locales and ignored files
    /// (default: `l10n.toml` at the repository root, when there is one).
    pub l10n_toml: Option<String>,
}

/// How English changes are classified: `[severity]` and `untranslatable-keys`.
#[derive(Debug, Clone)]
pub(crate) struct CompareSettings {
    /// A real change of at most this many words (inserted plus deleted) is minor.
    pub minor_max_words: u32,
    /// Front-matter keys whose changes never call for a new translation.
    pub untranslatable_keys: Vec<String>,
    /// Words in a commit message that make the commit need no translation (its English
    /// changes) and not count as a translation (its edits of translations); matched as
    /// whole words, ignoring case. A `Translation: none` trailer always counts.
    pub ignore_keywords: Vec<String>,
    /// A commit that changed a page in English and in enough translations to make this
    /// many languages is maintenance, not a translation, when looking for a translation's
    /// base; 0 = never.
    pub bulk_languages: u32,
}

impl Default for CompareSettings {
    fn default() -> CompareSettings {
        CompareSettings {
            minor_max_words: 5,
            untranslatable_keys: [
                "date",
                "lastmod",
                "publishDate",
                "expiryDate",
                "weight",
                "aliases",
                "tags",
                "categories",
                "image",
                "images",
                "draft",
                "slug",
                "url",
                "layout",
                "type",
                "source_commit",
                "default_lang_commit",
                "l10n",
                // Spell-checker word lists: each language keeps its own.
                "cSpell:ignore",
                "cSpell:words",
                "spelling",
            ]
            .map(String::from)
            .to_vec(),
            ignore_keywords: DEFAULT_IGNORE_KEYWORDS.map(String::from).to_vec(),
            bulk_languages: 3,
        }
    }
}

/// Commit-message words that mean "no translation needed" by default: Lunaria's tracker
/// directive and the bracketed tag its users write.
pub(crate) const DEFAULT_IGNORE_KEYWORDS: [&str; 2] = ["i18nIgnore", "lunaria-ignore"];

/// `transync.toml` as written. Everything is optional; defaults fit `content/<lang>/…`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct ConfigFile {
    pub source_language: Option<String>,
    pub languages: Option<Vec<String>>,
    pub content_root: Option<PathBuf>,
    pub layout: Option<String>,
    pub aliases: BTreeMap<String, String>,
    pub include: Option<Vec<String>>,
    pub exclude: Vec<String>,
    pub locales_root: Option<PathBuf>,
    /// The source pages of a layout of one collection, e.g. `docs/{path}` (instead of
    /// `content-root` and `layout`).
    pub source: Option<String>,
    /// Where their translations are, e.g. `docs/{lang}/{path}`.
    pub translation: Option<String>,
    /// A local clone of the repository the English pages are in, when translations are
    /// kept apart (`source` is then relative to that repository).
    pub source_repo: Option<PathBuf>,
    /// `[[collection]]`: several sets of pages, each with its own patterns.
    pub collection: Vec<CollectionConfig>,
    pub commit_key: Option<String>,
    /// Front-matter keys whose English changes never call for a new translation.
    pub untranslatable_keys: Option<Vec<String>>,
    /// Top-level front-matter keys `sync` keeps equal to the English (not translated).
    pub shared_fields: Option<Vec<String>>,
    pub severity: SeverityConfig,
    /// `[history]`: how commits are read when looking for bases and changes.
    pub history: HistoryConfig,
    pub check: CheckConfig,
    /// `[fluent]`: options of the `.ftl` checks.
    pub fluent: FluentSettings,
    /// `[bundle]`: options of `transync bundle`.
    pub bundle: BundleConfig,
}

/// `[[collection]]`: one set of pages (a Docusaurus site's docs, its blog…).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct CollectionConfig {
    /// Prefix of the documents' ids; default: the last directory of `source` before its
    /// first placeholder.
    pub name: Option<String>,
    pub source: String,
    pub translation: String,
    /// Globs over the document ids; default: the top-level `include`.
    pub include: Option<Vec<String>>,
    /// Added to the top-level `exclude`.
    pub exclude: Vec<String>,
}

/// `[bundle]`: what `transync bundle` publishes.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct BundleConfig {
    /// Fluent files (names or globs, e.g. `admin-*.ftl`) under each language's locales
    /// directory that are not the site's: left out of `messages.json` and the page chrome.
    pub exclude_messages: Vec<String>,
}

/// `[severity]`: how a stale translation's severity is decided.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct SeverityConfig {
    /// Changed English words up to which a change is `minor` (default 5).
    pub minor_max_words: Option<u32>,
}

/// `[history]`: which commits need no translation, or are no translation.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct HistoryConfig {
    /// Replaces the default keywords (and Lunaria's `ignoreKeywords`, when read).
    pub ignore_keywords: Option<Vec<String>>,
    /// Languages a maintenance commit touches at least (default 3; 0 turns it off).
    pub bulk_languages: Option<u32>,
}

/// `[check]`: the CI policy, overridden by `check`'s flags.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct CheckConfig {
    pub fail_on: Option<Vec<FindingKind>>,
    pub min_severity: Option<Severity>,
    pub max_age: Option<u32>,
    /// Per-language overrides, e.g. `[check.languages.ko]` for a new language that only warns.
    pub languages: BTreeMap<String, PolicyConfig>,
}

/// The policy knobs, each optional so that layers can override one another.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct PolicyConfig {
    pub fail_on: Option<Vec<FindingKind>>,
    pub min_severity: Option<Severity>,
    pub max_age: Option<u32>,
}

pub(crate) fn read_config(path: &Path) -> Result<ConfigFile> {
    let shown = path.display().to_string();
    let bytes = crate::model::paths::read_regular(path, &shown)
        .with_context(|| tr!("error-config-read", path = shown.clone()))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        anyhow::anyhow!(tr!("error-not-utf8", byte = err.utf8_error().valid_up_to()))
            .context(tr!("error-config-read", path = shown.clone()))
    })?;
    toml::from_str(&text)
        .with_context(|| tr!("error-config-invalid", path = path.display().to_string()))
}

/// A TOML string, quoted and escaped.
fn quote(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

impl ConfigFile {
    /// The layout part of this configuration as a commented `transync.toml`, for the
    /// user to adjust: what `transync init` writes. `origin` says where it came from.
    pub(crate) fn to_commented_toml(&self, origin: &str) -> String {
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        line(format!(
            "# transync.toml, written by `transync init` (layout {origin})."
        ));
        line(
            "# Paths and patterns are relative to this file. Check the patterns against your"
                .into(),
        );
        line(
            "# site, then run `transync status`; every key is explained in transync's README."
                .into(),
        );
        line(String::new());
        if let Some(source) = &self.source_language {
            line(format!("source-language = {}", quote(source)));
        }
        match &self.languages {
            Some(languages) => {
                line(
                    "# The languages to track; a language listed here with no pages yet shows"
                        .into(),
                );
                line("# as missing everywhere, so a new language appears on day one.".into());
                line(format!("languages = {}", list(languages)));
            }
            None => line(
                "# languages = [\"es\", \"fr\"]   # default: the language folders found".into(),
            ),
        }
        let pattern_help = |line: &mut dyn FnMut(String)| {
            line(
                "# {lang} is a language folder or suffix, {path} the page's path below the".into(),
            );
            line("# collection, {ext} its extension (md, mdx, markdown).".into());
        };
        if let (Some(source), Some(translation)) = (&self.source, &self.translation) {
            line(String::new());
            pattern_help(&mut line);
            line(format!("source = {}", quote(source)));
            line(format!("translation = {}", quote(translation)));
        }
        if let Some(include) = &self.include {
            line(format!("include = {}", list(include)));
        }
        if !self.exclude.is_empty() {
            line(format!("exclude = {}", list(&self.exclude)));
        }
        if !self.aliases.is_empty() {
            line(String::new());
            line("# Folder names or suffixes that stand for a language tag.".into());
            line("[aliases]".into());
            for (name, tag) in &self.aliases {
                line(format!("{} = {}", quote(name), quote(tag)));
            }
        }
        for (i, c) in self.collection.iter().enumerate() {
            line(String::new());
            if i == 0 {
                line(
                    "# One [[collection]] per set of pages, each with its own patterns; the".into(),
                );
                line("# documents' ids start with the collection's name.".into());
                pattern_help(&mut line);
            }
            line("[[collection]]".into());
            if let Some(name) = &c.name {
                line(format!("name = {}", quote(name)));
            }
            line(format!("source = {}", quote(&c.source)));
            line(format!("translation = {}", quote(&c.translation)));
            if let Some(include) = &c.include {
                line(format!("include = {}", list(include)));
            }
            if !c.exclude.is_empty() {
                line(format!("exclude = {}", list(&c.exclude)));
            }
        }
        line(String::new());
        line("# Other settings, with their defaults:".into());
        line("# locales-root = \"locales\"          # Fluent files: locales/<lang>/*.ftl".into());
        line("# commit-key = \"source_commit\"      # or \"l10n.sourceCommit\", \"default_lang_commit\"".into());
        line("# shared-fields = [\"date\", \"tags\", \"image\", \"weight\", \"aliases\"]".into());
        line(String::new());
        line("# Commits whose message has one of these words (or a `Translation: none`".into());
        line("# trailer) need no translation; commits changing a page in English and in".into());
        line("# this many languages at once are maintenance, not translations.".into());
        line("# [history]".into());
        line("# ignore-keywords = [\"i18nIgnore\", \"lunaria-ignore\"]".into());
        line("# bulk-languages = 3".into());
        out
    }
}
