//! Markdown for a pull-request comment, an issue or the GitHub job summary: a table of
//! counts per language and a checklist of what to fix.

use std::io::{self, Write};

use crate::model::Level;
use crate::model::Status;
use crate::policy::{Finding, Outcome};
use crate::report::Report;

pub(crate) fn render(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let verdict = if outcome.passed() {
        "✅ passed"
    } else {
        "❌ failed"
    };
    writeln!(out, "## Translation check {verdict}\n")?;
    writeln!(
        out,
        "| Language | Current | Stale | Missing | Orphaned | Error | % current |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|")?;
    let summary = report.summary();
    for lang in &report.languages {
        let c = summary.get(lang).copied().unwrap_or_default();
        let percent = c
            .percent_current()
            .map_or("–".into(), |p| format!("{p:.0}%"));
        write!(out, "| `{lang}` |")?;
        for status in Status::ALL {
            write!(out, " {} |", c.get(status))?;
        }
        writeln!(out, " {percent} |")?;
    }
    writeln!(
        out,
        "\n{}.",
        super::counts_phrase(outcome, crate::model::i18n::ui())
    )?;
    if outcome.outside_change > 0 {
        let n = outcome.outside_change;
        let (findings, are) = if n == 1 {
            ("finding", "is")
        } else {
            ("findings", "are")
        };
        writeln!(
            out,
            "{n} {findings} in translations the change did not touch {are} not listed."
        )?;
    }
    for lang in &report.languages {
        let findings: Vec<&Finding> = outcome.for_language(lang).collect();
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "\n### `{lang}`\n")?;
        for f in findings {
            let marker = match f.level {
                Level::Error => "**error**",
                Level::Warning => "warning",
                Level::Note => "note",
            };
            let place = code(&f.place());
            writeln!(
                out,
                "- [ ] {place} — {marker} ({}): {}",
                f.kind.as_str(),
                escape(&f.message.ui())
            )?;
        }
    }
    Ok(())
}

/// Keeps messages from breaking the list: no line breaks, no stray table pipes, no raw
/// HTML.
fn escape(text: &str) -> String {
    text.replace('\n', " ")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A code span that holds any path, backticks included (CommonMark: a longer fence).
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}
