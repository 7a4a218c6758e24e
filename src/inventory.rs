//! The inventory: which documents exist and in which languages. Every file is mapped to a
//! language-free document id (its path relative to the language root), so "missing" and
//! "orphaned" are plain set differences over `id → {language → file}`.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};
use serde::Serialize;

use crate::config::{Collection, Languages, Settings};
use crate::model::Hinted;
use crate::model::Lang;
use crate::model::i18n::Message;

/// Pages whose paths differ only in case (`Guide.md`, `guide.md`): git keeps both, but a
/// checkout on a case-insensitive file system (macOS, Windows) keeps one.
fn case_collisions(documents: &BTreeMap<String, Document>) -> Vec<Message> {
    let mut by_folded: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for path in documents.values().flat_map(|doc| doc.files.values()) {
        by_folded.entry(path.to_lowercase()).or_default().push(path);
    }
    by_folded
        .into_values()
        .filter(|paths| paths.len() > 1)
        .map(|mut paths| {
            paths.sort_unstable();
            msg!("warning-case-collision", paths = paths.join(", "))
        })
        .collect()
}

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
    /// Index of its collection in the settings.
    pub collection: usize,
}

/// All documents under the content root.
#[derive(Debug, Clone)]
pub(crate) struct Inventory {
    pub source_language: Lang,
    /// Target languages, configured or detected, in a stable order.
    pub languages: Vec<Lang>,
    pub documents: BTreeMap<String, Document>,
    collections: Vec<Collection>,
    /// The directory name or suffix each language uses on disk (`pt-br` for `pt-BR`).
    spellings: BTreeMap<Lang, String>,
    /// Why this layout (the configuration file, or what it was detected from).
    pub origin: Message,
    /// Files that could not be placed, said in the report.
    pub warnings: Vec<Message>,
}

impl Inventory {
    /// Builds the inventory from the repository-relative paths of the files that exist now.
    pub(crate) fn build<'a>(
        settings: &Settings,
        files: impl IntoIterator<Item = &'a str>,
    ) -> Result<Inventory> {
        let mut documents: BTreeMap<String, Document> = BTreeMap::new();
        let mut seen = BTreeSet::new();
        let mut spellings = BTreeMap::new();
        let mut warnings = Vec::new();
        // The languages of the Fluent files, for a repository that has nothing else.
        let mut fluent_languages = BTreeSet::new();
        // Ids whose file names were written decomposed in some language.
        let mut decomposed = BTreeSet::new();
        for path in files {
            if let Some(place) = settings.fluent_layout.place(path)
                && let Some(lang) = settings.lang_of_name(&place.spelling)
            {
                fluent_languages.insert(lang);
            }
            let Some(place) = locate(settings, path) else {
                continue;
            };
            let Place {
                collection,
                lang,
                spelling,
                id,
            } = place;
            // `café.md` saved on macOS (NFD) and on Linux (NFC) is one page: matched by the
            // composed form, and said, since byte-wise tools will not match them.
            let id = match icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&id) {
                std::borrow::Cow::Borrowed(_) => id,
                std::borrow::Cow::Owned(composed) => {
                    decomposed.insert(composed.clone());
                    composed
                }
            };
            seen.insert(lang.clone());
            spellings.entry(lang.clone()).or_insert(spelling);
            let doc = documents.entry(id.clone()).or_insert_with(|| Document {
                id: id.clone(),
                kind: Kind::Article,
                module: None,
                files: BTreeMap::new(),
                collection,
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
        for id in &decomposed {
            let Some(doc) = documents.get(id) else {
                continue;
            };
            let nfc = |path: &str| {
                icu_normalizer::ComposingNormalizerBorrowed::new_nfc().is_normalized(path)
            };
            let (composed, other): (Vec<&String>, Vec<&String>) =
                doc.files.values().partition(|path| nfc(path));
            if let (Some(composed), Some(other)) = (composed.first(), other.first()) {
                warnings.push(msg!(
                    "warning-name-forms-differ",
                    path = other.as_str(),
                    other = composed.as_str()
                ));
            }
        }
        warnings.extend(case_collisions(&documents));
        let source = settings.source_language.clone();
        pair_across_extensions(&mut documents, &source);
        // A repository of Fluent files only has no pages; its languages are its Fluent ones.
        let fluent_only = !seen.contains(&source) && fluent_languages.contains(&source);
        if fluent_only {
            seen = fluent_languages;
        }
        if !seen.contains(&source) {
            let expected = settings
                .collections
                .iter()
                .map(|c| c.source_path("…", source.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            let place = settings
                .collections
                .iter()
                .map(|c| match c.source.root() {
                    "" => tr!("inventory-repository-root"),
                    root => format!("{root}/"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            bail!(Hinted::new(
                format!(
                    "{} ({})",
                    tr!(
                        "inventory-no-source-documents",
                        source = source.as_str(),
                        place = place,
                        expected = expected
                    ),
                    tr!(
                        "inventory-no-source-documents-origin",
                        origin = settings.origin.ui()
                    )
                ),
                tr!("hint-inventory-settings")
            ));
        }
        let languages = match &settings.languages {
            Languages::Configured(langs) => langs.clone(),
            Languages::Detect => seen.into_iter().filter(|l| *l != source).collect(),
        };
        classify(&mut documents, &settings.collections);
        Ok(Inventory {
            source_language: source,
            languages,
            documents,
            collections: settings.collections.clone(),
            origin: settings.origin.clone(),
            spellings,
            warnings,
        })
    }

    /// Where the file of document `id` in `lang` lives, or would live.
    pub(crate) fn path_of(&self, id: &str, lang: &Lang) -> String {
        let doc = self.documents.get(id);
        if let Some(path) = doc.and_then(|d| d.files.get(lang)) {
            return path.clone();
        }
        let spelling = self
            .spellings
            .get(lang)
            .cloned()
            .unwrap_or_else(|| lang.to_string());
        let index = doc.map_or(0, |d| d.collection);
        let collection = &self.collections[index];
        let local = local_id(collection, id);
        if *lang == self.source_language {
            collection.source_path(local, &spelling)
        } else {
            collection.translation_path(local, &spelling)
        }
    }

    pub(crate) fn collections(&self) -> &[Collection] {
        &self.collections
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

/// Where a file belongs: its collection, language (and that language's spelling in the
/// path) and document id.
struct Place {
    collection: usize,
    lang: Lang,
    spelling: String,
    id: String,
}

/// Site generators pair pages by slug, not file name: an English page renamed to `.mdx`
/// keeps its `.md` translations (Starlight, Docusaurus). A document with no English is
/// folded into the one with English whose id differs only in the page extension, for
/// the languages that one lacks.
fn pair_across_extensions(documents: &mut BTreeMap<String, Document>, source: &Lang) {
    const EXTENSIONS: [&str; 3] = [".md", ".mdx", ".markdown"];
    let stem = |id: &str| -> Option<String> {
        EXTENSIONS
            .iter()
            .find_map(|ext| id.strip_suffix(ext))
            .map(str::to_string)
    };
    let mut with_source: BTreeMap<String, String> = BTreeMap::new();
    for (id, doc) in documents.iter() {
        if doc.files.contains_key(source)
            && let Some(stem) = stem(id)
        {
            with_source.insert(stem, id.clone());
        }
    }
    let orphans: Vec<String> = documents
        .iter()
        .filter(|(_, doc)| !doc.files.contains_key(source))
        .map(|(id, _)| id.clone())
        .collect();
    for id in orphans {
        let Some(target) = stem(&id).and_then(|stem| with_source.get(&stem)).cloned() else {
            continue;
        };
        if documents[&target].collection != documents[&id].collection {
            continue;
        }
        let orphan = documents.remove(&id).expect("listed above");
        let target = documents.get_mut(&target).expect("listed above");
        for (lang, path) in orphan.files {
            match target.files.entry(lang) {
                std::collections::btree_map::Entry::Vacant(slot) => {
                    slot.insert(path);
                }
                // Both spellings translated: keep the orphan as it was, reported apart.
                std::collections::btree_map::Entry::Occupied(_) => {}
            }
        }
    }
}

/// Places a repository path in the first collection that has it: as a translation when
/// the translation pattern matches with a language (the source language's own spelling
/// makes it a source page, `guide.en.md`), else as a source page. A path whose language
/// part names a language the project does not track is nobody's page.
fn locate(settings: &Settings, path: &str) -> Option<Place> {
    let source = &settings.source_language;
    for (index, collection) in settings.collections.iter().enumerate() {
        let place = |lang: Lang, spelling: String, local: String| {
            collection.is_document(&local).then(|| Place {
                collection: index,
                lang,
                spelling,
                id: global_id(collection, &local),
            })
        };
        if let Some(found) = collection.translation.matches(path) {
            // A repository of translations into one language: its paths name none.
            if let (None, Some(lang)) = (&found.lang, &collection.language) {
                return place(lang.clone(), lang.to_string(), collection.source.id(&found));
            }
            let spelling = found.lang.clone().unwrap_or_default();
            if let Some(lang) = settings.lang_of_name(&spelling) {
                return place(lang, spelling, collection.source.id(&found));
            }
            if settings.is_untracked_language(&spelling) {
                return None;
            }
        }
        if let Some(found) = collection.source.matches(path) {
            let spelling = match &found.lang {
                // A source pattern with `{lang}` (`content/{lang}/{path}`) names the source
                // language's directory.
                Some(spelling) if settings.lang_of_name(spelling).as_ref() == Some(source) => {
                    spelling.clone()
                }
                Some(_) => continue,
                None => source.to_string(),
            };
            return place(source.clone(), spelling, collection.source.id(&found));
        }
    }
    None
}

/// A document's id: its collection's name first when the layout has several.
fn global_id(collection: &Collection, local: &str) -> String {
    if collection.name.is_empty() {
        local.to_string()
    } else {
        format!("{}/{local}", collection.name)
    }
}

/// The id within its collection.
fn local_id<'a>(collection: &Collection, id: &'a str) -> &'a str {
    if collection.name.is_empty() {
        return id;
    }
    id.strip_prefix(&collection.name)
        .and_then(|rest| rest.strip_prefix('/'))
        .unwrap_or(id)
}

fn is_index(name: &str) -> bool {
    matches!(
        name,
        "_index.md"
            | "index.md"
            | "_index.mdx"
            | "index.mdx"
            | "_index.markdown"
            | "index.markdown"
    )
}

fn parent(id: &str) -> &str {
    id.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// A directory (below the language root) with an index page and at least one other page
/// is a module; those pages are its lessons. A lone `index.md` is a page bundle, so an
/// article, and the language root itself is never a module.
fn classify(documents: &mut BTreeMap<String, Document>, collections: &[Collection]) {
    let mut index_of_dir: BTreeMap<String, String> = BTreeMap::new();
    for (id, doc) in documents.iter() {
        let dir = parent(id);
        let name = id.rsplit('/').next().unwrap_or(id);
        // A collection's own root is never a module.
        let collection_root = collections
            .get(doc.collection)
            .is_some_and(|c| c.name == dir);
        if !dir.is_empty() && !collection_root && is_index(name) {
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
    fn names_in_two_unicode_forms_are_one_document_with_a_warning() {
        let s = settings("");
        let composed = "content/en/caf\u{e9}.md";
        let decomposed = "content/fr/cafe\u{301}.md";
        let inv = Inventory::build(&s, [composed, decomposed, "content/fr/plain.md"]).unwrap();
        assert_eq!(
            inv.documents.keys().collect::<Vec<_>>(),
            ["caf\u{e9}.md", "plain.md"]
        );
        let doc = &inv.documents["caf\u{e9}.md"];
        assert_eq!(
            doc.files[&lang("fr")],
            decomposed,
            "the file as it is on disk"
        );
        assert_eq!(doc.files[&lang("en")], composed);
        let warnings: Vec<String> = inv.warnings.iter().map(|w| w.english()).collect();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with(&format!("{decomposed} and {composed} are the same name")),
            "{warnings:?}"
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
    fn english_at_the_root_with_language_folders_beside_it() {
        let s = settings("content-root = \"docs\"\nlayout = \"{path}\"");
        let inv = Inventory::build(
            &s,
            [
                "docs/guide.md",
                "docs/images/intro.mdx",
                "docs/es/guide.md",
                "docs/pt_BR/guide.md",
                "docs/es/images/intro.mdx",
            ],
        )
        .unwrap();
        assert_eq!(inv.languages, vec![lang("es"), lang("pt-BR")]);
        assert_eq!(
            inv.documents.keys().collect::<Vec<_>>(),
            ["guide.md", "images/intro.mdx"]
        );
        assert_eq!(
            inv.documents["guide.md"].files[&lang("pt-BR")],
            "docs/pt_BR/guide.md"
        );
        // The language's own spelling is kept for files still to be made.
        assert_eq!(
            inv.path_of("images/intro.mdx", &lang("pt-BR")),
            "docs/pt_BR/images/intro.mdx"
        );
        assert_eq!(inv.path_of("guide.md", &lang("en")), "docs/guide.md");
    }

    #[test]
    fn a_folder_of_an_untracked_language_is_no_english_page() {
        let s = settings("content-root = \"docs\"\nlayout = \"{path}\"\nlanguages = [\"es\"]");
        let inv = Inventory::build(&s, ["docs/a.md", "docs/es/a.md", "docs/ja/a.md"]).unwrap();
        assert_eq!(inv.documents.keys().collect::<Vec<_>>(), ["a.md"]);
        assert_eq!(inv.documents["a.md"].files.len(), 2);
    }

    #[test]
    fn collections_prefix_their_ids_and_place_translations_in_parallel_trees() {
        let s = settings(
            "[[collection]]\nsource = \"docs/{path}\"\n\
             translation = \"i18n/{lang}/docusaurus-plugin-content-docs/current/{path}\"\n\
             [[collection]]\nsource = \"blog/{path}\"\n\
             translation = \"i18n/{lang}/docusaurus-plugin-content-blog/{path}\"",
        );
        let inv = Inventory::build(
            &s,
            [
                "docs/intro.md",
                "docs/guides/setup.mdx",
                "blog/2024-01-01-hello.md",
                "i18n/fr/docusaurus-plugin-content-docs/current/intro.md",
                "i18n/fr/docusaurus-plugin-content-blog/2024-01-01-hello.md",
                "i18n/fr/code.json",
            ],
        )
        .unwrap();
        assert_eq!(
            inv.documents.keys().collect::<Vec<_>>(),
            [
                "blog/2024-01-01-hello.md",
                "docs/guides/setup.mdx",
                "docs/intro.md"
            ]
        );
        assert_eq!(inv.languages, vec![lang("fr")]);
        assert_eq!(
            inv.path_of("docs/guides/setup.mdx", &lang("fr")),
            "i18n/fr/docusaurus-plugin-content-docs/current/guides/setup.mdx"
        );
        assert_eq!(
            inv.path_of("blog/2024-01-01-hello.md", &lang("en")),
            "blog/2024-01-01-hello.md"
        );
    }

    #[test]
    fn sibling_trees_with_the_language_in_the_folder_name() {
        let s = settings("source = \"pages/{path}\"\ntranslation = \"pages.{lang}/{path}\"");
        let inv = Inventory::build(
            &s,
            [
                "pages/common/tar.md",
                "pages.pt_BR/common/tar.md",
                "pages.zh_TW/linux/ls.md",
            ],
        )
        .unwrap();
        assert_eq!(inv.languages, vec![lang("pt-BR"), lang("zh-TW")]);
        assert_eq!(
            inv.path_of("common/tar.md", &lang("zh-TW")),
            "pages.zh_TW/common/tar.md"
        );
        // An orphan: only the translation has it.
        assert_eq!(inv.documents["linux/ls.md"].files.len(), 1);
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
