//! `transync diff` for people: per translation, the English blocks that changed since its
//! base as a colored unified (or word-level) diff, with severity and the translation's
//! lines to update; cosmetic edits are only counted; then structural drift.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use crate::analysis::short;
use crate::changes::{ChangedBlock, Op};
use crate::report::{Origin, Report, Status, Translation};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const RED: Style = AnsiColor::Red.on_default();
const GREEN: Style = AnsiColor::Green.on_default();
const CYAN: Style = AnsiColor::Cyan.on_default();

pub fn render(report: &Report, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let Some(doc) = report.documents.first() else {
        return writeln!(out, "no translation to compare");
    };
    let source = doc.source_path.as_deref().unwrap_or("(no English source)");
    writeln!(
        out,
        "{BOLD}{}{BOLD:#} {DIM}English: {source}{DIM:#}",
        doc.id
    )?;
    if doc.translations.is_empty() {
        writeln!(out, "\nno translations in the selected languages")?;
    }
    for t in &doc.translations {
        writeln!(out)?;
        translation(t, word, out)?;
    }
    Ok(())
}

fn translation(t: &Translation, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let path = t.path.as_deref().unwrap_or("(missing)");
    write!(
        out,
        "{BOLD}{path}{BOLD:#} ({}) — {}",
        t.language,
        t.status.as_str()
    )?;
    if let Some(severity) = t.severity {
        write!(out, ", {}", severity.as_str())?;
    }
    if let Some(base) = &t.base {
        let origin = match base.origin {
            Origin::Recorded => "recorded",
            Origin::Inferred => "inferred",
        };
        write!(out, ", base {} ({origin})", short(base.commit))?;
    }
    if t.commits_behind > 0 {
        write!(
            out,
            ", {} English commit{} since",
            t.commits_behind,
            if t.commits_behind == 1 { "" } else { "s" }
        )?;
    }
    writeln!(out)?;
    if let Some(message) = &t.message {
        writeln!(out, "  {DIM}{message}{DIM:#}")?;
    }
    match t.status {
        Status::Missing | Status::Orphaned | Status::Error => return Ok(()),
        Status::Current if t.changed_blocks.is_empty() => {
            writeln!(
                out,
                "  nothing to translate: the English has not really changed since the base"
            )?;
        }
        _ => {}
    }
    for block in &t.changed_blocks {
        changed_block(block, word, out)?;
    }
    if t.cosmetic_changes > 0 {
        let n = t.cosmetic_changes;
        writeln!(
            out,
            "  {DIM}{n} cosmetic change{} (wrapping, emphasis, bullets, heading or fence style, link form, untranslatable front matter) not shown{DIM:#}",
            if n == 1 { "" } else { "s" }
        )?;
    }
    if !t.drift.is_empty() {
        writeln!(
            out,
            "  {BOLD}drift{BOLD:#} (English now vs translation now):"
        )?;
        for d in &t.drift {
            writeln!(
                out,
                "    {} ({}): {}",
                d.what,
                d.severity.as_str(),
                d.message
            )?;
        }
    }
    Ok(())
}

fn lines(range: &Option<std::ops::Range<usize>>) -> Option<String> {
    let r = range.as_ref()?;
    Some(match r.end.saturating_sub(r.start) {
        0 => format!("insert after line {}", r.start.saturating_sub(1)),
        1 => format!("line {}", r.start),
        _ => format!("lines {}–{}", r.start, r.end - 1),
    })
}

fn changed_block(block: &ChangedBlock, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let english = match block.op {
        Op::Removed => lines(&block.english_before).map(|l| format!("English {l} at the base")),
        _ => lines(&block.english_after).map(|l| format!("English {l}")),
    };
    let target = lines(&block.translation).map(|l| format!("translation {l}"));
    let place = [english, target]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" → ");
    writeln!(
        out,
        "\n  {CYAN}@@ {} {} ({}){}{CYAN:#}",
        block.kind,
        block.op.as_str(),
        block.severity.as_str(),
        if place.is_empty() {
            String::new()
        } else {
            format!(" — {place}")
        }
    )?;
    let before = block.before.as_deref().unwrap_or("");
    let after = block.after.as_deref().unwrap_or("");
    if word && block.op == Op::Changed {
        // Runs of the same kind are shown as one: `[-old words-]{+new words+}`.
        let mut runs: Vec<(ChangeTag, String)> = Vec::new();
        for change in TextDiff::from_words(before, after).iter_all_changes() {
            match runs.last_mut() {
                Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
                _ => runs.push((change.tag(), change.value().to_string())),
            }
        }
        write!(out, "    ")?;
        for (tag, text) in runs {
            let text = text.replace('\n', "\n    ");
            match tag {
                ChangeTag::Equal => write!(out, "{text}")?,
                ChangeTag::Delete => write!(out, "{RED}[-{text}-]{RED:#}")?,
                ChangeTag::Insert => write!(out, "{GREEN}{{+{text}+}}{GREEN:#}")?,
            }
        }
        return writeln!(out);
    }
    line_diff(before, after, out)
}

/// A colored unified diff of two texts, line by line, indented under its header.
fn line_diff(before: &str, after: &str, out: &mut dyn Write) -> io::Result<()> {
    for change in TextDiff::from_lines(before, after).iter_all_changes() {
        let value = change.value().trim_end_matches('\n');
        match change.tag() {
            ChangeTag::Equal => writeln!(out, "    {value}")?,
            ChangeTag::Delete => writeln!(out, "  {RED}- {value}{RED:#}")?,
            ChangeTag::Insert => writeln!(out, "  {GREEN}+ {value}{GREEN:#}")?,
        }
    }
    Ok(())
}

/// The English messages that changed since each Fluent file's base, before and after.
pub fn fluent(files: &[crate::locales::FluentFile], out: &mut dyn Write) -> io::Result<()> {
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let c = f.report.counts;
        write!(
            out,
            "{BOLD}{}{BOLD:#} ({}) — {} current, {} stale, {} missing",
            f.path, f.language, c.current, c.stale, c.missing
        )?;
        if let Some(base) = &f.base {
            let origin = match base.origin {
                Origin::Recorded => "recorded",
                Origin::Inferred => "inferred",
            };
            write!(out, ", base {} ({origin})", short(base.commit))?;
        }
        writeln!(out)?;
        if !f.exists {
            writeln!(out, "  {DIM}not translated yet{DIM:#}")?;
            continue;
        }
        if let Some(message) = &f.message {
            writeln!(out, "  {DIM}{message}{DIM:#}")?;
        }
        for x in &f.report.findings {
            if x.check == crate::ftl::Check::Stale {
                let id = x.id.as_deref().unwrap_or("?");
                writeln!(
                    out,
                    "\n  {CYAN}@@ {id} changed in English — translation line {}{CYAN:#}",
                    x.line
                )?;
                let (before, after) = (
                    x.english_before.as_deref().unwrap_or(""),
                    x.english_after.as_deref().unwrap_or(""),
                );
                line_diff(before, after, out)?;
            }
        }
        let others: Vec<_> = f
            .report
            .findings
            .iter()
            .filter(|x| x.check != crate::ftl::Check::Stale)
            .collect();
        if !others.is_empty() {
            writeln!(out, "  {BOLD}other findings{BOLD:#}:")?;
            for x in others {
                let place = match x.file {
                    crate::ftl::Side::Translation => &f.path,
                    crate::ftl::Side::English => &f.english_path,
                };
                writeln!(
                    out,
                    "    {place}:{}:{}: {} {}: {}",
                    x.line,
                    x.column,
                    x.level.as_str(),
                    x.check.as_str(),
                    x.message
                )?;
            }
        }
    }
    Ok(())
}
