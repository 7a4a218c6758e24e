//! `transync diff` for people: per translation, the English blocks that changed since its
//! base as a colored unified (or word-level) diff, with severity and the translation's
//! lines to update; cosmetic edits are only counted; then structural drift.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use crate::model::i18n::Message;
use crate::model::{Origin, Status};
use crate::model::{date, short};
use crate::render::text::{label, severity_label};
use crate::report::{ChangedBlock, Op, SkipReason, Skipped};
use crate::report::{Report, Translation};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const RED: Style = AnsiColor::Red.on_default();
const GREEN: Style = AnsiColor::Green.on_default();
const CYAN: Style = AnsiColor::Cyan.on_default();

pub(crate) fn render(report: &Report, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let Some(doc) = report.documents.first() else {
        return writeln!(out, "{}", tr!("diff-nothing-to-compare"));
    };
    let source = match doc.source_path.as_deref() {
        Some(path) => tr!(
            "diff-english-source",
            path = crate::model::visible(path).into_owned()
        ),
        None => tr!("diff-no-english-source"),
    };
    writeln!(
        out,
        "{BOLD}{}{BOLD:#} {DIM}{source}{DIM:#}",
        crate::model::visible(&doc.id)
    )?;
    if doc.translations.is_empty() {
        writeln!(out, "\n{}", tr!("diff-no-translations"))?;
    }
    for t in &doc.translations {
        writeln!(out)?;
        translation(t, word, out)?;
    }
    Ok(())
}

fn translation(t: &Translation, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let path = match t.path.as_deref() {
        Some(path) => crate::model::visible(path).into_owned(),
        None => tr!("diff-missing-path"),
    };
    write!(
        out,
        "{BOLD}{path}{BOLD:#} ({}) — {}",
        t.language,
        label(t.status)
    )?;
    if let Some(severity) = t.severity {
        write!(out, ", {}", severity_label(severity))?;
    }
    if let Some(base) = &t.base {
        write!(out, ", {}", base_label(base))?;
    }
    if t.commits_behind > 0 {
        write!(
            out,
            ", {}",
            tr!("diff-commits-since", count = t.commits_behind)
        )?;
    }
    writeln!(out)?;
    if let Some(message) = &t.message {
        writeln!(out, "  {DIM}{}{DIM:#}", message.ui())?;
    }
    for (heading, skipped) in [
        (tr!("diff-base-skipped"), &t.base_skipped),
        (tr!("diff-english-skipped"), &t.english_skipped),
    ] {
        if skipped.is_empty() {
            continue;
        }
        writeln!(out, "  {DIM}{heading}{DIM:#}")?;
        for s in skipped {
            writeln!(out, "    {DIM}{}{DIM:#}", skipped_line(s))?;
        }
    }
    match t.status {
        Status::Missing | Status::Orphaned | Status::Error => return Ok(()),
        Status::Current if t.changed_blocks.is_empty() => {
            writeln!(out, "  {}", tr!("diff-nothing-to-translate"))?;
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
            "  {DIM}{}{DIM:#}",
            tr!("diff-cosmetic-not-shown", count = n)
        )?;
    }
    if !t.drift.is_empty() {
        writeln!(
            out,
            "  {BOLD}{}{BOLD:#} {}",
            tr!("label-drift"),
            tr!("diff-drift-heading")
        )?;
        for d in &t.drift {
            writeln!(
                out,
                "    {} ({}): {}",
                crate::model::i18n::block_kind(&d.what).ui(),
                severity_label(d.severity),
                d.message.ui()
            )?;
        }
    }
    Ok(())
}

/// "1a2b3c4 (2025-06-01): its message says “i18nIgnore”".
fn skipped_line(skipped: &Skipped) -> String {
    let (commit, date) = (short(skipped.commit), date(skipped.time));
    match &skipped.reason {
        SkipReason::Cosmetic => tr!("skip-cosmetic", commit = commit, date = date),
        SkipReason::Bulk { languages } => tr!(
            "skip-bulk",
            commit = commit,
            date = date,
            languages = *languages
        ),
        SkipReason::Message { keyword } => tr!(
            "skip-message",
            commit = commit,
            date = date,
            keyword = keyword.as_str()
        ),
    }
}

/// "base 1a2b3c4 (recorded)".
fn base_label(base: &crate::model::Base) -> String {
    let commit = short(base.commit);
    match base.origin {
        Origin::Recorded => tr!("diff-base-recorded", commit = commit),
        Origin::Inferred => tr!("diff-base-inferred", commit = commit),
    }
}

/// "line 4", "lines 4–6", or where an added block goes.
fn lines(range: &Option<std::ops::Range<usize>>) -> Option<Message> {
    let r = range.as_ref()?;
    Some(match r.end.saturating_sub(r.start) {
        0 => msg!("diff-insert-after", line = r.start.saturating_sub(1)),
        1 => msg!("diff-line", line = r.start),
        _ => msg!("diff-lines", first = r.start, last = r.end - 1),
    })
}

fn changed_block(block: &ChangedBlock, word: bool, out: &mut dyn Write) -> io::Result<()> {
    let english = match block.op {
        Op::Removed => lines(&block.english_before).map(|l| tr!("diff-english-at-base", lines = l)),
        _ => lines(&block.english_after).map(|l| tr!("diff-english-lines", lines = l)),
    };
    let target = lines(&block.translation).map(|l| tr!("diff-translation-lines", lines = l));
    let place = [english, target]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" → ");
    writeln!(
        out,
        "\n  {CYAN}@@ {} ({}){}{CYAN:#}",
        tr!(
            "diff-block-change",
            kind = crate::model::i18n::block_kind(&block.kind),
            op = block.op.as_str()
        ),
        severity_label(block.severity),
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
pub(crate) fn fluent(files: &[crate::report::FluentFile], out: &mut dyn Write) -> io::Result<()> {
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let c = f.report.counts;
        write!(
            out,
            "{BOLD}{}{BOLD:#} ({}) — {}",
            f.path,
            f.language,
            tr!(
                "fluent-file-counts",
                current = c.current,
                stale = c.stale,
                missing = c.missing
            )
        )?;
        if let Some(base) = &f.base {
            write!(out, ", {}", base_label(base))?;
        }
        writeln!(out)?;
        if !f.exists {
            writeln!(out, "  {DIM}{}{DIM:#}", tr!("diff-not-translated-yet"))?;
            continue;
        }
        if let Some(message) = &f.message {
            writeln!(out, "  {DIM}{}{DIM:#}", message.ui())?;
        }
        for x in &f.report.findings {
            if x.check == crate::report::Check::Stale {
                let id = x.id.as_deref().unwrap_or("?");
                writeln!(
                    out,
                    "\n  {CYAN}@@ {}{CYAN:#}",
                    tr!("diff-fluent-changed", id = id, line = x.line)
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
            .filter(|x| x.check != crate::report::Check::Stale)
            .collect();
        if !others.is_empty() {
            writeln!(out, "  {BOLD}{}{BOLD:#}:", tr!("diff-other-findings"))?;
            for x in others {
                let place = match x.file {
                    crate::report::Side::Translation => &f.path,
                    crate::report::Side::English => &f.english_path,
                };
                writeln!(
                    out,
                    "    {place}:{}:{}: {} {}: {}",
                    x.line,
                    x.column,
                    match x.level {
                        crate::model::Level::Error => tr!("level-error"),
                        crate::model::Level::Warning => tr!("level-warning"),
                        crate::model::Level::Note => tr!("level-note"),
                    },
                    x.check.as_str(),
                    x.message.ui()
                )?;
            }
        }
    }
    Ok(())
}
