//! Keeping the front-matter fields that are not translated (dates, tags, images…) equal
//! to the English ones, changing nothing else in the translation: the translation's lines
//! for a differing key are replaced by the English file's own lines for it (in the
//! translation's line endings), a missing key is added at the end of the top-level
//! entries, and every other byte (BOM, comments, key order, body) stays. Pure text in,
//! text out; [`crate::cmd::sync`] finds the files, follows renames and writes atomically.
//!
//! Values are compared as data, not as text: `date: 2025-01-01` and `date: "2025-01-01"`
//! are the same string to a YAML parser, so they are equal; a TOML date and the same date
//! written as a string are equal too (sites treat them alike). Between syntaxes (English
//! YAML, translation TOML) the value is serialized in the translation's syntax.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;

use super::{EditError, Entries, FrontMatter, Syntax, entries, newline_of, strip_bom};

/// A shared field the translation must change to match the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldChange {
    pub key: String,
    /// The English value, as compact JSON.
    pub english: String,
    /// The translation's value, as compact JSON; `None` when it lacks the key.
    pub translation: Option<String>,
}

/// The outcome of syncing one translation's shared fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Synced {
    /// The new text (the same text when nothing changed).
    pub text: String,
    pub changes: Vec<FieldChange>,
    /// Shared keys the translation has and the English does not: left alone, reported.
    pub only_in_translation: Vec<String>,
}

/// Sets the `keys` of `translation`'s front matter to the values in `english`.
pub(crate) fn shared_fields(
    english: &str,
    translation: &str,
    keys: &[String],
) -> Result<Synced, EditError> {
    let newline = newline_of(translation);
    let en_fm = super::split(english).map_err(EditError::invalid(true))?;
    let (en_values, en_entries) = match &en_fm {
        Some(fm) => (values(fm, true)?, entries(fm.text, fm.syntax)),
        None => (BTreeMap::new(), Entries::default()),
    };
    let tr_fm = super::split(translation).map_err(EditError::invalid(false))?;
    let tr_values = match &tr_fm {
        Some(fm) => values(fm, false)?,
        None => BTreeMap::new(),
    };
    // Syntax of the text to write: the translation's, or the English's for a new block.
    let syntax = tr_fm
        .as_ref()
        .or(en_fm.as_ref())
        .map_or(Syntax::Yaml, |fm| fm.syntax);
    let tr_entries = tr_fm
        .as_ref()
        .map(|fm| entries(fm.text, fm.syntax))
        .unwrap_or_default();
    let mut changes = Vec::new();
    let mut only_in_translation = Vec::new();
    // (range in the translation's block text, replacement); insertions are empty ranges.
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for key in keys {
        let (english_value, translation_value) = (en_values.get(key), tr_values.get(key));
        let english_value = match (english_value, translation_value) {
            (None, None) => continue,
            (None, Some(_)) => {
                only_in_translation.push(key.clone());
                continue;
            }
            (Some(e), Some(t)) if e == t => continue,
            (Some(e), _) => e,
        };
        // Between YAML and TOML a date is compared as text; written, it stays a date when
        // either side wrote it as one (unquoted), not a string.
        let date = [(&tr_fm, &tr_entries), (&en_fm, &en_entries)]
            .into_iter()
            .any(|(fm, entries)| {
                fm.as_ref()
                    .zip(entries.get(key))
                    .is_some_and(|(fm, entry)| is_bare_date(&fm.text[entry.span.clone()]))
            });
        let lines = match (&en_fm, en_entries.get(key)) {
            (Some(fm), Some(entry)) if fm.syntax == syntax => {
                with_newline(&fm.text[entry.span.clone()], newline)
            }
            _ => serialize(key, english_value, syntax, newline, date)?,
        };
        let range = match tr_entries.get(key) {
            Some(entry) => entry.span.clone(),
            None if tr_entries.count(key) > 0 || translation_value.is_some() => {
                return Err(EditError::Unlocated { key: key.clone() });
            }
            None if tr_entries.flow => return Err(EditError::Unlocated { key: key.clone() }),
            None => tr_entries.insert_at..tr_entries.insert_at,
        };
        edits.push((range, lines));
        changes.push(FieldChange {
            key: key.clone(),
            english: compact(english_value),
            translation: translation_value.map(compact),
        });
    }
    if edits.is_empty() {
        return Ok(Synced {
            text: translation.to_string(),
            changes,
            only_in_translation,
        });
    }
    let text = match &tr_fm {
        Some(fm) => {
            let block = apply(fm.text, edits);
            format!(
                "{}{block}{}",
                &translation[..fm.span.start],
                &translation[fm.span.end..]
            )
        }
        None => {
            // No front matter: create one at the very top (after a BOM, which stays first).
            let (bom, rest) = strip_bom(translation);
            let delimiter = match syntax {
                Syntax::Yaml => "---",
                Syntax::Toml => "+++",
            };
            let block: String = edits.into_iter().map(|(_, lines)| lines).collect();
            format!("{bom}{delimiter}{newline}{block}{delimiter}{newline}{rest}")
        }
    };
    Ok(Synced {
        text,
        changes,
        only_in_translation,
    })
}

/// The top-level values of a front matter, as data.
fn values(fm: &FrontMatter<'_>, english: bool) -> Result<BTreeMap<String, Value>, EditError> {
    Ok(super::values(fm)
        .map_err(EditError::invalid(english))?
        .into_iter()
        .collect())
}

fn json_to_toml(value: &Value) -> Option<toml::Value> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(b) => toml::Value::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(n.as_f64()?),
        },
        Value::String(s) => toml::Value::String(s.clone()),
        Value::Array(items) => {
            toml::Value::Array(items.iter().map(json_to_toml).collect::<Option<_>>()?)
        }
        Value::Object(map) => toml::Value::Table(
            map.iter()
                .map(|(k, v)| Some((k.clone(), json_to_toml(v)?)))
                .collect::<Option<_>>()?,
        ),
    })
}

/// `lines` with their line endings changed to `newline`.
fn with_newline(lines: &str, newline: &str) -> String {
    let lf = lines.replace("\r\n", "\n");
    if newline == "\n" {
        lf
    } else {
        lf.replace('\n', newline)
    }
}

/// Applies non-overlapping edits to `text`; insertions at one place keep their order.
fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// One entry `key` = `value` in `syntax`, ending with `newline`. JSON is valid YAML (flow
/// style), so YAML gets compact JSON; TOML gets an inline value (tables included).
/// Whether an entry's line is `key: 2025-01-01` or `key = 2025-01-01T10:00:00Z`: a date
/// or datetime written without quotes.
fn is_bare_date(entry: &str) -> bool {
    let value = entry
        .split_once([':', '='])
        .map_or("", |(_, value)| value.trim());
    let value = value.split(" #").next().unwrap_or(value).trim();
    !value.starts_with(['"', '\'']) && value.parse::<toml::value::Datetime>().is_ok()
}

fn serialize(
    key: &str,
    value: &Value,
    syntax: Syntax,
    newline: &str,
    date: bool,
) -> Result<String, EditError> {
    if let (true, Value::String(text)) = (date, value)
        && let Ok(datetime) = text.parse::<toml::value::Datetime>()
    {
        return Ok(match syntax {
            Syntax::Yaml => format!("{key}: {datetime}{newline}"),
            Syntax::Toml => format!("{key} = {datetime}{newline}"),
        });
    }
    match syntax {
        Syntax::Yaml => Ok(format!("{key}: {}{newline}", compact(value))),
        Syntax::Toml => {
            let value = json_to_toml(value).ok_or_else(|| EditError::Unconvertible {
                key: key.to_string(),
            })?;
            Ok(format!("{key} = {value}{newline}"))
        }
    }
}

/// A value as compact JSON, for messages.
pub(crate) fn compact(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_SHARED_FIELDS;
    use proptest::prelude::*;

    fn keys() -> Vec<String> {
        DEFAULT_SHARED_FIELDS
            .iter()
            .map(|k| k.to_string())
            .collect()
    }

    #[track_caller]
    fn sync(english: &str, translation: &str) -> Synced {
        shared_fields(english, translation, &keys()).unwrap()
    }

    #[test]
    fn replaces_a_differing_value_with_the_english_lines() {
        let s = sync(
            "---\ntitle: A\ndate: 2025-02-01\n---\nEnglish\n",
            "---\ntitle: Ä # mine\ndate: 2025-01-01\n---\nTraducción\n",
        );
        assert_eq!(
            s.text,
            "---\ntitle: Ä # mine\ndate: 2025-02-01\n---\nTraducción\n"
        );
        assert_eq!(
            s.changes,
            [FieldChange {
                key: "date".into(),
                english: "\"2025-02-01\"".into(),
                translation: Some("\"2025-01-01\"".into()),
            }]
        );
    }

    #[test]
    fn equal_values_written_differently_are_left_alone() {
        let t = "---\ndate: \"2025-01-01\"\ntags: [a, b]\nweight: 3\n---\n";
        let s = sync(
            "---\ndate: 2025-01-01\ntags:\n  - a\n  - b\nweight: 3\n---\n",
            t,
        );
        assert_eq!(s.text, t);
        assert!(s.changes.is_empty());
        let t = "+++\ndate = \"2025-01-01\"\n+++\n";
        assert_eq!(sync("+++\ndate = 2025-01-01\n+++\n", t).text, t);
    }

    #[test]
    fn replaces_block_lists_whole_and_keeps_crlf() {
        let s = sync(
            "---\ntags:\n- x\n- y\n# after\nweight: 1\n---\n",
            "\u{feff}---\r\ntags:\r\n  - a\r\n\r\n  - b\r\n# kept\r\nweight: 1\r\n---\r\nbody\r\n",
        );
        assert_eq!(
            s.text,
            "\u{feff}---\r\ntags:\r\n- x\r\n- y\r\n# kept\r\nweight: 1\r\n---\r\nbody\r\n"
        );
    }

    #[test]
    fn adds_missing_keys_and_reports_translation_only_ones() {
        let s = sync(
            "---\ndate: 2025-01-01\nimage: a.png\n---\n",
            "---\ntitle: T\naliases: [/x]\n---\nbody\n",
        );
        assert_eq!(
            s.text,
            "---\ntitle: T\naliases: [/x]\ndate: 2025-01-01\nimage: a.png\n---\nbody\n"
        );
        assert_eq!(s.only_in_translation, ["aliases"]);
    }

    #[test]
    fn creates_front_matter_when_the_translation_has_none() {
        let s = sync("+++\ndate = 2025-01-01\n+++\n", "\u{feff}# Título\r\n");
        assert_eq!(
            s.text,
            "\u{feff}+++\r\ndate = 2025-01-01\r\n+++\r\n# Título\r\n"
        );
        // Nothing shared in English: nothing to create.
        assert_eq!(sync("# E\n", "# T\n").text, "# T\n");
    }

    #[test]
    fn toml_keys_go_before_the_first_table_and_multiline_arrays_are_one_entry() {
        let s = sync(
            "+++\ndate = 2025-03-03\ntags = [\n  \"a\",\n  \"b\",\n]\n+++\n",
            "+++\ntitle = \"T\"\ntags = [\n  \"z\",\n] # old\n[extra]\nx = 1\n+++\n",
        );
        assert_eq!(
            s.text,
            "+++\ntitle = \"T\"\ntags = [\n  \"a\",\n  \"b\",\n]\ndate = 2025-03-03\n[extra]\nx = 1\n+++\n"
        );
    }

    #[test]
    fn converts_between_syntaxes() {
        let s = sync(
            "---\ndate: 2025-01-01\ntags: [a, b]\n---\n",
            "+++\ntitle = \"T\"\n+++\n",
        );
        assert_eq!(
            s.text,
            "+++\ntitle = \"T\"\ndate = 2025-01-01\ntags = [\"a\", \"b\"]\n+++\n"
        );
        let s = sync(
            "+++\nweight = 2\ntags = [\"a\"]\n+++\n",
            "---\ntitle: T\n---\n",
        );
        // In `shared-fields` order.
        assert_eq!(s.text, "---\ntitle: T\ntags: [\"a\"]\nweight: 2\n---\n");
        let err = shared_fields("---\nimage: ~\n---\n", "+++\n+++\n", &keys()).unwrap_err();
        assert_eq!(
            err,
            EditError::Unconvertible {
                key: "image".into()
            }
        );
    }

    #[test]
    fn refuses_broken_front_matter_naming_the_side() {
        let err =
            shared_fields("---\ndate: 1\n---\n", "---\ndate: [1\n---\n", &keys()).unwrap_err();
        assert!(
            matches!(err, EditError::Invalid { english: false, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn a_date_stays_a_date_between_yaml_and_toml() {
        let synced = shared_fields(
            "---\ndate: 2025-02-02\n---\n",
            "+++\ndate = 2025-02-01\n+++\n",
            &keys(),
        )
        .unwrap();
        assert_eq!(synced.text, "+++\ndate = 2025-02-02\n+++\n");
        let synced = shared_fields(
            "+++\ndate = 2025-02-02T10:00:00Z\n+++\n",
            "---\ntitle: T\n---\n",
            &keys(),
        )
        .unwrap();
        assert_eq!(
            synced.text,
            "---\ntitle: T\ndate: 2025-02-02T10:00:00Z\n---\n"
        );
        // A date written as a string stays a string.
        let synced = shared_fields(
            "---\ndate: \"2025-02-02\"\n---\n",
            "+++\ndate = \"2025-02-01\"\n+++\n",
            &keys(),
        )
        .unwrap();
        assert_eq!(synced.text, "+++\ndate = \"2025-02-02\"\n+++\n");
    }

    #[test]
    fn never_adds_a_line_to_a_flow_mapping() {
        let err = shared_fields(
            "---\ndate: 2025-01-01\n---\n",
            "---\n{title: T}\n---\n",
            &keys(),
        )
        .unwrap_err();
        assert_eq!(err, EditError::Unlocated { key: "date".into() });
    }

    #[test]
    fn finds_yaml_and_toml_entries() {
        let yaml = "title: x\n\"date\": 1\ntags:\n  - a\n\n  - b\n\n# c\nz: |\n  text\n";
        let e = entries(yaml, Syntax::Yaml);
        let spans: Vec<(&str, &str)> = e
            .entries
            .iter()
            .map(|e| (e.key.as_str(), &yaml[e.span.clone()]))
            .collect();
        assert_eq!(
            spans,
            [
                ("title", "title: x\n"),
                ("date", "\"date\": 1\n"),
                ("tags", "tags:\n  - a\n\n  - b\n"),
                ("z", "z: |\n  text\n"),
            ]
        );
    }

    /// Lines of a YAML front matter: distinct non-shared keys, comments, blank lines.
    fn yaml_lines() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec(
            prop_oneof![
                "[A-Za-z0-9][A-Za-z0-9 .]{0,20}".prop_map(|v| format!("k: {}", v.trim_end())),
                "# [ -~]{0,20}",
                Just(String::new()),
            ],
            0..6,
        )
        .prop_map(|items| {
            items
                .into_iter()
                .enumerate()
                .map(|(i, line)| match line.strip_prefix("k") {
                    Some(rest) => format!("key{i}{rest}"),
                    None => line,
                })
                .collect()
        })
    }

    proptest! {
        /// Replacing one shared value changes those lines only; every other byte stays.
        #[test]
        fn replacing_changes_nothing_else(
            before in yaml_lines(), after in yaml_lines(), old in "[a-z]{1,8}",
            new in "[a-z]{1,8}", body in "[ -~\n]{0,60}", crlf: bool, bom: bool,
        ) {
            prop_assume!(old != new);
            let nl = if crlf { "\r\n" } else { "\n" };
            let join = |lines: &[String]| lines.iter().map(|l| format!("{l}{nl}")).collect::<String>();
            let body = body.replace('\n', nl);
            let text = |tag: &str| format!(
                "{}---{nl}{}tags:{nl}  - {tag}{nl}{}---{nl}{body}",
                if bom { "\u{feff}" } else { "" },
                join(&before),
                join(&after).replacen("key", "other", usize::MAX),
            );
            let english = format!("---\ntags:\n  - {new}\n---\nEnglish\n");
            let s = shared_fields(&english, &text(&old), &keys()).unwrap();
            prop_assert_eq!(s.text, text(&new));
            prop_assert_eq!(s.changes.len(), 1);
        }

        /// TOML: the `weight` entry alone changes; comments, other keys and tables stay.
        #[test]
        fn toml_replacing_changes_nothing_else(
            lines in yaml_lines(), old in 0i64..100, new in 0i64..100, crlf: bool, table: bool,
        ) {
            prop_assume!(old != new);
            let nl = if crlf { "\r\n" } else { "\n" };
            // The YAML lines as TOML: `key0 = "value"`, comments and blank lines.
            let block: String = lines
                .iter()
                .map(|l| match l.split_once(": ") {
                    Some((k, v)) => format!("{k} = \"{v}\"{nl}"),
                    None => format!("{l}{nl}"),
                })
                .collect();
            let tail = if table { format!("[extra]{nl}weight = 1{nl}") } else { String::new() };
            let text = |w: i64| format!("+++{nl}{block}weight = {w} # order{nl}{tail}+++{nl}body{nl}");
            let english = format!("+++\nweight = {new} # order\n+++\n");
            let s = shared_fields(&english, &text(old), &keys()).unwrap();
            prop_assert_eq!(s.text, text(new));
        }

        /// Adding a key adds its line(s) at the end of the block; nothing else changes.
        #[test]
        fn adding_changes_nothing_else(lines in yaml_lines(), body in "[ -~\n]{0,60}", crlf: bool) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let block: String = lines.iter().map(|l| format!("{l}{nl}")).collect();
            let body = body.replace('\n', nl);
            let text = format!("---{nl}{block}---{nl}{body}");
            let s = shared_fields("---\nweight: 7 # w\n---\n", &text, &keys()).unwrap();
            prop_assert_eq!(s.text, format!("---{nl}{block}weight: 7 # w{nl}---{nl}{body}"));
        }
    }
}
