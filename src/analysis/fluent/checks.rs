//! The checks run on each English entry and its translation: variables, references,
//! text left untranslated, plural categories, formatting with fluent-bundle, and
//! staleness against the English at the translation's base.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_syntax::ast;

use super::source::{Source, Unit};
use super::{Checker, Pair, format, plural, walk};
use super::{
    collapse_whitespace, entry_key, entry_text, kind_of, list, lowercase_first, pattern_text,
    shorten,
};
use crate::model::Level;
use crate::model::i18n::Message;
use crate::report::{Check, FluentFinding, Side};

/// Whether an attribute holds no text to translate: keyboard keys (`.accesskey`,
/// `.buttonaccesskeyaccept`, `.key`, `.commandkey`, `.keycode`) and CSS (compare-locales
/// checks `.style` as CSS, never as text).
fn is_not_text(attribute: &str) -> bool {
    attribute == "style"
        || attribute == "keycode"
        || attribute.ends_with("key")
        || attribute.contains("accesskey")
}

/// The variables an entry's comment documents (`# $accounts (Number) - …`): the
/// application passes them whether or not the English text shows them.
fn documented_variables<'a>(entry: &'a ast::Entry<&str>) -> BTreeSet<&'a str> {
    let comment = match entry {
        ast::Entry::Message(msg) => msg.comment.as_ref(),
        ast::Entry::Term(term) => term.comment.as_ref(),
        _ => None,
    };
    let mut found = BTreeSet::new();
    for line in comment.iter().flat_map(|c| c.content.iter()) {
        let mut rest: &str = line;
        while let Some(at) = rest.find('$') {
            let name = &rest[at + 1..];
            let len = name
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(name.len());
            if len > 0 && name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                found.insert(&name[..len]);
            }
            rest = &name[len..];
        }
    }
    found
}

impl<'c, 's> Checker<'c, 's> {
    /// Variables, references, plural categories and untranslated text of one value or
    /// attribute.
    pub(super) fn compare(&mut self, e: &Unit<'_, 's>, pair: &Pair<'_, 's>) {
        let english = walk::usage(pair.english);
        let translation = walk::usage(pair.translation);
        // A term's variables are its parameters (`-brand = { $case -> … }`), given by the
        // messages that call it (`{ -brand(case: "genitive") }`), never by the application.
        if matches!(e.entry, ast::Entry::Message(_)) {
            let documented = documented_variables(e.entry);
            self.variables(pair, &english, &translation, &documented);
        }
        self.references(pair, &english, &translation);
        for select in &translation.plural_selects {
            self.plural_categories(&pair.id, select);
        }
        // Term attributes are grammatical data (`.gender = feminine`), not shown text.
        let shown = pair.attribute.is_none() || matches!(e.entry, ast::Entry::Message(_));
        if shown && translation.has_letters {
            self.untranslated(pair, &e.id);
        }
    }

    fn variables(
        &mut self,
        pair: &Pair<'_, 's>,
        english: &walk::Usage<'s>,
        translation: &walk::Usage<'s>,
        documented: &BTreeSet<&str>,
    ) {
        let id = &pair.id;
        for (&name, &slice) in &translation.variables {
            // The English comment documents what the application passes (`# $accounts
            // (Number)`), even where the English text has no use for it.
            if english.variables.contains_key(name) || documented.contains(name) {
                continue;
            }
            let known = if english.variables.is_empty() {
                msg!("ftl-english-uses-no-variables")
            } else {
                let names = english.variables.keys().map(|v| format!("${v}"));
                msg!("ftl-english-uses", variables = list(names))
            };
            self.push(
                Check::UnknownVariable,
                Side::Translation,
                Some(id.clone()),
                self.tr.offset_with_sigil(slice),
                msg!("ftl-unknown-variable", name = name, id = id, known = known),
            );
        }
        for name in english.variables.keys() {
            if !translation.variables.contains_key(name) {
                self.push(
                    Check::DroppedVariable,
                    Side::Translation,
                    Some(id.clone()),
                    pair.offset,
                    msg!("ftl-dropped-variable", id = id, name = *name),
                );
            }
        }
    }

    fn references(
        &mut self,
        pair: &Pair<'_, 's>,
        english: &walk::Usage<'s>,
        translation: &walk::Usage<'s>,
    ) {
        let id = &pair.id;
        for (key, reference) in &translation.references {
            if english.references.contains_key(key) {
                continue;
            }
            let offset = if reference.term {
                self.tr.offset_with_sigil(reference.name)
            } else {
                self.tr.offset_of(reference.name)
            };
            self.unavailable.insert(key.clone());
            // What the language's files define resolves: a warning, as compare-locales
            // says (the text differs from English, it works). What none defines shows as
            // `{ key }` on screen: an error.
            // A term's attribute is only ever a selector (`{ -brand.gender -> … }`):
            // undefined, the select takes its default variant, which still reads.
            let term_attribute = reference.term && key.contains('.');
            if term_attribute && self.defines(key) {
                // Selecting on the language's own grammar is what term attributes are
                // for; compare-locales does not count it either.
                continue;
            }
            if term_attribute {
                self.push_at(
                    Level::Warning,
                    Check::UnknownReference,
                    Side::Translation,
                    Some(id.clone()),
                    offset,
                    msg!("ftl-unknown-term-attribute", key = key, id = id),
                );
            } else if self.defines(key) {
                self.push_at(
                    Level::Warning,
                    Check::UnknownReference,
                    Side::Translation,
                    Some(id.clone()),
                    offset,
                    msg!("ftl-unknown-reference", key = key, id = id),
                );
            } else {
                self.push_at(
                    Level::Error,
                    Check::UnknownReference,
                    Side::Translation,
                    Some(id.clone()),
                    offset,
                    msg!("ftl-unknown-reference-undefined", key = key, id = id),
                );
            }
        }
        for key in english.references.keys() {
            if !translation.references.contains_key(key) {
                self.push(
                    Check::DroppedReference,
                    Side::Translation,
                    Some(id.clone()),
                    pair.offset,
                    msg!("ftl-dropped-reference", id = id, key = key),
                );
            }
        }
    }

    /// Whether the translation or another file of its set defines `key` (`msg`,
    /// `msg.attr`, `-term`).
    pub(super) fn defines(&self, key: &str) -> bool {
        self.tr_ids.contains(key) || self.set.defined.contains_key(key)
    }

    /// Text identical to English, compared in canonical form so layout does not matter.
    fn untranslated(&mut self, pair: &Pair<'_, 's>, entry_id: &str) {
        // Keyboard keys and CSS are the same in most languages; keeping them is no
        // omission.
        if pair.attribute.is_some_and(is_not_text) {
            return;
        }
        let text = pattern_text(pair.translation);
        if text != pattern_text(pair.english) || self.allowed(&pair.id, entry_id, &text) {
            return;
        }
        // A name made of the English terms' words (`Firefox Nightly`) is a brand.
        let words = super::set::words(pair.translation);
        if !words.is_empty() && words.iter().all(|w| self.set.brand_words.contains(w)) {
            return;
        }
        let id = &pair.id;
        self.push(
            Check::Untranslated,
            Side::Translation,
            Some(id.clone()),
            pair.offset,
            msg!("ftl-untranslated", id = id, text = shorten(&text)),
        );
    }

    fn allowed(&self, slot_id: &str, entry_id: &str, text: &str) -> bool {
        self.options.allow_untranslated.iter().any(|allowed| {
            let allowed = allowed.trim();
            allowed == slot_id || allowed == entry_id || collapse_whitespace(allowed) == text
        })
    }

    /// A plural select must offer every category the language's numbers fall into;
    /// `other` is left to the default variant, and number keys (`[0]`) count for a
    /// category when they cover every number in it.
    fn plural_categories(&mut self, id: &str, select: &walk::PluralSelect<'s>) {
        let lang = self.lang;
        let categories = self.plural_rules[usize::from(select.ordinal)]
            .get_or_insert_with(|| plural::categories(lang, select.ordinal));
        let lacking_categories: Vec<&plural::Category> = categories
            .iter()
            .filter(|c| c.name != "other" && !select.categories.contains(&c.name))
            // A category of fractions only (Czech and Slovak `many`, 1.5) is never
            // selected by a count, which is what plural selects almost always get.
            .filter(|c| c.integers)
            .filter(|c| !c.samples.iter().all(|s| select.numbers.contains(s)))
            .collect();
        // A number key that stands for part of a category (`[1]` in French, whose `one`
        // holds 0 too): the advice is to use the category, not to add it beside the key.
        let partial: Option<(&plural::Category, f64, Vec<String>)> =
            lacking_categories.iter().find_map(|c| {
                let number = *select.numbers.iter().find(|n| c.samples.contains(n))?;
                let others: Vec<String> = c
                    .samples
                    .iter()
                    .filter(|&&s| s.fract() == 0.0 && !select.numbers.contains(&s))
                    .take(4)
                    .map(|s| format!("{s}"))
                    .collect();
                (!others.is_empty()).then_some((*c, number, others))
            });
        let lacking: Vec<&str> = lacking_categories.iter().map(|c| c.name).collect();
        if lacking.is_empty() {
            return;
        }
        let offset = if select.selector_is_variable {
            self.tr.offset_with_sigil(select.selector)
        } else {
            self.tr.offset_of(select.selector)
        };
        let kind = if select.ordinal {
            "ordinal"
        } else {
            "cardinal"
        };
        let lang = if self.lang.language.as_str() == "und" {
            "en".to_string()
        } else {
            self.lang.to_string()
        };
        let message = match (lacking.as_slice(), partial) {
            ([_], Some((category, number, others))) => {
                msg!(
                    "ftl-plural-number-partial",
                    variable = select.variable,
                    number = format!("{number}"),
                    lang = lang,
                    category = category.name,
                    others = list(others)
                )
            }
            ([one], _) => msg!(
                "ftl-missing-plural-category",
                variable = select.variable,
                lang = lang,
                kind = kind,
                category = *one
            ),
            _ => msg!(
                "ftl-missing-plural-categories",
                variable = select.variable,
                lang = lang,
                kind = kind,
                categories = list(lacking.iter().map(|c| format!("`{c}`"))),
                variants = list(lacking.iter().map(|c| format!("`[{c}]`")))
            ),
        };
        self.push(
            Check::MissingPluralCategory,
            Side::Translation,
            Some(id.to_string()),
            offset,
            message,
        );
    }

    /// Formats every compared message value and attribute with fluent-bundle.
    pub(super) fn format(
        &mut self,
        en_units: &[Unit<'_, 's>],
        tr_units: &[Unit<'_, 's>],
        pairs: &[(&Unit<'_, 's>, Pair<'_, 's>)],
    ) {
        let patterns = |units: &[Unit<'_, 's>]| -> Vec<walk::Usage<'s>> {
            units
                .iter()
                .flat_map(|u| {
                    u.value
                        .into_iter()
                        .chain(u.attributes.iter().map(|a| &a.value))
                })
                .map(walk::usage)
                .collect()
        };
        let functions: BTreeSet<&str> = patterns(en_units)
            .iter()
            .flat_map(|u| u.functions.keys().copied())
            .collect();
        let tr_usage = patterns(tr_units);
        let numeric: BTreeSet<&str> = tr_usage
            .iter()
            .flat_map(|u| u.numeric_variables.iter().copied())
            .collect();
        let strings: BTreeSet<&str> = tr_usage
            .iter()
            .flat_map(|u| u.variables.keys().copied())
            .filter(|v| !numeric.contains(v))
            .collect();
        let references = tr_usage
            .iter()
            .flat_map(|u| u.references.keys())
            .map(|key| super::set::entry_of(key).to_string());
        let local: HashSet<String> = tr_units.iter().map(|u| u.id.clone()).collect();
        let others = self.set.needed_for(&local, references);
        let job = format::Job {
            text: self.tr.text,
            others: &others,
            lang: self.lang,
            functions: &functions,
            numeric: &numeric,
            strings: &strings,
        };
        let slots: Vec<format::Slot<'_>> = pairs
            .iter()
            .map(|(t, pair)| format::Slot {
                message: &t.id,
                attribute: pair.attribute,
            })
            .collect();
        let results = format::errors(&job, &slots);
        for ((_, pair), errors) in pairs.iter().zip(results) {
            for error in errors {
                if let Some(explained) = self.explain(&error) {
                    self.push(
                        Check::Format,
                        Side::Translation,
                        Some(pair.id.clone()),
                        pair.offset,
                        msg!("ftl-format", id = &pair.id, explained = explained),
                    );
                }
            }
        }
    }

    /// A runtime error as a phrase saying how to fix it, or `None` when another finding
    /// (missing entry, unknown reference, junk) already covers its cause.
    fn explain(&self, error: &ResolverError) -> Option<Message> {
        let explained = match error {
            ResolverError::Reference(ReferenceKind::Message { id, attribute }) => {
                self.explain_reference(id, attribute.as_deref())?
            }
            ResolverError::Reference(ReferenceKind::Term { id, attribute }) => {
                self.explain_reference(&format!("-{id}"), attribute.as_deref())?
            }
            ResolverError::Reference(ReferenceKind::Function { id }) => {
                msg!("ftl-unknown-function", id = id)
            }
            ResolverError::Reference(ReferenceKind::Variable { id }) => {
                msg!("ftl-variable-without-value", id = id)
            }
            ResolverError::NoValue(id) if self.unavailable.contains(id) => return None,
            ResolverError::NoValue(id) => msg!("ftl-no-value", id = id),
            ResolverError::Cyclic => msg!("ftl-cyclic"),
            other => msg!(
                "ftl-other-format-error",
                error = lowercase_first(&other.to_string())
            ),
        };
        Some(explained)
    }

    /// `entry` is `msg` or `-term`.
    fn explain_reference(&self, entry: &str, attribute: Option<&str>) -> Option<Message> {
        let key = match attribute {
            Some(attr) => format!("{entry}.{attr}"),
            None => entry.to_string(),
        };
        if self.unavailable.contains(entry) || self.unavailable.contains(&key) {
            return None;
        }
        // Defined in English but missing from the translation's files: its own file's
        // `missing` finding says so.
        if !self.defines(&key) && self.set.english.contains(&key) {
            return None;
        }
        Some(match attribute {
            Some(_) => msg!("ftl-unknown-attribute-reference", key = key, entry = entry),
            None => msg!("ftl-undefined-reference", key = key),
        })
    }

    /// Entries English changed since the base commit, among those translated; returns
    /// their ids. An entry absent at the base was added to English later, so a
    /// translation that has it was made after that and is not stale.
    pub(super) fn stale<'p>(
        &mut self,
        base: &Source<'_>,
        matched: &[(&'p Unit<'_, 's>, &Unit<'_, 's>)],
    ) -> BTreeSet<&'p str> {
        let base_units = base.units();
        let mut base_first: BTreeMap<&str, &Unit<'_, '_>> = BTreeMap::new();
        for unit in &base_units {
            base_first.entry(unit.id.as_str()).or_insert(unit);
        }
        let mut stale = BTreeSet::new();
        for (e, t) in matched {
            let Some(b) = base_first.get(e.id.as_str()) else {
                continue;
            };
            if entry_key(b.entry) == entry_key(e.entry) {
                continue;
            }
            stale.insert(e.id.as_str());
            let kind = kind_of(e);
            let (line, column) = self.tr.position(t.offset);
            self.findings.push(FluentFinding {
                check: Check::Stale,
                level: Check::Stale.level(),
                file: Side::Translation,
                id: Some(e.id.clone()),
                line,
                column,
                message: msg!("ftl-stale", kind = kind, id = &e.id),
                english_before: Some(entry_text(b.entry)),
                english_after: Some(entry_text(e.entry)),
            });
        }
        stale
    }
}
