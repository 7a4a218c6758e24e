//! Where a project's Fluent files are and how its application loads them.
//!
//! A Fluent file is found by a pattern with `{lang}` and `{path}`, like the pages of a
//! collection: `locales/{lang}/{path}` (the default, under `locales-root`), `{lang}/{path}`
//! (a repository of Fluent files only, one folder per language at the root), or
//! `{path}/{lang}.ftl` (one file per language in each component, as `src/<crate>/locales/`).
//! The English file and its translations share the `{path}`.
//!
//! Fluent applications load a language's files together, so references, terms and
//! messages resolve across them: the files of one language under the same literal prefix
//! before `{lang}` form a *resource set* (every `.ftl` of a language for `{lang}/{path}`;
//! each component alone for `{path}/{lang}.ftl`). `[fluent] groups` splits a set the way
//! the application does, and compare-locales' `l10n.toml`, where the project has one,
//! says which files are tracked, in which locales, and which are left out.

use std::path::Path;

use anyhow::{Context, Result};
use globset::GlobSet;
use serde::Deserialize;

use super::{Pattern, glob_set};

/// The Fluent side of the settings, validated.
#[derive(Debug, Clone)]
pub(crate) struct FluentLayout {
    /// Each with `{lang}` and `{path}`, repository-relative.
    pub patterns: Vec<Pattern>,
    /// Globs over `{path}` of the tracked files, each for some locales only (as
    /// spelled) or all; `None`: every `.ftl`.
    pub include: Option<Vec<(GlobSet, Option<Vec<String>>)>>,
    /// Globs over `{path}` of files left out.
    pub exclude: GlobSet,
    /// Globs over `{path}`; the files matching one group are loaded together. A file in no
    /// group is in the set of the files in no group.
    pub groups: Vec<GlobSet>,
}

/// A Fluent file placed by the layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FluentPlace {
    /// The `{lang}` text as spelled in the path.
    pub spelling: String,
    /// What the English file and its translations share: the pattern's index and `{path}`.
    pub key: (usize, String),
    /// The resource set within the language: the pattern, the path before `{lang}` and
    /// the group (`usize::MAX` for the files in no group).
    pub set: (usize, String, usize),
}

impl FluentLayout {
    /// Where `path` belongs, if it is a tracked Fluent file of this layout. The language is
    /// the caller's to check: `{lang}` matches any name.
    pub(crate) fn place(&self, path: &str) -> Option<FluentPlace> {
        if !path.ends_with(".ftl") {
            return None;
        }
        self.patterns.iter().enumerate().find_map(|(i, pattern)| {
            let found = pattern.matches(path)?;
            let spelling = found.lang?;
            let included = |include: &Vec<(GlobSet, Option<Vec<String>>)>| {
                include.iter().any(|(glob, _)| glob.is_match(&found.path))
            };
            if self.include.as_ref().is_some_and(|i| !included(i))
                || self.exclude.is_match(&found.path)
            {
                return None;
            }
            // The literal text and `{path}` before `{lang}`: the component.
            let rendered = pattern.render("\0", &found.path, None);
            let prefix = rendered.split('\0').next().unwrap_or_default().to_string();
            let group = self
                .groups
                .iter()
                .position(|g| g.is_match(&found.path))
                .unwrap_or(usize::MAX);
            Some(FluentPlace {
                spelling,
                key: (i, found.path.clone()),
                set: (i, prefix, group),
            })
        })
    }

    /// Whether the file with `key` is tracked in the language spelled `spelling`:
    /// compare-locales' `[[paths]]` may be for some locales only.
    pub(crate) fn tracked_in(&self, key: &(usize, String), spelling: &str) -> bool {
        self.include.as_ref().is_none_or(|include| {
            include.iter().any(|(glob, locales)| {
                glob.is_match(&key.1)
                    && locales
                        .as_ref()
                        .is_none_or(|l| l.iter().any(|l| l == spelling))
            })
        })
    }

    /// The path of the file with `key` in a language spelled `spelling`.
    pub(crate) fn path_of(&self, key: &(usize, String), spelling: &str) -> String {
        self.patterns[key.0].render(spelling, &key.1, None)
    }

    /// The directories the Fluent files are under (`""`: the whole repository).
    pub(crate) fn roots(&self) -> Vec<String> {
        let mut roots: Vec<String> = Vec::new();
        for pattern in &self.patterns {
            let root = pattern.root().to_string();
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
        roots
    }
}

/// compare-locales' project configuration, the parts transync reads.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct L10nToml {
    pub basepath: Option<String>,
    pub locales: Vec<String>,
    pub paths: Vec<L10nPath>,
    pub filters: Vec<L10nFilter>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct L10nPath {
    pub reference: String,
    pub l10n: String,
    pub locales: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct L10nFilter {
    pub path: OneOrMany,
    pub key: OneOrMany,
    pub action: String,
}

/// A TOML value that is a string or a list of them.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
pub(crate) enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn items(&self) -> Vec<String> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(one) => vec![one.clone()],
            OneOrMany::Many(many) => many.clone(),
        }
    }
}

/// What an `l10n.toml` says, in transync's terms.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct FromL10n {
    /// The root the locales' folders are in, repository-relative (`basepath`).
    pub root: String,
    pub locales: Vec<String>,
    /// Globs over `{path}` of the tracked files, from `[[paths]]`' `l10n`, and the
    /// locales of the entry if it has its own.
    pub include: Vec<(String, Option<Vec<String>>)>,
    /// Globs over `{path}` of the files `[[filters]]` ignore as a whole.
    pub exclude: Vec<String>,
    /// The source folder named by `reference`, when it is in this repository (`en-US`).
    pub source: Option<String>,
}

/// Reads the `l10n.toml` at `path` (repository-relative `shown` for messages).
/// compare-locales' `{l}` is `{l10n_base}/{locale}/` and `{locale}` the bare locale; both
/// become the language folder. `includes`, `[env]` beyond `{l}` and filters on single
/// keys are not read.
pub(crate) fn read_l10n_toml(repo_root: &Path, path: &str) -> Result<FromL10n> {
    let full = repo_root.join(path);
    let bytes = crate::model::paths::Confinement::new(repo_root)
        .read(Path::new(path))
        .with_context(|| tr!("error-config-read", path = full.display().to_string()))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        anyhow::anyhow!(tr!("error-not-utf8", byte = err.utf8_error().valid_up_to()))
            .context(tr!("error-config-read", path = full.display().to_string()))
    })?;
    let parsed: L10nToml = toml::from_str(&text)
        .with_context(|| tr!("error-config-invalid", path = full.display().to_string()))?;
    let dir = Path::new(path).parent().unwrap_or(Path::new(""));
    let root = normalize(&dir.join(parsed.basepath.as_deref().unwrap_or(".")));
    let mut out = FromL10n {
        root,
        locales: parsed.locales.clone(),
        ..FromL10n::default()
    };
    let strip_locale = |glob: &str| -> Option<String> {
        let glob = glob.trim_start_matches("./");
        glob.strip_prefix("{l}")
            .or_else(|| glob.strip_prefix("{locale}/"))
            .map(str::to_string)
    };
    for entry in &parsed.paths {
        if let Some(rest) = strip_locale(&entry.l10n) {
            out.include.push((rest, entry.locales.clone()));
        }
        // `en-US/**` names the source folder; `mail/**` (a source repository apart) not.
        if out.source.is_none()
            && let Some((first, _)) = entry.reference.split_once('/')
            && !first.contains(['*', '{'])
            && crate::model::Lang::parse(first).is_ok()
            && entry.l10n.contains('{')
        {
            out.source = Some(first.to_string());
        }
    }
    for filter in &parsed.filters {
        if filter.action != "ignore" || !matches!(filter.key, OneOrMany::None) {
            continue;
        }
        out.exclude
            .extend(filter.path.items().iter().filter_map(|p| strip_locale(p)));
    }
    Ok(out)
}

/// `a/./b/../c` → `a/c`, without touching the file system; `""` for the root.
fn normalize(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(part) => parts.push(part.to_string_lossy().into()),
            _ => {}
        }
    }
    parts.join("/")
}

/// The layout from the settings file: `paths` or the default under `locales_root`,
/// with the globs of `[fluent]` and of an `l10n.toml`.
pub(crate) fn layout(
    paths: &[String],
    locales_root: &str,
    groups: &[Vec<String>],
    exclude: &[String],
    l10n: Option<&FromL10n>,
) -> Result<FluentLayout> {
    let raw: Vec<String> = if !paths.is_empty() {
        paths.to_vec()
    } else if let Some(l10n) = l10n {
        vec![join(&l10n.root, "{lang}/{path}")]
    } else {
        vec![join(locales_root, "{lang}/{path}")]
    };
    let mut patterns = Vec::new();
    for pattern in &raw {
        let parsed =
            Pattern::parse(pattern).with_context(|| tr!("config-key", key = "fluent.paths"))?;
        if !parsed.has_lang() {
            anyhow::bail!(tr!("config-translation-without-lang", key = "fluent.paths"));
        }
        patterns.push(parsed);
    }
    let include = match l10n {
        Some(l10n) if !l10n.include.is_empty() => Some(
            l10n.include
                .iter()
                .map(|(glob, locales)| Ok((glob_set(std::slice::from_ref(glob))?, locales.clone())))
                .collect::<Result<Vec<_>>>()?,
        ),
        _ => None,
    };
    let mut excluded: Vec<String> = exclude.to_vec();
    if let Some(l10n) = l10n {
        excluded.extend(l10n.exclude.iter().cloned());
    }
    let groups = groups
        .iter()
        .map(|g| glob_set(g))
        .collect::<Result<Vec<_>>>()
        .with_context(|| tr!("config-key", key = "fluent.groups"))?;
    Ok(FluentLayout {
        patterns,
        include,
        exclude: glob_set(&excluded).with_context(|| tr!("config-key", key = "fluent.exclude"))?,
        groups,
    })
}

fn join(root: &str, pattern: &str) -> String {
    if root.is_empty() {
        pattern.to_string()
    } else {
        format!("{root}/{pattern}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn layout_of(paths: &[&str], groups: &[&[&str]]) -> FluentLayout {
        let paths: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        let groups: Vec<Vec<String>> = groups
            .iter()
            .map(|g| g.iter().map(|p| p.to_string()).collect())
            .collect();
        layout(&paths, "locales", &groups, &[], None).unwrap()
    }

    #[test]
    fn the_default_is_every_ftl_under_a_language_folder_of_locales() {
        let l = layout(&[], "locales", &[], &[], None).unwrap();
        let place = l.place("locales/fr/app/menu.ftl").unwrap();
        assert_eq!(place.spelling, "fr");
        assert_eq!(place.key.1, "app/menu.ftl");
        // All of a language's files are one set.
        assert_eq!(place.set, l.place("locales/fr/other.ftl").unwrap().set);
        assert!(l.place("locales/fr/notes.txt").is_none());
        assert!(l.place("content/fr/a.ftl").is_none());
    }

    #[test]
    fn a_component_layout_makes_one_set_per_component() {
        let l = layout_of(&["{path}/{lang}.ftl"], &[]);
        let ls = l.place("src/uu/ls/locales/fr-FR.ftl").unwrap();
        assert_eq!(ls.spelling, "fr-FR");
        assert_eq!(ls.key.1, "src/uu/ls/locales");
        let cat = l.place("src/uu/cat/locales/fr-FR.ftl").unwrap();
        assert_ne!(ls.set, cat.set);
        assert_eq!(l.path_of(&ls.key, "en-US"), "src/uu/ls/locales/en-US.ftl");
    }

    #[test]
    fn groups_split_a_language_into_sets() {
        let l = layout_of(&["{lang}/{path}"], &[&["browser/**", "toolkit/**"]]);
        let a = l.place("de/browser/a.ftl").unwrap().set;
        let b = l.place("de/toolkit/b.ftl").unwrap().set;
        let c = l.place("de/mail/c.ftl").unwrap().set;
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn l10n_toml_gives_root_locales_paths_and_ignored_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("configs")).unwrap();
        std::fs::write(
            dir.path().join("configs/l10n.toml"),
            "basepath = \"..\"\nlocales = [\"de\", \"fr\"]\n\
             [[paths]]\nreference = \"en/*.ftl\"\nl10n = \"{locale}/*.ftl\"\n\
             [[paths]]\nreference = \"en/banners/**/*.ftl\"\nl10n = \"{l}banners/**/*.ftl\"\nlocales = [\"de\"]\n\
             [[filters]]\npath = \"{l}banners/old.ftl\"\naction = \"ignore\"\n\
             [[filters]]\npath = \"{l}a.ftl\"\nkey = \"msg\"\naction = \"ignore\"\n",
        )
        .unwrap();
        let found = read_l10n_toml(dir.path(), "configs/l10n.toml").unwrap();
        assert_eq!(
            found,
            FromL10n {
                root: String::new(),
                locales: vec!["de".into(), "fr".into()],
                include: vec![
                    ("*.ftl".into(), None),
                    ("banners/**/*.ftl".into(), Some(vec!["de".into()])),
                ],
                exclude: vec!["banners/old.ftl".into()],
                source: Some("en".into()),
            }
        );
        let l = layout(&[], "locales", &[], &[], Some(&found)).unwrap();
        assert!(l.place("de/a.ftl").is_some());
        assert!(l.place("de/banners/x/y.ftl").is_some());
        assert!(l.place("de/banners/old.ftl").is_none());
        // `*` stays within a folder, as in compare-locales.
        assert!(l.place("de/firefox/z.ftl").is_none());
        // A path of some locales only.
        let banner = l.place("de/banners/x/y.ftl").unwrap().key;
        assert!(l.tracked_in(&banner, "de"));
        assert!(!l.tracked_in(&banner, "fr"));
    }
}
