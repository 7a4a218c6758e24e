//! Entry points for the cargo-fuzz targets in `fuzz/`, and nothing else: **not API**,
//! hidden from the docs, compiled only with the `fuzzing` feature (which only the fuzz
//! crate enables). Each is a thin wrapper over a `pub(crate)` function, so the targets
//! exercise exactly the code the commands run; the invariants are asserted in the targets.

use std::ops::Range;

use crate::config::{CompareSettings, Pattern};
use crate::markdown::{self, Flavor, frontmatter};

/// What `transync mark` makes of a file: `(new text, what changed)`, the change as
/// `"replaced"`, `"added"` or `"unchanged"`; `None` when the edit is refused.
pub fn mark(text: &str, key: &str, hash: &str) -> Option<(String, &'static str)> {
    let (new, change) = frontmatter::record::record_base(text, key, hash).ok()?;
    let change = match change {
        frontmatter::record::Change::Replaced { .. } => "replaced",
        frontmatter::record::Change::Added { .. } => "added",
        frontmatter::record::Change::Unchanged { .. } => "unchanged",
    };
    Some((new, change))
}

/// The recorded base as the analysis reads it: `Err` for a broken block, else the
/// value of the first known key present.
pub fn recorded_base(text: &str) -> Result<Option<String>, String> {
    let error =
        |e: frontmatter::FrontMatterError| format!("line {}: {}", e.line, e.message.english());
    match frontmatter::split(text).map_err(error)? {
        None => Ok(None),
        Some(fm) => Ok(frontmatter::recorded_base(&fm)
            .map_err(error)?
            .map(|b| b.value)),
    }
}

/// Where the body starts (after the front matter, or after a BOM without one).
pub fn body_start(text: &str) -> Option<usize> {
    match frontmatter::split(text).ok()? {
        Some(fm) => Some(fm.body_start),
        None => Some(frontmatter::strip_bom(text).0.len()),
    }
}

/// The front matter's top-level values as JSON (`None`: none, or it does not parse).
pub fn front_matter_values(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    markdown::parse(text).front_matter()
}

/// The blocks of a document: `(kind, 1-based line range, text)`.
pub fn blocks(text: &str, mdx: bool) -> Vec<(&'static str, Range<usize>, String)> {
    let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
    markdown::parse_as(text, flavor)
        .blocks
        .into_iter()
        .map(|b| (b.kind.name(), b.lines, b.text))
        .collect()
}

pub fn normalise_text(text: &str) -> String {
    markdown::normalise_text(text)
}

pub fn normalise_target(target: &str) -> String {
    markdown::normalise_target(target)
}

/// English at the base against English now, mapped onto `translation`: the
/// translation line range of each real change (`None` where it has none).
pub fn compare(base: &str, now: &str, translation: &str, mdx: bool) -> Vec<Option<Range<usize>>> {
    let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
    let translation = markdown::parse_as(translation, flavor);
    crate::analysis::compare::compare(
        base,
        now,
        flavor,
        Some(&translation),
        &CompareSettings::default(),
    )
    .changed
    .into_iter()
    .map(|c| c.translation)
    .collect()
}

/// Structural drift of `translation` from `english`: `(English line, translation
/// line)` of each finding.
pub fn drift(english: &str, translation: &str, mdx: bool) -> Vec<(Option<usize>, Option<usize>)> {
    let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
    let (en, tr) = (
        markdown::parse_as(english, flavor),
        markdown::parse_as(translation, flavor),
    );
    crate::analysis::drift::drift(&en, &tr)
        .into_iter()
        .map(|d| (d.english_line, d.translation_line))
        .collect()
}

/// A layout pattern, compiled (`None`: the pattern is refused).
pub fn pattern(raw: &str) -> Option<LayoutPattern> {
    Pattern::parse(raw).ok().map(LayoutPattern)
}

pub struct LayoutPattern(Pattern);

/// A match: `(lang, path, ext)`.
pub type Found = (Option<String>, String, Option<String>);

/// A document id split back: `(path, ext)`.
pub type Split = (String, Option<String>);

impl LayoutPattern {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    pub fn has_lang(&self) -> bool {
        self.0.has_lang()
    }
    pub fn has_ext(&self) -> bool {
        self.0.as_str().contains("{ext}")
    }
    pub fn root(&self) -> &str {
        self.0.root()
    }
    pub fn matches(&self, path: &str) -> Option<Found> {
        self.0.matches(path).map(|m| (m.lang, m.path, m.ext))
    }
    pub fn render(&self, lang: &str, path: &str, ext: Option<&str>) -> String {
        self.0.render(lang, path, ext)
    }
    /// The document id of `path`'s match, and that id split back into `(path, ext)`.
    pub fn id(&self, path: &str) -> Option<(String, Option<Split>)> {
        let found = self.0.matches(path)?;
        let id = self.0.id(&found);
        let split = self.0.split_id(&id);
        Some((id, split))
    }
}

/// The Fluent checks of `translation` (in `lang`) against `english`: `(check, line,
/// column)` of each finding.
pub fn fluent(
    english: &str,
    translation: &str,
    lang: &str,
    english_at_base: Option<&str>,
) -> Vec<(String, usize, usize)> {
    let options = crate::config::FluentSettings::default();
    crate::analysis::fluent::check_file(english, translation, lang, english_at_base, &options)
        .findings
        .into_iter()
        .map(|f| (f.check.as_str().to_string(), f.line, f.column))
        .collect()
}
