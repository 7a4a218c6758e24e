//! A translated Fluent file's base commit, in its resource comment
//! `### source_commit: <hash>`: read, and recorded by `transync mark` changing nothing
//! else in the file.

use crate::markdown::frontmatter::record::{Change, line_offset};
use crate::markdown::frontmatter::{newline_of, strip_bom};

/// The base commit a translated `.ftl` file records, as a resource comment
/// `### source_commit: <hash>` anywhere in the file (the first one wins). Returns the
/// value as written, trimmed, and its 1-based line; validating it is the caller's job
/// (see [`crate::model::is_commit_hash`]).
pub(crate) fn recorded_base(text: &str) -> Option<(String, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().find_map(|(index, line)| {
        // Fluent wants a space after `###`; `####` is not a comment at all.
        let value = line
            .strip_prefix("### ")?
            .trim_start()
            .strip_prefix("source_commit:")?;
        Some((value.trim().to_string(), index + 1))
    })
}

/// The new text of a translated `.ftl` file recording `hash` in its resource comment
/// `### source_commit: <hash>`.
pub(crate) fn record_base(text: &str, hash: &str) -> (String, Change) {
    let newline = newline_of(text);
    if let Some((old, line)) = recorded_base(text) {
        if old == hash {
            return (
                text.to_string(),
                Change::Unchanged {
                    key: "source_commit",
                },
            );
        }
        let start = line_offset(text, line);
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line_text = text[start..end].trim_end_matches('\r');
        let carriage = &text[start + line_text.len()..end];
        let new = format!(
            "{}### source_commit: {hash}{carriage}{}",
            &text[..start],
            &text[end..]
        );
        return (
            new,
            Change::Replaced {
                key: "source_commit",
                old,
            },
        );
    }
    let (bom, rest) = strip_bom(text);
    let new = format!("{bom}### source_commit: {hash}{newline}{rest}");
    (
        new,
        Change::Added {
            key: "source_commit".into(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn fluent_resource_comment() {
        let (new, _) = record_base("### source_commit: abc1234\r\n\r\nhello = Hola\r\n", HASH);
        assert_eq!(
            new,
            format!("### source_commit: {HASH}\r\n\r\nhello = Hola\r\n")
        );
        let (new, _) = record_base("hello = Hola\n", HASH);
        assert_eq!(new, format!("### source_commit: {HASH}\nhello = Hola\n"));
    }

    #[test]
    fn recorded_base_reads_the_resource_comment() {
        let text = "### Strings.\n### source_commit: 3d179db\n\nhello = Hola\n";
        assert_eq!(recorded_base(text), Some(("3d179db".to_string(), 2)));
    }

    #[test]
    fn recorded_base_allows_bom_crlf_and_extra_spaces() {
        let text = "\u{feff}###   source_commit:   0123abc  \r\nhello = Hola\r\n";
        assert_eq!(recorded_base(text), Some(("0123abc".to_string(), 1)));
    }

    #[test]
    fn recorded_base_ignores_other_comment_levels_and_text() {
        assert_eq!(recorded_base("# source_commit: abc1234\n"), None);
        assert_eq!(recorded_base("## source_commit: abc1234\n"), None);
        assert_eq!(recorded_base("#### source_commit: abc1234\n"), None);
        assert_eq!(recorded_base("###source_commit: abc1234\n"), None);
        assert_eq!(recorded_base("msg = ### source_commit: abc1234\n"), None);
        assert_eq!(recorded_base("hello = Hola\n"), None);
    }

    #[test]
    fn recorded_base_keeps_an_empty_value_for_the_caller_to_reject() {
        assert_eq!(
            recorded_base("### source_commit:\n"),
            Some((String::new(), 1))
        );
    }

    #[test]
    fn recorded_base_takes_the_first() {
        let text = "### source_commit: aaaa111\n### source_commit: bbbb222\n";
        assert_eq!(recorded_base(text), Some(("aaaa111".to_string(), 1)));
    }
}
