//! Settings, in two stages: the optional `transync.toml` is read strictly ([`file`]:
//! unknown keys are errors naming the file and key), then [`Settings::resolve`] merges it
//! with the command line and validates languages and paths before any git work starts.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::model::{Hinted, Lang};

mod file;

pub use file::FluentSettings;
pub(crate) use file::{
    COMMIT_KEYS, CONFIG_FILE, CheckConfig, CompareSettings, ConfigFile, DEFAULT_SHARED_FIELDS,
    PolicyConfig, read_config,
};

/// Where translations live relative to the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// `content/en/guide.md` ↔ `content/es/guide.md`.
    Directory,
    /// `content/guide.md` (or `guide.en.md`) ↔ `content/guide.es.md`, as Hugo and Zola do.
    Suffix,
}

impl Layout {
    fn parse(value: &str) -> Option<Layout> {
        match value {
            "{lang}/{path}" | "directory" => Some(Layout::Directory),
            "{path}.{lang}.md" | "suffix" => Some(Layout::Suffix),
            _ => None,
        }
    }
}

/// Which languages to analyse: the configured list, or whatever the content tree holds.
#[derive(Debug, Clone)]
pub(crate) enum Languages {
    Configured(Vec<Lang>),
    Detect,
}

/// Everything the pipeline needs, validated. Paths are repository-relative with `/`.
#[derive(Debug)]
pub(crate) struct Settings {
    /// The git work tree.
    pub repo_root: PathBuf,
    pub source_language: Lang,
    pub languages: Languages,
    /// Repository-relative, `/`-separated, no trailing slash; empty for the repo root.
    pub content_root: String,
    pub layout: Layout,
    /// Directory names or file suffixes that stand for a language (`pt-br` → `pt-BR`).
    pub aliases: BTreeMap<String, Lang>,
    pub include: GlobSet,
    pub exclude: GlobSet,
    pub locales_root: String,
    /// The key `mark` writes when a file has none yet.
    pub commit_key: String,
    /// The keys `sync` keeps equal to the English.
    pub shared_fields: Vec<String>,
    pub compare: CompareSettings,
    pub check: CheckConfig,
    pub fluent: FluentSettings,
    /// Fluent file names `bundle` leaves out.
    pub bundle_exclude_messages: GlobSet,
}

impl Settings {
    /// Finds the repository and configuration starting from `start` (the working
    /// directory or `-C DIR`), reads `config` if given, and validates the result.
    pub(crate) fn resolve(start: &Path, config: Option<&Path>) -> Result<Settings> {
        let start = start
            .canonicalize()
            .with_context(|| tr!("error-use-directory", path = start.display().to_string()))?;
        let repo_root = find_repo_root(&start)?;
        let config_path = match config {
            Some(path) => {
                let path = if path.is_absolute() {
                    path.to_path_buf()
                } else {
                    start.join(path)
                };
                if path.is_dir() {
                    bail!(tr!(
                        "error-config-is-directory",
                        path = path.display().to_string(),
                        example = path.join(CONFIG_FILE).display().to_string()
                    ));
                }
                if !path.is_file() {
                    bail!(tr!(
                        "error-config-missing",
                        path = path.display().to_string()
                    ));
                }
                Some(path)
            }
            None => find_config(&start, &repo_root),
        };
        let file = match &config_path {
            Some(path) => read_config(path)?,
            None => ConfigFile::default(),
        };
        // Paths in the config are relative to the file's directory, as in Cargo.toml.
        let base = config_path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| repo_root.clone());
        Settings::from_file(file, &repo_root, &base).with_context(|| match &config_path {
            Some(path) => tr!("error-config-invalid", path = path.display().to_string()),
            None => tr!("error-config-default-invalid"),
        })
    }

    fn from_file(file: ConfigFile, repo_root: &Path, base: &Path) -> Result<Settings> {
        let source_language = match &file.source_language {
            Some(tag) => Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-key", key = "source-language"))?,
            None => Lang::parse("en").expect("`en` is a valid tag"),
        };
        let languages = match &file.languages {
            Some(tags) => {
                let mut langs = Vec::new();
                for tag in tags {
                    let lang = Lang::parse(tag)
                        .map_err(anyhow::Error::msg)
                        .with_context(|| tr!("config-key", key = "languages"))?;
                    // The source may be listed for symmetry; it is never a target.
                    if lang != source_language && !langs.contains(&lang) {
                        langs.push(lang);
                    }
                }
                Languages::Configured(langs)
            }
            None => Languages::Detect,
        };
        let mut aliases = BTreeMap::new();
        for (name, tag) in &file.aliases {
            let lang = Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-key", key = format!("aliases.{name}")))?;
            aliases.insert(name.clone(), lang);
        }
        let layout = match &file.layout {
            Some(value) => Layout::parse(value)
                .with_context(|| tr!("config-unknown-layout", value = value.as_str()))?,
            None => Layout::Directory,
        };
        let content_root = match &file.content_root {
            Some(path) => repo_relative(repo_root, &base.join(path))
                .with_context(|| tr!("config-key", key = "content-root"))?,
            None => repo_relative(repo_root, &base.join("content"))?,
        };
        let locales_root = match &file.locales_root {
            Some(path) => repo_relative(repo_root, &base.join(path))
                .with_context(|| tr!("config-key", key = "locales-root"))?,
            None => repo_relative(repo_root, &base.join("locales"))?,
        };
        let include_globs = file
            .include
            .clone()
            .unwrap_or_else(|| vec!["**/*.md".into(), "**/*.markdown".into()]);
        let include =
            glob_set(&include_globs).with_context(|| tr!("config-key", key = "include"))?;
        let exclude =
            glob_set(&file.exclude).with_context(|| tr!("config-key", key = "exclude"))?;
        let commit_key = file
            .commit_key
            .clone()
            .unwrap_or_else(|| COMMIT_KEYS[0].to_string());
        if !COMMIT_KEYS.contains(&commit_key.as_str()) {
            bail!(tr!(
                "config-unknown-commit-key",
                value = commit_key.as_str(),
                keys = COMMIT_KEYS.map(|k| format!("`{k}`")).join(", ")
            ));
        }
        let shared_fields = match &file.shared_fields {
            Some(keys) => keys.clone(),
            None => DEFAULT_SHARED_FIELDS.map(String::from).to_vec(),
        };
        for key in &shared_fields {
            // The base commit is each translation's own; copying it would lie.
            if key.trim().is_empty() || COMMIT_KEYS.contains(&key.as_str()) || key == "l10n" {
                bail!(tr!("sync-shared-fields-invalid", key = key.as_str()));
            }
        }
        let mut compare = CompareSettings::default();
        if let Some(words) = file.severity.minor_max_words {
            compare.minor_max_words = words;
        }
        if let Some(keys) = &file.untranslatable_keys {
            compare.untranslatable_keys = keys.clone();
        }
        for tag in file.check.languages.keys() {
            Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-table", table = format!("check.languages.{tag}")))?;
        }
        Ok(Settings {
            compare,
            check: file.check.clone(),
            fluent: file.fluent.clone(),
            bundle_exclude_messages: glob_set(&file.bundle.exclude_messages)
                .with_context(|| tr!("config-key", key = "bundle.exclude-messages"))?,
            repo_root: repo_root.to_path_buf(),
            source_language,
            languages,
            content_root,
            layout,
            aliases,
            include,
            exclude,
            locales_root,
            commit_key,
            shared_fields,
        })
    }

    /// Settings from a parsed file, for unit tests that need no repository.
    #[cfg(test)]
    pub(crate) fn for_tests(file: ConfigFile, repo_root: &Path) -> Result<Settings> {
        Settings::from_file(file, repo_root, repo_root)
    }

    /// The language a directory name or file suffix stands for, if any.
    pub(crate) fn lang_of_name(&self, name: &str) -> Option<Lang> {
        if let Some(lang) = self.aliases.get(name) {
            return Some(lang.clone());
        }
        let lang = Lang::guess(name)?;
        match &self.languages {
            Languages::Configured(langs) => {
                (lang == self.source_language || langs.contains(&lang)).then_some(lang)
            }
            Languages::Detect => Some(lang),
        }
    }

    /// Whether a path relative to a language root is a document.
    pub(crate) fn is_document(&self, id: &str) -> bool {
        self.include.is_match(id) && !self.exclude.is_match(id)
    }

    /// Converts a user-given path (relative to `cwd`) to a repository-relative one.
    pub(crate) fn repo_path(&self, cwd: &Path, path: &Path) -> Result<String> {
        repo_relative(&self.repo_root, &cwd.join(path))
    }
}

/// The work tree of the git repository containing `start`.
fn find_repo_root(start: &Path) -> Result<PathBuf> {
    let repo = git2::Repository::discover(start).with_context(|| {
        Hinted::new(
            tr!("error-not-a-repo", path = start.display().to_string()),
            tr!("hint-not-a-repo"),
        )
    })?;
    let root = repo.workdir().with_context(|| tr!("error-bare-repo"))?;
    Ok(root.canonicalize().unwrap_or_else(|_| root.to_path_buf()))
}

/// `transync.toml` in `start` or the nearest parent, without leaving the repository.
fn find_config(start: &Path, repo_root: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(current) = dir {
        let candidate = current.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        if current == repo_root {
            break;
        }
        dir = current.parent();
    }
    None
}

/// `path` relative to `root`, `/`-separated, resolved lexically (the path need not exist)
/// and refused when it leaves the repository.
pub(crate) fn repo_relative(root: &Path, path: &Path) -> Result<String> {
    // The directories are resolved (a symlinked checkout, `..`), the last component is
    // not: a translation that is a symbolic link is named by its own path, as git and the
    // inventory name it, not by its target's.
    let path = normalise(path);
    let absolute = match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => match parent.canonicalize() {
            Ok(real) => real.join(name),
            Err(_) => path.clone(),
        },
        _ => path.canonicalize().unwrap_or_else(|_| path.clone()),
    };
    let relative = absolute.strip_prefix(root).map_err(|_| {
        anyhow::anyhow!(tr!(
            "error-outside-repo",
            path = path.display().to_string(),
            root = root.display().to_string()
        ))
    })?;
    let parts: Vec<_> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Ok(parts.join("/"))
}

/// Removes `.` and `..` without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn glob_set(patterns: &[String]) -> Result<GlobSet> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = globset::GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .or_else(|_| Glob::new(pattern))
            .with_context(|| tr!("config-invalid-glob", pattern = pattern.as_str()))?;
        builder.add(glob);
    }
    Ok(builder.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(toml: &str) -> Result<Settings> {
        let file: ConfigFile = toml::from_str(toml)?;
        Settings::from_file(file, Path::new("/repo"), Path::new("/repo"))
    }

    #[test]
    fn defaults_fit_the_common_layout() {
        let s = settings("").unwrap();
        assert_eq!(s.source_language.as_str(), "en");
        assert_eq!(s.content_root, "content");
        assert_eq!(s.locales_root, "locales");
        assert_eq!(s.layout, Layout::Directory);
        assert!(s.is_document("guide.md"));
        assert!(s.is_document("a/b/c.markdown"));
        assert!(!s.is_document("image.svg"));
    }

    #[test]
    fn errors_on_unknown_key_naming_it() {
        let err = toml::from_str::<ConfigFile>("source-lang = \"en\"").unwrap_err();
        assert!(
            err.to_string().contains("unknown field `source-lang`"),
            "{err}"
        );
    }

    #[test]
    fn errors_on_invalid_language_naming_the_key() {
        let err = settings("languages = [\"es\", \"not a tag\"]").unwrap_err();
        let text = format!("{err:#}");
        assert!(
            text.contains("`languages`") && text.contains("not a tag"),
            "{text}"
        );
    }

    #[test]
    fn errors_on_content_root_outside_repository() {
        let err = settings("content-root = \"../elsewhere\"").unwrap_err();
        assert!(
            format!("{err:#}").contains("outside the repository"),
            "{err:#}"
        );
    }

    #[test]
    fn accepts_suffix_layout_and_aliases() {
        let s = settings(
            "layout = \"{path}.{lang}.md\"\nlanguages = [\"pt-BR\"]\n[aliases]\nbr = \"pt-BR\"",
        )
        .unwrap();
        assert_eq!(s.layout, Layout::Suffix);
        assert_eq!(s.lang_of_name("br").unwrap().as_str(), "pt-BR");
        assert_eq!(s.lang_of_name("pt-br").unwrap().as_str(), "pt-BR");
        // Not configured, so not a language of this project.
        assert!(s.lang_of_name("fr").is_none());
    }

    #[test]
    fn reads_change_tunables() {
        let s = settings("untranslatable-keys = [\"date\"]\n[severity]\nminor-max-words = 9\n")
            .unwrap();
        assert_eq!(s.compare.minor_max_words, 9);
        assert_eq!(s.compare.untranslatable_keys, ["date"]);
    }

    #[test]
    fn shared_fields_default_and_refuse_the_base_commit() {
        assert_eq!(
            settings("").unwrap().shared_fields,
            ["date", "tags", "image", "weight", "aliases"]
        );
        let s = settings("shared-fields = [\"date\", \"author\"]").unwrap();
        assert_eq!(s.shared_fields, ["date", "author"]);
        let err = settings("shared-fields = [\"source_commit\"]").unwrap_err();
        assert!(format!("{err:#}").contains("`shared-fields`"), "{err:#}");
    }

    #[test]
    fn rejects_unknown_layout_and_commit_key() {
        assert!(settings("layout = \"{lang}.{path}\"").is_err());
        assert!(settings("commit-key = \"base\"").is_err());
        assert!(settings("commit-key = \"default_lang_commit\"").is_ok());
    }
}
