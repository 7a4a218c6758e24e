//! Front matter: the YAML (`---`) or TOML (`+++`) block at the top of a Markdown file.
//! [`split`] finds it and says where it is (byte spans, first line); [`deserialize`] is
//! the one place that parses it, with serde-saphyr or toml, into any typed value and with
//! the file's line in errors; [`read_keys`] reads the translation's base commit and draft
//! flag from it; [`entries`] locates its top-level entries for byte-preserving edits,
//! which [`record`] (mark), [`draft`] (scaffold) and [`shared`] (sync) make.

pub(crate) mod draft;
mod entries;
pub(crate) mod record;
pub(crate) mod shared;

use std::ops::Range;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

pub(crate) use entries::{Entries, entries};

/// Which syntax the front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    Yaml,
    Toml,
}

/// The front matter block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter<'a> {
    pub syntax: Syntax,
    /// The text between the delimiter lines.
    pub text: &'a str,
    /// Where `text` is in the file, in bytes (a BOM included in the count).
    pub span: Range<usize>,
    /// Where the body starts: after the closing delimiter line.
    pub body_start: usize,
    /// 1-based line number of the first line of `text` in the file.
    pub first_line: usize,
}

/// A problem with a file's front matter, with the 1-based line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatterError {
    pub line: usize,
    pub message: crate::model::i18n::Message,
}

/// Why a front matter cannot be edited without breaking it or touching bytes nobody asked
/// to change. The edit is refused; the file stays as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EditError {
    /// The block does not parse; `english` says it is the English file's (sync reads both).
    Invalid {
        english: bool,
        line: usize,
        message: crate::model::i18n::Message,
    },
    /// A YAML flow mapping (`{title: …}`): a line added to it would break it.
    FlowMapping { line: usize, key: String },
    /// `l10n:` is there without `sourceCommit`; a second `l10n` key would be invalid.
    L10nWithoutSourceCommit,
    /// The recorded value is not where the parser says it is (an unusual quoting).
    ValueNotFound { line: usize, key: &'static str },
    /// The English value has no form in the translation's syntax (a YAML null in TOML).
    Unconvertible { key: String },
    /// The translation writes the key in a way whose lines cannot be told apart (a TOML
    /// dotted key split over several lines, a YAML complex key): edit it by hand.
    Unlocated { key: String },
    /// The edit, read back, would not parse or would record another base.
    WouldBreak { key: String },
}

impl EditError {
    fn invalid(english: bool) -> impl Fn(FrontMatterError) -> EditError {
        move |e| EditError::Invalid {
            english,
            line: e.line,
            message: e.message,
        }
    }

    /// The 1-based line of the file the problem is on, when there is one.
    pub(crate) fn line(&self) -> Option<usize> {
        match self {
            EditError::Invalid { line, .. }
            | EditError::FlowMapping { line, .. }
            | EditError::ValueNotFound { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// What is wrong, without the line.
    pub(crate) fn reason(&self) -> String {
        match self {
            EditError::Invalid { message, .. } => message.ui(),
            EditError::FlowMapping { line, key } => {
                tr!("mark-flow-mapping", line = *line, key = key.as_str())
            }
            EditError::L10nWithoutSourceCommit => tr!("mark-l10n-without-source-commit"),
            EditError::ValueNotFound { key, .. } => tr!("mark-value-not-found", key = *key),
            EditError::Unconvertible { key } => tr!("sync-unconvertible", key = key.as_str()),
            EditError::Unlocated { key } => tr!("sync-unlocated", key = key.as_str()),
            EditError::WouldBreak { key } => tr!("mark-would-break", key = key.as_str()),
        }
    }
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Invalid { line, .. } | EditError::ValueNotFound { line, .. } => {
                write!(
                    f,
                    "{}",
                    tr!("line-prefixed", line = *line, text = self.reason())
                )
            }
            _ => f.write_str(&self.reason()),
        }
    }
}

impl std::error::Error for EditError {}

/// The base commit a translation records, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RecordedBase {
    /// Which of [`crate::config::COMMIT_KEYS`] holds it.
    pub key: &'static str,
    pub value: String,
    pub line: usize,
}

/// Splits off the front matter. A UTF-8 BOM and CRLF line endings are allowed.
pub(crate) fn split(file: &str) -> Result<Option<FrontMatter<'_>>, FrontMatterError> {
    let bom = if file.starts_with('\u{feff}') { 3 } else { 0 };
    let text = &file[bom..];
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok(None);
    };
    let (syntax, delimiter) = match first.trim_end() {
        "---" => (Syntax::Yaml, "---"),
        "+++" => (Syntax::Toml, "+++"),
        _ => return Ok(None),
    };
    let start = first.len();
    let mut offset = start;
    for line in lines {
        let trimmed = line.trim_end();
        // YAML documents may also end with `...`.
        if trimmed == delimiter || (syntax == Syntax::Yaml && trimmed == "...") {
            return Ok(Some(FrontMatter {
                syntax,
                text: &text[start..offset],
                span: bom + start..bom + offset,
                body_start: bom + offset + line.len(),
                first_line: 2,
            }));
        }
        offset += line.len();
    }
    Err(FrontMatterError {
        line: 1,
        message: msg!("frontmatter-unclosed", delimiter = delimiter),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct BaseKeys {
    source_commit: Option<String>,
    default_lang_commit: Option<String>,
    l10n: Option<L10n>,
    /// Read in the same pass (one YAML parse per file, not two); a value that is not a
    /// boolean is no draft rather than a broken block.
    #[serde(deserialize_with = "lenient_bool")]
    draft: Option<bool>,
}

fn lenient_bool<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flag {
        Bool(bool),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Flag::deserialize(deserializer)? {
        Flag::Bool(flag) => Some(flag),
        Flag::Other(_) => None,
    })
}

/// What a front matter block says about its translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Keys {
    /// The recorded base commit, if any.
    pub base: Option<RecordedBase>,
    /// `draft: true`: started by `transync scaffold`, not translated yet.
    pub draft: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct L10n {
    #[serde(rename = "sourceCommit")]
    source_commit: Option<String>,
}

/// Reads the base commit from the first of `source_commit`, `l10n.sourceCommit` and
/// `default_lang_commit` that is present. The whole block must parse: a file whose front
/// matter is broken would break the site build too, so it is reported, not skipped.
pub(crate) fn recorded_base(
    fm: &FrontMatter<'_>,
) -> Result<Option<RecordedBase>, FrontMatterError> {
    read_keys(fm).map(|keys| keys.base)
}

/// [`recorded_base`] and the `draft` flag, from one parse of the block.
pub(crate) fn read_keys(fm: &FrontMatter<'_>) -> Result<Keys, FrontMatterError> {
    let keys: BaseKeys = deserialize(fm)?;
    let found = [
        ("source_commit", keys.source_commit, "source_commit"),
        (
            "l10n.sourceCommit",
            keys.l10n.and_then(|l| l.source_commit),
            "sourceCommit",
        ),
        (
            "default_lang_commit",
            keys.default_lang_commit,
            "default_lang_commit",
        ),
    ]
    .into_iter()
    .find_map(|(key, value, needle)| value.map(|v| (key, v, needle)));
    Ok(Keys {
        base: found.map(|(key, value, needle)| RecordedBase {
            key,
            value: value.trim().to_string(),
            line: fm.first_line + line_of_key(fm.text, needle),
        }),
        draft: keys.draft.unwrap_or(false),
    })
}

/// Parses the block into `T`: the one place that knows YAML from TOML. The error names
/// the file's line and says what is wrong, without the parser's own snippet.
pub(crate) fn deserialize<T: DeserializeOwned>(
    fm: &FrontMatter<'_>,
) -> Result<T, FrontMatterError> {
    match fm.syntax {
        Syntax::Yaml => serde_saphyr::from_str(fm.text).map_err(|err| {
            let line = err.location().map_or(0, |l| l.line() as usize);
            FrontMatterError {
                line: fm.first_line + line.saturating_sub(1),
                message: msg!(
                    "frontmatter-invalid-yaml",
                    error = yaml_message(&err.to_string())
                ),
            }
        }),
        Syntax::Toml => toml::from_str(fm.text).map_err(|err| {
            let line = err
                .span()
                .map_or(0, |span| fm.text[..span.start].matches('\n').count());
            FrontMatterError {
                line: fm.first_line + line,
                message: msg!("frontmatter-invalid-toml", error = err.message()),
            }
        }),
    }
}

/// The top-level values as data, TOML dates as their text (sites treat a date and the
/// same date as a string alike). An empty block has none.
pub(crate) fn values(
    fm: &FrontMatter<'_>,
) -> Result<serde_json::Map<String, Value>, FrontMatterError> {
    let value = match fm.syntax {
        Syntax::Yaml if fm.text.trim().is_empty() => return Ok(serde_json::Map::new()),
        Syntax::Yaml => deserialize::<Value>(fm)?,
        Syntax::Toml => toml_to_json(toml::Value::Table(deserialize::<toml::Table>(fm)?)),
    };
    match value {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(serde_json::Map::new()),
        _ => Err(FrontMatterError {
            line: fm.first_line,
            message: msg!("frontmatter-not-a-mapping"),
        }),
    }
}

pub(crate) fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        // Compared and converted as text: a TOML date equals the same date as a string.
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, toml_to_json(v)))
                .collect(),
        ),
    }
}

/// `\r\n` when the text uses it, else `\n`.
pub(crate) fn newline_of(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// `text` without its UTF-8 BOM, and the BOM (which must stay first when a front matter
/// is created in front of the text).
pub(crate) fn strip_bom(text: &str) -> (&'static str, &str) {
    text.strip_prefix('\u{feff}')
        .map_or(("", text), |rest| ("\u{feff}", rest))
}

/// The 0-based line within `text` on which `key` is defined (0 if not found).
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            let line = line.trim_start().trim_start_matches('"');
            line.strip_prefix(key).is_some_and(|rest| {
                rest.trim_start_matches('"')
                    .trim_start()
                    .starts_with([':', '='])
            })
        })
        .unwrap_or(0)
}

/// serde-saphyr renders a source snippet after the message; keep the message only.
pub(crate) fn yaml_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or(rendered);
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // The parser's safety limits, named by its debug output: said as what the file does.
    if let Some(breach) = first.split("budget breached: ").nth(1) {
        let kind = match breach.split([' ', '{']).next().unwrap_or_default() {
            "Depth" | "InclusionDepth" | "PropertyExpansionDepth" => "depth",
            _ => "size",
        };
        return tr!("yaml-budget", kind = kind);
    }
    // serde-saphyr's advice to its own callers, not to the person editing the file.
    let first = first
        .split_once(", set DuplicateKeyPolicy")
        .map_or(first, |(message, _)| message);
    match first.find(": ") {
        Some(at) if first.starts_with("line ") => first[at + 2..].to_string(),
        _ => first.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(text: &str) -> Result<Option<RecordedBase>, FrontMatterError> {
        let fm = split(text)?.expect("front matter present");
        recorded_base(&fm)
    }

    #[test]
    fn a_yaml_safety_limit_is_said_in_plain_words() {
        let text = yaml_message("line 7: budget breached: Nodes { nodes: 250001 }");
        assert!(!text.contains('{') && !text.contains("budget"), "{text}");
        assert!(text.contains("aliases"), "{text}");
        let text = yaml_message("budget breached: Depth { depth: 2001 }");
        assert!(text.contains("nested"), "{text}");
    }

    #[test]
    fn draft_is_read_with_the_base_and_only_a_boolean_counts() {
        let keys = |text: &str| read_keys(&split(text).unwrap().unwrap()).unwrap();
        assert!(keys("---\ndraft: true\nsource_commit: abc1234\n---\n").draft);
        assert_eq!(
            keys("---\ndraft: true\nsource_commit: abc1234\n---\n")
                .base
                .unwrap()
                .value,
            "abc1234"
        );
        assert!(keys("+++\ndraft = true\n+++\n").draft);
        assert!(!keys("---\ndraft: false\n---\n").draft);
        assert!(!keys("---\ndraft: \"soon\"\n---\n").draft);
        assert!(!keys("---\ndraft: [a]\nsource_commit: abc1234\n---\n").draft);
        assert!(!keys("---\ntitle: x\n---\n").draft);
    }

    #[test]
    fn no_front_matter_is_none() {
        assert_eq!(split("# Title\n\ntext\n").unwrap(), None);
        assert_eq!(split("").unwrap(), None);
    }

    #[test]
    fn reads_each_of_the_three_keys() {
        let b = base("---\ntitle: x\nsource_commit: 0123abc\n---\nbody\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            (b.key, b.value.as_str(), b.line),
            ("source_commit", "0123abc", 3)
        );
        let b = base("---\nl10n:\n  sourceCommit: deadbeef\n---\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            (b.key, b.value.as_str(), b.line),
            ("l10n.sourceCommit", "deadbeef", 3)
        );
        let b = base("---\ndefault_lang_commit: 3d179db # patched\n---\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            (b.key, b.value.as_str()),
            ("default_lang_commit", "3d179db")
        );
    }

    #[test]
    fn keeps_leading_zeros_of_numeric_looking_hashes() {
        let b = base("---\nsource_commit: 0123456\n---\n").unwrap().unwrap();
        assert_eq!(b.value, "0123456");
    }

    #[test]
    fn reads_toml_front_matter_with_crlf_and_bom() {
        let text = "\u{feff}+++\r\ntitle = \"x\"\r\nsource_commit = \"abc1234\"\r\n+++\r\nbody\r\n";
        let b = base(text).unwrap().unwrap();
        assert_eq!(
            (b.key, b.value.as_str(), b.line),
            ("source_commit", "abc1234", 3)
        );
    }

    #[test]
    fn reports_unclosed_front_matter_on_line_one() {
        let err = split("---\ntitle: x\nbody\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.english().contains("never closed"));
    }

    #[test]
    fn reports_yaml_errors_with_the_file_line() {
        let err = base("---\ntitle: ok\ntags: [a, b\n---\n").unwrap_err();
        assert!(
            err.message
                .english()
                .starts_with("invalid YAML front matter"),
            "{}",
            err.message.english()
        );
        assert!(err.line >= 3, "line {}", err.line);
    }

    #[test]
    fn reports_toml_errors_with_the_file_line() {
        let err = base("+++\ntitle = \"x\"\ndate = \n+++\n").unwrap_err();
        assert_eq!(err.line, 3, "{}", err.message.english());
    }
}
