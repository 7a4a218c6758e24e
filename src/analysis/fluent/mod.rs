//! Fluent (`.ftl`) checks: what can go wrong in a translated Fluent file that git history
//! alone cannot tell. A `.ftl` file is not prose, it is code the application runs: a
//! misspelt `{ $count }`, a message the app asks for but the file lacks, a plural variant
//! the language needs, or a syntax error that silently drops an entry all show up as
//! broken UI, never as a build failure. This module compares one translated file with
//! its English source and returns the problems as data.
//!
//! It is pure: text in, [`FileReport`] out. Reading files, finding the base commit in git
//! and deciding which findings fail a run belong to the callers.
//!
//! Two crates do the Fluent work so that the checks agree with the application:
//! fluent-syntax parses (with error recovery, so one broken entry does not hide the rest)
//! and fluent-bundle formats, with the plural rules of `intl_pluralrules` it uses itself.
//!
//! Choices worth knowing:
//! - Positions are in the translated file, `missing` included (where the entry is to be
//!   added; the message gives the English line), except problems of the English file
//!   itself (syntax, duplicates), which say so in the message; [`FluentFinding::file`]
//!   tells which.
//! - A file is checked with the rest of its resource set ([`ResourceSet`]): what another
//!   file of the language defines is defined.
//! - Levels follow compare-locales where it has the same check (the README lists where
//!   and why they differ).
//! - One cause, one finding: an entry the parser dropped is a syntax finding, not also
//!   `missing`; a reference to an entry reported missing or unknown does not also fail
//!   `format`. Duplicates are compared by their first definition, as fluent-bundle uses it.
//! - Entries only in the translation (obsolete) get no other check.
//! - `stale` compares each entry's canonical serialization (comments, layout and attribute
//!   order ignored). An entry added to English after the base commit is not stale when
//!   the translation has it: the translator saw it.
//! - Plural categories are those of the CLDR data fluent-bundle ships (CLDR 37 in
//!   intl_pluralrules 7), so es, fr and pt need `one` and `other` only; a `many` variant
//!   is allowed but never selected by the current runtime.

mod checks;
mod files;
mod format;
mod plural;
mod record;
mod set;
mod source;
mod walk;

pub(crate) use files::analyse;
pub(crate) use record::{record_base, recorded_base};
pub use set::ResourceSet;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;
use fluent_syntax::serializer;
use unic_langid::LanguageIdentifier;

use crate::config::FluentSettings;
use crate::model::Level;
use crate::model::i18n::Message;
use crate::report::{Check, FileReport, FluentCounts, FluentFinding, Side};

use self::source::{Source, Unit};

/// Checks a translated file against its English source.
///
/// `lang` is the BCP 47 tag of the translation (plural categories and formatting depend
/// on it; an unparsable tag falls back to English rules, as fluent-bundle does).
/// `english_at_base` is the English file at the translation's base commit, if known;
/// without it there is no `stale` check and nothing counts as stale.
///
/// Never fails: whatever is wrong with either file is a finding.
pub fn check_file(
    english: &str,
    translation: &str,
    lang: &str,
    english_at_base: Option<&str>,
    options: &FluentSettings,
) -> FileReport {
    let set = ResourceSet::default();
    check_in_set(english, translation, lang, english_at_base, options, &set)
}

/// Checks a translated file loaded together with the other files of its resource `set`,
/// as the application loads them: a reference to a message or term another file of the
/// set defines resolves, and formatting sees those files too.
pub fn check_in_set(
    english: &str,
    translation: &str,
    lang: &str,
    english_at_base: Option<&str>,
    options: &FluentSettings,
    set: &ResourceSet<'_>,
) -> FileReport {
    let en = Source::parse(english);
    let tr = Source::parse(translation);
    let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
    let tr_ids: HashSet<String> = tr
        .units()
        .iter()
        .flat_map(|u| {
            std::iter::once(u.id.clone()).chain(
                u.attributes
                    .iter()
                    .map(|a| format!("{}.{}", u.id, a.id.name)),
            )
        })
        .collect();
    let mut checker = Checker {
        en: &en,
        tr: &tr,
        lang: &lang,
        options,
        set,
        tr_ids,
        findings: Vec::new(),
        unavailable: BTreeSet::new(),
        plural_rules: [None, None],
    };
    checker.syntax(Side::English);
    checker.syntax(Side::Translation);

    let en_units = en.units();
    let tr_units = tr.units();
    let en_first = checker.first_definitions(&en_units, Side::English);
    let tr_first = checker.first_definitions(&tr_units, Side::Translation);
    let en_junk: BTreeSet<&str> = en.junk().iter().filter_map(|j| j.id).collect();
    let tr_junk: BTreeSet<&str> = tr.junk().iter().filter_map(|j| j.id).collect();
    // An entry that is junk in the translation is not reported missing: its syntax
    // finding says what to fix. At runtime it is absent, so references to it fail too.
    checker
        .unavailable
        .extend(tr_junk.iter().map(|id| id.to_string()));

    // Entries in both files, English first.
    let mut matched: Vec<(&Unit<'_, '_>, &Unit<'_, '_>)> = Vec::new();
    for e in en_first.values() {
        match tr_first.get(e.id.as_str()) {
            Some(t) => matched.push((e, t)),
            None if tr_junk.contains(e.id.as_str()) => {}
            None => {
                let at = insertion_point(&en_units, &tr_first, e, tr.text.len());
                checker.missing_entry(e, at);
            }
        }
    }
    for t in tr_first.values() {
        if !en_first.contains_key(t.id.as_str()) && !en_junk.contains(t.id.as_str()) {
            checker.obsolete_entry(t);
        }
    }

    let mut to_format = Vec::new();
    for &(e, t) in &matched {
        for pair in checker.entry_pairs(e, t) {
            checker.compare(e, &pair);
            // Terms cannot be formatted on their own; the messages using them are.
            if matches!(t.entry, ast::Entry::Message(_)) {
                to_format.push((t, pair));
            }
        }
    }
    checker.format(&en_units, &tr_units, &to_format);

    let stale = match english_at_base {
        Some(base) => checker.stale(&Source::parse(base), &matched),
        None => BTreeSet::new(),
    };

    let translated: BTreeSet<&str> = matched.iter().map(|(e, _)| e.id.as_str()).collect();
    let mut counts = FluentCounts::default();
    for id in en_first.keys() {
        if !translated.contains(id) {
            counts.missing += 1;
        } else if stale.contains(id) {
            counts.stale += 1;
        } else {
            counts.current += 1;
        }
    }

    let mut findings = checker.findings;
    findings.sort_by(|a, b| {
        (a.file, a.line, a.column, a.check, &a.id).cmp(&(b.file, b.line, b.column, b.check, &b.id))
    });
    FileReport { findings, counts }
}

/// State shared by the checks of one file pair.
struct Checker<'c, 's> {
    en: &'c Source<'s>,
    tr: &'c Source<'s>,
    lang: &'c LanguageIdentifier,
    options: &'c FluentSettings,
    /// The other files loaded with the translation.
    set: &'c ResourceSet<'c>,
    /// Ids the translation defines (`msg`, `msg.attr`, `-term`…).
    tr_ids: HashSet<String>,
    findings: Vec<FluentFinding>,
    /// Ids (`msg`, `msg.attr`, `-term`) whose absence from the translation is already a
    /// finding, so a reference to them failing to format is not reported again.
    unavailable: BTreeSet<String>,
    /// The language's cardinal and ordinal categories, worked out on first use.
    plural_rules: [Option<Vec<plural::Category>>; 2],
}

/// A message value or attribute present in both files.
struct Pair<'a, 's> {
    english: &'a ast::Pattern<&'s str>,
    translation: &'a ast::Pattern<&'s str>,
    /// The attribute's name; `None` for the value.
    attribute: Option<&'s str>,
    /// `msg`, `msg.attr`, `-term`.
    id: String,
    /// Where the value (its entry's id) or the attribute starts in the translation.
    offset: usize,
}

impl<'c, 's> Checker<'c, 's> {
    fn source(&self, side: Side) -> &'c Source<'s> {
        match side {
            Side::English => self.en,
            Side::Translation => self.tr,
        }
    }

    fn push(
        &mut self,
        check: Check,
        side: Side,
        id: Option<String>,
        offset: usize,
        message: Message,
    ) {
        self.push_at(check.level(), check, side, id, offset, message);
    }

    /// A finding at a level other than its check's usual one.
    fn push_at(
        &mut self,
        level: Level,
        check: Check,
        side: Side,
        id: Option<String>,
        offset: usize,
        message: Message,
    ) {
        let (line, column) = self.source(side).position(offset);
        self.findings.push(FluentFinding {
            check,
            level,
            file: side,
            id,
            line,
            column,
            message,
            english_before: None,
            english_after: None,
        });
    }

    fn line_of(&self, side: Side, offset: usize) -> usize {
        self.source(side).position(offset).0
    }

    /// Parse errors of one file, each with the id of the entry it dropped, if any.
    fn syntax(&mut self, side: Side) {
        let source = self.source(side);
        let junk = source.junk();
        let in_english = in_file(side);
        for error in &source.errors {
            // `slice` is the stretch the parser turned into junk for this error.
            let dropped = error
                .slice
                .as_ref()
                .and_then(|slice| junk.iter().find(|j| j.start == slice.start));
            // An unclosed `{` is only noticed at the next entry; pointing there would
            // blame a line that is fine, so point after the junk's last char instead.
            let offset = match dropped {
                Some(junk) => error.pos.start.min(junk.end),
                None => error.pos.start,
            };
            let skipped = match dropped {
                Some(junk) => match junk.id {
                    Some(id) => msg!("ftl-skips-entry", id = id),
                    None => {
                        let first = self.line_of(side, junk.start);
                        let last = self.line_of(side, junk.end);
                        if first == last {
                            msg!("ftl-skips-line", line = first)
                        } else {
                            msg!("ftl-skips-lines", first = first, last = last)
                        }
                    }
                },
                None => msg!("ftl-skips-unknown"),
            };
            let (check, message) = match error.kind {
                ErrorKind::MissingDefaultVariant => (
                    Check::NoDefaultVariant,
                    msg!(
                        "ftl-no-default-variant",
                        place = in_english,
                        skipped = skipped
                    ),
                ),
                _ => (
                    Check::Syntax,
                    msg!(
                        "ftl-syntax-error",
                        place = in_english,
                        error = lowercase_first(&error.kind.to_string()),
                        skipped = skipped
                    ),
                ),
            };
            let id = dropped.and_then(|j| j.id).map(str::to_string);
            self.push(check, side, id, offset, message);
        }
    }

    /// The first definition of each id, keyed by id, and a `duplicate` finding for every
    /// later one: fluent-bundle keeps the first, so that is the one compared.
    fn first_definitions<'u>(
        &mut self,
        units: &'u [Unit<'c, 's>],
        side: Side,
    ) -> BTreeMap<&'u str, &'u Unit<'c, 's>> {
        let mut first: BTreeMap<&'u str, &'u Unit<'c, 's>> = BTreeMap::new();
        for unit in units {
            match first.get(unit.id.as_str()) {
                Some(earlier) => {
                    let message = msg!(
                        "ftl-duplicate",
                        id = &unit.id,
                        place = in_file(side),
                        line = self.line_of(side, earlier.offset)
                    );
                    // The English file's own duplicates are not the translator's to fix
                    // (compare-locales: a warning there, an error in the translation).
                    let level = match side {
                        Side::English => Level::Warning,
                        Side::Translation => Level::Error,
                    };
                    self.push_at(
                        level,
                        Check::Duplicate,
                        side,
                        Some(unit.id.clone()),
                        unit.offset,
                        message,
                    );
                }
                None => {
                    first.insert(&unit.id, unit);
                }
            }
        }
        first
    }

    /// An English entry the translation lacks, reported in the translation (where it is
    /// to be added, `at`) with the English line in the message.
    fn missing_entry(&mut self, e: &Unit<'_, '_>, at: usize) {
        let kind = kind_of(e);
        self.unavailable.insert(e.id.clone());
        let english_line = self.line_of(Side::English, e.offset);
        self.push(
            Check::Missing,
            Side::Translation,
            Some(e.id.clone()),
            at,
            msg!("ftl-missing", kind = kind, id = &e.id, line = english_line),
        );
    }

    /// compare-locales counts an obsolete entry without calling it an error: the
    /// application never asks for it, so it breaks nothing.
    fn obsolete_entry(&mut self, t: &Unit<'_, '_>) {
        let kind = kind_of(t);
        self.push_at(
            Level::Warning,
            Check::Obsolete,
            Side::Translation,
            Some(t.id.clone()),
            t.offset,
            msg!("ftl-obsolete", kind = kind, id = &t.id),
        );
    }

    /// Value and attribute parity of an entry present in both files; returns the values
    /// and attributes to compare.
    fn entry_pairs<'u>(&mut self, e: &Unit<'u, 's>, t: &Unit<'u, 's>) -> Vec<Pair<'u, 's>> {
        let mut pairs = Vec::new();
        match (e.value, t.value) {
            (Some(english), Some(translation)) => pairs.push(Pair {
                english,
                translation,
                attribute: None,
                id: t.id.clone(),
                offset: t.offset,
            }),
            (Some(_), None) => {
                self.unavailable.insert(e.id.clone());
                let line = self.line_of(Side::English, e.offset);
                self.push(
                    Check::Missing,
                    Side::Translation,
                    Some(e.id.clone()),
                    t.offset,
                    msg!("ftl-missing-value", id = &e.id, line = line),
                );
            }
            // An error, as in compare-locales: the English element shows no value.
            (None, Some(_)) => self.push_at(
                Level::Error,
                Check::Obsolete,
                Side::Translation,
                Some(t.id.clone()),
                t.offset,
                msg!("ftl-obsolete-value", id = &t.id),
            ),
            (None, None) => {}
        }

        let is_term = matches!(t.entry, ast::Entry::Term(_));
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for attr in t.attributes {
            let name = attr.id.name;
            let id = format!("{}.{name}", t.id);
            let offset = self.tr.offset_with_sigil(name);
            if let Some(&earlier) = seen.get(name) {
                let message = msg!(
                    "ftl-duplicate-attribute",
                    name = name,
                    id = &t.id,
                    line = self.line_of(Side::Translation, earlier)
                );
                // A warning, as in compare-locales: the first definition is used and the
                // message still shows.
                self.push_at(
                    Level::Warning,
                    Check::Duplicate,
                    Side::Translation,
                    Some(id),
                    offset,
                    message,
                );
                continue;
            }
            seen.insert(name, offset);
            match e.attributes.iter().find(|a| a.id.name == name) {
                Some(e_attr) => pairs.push(Pair {
                    english: &e_attr.value,
                    translation: &attr.value,
                    attribute: Some(name),
                    id,
                    offset,
                }),
                // An error, as in compare-locales: an attribute is set on an element, and
                // one English no longer has can set what the application now sets itself.
                // A term's attributes are the language's grammar (`.gender`, `.case`),
                // private to its messages: each language has its own, as compare-locales
                // allows.
                None if is_term => {}
                None => self.push_at(
                    Level::Error,
                    Check::Obsolete,
                    Side::Translation,
                    Some(id),
                    offset,
                    msg!("ftl-obsolete-attribute", name = name, id = &t.id),
                ),
            }
        }
        let mut seen_english = BTreeSet::new();
        for attr in e.attributes {
            let name = attr.id.name;
            if !seen_english.insert(name) || seen.contains_key(name) || is_term {
                continue;
            }
            let id = format!("{}.{name}", e.id);
            self.unavailable.insert(id.clone());
            let line = self.line_of(Side::English, self.en.offset_with_sigil(name));
            self.push(
                Check::Missing,
                Side::Translation,
                Some(id),
                t.offset,
                msg!(
                    "ftl-missing-attribute",
                    name = name,
                    id = &e.id,
                    line = line
                ),
            );
        }
        pairs
    }
}

/// Where a missing English entry `e` belongs in the translation: before the translation
/// of the next English entry it has, else at the end (`end`).
fn insertion_point(
    en_units: &[Unit<'_, '_>],
    tr_first: &BTreeMap<&str, &Unit<'_, '_>>,
    e: &Unit<'_, '_>,
    end: usize,
) -> usize {
    en_units
        .iter()
        .skip_while(|u| u.offset <= e.offset)
        .find_map(|u| tr_first.get(u.id.as_str()).map(|t| t.offset))
        .unwrap_or(end)
}

fn kind_of(unit: &Unit<'_, '_>) -> &'static str {
    match unit.entry {
        ast::Entry::Term(_) => "term",
        _ => "message",
    }
}

/// Where a problem is, when it is not in the translation being checked.
fn in_file(side: Side) -> &'static str {
    match side {
        Side::English => "english",
        Side::Translation => "translation",
    }
}

/// An entry without its comment, serialized the canonical way.
fn entry_text(entry: &ast::Entry<&str>) -> String {
    let mut entry = entry.clone();
    match &mut entry {
        ast::Entry::Message(msg) => msg.comment = None,
        ast::Entry::Term(term) => term.comment = None,
        _ => {}
    }
    serialize(entry).trim_end().to_string()
}

/// What makes two versions of an entry the same: the canonical serialization with
/// attributes in name order, whitespace runs collapsed. Comments, layout and attribute
/// order do not change what the application shows.
fn entry_key(entry: &ast::Entry<&str>) -> String {
    let mut entry = entry.clone();
    match &mut entry {
        ast::Entry::Message(msg) => {
            msg.comment = None;
            msg.attributes.sort_by_key(|a| a.id.name);
        }
        ast::Entry::Term(term) => {
            term.comment = None;
            term.attributes.sort_by_key(|a| a.id.name);
        }
        _ => {}
    }
    collapse_whitespace(&serialize(entry))
}

/// A pattern's canonical source, whitespace collapsed: `{ $n } lessons`.
fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let entry = ast::Entry::Message(ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(pattern.clone()),
        attributes: Vec::new(),
        comment: None,
    });
    let text = serialize(entry);
    collapse_whitespace(text.strip_prefix("x =").unwrap_or(&text))
}

fn serialize(entry: ast::Entry<&str>) -> String {
    serializer::serialize(&ast::Resource { body: vec![entry] })
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `a`, `a and b`, `a, b and c`.
/// "a, b and c", with the conjunction of the language the message is shown in.
fn list(items: impl IntoIterator<Item = String>) -> Message {
    let items: Vec<String> = items.into_iter().collect();
    match items.as_slice() {
        [] => msg!("plain", text = ""),
        [only] => msg!("plain", text = only),
        [init @ .., last] => msg!("list-and", init = init.join(", "), last = last),
    }
}

/// Long English text quoted in a message is cut, so the message stays one line.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_check() {
        assert_eq!(Check::Missing.level(), Level::Error);
        assert_eq!(Check::Stale.level(), Level::Warning);
        for check in Check::ALL {
            let json = serde_json::to_string(&check).expect("serializes");
            assert_eq!(json, format!("\"{}\"", check.as_str()));
        }
    }

    #[test]
    fn entry_key_ignores_comments_layout_and_attribute_order() {
        let key = |ftl: &'static str| {
            let source = Source::parse(ftl);
            entry_key(source.units()[0].entry)
        };
        assert_eq!(
            key("# old comment\nm = Hello   world\n    .a = A\n    .b = B\n"),
            key("m =\n    Hello world\n    .b = B\n    .a = A\n")
        );
        assert_ne!(key("m = Hello world\n"), key("m = Hello, world\n"));
    }

    #[test]
    fn list_joins_with_and() {
        assert_eq!(list(["a".to_string()]).english(), "a");
        assert_eq!(
            list(["a".to_string(), "b".to_string()]).english(),
            "a and b"
        );
        assert_eq!(
            list(["a", "b", "c"].map(String::from)).english(),
            "a, b and c"
        );
    }

    #[test]
    fn clean_translation_has_no_findings() {
        let report = check_file(
            "hello = Hello { $name }\n",
            "hello = Hola { $name }\n",
            "es",
            Some("hello = Hello { $name }\n"),
            &FluentSettings::default(),
        );
        assert_eq!(report.findings, []);
        assert_eq!(
            report.counts,
            FluentCounts {
                current: 1,
                stale: 0,
                missing: 0
            }
        );
    }
}
