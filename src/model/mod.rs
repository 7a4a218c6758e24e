//! The shared vocabulary of every stage: languages, the states and severities of a
//! translation, its base commit, finding kinds and levels, the tool's own messages and
//! errors. A leaf: it imports nothing from the rest of the crate, so any room may use it.

// First, so that its macros (`tr!`, `msg!`) are in scope in the modules below.
#[macro_use]
pub mod i18n;
mod error;
mod lang;
pub(crate) mod paths;
mod status;

pub(crate) use error::Hinted;
pub(crate) use lang::Lang;
pub use status::Level;
pub(crate) use status::{Base, FindingKind, Origin, Severity, Status};

use git2::Oid;

/// Whether repository path `path` is `dir` or inside it (`""` is the repository root).
pub(crate) fn is_under(path: &str, dir: &str) -> bool {
    dir.is_empty()
        || path == dir
        || path
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// `text` safe to show on a terminal: control characters (an escape sequence in a file
/// name, a carriage return) written as `\u{1b}`, so that a name cannot move the cursor
/// or recolour the output. Line breaks and tabs stay.
pub(crate) fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let control = |c: char| c.is_control() && !matches!(c, '\n' | '\t');
    if !text.chars().any(control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if control(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `value` looks like a full or abbreviated commit hash.
pub(crate) fn is_commit_hash(value: &str) -> bool {
    (4..=40).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The 7-character abbreviation of a commit id, as git shows it.
pub(crate) fn short(id: Oid) -> String {
    id.to_string()[..7].to_string()
}

/// `YYYY-MM-DD` (UTC) of a Unix time.
pub(crate) fn date(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_else(|_| seconds.to_string())
}

/// RFC 3339 (UTC) of a Unix time.
pub(crate) fn timestamp(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| seconds.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(super::visible("guide.md"), "guide.md");
        assert_eq!(
            super::visible("a\u{1b}[31mb\r.md"),
            "a\\u{1b}[31mb\\u{d}.md"
        );
        assert_eq!(
            super::visible("two\nlines\tand a tab"),
            "two\nlines\tand a tab"
        );
    }

    use super::*;

    #[test]
    fn is_under_takes_whole_components() {
        assert!(is_under("content/es/a.md", "content"));
        assert!(is_under("content", "content"));
        assert!(is_under("anything", ""));
        assert!(!is_under("contents/a.md", "content"));
    }

    #[test]
    fn commit_hash_shape() {
        assert!(is_commit_hash("3d179db"));
        assert!(is_commit_hash(&"a".repeat(40)));
        assert!(!is_commit_hash("HEAD~1"));
        assert!(!is_commit_hash("abc"));
    }

    #[test]
    fn dates_are_utc() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(timestamp(86_400), "1970-01-02T00:00:00Z");
    }
}
