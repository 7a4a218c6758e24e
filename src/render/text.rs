//! The human report of `status`: a documents × languages table (modules as one row with
//! their lessons beneath), what needs attention and why, then counts per language.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use crate::analysis::short;
use crate::inventory::Kind;
use crate::policy::{Finding, Level, Outcome};
use crate::report::{Counts, DocumentReport, Origin, Report, Status, Translation};

/// `text` left-aligned in `width` terminal columns (CJK characters take two).
fn pad(text: &str, width: usize) -> String {
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

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let at = if report.worktree {
        format!("HEAD {} + working tree", short(report.revision))
    } else {
        short(report.revision)
    };
    let langs: Vec<&str> = report.languages.iter().map(|l| l.as_str()).collect();
    writeln!(
        out,
        "{BOLD}{} → {}{BOLD:#} {DIM}at {at}{DIM:#}",
        report.source_language,
        langs.join(", ")
    )?;
    if report.languages.is_empty() {
        writeln!(
            out,
            "\nno target languages: add a directory per language next to {src}/ (e.g. es/) \
             or list them in `languages` in transync.toml",
            src = report.source_language
        )?;
        return notes(report, out);
    }
    if report.documents.is_empty() {
        if report.fluent.is_empty() {
            writeln!(out, "\nno documents to report")?;
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
    write!(out, "{BOLD}{}", pad("DOCUMENT", label_width))?;
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
    if cells().any(|c| c.text.starts_with("stale (")) {
        writeln!(
            out,
            "{DIM}stale (N): N English commits since the translation's base{DIM:#}"
        )?;
    }
    if cells().any(|c| c.text.ends_with('*')) {
        writeln!(
            out,
            "{DIM}* base inferred from the last commit that changed the translation \
             (none recorded in its front matter){DIM:#}"
        )?;
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
    writeln!(out, "\n{BOLD}Fluent messages{BOLD:#}")?;
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
                "  {}{red}missing{red:#} ({} messages to translate)",
                pad(&f.path, width),
                f.report.counts.missing
            )?;
            continue;
        }
        let c = f.report.counts;
        let errors = f
            .report
            .findings
            .iter()
            .filter(|x| x.level == crate::ftl::Level::Error)
            .count();
        let warnings = f.report.findings.len() - errors;
        write!(
            out,
            "  {}{} current, {} stale, {} missing",
            pad(&f.path, width),
            c.current,
            c.stale,
            c.missing
        )?;
        if errors > 0 {
            let red = style(Status::Error);
            write!(
                out,
                ", {red}{errors} error{}{red:#}",
                if errors == 1 { "" } else { "s" }
            )?;
        }
        if warnings > 0 {
            write!(
                out,
                ", {warnings} warning{}",
                if warnings == 1 { "" } else { "s" }
            )?;
        }
        writeln!(out)?;
        for x in
            f.report.findings.iter().filter(|x| {
                x.level == crate::ftl::Level::Error || x.check == crate::ftl::Check::Stale
            })
        {
            let path = match x.file {
                crate::ftl::Side::Translation => &f.path,
                crate::ftl::Side::English => &f.english_path,
            };
            writeln!(
                out,
                "    {DIM}{path}:{}:{}: {}: {}{DIM:#}",
                x.line,
                x.column,
                x.check.as_str(),
                x.message
            )?;
        }
        if let Some(message) = &f.message {
            writeln!(out, "    {DIM}{message}{DIM:#}")?;
        }
    }
    let summary = report.fluent_summary();
    for lang in report.languages.iter().filter(|l| summary.contains_key(*l)) {
        let c = summary[lang];
        let total = c.current + c.stale + c.missing;
        let percent = if total == 0 {
            "-".to_string()
        } else {
            format!("{:.0}%", 100.0 * c.current as f64 / total as f64)
        };
        writeln!(
            out,
            "  {BOLD}{:<8}{BOLD:#}{} current, {} stale, {} missing messages ({percent} current)",
            lang.as_str(),
            c.current,
            c.stale,
            c.missing
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
                    label: format!("{dir}/ (module, {} pages)", members.len()),
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
                },
            },
        )
        .collect();
    Row { label, cells }
}

fn cell(t: &Translation) -> Cell {
    let mut text = t.status.as_str().to_string();
    if t.status == Status::Stale && t.commits_behind > 0 {
        text = format!("stale ({})", t.commits_behind);
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
    }
}

/// `current` when every page of the module is, else `n/m` coloured by the worst status.
fn module_cell(members: &[&DocumentReport], lang: &crate::lang::Lang) -> Cell {
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
            text: "current".into(),
            status: Status::Current,
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
        text: format!("{current}/{} current", statuses.len()),
        status: worst,
    }
}

/// Stale, orphaned and broken translations with what happened and what to do.
fn attention(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
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
                    writeln!(out, "\n{BOLD}Needs attention{BOLD:#}")?;
                    first = false;
                }
                let (label, style) = match status {
                    Status::Current => ("drift", AnsiColor::Magenta.on_default()),
                    other => (other.as_str(), style(other)),
                };
                let place = match (&t.path, t.line) {
                    (Some(path), Some(line)) => format!("{path}:{line}"),
                    (Some(path), None) => path.clone(),
                    (None, _) => doc.id.clone(),
                };
                writeln!(out, "  {style}{label:<8}{style:#} {place}")?;
                let mut details = Vec::new();
                if status == Status::Stale {
                    details.push(stale_detail(t));
                }
                details.extend(t.message.clone());
                details.extend(t.drift.iter().map(|d| format!("drift: {}", d.message)));
                for detail in details {
                    writeln!(out, "           {DIM}{detail}{DIM:#}")?;
                }
            }
        }
    }
    Ok(())
}

fn stale_detail(t: &Translation) -> String {
    let mut parts: Vec<String> = t.behind().into_iter().collect();
    parts.push(format!("+{} -{} lines", t.lines_added, t.lines_removed));
    if let Some(severity) = t.severity {
        parts.push(severity.as_str().to_string());
    }
    if t.cosmetic_changes > 0 {
        parts.push(format!("{} cosmetic", t.cosmetic_changes));
    }
    if let Some(base) = &t.base {
        let origin = match base.origin {
            Origin::Recorded => format!("recorded in `{}`", base.key.unwrap_or("front matter")),
            Origin::Inferred => "inferred".to_string(),
        };
        parts.push(format!("base {} ({origin})", short(base.commit)));
    }
    parts.join(", ")
}

fn summary(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    write!(out, "{BOLD}{:<8}", "")?;
    for status in Status::ALL {
        write!(out, "{:>10}", status.as_str())?;
    }
    writeln!(out, "{:>10}{BOLD:#}", "% current")?;
    let summary = report.summary();
    for lang in &report.languages {
        let counts = summary.get(lang).copied().unwrap_or_default();
        write!(out, "{:<8}", lang.as_str())?;
        for status in Status::ALL {
            let n = counts.get(status);
            let style = if n > 0 { style(status) } else { DIM };
            write!(out, "{style}{n:>10}{style:#}")?;
        }
        writeln!(out, "{:>10}", percent(&counts))?;
    }
    Ok(())
}

fn percent(counts: &Counts) -> String {
    counts
        .percent_current()
        .map_or("-".into(), |p| format!("{p:.0}%"))
}

fn notes(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for note in &report.notes {
        writeln!(
            out,
            "\n{}note:{:#} {note}",
            AnsiColor::Cyan.on_default().bold(),
            AnsiColor::Cyan.on_default().bold()
        )?;
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
pub fn check(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    for lang in &report.languages {
        let findings: Vec<&Finding> = outcome.for_language(lang).collect();
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "{BOLD}{lang}{BOLD:#}")?;
        for f in findings {
            let place = f.place();
            let style = level_style(f.level);
            writeln!(
                out,
                "  {place}: {style}{}[{}]{style:#}: {}",
                f.level.as_str(),
                f.kind.as_str(),
                f.message
            )?;
        }
    }
    let counts = super::counts_phrase(outcome);
    if !outcome.findings.is_empty() {
        writeln!(out)?;
    }
    if outcome.passed() {
        let green = AnsiColor::Green.on_default().bold();
        writeln!(out, "{green}check passed{green:#}: {counts}")?;
    } else {
        let red = level_style(Level::Error);
        writeln!(out, "{red}check failed{red:#}: {counts}")?;
    }
    if outcome.outside_change > 0 {
        writeln!(
            out,
            "{DIM}{} finding{} in translations the change did not touch not shown{DIM:#}",
            outcome.outside_change,
            plural(outcome.outside_change)
        )?;
    }
    notes(report, out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
