//! `manifest.json`: what a bundle holds, for publishing pipelines. A versioned wire
//! format: fields are only ever added; a breaking change bumps `version`.

use serde::Serialize;

/// The manifest format version.
pub(crate) const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub(crate) struct Manifest {
    pub version: u32,
    pub tool: &'static str,
    pub language: String,
    pub source_language: String,
    /// The full hash of the commit the bundle was built from.
    pub commit: String,
    /// That commit's time (RFC 3339, UTC): the same commit gives the same bundle.
    pub built_at: String,
    pub policies: Policies,
    pub documents: Vec<PublishedDocument>,
    pub modules: Vec<Module>,
    /// Documents of the English site that are not in this bundle, and why.
    pub unpublished: Vec<Unpublished>,
    pub assets: Vec<Asset>,
    pub summary: Summary,
}

#[derive(Debug, Serialize)]
pub(crate) struct Policies {
    pub stale: &'static str,
    pub missing: &'static str,
}

/// A document published in the bundle.
#[derive(Debug, Serialize)]
pub(crate) struct PublishedDocument {
    pub id: String,
    pub title: String,
    /// `article`, `module` or `lesson`.
    pub kind: &'static str,
    /// The module index id, for a lesson.
    pub module: Option<String>,
    /// 1-based position among the module's lessons; 0 otherwise.
    pub order: usize,
    /// `current`, `stale` (published with a banner) or `fallback` (the English original).
    pub status: &'static str,
    /// The language of the text: the bundle's, or the source language for a fallback.
    pub content_language: String,
    /// The repository file it was built from.
    pub source: String,
    /// The translation's base commit (full hash), when it records or infers one.
    pub base_commit: Option<String>,
    /// The Markdown file in the bundle, and its HTML rendering.
    pub path: String,
    pub html: String,
    /// For a stale page: the English original, also in the bundle.
    pub original: Option<String>,
    /// SHA-256 and size of the Markdown file.
    pub sha256: String,
    pub bytes: usize,
}

/// A module of the English site, published in this bundle or not.
#[derive(Debug, Serialize)]
pub(crate) struct Module {
    pub id: String,
    pub title: String,
    pub published: bool,
    /// Lesson ids in order.
    pub lessons: Vec<String>,
    /// Why the module is not published.
    pub reason: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Unpublished {
    pub id: String,
    pub kind: &'static str,
    /// `missing`, `stale` or `module-incomplete`.
    pub reason: &'static str,
    pub detail: String,
}

/// A file a page references, copied into the bundle.
#[derive(Debug, Serialize)]
pub(crate) struct Asset {
    pub path: String,
    pub source: String,
    pub sha256: String,
    pub bytes: usize,
}

#[derive(Debug, Serialize, Default)]
pub(crate) struct Summary {
    pub current: usize,
    pub stale: usize,
    pub fallback: usize,
    pub unpublished: usize,
    pub modules_published: usize,
    pub modules_unpublished: usize,
    pub assets: usize,
}
