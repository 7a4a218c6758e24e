//! The files a bundle's pages reference (images, downloads), each resolved once: the
//! localized copy when the commit has one next to the translation, else the English one.
//! What cannot be copied safely (outside the language's directory, named like the
//! bundle's own files, an SVG with scripts) is left out and said.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;

use super::paths::{ORIGINALS, dir_of, is_reserved, join};
use super::plan::Planned;
use super::svg;
use super::tree::Tree;

/// The assets a set of pages references: for each (directory of the translation,
/// directory of the English, relative reference), what was copied or why not.
#[derive(Debug, Default)]
pub(crate) struct Assets {
    /// Bundle path → (repository path it came from, bytes).
    pub files: BTreeMap<String, (String, Vec<u8>)>,
    /// References that point at nothing: (page, reference).
    pub missing: BTreeSet<(String, String)>,
    /// References leading out of the language's directory, which the bundle mirrors:
    /// (page, reference).
    pub outside: BTreeSet<(String, String)>,
    /// SVG files left out for their scripts: repository path → what was found.
    pub active: BTreeMap<String, String>,
}

impl Assets {
    /// Adds what `reference`, found on the page published at `bundle_page`, points to.
    pub(crate) fn add(
        &mut self,
        tree: &Tree<'_>,
        bundle_page: &str,
        planned: &Planned,
        reference: &str,
    ) -> Result<()> {
        let reference = reference.split(['#', '?']).next().unwrap_or(reference);
        let reference = percent_encoding::percent_decode_str(reference)
            .decode_utf8_lossy()
            .into_owned();
        let Some(in_bundle) = join(dir_of(bundle_page), &reference) else {
            self.outside.insert((planned.file.clone(), reference));
            return Ok(());
        };
        if self.files.contains_key(&in_bundle) {
            return Ok(());
        }
        // A site file named like the bundle's own would be overwritten, or overwrite it.
        if is_reserved(&in_bundle) && !bundle_page.starts_with(&format!("{ORIGINALS}/")) {
            self.missing.insert((planned.file.clone(), reference));
            return Ok(());
        }
        let candidates = [
            join(dir_of(&planned.translation_path), &reference),
            join(dir_of(&planned.english), &reference),
        ];
        for candidate in candidates.into_iter().flatten() {
            if let Some((source, bytes)) = tree.read(&candidate)? {
                let is_svg = candidate.to_ascii_lowercase().ends_with(".svg");
                match is_svg.then(|| svg::active_content(&bytes)).flatten() {
                    Some(found) => {
                        self.active.insert(source, found);
                    }
                    None => {
                        self.files.insert(in_bundle, (source, bytes));
                    }
                }
                return Ok(());
            }
        }
        self.missing.insert((planned.file.clone(), reference));
        Ok(())
    }
}
