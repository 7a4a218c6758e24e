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

use crate::frontmatter::{self, FrontMatter, Syntax};

/// The default of the `shared-fields` setting.
pub const DEFAULT_SHARED_FIELDS: [&str; 5] = ["date", "tags", "image", "weight", "aliases"];

/// A shared field the translation must change to match the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub key: String,
    /// The English value, as compact JSON.
    pub english: String,
    /// The translation's value, as compact JSON; `None` when it lacks the key.
    pub translation: Option<String>,
}

/// The outcome of syncing one translation's shared fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    /// The new text (the same text when nothing changed).
    pub text: String,
    pub changes: Vec<FieldChange>,
    /// Shared keys the translation has and the English does not: left alone, reported.
    pub only_in_translation: Vec<String>,
}

/// Why a translation's shared fields cannot be synced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A front matter that does not parse (`english` says whose), with its file line.
    Invalid {
        english: bool,
        line: usize,
        message: String,
    },
    /// The English value has no form in the translation's syntax (a YAML null in TOML).
    Unconvertible { key: String },
    /// The translation writes the key in a way whose lines cannot be told apart (a TOML
    /// dotted key split over several lines, a YAML complex key): edit it by hand.
    Unlocated { key: String },
}

/// One top-level front-matter entry: its key and its byte range in the block's text,
/// from the start of the key line to the end of its last line (newline included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub span: Range<usize>,
}

/// The top-level entries of a front matter block, and where a new top-level entry goes
/// (the end of the block for YAML; before the first `[table]` header for TOML).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entries {
    pub entries: Vec<Entry>,
    pub insert_at: usize,
    /// The block is a YAML flow mapping (`{title: …, date: …}`): a line added to it
    /// would break it, so nothing may be inserted.
    pub flow: bool,
}

impl Entries {
    /// The entry of `key`, when the key has exactly one.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        let mut found = self.entries.iter().filter(|e| e.key == key);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    fn count(&self, key: &str) -> usize {
        self.entries.iter().filter(|e| e.key == key).count()
    }
}

/// Sets the `keys` of `translation`'s front matter to the values in `english`.
pub fn shared_fields(english: &str, translation: &str, keys: &[String]) -> Result<Synced, Refusal> {
    let newline = newline_of(translation);
    let en_fm = frontmatter::split(english).map_err(|e| Refusal::Invalid {
        english: true,
        line: e.line,
        message: e.message.ui(),
    })?;
    let (en_values, en_entries) = match &en_fm {
        Some(fm) => (values(fm, true)?, entries(fm.text, fm.syntax)),
        None => (BTreeMap::new(), Entries::default()),
    };
    let tr_fm = frontmatter::split(translation).map_err(|e| Refusal::Invalid {
        english: false,
        line: e.line,
        message: e.message.ui(),
    })?;
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
                return Err(Refusal::Unlocated { key: key.clone() });
            }
            None if tr_entries.flow => return Err(Refusal::Unlocated { key: key.clone() }),
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
            let offset = fm.text.as_ptr() as usize - translation.as_ptr() as usize;
            let block = apply(fm.text, edits);
            format!(
                "{}{block}{}",
                &translation[..offset],
                &translation[offset + fm.text.len()..]
            )
        }
        None => {
            // No front matter: create one at the very top (after a BOM, which stays first).
            let (bom, rest) = translation
                .strip_prefix('\u{feff}')
                .map_or(("", translation), |rest| ("\u{feff}", rest));
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

/// `\r\n` when the text uses it, else `\n`.
pub fn newline_of(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// `lines` with their line endings changed to `newline`.
pub fn with_newline(lines: &str, newline: &str) -> String {
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

/// The top-level values of a front matter, as data.
fn values(fm: &FrontMatter<'_>, english: bool) -> Result<BTreeMap<String, Value>, Refusal> {
    let invalid = |line: usize, message: String| Refusal::Invalid {
        english,
        line,
        message,
    };
    let value = match fm.syntax {
        Syntax::Yaml => {
            if fm.text.trim().is_empty() {
                return Ok(BTreeMap::new());
            }
            serde_saphyr::from_str::<Value>(fm.text).map_err(|err| {
                let line = err.location().map_or(0, |l| l.line() as usize);
                let error = frontmatter::yaml_message(&err.to_string());
                let message = msg!("frontmatter-invalid-yaml", error = error).ui();
                invalid(fm.first_line + line.saturating_sub(1), message)
            })?
        }
        Syntax::Toml => {
            let table: toml::Table = toml::from_str(fm.text).map_err(|err| {
                let line = err
                    .span()
                    .map_or(0, |span| fm.text[..span.start].matches('\n').count());
                let message = msg!("frontmatter-invalid-toml", error = err.message()).ui();
                invalid(fm.first_line + line, message)
            })?;
            toml_to_json(toml::Value::Table(table))
        }
    };
    match value {
        Value::Object(map) => Ok(map.into_iter().collect()),
        Value::Null => Ok(BTreeMap::new()),
        _ => Err(invalid(
            fm.first_line,
            "the front matter is not a mapping of keys to values".into(),
        )),
    }
}

fn toml_to_json(value: toml::Value) -> Value {
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
) -> Result<String, Refusal> {
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
            let value = json_to_toml(value).ok_or_else(|| Refusal::Unconvertible {
                key: key.to_string(),
            })?;
            Ok(format!("{key} = {value}{newline}"))
        }
    }
}

/// A value as compact JSON, for messages.
pub fn compact(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The top-level entries of a front matter block's text.
pub fn entries(text: &str, syntax: Syntax) -> Entries {
    match syntax {
        Syntax::Yaml => yaml_entries(text),
        Syntax::Toml => toml_entries(text),
    }
}

/// Lines of `text` with their byte offsets (newline included in each line).
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    })
}

fn yaml_entries(text: &str) -> Entries {
    let mut entries: Vec<Entry> = Vec::new();
    let mut open = false;
    for (start, line) in lines_at(text) {
        let content = line.trim_end_matches(['\n', '\r']);
        let end = start + line.len();
        let continues = content.starts_with([' ', '\t'])
            || content == "-"
            || content.starts_with("- ")
            || content.starts_with("-\t");
        if content.trim().is_empty() {
            // Part of the entry only if a continuation line follows.
            continue;
        }
        if continues {
            if open && let Some(last) = entries.last_mut() {
                last.span.end = end;
            }
            continue;
        }
        open = false;
        if content.starts_with('#') {
            continue;
        }
        if let Some(key) = yaml_key(content) {
            entries.push(Entry {
                key,
                span: start..end,
            });
            open = true;
        }
    }
    let flow = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .is_some_and(|line| line.starts_with('{'));
    Entries {
        entries,
        insert_at: text.len(),
        flow,
    }
}

/// The key of a top-level YAML line `key: …` (plain or quoted), if it is one.
fn yaml_key(line: &str) -> Option<String> {
    for quote in ['"', '\''] {
        if let Some(rest) = line.strip_prefix(quote) {
            let close = rest.find(quote)?;
            let after = rest[close + 1..].trim_start();
            return after.starts_with(':').then(|| rest[..close].to_string());
        }
    }
    if line.starts_with(['?', '{', '[', '&', '*', '!', '|', '>', '%', '@', '`']) {
        return None;
    }
    let colon = line
        .char_indices()
        .find(|&(i, c)| {
            c == ':'
                && line[i + 1..]
                    .chars()
                    .next()
                    .is_none_or(|n| n == ' ' || n == '\t')
        })
        .map(|(i, _)| i)?;
    let key = line[..colon].trim_end();
    (!key.is_empty()).then(|| key.to_string())
}

fn toml_entries(text: &str) -> Entries {
    let lines: Vec<(usize, &str)> = lines_at(text).collect();
    let mut entries = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, line) = lines[i];
        let content = line.trim();
        if content.is_empty() || content.starts_with('#') {
            i += 1;
            continue;
        }
        if content.starts_with('[') {
            // The first table header: top-level entries end here.
            return Entries {
                entries,
                insert_at: start,
                flow: false,
            };
        }
        // The entry is the shortest run of lines from here that parses on its own
        // (multi-line arrays, strings and inline tables included).
        let found = (i..lines.len()).find_map(|j| {
            let end = lines[j].0 + lines[j].1.len();
            let table: toml::Table = toml::from_str(&text[start..end]).ok()?;
            let key = table.keys().next()?.clone();
            Some((j, end, key))
        });
        match found {
            Some((j, end, key)) => {
                entries.push(Entry {
                    key,
                    span: start..end,
                });
                i = j + 1;
            }
            None => break,
        }
    }
    Entries {
        entries,
        insert_at: text.len(),
        flow: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            Refusal::Unconvertible {
                key: "image".into()
            }
        );
    }

    #[test]
    fn refuses_broken_front_matter_naming_the_side() {
        let err =
            shared_fields("---\ndate: 1\n---\n", "---\ndate: [1\n---\n", &keys()).unwrap_err();
        assert!(
            matches!(err, Refusal::Invalid { english: false, .. }),
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
        assert_eq!(err, Refusal::Unlocated { key: "date".into() });
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
