//! The checks run on each English entry and its translation: variables, references,
//! text left untranslated, plural categories, formatting with fluent-bundle, and
//! staleness against the English at the translation's base.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_syntax::ast;

use super::source::{Source, Unit};
use super::{Checker, Pair, format, plural, walk};
use super::{
    collapse_whitespace, entry_key, entry_text, kind_of, list, lowercase_first, pattern_text,
    shorten,
};
use crate::model::i18n::Message;
use crate::report::{Check, FluentFinding, Side};

impl<'c, 's> Checker<'c, 's> {
    /// Variables, references, plural categories and untranslated text of one value or
    /// attribute.
    pub(super) fn compare(&mut self, e: &Unit<'_, 's>, pair: &Pair<'_, 's>) {
        let english = walk::usage(pair.english);
        let translation = walk::usage(pair.translation);
        self.variables(pair, &english, &translation);
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
    ) {
        let id = &pair.id;
        for (&name, &slice) in &translation.variables {
            if english.variables.contains_key(name) {
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
            self.push(
                Check::UnknownReference,
                Side::Translation,
                Some(id.clone()),
                offset,
                msg!("ftl-unknown-reference", key = key, id = id),
            );
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

    /// Text identical to English, compared in canonical form so layout does not matter.
    fn untranslated(&mut self, pair: &Pair<'_, 's>, entry_id: &str) {
        let text = pattern_text(pair.translation);
        if text != pattern_text(pair.english) || self.allowed(&pair.id, entry_id, &text) {
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
        let lacking: Vec<&str> = categories
            .iter()
            .filter(|c| c.name != "other" && !select.categories.contains(&c.name))
            .filter(|c| !c.samples.iter().all(|s| select.numbers.contains(s)))
            .map(|c| c.name)
            .collect();
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
        let message = match lacking.as_slice() {
            [one] => msg!(
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
        let job = format::Job {
            text: self.tr.text,
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
