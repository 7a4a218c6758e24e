//! The human report of `status`: a documents × languages table (modules as one row with
//! their lessons beneath), what needs attention and why, then counts per language.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use crate::inventory::Kind;
use crate::model::Level;
use crate::model::{Origin, Status};
use crate::model::{short, visible};
use crate::policy::{Finding, Outcome};
use crate::report::{Counts, DocumentReport, Report, Translation};

/// `text` left-aligned in `width` terminal columns (CJK characters take two).
/// `text` (a path, an id, a label) padded to `width` columns, its control characters
/// shown rather than obeyed.
fn pad(text: &str, width: usize) -> String {
    let text = visible(text);
    format!("{text}{:n$}", "", n = width.saturating_sub(text.width()))
}

fn style(status: Status) -> Style {
    match status {
        Status::Current => AnsiColor::Green.on_default(),
        Status::Stale => AnsiColor::Yellow.on_default(),
        Status::Missing => AnsiColor::Red.on_default(),
        Status::Orphaned => AnsiColor::Magenta.on_default(),
        Status::Error => AnsiColor::Red.on_default().bold(),
    }
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// "layout: docs/{path} → docs/{lang}/{path} (detected: …)".
fn layout_line(layout: &crate::report::Layout) -> String {
    let patterns: Vec<String> = layout
        .collections
        .iter()
        .map(|c| {
            let pair = if c.source == c.translation {
                c.source.clone()
            } else {
                format!("{} → {}", c.source, c.translation)
            };
            if c.name.is_empty() || layout.collections.len() == 1 {
                pair
            } else {
                format!("{}: {pair}", c.name)
            }
        })
        .collect();
    tr!(
        "status-layout",
        patterns = patterns.join("; "),
        origin = layout.origin.ui()
    )
}

pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let at = if report.worktree {
        tr!("status-at-worktree", commit = short(report.revision))
    } else {
        tr!("status-at", commit = short(report.revision))
    };
    let langs: Vec<&str> = report.languages.iter().map(|l| l.as_str()).collect();
    writeln!(
        out,
        "{BOLD}{} → {}{BOLD:#} {DIM}{at}{DIM:#}",
        report.source_language,
        langs.join(", ")
    )?;
    if !report.layout.collections.is_empty() {
        writeln!(out, "{DIM}{}{DIM:#}", layout_line(&report.layout))?;
    }
    if report.languages.is_empty() {
        writeln!(
            out,
            "\n{}",
            tr!(
                "status-no-languages",
                source = report.source_language.as_str()
            )
        )?;
        return notes(report, out);
    }
    if report.documents.is_empty() {
        if report.fluent.is_empty() {
            writeln!(out, "\n{}", tr!("status-no-documents"))?;
        }
        fluent(report, out)?;
        return notes(report, out);
    }
    let rows = rows(report);
    let label_width = rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0)
        .max(8)
        + 2;
    // Each language column is as wide as its widest cell, plus two spaces.
    let widths: Vec<usize> = (0..langs.len())
        .map(|i| {
            rows.iter()
                .map(|r| r.cells[i].text.width())
                .chain([langs[i].width()])
                .max()
                .unwrap_or(0)
                + 2
        })
        .collect();
    writeln!(out)?;
    write!(
        out,
        "{BOLD}{}",
        pad(&tr!("status-column-document"), label_width)
    )?;
    for (i, lang) in langs.iter().enumerate() {
        let last = i + 1 == langs.len();
        write!(
            out,
            "{}",
            if last {
                lang.to_string()
            } else {
                pad(lang, widths[i])
            }
        )?;
    }
    writeln!(out, "{BOLD:#}")?;
    for row in &rows {
        write!(out, "{}", pad(&row.label, label_width))?;
        for (i, cell) in row.cells.iter().enumerate() {
            let last = i + 1 == row.cells.len();
            let style = style(cell.status);
            write!(out, "{style}{}{style:#}", cell.text)?;
            if !last {
                write!(out, "{:n$}", "", n = widths[i] - cell.text.width())?;
            }
        }
        writeln!(out)?;
    }
    let cells = || rows.iter().flat_map(|r| &r.cells);
    if cells().any(|c| c.behind) {
        writeln!(out, "{DIM}{}{DIM:#}", tr!("status-legend-behind"))?;
    }
    if cells().any(|c| c.text.ends_with('*')) {
        writeln!(out, "{DIM}{}{DIM:#}", tr!("status-legend-inferred"))?;
    }
    attention(report, out)?;
    summary(report, out)?;
    fluent(report, out)?;
    notes(report, out)
}

/// One line per translated `.ftl` file: its messages and what is wrong with them.
fn fluent(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    if report.fluent.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{BOLD}{}{BOLD:#}", tr!("status-fluent-heading"))?;
    let width = report
        .fluent
        .iter()
        .map(|f| f.path.width())
        .max()
        .unwrap_or(0)
        + 2;
    for f in &report.fluent {
        if !f.exists {
            let red = style(Status::Missing);
            writeln!(
                out,
                "  {}{red}{}{red:#} {}",
                pad(&f.path, width),
                label(Status::Missing),
                tr!("fluent-file-to-translate", count = f.report.counts.missing)
            )?;
            continue;
        }
        let c = f.report.counts;
        let errors = f
            .report
            .findings
            .iter()
            .filter(|x| x.level == crate::model::Level::Error)
            .count();
        let warnings = f.report.findings.len() - errors;
        write!(
            out,
            "  {}{}",
            pad(&f.path, width),
            tr!(
                "fluent-file-counts",
                current = c.current,
                stale = c.stale,
                missing = c.missing
            )
        )?;
        if errors > 0 {
            let red = style(Status::Error);
            write!(out, ", {red}{}{red:#}", tr!("count-errors", count = errors))?;
        }
        if warnings > 0 {
            write!(out, ", {}", tr!("count-warnings", count = warnings))?;
        }
        writeln!(out)?;
        let listed: Vec<_> = f
            .report
            .findings
            .iter()
            .filter(|x| {
                x.level == crate::model::Level::Error || x.check == crate::report::Check::Stale
            })
            .collect();
        let unlisted = f.report.findings.len() - listed.len();
        for x in listed {
            let path = visible(match x.file {
                crate::report::Side::Translation => &f.path,
                crate::report::Side::English => &f.english_path,
            });
            writeln!(
                out,
                "    {DIM}{path}:{}:{}: {}: {}{DIM:#}",
                x.line,
                x.column,
                x.check.as_str(),
                x.message.ui()
            )?;
        }
        // The overview keeps to what blocks or is behind; say where the rest is.
        if unlisted > 0 {
            writeln!(
                out,
                "    {DIM}{}{DIM:#}",
                tr!("fluent-unlisted-warnings", count = unlisted)
            )?;
        }
        if let Some(message) = &f.message {
            writeln!(out, "    {DIM}{}{DIM:#}", message.ui())?;
        }
    }
    let summary = report.fluent_summary();
    for lang in report.languages.iter().filter(|l| summary.contains_key(*l)) {
        let c = summary[lang];
        let total = c.current + c.stale + c.missing;
        let percent = if total == 0 {
            "-".to_string()
        } else {
            whole_percent(100.0 * c.current as f64 / total as f64)
        };
        writeln!(
            out,
            "  {BOLD}{:<8}{BOLD:#}{}",
            lang.as_str(),
            tr!(
                "fluent-language-counts",
                current = c.current,
                stale = c.stale,
                missing = c.missing,
                percent = percent
            )
        )?;
    }
    Ok(())
}

struct Row {
    label: String,
    cells: Vec<Cell>,
}

struct Cell {
    text: String,
    status: Status,
    /// Shows the number of commits behind: the legend explains it.
    behind: bool,
}

/// Table rows: articles as they are; a module as one aggregated row followed by its
/// index page and lessons, indented.
fn rows(report: &Report) -> Vec<Row> {
    let mut rows = Vec::new();
    for doc in &report.documents {
        match doc.kind {
            Kind::Lesson
                if report
                    .documents
                    .iter()
                    .any(|d| Some(&d.id) == doc.module.as_ref()) =>
            {
                // Printed under its module.
            }
            Kind::Module => {
                let members: Vec<&DocumentReport> = std::iter::once(doc)
                    .chain(
                        report
                            .documents
                            .iter()
                            .filter(|d| d.module.as_ref() == Some(&doc.id)),
                    )
                    .collect();
                let dir = doc.id.rsplit_once('/').map_or("", |(dir, _)| dir);
                rows.push(Row {
                    label: tr!("status-module-row", dir = dir, pages = members.len()),
                    cells: report
                        .languages
                        .iter()
                        .map(|lang| module_cell(&members, lang))
                        .collect(),
                });
                for member in members {
                    let name = member.id.rsplit('/').next().unwrap_or(&member.id);
                    rows.push(document_row(report, member, format!("  {name}")));
                }
            }
            _ => rows.push(document_row(report, doc, doc.id.clone())),
        }
    }
    rows
}

fn document_row(report: &Report, doc: &DocumentReport, label: String) -> Row {
    let cells = report
        .languages
        .iter()
        .map(
            |lang| match doc.translations.iter().find(|t| t.language == *lang) {
                Some(t) => cell(t),
                None => Cell {
                    text: "-".into(),
                    status: Status::Missing,
                    behind: false,
                },
            },
        )
        .collect();
    Row { label, cells }
}

fn cell(t: &Translation) -> Cell {
    let behind = t.status == Status::Stale && t.commits_behind > 0;
    let mut text = if t.draft {
        tr!("label-draft")
    } else {
        label(t.status)
    };
    if behind {
        text = format!("{text} ({})", t.commits_behind);
    }
    if t.base
        .as_ref()
        .is_some_and(|b| b.origin == Origin::Inferred)
    {
        text.push('*');
    }
    Cell {
        text,
        status: t.status,
        behind,
    }
}

/// The status word in the UI language.
pub(crate) fn label(status: Status) -> String {
    match status {
        Status::Current => tr!("label-current"),
        Status::Stale => tr!("label-stale"),
        Status::Missing => tr!("label-missing"),
        Status::Orphaned => tr!("label-orphaned"),
        Status::Error => tr!("label-error"),
    }
}

/// `current` when every page of the module is, else `n/m` coloured by the worst status.
fn module_cell(members: &[&DocumentReport], lang: &crate::model::Lang) -> Cell {
    let statuses: Vec<Status> = members
        .iter()
        .map(|d| {
            d.translations
                .iter()
                .find(|t| t.language == *lang)
                .map_or(Status::Missing, |t| t.status)
        })
        .collect();
    let current = statuses.iter().filter(|s| **s == Status::Current).count();
    if current == statuses.len() {
        return Cell {
            text: label(Status::Current),
            status: Status::Current,
            behind: false,
        };
    }
    let worst = [
        Status::Error,
        Status::Stale,
        Status::Orphaned,
        Status::Missing,
    ]
    .into_iter()
    .find(|s| statuses.contains(s))
    .unwrap_or(Status::Missing);
    Cell {
        text: tr!(
            "status-module-cell",
            current = current,
            total = statuses.len()
        ),
        status: worst,
        behind: false,
    }
}

/// Stale, orphaned and broken translations with what happened and what to do.
fn attention(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    // Labels in one column, as wide as the widest word of the UI language.
    let width = Status::ALL
        .iter()
        .map(|s| label(*s).width())
        .chain([tr!("label-drift").width(), 8])
        .max()
        .unwrap_or(8);
    let indent = " ".repeat(width + 3);
    // Current translations with drift are listed too: the translator may have skipped a part.
    for status in [
        Status::Stale,
        Status::Current,
        Status::Orphaned,
        Status::Error,
    ] {
        for doc in &report.documents {
            let listed = |t: &&Translation| {
                t.status == status && (status != Status::Current || !t.drift.is_empty())
            };
            for t in doc.translations.iter().filter(listed) {
                if first {
                    writeln!(out, "\n{BOLD}{}{BOLD:#}", tr!("status-attention-heading"))?;
                    first = false;
                }
                let (label, style) = match status {
                    Status::Current => (tr!("label-drift"), AnsiColor::Magenta.on_default()),
                    other => (label(other), style(other)),
                };
                let label = pad(&label, width);
                let place = match (&t.path, t.line) {
                    (Some(path), Some(line)) => format!("{}:{line}", visible(path)),
                    (Some(path), None) => visible(path).into_owned(),
                    (None, _) => visible(&doc.id).into_owned(),
                };
                writeln!(out, "  {style}{label}{style:#} {place}")?;
                let mut details = Vec::new();
                if status == Status::Stale {
                    details.push(stale_detail(t));
                }
                details.extend(t.message.as_ref().map(|m| m.ui()));
                // A page missing most of its sections has hundreds of findings: the
                // overview shows the first few and where the rest are.
                details.extend(
                    t.drift
                        .iter()
                        .take(DRIFT_SHOWN)
                        .map(|d| tr!("status-drift-detail", message = d.message.ui())),
                );
                if t.drift.len() > DRIFT_SHOWN {
                    details.push(tr!(
                        "status-drift-more",
                        count = t.drift.len() - DRIFT_SHOWN,
                        path = visible(t.path.as_deref().unwrap_or(&doc.id)).into_owned()
                    ));
                }
                for detail in details {
                    writeln!(out, "{indent}{DIM}{detail}{DIM:#}")?;
                }
            }
        }
    }
    Ok(())
}

/// Drift findings listed per translation in the status overview.
const DRIFT_SHOWN: usize = 5;

fn stale_detail(t: &Translation) -> String {
    let mut parts: Vec<String> = t.behind().iter().map(|m| m.ui()).collect();
    parts.push(tr!(
        "detail-lines",
        added = t.lines_added,
        removed = t.lines_removed
    ));
    if let Some(severity) = t.severity {
        parts.push(severity_label(severity));
    }
    if t.cosmetic_changes > 0 {
        parts.push(tr!("detail-cosmetic", count = t.cosmetic_changes));
    }
    if let Some(base) = &t.base {
        let commit = short(base.commit);
        parts.push(match (base.origin, base.key) {
            (Origin::Recorded, Some(key)) => {
                tr!("detail-base-recorded", commit = commit, key = key)
            }
            (Origin::Recorded, None) => tr!("detail-base-front-matter", commit = commit),
            (Origin::Inferred, _) => tr!("detail-base-inferred", commit = commit),
        });
    }
    parts.join(", ")
}

fn summary(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // Right-aligned columns at least ten wide, wider when a translated heading needs it.
    let headings: Vec<String> = Status::ALL
        .iter()
        .map(|s| label(*s))
        .chain([tr!("status-percent-current")])
        .collect();
    let widths: Vec<usize> = headings.iter().map(|h| (h.width() + 2).max(10)).collect();
    let right = |text: &str, width: usize| {
        format!("{:n$}{text}", "", n = width.saturating_sub(text.width()))
    };
    writeln!(out)?;
    write!(out, "{BOLD}{:<8}", "")?;
    for (heading, width) in headings.iter().zip(&widths) {
        write!(out, "{}", right(heading, *width))?;
    }
    writeln!(out, "{BOLD:#}")?;
    let summary = report.summary();
    for lang in &report.languages {
        let counts = summary.get(lang).copied().unwrap_or_default();
        write!(out, "{:<8}", lang.as_str())?;
        for (status, width) in Status::ALL.iter().zip(&widths) {
            let n = counts.get(*status);
            let style = if n > 0 { style(*status) } else { DIM };
            write!(out, "{style}{}{style:#}", right(&n.to_string(), *width))?;
        }
        writeln!(
            out,
            "{}",
            right(&percent(&counts), widths[Status::ALL.len()])
        )?;
    }
    Ok(())
}

fn percent(counts: &Counts) -> String {
    counts.percent_current().map_or("-".into(), whole_percent)
}

/// Rounded down, so that 100% means everything: 226 of 227 is 99%, not 100%.
fn whole_percent(p: f64) -> String {
    format!("{:.0}%", p.floor())
}

fn notes(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for note in &report.notes {
        let cyan = AnsiColor::Cyan.on_default().bold();
        writeln!(out, "\n{cyan}{}:{cyan:#} {}", tr!("note-prefix"), note.ui())?;
    }
    Ok(())
}

fn level_style(level: Level) -> Style {
    match level {
        Level::Error => AnsiColor::Red.on_default().bold(),
        Level::Warning => AnsiColor::Yellow.on_default().bold(),
        Level::Note => AnsiColor::Cyan.on_default(),
    }
}

/// `check`'s text output: findings grouped by language, as `path:line: level[kind]: …`
/// so editors and terminals can jump to them, then one summary line.
pub(crate) fn check(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    for lang in &report.languages {
        let findings: Vec<&Finding> = outcome.for_language(lang).collect();
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "{BOLD}{lang}{BOLD:#}")?;
        for f in findings {
            let place = f.place();
            let place = visible(&place);
            let style = level_style(f.level);
            writeln!(
                out,
                "  {place}: {style}{}[{}]{style:#}: {}",
                level_label(f.level),
                f.kind.as_str(),
                f.message.ui()
            )?;
        }
    }
    let counts = super::counts_phrase(outcome, crate::model::i18n::ui());
    if !outcome.findings.is_empty() {
        writeln!(out)?;
    }
    if outcome.passed() {
        let green = AnsiColor::Green.on_default().bold();
        writeln!(out, "{green}{}{green:#}: {counts}", tr!("check-passed"))?;
    } else {
        let red = level_style(Level::Error);
        writeln!(out, "{red}{}{red:#}: {counts}", tr!("check-failed"))?;
    }
    if outcome.outside_change > 0 {
        writeln!(
            out,
            "{DIM}{}{DIM:#}",
            tr!("check-outside-change", count = outcome.outside_change)
        )?;
    }
    notes(report, out)
}

fn level_label(level: Level) -> String {
    match level {
        Level::Error => tr!("level-error"),
        Level::Warning => tr!("level-warning"),
        Level::Note => tr!("level-note"),
    }
}

pub(crate) fn severity_label(severity: crate::model::Severity) -> String {
    match severity {
        crate::model::Severity::Minor => tr!("severity-minor"),
        crate::model::Severity::Major => tr!("severity-major"),
    }
}
