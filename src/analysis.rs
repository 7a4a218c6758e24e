//! The analysis core: given the inventory and answers from [`History`], decide for every
//! translation whether it is current, stale, missing, orphaned or broken. Pure: no git2,
//! no file system, no output. Documents are independent, so they are analysed in
//! parallel; inside one document the English source is read at most once.

use std::collections::HashMap;
use std::sync::OnceLock;

use git2::Oid;
use rayon::prelude::*;
use similar::{DiffTag, TextDiff};

use crate::changes;
use crate::frontmatter;
use crate::history::{BaseError, Commit, Fate, History, Target};
use crate::i18n::Message;
use crate::inventory::{Document, Inventory};
use crate::lang::Lang;
use crate::markdown;
use crate::report::{Base, DocumentReport, Origin, Report, Severity, Status, Translation};

/// Tunables of the analysis.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How English changes are classified (cosmetic, minor, major).
    pub changes: changes::Options,
}

/// Analyses the documents of `inventory` for which `include` holds, in `languages`.
pub fn analyse(
    inventory: &Inventory,
    history: &dyn History,
    languages: &[Lang],
    include: &(dyn Fn(&Document) -> bool + Sync),
    options: &Options,
) -> Report {
    let mut documents: Vec<&Document> = inventory
        .documents
        .values()
        .filter(|d| include(d))
        .collect();
    // A module's index page first, then its lessons.
    documents.sort_by_cached_key(|d| order_key(&d.id));
    let analysed: Vec<(DocumentReport, Option<Message>)> = documents
        .par_iter()
        .map(|doc| DocumentAnalysis::new(inventory, history, doc, options).run(languages))
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
        fluent: Vec::new(),
    }
}

/// A translation file read, with its base commit and an optional note about it.
struct Opened {
    base: Base,
    note: Option<Message>,
    text: String,
    /// The front matter says `draft: true`.
    draft: bool,
}

/// Why a translation cannot be judged: the 1-based line, if any, and the message.
type Problem = (Option<usize>, Message);

/// Per-document state shared by its translations: the English source now, read lazily
/// once, and line counts per English blob at base (languages often share a base).
struct DocumentAnalysis<'a> {
    inventory: &'a Inventory,
    history: &'a dyn History,
    doc: &'a Document,
    source_path: Option<&'a String>,
    options: &'a Options,
    source_now: OnceLock<Option<Vec<u8>>>,
    english_doc: OnceLock<Option<markdown::Document>>,
    line_counts: HashMap<Oid, (u32, u32)>,
}

/// How the English changed between a base and now.
#[derive(Debug, Clone)]
struct Change {
    lines_added: u32,
    lines_removed: u32,
    comparison: changes::Comparison,
}

impl<'a> DocumentAnalysis<'a> {
    fn new(
        inventory: &'a Inventory,
        history: &'a dyn History,
        doc: &'a Document,
        options: &'a Options,
    ) -> Self {
        let source_path = doc.files.get(&inventory.source_language);
        DocumentAnalysis {
            inventory,
            history,
            doc,
            source_path,
            options,
            source_now: OnceLock::new(),
            english_doc: OnceLock::new(),
            line_counts: HashMap::new(),
        }
    }

    /// The document's report, and a note when its English source is itself broken.
    fn run(mut self, languages: &[Lang]) -> (DocumentReport, Option<Message>) {
        let mut translations = Vec::new();
        for lang in languages {
            let file = self.doc.files.get(lang).cloned();
            let translation = match (self.source_path, file) {
                (None, None) => continue,
                (Some(_), None) => {
                    let mut t = Translation::new(lang.clone(), None, Status::Missing);
                    t.message = Some(msg!(
                        "missing-expected-at",
                        path = self.inventory.path_of(&self.doc.id, lang)
                    ));
                    t
                }
                (None, Some(path)) => self.orphan(lang, path),
                (Some(source), Some(path)) => self.compare(lang, source.clone(), path),
            };
            translations.push(translation);
        }
        let report = DocumentReport {
            id: self.doc.id.clone(),
            kind: self.doc.kind,
            module: self.doc.module.clone(),
            source_path: self.source_path.cloned(),
            translations,
        };
        (report, self.source_problem())
    }

    /// Why the English source would break the site (and make its translations compared
    /// with damaged text): not UTF-8, or front matter that does not parse.
    fn source_problem(&self) -> Option<Message> {
        let path = self.source_path?;
        let bytes = self
            .source_now
            .get_or_init(|| self.history.read_now(path).ok())
            .as_deref()?;
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                return Some(msg!(
                    "note-source-not-utf8",
                    path = path,
                    byte = err.valid_up_to()
                ));
            }
        };
        let error = match frontmatter::split(text) {
            Err(err) => err,
            Ok(None) => return None,
            Ok(Some(fm)) => frontmatter::recorded_base(&fm).err()?,
        };
        Some(msg!(
            "note-source-invalid",
            path = path,
            line = error.line,
            error = error.message
        ))
    }

    fn orphan(&self, lang: &Lang, path: String) -> Translation {
        let source = self
            .inventory
            .path_of(&self.doc.id, &self.inventory.source_language);
        let message = match self.history.fate(&source) {
            Some(Fate::Renamed {
                to,
                commit,
                exists: true,
            }) => msg!(
                "orphan-renamed",
                source = &source,
                to = to,
                commit = describe(commit)
            ),
            Some(Fate::Renamed {
                to,
                commit,
                exists: false,
            }) => msg!(
                "orphan-renamed-gone",
                source = &source,
                to = to,
                commit = describe(commit)
            ),
            Some(Fate::Deleted { commit }) => {
                msg!(
                    "orphan-deleted",
                    source = &source,
                    commit = describe(commit)
                )
            }
            Some(Fate::DeletedUncommitted) => msg!("orphan-deleted-uncommitted", source = &source),
            Some(Fate::RenamedUncommitted { to }) => {
                msg!("orphan-renamed-uncommitted", source = &source, to = to)
            }
            None => msg!("orphan-no-source", source = &source),
        };
        let mut t = Translation::new(lang.clone(), Some(path), Status::Orphaned);
        t.message = Some(message);
        t
    }

    fn compare(&mut self, lang: &Lang, source: String, path: String) -> Translation {
        let mut t = Translation::new(lang.clone(), Some(path.clone()), Status::Error);
        let (base, text, draft) = match self.base_of(&path) {
            Ok(Opened {
                base,
                note,
                text,
                draft,
            }) => {
                t.message = note;
                (base, text, draft)
            }
            Err((line, message)) => {
                t.line = line;
                t.message = Some(message);
                return t;
            }
        };
        let at_base = match self.history.source_at(base.commit, &source) {
            Ok(found) => found,
            Err(err) => {
                t.message = Some(msg!("error-source-at-base", cause = format!("{err:#}")));
                return t;
            }
        };
        let base_id = base.commit;
        let origin = base.origin;
        t.base = Some(base);
        let translation = markdown::parse(&text);
        match at_base {
            Some((_, blob)) if self.history.blob_now(&source) == Some(blob) => {
                t.status = Status::Current;
            }
            Some((old_path, blob)) => {
                let change = self.change(blob, &translation);
                (t.lines_added, t.lines_removed) = (change.lines_added, change.lines_removed);
                t.cosmetic_changes = change.comparison.cosmetic;
                match change.comparison.severity() {
                    // Only cosmetic edits since the base: nothing to translate.
                    None => t.status = Status::Current,
                    Some(severity) => {
                        t.status = Status::Stale;
                        t.severity = Some(severity);
                        t.changed_blocks = change.comparison.changed.clone();
                        let commits = self.history.changes_since(base_id, &source);
                        t.commits_behind = commits.len() as u32;
                        t.stale_since = self.stale_since(&commits, Some(blob), &source);
                        if commits.is_empty() {
                            t.message = Some(msg!("stale-uncommitted-source", source = &source));
                        } else if old_path != source {
                            t.message = Some(msg!("stale-source-was", path = old_path));
                        }
                    }
                }
            }
            None => {
                t.status = Status::Stale;
                t.severity = Some(Severity::Major);
                let commits = self.history.changes_since(base_id, &source);
                t.commits_behind = commits.len() as u32;
                t.stale_since = self.stale_since(&commits, None, &source);
                t.lines_added = self
                    .source_text()
                    .map_or(0, |text| text.lines().count() as u32);
                t.message = Some(msg!(
                    "stale-source-new",
                    source = &source,
                    commit = short(base_id)
                ));
            }
        }
        if let Some(english) = self.english_now() {
            t.drift = changes::drift(english, &translation);
        }
        // History says current, structure says otherwise: with an inferred base this is
        // an English change masked by a later edit of the translation (a typo fix).
        if t.status == Status::Current && origin == Origin::Inferred && !t.drift.is_empty() {
            t.status = Status::Stale;
            t.severity = t.drift.iter().map(|d| d.severity).max();
            t.message = Some(msg!("stale-masked-by-drift"));
        }
        // A scaffolded file records HEAD as its base while its body is still English:
        // history would call it current. It is a translation still to be made.
        if draft {
            let mut missing = Translation::new(lang.clone(), Some(path), Status::Missing);
            missing.base = t.base.take();
            missing.draft = true;
            missing.message = Some(msg!("draft-note"));
            return missing;
        }
        t
    }

    /// The base commit of the translation at `path`, with an optional note, or an error
    /// (line, message) fit for the report.
    fn base_of(&self, path: &str) -> Result<Opened, Problem> {
        let bytes = self
            .history
            .read_now(path)
            .map_err(|err| (None, msg!("plain", text = format!("{err:#}"))))?;
        let text = std::str::from_utf8(&bytes).map_err(|err| {
            let at = err.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            (Some(line), msg!("error-not-utf8", byte = at))
        })?;
        let front = frontmatter::split(text).map_err(|e| (Some(e.line), e.message))?;
        let (recorded, draft) = match &front {
            Some(fm) => {
                let keys = frontmatter::read_keys(fm).map_err(|e| (Some(e.line), e.message))?;
                (keys.base, keys.draft)
            }
            None => (None, false),
        };
        if let Some(recorded) = recorded {
            let commit = self.history.resolve_base(&recorded.value).map_err(|err| {
                (
                    Some(recorded.line),
                    base_error(&recorded, &err, self.history.target()),
                )
            })?;
            let base = Base {
                commit: commit.id,
                time: commit.time,
                origin: Origin::Recorded,
                key: Some(recorded.key),
            };
            return Ok(Opened {
                base,
                note: None,
                text: text.to_string(),
                draft,
            });
        }
        let inferred = |commit: Commit| Base {
            commit: commit.id,
            time: commit.time,
            origin: Origin::Inferred,
            key: None,
        };
        match self.history.last_change(path) {
            Some(commit) if self.history.is_shallow_boundary(commit.id) => {
                Err((None, msg!("error-shallow-no-base")))
            }
            Some(commit) => Ok(Opened {
                base: inferred(commit),
                note: None,
                text: text.to_string(),
                draft,
            }),
            None => match self.history.target() {
                // A new translation nobody committed yet: it is being made from today's English.
                Target::WorkTree { head } => Ok(Opened {
                    base: inferred(head),
                    note: Some(msg!("note-uncommitted-translation")),
                    text: text.to_string(),
                    draft,
                }),
                Target::Commit(_) => Err((None, msg!("error-never-committed"))),
            },
        }
    }

    fn source_text(&self) -> Option<&str> {
        let bytes = self.source_now.get_or_init(|| {
            let path = self.source_path?;
            self.history.read_now(path).ok()
        });
        bytes
            .as_deref()
            .map(|b| std::str::from_utf8(b).unwrap_or_default())
    }

    /// Since when the translation has been behind: when the oldest change since the base
    /// reached the branch, unless the English went back to its base content in between
    /// (an edit and its revert), in which case from the change after that. `commits` are
    /// the changes since the base, newest first; `base_blob` the source at the base.
    fn stale_since(&self, commits: &[Commit], base_blob: Option<Oid>, source: &str) -> Option<i64> {
        let mut since = None;
        for commit in commits {
            let back_at_base = base_blob.is_some()
                && self
                    .history
                    .source_at(commit.id, source)
                    .ok()
                    .flatten()
                    .map(|(_, blob)| blob)
                    == base_blob;
            if back_at_base {
                break;
            }
            since = Some(self.history.arrival(*commit));
        }
        since
    }

    /// The English now, parsed once per document.
    fn english_now(&self) -> Option<&markdown::Document> {
        self.english_doc
            .get_or_init(|| self.source_text().map(markdown::parse))
            .as_ref()
    }

    /// How the English source changed between blob `old` and now, mapped onto
    /// `translation`. Line counts are per English blob; the mapping per translation.
    fn change(&mut self, old: Oid, translation: &markdown::Document) -> Change {
        let old_bytes = self.history.read_blob(old).unwrap_or_default();
        // Compare lines, not line endings: a CRLF working copy of an LF blob is unchanged.
        let old_text = String::from_utf8_lossy(&old_bytes).replace("\r\n", "\n");
        let new_text = self.source_text().unwrap_or_default().replace("\r\n", "\n");
        let (lines_added, lines_removed) = match self.line_counts.get(&old) {
            Some(&counts) => counts,
            None => {
                let counts = count_changes(&TextDiff::from_lines(&old_text, &new_text));
                self.line_counts.insert(old, counts);
                counts
            }
        };
        let comparison = changes::compare(
            &old_text,
            &new_text,
            Some(translation),
            &self.options.changes,
        );
        Change {
            lines_added,
            lines_removed,
            comparison,
        }
    }
}

/// (inserted, deleted) items of a diff.
fn count_changes(diff: &TextDiff<'_, '_, str>) -> (u32, u32) {
    let (mut added, mut removed) = (0, 0);
    for op in diff.ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {}
            DiffTag::Insert => added += new_range.len() as u32,
            DiffTag::Delete => removed += old_range.len() as u32,
            DiffTag::Replace => {
                added += new_range.len() as u32;
                removed += old_range.len() as u32;
            }
        }
    }
    (added, removed)
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

/// Explains why a recorded base cannot be used and how to fix it.
fn base_error(recorded: &frontmatter::RecordedBase, err: &BaseError, target: Target) -> Message {
    let (key, value) = (recorded.key, recorded.value.as_str());
    let against = match target {
        Target::WorkTree { .. } => "HEAD".to_string(),
        Target::Commit(commit) => short(commit.id),
    };
    match err {
        BaseError::NotAHash => msg!("base-not-a-hash", key = key, value = value),
        BaseError::Unknown { shallow: true } => {
            msg!("base-not-in-shallow-clone", key = key, value = value)
        }
        BaseError::Unknown { shallow: false } => msg!("base-unknown", key = key, value = value),
        BaseError::Ambiguous => msg!("base-ambiguous", key = key, value = value),
        BaseError::NotACommit => msg!("base-not-a-commit", key = key, value = value),
        BaseError::NotAncestor { commit } => msg!(
            "base-not-an-ancestor",
            key = key,
            commit = short(*commit),
            against = against
        ),
    }
}

/// `abc1234 (2025-06-01)`.
fn describe(commit: Commit) -> String {
    format!(
        "{} ({})",
        short(commit.id),
        crate::report::date(commit.time)
    )
}

pub fn short(id: Oid) -> String {
    id.to_string()[..7].to_string()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use anyhow::{Result, anyhow};

    use super::*;
    use crate::config::{ConfigFile, Settings};

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
        fn changes_since(&self, base: Oid, path: &str) -> Vec<Commit> {
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
            &Options::default(),
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
