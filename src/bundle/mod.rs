//! Publisher bundles: per language, everything publishable from one commit, with an
//! honest record of what is current, stale or shown in English.
//!
//! Three stages, like the rest of transync: [`plan`] decides from the analysis what goes
//! in (pure), [`collect`] reads the chosen files and the assets they reference from the
//! commit's tree and renders them ([`html`]), and [`archive`] writes the result
//! reproducibly and atomically. [`manifest`] is the wire format describing it.

pub(crate) mod archive;
pub(crate) mod html;
pub(crate) mod manifest;
pub(crate) mod messages;
pub(crate) mod svg;

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};
use git2::Oid;
use sha2::{Digest, Sha256};

use crate::git::GitHistory;
use crate::inventory::{Inventory, Kind};
use crate::model::Lang;
use crate::model::Status;
use crate::model::i18n::Message;
use crate::report::Report;

/// What to do with a translation that is behind its English source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StalePolicy {
    /// Publish it, under a banner pointing to the English original.
    Include,
    /// Leave it out: the document is then treated as missing.
    Exclude,
    /// Refuse to build the language.
    Fail,
}

/// What to do with a document that has no (usable) translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum MissingPolicy {
    /// Publish the English original under a "not yet translated" banner.
    Fallback,
    /// Leave the document out.
    Skip,
    /// Refuse to build the language.
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policies {
    pub stale: StalePolicy,
    pub missing: MissingPolicy,
}

/// How a published document is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    Current,
    /// An outdated translation, with a banner.
    Stale,
    /// The English original, with a banner.
    Fallback,
}

impl Shown {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Shown::Current => "current",
            Shown::Stale => "stale",
            Shown::Fallback => "fallback",
        }
    }
}

/// One document going into the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Planned {
    pub id: String,
    pub kind: Kind,
    /// The module index id, for a lesson.
    pub module: Option<String>,
    /// 1-based position among the module's lessons (0 for articles and module pages).
    pub order: usize,
    pub shown: Shown,
    /// The repository file published: the translation, or the English for a fallback.
    pub file: String,
    /// The English file, linked from the banners.
    pub english: String,
    /// Where the translation is or would be: assets are looked up next to it first.
    pub translation_path: String,
    pub base: Option<Oid>,
}

/// A document left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Left {
    pub id: String,
    pub kind: Kind,
    /// `missing`, `stale` (excluded), `module-incomplete`.
    pub reason: &'static str,
    pub detail: Message,
}

/// A document that makes the language fail under a `fail` policy.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Failure {
    pub id: String,
    pub detail: Message,
}

/// What one language's bundle holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Plan {
    pub language: Lang,
    pub documents: Vec<Planned>,
    pub left_out: Vec<Left>,
    pub failures: Vec<Failure>,
}

/// Decides, from the analysis at the bundle's commit, what goes into `language`'s bundle.
/// A module is published only when every one of its pages is (its index and lessons);
/// otherwise all of them are left out with the reason.
pub(crate) fn plan(
    report: &Report,
    inventory: &Inventory,
    language: &Lang,
    policies: Policies,
) -> Plan {
    let mut documents = Vec::new();
    let mut left_out = Vec::new();
    let mut failures = Vec::new();
    let mut lesson_numbers: BTreeMap<String, usize> = BTreeMap::new();
    for doc in &report.documents {
        // Orphans have no English page: not part of the site.
        let Some(english) = doc.source_path.clone() else {
            continue;
        };
        let translation = doc.translations.iter().find(|t| t.language == *language);
        let order = match (&doc.kind, &doc.module) {
            (Kind::Lesson, Some(module)) => {
                let n = lesson_numbers.entry(module.clone()).or_default();
                *n += 1;
                *n
            }
            _ => 0,
        };
        let translation_path = inventory.path_of(&doc.id, language);
        let planned = |shown: Shown, file: String, base: Option<Oid>| Planned {
            id: doc.id.clone(),
            kind: doc.kind,
            module: doc.module.clone(),
            order,
            shown,
            file,
            english: english.clone(),
            translation_path: translation_path.clone(),
            base,
        };
        let status = translation.map_or(Status::Missing, |t| t.status);
        let path = translation.and_then(|t| t.path.clone());
        let base = translation.and_then(|t| t.base.as_ref()).map(|b| b.commit);
        // What stands in for a translation we cannot use.
        let mut missing = |detail: Message| match policies.missing {
            MissingPolicy::Fallback => Ok(planned(Shown::Fallback, english.clone(), None)),
            MissingPolicy::Skip => Err(Left {
                id: doc.id.clone(),
                kind: doc.kind,
                reason: "missing",
                detail,
            }),
            MissingPolicy::Fail => {
                failures.push(Failure {
                    id: doc.id.clone(),
                    detail,
                });
                Err(Left {
                    id: doc.id.clone(),
                    kind: doc.kind,
                    reason: "missing",
                    detail: msg!("bundle-reason-missing"),
                })
            }
        };
        let outcome = match (status, path) {
            (Status::Current, Some(path)) => Ok(planned(Shown::Current, path, base)),
            (Status::Stale, Some(path)) => match policies.stale {
                StalePolicy::Include => Ok(planned(Shown::Stale, path, base)),
                StalePolicy::Exclude => match missing(msg!("bundle-reason-stale-excluded")) {
                    Err(mut left) => {
                        left.reason = "stale";
                        Err(left)
                    }
                    ok => ok,
                },
                StalePolicy::Fail => {
                    failures.push(Failure {
                        id: doc.id.clone(),
                        detail: msg!("bundle-reason-stale"),
                    });
                    Err(Left {
                        id: doc.id.clone(),
                        kind: doc.kind,
                        reason: "stale",
                        detail: msg!("bundle-reason-stale"),
                    })
                }
            },
            // A broken translation (front matter, base) is not published as if it were fine.
            (Status::Error, Some(_)) => missing(msg!("bundle-reason-error")),
            _ if translation.is_some_and(|t| t.draft) => missing(msg!("bundle-reason-draft")),
            _ => missing(msg!("bundle-reason-missing")),
        };
        match outcome {
            Ok(planned) => documents.push(planned),
            Err(left) => left_out.push(left),
        }
    }
    // Module completeness: one page left out takes the whole module with it.
    let incomplete: BTreeMap<String, String> = left_out
        .iter()
        .filter_map(|l| {
            let module = match l.kind {
                Kind::Module => l.id.clone(),
                Kind::Lesson => report
                    .documents
                    .iter()
                    .find(|d| d.id == l.id)
                    .and_then(|d| d.module.clone())?,
                Kind::Article => return None,
            };
            Some((module, l.id.clone()))
        })
        .collect();
    let mut kept = Vec::new();
    for doc in documents {
        let module = match doc.kind {
            Kind::Module => Some(doc.id.clone()),
            Kind::Lesson => doc.module.clone(),
            Kind::Article => None,
        };
        match module.and_then(|m| incomplete.get(&m).map(|page| (m, page))) {
            Some((module, page)) => left_out.push(Left {
                id: doc.id.clone(),
                kind: doc.kind,
                reason: "module-incomplete",
                detail: msg!(
                    "bundle-reason-module-incomplete",
                    module = module,
                    page = page.clone()
                ),
            }),
            None => kept.push(doc),
        }
    }
    left_out.sort_by(|a, b| a.id.cmp(&b.id));
    Plan {
        language: language.clone(),
        documents: kept,
        left_out,
        failures,
    }
}

/// A file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// `/`-separated, relative to the bundle root.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Entry {
    pub(crate) fn sha256(&self) -> String {
        hex(&Sha256::digest(&self.bytes))
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads committed files, following symlinks inside the repository only.
pub(crate) struct Tree<'a> {
    pub history: &'a GitHistory,
}

const SYMLINK: i32 = 0o120000;

impl Tree<'_> {
    /// The bytes of `path` at the bundle's commit and the path they really come from;
    /// `None` when there is no such file. A symlink whose target leaves the repository
    /// is an error: the bundle never reads outside it.
    pub(crate) fn read(&self, path: &str) -> Result<Option<(String, Vec<u8>)>> {
        let mut current = path.to_string();
        for _ in 0..16 {
            let Some((id, mode)) = self.history.entry_at_target(&current)? else {
                return Ok(None);
            };
            let bytes = crate::git::History::read_blob(self.history, id)?;
            if mode != SYMLINK {
                return Ok(Some((current, bytes)));
            }
            let target = String::from_utf8_lossy(&bytes).into_owned();
            current = match resolve_link(&current, &target) {
                Some(resolved) => resolved,
                None => bail!(tr!("bundle-symlink-escapes", path = path, target = target)),
            };
        }
        bail!(tr!("bundle-symlink-loop", path = path))
    }
}

/// The repository path a symlink at `link` pointing to `target` designates, or `None`
/// when it leaves the repository (absolute, or `..` above the root).
pub(crate) fn resolve_link(link: &str, target: &str) -> Option<String> {
    if target.starts_with('/') || target.contains('\\') || target.contains(':') {
        return None;
    }
    let dir = link.rsplit_once('/').map_or("", |(dir, _)| dir);
    join(dir, target)
}

/// `dir` joined with the relative `path`, `.` and `..` resolved; `None` above the root.
pub(crate) fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Where a document goes in the bundle: `articles/x.md` → `articles/x.html`, a module's
/// `_index.md` → `…/index.html`. The bundle's own `index.html` (the listing) keeps its
/// name: a page at the very root that would take it becomes `home.html`.
pub(crate) fn html_path(id: &str) -> String {
    let stem = id.strip_suffix(".md").unwrap_or(id);
    match stem.rsplit_once('/') {
        Some((dir, "_index")) => format!("{dir}/index.html"),
        None if matches!(stem, "_index" | "index") => "home.html".to_string(),
        _ => format!("{stem}.html"),
    }
}

/// Paths of the bundle that are transync's, not the site's.
pub(crate) fn is_reserved(path: &str) -> bool {
    matches!(path, "index.html" | "manifest.json" | "messages.json")
        || path.starts_with(&format!("{ORIGINALS}/"))
}

/// The English originals of stale pages live under this directory of the bundle.
pub(crate) const ORIGINALS: &str = "en-original";

/// The relative URL from the page at `from` (a bundle path) to the bundle path `to`.
pub(crate) fn relative_url(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts[..to_parts.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let mut url = "../".repeat(from_dirs.len() - common);
    url.push_str(&to_parts[common..].join("/"));
    url
}

/// Relative references (images, links to files) in Markdown: what to copy with a page.
pub(crate) fn is_local_reference(dest: &str) -> bool {
    !(dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with("//")
        || dest.contains(':'))
}

/// The assets a set of pages references, each resolved once: for each (directory of the
/// translation, directory of the English, relative reference), the localized copy if the
/// commit has one, else the English one.
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
            self.outside
                .insert((planned.file.clone(), reference.to_string()));
            return Ok(());
        };
        if self.files.contains_key(&in_bundle) {
            return Ok(());
        }
        // A site file named like the bundle's own would be overwritten, or overwrite it.
        if is_reserved(&in_bundle) && !bundle_page.starts_with(&format!("{ORIGINALS}/")) {
            self.missing
                .insert((planned.file.clone(), reference.to_string()));
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
        self.missing
            .insert((planned.file.clone(), reference.to_string()));
        Ok(())
    }
}

pub(crate) fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_inside_the_repository_only() {
        assert_eq!(
            resolve_link("content/en/img/a.svg", "../shared/a.svg").as_deref(),
            Some("content/en/shared/a.svg")
        );
        assert_eq!(resolve_link("a.svg", "b.svg").as_deref(), Some("b.svg"));
        assert_eq!(resolve_link("content/a.svg", "../../etc/passwd"), None);
        assert_eq!(resolve_link("content/a.svg", "/etc/passwd"), None);
        assert_eq!(resolve_link("content/a.svg", "C:\\x"), None);
    }

    #[test]
    fn bundle_paths_and_relative_urls() {
        assert_eq!(html_path("articles/a.md"), "articles/a.html");
        assert_eq!(html_path("modules/m/_index.md"), "modules/m/index.html");
        assert_eq!(html_path("modules/m/01-x.md"), "modules/m/01-x.html");
        assert_eq!(html_path("index.md"), "home.html");
        assert_eq!(html_path("docs/index.md"), "docs/index.html");
        assert!(is_reserved("manifest.json") && is_reserved("en-original/a.html"));
        assert!(!is_reserved("images/manifest.json"));
        assert_eq!(
            relative_url("modules/m/01.html", "index.html"),
            "../../index.html"
        );
        assert_eq!(relative_url("index.html", "a/b.html"), "a/b.html");
        assert_eq!(relative_url("m/01.html", "m/02.html"), "02.html");
        assert_eq!(relative_url("m/a/x.html", "m/b/y.html"), "../b/y.html");
        assert_eq!(
            relative_url("guide.html", "en-original/guide.html"),
            "en-original/guide.html"
        );
        assert!(is_local_reference("images/a.svg"));
        assert!(!is_local_reference("https://example.org/a.png"));
        assert!(!is_local_reference("#top"));
        assert!(!is_local_reference("mailto:a@b"));
    }
}
