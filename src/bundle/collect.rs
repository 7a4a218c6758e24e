//! The bundle's second stage: for one language's [`Plan`], read the chosen documents and
//! the assets they reference from the commit's tree, render the pages (with the English
//! originals of stale ones, the module navigation and the index), and describe it all in
//! `manifest.json` and `messages.json`. What comes out is the list of the archive's files;
//! writing them is [`archive`](super::archive)'s job.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use maud::Markup;

use super::archive::ArchiveFile;
use super::assets::Assets;
use super::html::{self, Banner, Chrome, ModuleNav, Page, Section};
use super::manifest::{self, Manifest};
use super::messages;
use super::paths::{ORIGINALS, html_path, is_asset, relative_url, rewrite_link_from};
use super::plan::{Plan, Planned, Shown};
use super::tree::Tree;
use crate::config::Settings;
use crate::git::{GitHistory, History};
use crate::inventory::{Inventory, Kind};
use crate::model::Lang;
use crate::model::i18n::Message;
use crate::report::Report;

/// What every language's bundle of one commit is built from.
pub(crate) struct Sources<'a> {
    /// The repository, at the bundle's commit.
    pub history: &'a GitHistory,
    pub inventory: &'a Inventory,
    /// The analysis at that commit.
    pub report: &'a Report,
    pub site: &'a SiteMessages,
}

/// One language's bundle, ready to be written.
pub(crate) struct Collected {
    pub files: Vec<ArchiveFile>,
    pub summary: manifest::Summary,
    /// What was left out without failing the bundle (assets that could not be copied).
    pub warnings: Vec<Message>,
}

/// The site's Fluent sources at the commit, per language directory.
pub(crate) struct SiteMessages {
    by_language: BTreeMap<Lang, Vec<String>>,
}

impl SiteMessages {
    /// The `.ftl` files directly in each language's directory under the locales root,
    /// except those the configuration keeps out of bundles.
    pub(crate) fn read(settings: &Settings, history: &GitHistory) -> Result<SiteMessages> {
        let root = &settings.locales_root;
        let tree = Tree { history };
        let mut by_language: BTreeMap<Lang, Vec<String>> = BTreeMap::new();
        for path in history.files_at_target_under(root)? {
            let rest = if root.is_empty() {
                path.as_str()
            } else {
                &path[root.len() + 1..]
            };
            let Some((dir, name)) = rest.split_once('/') else {
                continue;
            };
            if !name.ends_with(".ftl")
                || name.contains('/')
                || settings.bundle_exclude_messages.is_match(name)
            {
                continue;
            }
            let Some(lang) = settings.lang_of_name(dir) else {
                continue;
            };
            if let Some((_, bytes)) = tree.read(&path)? {
                by_language
                    .entry(lang)
                    .or_default()
                    .push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        Ok(SiteMessages { by_language })
    }

    fn of(&self, lang: &Lang) -> &[String] {
        self.by_language.get(lang).map_or(&[], Vec::as_slice)
    }
}

/// Reads and renders everything `plan` publishes. `progress` is called once per document
/// of the plan, as it is rendered.
pub(crate) fn collect(
    sources: &Sources<'_>,
    plan: &Plan,
    progress: &dyn Fn(),
) -> Result<Collected> {
    let language = &plan.language;
    let source = &sources.inventory.source_language;
    let collector = Collector {
        sources,
        plan,
        tree: Tree {
            history: sources.history,
        },
        chrome: Chrome::new(language, sources.site.of(language), sources.site.of(source)),
    };
    collector.collect(progress)
}

struct Collector<'a> {
    sources: &'a Sources<'a>,
    plan: &'a Plan,
    tree: Tree<'a>,
    chrome: Chrome,
}

/// A document read and rendered.
struct Rendered {
    planned: Planned,
    title: String,
    /// Its Markdown, as the bundle holds it.
    markdown: ArchiveFile,
    body_html: Markup,
    /// The link and image destinations of the body, as written.
    references: Vec<String>,
}

impl Collector<'_> {
    fn collect(&self, progress: &dyn Fn()) -> Result<Collected> {
        let language = &self.plan.language;
        let source = &self.sources.inventory.source_language;
        let mut rendered = Vec::new();
        for planned in &self.plan.documents {
            rendered.push(self.render(planned, &planned.file, &planned.id)?);
            progress();
        }
        let titles: BTreeMap<&str, &str> = rendered
            .iter()
            .map(|r| (r.planned.id.as_str(), r.title.as_str()))
            .collect();
        let mut files = Vec::new();
        let mut assets = Assets::default();
        let mut documents = Vec::new();
        let mut summary = manifest::Summary::default();
        for r in &rendered {
            documents.push(self.publish(r, &rendered, &titles, &mut assets, &mut files)?);
            match r.planned.shown {
                Shown::Current => summary.current += 1,
                Shown::Stale => summary.stale += 1,
                Shown::Fallback => summary.fallback += 1,
            }
        }
        let warnings = asset_warnings(&assets);
        let mut asset_list = Vec::new();
        for (path, (source_path, bytes)) in assets.files {
            let file = ArchiveFile { path, bytes };
            asset_list.push(manifest::Asset {
                path: file.path.clone(),
                source: source_path,
                sha256: file.sha256(),
                bytes: file.bytes.len(),
            });
            files.push(file);
        }
        summary.assets = asset_list.len();
        let modules = self.modules(&rendered, &titles)?;
        summary.modules_published = modules.iter().filter(|m| m.published).count();
        summary.modules_unpublished = modules.len() - summary.modules_published;
        summary.unpublished = self.plan.left_out.len();
        files.push(ArchiveFile {
            path: "index.html".into(),
            bytes: self.index(&rendered).into_bytes(),
        });
        let messages = messages::resolve(
            language.as_str(),
            self.sources.site.of(source),
            self.sources.site.of(language),
        );
        files.push(ArchiveFile {
            path: "messages.json".into(),
            bytes: json(&messages)?,
        });
        let commit = self.sources.history.target().commit();
        let manifest = Manifest {
            version: manifest::VERSION,
            tool: "transync",
            language: language.to_string(),
            source_language: source.to_string(),
            commit: commit.id.to_string(),
            built_at: crate::model::timestamp(commit.time),
            policies: manifest::Policies {
                stale: self.plan.policies.stale.as_str(),
                missing: self.plan.policies.missing.as_str(),
            },
            documents,
            modules,
            unpublished: self
                .plan
                .left_out
                .iter()
                .map(|l| manifest::Unpublished {
                    id: l.id.clone(),
                    kind: kind_str(l.kind),
                    reason: l.reason,
                    detail: l.detail.english(),
                })
                .collect(),
            assets: asset_list,
            summary,
        };
        files.push(ArchiveFile {
            path: "manifest.json".into(),
            bytes: json(&manifest)?,
        });
        let mut warnings = warnings;
        warnings.extend(case_collisions(&files));
        Ok(Collected {
            files,
            summary: manifest.summary,
            warnings,
        })
    }

    /// Adds the page of `r` to `files` (its HTML, its Markdown and, for a stale page, the
    /// English original), its references to `assets`, and returns its manifest entry.
    fn publish(
        &self,
        r: &Rendered,
        rendered: &[Rendered],
        titles: &BTreeMap<&str, &str>,
        assets: &mut Assets,
        files: &mut Vec<ArchiveFile>,
    ) -> Result<manifest::PublishedDocument> {
        let chrome = &self.chrome;
        let source = &self.sources.inventory.source_language;
        let page_path = html_path(&r.planned.id);
        let banner = match r.planned.shown {
            Shown::Current => None,
            Shown::Stale => Some(Banner {
                class: "stale",
                text: chrome.text("banner-stale", &[], msg!("bundle-banner-stale")),
                link: Some((
                    relative_url(&page_path, &format!("{ORIGINALS}/{page_path}")),
                    chrome.text("banner-read-original", &[], msg!("bundle-read-original")),
                )),
            }),
            Shown::Fallback => Some(Banner {
                class: "fallback",
                text: chrome.text("banner-fallback", &[], msg!("bundle-banner-fallback")),
                link: None,
            }),
        };
        let content_language = (r.planned.shown == Shown::Fallback).then_some(source.as_str());
        let page = html::page(&Page {
            chrome,
            title: &r.title,
            content: &r.body_html,
            content_language,
            banner,
            nav: self.module_nav(&r.planned, rendered, titles, &page_path),
            home: relative_url(&page_path, "index.html"),
        });
        for reference in r.references.iter().filter(|d| is_asset(d)) {
            assets.add(&self.tree, &page_path, &r.planned, reference)?;
        }
        files.push(ArchiveFile {
            path: page_path.clone(),
            bytes: page.into_bytes(),
        });
        let original = match r.planned.shown {
            Shown::Stale => Some(self.publish_original(r, &page_path, assets, files)?),
            Shown::Current | Shown::Fallback => None,
        };
        files.push(r.markdown.clone());
        Ok(manifest::PublishedDocument {
            id: r.planned.id.clone(),
            title: r.title.clone(),
            kind: kind_str(r.planned.kind),
            module: r.planned.module.clone(),
            order: r.planned.order,
            status: r.planned.shown.as_str(),
            content_language: if r.planned.shown == Shown::Fallback {
                source.to_string()
            } else {
                self.plan.language.to_string()
            },
            source: r.planned.file.clone(),
            base_commit: r.planned.base.map(|b| b.to_string()),
            path: r.markdown.path.clone(),
            html: page_path,
            original,
            sha256: r.markdown.sha256(),
            bytes: r.markdown.bytes.len(),
        })
    }

    /// The English a stale page's banner links to, rendered like any page under
    /// [`ORIGINALS`]; returns where its HTML is.
    fn publish_original(
        &self,
        r: &Rendered,
        page_path: &str,
        assets: &mut Assets,
        files: &mut Vec<ArchiveFile>,
    ) -> Result<String> {
        let english_planned = Planned {
            translation_path: r.planned.english.clone(),
            ..r.planned.clone()
        };
        let md_path = format!("{ORIGINALS}/{}", r.planned.id);
        let en = self.render(&english_planned, &r.planned.english, &md_path)?;
        let en_page_path = format!("{ORIGINALS}/{page_path}");
        let en_page = html::page(&Page {
            chrome: &self.chrome,
            title: &en.title,
            content: &en.body_html,
            content_language: Some(self.sources.inventory.source_language.as_str()),
            banner: None,
            nav: None,
            home: relative_url(&en_page_path, "index.html"),
        });
        for reference in en.references.iter().filter(|d| is_asset(d)) {
            assets.add(&self.tree, &en_page_path, &english_planned, reference)?;
        }
        files.push(ArchiveFile {
            path: en_page_path.clone(),
            bytes: en_page.into_bytes(),
        });
        files.push(en.markdown);
        Ok(en_page_path)
    }

    /// Reads `file` at the commit and renders it; `markdown_path` is where its Markdown
    /// goes in the bundle.
    fn render(&self, planned: &Planned, file: &str, markdown_path: &str) -> Result<Rendered> {
        let (_, bytes) = self
            .tree
            .read(file)?
            .with_context(|| tr!("bundle-file-missing", path = file))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (title, body) = html::split_page(&text);
        let mut references = Vec::new();
        let rewrite = |dest: &str| rewrite_link_from(markdown_path, dest);
        let body_html = html::render_markdown(body, &rewrite, &mut references);
        Ok(Rendered {
            planned: planned.clone(),
            title: title.unwrap_or_else(|| planned.id.clone()),
            markdown: ArchiveFile {
                path: markdown_path.to_string(),
                bytes,
            },
            body_html,
            references,
        })
    }

    /// Navigation for a module's page (its lessons) or a lesson (position, previous, next).
    fn module_nav(
        &self,
        planned: &Planned,
        rendered: &[Rendered],
        titles: &BTreeMap<&str, &str>,
        page_path: &str,
    ) -> Option<ModuleNav> {
        let chrome = &self.chrome;
        let module = match planned.kind {
            Kind::Module => planned.id.clone(),
            Kind::Lesson => planned.module.clone()?,
            Kind::Article => return None,
        };
        let lessons: Vec<&Rendered> = rendered
            .iter()
            .filter(|r| {
                r.planned.kind == Kind::Lesson && r.planned.module.as_ref() == Some(&module)
            })
            .collect();
        let url = |id: &str| relative_url(page_path, &html_path(id));
        let module_title = titles
            .get(module.as_str())
            .map_or(module.clone(), |t| t.to_string());
        let total = lessons.len();
        let here = lessons.iter().position(|r| r.planned.id == planned.id);
        let link = |i: usize, site_id: &str, builtin: Message| {
            lessons
                .get(i)
                .map(|r| (url(&r.planned.id), chrome.text(site_id, &[], builtin)))
        };
        Some(ModuleNav {
            module_url: url(&module),
            position: here.map(|i| {
                chrome.text(
                    "lesson-position",
                    &[
                        ("current", (i + 1).to_string()),
                        ("total", total.to_string()),
                    ],
                    msg!("bundle-lesson-position", current = i + 1, total = total),
                )
            }),
            previous: here
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| link(i, "lesson-previous", msg!("bundle-lesson-previous"))),
            next: here.and_then(|i| link(i + 1, "lesson-next", msg!("bundle-lesson-next"))),
            lessons: if planned.kind == Kind::Module {
                lessons
                    .iter()
                    .map(|r| (url(&r.planned.id), r.title.clone()))
                    .collect()
            } else {
                Vec::new()
            },
            label: module_title.clone(),
            module_title,
            back: chrome.text("lesson-back-to-module", &[], msg!("bundle-back-to-module")),
            lessons_heading: chrome.text("bundle-lessons", &[], msg!("bundle-lessons")),
        })
    }

    /// Every module of the English site: its lessons in order, published or why not.
    fn modules(
        &self,
        rendered: &[Rendered],
        titles: &BTreeMap<&str, &str>,
    ) -> Result<Vec<manifest::Module>> {
        let documents = &self.sources.report.documents;
        documents
            .iter()
            .filter(|d| d.kind == Kind::Module && d.source_path.is_some())
            .map(|module| -> Result<manifest::Module> {
                let lessons: Vec<String> = documents
                    .iter()
                    .filter(|d| d.kind == Kind::Lesson && d.module.as_ref() == Some(&module.id))
                    .map(|d| d.id.clone())
                    .collect();
                let published = rendered.iter().any(|r| r.planned.id == module.id);
                let reason = self
                    .plan
                    .left_out
                    .iter()
                    .find(|l| l.id == module.id)
                    .map(|l| l.detail.english());
                let title = match titles.get(module.id.as_str()) {
                    Some(title) => title.to_string(),
                    // Not published: its title as the translation (else the English) has it.
                    None => self.unpublished_title(&module.id)?,
                };
                Ok(manifest::Module {
                    id: module.id.clone(),
                    title,
                    published,
                    lessons,
                    reason,
                })
            })
            .collect()
    }

    fn unpublished_title(&self, id: &str) -> Result<String> {
        let inventory = self.sources.inventory;
        let files = inventory.documents.get(id).map(|doc| &doc.files);
        for lang in [&self.plan.language, &inventory.source_language] {
            let Some(path) = files.and_then(|files| files.get(lang)) else {
                continue;
            };
            if let Some((_, bytes)) = self.tree.read(path)? {
                let text = String::from_utf8_lossy(&bytes);
                if let (Some(title), _) = html::split_page(&text) {
                    return Ok(title);
                }
            }
        }
        Ok(id.to_string())
    }

    /// `index.html`: articles by top-level section, then the published modules.
    fn index(&self, rendered: &[Rendered]) -> String {
        let chrome = &self.chrome;
        let note = |shown: Shown| match shown {
            Shown::Current => None,
            Shown::Stale => Some(chrome.text("bundle-note-stale", &[], msg!("bundle-note-stale"))),
            Shown::Fallback => {
                Some(chrome.text("bundle-note-fallback", &[], msg!("bundle-note-fallback")))
            }
        };
        let mut sections: BTreeMap<String, Section> = BTreeMap::new();
        for r in rendered.iter().filter(|r| r.planned.kind == Kind::Article) {
            let dir = r.planned.id.split_once('/').map_or("", |(dir, _)| dir);
            let section = sections.entry(dir.to_string()).or_insert_with(|| Section {
                heading: if dir.is_empty() {
                    chrome.text("nav-articles", &[], msg!("bundle-articles"))
                } else {
                    chrome
                        .site_only(&format!("nav-{dir}"))
                        .unwrap_or_else(|| dir.to_string())
                },
                items: Vec::new(),
            });
            section.items.push((
                html_path(&r.planned.id),
                r.title.clone(),
                note(r.planned.shown),
            ));
        }
        let mut sections: Vec<Section> = sections.into_values().collect();
        let modules: Vec<(String, String, Option<String>)> = rendered
            .iter()
            .filter(|r| r.planned.kind == Kind::Module)
            .map(|r| {
                let count = rendered
                    .iter()
                    .filter(|l| l.planned.module.as_ref() == Some(&r.planned.id))
                    .count();
                (
                    html_path(&r.planned.id),
                    r.title.clone(),
                    Some(chrome.text(
                        "module-lessons-count",
                        &[("count", count.to_string())],
                        msg!("bundle-lessons-count", count = count),
                    )),
                )
            })
            .collect();
        if !modules.is_empty() {
            sections.push(Section {
                heading: chrome.text("nav-modules", &[], msg!("bundle-modules")),
                items: modules,
            });
        }
        let title = chrome.text("site-title", &[], msg!("bundle-site-title"));
        html::index(chrome, &title, &sections)
    }
}

/// What the assets' resolution left out, to say to the user.
/// Files whose paths differ only in case (`Guide.md`, `guide.md`): one overwrites the
/// other when the bundle is unpacked on macOS or Windows.
fn case_collisions(files: &[ArchiveFile]) -> Vec<Message> {
    let mut by_folded: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for file in files {
        by_folded
            .entry(file.path.to_lowercase())
            .or_default()
            .push(&file.path);
    }
    by_folded
        .into_values()
        .filter(|paths| paths.len() > 1)
        .map(|paths| msg!("bundle-case-collision", paths = paths.join(", ")))
        .collect()
}

fn asset_warnings(assets: &Assets) -> Vec<Message> {
    let mut warnings = Vec::new();
    for (page, reference) in &assets.missing {
        warnings.push(msg!(
            "bundle-asset-missing",
            page = page,
            reference = reference
        ));
    }
    for (page, reference) in &assets.outside {
        warnings.push(msg!(
            "bundle-asset-outside",
            page = page,
            reference = reference
        ));
    }
    for (path, found) in &assets.active {
        warnings.push(msg!("bundle-svg-active", path = path, found = found));
    }
    warnings
}

fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::Article => "article",
        Kind::Module => "module",
        Kind::Lesson => "lesson",
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(value)?;
    bytes.push(b'\n');
    Ok(bytes)
}
