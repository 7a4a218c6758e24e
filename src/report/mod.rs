//! The result of an analysis, as data. Findings are data: a stale translation or a broken base
//! commit in one file is an entry here, and the run goes on. Renderers in `render/` turn a
//! [`Report`] into text or JSON; nothing here knows about output formats.

use std::collections::BTreeMap;

use git2::Oid;

use crate::inventory::Kind;
use crate::model::i18n::Message;
use crate::model::{Base, Lang, Severity, Status, date};

mod changes;
mod fluent;

pub(crate) use changes::{ChangedBlock, Drift, Op};
pub(crate) use fluent::FluentFile;
pub use fluent::{Check, FileReport, FluentCounts, FluentFinding, Side};

/// One document in one target language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Translation {
    pub language: Lang,
    /// The translation file, `None` when missing.
    pub path: Option<String>,
    pub status: Status,
    pub base: Option<Base>,
    /// Commits after the base that changed the English source.
    pub commits_behind: u32,
    /// Commit time of the oldest of those commits.
    pub stale_since: Option<i64>,
    pub lines_added: u32,
    pub lines_removed: u32,
    /// For stale translations.
    pub severity: Option<Severity>,
    /// English edits since the base that change nothing to translate.
    pub cosmetic_changes: u32,
    /// Real English changes since the base, mapped onto the translation.
    pub changed_blocks: Vec<ChangedBlock>,
    /// Structural differences between English now and the translation now.
    pub drift: Vec<Drift>,
    /// 1-based line the message is about (errors in front matter).
    pub line: Option<usize>,
    /// Human explanation: why it is stale, orphaned or broken, and how to fix it.
    pub message: Option<Message>,
    /// The file says `draft: true`: scaffolded, not translated yet. A draft is never
    /// current (its status is `Missing`), whatever its recorded base says.
    pub draft: bool,
    /// Newer commits of the translation passed over when inferring its base, newest first.
    pub base_skipped: Vec<Skipped>,
    /// English commits since the base whose changes need no translation, newest first.
    pub english_skipped: Vec<Skipped>,
}

/// A commit passed over, and why: never silent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Skipped {
    pub commit: Oid,
    pub time: i64,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SkipReason {
    /// It only changed what no translation changes: whitespace, line endings, markup
    /// style, link targets, untranslatable front-matter keys.
    Cosmetic,
    /// It changed this page in `languages` languages at once (English included).
    Bulk { languages: u32 },
    /// Its message says so: a keyword or a `Translation: none` trailer.
    Message { keyword: String },
}

impl SkipReason {
    /// The name in the JSON and in `diff`.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            SkipReason::Cosmetic => "cosmetic",
            SkipReason::Bulk { .. } => "bulk",
            SkipReason::Message { .. } => "message",
        }
    }
}

impl Translation {
    /// "2 English commits behind since 2025-03-01", when commits are behind.
    pub(crate) fn behind(&self) -> Option<Message> {
        if self.commits_behind == 0 {
            return None;
        }
        Some(match self.stale_since {
            Some(since) => msg!(
                "commits-behind-since",
                count = self.commits_behind,
                date = date(since)
            ),
            None => msg!("commits-behind", count = self.commits_behind),
        })
    }

    pub(crate) fn new(language: Lang, path: Option<String>, status: Status) -> Translation {
        Translation {
            language,
            path,
            status,
            base: None,
            commits_behind: 0,
            stale_since: None,
            lines_added: 0,
            lines_removed: 0,
            severity: None,
            cosmetic_changes: 0,
            changed_blocks: Vec::new(),
            drift: Vec::new(),
            line: None,
            message: None,
            draft: false,
            base_skipped: Vec::new(),
            english_skipped: Vec::new(),
        }
    }
}

/// One document and its translations in the selected languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocumentReport {
    pub id: String,
    pub kind: Kind,
    pub module: Option<String>,
    /// The English file, `None` for orphans.
    pub source_path: Option<String>,
    pub translations: Vec<Translation>,
}

/// Counts of statuses for one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub current: usize,
    pub stale: usize,
    pub missing: usize,
    pub orphaned: usize,
    pub error: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, status: Status) {
        *self.slot(status) += 1;
    }

    pub(crate) fn get(&self, status: Status) -> usize {
        match status {
            Status::Current => self.current,
            Status::Stale => self.stale,
            Status::Missing => self.missing,
            Status::Orphaned => self.orphaned,
            Status::Error => self.error,
        }
    }

    fn slot(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Current => &mut self.current,
            Status::Stale => &mut self.stale,
            Status::Missing => &mut self.missing,
            Status::Orphaned => &mut self.orphaned,
            Status::Error => &mut self.error,
        }
    }

    /// Share of translations that are current among those that should exist (orphans
    /// are not part of the English site, so they do not count).
    pub(crate) fn percent_current(&self) -> Option<f64> {
        let total = self.current + self.stale + self.missing + self.error;
        (total > 0).then(|| 100.0 * self.current as f64 / total as f64)
    }
}

/// Which layout the documents were found with, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The configuration file, or what the layout was detected from.
    pub origin: Message,
    pub collections: Vec<LayoutCollection>,
}

/// One collection's patterns, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LayoutCollection {
    pub name: String,
    pub source: String,
    pub translation: String,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            origin: msg!("layout-from-file"),
            collections: Vec::new(),
        }
    }
}

/// The whole analysis.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Report {
    /// The commit analysed (HEAD when `worktree`).
    pub revision: Oid,
    /// Its committer time: "now" for age limits, so that runs are reproducible.
    pub revision_time: i64,
    /// Whether uncommitted changes in the working tree were included.
    pub worktree: bool,
    pub source_language: Lang,
    pub languages: Vec<Lang>,
    pub documents: Vec<DocumentReport>,
    /// Run-wide remarks, such as a shallow clone.
    pub notes: Vec<Message>,
    pub layout: Layout,
    /// The translated Fluent (`.ftl`) files under the locales root.
    pub fluent: Vec<FluentFile>,
}

impl Report {
    /// Fluent messages per language, over all of its `.ftl` files.
    pub(crate) fn fluent_summary(&self) -> BTreeMap<Lang, FluentCounts> {
        let mut summary: BTreeMap<Lang, FluentCounts> = BTreeMap::new();
        for f in &self.fluent {
            let total = summary.entry(f.language.clone()).or_default();
            total.current += f.report.counts.current;
            total.stale += f.report.counts.stale;
            total.missing += f.report.counts.missing;
        }
        summary
    }

    /// Status counts per language, in `languages` order.
    pub(crate) fn summary(&self) -> BTreeMap<Lang, Counts> {
        let mut summary: BTreeMap<Lang, Counts> = self
            .languages
            .iter()
            .map(|l| (l.clone(), Counts::default()))
            .collect();
        for doc in &self.documents {
            for t in &doc.translations {
                summary.entry(t.language.clone()).or_default().add(t.status);
            }
        }
        summary
    }
}
