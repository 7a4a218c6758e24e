//! Front matter: finding the YAML (`---`) or TOML (`+++`) block at the top of a Markdown
//! file and reading the translation's base commit from it. Parsing is left to
//! serde-saphyr and toml; this module only locates the block and names lines in errors.

use serde::Deserialize;

/// Which syntax the front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

/// The front matter block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    pub syntax: Syntax,
    /// The text between the delimiter lines.
    pub text: &'a str,
    /// 1-based line number of the first line of `text` in the file.
    pub first_line: usize,
}

/// A problem with a file's front matter, with the 1-based line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub message: crate::i18n::Message,
}

/// The base commit a translation records, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedBase {
    /// Which of [`crate::config::COMMIT_KEYS`] holds it.
    pub key: &'static str,
    pub value: String,
    pub line: usize,
}

/// Splits off the front matter. A UTF-8 BOM and CRLF line endings are allowed.
pub fn split(text: &str) -> Result<Option<FrontMatter<'_>>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
pub struct Keys {
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
pub fn recorded_base(fm: &FrontMatter<'_>) -> Result<Option<RecordedBase>, FrontMatterError> {
    read_keys(fm).map(|keys| keys.base)
}

/// [`recorded_base`] and the `draft` flag, from one parse of the block.
pub fn read_keys(fm: &FrontMatter<'_>) -> Result<Keys, FrontMatterError> {
    let keys: BaseKeys = match fm.syntax {
        Syntax::Yaml => serde_saphyr::from_str(fm.text).map_err(|err| {
            let line = err.location().map_or(0, |l| l.line() as usize);
            FrontMatterError {
                line: fm.first_line + line.saturating_sub(1),
                message: msg!(
                    "frontmatter-invalid-yaml",
                    error = yaml_message(&err.to_string())
                ),
            }
        })?,
        Syntax::Toml => toml::from_str(fm.text).map_err(|err| {
            let line = err
                .span()
                .map_or(0, |span| fm.text[..span.start].matches('\n').count());
            FrontMatterError {
                line: fm.first_line + line,
                message: msg!("frontmatter-invalid-toml", error = err.message()),
            }
        })?,
    };
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

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DraftKey {
    draft: Option<bool>,
}

/// Whether the front matter says `draft: true` (TOML `draft = true`): for a translation,
/// one started by `transync scaffold` and not translated yet. A block that does not parse,
/// or a `draft` that is not a boolean, is no draft (the base commit check reports it).
pub fn is_draft(fm: &FrontMatter<'_>) -> bool {
    let parsed: Option<DraftKey> = match fm.syntax {
        Syntax::Yaml => serde_saphyr::from_str(fm.text).ok(),
        Syntax::Toml => toml::from_str(fm.text).ok(),
    };
    parsed.and_then(|d| d.draft).unwrap_or(false)
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
    // serde-saphyr's advice to its own callers, not to the person editing the file.
    let first = first
        .split_once(", set DuplicateKeyPolicy")
        .map_or(first, |(message, _)| message);
    match first.find(": ") {
        Some(at) if first.starts_with("line ") => first[at + 2..].to_string(),
        _ => first.to_string(),
    }
}

/// Whether `value` looks like a full or abbreviated commit hash.
pub fn is_commit_hash(value: &str) -> bool {
    (4..=40).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(text: &str) -> Result<Option<RecordedBase>, FrontMatterError> {
        let fm = split(text)?.expect("front matter present");
        recorded_base(&fm)
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

    #[test]
    fn draft_flag_in_yaml_and_toml() {
        let draft = |text: &str| is_draft(&split(text).unwrap().unwrap());
        assert!(draft("---\ntitle: x\ndraft: true\n---\n"));
        assert!(draft("+++\ndraft = true\n[extra]\ny = 1\n+++\n"));
        assert!(!draft("---\ndraft: false\n---\n"));
        assert!(!draft("---\ntitle: x\n---\n"));
        assert!(!draft("---\ndraft: [\n---\n"));
    }

    #[test]
    fn commit_hash_shape() {
        assert!(is_commit_hash("3d179db"));
        assert!(is_commit_hash(&"a".repeat(40)));
        assert!(!is_commit_hash("HEAD~1"));
        assert!(!is_commit_hash("abc"));
    }
}
