//! Settings, in two stages: the optional `transync.toml` is read strictly ([`file`]:
//! unknown keys are errors naming the file and key), then [`Settings::resolve`] merges it
//! with the command line and validates languages and paths before any git work starts.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::model::i18n::Message;
use crate::model::{Hinted, Lang};

mod detect;
mod file;
mod fluent;
mod layout;

pub use file::FluentSettings;
pub(crate) use file::{
    COMMIT_KEYS, CONFIG_FILE, CheckConfig, CompareSettings, ConfigFile, DEFAULT_SHARED_FIELDS,
    PolicyConfig, read_config,
};
pub(crate) use fluent::FluentLayout;
pub(crate) use layout::{Collection, Pattern};

/// The shorthands of `layout`, for one collection under `content-root`.
fn shorthand(layout: &str, root: &str) -> Option<(String, String)> {
    let prefix = if root.is_empty() {
        String::new()
    } else {
        format!("{root}/")
    };
    Some(match layout {
        // content/en/guide.md ↔ content/es/guide.md
        "{lang}/{path}" | "directory" => (
            format!("{prefix}{{lang}}/{{path}}"),
            format!("{prefix}{{lang}}/{{path}}"),
        ),
        // content/guide.md (or guide.en.md) ↔ content/guide.es.md, as Hugo and Zola do.
        "{path}.{lang}.md" | "{path}.{lang}.{ext}" | "suffix" => (
            format!("{prefix}{{path}}.{{ext}}"),
            format!("{prefix}{{path}}.{{lang}}.{{ext}}"),
        ),
        // content/guide.md ↔ content/es/guide.md: English at the root (Starlight, Hugo,
        // MkDocs folder mode).
        "{path}" | "root" => (
            format!("{prefix}{{path}}"),
            format!("{prefix}{{lang}}/{{path}}"),
        ),
        _ => return None,
    })
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
    /// Where the pages and their translations are; patterns are repository-relative.
    pub collections: Vec<Collection>,
    /// Why this layout: the configuration file, the generator configuration or tree it
    /// was detected from, or the default and where transync looked.
    pub origin: Message,
    /// Directory names or file suffixes that stand for a language (`pt-br` → `pt-BR`).
    pub aliases: BTreeMap<String, Lang>,
    /// The repository the English pages are in, when it is another one.
    pub source_repo: Option<SourceRepo>,
    pub locales_root: String,
    /// The key `mark` writes when a file has none yet.
    pub commit_key: String,
    /// The keys `sync` keeps equal to the English.
    pub shared_fields: Vec<String>,
    pub compare: CompareSettings,
    pub check: CheckConfig,
    pub fluent: FluentSettings,
    /// Where the Fluent files are and which are loaded together.
    pub fluent_layout: FluentLayout,
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
        // A configuration found in the repository is the repository's: one that is a link
        // out of it is not read (a given `--config` is the user's own choice).
        if config.is_none()
            && let Some(path) = &config_path
        {
            crate::model::paths::Confinement::new(&repo_root).resolve(path)?;
        }
        let (file, origin) = match &config_path {
            Some(path) => {
                let shown =
                    repo_relative(&repo_root, path).unwrap_or_else(|_| path.display().to_string());
                (read_config(path)?, msg!("layout-from-config", file = shown))
            }
            None => detect_layout(&start, &repo_root)?,
        };
        // Paths in the config are relative to the file's directory, as in Cargo.toml.
        let base = config_path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| repo_root.clone());
        let mut settings =
            Settings::from_file(file, &repo_root, &base).with_context(|| match &config_path {
                Some(path) => tr!("error-config-invalid", path = path.display().to_string()),
                None => tr!("error-config-default-invalid"),
            })?;
        settings.origin = origin;
        Ok(settings)
    }

    fn from_file(file: ConfigFile, repo_root: &Path, base: &Path) -> Result<Settings> {
        // compare-locales' configuration, where the project has one, says where the Fluent
        // files are and in which locales; transync.toml still has the last word.
        let l10n_path = match &file.fluent.l10n_toml {
            Some(path) => Some(
                repo_relative(repo_root, &base.join(path))
                    .with_context(|| tr!("config-key", key = "fluent.l10n-toml"))?,
            ),
            None => repo_root
                .join("l10n.toml")
                .is_file()
                .then(|| "l10n.toml".to_string()),
        };
        let l10n = match &l10n_path {
            Some(path) => Some(fluent::read_l10n_toml(repo_root, path)?),
            None => None,
        };
        let source_language = match (
            &file.source_language,
            l10n.as_ref().and_then(|l| l.source.as_ref()),
        ) {
            (Some(tag), _) => Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-key", key = "source-language"))?,
            (None, Some(tag)) => Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-key", key = "fluent.l10n-toml"))?,
            (None, None) => Lang::parse("en").expect("`en` is a valid tag"),
        };
        let l10n_locales: Option<Vec<String>> = l10n
            .as_ref()
            .filter(|l| !l.locales.is_empty())
            .map(|l| l.locales.clone());
        let languages = match file.languages.as_ref().or(l10n_locales.as_ref()) {
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
            // `"." = "en"` was a way people tried to say "English at the root".
            if name.is_empty() || name == "." || name.contains(['/', '.', '*']) {
                bail!(Hinted::new(
                    tr!("config-alias-not-a-name", name = name.as_str()),
                    tr!("hint-layout-root")
                ));
            }
            let lang = Lang::parse(tag)
                .map_err(anyhow::Error::msg)
                .with_context(|| tr!("config-key", key = format!("aliases.{name}")))?;
            aliases.insert(name.clone(), lang);
        }
        let locales_root = match &file.locales_root {
            Some(path) => repo_relative(repo_root, &base.join(path))
                .with_context(|| tr!("config-key", key = "locales-root"))?,
            None => repo_relative(repo_root, &base.join("locales"))?,
        };
        // Fluent patterns are relative to the configuration file, as every path in it.
        let prefix = repo_relative(repo_root, base)?;
        let fluent_paths: Vec<String> = file
            .fluent
            .paths
            .iter()
            .map(|p| match prefix.as_str() {
                "" => p.trim_start_matches("./").to_string(),
                prefix => format!("{prefix}/{}", p.trim_start_matches("./")),
            })
            .collect();
        let fluent_layout = fluent::layout(
            &fluent_paths,
            &locales_root,
            &file.fluent.groups,
            &file.fluent.exclude,
            l10n.as_ref(),
        )?;
        // The Fluent files' root, for path arguments and the history walk.
        let locales_root = match fluent_layout.roots().as_slice() {
            [one] if !file.fluent.paths.is_empty() || l10n.is_some() => one.clone(),
            [_, _, ..] => String::new(),
            _ => locales_root,
        };
        let source_repo = match &file.source_repo {
            Some(path) => Some(
                SourceRepo::find(repo_root, &base.join(path))
                    .with_context(|| tr!("config-key", key = "source-repo"))?,
            ),
            None => None,
        };
        // A repository of translations into one language needs no `{lang}` in its paths.
        let single = match (&source_repo, &languages) {
            (Some(_), Languages::Configured(langs)) if langs.len() == 1 => Some(langs[0].clone()),
            _ => None,
        };
        let collections = collections(
            &file,
            repo_root,
            base,
            source_repo.as_ref(),
            single.as_ref(),
        )?;
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
        match &file.history.ignore_keywords {
            Some(words) => compare.ignore_keywords = words.clone(),
            None => {
                if let Some(words) = detect::lunaria_keywords(repo_root) {
                    compare.ignore_keywords.extend(words);
                }
            }
        }
        if compare.ignore_keywords.iter().any(|w| w.trim().is_empty()) {
            bail!(tr!("config-empty-keyword"));
        }
        if let Some(languages) = file.history.bulk_languages {
            compare.bulk_languages = languages;
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
            fluent_layout,
            bundle_exclude_messages: glob_set(&file.bundle.exclude_messages)
                .with_context(|| tr!("config-key", key = "bundle.exclude-messages"))?,
            repo_root: repo_root.to_path_buf(),
            source_language,
            languages,
            collections,
            origin: msg!("layout-from-file"),
            aliases,
            source_repo,
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

    /// The language a directory name or file suffix stands for, if any: an alias, a
    /// configured language (any BCP 47 tag, `fil` included), or when languages are
    /// detected a name that is a language beyond doubt ([`Lang::guess`]).
    pub(crate) fn lang_of_name(&self, name: &str) -> Option<Lang> {
        if let Some(lang) = self.aliases.get(name) {
            return Some(lang.clone());
        }
        match &self.languages {
            Languages::Configured(langs) => {
                let lang = Lang::parse(name).ok()?;
                (lang == self.source_language || langs.contains(&lang)).then_some(lang)
            }
            Languages::Detect => Lang::guess(name).or_else(|| {
                Lang::parse(name)
                    .ok()
                    .filter(|l| *l == self.source_language)
            }),
        }
    }

    /// Whether `name` looks like a language this project does not track: such a
    /// translation is left out, never read as an English page.
    pub(crate) fn is_untracked_language(&self, name: &str) -> bool {
        self.lang_of_name(name).is_none() && Lang::guess(name).is_some()
    }

    /// The directories of this repository the collections' pages are under
    /// (repository-relative; `""` is the whole repository).
    pub(crate) fn content_roots(&self) -> Vec<String> {
        let mut roots: Vec<String> = Vec::new();
        for c in &self.collections {
            for root in [c.source.root(), c.translation.root()] {
                let elsewhere = self
                    .source_repo
                    .as_ref()
                    .is_some_and(|repo| format!("{root}/").starts_with(&repo.prefix));
                if !elsewhere && !roots.iter().any(|r| r == root) {
                    roots.push(root.to_string());
                }
            }
        }
        roots
    }

    /// The directories of the source repository the English pages are under, relative
    /// to it, when translations are kept apart.
    pub(crate) fn source_repo_roots(&self) -> Vec<String> {
        let Some(repo) = &self.source_repo else {
            return Vec::new();
        };
        let mut roots: Vec<String> = Vec::new();
        for c in &self.collections {
            let root = format!("{}/", c.source.root());
            if let Some(inner) = root.strip_prefix(&repo.prefix) {
                let inner = inner.trim_end_matches('/').to_string();
                if !roots.contains(&inner) {
                    roots.push(inner);
                }
            }
        }
        roots
    }

    /// Converts a user-given path (relative to `cwd`) to a repository-relative one.
    pub(crate) fn repo_path(&self, cwd: &Path, path: &Path) -> Result<String> {
        repo_relative(&self.repo_root, &cwd.join(path))
    }
}

/// The collections of `file`: `[[collection]]` tables, or `source` and `translation`,
/// or the `content-root` and `layout` shorthands (by default `content/{lang}/{path}`).
fn collections(
    file: &ConfigFile,
    repo_root: &Path,
    base: &Path,
    source_repo: Option<&SourceRepo>,
    single: Option<&Lang>,
) -> Result<Vec<Collection>> {
    // Patterns are relative to the configuration file, as every path in it.
    let prefix = repo_relative(repo_root, base)?;
    let anchored = |pattern: &str| match prefix.as_str() {
        "" => pattern.trim_start_matches("./").to_string(),
        prefix => format!("{prefix}/{}", pattern.trim_start_matches("./")),
    };
    let default_include = file.include.clone().unwrap_or_else(|| {
        ["**/*.md", "**/*.mdx", "**/*.markdown"]
            .map(String::from)
            .to_vec()
    });
    let shorthand_keys = [
        ("content-root", file.content_root.is_some()),
        ("layout", file.layout.is_some()),
    ];
    /// A collection as configured: name, patterns, globs, and the table it came from.
    struct Raw {
        name: Option<String>,
        source: String,
        translation: String,
        include: Vec<String>,
        exclude: Vec<String>,
        table: String,
    }
    let mut raw: Vec<Raw> = Vec::new();
    if !file.collection.is_empty() {
        for (key, set) in shorthand_keys
            .into_iter()
            .chain([("source", file.source.is_some())])
            .chain([("translation", file.translation.is_some())])
        {
            if set {
                bail!(tr!(
                    "config-layout-conflict",
                    key = key,
                    with = "[[collection]]"
                ));
            }
        }
        for (i, c) in file.collection.iter().enumerate() {
            raw.push(Raw {
                name: c.name.clone(),
                source: anchored(&c.source),
                translation: anchored(&c.translation),
                include: c.include.clone().unwrap_or_else(|| default_include.clone()),
                exclude: file.exclude.iter().chain(&c.exclude).cloned().collect(),
                table: format!("collection[{i}]"),
            });
        }
    } else if file.source.is_some() || file.translation.is_some() {
        for (key, set) in shorthand_keys {
            if set {
                bail!(tr!("config-layout-conflict", key = key, with = "source"));
            }
        }
        let (Some(source), Some(translation)) = (&file.source, &file.translation) else {
            let missing = if file.source.is_none() {
                "source"
            } else {
                "translation"
            };
            bail!(tr!("config-layout-half", key = missing));
        };
        raw.push(Raw {
            name: None,
            source: anchored(source),
            translation: anchored(translation),
            include: default_include.clone(),
            exclude: file.exclude.clone(),
            table: String::new(),
        });
    } else {
        let root = match &file.content_root {
            Some(path) => repo_relative(repo_root, &base.join(path))
                .with_context(|| tr!("config-key", key = "content-root"))?,
            None => repo_relative(repo_root, &base.join("content"))?,
        };
        let layout = file.layout.as_deref().unwrap_or("{lang}/{path}");
        let (source, translation) = shorthand(layout, &root)
            .with_context(|| tr!("config-unknown-layout", value = layout))?;
        raw.push(Raw {
            name: None,
            source,
            translation,
            include: default_include.clone(),
            exclude: file.exclude.clone(),
            table: String::new(),
        });
    }
    let several = raw.len() > 1;
    let mut out: Vec<Collection> = Vec::new();
    for Raw {
        name,
        source,
        translation,
        include,
        exclude,
        table,
    } in raw
    {
        let key = |k: &str| match table.as_str() {
            "" => k.to_string(),
            table => format!("{table}.{k}"),
        };
        let source = match source_repo {
            // Relative to the source repository, named from this one.
            Some(repo) => Pattern::parse(strip_prefix_dir(&source, &prefix))
                .with_context(|| tr!("config-key", key = key("source")))?
                .with_prefix(&repo.prefix),
            None => {
                Pattern::parse(&source).with_context(|| tr!("config-key", key = key("source")))?
            }
        };
        let translation = Pattern::parse(&translation)
            .with_context(|| tr!("config-key", key = key("translation")))?;
        if !translation.has_lang() && single.is_none() {
            bail!(tr!(
                "config-translation-without-lang",
                key = key("translation")
            ));
        }
        if source.id_shape() != translation.id_shape() {
            bail!(tr!(
                "config-patterns-differ",
                source = source.as_str(),
                translation = translation.as_str()
            ));
        }
        let name = match name {
            Some(name) => name,
            None if several => source
                .root()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string(),
            None => String::new(),
        };
        if several && (name.is_empty() || out.iter().any(|c| c.name == name)) {
            bail!(tr!(
                "config-collection-name",
                key = key("name"),
                name = name.as_str()
            ));
        }
        out.push(Collection {
            name,
            source,
            translation,
            language: single.cloned(),
            include: glob_set(&include).with_context(|| tr!("config-key", key = key("include")))?,
            exclude: glob_set(&exclude).with_context(|| tr!("config-key", key = key("exclude")))?,
        });
    }
    Ok(out)
}

/// What `transync init` writes: where, what, and from what.
pub(crate) struct Init {
    /// `transync.toml` at the repository root.
    pub path: PathBuf,
    /// A configuration transync would already read, which init must not shadow.
    pub existing: Option<PathBuf>,
    pub text: String,
    /// The layout it describes, resolved: checked before anything is written.
    pub settings: Settings,
}

impl Init {
    pub(crate) fn plan(start: &Path) -> Result<Init> {
        let start = start
            .canonicalize()
            .with_context(|| tr!("error-use-directory", path = start.display().to_string()))?;
        let repo_root = find_repo_root(&start)?;
        let existing = find_config(&start, &repo_root);
        let (file, origin) = detect_layout(&start, &repo_root)?;
        let text = file.to_commented_toml(&origin.ui());
        // What is written must read back as the same layout.
        let parsed: ConfigFile = toml::from_str(&text).context("init wrote invalid TOML")?;
        let mut settings = Settings::from_file(parsed, &repo_root, &repo_root)?;
        settings.origin = origin;
        Ok(Init {
            path: repo_root.join(CONFIG_FILE),
            existing,
            text,
            settings,
        })
    }
}

/// The repository the English pages are in, when translations are kept apart.
#[derive(Debug, Clone)]
pub(crate) struct SourceRepo {
    /// Its work tree.
    pub root: PathBuf,
    /// Its path from this repository's root, with a trailing `/` (`../content/`).
    pub prefix: String,
}

impl SourceRepo {
    fn find(repo_root: &Path, path: &Path) -> Result<SourceRepo> {
        let path = path
            .canonicalize()
            .with_context(|| tr!("error-use-directory", path = path.display().to_string()))?;
        let root = find_repo_root(&path)?;
        if root == repo_root {
            bail!(tr!(
                "config-source-repo-same",
                path = path.display().to_string()
            ));
        }
        Ok(SourceRepo {
            prefix: format!("{}/", relative_path(repo_root, &root)),
            root,
        })
    }
}

/// `to` as a relative path from `from` (both absolute), `/`-separated.
fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let ups = std::iter::repeat_n("..".to_string(), from.len() - common);
    let downs = to[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

/// `pattern` without the configuration file's directory that `anchored` put in front.
fn strip_prefix_dir<'p>(pattern: &'p str, dir: &str) -> &'p str {
    if dir.is_empty() {
        return pattern;
    }
    pattern
        .strip_prefix(dir)
        .and_then(|rest| rest.strip_prefix('/'))
        .unwrap_or(pattern)
}

/// The work tree of the git repository containing `start`.
fn find_repo_root(start: &Path) -> Result<PathBuf> {
    let repo = git2::Repository::discover(start).map_err(|e| open_error(start, e))?;
    let root = repo.workdir().with_context(|| tr!("error-bare-repo"))?;
    Ok(root.canonicalize().unwrap_or_else(|_| root.to_path_buf()))
}

/// Why no repository could be opened from `start`, in plain words.
fn open_error(start: &Path, e: git2::Error) -> anyhow::Error {
    // Git's protection against repositories of other users (CVE-2022-24765): the
    // repository is there, it is not trusted. libgit2 names it between quotes.
    if e.code() == git2::ErrorCode::Owner {
        let dir = e
            .message()
            .split('\'')
            .nth(1)
            .map_or_else(|| start.display().to_string(), str::to_string);
        return Hinted::new(
            tr!("error-unsafe-repo", path = dir.clone()),
            tr!("hint-unsafe-repo", path = dir),
        )
        .into();
    }
    if e.code() == git2::ErrorCode::NotFound {
        return Hinted::new(
            tr!("error-not-a-repo", path = start.display().to_string()),
            tr!("hint-not-a-repo"),
        )
        .into();
    }
    // There is a repository, or something in the way of finding one (git's own
    // configuration unreadable, a broken .git file): say that, not "no repository".
    let hint = match e.class() {
        git2::ErrorClass::Config => tr!("hint-git-config"),
        _ => tr!("hint-open-repo"),
    };
    Hinted::new(
        tr!(
            "error-open-repo-cause",
            path = start.display().to_string(),
            cause = e.message().to_string()
        ),
        hint,
    )
    .into()
}

/// `transync.toml` in `start` or the nearest parent, without leaving the repository, else
/// in one of the repository root's usual site folders (`docs/`, `website/`, `site/`).
fn find_config(start: &Path, repo_root: &Path) -> Option<PathBuf> {
    search_dirs(start, repo_root)
        .into_iter()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

/// The directories configuration is looked for in, nearest first.
fn search_dirs(start: &Path, repo_root: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let mut dir = Some(start);
    while let Some(current) = dir {
        dirs.push(current.to_path_buf());
        if current == repo_root || !current.starts_with(repo_root) {
            break;
        }
        dir = current.parent();
    }
    for folder in detect::SITE_FOLDERS {
        let candidate = repo_root.join(folder);
        if candidate.is_dir() && !dirs.contains(&candidate) {
            dirs.push(candidate);
        }
    }
    dirs
}

/// Without `transync.toml`: the layout the site generator's configuration or the tree
/// shows, else the default; and why.
fn detect_layout(start: &Path, repo_root: &Path) -> Result<(ConfigFile, Message)> {
    let dirs: Vec<String> = search_dirs(start, repo_root)
        .iter()
        .filter_map(|dir| repo_relative(repo_root, dir).ok())
        .collect();
    let files = tracked_files(repo_root);
    let confined = crate::model::paths::Confinement::new(repo_root);
    let read = |path: &str| -> Option<String> {
        // Configuration files are small; a huge one is not a site configuration.
        let full = confined.resolve(Path::new(path)).ok()?;
        let meta = std::fs::metadata(&full).ok()?;
        if !meta.is_file() || meta.len() > 1 << 20 {
            return None;
        }
        std::fs::read_to_string(full).ok()
    };
    let tree = detect::Tree {
        files: &files,
        read: &read,
    };
    match detect::detect(&tree, &dirs) {
        Ok(Some(found)) => Ok((found.file, msg!("layout-detected", reason = found.reason))),
        // No pages and no generator: a repository of Fluent files, if it is one.
        Ok(None) => match detect::fluent(&tree) {
            Some(found) => Ok((found.file, msg!("layout-detected", reason = found.reason))),
            None => {
                let looked: Vec<String> = dirs
                    .iter()
                    .map(|d| {
                        if d.is_empty() {
                            ".".to_string()
                        } else {
                            d.clone()
                        }
                    })
                    .collect();
                Ok((
                    ConfigFile::default(),
                    msg!("layout-default", dirs = looked.join(", ")),
                ))
            }
        },
        Err(ambiguous) => bail!(Hinted::new(ambiguous.ui(), tr!("hint-detect-ambiguous"))),
    }
}

/// The files git tracks, sorted: what detection looks at (ignored files are no pages).
fn tracked_files(repo_root: &Path) -> Vec<String> {
    let Ok(repo) = git2::Repository::open(repo_root) else {
        return Vec::new();
    };
    let Ok(index) = repo.index() else {
        return Vec::new();
    };
    let mut files: Vec<String> = index
        .iter()
        .filter_map(|entry| String::from_utf8(entry.path).ok())
        .collect();
    files.sort();
    files
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
        assert_eq!(s.content_roots(), ["content"]);
        assert_eq!(s.locales_root, "locales");
        let c = &s.collections[0];
        assert_eq!(
            (c.source.as_str(), c.translation.as_str()),
            ("content/{lang}/{path}", "content/{lang}/{path}")
        );
        assert!(c.is_document("guide.md"));
        assert!(c.is_document("a/b/c.markdown"));
        assert!(c.is_document("a/page.mdx"));
        assert!(!c.is_document("image.svg"));
    }

    #[test]
    fn layout_shorthands_and_explicit_patterns() {
        let c = |toml: &str| {
            let s = settings(toml).unwrap();
            let c = &s.collections[0];
            (c.source.to_string(), c.translation.to_string())
        };
        assert_eq!(
            c("layout = \"{path}\"\ncontent-root = \"docs\""),
            ("docs/{path}".into(), "docs/{lang}/{path}".into())
        );
        assert_eq!(
            c("source = \"docs/{path}\"\ntranslation = \"i18n/{lang}/current/{path}\""),
            ("docs/{path}".into(), "i18n/{lang}/current/{path}".into())
        );
        let s = settings(
            "[[collection]]\nsource = \"docs/{path}\"\ntranslation = \"i18n/{lang}/d/{path}\"\n\
             [[collection]]\nsource = \"blog/{path}\"\ntranslation = \"i18n/{lang}/b/{path}\"\n\
             exclude = [\"drafts/**\"]",
        )
        .unwrap();
        let names: Vec<&str> = s.collections.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["docs", "blog"]);
        assert_eq!(s.content_roots(), ["docs", "i18n", "blog"]);
        assert!(!s.collections[1].is_document("drafts/a.md"));
    }

    #[test]
    fn refuses_layouts_it_cannot_read() {
        let err = |toml: &str| format!("{:#}", settings(toml).unwrap_err());
        assert!(err("source = \"docs/{path}\"").contains("`translation` is missing"));
        assert!(
            err("source = \"docs/{path}\"\ntranslation = \"docs/es/{path}\"")
                .contains("needs `{lang}`")
        );
        assert!(
            err("source = \"docs/{path}.{ext}\"\ntranslation = \"docs/{lang}/{path}\"")
                .contains("same `{path}` and `{ext}`")
        );
        assert!(
            err("layout = \"{path}\"\nsource = \"a/{path}\"\ntranslation = \"b/{lang}/{path}\"")
                .contains("cannot be combined")
        );
        let dot = err("[aliases]\n\".\" = \"en\"");
        assert!(dot.contains("not a directory name"), "{dot}");
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
    fn a_repository_of_another_user_is_explained_with_safe_directory() {
        let e = git2::Error::new(
            git2::ErrorCode::Owner,
            git2::ErrorClass::Config,
            "repository path '/srv/site' is not owned by current user",
        );
        let error = open_error(Path::new("/srv/site/docs"), e);
        let hinted = error.downcast_ref::<Hinted>().expect("a hint");
        assert!(hinted.message.contains("/srv/site belongs to another user"));
        assert!(
            hinted
                .hint
                .contains("git config --global --add safe.directory /srv/site"),
            "{}",
            hinted.hint
        );
        let e = git2::Error::new(
            git2::ErrorCode::NotFound,
            git2::ErrorClass::Repository,
            "could not find repository at '/tmp/x'",
        );
        let error = open_error(Path::new("/tmp/x"), e);
        let hinted = error.downcast_ref::<Hinted>().expect("a hint");
        assert!(hinted.hint.contains("git init"), "{}", hinted.hint);
    }

    #[test]
    fn an_unreadable_git_configuration_is_not_called_no_repository() {
        let e = git2::Error::new(
            git2::ErrorCode::GenericError,
            git2::ErrorClass::Config,
            "failed to stat '/root/.gitconfig'",
        );
        let error = open_error(Path::new("/srv/site"), e);
        let hinted = error.downcast_ref::<Hinted>().expect("a hint");
        assert!(!hinted.message.contains("not inside"), "{}", hinted.message);
        assert!(
            hinted.message.contains("/root/.gitconfig"),
            "{}",
            hinted.message
        );
        assert!(hinted.hint.contains("$HOME"), "{}", hinted.hint);
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
        assert_eq!(
            s.collections[0].translation.as_str(),
            "content/{path}.{lang}.{ext}"
        );
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
