//! A resource set: the files of one language that the application loads together. Fluent
//! resolves a reference in one file against all of them, so a term kept in `brands.ftl`
//! and used in `menu.ftl` is no error, and formatting `menu.ftl` needs `brands.ftl` in
//! the bundle. This is the index a file's checks consult for what the rest of its set
//! defines.

use std::collections::{BTreeSet, HashMap, HashSet};

use fluent_syntax::ast;

use super::source::Source;
use super::walk;

/// What the files of one resource set define, in the translation and in English.
#[derive(Default)]
pub struct ResourceSet<'a> {
    /// The translated files' texts (the checked file may be one of them).
    pub(crate) texts: Vec<&'a str>,
    /// Ids defined in the translated files (`msg`, `msg.attr`, `-term`, `-term.attr`),
    /// each with the file of its first definition.
    pub(crate) defined: HashMap<String, usize>,
    /// The entries each translated file references (`msg`, `-term`), to know which
    /// files a bundle needs.
    references: Vec<BTreeSet<String>>,
    /// Ids defined in the English files of the set.
    pub(crate) english: HashSet<String>,
    /// The words of the English terms' values (`Firefox`, `Mozilla`): a text made of them
    /// only is a name, the same in every language.
    pub(crate) brand_words: HashSet<String>,
}

impl<'a> ResourceSet<'a> {
    /// The set of `translations` (texts of one language's files) and `english` (the
    /// English files of the same set).
    pub fn new(english: &[&str], translations: Vec<&'a str>) -> ResourceSet<'a> {
        let mut set = ResourceSet::default();
        for text in english {
            let source = Source::parse(text);
            for unit in source.units() {
                for id in ids(&unit.id, unit.attributes) {
                    set.english.insert(id);
                }
                if let ast::Entry::Term(term) = unit.entry {
                    set.brand_words.extend(words(&term.value));
                }
            }
        }
        for (index, text) in translations.iter().enumerate() {
            let source = Source::parse(text);
            let mut references = BTreeSet::new();
            for unit in source.units() {
                for id in ids(&unit.id, unit.attributes) {
                    set.defined.entry(id).or_insert(index);
                }
                let patterns = unit
                    .value
                    .into_iter()
                    .chain(unit.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    for key in walk::usage(pattern).references.into_keys() {
                        references.insert(entry_of(&key).to_string());
                    }
                }
            }
            set.references.push(references);
        }
        set.texts = translations;
        set
    }

    /// The other files of the set a bundle for the file with `local` ids and
    /// `references` needs: those defining what it references and it does not define,
    /// and what those reference in turn.
    pub(crate) fn needed_for(
        &self,
        local: &HashSet<String>,
        references: impl IntoIterator<Item = String>,
    ) -> Vec<&'a str> {
        let mut files: Vec<usize> = Vec::new();
        let mut queue: Vec<String> = references.into_iter().collect();
        let mut seen: HashSet<String> = HashSet::new();
        while let Some(entry) = queue.pop() {
            if local.contains(&entry) || !seen.insert(entry.clone()) {
                continue;
            }
            if let Some(&file) = self.defined.get(&entry)
                && !files.contains(&file)
            {
                files.push(file);
                queue.extend(self.references[file].iter().cloned());
            }
        }
        files.sort_unstable();
        files.into_iter().map(|i| self.texts[i]).collect()
    }
}

/// `msg` of `msg.attr`, `-term` of `-term.attr`.
pub(crate) fn entry_of(key: &str) -> &str {
    key.split_once('.').map_or(key, |(entry, _)| entry)
}

/// `id` and `id.attr` for each attribute.
fn ids(id: &str, attributes: &[ast::Attribute<&str>]) -> Vec<String> {
    std::iter::once(id.to_string())
        .chain(attributes.iter().map(|a| format!("{id}.{}", a.id.name)))
        .collect()
}

/// The words of a pattern's text, outside placeables.
pub(crate) fn words(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::TextElement { value } = element {
            out.extend(
                value
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .map(str::to_string),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_takes_the_files_defining_what_a_file_references() {
        let brands = "-brand = Firefox\n-vendor = { -org } Corp\n";
        let org = "-org = Mozilla\n";
        let other = "unrelated = Texte\n";
        let set = ResourceSet::new(&["-brand = Firefox\n"], vec![brands, org, other]);
        let local = HashSet::from(["menu".to_string()]);
        let needed = set.needed_for(&local, ["-vendor".to_string()]);
        assert_eq!(needed, [brands, org]);
        assert!(set.brand_words.contains("Firefox"));
        assert!(set.english.contains("-brand"));
        assert!(set.defined.contains_key("-org"));
    }
}
