//! Recording a translation's base commit in its front matter, changing nothing else: the
//! value of the existing key is replaced in place (quotes, comments, key order, line
//! endings and BOM stay as they are), or one line is added in the file's own style.
//! Pure text in, text out; `transync mark` does the checks and the atomic write.

use super::{EditError, Syntax, entries, newline_of, strip_bom};

/// What recording the base did to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// An existing key's value was replaced.
    Replaced { key: &'static str, old: String },
    /// The key was added (with front matter created if the file had none).
    Added { key: String },
    /// The file already records this commit.
    Unchanged { key: &'static str },
}

/// The new text of a Markdown file recording `hash` as its base. `key` is the key to add
/// when the file uses none of the known ones.
///
/// The edit is checked by reading it back: a front matter the added line would break (its
/// entries indented, say) or that would then record another base is refused, never
/// written.
pub(crate) fn record_base(
    text: &str,
    key: &str,
    hash: &str,
) -> Result<(String, Change), EditError> {
    let (new, change) = edit_base(text, key, hash)?;
    if matches!(change, Change::Unchanged { .. }) {
        return Ok((new, change));
    }
    let reads_back = super::split(&new)
        .ok()
        .flatten()
        .and_then(|fm| super::recorded_base(&fm).ok().flatten())
        .is_some_and(|recorded| recorded.value == hash);
    if !reads_back {
        let key = match &change {
            Change::Replaced { key, .. } => (*key).to_string(),
            Change::Added { key } => key.clone(),
            Change::Unchanged { key } => (*key).to_string(),
        };
        return Err(EditError::WouldBreak { key });
    }
    Ok((new, change))
}

fn edit_base(text: &str, key: &str, hash: &str) -> Result<(String, Change), EditError> {
    let newline = newline_of(text);
    let fm = super::split(text).map_err(EditError::invalid(false))?;
    let Some(fm) = fm else {
        // No front matter: create one at the very top (after a BOM, which must stay first).
        let (bom, rest) = strip_bom(text);
        let entry = entry_lines(Syntax::Yaml, key, hash, newline);
        let created = format!("{bom}---{newline}{entry}---{newline}{rest}");
        return Ok((
            created,
            Change::Added {
                key: key.to_string(),
            },
        ));
    };
    let recorded = super::recorded_base(&fm).map_err(EditError::invalid(false))?;
    match recorded {
        Some(recorded) => {
            if recorded.value == hash {
                return Ok((text.to_string(), Change::Unchanged { key: recorded.key }));
            }
            // The line holding the value, as an offset range in `text`.
            let line_start = line_offset(text, recorded.line);
            let line_end = text[line_start..]
                .find('\n')
                .map_or(text.len(), |i| line_start + i);
            let line = &text[line_start..line_end];
            // An empty value (`source_commit: ""`) has no text to find: fill it instead.
            let replaced = if recorded.value.is_empty() {
                fill_empty_value(line, hash)
            } else {
                replace_value(line, &recorded.value, hash)
            };
            let replaced = replaced.ok_or(EditError::ValueNotFound {
                line: recorded.line,
                key: recorded.key,
            })?;
            let new = format!("{}{}{}", &text[..line_start], replaced, &text[line_end..]);
            Ok((
                new,
                Change::Replaced {
                    key: recorded.key,
                    old: recorded.value,
                },
            ))
        }
        None => {
            let block_start = fm.span.start;
            let entries = entries(fm.text, fm.syntax);
            // A known key that is present but null (`source_commit:` or `~`): fill it in
            // rather than add a second one, which would make the block invalid.
            let null_key = ["source_commit", "default_lang_commit", key]
                .into_iter()
                .find_map(|name| entries.get(name));
            if let Some(entry) = null_key {
                let start = block_start + entry.span.start;
                let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
                if let Some(filled) = fill_empty_value(&text[start..end], hash) {
                    let new = format!("{}{filled}{}", &text[..start], &text[end..]);
                    return Ok((
                        new,
                        Change::Replaced {
                            key: known_key(&entry.key),
                            old: String::new(),
                        },
                    ));
                }
            }
            if entries.flow {
                return Err(EditError::FlowMapping {
                    line: fm.first_line,
                    key: key.to_string(),
                });
            }
            // Add the key as the last entry of the front matter, before the closing line.
            let entry = match (fm.syntax, key) {
                (Syntax::Yaml, "l10n.sourceCommit") if has_top_level_key(fm.text, "l10n") => {
                    return Err(EditError::L10nWithoutSourceCommit);
                }
                (syntax, key) => entry_lines(syntax, key, hash, newline),
            };
            // The block's text ends with its last line's newline (or is empty). In TOML a
            // key after a `[table]` header would belong to that table: go before it.
            let at = block_start + entries.insert_at;
            let mut new = String::with_capacity(text.len() + entry.len());
            new.push_str(&text[..at]);
            new.push_str(&entry);
            new.push_str(&text[at..]);
            Ok((
                new,
                Change::Added {
                    key: key.to_string(),
                },
            ))
        }
    }
}

/// The line(s) of a new key in the file's syntax, each ending with `newline`.
fn entry_lines(syntax: Syntax, key: &str, hash: &str, newline: &str) -> String {
    match (syntax, key) {
        (Syntax::Yaml, "l10n.sourceCommit") => {
            format!("l10n:{newline}  sourceCommit: {hash}{newline}")
        }
        (Syntax::Toml, "l10n.sourceCommit") => format!("l10n.sourceCommit = \"{hash}\"{newline}"),
        (Syntax::Yaml, key) => format!("{key}: {hash}{newline}"),
        (Syntax::Toml, key) => format!("{key} = \"{hash}\"{newline}"),
    }
}

/// Byte offset of the start of 1-based `line`.
pub(crate) fn line_offset(text: &str, line: usize) -> usize {
    text.match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| if line <= 1 { 0 } else { i + 1 })
}

/// The known base keys as `'static` names (the configured key may be any of them).
fn known_key(key: &str) -> &'static str {
    match key {
        "default_lang_commit" => "default_lang_commit",
        "l10n.sourceCommit" => "l10n.sourceCommit",
        _ => "source_commit",
    }
}

/// `line` (`key: <empty>`, `key: ~`, `key: null`, `key: ""`, `key = ''`…) with `hash`
/// as its value: inside the quotes when the empty value is quoted, so the style stays.
/// Whatever follows the value (a comment, a `\r`) stays. `None` when the value is not
/// empty.
fn fill_empty_value(line: &str, hash: &str) -> Option<String> {
    let separator = line.find([':', '='])?;
    let (head, rest) = line.split_at(separator + 1);
    let value = rest.trim_start_matches([' ', '\t']);
    let space = &rest[..rest.len() - value.len()];
    let (token, replacement) =
        if let Some(quote) = value.chars().next().filter(|c| matches!(c, '"' | '\'')) {
            let close = value[1..].find(quote)? + 1;
            if !value[1..close].trim().is_empty() {
                return None;
            }
            (&value[..=close], format!("{quote}{hash}{quote}"))
        } else {
            let token = ["null", "Null", "NULL", "~"]
                .into_iter()
                .find(|t| value.starts_with(t))
                .unwrap_or("");
            let after = value[token.len()..].trim_start_matches([' ', '\t']);
            if !(after.is_empty() || after.starts_with('#') || after == "\r") {
                return None;
            }
            (token, hash.to_string())
        };
    let space = if space.is_empty() { " " } else { space };
    Some(format!(
        "{head}{space}{replacement}{}",
        &value[token.len()..]
    ))
}

/// `line` with the first occurrence of `old` after the key's separator replaced by `new`.
fn replace_value(line: &str, old: &str, new: &str) -> Option<String> {
    let separator = line.find([':', '='])?;
    let at = line[separator..].find(old)? + separator;
    Some(format!("{}{new}{}", &line[..at], &line[at + old.len()..]))
}

fn has_top_level_key(block: &str, key: &str) -> bool {
    block.lines().any(|line| {
        line.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_that_would_break_the_front_matter_is_refused() {
        // Found by the front_matter_mark fuzz target: entries indented by one space; a key
        // added at the margin made the block invalid YAML.
        let text = "---\n title: Guía\n---\n\nCuerpo.\n";
        let err = record_base(text, "source_commit", &"a".repeat(40)).unwrap_err();
        assert!(matches!(err, EditError::WouldBreak { .. }), "{err:?}");
        assert!(err.to_string().contains("source_commit"), "{err}");
    }
    use proptest::prelude::*;

    const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn replaces_each_convention_in_place() {
        let (new, change) = record_base(
            "---\ntitle: x\nsource_commit: abc1234 # old\n---\nbody\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("---\ntitle: x\nsource_commit: {HASH} # old\n---\nbody\n")
        );
        assert_eq!(
            change,
            Change::Replaced {
                key: "source_commit",
                old: "abc1234".into()
            }
        );
        let (new, _) = record_base(
            "---\nl10n:\n  sourceCommit: \"abc1234\"\n---\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("---\nl10n:\n  sourceCommit: \"{HASH}\"\n---\n")
        );
        let (new, _) = record_base(
            "+++\r\ndefault_lang_commit = 'abc1234'\r\n+++\r\nx\r\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("+++\r\ndefault_lang_commit = '{HASH}'\r\n+++\r\nx\r\n")
        );
    }

    #[test]
    fn fills_an_empty_or_null_value_instead_of_adding_a_key() {
        let cases = [
            ("source_commit: \"\"", format!("source_commit: \"{HASH}\"")),
            ("source_commit: ''", format!("source_commit: '{HASH}'")),
            ("source_commit:", format!("source_commit: {HASH}")),
            ("source_commit: ~", format!("source_commit: {HASH}")),
            (
                "source_commit: null  # CI sets it",
                format!("source_commit: {HASH}  # CI sets it"),
            ),
            (
                "default_lang_commit:\r",
                format!("default_lang_commit: {HASH}\r"),
            ),
        ];
        for (line, expected) in cases {
            let text = format!("---\ntitle: x\n{line}\ndate: 2024-01-01\n---\nbody\n");
            let (new, change) = record_base(&text, "source_commit", HASH).unwrap();
            assert_eq!(
                new,
                format!("---\ntitle: x\n{expected}\ndate: 2024-01-01\n---\nbody\n"),
                "{line:?}"
            );
            assert!(matches!(change, Change::Replaced { .. }), "{line:?}");
            // The result records the hash and is valid: no duplicate key.
            let fm = crate::markdown::frontmatter::split(&new).unwrap().unwrap();
            assert_eq!(
                crate::markdown::frontmatter::recorded_base(&fm)
                    .unwrap()
                    .unwrap()
                    .value,
                HASH
            );
        }
        let (new, _) =
            record_base("+++\nsource_commit = \"\"\n+++\n", "source_commit", HASH).unwrap();
        assert_eq!(new, format!("+++\nsource_commit = \"{HASH}\"\n+++\n"));
    }

    #[test]
    fn refuses_to_add_a_line_to_a_flow_mapping() {
        let text = "---\n{title: F, date: 2025-01-01}\n---\nbody\n";
        let err = record_base(text, "source_commit", HASH).unwrap_err();
        assert!(err.to_string().contains("flow mapping"), "{err}");
        // A value already there is replaced in place, braces or not.
        let text = "---\n{title: F, source_commit: abc1234}\n---\n";
        let (new, _) = record_base(text, "source_commit", HASH).unwrap();
        assert_eq!(
            new,
            format!("---\n{{title: F, source_commit: {HASH}}}\n---\n")
        );
    }

    #[test]
    fn adds_the_configured_key_in_the_file_style() {
        let (new, _) = record_base(
            "\u{feff}---\r\ntitle: x\r\n---\r\nbody\r\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("\u{feff}---\r\ntitle: x\r\nsource_commit: {HASH}\r\n---\r\nbody\r\n")
        );
        let (new, _) =
            record_base("+++\ntitle = \"x\"\n+++\n", "default_lang_commit", HASH).unwrap();
        assert_eq!(
            new,
            format!("+++\ntitle = \"x\"\ndefault_lang_commit = \"{HASH}\"\n+++\n")
        );
        let (new, _) = record_base(
            "+++\ntitle = \"x\"\n[extra]\ny = 1\n+++\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("+++\ntitle = \"x\"\nsource_commit = \"{HASH}\"\n[extra]\ny = 1\n+++\n")
        );
        let (new, _) = record_base("---\ntitle: x\n---\n", "l10n.sourceCommit", HASH).unwrap();
        assert_eq!(
            new,
            format!("---\ntitle: x\nl10n:\n  sourceCommit: {HASH}\n---\n")
        );
    }

    #[test]
    fn creates_front_matter_when_there_is_none() {
        let (new, change) = record_base("# Title\n\nbody\n", "source_commit", HASH).unwrap();
        assert_eq!(
            new,
            format!("---\nsource_commit: {HASH}\n---\n# Title\n\nbody\n")
        );
        assert_eq!(
            change,
            Change::Added {
                key: "source_commit".into()
            }
        );
    }

    #[test]
    fn same_hash_is_unchanged_and_broken_front_matter_is_refused() {
        let text = format!("---\nsource_commit: {HASH}\n---\n");
        assert_eq!(record_base(&text, "source_commit", HASH).unwrap().0, text);
        assert!(
            record_base("---\ntitle: x\n", "source_commit", HASH)
                .unwrap_err()
                .to_string()
                .contains("never closed")
        );
    }

    /// Lines of a valid YAML front matter without any base-commit key: distinct keys with
    /// plain values, comments and blank lines.
    fn yaml_lines() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec(
            prop_oneof![
                "[A-Za-z0-9][A-Za-z0-9 .]{0,20}".prop_map(|v| Some(v.trim_end().to_string())),
                "# [ -~]{0,20}".prop_map(|c| Some(format!("\u{0}{c}"))),
                Just(None),
            ],
            0..6,
        )
        .prop_map(|items| {
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Some(comment) if comment.starts_with('\u{0}') => comment[1..].to_string(),
                    Some(value) => format!("key{i}: {value}"),
                    None => String::new(),
                })
                .collect()
        })
    }

    proptest! {
        /// Adding the key adds exactly one line; every other byte stays.
        #[test]
        fn adding_changes_nothing_else(lines in yaml_lines(), body in "[ -~\n]{0,80}", crlf: bool, bom: bool) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let body = body.replace('\n', nl);
            let mut text = String::from(if bom { "\u{feff}" } else { "" });
            text.push_str(&format!("---{nl}"));
            for line in &lines {
                text.push_str(&format!("{line}{nl}"));
            }
            text.push_str(&format!("---{nl}{body}"));
            let (new, _) = record_base(&text, "source_commit", HASH).unwrap();
            let added = format!("source_commit: {HASH}{nl}");
            let at = new.find(&added).expect("key added");
            let restored = format!("{}{}", &new[..at], &new[at + added.len()..]);
            prop_assert_eq!(restored, text);
        }

        /// Replacing a value changes that value only.
        #[test]
        fn replacing_changes_only_the_value(lines in yaml_lines(), old in "[0-9a-f]{7,40}", comment: bool, crlf: bool) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let tail = if comment { " # kept" } else { "" };
            let mut text = format!("---{nl}");
            for line in &lines {
                text.push_str(&format!("{line}{nl}"));
            }
            text.push_str(&format!("source_commit: {old}{tail}{nl}---{nl}body{nl}"));
            let (new, _) = record_base(&text, "source_commit", HASH).unwrap();
            prop_assert_eq!(new.replace(HASH, &old), text);
        }
    }
}
