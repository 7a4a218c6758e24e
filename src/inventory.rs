//! The inventory: which documents exist and in which languages. Every file is mapped to a
//! language-free document id (its path relative to the language root), so "missing" and
//! "orphaned" are plain set differences over `id → {language → file}`.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};
use serde::Serialize;

use crate::config::{Languages, Layout, Settings};
use crate::model::Hinted;
use crate::model::Lang;
use crate::model::i18n::Message;

/// What a document is, for grouping in reports and bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Article,
    /// The index page (`_index.md` or `index.md`) of a directory holding lessons.
    Module,
    /// A page inside a module directory.
    Lesson,
}

/// One document in all its languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Document {
    /// Path relative to the language root, e.g. `modules/dc-101/01-what-it-is.md`.
    pub id: String,
    pub kind: Kind,
    /// For a lesson, the id of its module's index page.
    pub module: Option<String>,
    /// Repository-relative file per language, for the languages that have one.
    pub files: BTreeMap<Lang, String>,
}

/// All documents under the content root.
#[derive(Debug, Clone)]
pub(crate) struct Inventory {
    pub source_language: Lang,
    /// Target languages, configured or detected, in a stable order.
    pub languages: Vec<Lang>,
    pub documents: BTreeMap<String, Document>,
    content_root: String,
    layout: Layout,
    /// The directory name or suffix each language uses on disk (`pt-br` for `pt-BR`).
    spellings: BTreeMap<Lang, String>,
    /// Files that could not be placed, said in the report.
    pub warnings: Vec<Message>,
}

impl Inventory {
    /// Builds the inventory from the repository-relative paths of the files that exist now.
    pub(crate) fn build<'a>(
        settings: &Settings,
        files: impl IntoIterator<Item = &'a str>,
    ) -> Result<Inventory> {
        let root = &settings.content_root;
        let mut documents: BTreeMap<String, Document> = BTreeMap::new();
        let mut seen = BTreeSet::new();
        let mut spellings = BTreeMap::new();
        let mut warnings = Vec::new();
        for path in files {
            let Some(relative) = strip_root(path, root) else {
                continue;
            };
            let Some((lang, spelling, id)) = split_language(settings, relative) else {
                continue;
            };
            if !settings.is_document(&id) {
                continue;
            }
            seen.insert(lang.clone());
            spellings.entry(lang.clone()).or_insert(spelling);
            let doc = documents.entry(id.clone()).or_insert_with(|| Document {
                id: id.clone(),
                kind: Kind::Article,
                module: None,
                files: BTreeMap::new(),
            });
            match doc.files.get(&lang) {
                // `guide.md` and `guide.en.md`, or `pt-br/` and `pt_BR/`: one of them is
                // ignored, and the user must hear which.
                Some(kept) => warnings.push(msg!(
                    "warning-duplicate-version",
                    path = path,
                    kept = kept,
                    lang = lang.as_str(),
                    id = &id
                )),
                None => {
                    doc.files.insert(lang, path.to_string());
                }
            }
        }
        let source = settings.source_language.clone();
        if !seen.contains(&source) {
            let place = if root.is_empty() {
                tr!("inventory-repository-root")
            } else {
                format!("{root}/")
            };
            let prefix = if root.is_empty() {
                String::new()
            } else {
                format!("{root}/")
            };
            let expected = match settings.layout {
                Layout::Directory => format!("{prefix}{source}/…"),
                Layout::Suffix => format!("{prefix}…/page.md, page.{source}.md"),
            };
            bail!(Hinted::new(
                tr!(
                    "inventory-no-source-documents",
                    source = source.as_str(),
                    place = place,
                    expected = expected
                ),
                tr!("hint-inventory-settings")
            ));
        }
        let languages = match &settings.languages {
            Languages::Configured(langs) => langs.clone(),
            Languages::Detect => seen.into_iter().filter(|l| *l != source).collect(),
        };
        classify(&mut documents);
        Ok(Inventory {
            source_language: source,
            languages,
            documents,
            content_root: root.clone(),
            layout: settings.layout,
            spellings,
            warnings,
        })
    }

    /// Where the file of document `id` in `lang` lives, or would live.
    pub(crate) fn path_of(&self, id: &str, lang: &Lang) -> String {
        if let Some(path) = self.documents.get(id).and_then(|d| d.files.get(lang)) {
            return path.clone();
        }
        let spelling = self
            .spellings
            .get(lang)
            .cloned()
            .unwrap_or_else(|| lang.to_string());
        let prefix = if self.content_root.is_empty() {
            String::new()
        } else {
            format!("{}/", self.content_root)
        };
        match self.layout {
            Layout::Directory => format!("{prefix}{spelling}/{id}"),
            Layout::Suffix if *lang == self.source_language => format!("{prefix}{id}"),
            Layout::Suffix => {
                let (stem, ext) = id.rsplit_once('.').unwrap_or((id, "md"));
                format!("{prefix}{stem}.{spelling}.{ext}")
            }
        }
    }

    /// The lessons of the module whose index page is `module_id`, in id order.
    pub(crate) fn lessons<'a>(
        &'a self,
        module_id: &'a str,
    ) -> impl Iterator<Item = &'a Document> + 'a {
        self.documents
            .values()
            .filter(move |d| d.module.as_deref() == Some(module_id))
    }
}

fn strip_root<'a>(path: &'a str, root: &str) -> Option<&'a str> {
    if root.is_empty() {
        return Some(path);
    }
    path.strip_prefix(root)?.strip_prefix('/')
}

/// Splits a path relative to the content root into (language, its spelling, document id).
fn split_language(settings: &Settings, relative: &str) -> Option<(Lang, String, String)> {
    match settings.layout {
        Layout::Directory => {
            let (dir, id) = relative.split_once('/')?;
            let lang = settings.lang_of_name(dir)?;
            Some((lang, dir.to_string(), id.to_string()))
        }
        Layout::Suffix => {
            let (dir, name) = match relative.rsplit_once('/') {
                Some((dir, name)) => (Some(dir), name),
                None => (None, relative),
            };
            let mut parts = name.rsplitn(3, '.');
            let (ext, middle, stem) = (parts.next()?, parts.next(), parts.next());
            let with_dir = |file: String| match dir {
                Some(dir) => format!("{dir}/{file}"),
                None => file,
            };
            if let (Some(suffix), Some(stem)) = (middle, stem) {
                if let Some(lang) = settings.lang_of_name(suffix) {
                    return Some((lang, suffix.to_string(), with_dir(format!("{stem}.{ext}"))));
                }
                // A translation into a language this project does not track.
                if Lang::guess(suffix).is_some() {
                    return None;
                }
            }
            let source = settings.source_language.clone();
            Some((source.clone(), source.to_string(), relative.to_string()))
        }
    }
}

fn is_index(name: &str) -> bool {
    matches!(
        name,
        "_index.md" | "index.md" | "_index.markdown" | "index.markdown"
    )
}

fn parent(id: &str) -> &str {
    id.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// A directory (below the language root) with an index page and at least one other page
/// is a module; those pages are its lessons. A lone `index.md` is a page bundle, so an
/// article, and the language root itself is never a module.
fn classify(documents: &mut BTreeMap<String, Document>) {
    let mut index_of_dir: BTreeMap<String, String> = BTreeMap::new();
    for id in documents.keys() {
        let dir = parent(id);
        let name = id.rsplit('/').next().unwrap_or(id);
        if !dir.is_empty() && is_index(name) {
            // Prefer `_index.md` when both exist (Hugo's branch bundle).
            let entry = index_of_dir
                .entry(dir.to_string())
                .or_insert_with(|| id.clone());
            if name.starts_with('_') {
                *entry = id.clone();
            }
        }
    }
    let modules: BTreeMap<String, String> = index_of_dir
        .into_iter()
        .filter(|(dir, index)| documents.keys().any(|id| parent(id) == dir && id != index))
        .collect();
    for doc in documents.values_mut() {
        if modules.values().any(|index| *index == doc.id) {
            doc.kind = Kind::Module;
        } else if let Some(index) = modules.get(parent(&doc.id)) {
            doc.kind = Kind::Lesson;
            doc.module = Some(index.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ConfigFile;
    use std::path::Path;

    #[track_caller]
    fn settings(toml: &str) -> Settings {
        let file: ConfigFile = toml::from_str(toml).unwrap();
        Settings::for_tests(file, Path::new("/repo")).unwrap()
    }

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    #[test]
    fn maps_directory_layout_to_ids_and_detects_languages() {
        let s = settings("");
        let inv = Inventory::build(
            &s,
            [
                "content/en/guide.md",
                "content/es/guide.md",
                "content/pt-br/guide.md",
                "content/fr/old.md",
                "content/images/logo.svg",
                "content/en/notes.txt",
                "README.md",
            ],
        )
        .unwrap();
        assert_eq!(inv.languages, vec![lang("es"), lang("fr"), lang("pt-BR")]);
        assert_eq!(
            inv.documents.keys().collect::<Vec<_>>(),
            ["guide.md", "old.md"]
        );
        let guide = &inv.documents["guide.md"];
        assert_eq!(guide.files[&lang("pt-BR")], "content/pt-br/guide.md");
        // Missing translations are placed where the language's files already live.
        assert_eq!(
            inv.path_of("old.md", &lang("pt-BR")),
            "content/pt-br/old.md"
        );
    }

    #[test]
    fn maps_suffix_layout() {
        let s = settings("layout = \"{path}.{lang}.md\"\ncontent-root = \"site\"");
        let inv = Inventory::build(
            &s,
            [
                "site/blog/post.md",
                "site/blog/post.es.md",
                "site/about.en.md",
                "site/about.ko.md",
            ],
        )
        .unwrap();
        assert_eq!(
            inv.documents.keys().collect::<Vec<_>>(),
            ["about.md", "blog/post.md"]
        );
        assert_eq!(
            inv.documents["about.md"].files[&lang("en")],
            "site/about.en.md"
        );
        assert_eq!(
            inv.documents["about.md"].files[&lang("ko")],
            "site/about.ko.md"
        );
        assert_eq!(
            inv.path_of("blog/post.md", &lang("ko")),
            "site/blog/post.ko.md"
        );
    }

    #[test]
    fn suffix_layout_ignores_untracked_languages_and_reports_duplicates() {
        let s = settings("layout = \"{path}.{lang}.md\"\nlanguages = [\"ko\"]");
        let inv = Inventory::build(
            &s,
            [
                "content/g.md",
                "content/g.en.md",
                "content/g.ja.md",
                "content/g.ko.md",
            ],
        )
        .unwrap();
        assert_eq!(inv.documents.keys().collect::<Vec<_>>(), ["g.md"]);
        // The first file seen wins; the other one is reported.
        assert_eq!(inv.documents["g.md"].files[&lang("en")], "content/g.md");
        assert_eq!(
            inv.warnings.iter().map(|w| w.english()).collect::<Vec<_>>(),
            ["content/g.en.md is ignored: content/g.md is already the en version of g.md"]
        );
    }

    #[test]
    fn classifies_modules_lessons_and_bundles() {
        let s = settings("");
        let inv = Inventory::build(
            &s,
            [
                "content/en/_index.md",
                "content/en/top.md",
                "content/en/m/_index.md",
                "content/en/m/01-a.md",
                "content/en/m/02-b.md",
                "content/en/post/index.md",
            ],
        )
        .unwrap();
        let kind = |id: &str| inv.documents[id].kind;
        assert_eq!(kind("_index.md"), Kind::Article);
        assert_eq!(kind("top.md"), Kind::Article);
        assert_eq!(kind("m/_index.md"), Kind::Module);
        assert_eq!(kind("m/01-a.md"), Kind::Lesson);
        assert_eq!(kind("post/index.md"), Kind::Article);
        assert_eq!(
            inv.lessons("m/_index.md")
                .map(|d| d.id.as_str())
                .collect::<Vec<_>>(),
            ["m/01-a.md", "m/02-b.md"]
        );
    }

    #[test]
    fn configured_languages_win_over_directories() {
        let s = settings("languages = [\"es\", \"ko\"]");
        let inv = Inventory::build(&s, ["content/en/a.md", "content/fr/a.md"]).unwrap();
        assert_eq!(inv.languages, vec![lang("es"), lang("ko")]);
        assert!(!inv.documents["a.md"].files.contains_key(&lang("fr")));
    }

    #[test]
    fn errors_without_source_documents() {
        let err = Inventory::build(&settings(""), ["content/es/a.md"]).unwrap_err();
        assert!(
            err.to_string()
                .contains("no en documents found in content/"),
            "{err}"
        );
    }
}
