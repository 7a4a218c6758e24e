//! GitHub Actions workflow commands: one annotation per finding
//! (`::error file=…,line=…,title=…::message`), escaped as the runner expects.

use std::io::{self, Write};

use crate::model::Level;
use crate::policy::Outcome;
use crate::report::Report;

pub(crate) fn render(_report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    for f in &outcome.findings {
        let command = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "notice",
        };
        let mut properties = vec![format!("file={}", escape_property(&f.path))];
        if let Some(line) = f.line {
            properties.push(format!("line={line}"));
        }
        let title = format!("{} ({})", f.kind.title(), f.language);
        properties.push(format!("title={}", escape_property(&title)));
        writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&f.message.english())
        )?;
    }
    let verdict = if outcome.passed() { "passed" } else { "failed" };
    writeln!(
        out,
        "transync check {verdict}: {}",
        super::counts_phrase(outcome, crate::model::i18n::english())
    )
}

/// Escaping of a command's message (the runner's `escapeData`).
pub(crate) fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a property value (`escapeProperty`): also `:` and `,`.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties_like_the_runner() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // `:` and `,` are fine in the message.
        assert_eq!(escape_data("a:b,c"), "a:b,c");
    }
}
