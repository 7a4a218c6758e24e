//! One document in every selected language: the English source read at most once, each
//! translation's base resolved, the English at that base compared with the English now
//! (what changed, mapped onto the translation) and the translation checked for drift.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use git2::Oid;
use similar::{DiffTag, TextDiff};

use super::base::{self, Inference, Problem, Recorded};
use super::memo::{self, Change, Memo};
use super::{commits, compare, drift};
use crate::config::CompareSettings;
use crate::git::{Commit, Fate, History};
use crate::inventory::{Document, Inventory};
use crate::markdown::{self, frontmatter};
use crate::model::i18n::Message;
use crate::model::{Base, Lang, Origin, Severity, Status, date, short};
use crate::report::{DocumentReport, SkipReason, Skipped, Translation};

/// A translation file read, with its base commit and an optional note about it.
struct Opened {
    base: Base,
    note: Option<Message>,
    /// Newer commits of the translation passed over for its base.
    skipped: Vec<Skipped>,
    /// The text, when it was read (not when its facts were remembered).
    text: Option<String>,
    /// The digest naming the text in memo keys.
    digest: memo::Digest16,
    /// The front matter says `draft: true`.
    draft: bool,
}

/// Per-document state shared by its translations: the English source now, read lazily
/// once, and line counts per English blob at base (languages often share a base).
pub(super) struct DocumentAnalysis<'a> {
    inventory: &'a Inventory,
    history: &'a dyn History,
    doc: &'a Document,
    source_path: Option<&'a String>,
    options: &'a CompareSettings,
    by_commit: &'a super::LanguagesByCommit<'a>,
    source_now: OnceLock<Option<Vec<u8>>>,
    english_doc: OnceLock<Option<markdown::Parsed>>,
    /// A digest of the English now, the part of memo keys that names it.
    english_digest: OnceLock<memo::Digest16>,
    /// The English now as remembered from an earlier run (then it is sound and not read).
    english_known: OnceLock<Option<memo::Facts>>,
    line_counts: HashMap<Oid, (u32, u32)>,
    memo: &'a Memo,
}

impl<'a> DocumentAnalysis<'a> {
    pub(super) fn new(
        inventory: &'a Inventory,
        history: &'a dyn History,
        doc: &'a Document,
        options: &'a CompareSettings,
        by_commit: &'a super::LanguagesByCommit<'a>,
        memo: &'a Memo,
    ) -> Self {
        let source_path = doc.files.get(&inventory.source_language);
        DocumentAnalysis {
            by_commit,
            inventory,
            history,
            doc,
            source_path,
            options,
            source_now: OnceLock::new(),
            english_doc: OnceLock::new(),
            english_digest: OnceLock::new(),
            english_known: OnceLock::new(),
            line_counts: HashMap::new(),
            memo,
        }
    }

    /// The document's report, and a note when its English source is itself broken.
    pub(super) fn run(mut self, languages: &[Lang]) -> (DocumentReport, Option<Message>) {
        let mut translations = Vec::new();
        for lang in languages {
            let file = self.doc.files.get(lang).cloned();
            let translation = match (self.source_path, file) {
                (None, None) => continue,
                (Some(_), None) => {
                    let expected = self.inventory.path_of(&self.doc.id, lang);
                    if let Some(err) = self.history.unlisted_obstacle(&expected) {
                        let mut t = Translation::new(lang.clone(), Some(expected), Status::Error);
                        t.message = Some(msg!("plain", text = format!("{err:#}")));
                        translations.push(t);
                        continue;
                    }
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
        if self.english_known().is_some() {
            return None;
        }
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
        let (base, text, translation_digest, draft) = match self.base_of(lang, &path) {
            Ok(Opened {
                base,
                note,
                skipped,
                text,
                digest,
                draft,
            }) => {
                t.message = note;
                t.base_skipped = skipped;
                (base, text, digest, draft)
            }
            Err((line, message)) => {
                t.line = line;
                t.message = Some(message);
                return t;
            }
        };
        // An English text transync cannot read is no English to compare with: comparing
        // would call the whole translation removed.
        if let Some(message) = self.source_unusable(&source) {
            t.message = Some(message);
            return t;
        }
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
        // Parsed only when a comparison is not remembered.
        let translation_flavor = markdown::Flavor::of_path(&path);
        let parsed = OnceCell::new();
        // Read only when a comparison is not remembered: a translation whose facts were
        // remembered has not been read at all.
        let text_cell = OnceCell::new();
        if let Some(text) = text {
            let _ = text_cell.set(text);
        }
        let text = text_cell;
        let read = || {
            text.get_or_init(|| {
                let bytes = self.history.read_now(&path).unwrap_or_default();
                String::from_utf8_lossy(&bytes).into_owned()
            })
        };
        let translation = || parsed.get_or_init(|| markdown::parse_as(read(), translation_flavor));
        match at_base {
            Some((_, blob)) if self.history.blob_now(&source) == Some(blob) => {
                t.status = Status::Current;
            }
            Some((old_path, blob)) => {
                // Asked once: on histories with merges it is the costly question.
                let commits = self.history.commits_after(base_id, &source);
                let mut ignored = self.needing_no_translation(&commits, &t.base_skipped);
                let change = self.change(
                    blob,
                    &mut ignored,
                    &source,
                    &translation,
                    translation_digest,
                );
                t.english_skipped = ignored;
                (t.lines_added, t.lines_removed) = (change.lines_added, change.lines_removed);
                t.cosmetic_changes = change.comparison.cosmetic;
                match change.comparison.severity() {
                    // Only cosmetic edits since the base: nothing to translate.
                    None => t.status = Status::Current,
                    Some(severity) => {
                        t.status = Status::Stale;
                        t.severity = Some(severity);
                        t.changed_blocks = change.comparison.changed.clone();
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
                let commits = self.history.commits_after(base_id, &source);
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
        if self.english_known().is_some() || self.source_text().is_some() {
            let key = memo::digest(&[b"drift", &self.english_digest(), &translation_digest]);
            t.drift = self.memo.drift(key, || {
                drift(self.english_now().expect("English read"), translation())
            });
        }
        // History decides; drift stands beside a current translation. Only strong evidence
        // turns an inferred base stale: English structure the translation lacks that the
        // English did not have yet when the translation was changed before its base (the
        // base is then a later small edit, such as a typo fix, not a translation).
        if t.status == Status::Current
            && origin == Origin::Inferred
            && self.masked_by_later_edit(&path, base_id, &t.drift)
        {
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
    fn base_of(&self, lang: &Lang, path: &str) -> Result<Opened, Problem> {
        let key = self.facts_key(b"translation", path);
        let (facts, text) = match key.and_then(|key| self.memo.facts(key)) {
            Some(facts) => (facts, None),
            None => {
                let (facts, text) = self.translation_facts(path)?;
                if let Some(key) = key {
                    self.memo.remember_facts(key, facts.clone());
                }
                (facts, Some(text))
            }
        };
        let recorded = facts.base.as_ref().map(|(key, value, line)| Recorded {
            key: memo::intern(key),
            value,
            line: *line,
        });
        let draft = facts.draft;
        let inference = Inference {
            settings: self.options,
            flavor: markdown::Flavor::of_path(path),
            english: self.source_path.map(String::as_str),
            others: self
                .doc
                .files
                .iter()
                .filter(|(other, _)| *other != lang && **other != self.inventory.source_language)
                .map(|(_, path)| path.as_str())
                .collect(),
            languages_by_commit: self.by_commit,
            english_now: &|| self.english_now(),
        };
        let resolved = base::resolve(self.history, path, recorded, Some(&inference))?;
        Ok(Opened {
            base: resolved.base,
            note: resolved.note,
            skipped: resolved.skipped,
            text,
            digest: facts.digest,
            draft,
        })
    }

    /// What the translation at `path` records, read from the file: its digest, recorded
    /// base and draft flag, with the text; or why it cannot be read (line, message).
    fn translation_facts(&self, path: &str) -> Result<(memo::Facts, String), Problem> {
        let bytes = self
            .history
            .read_now(path)
            .map_err(|err| (None, msg!("plain", text = format!("{err:#}"))))?;
        let line = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        // A NUL byte is in no page (and is valid UTF-8): an image or archive saved under
        // a page's name, which comparing would call a translation of nothing.
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Err((Some(line(at)), msg!("error-binary", byte = at)));
        }
        let text = std::str::from_utf8(&bytes).map_err(|err| {
            let at = err.valid_up_to();
            (Some(line(at)), msg!("error-not-utf8", byte = at))
        })?;
        let front = frontmatter::split(text).map_err(|e| (Some(e.line), e.message))?;
        let (recorded, draft) = match &front {
            Some(fm) => {
                let keys = frontmatter::read_keys(fm).map_err(|e| (Some(e.line), e.message))?;
                (keys.base, keys.draft)
            }
            None => (None, false),
        };
        let flavor = markdown::Flavor::of_path(path);
        let facts = memo::Facts {
            digest: memo::digest(&[text.as_bytes(), &[flavor as u8]]),
            base: recorded.map(|r| (r.key.to_string(), r.value, r.line)),
            draft,
        };
        Ok((facts, text.to_string()))
    }

    /// The key of a file's facts: its blob id now (no read needed), its flavor and its
    /// role. `None` when no id names its content (a link, a file git could not hash).
    fn facts_key(&self, role: &[u8], path: &str) -> Option<memo::Digest16> {
        let blob = self.history.content_id(path).filter(|id| !id.is_zero())?;
        let flavor = markdown::Flavor::of_path(path);
        Some(memo::digest(&[role, blob.as_bytes(), &[flavor as u8]]))
    }

    /// The English now as an earlier run found it, when it was sound then: it is then
    /// neither read nor checked again.
    fn english_known(&self) -> Option<&memo::Facts> {
        self.english_known
            .get_or_init(|| {
                let key = self.facts_key(b"english", self.source_path?)?;
                self.memo.facts(key)
            })
            .as_ref()
    }

    /// Why the English source now cannot be compared with: unreadable, not UTF-8, or
    /// binary (a NUL byte, which no page has).
    fn source_unusable(&self, source: &str) -> Option<Message> {
        if self.english_known().is_some() {
            return None;
        }
        let bytes = self.source_now.get_or_init(|| {
            let path = self.source_path?;
            self.history.read_now(path).ok()
        });
        let Some(bytes) = bytes else {
            let cause = match self.history.read_now(source) {
                Err(err) => format!("{err:#}"),
                Ok(_) => tr!("error-source-vanished"),
            };
            return Some(msg!(
                "error-source-unreadable",
                source = source,
                cause = cause
            ));
        };
        let line = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Some(msg!(
                "error-source-binary",
                source = source,
                line = line(at),
                byte = at
            ));
        }
        match std::str::from_utf8(bytes) {
            Ok(_) => None,
            Err(err) => Some(msg!(
                "error-source-not-utf8",
                source = source,
                line = line(err.valid_up_to()),
                byte = err.valid_up_to()
            )),
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

    /// Whether `drift` shows English structure (a section, code block or list) missing
    /// from the translation that the English gained after the translation's previous
    /// change before `base`.
    fn masked_by_later_edit(&self, path: &str, base: Oid, drift: &[crate::report::Drift]) -> bool {
        const STRUCTURE: [&str; 3] = ["heading", "code block", "list item"];
        let structural = |d: &crate::report::Drift| {
            d.translation_line.is_none() && STRUCTURE.contains(&d.what.as_str())
        };
        if !drift.iter().any(structural) {
            return false;
        }
        let (Some(english), Some(source)) = (self.english_now(), self.source_path) else {
            return false;
        };
        let missing: Vec<&markdown::Block> = drift
            .iter()
            .filter(|d| d.translation_line.is_none() && STRUCTURE.contains(&d.what.as_str()))
            .filter_map(|d| {
                english
                    .blocks
                    .iter()
                    .find(|b| Some(b.lines.start) == d.english_line)
            })
            .collect();
        if missing.is_empty() {
            return false;
        }
        let changes = self.history.changes(path, 64);
        let Some(previous) = changes
            .iter()
            .position(|c| c.id == base)
            .and_then(|i| changes.get(i + 1))
        else {
            return false;
        };
        let Some(then) = self.history.text_at(previous.id, source) else {
            return false;
        };
        let then = markdown::parse_as(&then, markdown::Flavor::of_path(source));
        missing.iter().any(|block| {
            !then
                .blocks
                .iter()
                .any(|b| compare::slot(b.kind) == compare::slot(block.kind) && b.text == block.text)
        })
    }

    /// A digest of the English now (its bytes and flavor), once per document.
    fn english_digest(&self) -> memo::Digest16 {
        *self.english_digest.get_or_init(|| {
            if let Some(known) = self.english_known() {
                return known.digest;
            }
            let bytes = self.source_now.get_or_init(|| {
                let path = self.source_path?;
                self.history.read_now(path).ok()
            });
            let flavor = markdown::Flavor::of_path(self.source_path.map_or("", |p| p));
            let digest = memo::digest(&[bytes.as_deref().unwrap_or_default(), &[flavor as u8]]);
            // Sound English is remembered, so that the next run need not read it.
            if let Some(source) = self.source_path
                && self.source_unusable(source).is_none()
                && self.source_problem().is_none()
                && let Some(key) = self.facts_key(b"english", source)
            {
                let facts = memo::Facts {
                    digest,
                    base: None,
                    draft: false,
                };
                self.memo.remember_facts(key, facts);
            }
            digest
        })
    }

    /// The English now, parsed once per document.
    fn english_now(&self) -> Option<&markdown::Parsed> {
        self.english_doc
            .get_or_init(|| {
                let flavor = markdown::Flavor::of_path(self.source_path.map_or("", |p| p));
                self.source_text()
                    .map(|text| markdown::parse_as(text, flavor))
            })
            .as_ref()
    }

    /// Those of `commits` (English changes since a base, newest first) whose messages say
    /// they need no translation, or that changed the translation too and were passed over
    /// for its base (`base_skipped`): a change made in English and translation at once,
    /// such as a moved link, is in the translation already.
    fn needing_no_translation(&self, commits: &[Commit], base_skipped: &[Skipped]) -> Vec<Skipped> {
        let keywords = &self.options.ignore_keywords;
        commits
            .iter()
            .filter_map(|commit| {
                if let Some(skipped) = base_skipped.iter().find(|s| s.commit == commit.id) {
                    return Some(skipped.clone());
                }
                let keyword = commits::no_translation(&self.history.message(commit.id)?, keywords)?;
                Some(Skipped {
                    commit: commit.id,
                    time: commit.time,
                    reason: SkipReason::Message { keyword },
                })
            })
            .collect()
    }

    /// The English at the base with the changes of `ignored` commits applied to it (a
    /// three-way merge of each commit's own change, oldest first): comparing that with
    /// the English now leaves out what needs no translation. A change that does not
    /// apply cleanly is left out of `ignored` and stays a change to translate.
    fn absorb(&self, mut text: String, ignored: &mut Vec<Skipped>, source: &str) -> String {
        let read = |commit: Oid| {
            let text = self.history.text_at(commit, source)?;
            Some(text.replace("\r\n", "\n"))
        };
        let mut absorbed = Vec::new();
        for skipped in ignored.drain(..).rev() {
            let theirs = read(skipped.commit);
            let ancestor = self
                .history
                .parent(skipped.commit)
                .map(|parent| read(parent.id).unwrap_or_default());
            if let (Some(theirs), Some(ancestor)) = (theirs, ancestor)
                && let Ok(merged) = diffy::merge(&ancestor, &text, &theirs)
            {
                text = merged;
                absorbed.push(skipped);
            }
        }
        absorbed.reverse();
        *ignored = absorbed;
        text
    }

    /// How the English source changed between blob `old` and now, mapped onto
    /// `translation`, leaving out the changes of the `ignored` commits (those that could
    /// be left out stay in the list). Line counts are per English blob; the mapping per
    /// translation.
    fn change<'t>(
        &mut self,
        old: Oid,
        ignored: &mut Vec<Skipped>,
        source: &str,
        translation: &dyn Fn() -> &'t markdown::Parsed,
        translation_digest: memo::Digest16,
    ) -> Change {
        if !ignored.is_empty() {
            return self.compute_change(old, ignored, source, translation());
        }
        // Nothing left out: the change is a function of the two English texts (the one at
        // the base named by its blob id) and the translation.
        let key = memo::digest(&[
            b"change",
            old.as_bytes(),
            &self.english_digest(),
            &translation_digest,
        ]);
        let memo = self.memo;
        memo.change(key, || {
            self.compute_change(old, ignored, source, translation())
        })
    }

    fn compute_change(
        &mut self,
        old: Oid,
        ignored: &mut Vec<Skipped>,
        source: &str,
        translation: &markdown::Parsed,
    ) -> Change {
        let old_bytes = self.history.read_blob(old).unwrap_or_default();
        // Compare lines, not line endings: a CRLF working copy of an LF blob is unchanged.
        let mut old_text = String::from_utf8_lossy(&old_bytes).replace("\r\n", "\n");
        let new_text = self.source_text().unwrap_or_default().replace("\r\n", "\n");
        if !ignored.is_empty() {
            old_text = self.absorb(old_text, ignored, source);
        }
        let counts = match self.line_counts.get(&old) {
            Some(&counts) if ignored.is_empty() => counts,
            _ => line_changes(&old_text, &new_text),
        };
        if ignored.is_empty() {
            self.line_counts.insert(old, counts);
        }
        let (lines_added, lines_removed) = counts;
        let flavor = markdown::Flavor::of_path(self.source_path.map_or("", |p| p));
        let comparison = compare::compare(
            &old_text,
            &new_text,
            flavor,
            Some(translation),
            self.options,
        );
        Change {
            lines_added,
            lines_removed,
            comparison,
        }
    }
}

/// Work allowed to Myers' diff of the lines, which costs (N + M) × D for N and M lines
/// apart from a common start and end, and D lines changed.
const DIFF_BUDGET: u64 = 20_000_000;

/// (inserted, deleted) lines from `old` to `new`. A change too large for the diff's
/// budget (megabytes rewritten) is counted by the lines each side has that the other
/// lacks, a multiset difference in linear time: the same count unless lines moved. The
/// estimate of D is that count, a lower bound, so the choice is deterministic.
fn line_changes(old: &str, new: &str) -> (u32, u32) {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[start..a.len() - end], &b[start..b.len() - end]);
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for line in a {
        *counts.entry(line).or_default() += 1;
    }
    for line in b {
        *counts.entry(line).or_default() -= 1;
    }
    let removed: i64 = counts.values().filter(|c| **c > 0).sum();
    let added: i64 = -counts.values().filter(|c| **c < 0).sum::<i64>();
    let size = (a.len() + b.len()) as u64;
    if size * (added + removed) as u64 > DIFF_BUDGET {
        return (added as u32, removed as u32);
    }
    count_changes(&TextDiff::from_lines(old, new))
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

/// `abc1234 (2025-06-01)`.
fn describe(commit: Commit) -> String {
    format!("{} ({})", short(commit.id), date(commit.time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_changes_are_the_diff_of_the_lines() {
        assert_eq!(line_changes("a\nb\nc\n", "a\nB\nc\nd\n"), (2, 1));
        assert_eq!(line_changes("a\n", "a\n"), (0, 0));
        assert_eq!(line_changes("", "x\ny\n"), (2, 0));
    }

    #[test]
    fn a_huge_change_is_counted_without_the_quadratic_diff() {
        // 40,000 lines rewritten between two kept ones: past the budget, counted by the
        // lines each side lacks, which here is the diff's own count.
        let old: String = (0..40_000).map(|i| format!("old {i}\n")).collect();
        let new: String = (0..40_000).map(|i| format!("new {i}\n")).collect();
        let (old, new) = (format!("top\n{old}end\n"), format!("top\n{new}end\n"));
        assert_eq!(line_changes(&old, &new), (40_000, 40_000));
    }
}
