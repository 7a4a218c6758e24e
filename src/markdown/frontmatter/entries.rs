//! Where each top-level entry of a front matter block is, in bytes, so that an edit can
//! replace one entry's lines or add one, and leave every other byte alone. TOML spans
//! come from toml_edit's parser; YAML's top-level entries are found line by line (a key
//! at column 0 and its indented or `- ` continuation lines), which is all YAML allows at
//! the top level of a block mapping.

use std::ops::Range;

use super::Syntax;

/// One top-level front-matter entry: its key and its byte range in the block's text,
/// from the start of the key line to the end of its last line (newline included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub key: String,
    pub span: Range<usize>,
}

/// The top-level entries of a front matter block, and where a new top-level entry goes
/// (the end of the block for YAML; before the first `[table]` header for TOML).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Entries {
    pub entries: Vec<Entry>,
    pub insert_at: usize,
    /// The block is a YAML flow mapping (`{title: …, date: …}`): a line added to it
    /// would break it, so nothing may be inserted.
    pub flow: bool,
}

impl Entries {
    /// The entry of `key`, when the key has exactly one.
    pub(crate) fn get(&self, key: &str) -> Option<&Entry> {
        let mut found = self.entries.iter().filter(|e| e.key == key);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    pub(crate) fn count(&self, key: &str) -> usize {
        self.entries.iter().filter(|e| e.key == key).count()
    }
}

/// The top-level entries of a front matter block's text.
pub(crate) fn entries(text: &str, syntax: Syntax) -> Entries {
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
    let mut found = Entries {
        entries: Vec::new(),
        insert_at: text.len(),
        flow: false,
    };
    // The callers parse the block first and refuse a broken one; nothing to locate here.
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return found;
    };
    let root = doc.as_table();
    for (name, item) in root.iter() {
        match item {
            toml_edit::Item::Table(table) if !table.is_dotted() => {
                // A `[table]` header: top-level entries end at the first one.
                if let Some(start) = first_header(table) {
                    found.insert_at = found.insert_at.min(line_start(text, start));
                }
            }
            toml_edit::Item::ArrayOfTables(tables) => {
                for start in tables.iter().filter_map(first_header) {
                    found.insert_at = found.insert_at.min(line_start(text, start));
                }
            }
            _ => {
                // A value, or a dotted key (`a.b = 1`, maybe over several lines, each of
                // which is an entry of `a`).
                let mut leaves = Vec::new();
                leaf_spans(root.key(name), item, &mut leaves);
                for (start, end) in leaves {
                    found.entries.push(Entry {
                        key: name.to_string(),
                        span: line_start(text, start)..line_end(text, end),
                    });
                }
            }
        }
    }
    found.entries.sort_by_key(|e| e.span.start);
    found
}

/// Where the earliest `[header]` of `table` or of its subtables is.
fn first_header(table: &toml_edit::Table) -> Option<usize> {
    let own = table.span().map(|span| span.start);
    let nested = table.iter().filter_map(|(_, item)| match item {
        toml_edit::Item::Table(sub) if !sub.is_dotted() => first_header(sub),
        toml_edit::Item::ArrayOfTables(tables) => tables.iter().filter_map(first_header).min(),
        _ => None,
    });
    own.into_iter().chain(nested).min()
}

/// (start of the key, end of the value) of every value under `item`.
fn leaf_spans(key: Option<&toml_edit::Key>, item: &toml_edit::Item, out: &mut Vec<(usize, usize)>) {
    match item {
        toml_edit::Item::Value(value) => {
            if let (Some(key), Some(value)) = (key.and_then(|k| k.span()), value.span()) {
                out.push((key.start, value.end));
            }
        }
        toml_edit::Item::Table(table) => {
            for (name, child) in table.iter() {
                leaf_spans(table.key(name), child, out);
            }
        }
        _ => {}
    }
}

/// The start of the line holding byte `at`.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line holding byte `at`, its newline included.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}
