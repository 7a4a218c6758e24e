//! The analysis core: given the inventory and answers from [`History`], decide for every
//! translation whether it is current, stale, missing, orphaned or broken. Pure: no git2,
//! no file system, no output. Documents are independent, so they are analysed in
//! parallel; inside one document the English source is read at most once.

mod base;
mod code;
mod commits;
pub(crate) mod compare;
mod document;
pub(crate) mod drift;
pub mod fluent;
pub(crate) mod memo;

use std::collections::HashMap;
use std::sync::OnceLock;

use git2::Oid;
use rayon::prelude::*;

use crate::config::CompareSettings;
use crate::git::{History, Target};
use crate::inventory::{Document, Inventory};
use crate::model::Lang;
use crate::model::i18n::Message;
use crate::report::{DocumentReport, Layout, LayoutCollection, Report};

pub(crate) use drift::drift;

use self::document::DocumentAnalysis;

/// Analyses the documents of `inventory` for which `include` holds, in `languages`.
pub(crate) fn analyse(
    inventory: &Inventory,
    history: &dyn History,
    languages: &[Lang],
    include: &(dyn Fn(&Document) -> bool + Sync),
    options: &CompareSettings,
    memo: &memo::Memo,
) -> Report {
    let mut documents: Vec<&Document> = inventory
        .documents
        .values()
        .filter(|d| include(d))
        .collect();
    // A module's index page first, then its lessons.
    documents.sort_by_cached_key(|d| order_key(&d.id));
    let by_commit = LanguagesByCommit::new(inventory, history);
    let analysed: Vec<(DocumentReport, Option<Message>)> = documents
        .par_iter()
        .map(|doc| {
            DocumentAnalysis::new(inventory, history, doc, options, &by_commit, memo).run(languages)
        })
        .collect();
    let mut source_notes = Vec::new();
    let documents = analysed
        .into_iter()
        .filter_map(|(doc, note)| {
            source_notes.extend(note);
            // An orphan in languages outside the selection has nothing to show.
            (!doc.translations.is_empty() || doc.source_path.is_some()).then_some(doc)
        })
        .collect();
    let target = history.target();
    let mut notes: Vec<Message> = inventory.warnings.clone();
    notes.extend(source_notes);
    notes.extend(history.warnings());
    if history.is_shallow() {
        notes.push(msg!("note-shallow-clone"));
    }
    Report {
        revision: target.commit().id,
        revision_time: target.commit().time,
        worktree: matches!(target, Target::WorkTree { .. }),
        source_language: inventory.source_language.clone(),
        languages: languages.to_vec(),
        documents,
        notes,
        layout: layout(inventory),
        fluent: Vec::new(),
    }
}

/// For each commit that changed pages: the languages it changed pages in (English
/// included) and how many pages in each. Built on first use, once per run: only a
/// commit judged on its content needs it, and most runs judge none.
pub(crate) struct LanguagesByCommit<'a> {
    inventory: &'a Inventory,
    history: &'a dyn History,
    built: OnceLock<HashMap<Oid, Vec<(Lang, u32)>>>,
}

impl<'a> LanguagesByCommit<'a> {
    pub(crate) fn new(inventory: &'a Inventory, history: &'a dyn History) -> Self {
        LanguagesByCommit {
            inventory,
            history,
            built: OnceLock::new(),
        }
    }

    pub(crate) fn get(&self) -> &HashMap<Oid, Vec<(Lang, u32)>> {
        self.built.get_or_init(|| {
            let mut seen: HashMap<Oid, Vec<(Lang, u32)>> = HashMap::new();
            for doc in self.inventory.documents.values() {
                for (lang, path) in &doc.files {
                    for commit in self.history.changes(path, usize::MAX) {
                        let langs = seen.entry(commit.id).or_default();
                        match langs.iter_mut().find(|(l, _)| l == lang) {
                            Some((_, pages)) => *pages += 1,
                            None => langs.push((lang.clone(), 1)),
                        }
                    }
                }
            }
            seen
        })
    }
}

/// The layout the inventory was built with, for the report.
pub(crate) fn layout(inventory: &Inventory) -> Layout {
    Layout {
        origin: inventory.origin.clone(),
        collections: inventory
            .collections()
            .iter()
            .map(|c| LayoutCollection {
                name: c.name.clone(),
                source: c.source.to_string(),
                translation: c.translation.to_string(),
            })
            .collect(),
    }
}

/// Sort key that puts `dir/_index.md` (and `index.md`) right before the rest of `dir/`.
fn order_key(id: &str) -> String {
    match id.rsplit_once('/') {
        Some((dir, "_index.md" | "index.md" | "_index.markdown" | "index.markdown")) => {
            format!("{dir}/")
        }
        _ => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use anyhow::{Result, anyhow};

    use git2::Oid;

    use super::*;
    use crate::config::{ConfigFile, Settings};
    use crate::git::{BaseError, Commit, Fate};
    use crate::model::{Origin, Status};
    use crate::report::Translation;

    /// A history in memory: blobs are their text, commits are numbered.
    #[derive(Default)]
    struct FakeHistory {
        head: u8,
        /// Files now: path → text.
        now: HashMap<String, String>,
        /// (commit, path) → text at that commit.
        at: HashMap<(u8, String), String>,
        /// path → commits that changed it, newest first.
        changes: HashMap<String, Vec<u8>>,
    }

    fn oid(n: u8) -> Oid {
        Oid::from_bytes(&[n; 20]).unwrap()
    }

    fn blob(text: &str) -> Oid {
        Oid::hash_object(git2::ObjectType::Blob, text.as_bytes()).unwrap()
    }

    fn commit(n: u8) -> Commit {
        Commit {
            id: oid(n),
            time: i64::from(n) * 86_400,
        }
    }

    impl History for FakeHistory {
        fn target(&self) -> Target {
            Target::Commit(commit(self.head))
        }
        fn is_shallow(&self) -> bool {
            false
        }
        fn files(&self) -> Vec<String> {
            self.now.keys().cloned().collect()
        }
        fn blob_now(&self, path: &str) -> Option<Oid> {
            self.now.get(path).map(|t| blob(t))
        }
        fn read_now(&self, path: &str) -> Result<Vec<u8>> {
            self.now
                .get(path)
                .map(|t| t.clone().into_bytes())
                .ok_or_else(|| anyhow!("no {path}"))
        }
        fn read_blob(&self, id: Oid) -> Result<Vec<u8>> {
            let text = self
                .at
                .values()
                .chain(self.now.values())
                .find(|t| blob(t) == id);
            text.map(|t| t.clone().into_bytes())
                .ok_or_else(|| anyhow!("no blob {id}"))
        }
        fn resolve_base(&self, hash: &str) -> Result<Commit, BaseError> {
            let n = (1..=self.head).find(|n| oid(*n).to_string().starts_with(hash));
            n.map(commit).ok_or(BaseError::Unknown { shallow: false })
        }
        fn last_change(&self, path: &str) -> Option<Commit> {
            self.changes.get(path)?.first().map(|n| commit(*n))
        }
        fn source_at(&self, base: Oid, path: &str) -> Result<Option<(String, Oid)>> {
            let n = (1..=self.head).find(|n| oid(*n) == base).unwrap();
            Ok(self
                .at
                .get(&(n, path.to_string()))
                .map(|t| (path.to_string(), blob(t))))
        }
        fn commits_after(&self, base: Oid, path: &str) -> Vec<Commit> {
            let n = (1..=self.head).find(|n| oid(*n) == base).unwrap();
            let all = self.changes.get(path).cloned().unwrap_or_default();
            all.into_iter().filter(|c| *c > n).map(commit).collect()
        }
        fn is_shallow_boundary(&self, _commit: Oid) -> bool {
            false
        }
        fn fate(&self, _path: &str) -> Option<Fate> {
            None
        }
    }

    fn run(history: &FakeHistory) -> Report {
        let settings =
            Settings::for_tests(ConfigFile::default(), std::path::Path::new("/r")).unwrap();
        let files = history.files();
        let inventory = Inventory::build(&settings, files.iter().map(String::as_str)).unwrap();
        let languages = inventory.languages.clone();
        analyse(
            &inventory,
            history,
            &languages,
            &|_| true,
            &CompareSettings::default(),
            &memo::Memo::default(),
        )
    }

    fn status_of(report: &Report, id: &str, lang: &str) -> Translation {
        let doc = report.documents.iter().find(|d| d.id == id).unwrap();
        doc.translations
            .iter()
            .find(|t| t.language.as_str() == lang)
            .unwrap()
            .clone()
    }

    /// English `a.md` v1 at commit 1, v2 at commit 3; Spanish made at commit 2.
    fn history(es_front: &str) -> FakeHistory {
        let mut h = FakeHistory {
            head: 3,
            ..Default::default()
        };
        h.now.insert("content/en/a.md".into(), "v1\nv2\n".into());
        h.now.insert(
            "content/es/a.md".into(),
            format!("---\n{es_front}---\nuno\n"),
        );
        h.at.insert((1, "content/en/a.md".into()), "v1\n".into());
        h.at.insert((2, "content/en/a.md".into()), "v1\n".into());
        h.at.insert((3, "content/en/a.md".into()), "v1\nv2\n".into());
        h.changes.insert("content/en/a.md".into(), vec![3, 1]);
        h.changes.insert("content/es/a.md".into(), vec![2]);
        h
    }

    #[test]
    fn inferred_base_older_than_the_english_change_is_stale() {
        let report = run(&history(""));
        let t = status_of(&report, "a.md", "es");
        assert_eq!(t.status, Status::Stale);
        assert_eq!(t.base.as_ref().unwrap().origin, Origin::Inferred);
        assert_eq!(t.base.as_ref().unwrap().commit, oid(2));
        assert_eq!(
            (t.commits_behind, t.lines_added, t.lines_removed),
            (1, 1, 0)
        );
        assert_eq!(t.stale_since, Some(3 * 86_400));
    }

    #[test]
    fn a_draft_is_missing_even_at_the_latest_base() {
        let report = run(&history(&format!(
            "draft: true\nsource_commit: {}\n",
            &oid(3).to_string()[..8]
        )));
        let t = status_of(&report, "a.md", "es");
        assert_eq!(t.status, Status::Missing);
        assert!(t.draft && t.path.is_some() && t.base.is_some());
        assert!(t.message.unwrap().english().contains("draft"));
    }

    #[test]
    fn recorded_base_at_the_english_change_is_current() {
        let report = run(&history(&format!(
            "source_commit: {}\n",
            &oid(3).to_string()[..8]
        )));
        let t = status_of(&report, "a.md", "es");
        assert_eq!(t.status, Status::Current);
        assert_eq!(t.base.unwrap().key, Some("source_commit"));
    }

    #[test]
    fn unknown_recorded_base_is_an_error_on_its_line() {
        let report = run(&history("title: x\nsource_commit: abcdef0\n"));
        let t = status_of(&report, "a.md", "es");
        assert_eq!(t.status, Status::Error);
        assert_eq!(t.line, Some(3));
        assert!(t.message.unwrap().english().contains("does not exist"));
    }

    #[test]
    fn missing_and_orphaned_fall_out_of_the_inventory() {
        let mut h = history("");
        h.now.insert("content/en/b.md".into(), "b\n".into());
        h.now.insert("content/es/c.md".into(), "c\n".into());
        let report = run(&h);
        assert_eq!(status_of(&report, "b.md", "es").status, Status::Missing);
        let orphan = status_of(&report, "c.md", "es");
        assert_eq!(orphan.status, Status::Orphaned);
        assert!(
            orphan
                .message
                .unwrap()
                .english()
                .contains("no English source content/en/c.md")
        );
        let summary = report.summary();
        let es = summary.values().next().unwrap();
        assert_eq!((es.stale, es.missing, es.orphaned), (1, 1, 1));
    }

    #[test]
    fn module_index_sorts_before_its_lessons() {
        assert!(order_key("m/_index.md") < order_key("m/01-a.md"));
        assert!(order_key("m/_index.md") < order_key("ma.md"));
    }
}
