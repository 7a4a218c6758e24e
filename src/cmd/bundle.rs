//! `transync bundle`: per-language packages of a commit's publishable content.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};

use anyhow::{Context, Result, bail};

use crate::ExitStatus;
use crate::bundle::html::{self, Banner, Chrome, ModuleNav, Page, Section};
use crate::bundle::manifest::{self, Manifest};
use crate::bundle::{
    self, Assets, Entry, MissingPolicy, ORIGINALS, Planned, Policies, Shown, StalePolicy, Tree,
    archive,
};
use crate::cli::{BundleArgs, GlobalArgs, Selection};
use crate::git::History;
use crate::inventory::{Inventory, Kind};
use crate::model::Hinted;
use crate::model::Lang;
use crate::report::Report;

pub(crate) fn run(global: &GlobalArgs, args: &BundleArgs) -> Result<ExitStatus> {
    // Ctrl-C or SIGTERM while writing: remove the temporary output, exit as interrupted
    // (128 + SIGINT, as shells report it). A handler already set (by an embedding
    // program) is left alone.
    let _ = ctrlc::set_handler(|| {
        archive::remove_pending();
        std::process::exit(130);
    });
    let selection = Selection {
        paths: Vec::new(),
        lang: args.lang.clone(),
        rev: Some(args.rev.clone()),
    };
    let session = super::Session::open(global, &selection)?;
    if session.history.is_shallow() {
        bail!(Hinted::new(
            tr!("check-shallow-clone"),
            tr!("hint-unshallow")
        ));
    }
    let (inventory, report) = session.analyse(&selection)?;
    let commit = session.history.target().commit();
    let short = &commit.id.to_string()[..7];
    let mut stderr = anstream::stderr();
    let yellow = anstyle::AnsiColor::Yellow.on_default().bold();
    let red = anstyle::AnsiColor::Red.on_default().bold();
    // Publishing HEAD while the working tree holds other content would surprise: say so.
    if args.rev == "HEAD" {
        let dirty = session.history.uncommitted_under_roots().unwrap_or(0);
        if dirty > 0 {
            let _ = writeln!(
                stderr,
                "{yellow}{}:{yellow:#} {}",
                tr!("warning-prefix"),
                tr!("bundle-uncommitted", count = dirty, commit = short)
            );
        }
    }
    let policies = Policies {
        stale: args.stale,
        missing: args.missing,
    };
    let format = args.archive;
    let out_dir = session.cwd.join(&args.out);
    if out_dir.exists() && !out_dir.is_dir() {
        bail!(tr!(
            "bundle-out-not-a-directory",
            path = args.out.display().to_string()
        ));
    }
    let site = SiteMessages::read(&session)?;
    let mut failed = false;
    let mut stdout = anstream::stdout().lock();
    for language in &report.languages {
        let plan = bundle::plan(&report, &inventory, language, policies);
        if !plan.failures.is_empty() {
            failed = true;
            let _ = writeln!(
                stderr,
                "{red}{}:{red:#} {}",
                tr!("error-prefix"),
                tr!(
                    "bundle-policy-failed",
                    lang = language.as_str(),
                    count = plan.failures.len()
                )
            );
            for failure in &plan.failures {
                let _ = writeln!(stderr, "  {}: {}", failure.id, failure.detail.ui());
            }
            continue;
        }
        let build = Build {
            session: &session,
            inventory: &inventory,
            report: &report,
            plan: &plan,
            site: &site,
            policies,
        };
        let (entries, summary, warnings) = build.entries()?;
        for warning in warnings {
            let _ = writeln!(
                stderr,
                "{yellow}{}:{yellow:#} {warning}",
                tr!("warning-prefix")
            );
        }
        let name = format!("transync-{}-{short}", language.as_str());
        let written = archive::write(&out_dir, &name, format, &entries, commit.time)?;
        let shown = written
            .strip_prefix(&session.cwd)
            .unwrap_or(&written)
            .display()
            .to_string();
        writeln!(
            stdout,
            "{:<6} {} → {shown}",
            language.as_str(),
            tr!(
                "bundle-summary",
                current = summary.current,
                stale = summary.stale,
                fallback = summary.fallback,
                unpublished = summary.unpublished
            )
        )?;
    }
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The site's Fluent sources at the commit, per language directory.
struct SiteMessages {
    by_language: BTreeMap<Lang, Vec<String>>,
}

impl SiteMessages {
    fn read(session: &super::Session) -> Result<SiteMessages> {
        let root = &session.settings.locales_root;
        let tree = Tree {
            history: &session.history,
        };
        let mut by_language: BTreeMap<Lang, Vec<String>> = BTreeMap::new();
        for path in session.history.files_at_target_under(root)? {
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
                || session.settings.bundle_exclude_messages.is_match(name)
            {
                continue;
            }
            let Some(lang) = session.settings.lang_of_name(dir) else {
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

struct Build<'a> {
    session: &'a super::Session,
    inventory: &'a Inventory,
    report: &'a Report,
    plan: &'a bundle::Plan,
    site: &'a SiteMessages,
    policies: Policies,
}

/// A document read and rendered.
struct Rendered {
    planned: Planned,
    title: String,
    markdown: Entry,
    body_html: String,
    references: Vec<String>,
}

impl Build<'_> {
    fn entries(&self) -> Result<(Vec<Entry>, manifest::Summary, Vec<String>)> {
        let language = &self.plan.language;
        let source = &self.inventory.source_language;
        let tree = Tree {
            history: &self.session.history,
        };
        let chrome = Chrome::new(language, self.site.of(language), self.site.of(source));
        let progress = progress(self.plan.documents.len(), language);
        let mut rendered = Vec::new();
        for planned in &self.plan.documents {
            rendered.push(self.render(&tree, planned, &planned.file, &planned.id)?);
            progress.inc(1);
        }
        progress.finish_and_clear();
        let titles: BTreeMap<&str, &str> = rendered
            .iter()
            .map(|r| (r.planned.id.as_str(), r.title.as_str()))
            .collect();
        let mut entries = Vec::new();
        let mut assets = Assets::default();
        let mut documents = Vec::new();
        let mut summary = manifest::Summary::default();
        for r in &rendered {
            let page_path = bundle::html_path(&r.planned.id);
            let home = bundle::relative_url(&page_path, "index.html");
            let banner = match r.planned.shown {
                Shown::Current => None,
                Shown::Stale => Some(Banner {
                    class: "stale",
                    text: chrome.text("banner-stale", &[], msg!("bundle-banner-stale")),
                    link: Some((
                        bundle::relative_url(&page_path, &format!("{ORIGINALS}/{page_path}")),
                        chrome.text("banner-read-original", &[], msg!("bundle-read-original")),
                    )),
                }),
                Shown::Fallback => Some(Banner {
                    class: "fallback",
                    text: chrome.text("banner-fallback", &[], msg!("bundle-banner-fallback")),
                    link: None,
                }),
            };
            let nav = self.module_nav(&chrome, &r.planned, &rendered, &titles, &page_path);
            let content_language = (r.planned.shown == Shown::Fallback).then_some(source.as_str());
            let page = html::page(&Page {
                chrome: &chrome,
                title: &r.title,
                content: &r.body_html,
                content_language,
                banner,
                nav,
                home,
            });
            for reference in r.references.iter().filter(is_asset) {
                assets.add(&tree, &page_path, &r.planned, reference)?;
            }
            entries.push(Entry {
                path: page_path.clone(),
                bytes: page.into_bytes(),
            });
            let mut original = None;
            if r.planned.shown == Shown::Stale {
                // The English the banner links to, rendered like any page.
                let english_planned = Planned {
                    translation_path: r.planned.english.clone(),
                    ..r.planned.clone()
                };
                let md_path = format!("{ORIGINALS}/{}", r.planned.id);
                let en = self.render(&tree, &english_planned, &r.planned.english, &md_path)?;
                let en_page_path = format!("{ORIGINALS}/{page_path}");
                let en_page = html::page(&Page {
                    chrome: &chrome,
                    title: &en.title,
                    content: &en.body_html,
                    content_language: Some(source.as_str()),
                    banner: None,
                    nav: None,
                    home: bundle::relative_url(&en_page_path, "index.html"),
                });
                for reference in en.references.iter().filter(is_asset) {
                    assets.add(&tree, &en_page_path, &english_planned, reference)?;
                }
                entries.push(Entry {
                    path: en_page_path.clone(),
                    bytes: en_page.into_bytes(),
                });
                entries.push(en.markdown);
                original = Some(en_page_path);
            }
            match r.planned.shown {
                Shown::Current => summary.current += 1,
                Shown::Stale => summary.stale += 1,
                Shown::Fallback => summary.fallback += 1,
            }
            documents.push(manifest::Document {
                id: r.planned.id.clone(),
                title: r.title.clone(),
                kind: kind_str(r.planned.kind),
                module: r.planned.module.clone(),
                order: r.planned.order,
                status: r.planned.shown.as_str(),
                content_language: if r.planned.shown == Shown::Fallback {
                    source.to_string()
                } else {
                    language.to_string()
                },
                source: r.planned.file.clone(),
                base_commit: r.planned.base.map(|b| b.to_string()),
                path: r.markdown.path.clone(),
                html: page_path,
                original,
                sha256: r.markdown.sha256(),
                bytes: r.markdown.bytes.len(),
            });
            entries.push(r.markdown.clone());
        }
        let mut warnings = Vec::new();
        for (page, reference) in &assets.missing {
            warnings.push(tr!(
                "bundle-asset-missing",
                page = page.as_str(),
                reference = reference.as_str()
            ));
        }
        for (page, reference) in &assets.outside {
            warnings.push(tr!(
                "bundle-asset-outside",
                page = page.as_str(),
                reference = reference.as_str()
            ));
        }
        for (path, found) in &assets.active {
            warnings.push(tr!(
                "bundle-svg-active",
                path = path.as_str(),
                found = found.as_str()
            ));
        }
        let mut asset_list = Vec::new();
        for (path, (source_path, bytes)) in std::mem::take(&mut assets.files) {
            let entry = Entry { path, bytes };
            asset_list.push(manifest::Asset {
                path: entry.path.clone(),
                source: source_path,
                sha256: entry.sha256(),
                bytes: entry.bytes.len(),
            });
            entries.push(entry);
        }
        summary.assets = asset_list.len();
        let modules = self.modules(&tree, &rendered, &titles)?;
        summary.modules_published = modules.iter().filter(|m| m.published).count();
        summary.modules_unpublished = modules.len() - summary.modules_published;
        summary.unpublished = self.plan.left_out.len();
        entries.push(Entry {
            path: "index.html".into(),
            bytes: self.index(&chrome, &rendered).into_bytes(),
        });
        let messages = bundle::messages::resolve(
            language.as_str(),
            self.site.of(source),
            self.site.of(language),
        );
        entries.push(Entry {
            path: "messages.json".into(),
            bytes: json(&messages)?,
        });
        let commit = self.session.history.target().commit();
        let manifest = Manifest {
            version: manifest::VERSION,
            tool: "transync",
            language: language.to_string(),
            source_language: source.to_string(),
            commit: commit.id.to_string(),
            built_at: crate::model::timestamp(commit.time),
            policies: manifest::Policies {
                stale: match self.policies.stale {
                    StalePolicy::Include => "include",
                    StalePolicy::Exclude => "exclude",
                    StalePolicy::Fail => "fail",
                },
                missing: match self.policies.missing {
                    MissingPolicy::Fallback => "fallback",
                    MissingPolicy::Skip => "skip",
                    MissingPolicy::Fail => "fail",
                },
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
        let summary = manifest.summary.clone();
        entries.push(Entry {
            path: "manifest.json".into(),
            bytes: json(&manifest)?,
        });
        Ok((entries, summary, warnings))
    }

    /// Reads `file` at the commit and renders it; `markdown_path` is where its Markdown
    /// goes in the bundle.
    fn render(
        &self,
        tree: &Tree<'_>,
        planned: &Planned,
        file: &str,
        markdown_path: &str,
    ) -> Result<Rendered> {
        let (_, bytes) = tree
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
            markdown: Entry {
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
        chrome: &Chrome,
        planned: &Planned,
        rendered: &[Rendered],
        titles: &BTreeMap<&str, &str>,
        page_path: &str,
    ) -> Option<ModuleNav> {
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
        let url = |id: &str| bundle::relative_url(page_path, &bundle::html_path(id));
        let module_title = titles
            .get(module.as_str())
            .map_or(module.clone(), |t| t.to_string());
        let total = lessons.len();
        let here = lessons.iter().position(|r| r.planned.id == planned.id);
        let link = |i: usize, site_id: &str, builtin: crate::model::i18n::Message| {
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
        tree: &Tree<'_>,
        rendered: &[Rendered],
        titles: &BTreeMap<&str, &str>,
    ) -> Result<Vec<manifest::Module>> {
        self.report
            .documents
            .iter()
            .filter(|d| d.kind == Kind::Module && d.source_path.is_some())
            .map(|module| -> Result<manifest::Module> {
                let lessons: Vec<String> = self
                    .report
                    .documents
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
                    None => self.unpublished_title(tree, &module.id)?,
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

    fn unpublished_title(&self, tree: &Tree<'_>, id: &str) -> Result<String> {
        let files = self.inventory.documents.get(id).map(|doc| &doc.files);
        for lang in [&self.plan.language, &self.inventory.source_language] {
            let Some(path) = files.and_then(|files| files.get(lang)) else {
                continue;
            };
            if let Some((_, bytes)) = tree.read(path)? {
                let text = String::from_utf8_lossy(&bytes);
                if let (Some(title), _) = html::split_page(&text) {
                    return Ok(title);
                }
            }
        }
        Ok(id.to_string())
    }

    /// `index.html`: articles by top-level section, then the published modules.
    fn index(&self, chrome: &Chrome, rendered: &[Rendered]) -> String {
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
                bundle::html_path(&r.planned.id),
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
                    bundle::html_path(&r.planned.id),
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

fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::Article => "article",
        Kind::Module => "module",
        Kind::Lesson => "lesson",
    }
}

/// [`rewrite_link`] for a link on the page whose Markdown is at `page` in the bundle: a
/// link to the root index page goes to where that page is published (`home.html`, since
/// `index.html` is the bundle's listing).
fn rewrite_link_from(page: &str, dest: &str) -> String {
    let in_originals = page.starts_with(&format!("{}/", bundle::ORIGINALS));
    if !in_originals && bundle::is_local_reference(dest) {
        let (path, fragment) = dest.split_at(dest.find('#').unwrap_or(dest.len()));
        let target = bundle::join(bundle::dir_of(page), path);
        if let Some(root @ ("index.md" | "_index.md")) = target.as_deref() {
            let home = bundle::html_path(root);
            return format!("{}{fragment}", bundle::relative_url(page, &home));
        }
    }
    rewrite_link(dest)
}

/// Links to other pages point at their HTML; everything else is left as written.
fn rewrite_link(dest: &str) -> String {
    if !bundle::is_local_reference(dest) {
        return dest.to_string();
    }
    let (path, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    if !path.ends_with(".md") {
        return dest.to_string();
    }
    let html = match path.rsplit_once('/') {
        Some((dir, "_index.md" | "index.md")) => format!("{dir}/index.html"),
        None if path == "_index.md" || path == "index.md" => "index.html".to_string(),
        _ => format!("{}.html", &path[..path.len() - 3]),
    };
    format!("{html}{fragment}")
}

/// A local reference that is a file to copy (not another page).
fn is_asset(dest: &&String) -> bool {
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    bundle::is_local_reference(dest) && !path.is_empty() && !path.ends_with(".md")
}

fn json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(value)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// A progress bar on a terminal; nothing otherwise (CI logs, pipes).
fn progress(len: usize, language: &Lang) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{prefix:>6} [{bar:30}] {pos}/{len}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(language.to_string());
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_links_become_html_links() {
        assert_eq!(rewrite_link("02-actors.md"), "02-actors.html");
        assert_eq!(rewrite_link("../m/_index.md#x"), "../m/index.html#x");
        assert_eq!(rewrite_link("images/a.svg"), "images/a.svg");
        assert_eq!(rewrite_link("https://x.org/a.md"), "https://x.org/a.md");
        // The root index page is published as home.html; index.html is the listing.
        assert_eq!(
            rewrite_link_from("blog/post.md", "../index.md#top"),
            "../home.html#top"
        );
        assert_eq!(rewrite_link_from("about.md", "_index.md"), "home.html");
        assert_eq!(rewrite_link_from("blog/post.md", "index.md"), "index.html");
    }
}
