//! The JSON wire format of `status`. Built from dedicated structs with a `version` so the
//! internal types can change without breaking scripts; fields are only ever added.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::inventory::Kind;
use crate::model::Lang;
use crate::model::Level;
use crate::model::{Origin, timestamp};
use crate::policy::Outcome;
use crate::report::{Counts, FluentCounts, Report, SkipReason, Skipped};

/// Bumped only for incompatible changes; new fields do not bump it.
pub(crate) const VERSION: u32 = 1;

#[derive(Serialize)]
struct Wire<'a> {
    version: u32,
    revision: String,
    worktree: bool,
    source_language: &'a str,
    languages: Vec<&'a str>,
    documents: Vec<WireDocument<'a>>,
    summary: BTreeMap<&'a str, WireCounts>,
    fluent: Vec<WireFluent<'a>>,
    /// Fluent messages per language, over all its files.
    fluent_summary: BTreeMap<String, FluentCounts>,
    notes: Vec<String>,
    layout: WireLayout<'a>,
}

#[derive(Serialize)]
struct WireLayout<'a> {
    /// Why this layout, in English: the configuration file or what it was detected from.
    origin: String,
    collections: Vec<WireCollection<'a>>,
}

#[derive(Serialize)]
struct WireCollection<'a> {
    name: &'a str,
    source: &'a str,
    translation: &'a str,
}

#[derive(Serialize)]
struct WireFluent<'a> {
    language: &'a str,
    path: &'a str,
    english_path: &'a str,
    exists: bool,
    base: Option<WireBase>,
    counts: &'a FluentCounts,
    findings: Vec<WireFluentFinding<'a>>,
    message: Option<String>,
}

#[derive(Serialize)]
struct WireFluentFinding<'a> {
    check: &'static str,
    level: &'static str,
    /// The file `line` and `column` are in.
    path: &'a str,
    id: Option<&'a str>,
    line: usize,
    column: usize,
    message: String,
    english_before: Option<&'a str>,
    english_after: Option<&'a str>,
}

fn wire_base(b: &crate::model::Base) -> WireBase {
    WireBase {
        commit: b.commit.to_string(),
        origin: match b.origin {
            Origin::Recorded => "recorded",
            Origin::Inferred => "inferred",
        },
        key: b.key,
        date: timestamp(b.time),
    }
}

#[derive(Serialize)]
struct WireDocument<'a> {
    id: &'a str,
    kind: Kind,
    module: Option<&'a str>,
    source_path: Option<&'a str>,
    translations: Vec<WireTranslation<'a>>,
}

#[derive(Serialize)]
struct WireTranslation<'a> {
    language: &'a str,
    path: Option<&'a str>,
    status: &'static str,
    /// Only when true: a scaffolded file (`draft: true`), counted as missing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    draft: bool,
    base: Option<WireBase>,
    commits_behind: u32,
    stale_since: Option<String>,
    lines_added: u32,
    lines_removed: u32,
    severity: Option<&'static str>,
    cosmetic_changes: u32,
    changed_blocks: Vec<WireChangedBlock<'a>>,
    drift: Vec<WireDrift<'a>>,
    /// Newer commits of the translation passed over when inferring its base.
    base_skipped: Vec<WireSkipped<'a>>,
    /// English commits since the base whose changes need no translation.
    english_skipped: Vec<WireSkipped<'a>>,
    line: Option<usize>,
    message: Option<String>,
}

#[derive(Serialize)]
struct WireSkipped<'a> {
    commit: String,
    date: String,
    /// `cosmetic`, `bulk` or `message`.
    reason: &'static str,
    /// For `bulk`: the languages the commit changed the page in, English included.
    #[serde(skip_serializing_if = "Option::is_none")]
    languages: Option<u32>,
    /// For `message`: the keyword or trailer found.
    #[serde(skip_serializing_if = "Option::is_none")]
    keyword: Option<&'a str>,
}

fn wire_skipped(skipped: &[Skipped]) -> Vec<WireSkipped<'_>> {
    skipped
        .iter()
        .map(|s| WireSkipped {
            commit: s.commit.to_string(),
            date: timestamp(s.time),
            reason: s.reason.name(),
            languages: match s.reason {
                SkipReason::Bulk { languages } => Some(languages),
                _ => None,
            },
            keyword: match &s.reason {
                SkipReason::Message { keyword } => Some(keyword),
                _ => None,
            },
        })
        .collect()
}

#[derive(Serialize)]
struct WireChangedBlock<'a> {
    kind: &'a str,
    change: &'static str,
    severity: &'static str,
    /// English line ranges `[first, last]` at the base and now.
    english_before: Option<[usize; 2]>,
    english_after: Option<[usize; 2]>,
    /// Translation lines to update; for an added block `[n, n - 1]`: insert after line n - 1.
    translation: Option<[usize; 2]>,
    before: Option<&'a str>,
    after: Option<&'a str>,
}

#[derive(Serialize)]
struct WireDrift<'a> {
    what: &'a str,
    severity: &'static str,
    english_line: Option<usize>,
    translation_line: Option<usize>,
    message: String,
}

/// `[first, last]` of a half-open line range.
fn span(range: &Option<std::ops::Range<usize>>) -> Option<[usize; 2]> {
    range.as_ref().map(|r| [r.start, r.end.saturating_sub(1)])
}

#[derive(Serialize)]
struct WireBase {
    commit: String,
    origin: &'static str,
    key: Option<&'static str>,
    date: String,
}

#[derive(Serialize)]
struct WireCounts {
    current: usize,
    stale: usize,
    missing: usize,
    orphaned: usize,
    error: usize,
    total: usize,
    percent_current: Option<f64>,
}

pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    write(out, &wire(report, &summary))
}

fn write(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

#[derive(Serialize)]
struct CheckWire<'a> {
    #[serde(flatten)]
    status: Wire<'a>,
    findings: Vec<WireFinding<'a>>,
    check: WireCheck,
}

#[derive(Serialize)]
struct WireFinding<'a> {
    kind: &'static str,
    level: &'static str,
    language: &'a str,
    document: &'a str,
    path: &'a str,
    line: Option<usize>,
    severity: Option<&'static str>,
    message: String,
}

#[derive(Serialize)]
struct WireCheck {
    passed: bool,
    errors: usize,
    warnings: usize,
    notes: usize,
    /// Findings left out by `--changed-since`.
    outside_change: usize,
}

/// `check --format json`: the status format plus `findings` and a `check` verdict.
pub(crate) fn check(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    let value = CheckWire {
        status: wire(report, &summary),
        findings: outcome
            .findings
            .iter()
            .map(|f| WireFinding {
                kind: f.kind.as_str(),
                level: f.level.as_str(),
                language: f.language.as_str(),
                document: &f.document,
                path: &f.path,
                line: f.line,
                severity: f.severity.map(|s| s.as_str()),
                message: f.message.english(),
            })
            .collect(),
        check: WireCheck {
            passed: outcome.passed(),
            errors: outcome.count(Level::Error),
            warnings: outcome.count(Level::Warning),
            notes: outcome.count(Level::Note),
            outside_change: outcome.outside_change,
        },
    };
    write(out, &value)
}

fn wire<'a>(report: &'a Report, summary: &'a BTreeMap<Lang, Counts>) -> Wire<'a> {
    Wire {
        version: VERSION,
        revision: report.revision.to_string(),
        worktree: report.worktree,
        source_language: report.source_language.as_str(),
        languages: report.languages.iter().map(|l| l.as_str()).collect(),
        documents: report
            .documents
            .iter()
            .map(|doc| WireDocument {
                id: &doc.id,
                kind: doc.kind,
                module: doc.module.as_deref(),
                source_path: doc.source_path.as_deref(),
                translations: doc
                    .translations
                    .iter()
                    .map(|t| WireTranslation {
                        language: t.language.as_str(),
                        path: t.path.as_deref(),
                        status: t.status.as_str(),
                        draft: t.draft,
                        base: t.base.as_ref().map(wire_base),
                        commits_behind: t.commits_behind,
                        stale_since: t.stale_since.map(timestamp),
                        lines_added: t.lines_added,
                        lines_removed: t.lines_removed,
                        severity: t.severity.map(|s| s.as_str()),
                        cosmetic_changes: t.cosmetic_changes,
                        changed_blocks: t
                            .changed_blocks
                            .iter()
                            .map(|c| WireChangedBlock {
                                kind: &c.kind,
                                change: c.op.as_str(),
                                severity: c.severity.as_str(),
                                english_before: span(&c.english_before),
                                english_after: span(&c.english_after),
                                translation: span(&c.translation),
                                before: c.before.as_deref(),
                                after: c.after.as_deref(),
                            })
                            .collect(),
                        drift: t
                            .drift
                            .iter()
                            .map(|d| WireDrift {
                                what: &d.what,
                                severity: d.severity.as_str(),
                                english_line: d.english_line,
                                translation_line: d.translation_line,
                                message: d.message.english(),
                            })
                            .collect(),
                        base_skipped: wire_skipped(&t.base_skipped),
                        english_skipped: wire_skipped(&t.english_skipped),
                        line: t.line,
                        message: t.message.as_ref().map(|m| m.english()),
                    })
                    .collect(),
            })
            .collect(),
        summary: summary
            .iter()
            .map(|(lang, c)| {
                let counts = WireCounts {
                    current: c.current,
                    stale: c.stale,
                    missing: c.missing,
                    orphaned: c.orphaned,
                    error: c.error,
                    total: c.current + c.stale + c.missing + c.orphaned + c.error,
                    percent_current: c.percent_current().map(|p| (p * 10.0).round() / 10.0),
                };
                (lang.as_str(), counts)
            })
            .collect(),
        fluent: report
            .fluent
            .iter()
            .map(|f| WireFluent {
                language: f.language.as_str(),
                path: &f.path,
                english_path: &f.english_path,
                exists: f.exists,
                base: f.base.as_ref().map(wire_base),
                counts: &f.report.counts,
                findings: f
                    .report
                    .findings
                    .iter()
                    .map(|x| WireFluentFinding {
                        check: x.check.as_str(),
                        level: x.level.as_str(),
                        path: match x.file {
                            crate::report::Side::Translation => &f.path,
                            crate::report::Side::English => &f.english_path,
                        },
                        id: x.id.as_deref(),
                        line: x.line,
                        column: x.column,
                        message: x.message.english(),
                        english_before: x.english_before.as_deref(),
                        english_after: x.english_after.as_deref(),
                    })
                    .collect(),
                message: f.message.as_ref().map(|m| m.english()),
            })
            .collect(),
        fluent_summary: report
            .fluent_summary()
            .into_iter()
            .map(|(lang, counts)| (lang.to_string(), counts))
            .collect(),
        notes: report.notes.iter().map(|n| n.english()).collect(),
        layout: WireLayout {
            origin: report.layout.origin.english(),
            collections: report
                .layout
                .collections
                .iter()
                .map(|c| WireCollection {
                    name: &c.name,
                    source: &c.source,
                    translation: &c.translation,
                })
                .collect(),
        },
    }
}
