//! What the subcommands share: opening the repository (settings resolved, history
//! walked), analysing the selected documents, and writing the report to stdout.

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::analysis::analyse;
use crate::analysis::memo::{self, Memo};
use crate::cli::{GlobalArgs, Selection};
use crate::config::Settings;
use crate::git::{GitHistory, History, Split};
use crate::inventory::{Document, Inventory, Kind};
use crate::model::paths::{Confinement, Refusal};
use crate::model::{Lang, is_under};
use crate::report::Report;

/// Settings resolved and history walked, ready to analyse.
pub(crate) struct Session {
    pub cwd: PathBuf,
    pub settings: Settings,
    pub history: GitHistory,
    /// The history of the repository the English is in, when it is another one.
    pub source: Option<GitHistory>,
    /// Repository-relative PATH arguments.
    filters: Vec<String>,
    /// PATH arguments that are no path under the roots but may be document ids
    /// (`blog/post.md`, `modules/dc-101`), as `diff`, `scaffold` and `sync` take them.
    ids: Vec<IdArg>,
    /// Whether the history index and the comparison memo are used (not `--no-cache`).
    cache: bool,
}

/// The history a session's analysis reads: one repository, or two when the English is
/// kept in another.
pub(crate) enum View<'a> {
    One(&'a GitHistory),
    Two(Split<'a>),
}

impl View<'_> {
    pub(crate) fn get(&self) -> &dyn History {
        match self {
            View::One(history) => *history,
            View::Two(split) => split,
        }
    }
}

/// A PATH argument read as a document id, and the argument as given (for messages).
type IdArg = (String, PathBuf);

impl Session {
    pub(crate) fn open(global: &GlobalArgs, selection: &Selection) -> Result<Session> {
        let cwd = working_directory(global)?;
        let settings = Settings::resolve(&cwd, global.config.as_deref())?;
        let (filters, ids) = path_filters(&settings, &cwd, &selection.paths)?;
        let mut roots = settings.content_roots();
        roots.push(settings.locales_root.clone());
        for root in settings.fluent_layout.roots() {
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
        let cache = !global.no_cache;
        let history =
            GitHistory::open(&settings.repo_root, &roots, selection.rev.as_deref(), cache)?;
        // The English of a repository of translations: its own history, at its HEAD.
        let source = match &settings.source_repo {
            Some(repo) => Some(GitHistory::open(
                &repo.root,
                &settings.source_repo_roots(),
                None,
                cache,
            )?),
            None => None,
        };
        Ok(Session {
            cwd,
            settings,
            history,
            source,
            filters,
            ids,
            cache,
        })
    }

    /// A session on the working tree, with everything selected: `mark`, `scaffold` and
    /// `sync` edit the translator's files, which live there.
    pub(crate) fn open_worktree(global: &GlobalArgs) -> Result<Session> {
        let selection = Selection {
            paths: Vec::new(),
            lang: Vec::new(),
            rev: None,
        };
        Session::open(global, &selection)
    }

    /// What the analysis asks history questions of: this repository, or this one and the
    /// one the English is in.
    pub(crate) fn view(&self) -> View<'_> {
        match (&self.source, &self.settings.source_repo) {
            (Some(source), Some(repo)) => View::Two(Split {
                local: &self.history,
                source,
                prefix: &repo.prefix,
            }),
            _ => View::One(&self.history),
        }
    }

    /// The history English questions go to: `mark` records a commit of it.
    pub(crate) fn english_history(&self) -> &GitHistory {
        self.source.as_ref().unwrap_or(&self.history)
    }

    /// What exists now: documents × languages.
    pub(crate) fn inventory(&self) -> Result<Inventory> {
        let view = self.view();
        let history = view.get();
        let files = history.files();
        let mut inventory = Inventory::build(&self.settings, files.iter().map(String::as_str))?;
        // A committed link out of the repository (`content/es -> /elsewhere`) is never
        // followed: the pages behind it are not read, and the user must hear so.
        let pages: HashSet<&str> = inventory
            .documents
            .values()
            .flat_map(|doc| doc.files.values().map(String::as_str))
            .collect();
        let roots = self.settings.content_roots();
        let under_root = |path: &str| {
            roots
                .iter()
                .any(|root| root.is_empty() || is_under(path, root))
        };
        let confined = Confinement::new(&self.settings.repo_root);
        for path in &files {
            if pages.contains(path.as_str())
                || history.content_id(path).is_some()
                || !under_root(path)
                || !std::fs::symlink_metadata(self.settings.repo_root.join(path))
                    .is_ok_and(|m| m.file_type().is_symlink())
            {
                continue;
            }
            if let Err(refusal @ Refusal::Outside { .. }) = confined.resolve(Path::new(path)) {
                inventory
                    .warnings
                    .push(msg!("warning-link-outside", refusal = refusal.to_string()));
            }
        }
        Ok(inventory)
    }

    /// The analysis of the documents of `inventory` for which `include` holds.
    pub(crate) fn analyse_documents(
        &self,
        inventory: &Inventory,
        languages: &[Lang],
        include: &(dyn Fn(&Document) -> bool + Sync),
    ) -> Report {
        let view = self.view();
        let memo = self.memo();
        let report = analyse(
            inventory,
            view.get(),
            languages,
            include,
            &self.settings.compare,
            &memo,
        );
        // Only a run over every document in every language knows what is no longer used.
        let everything =
            languages == inventory.languages && inventory.documents.values().all(include);
        self.keep(&memo, everything);
        report
    }

    /// The comparisons remembered from earlier runs of this build with these settings
    /// (none with `--no-cache`).
    fn memo(&self) -> Memo {
        let stamp = memo_stamp(&self.settings);
        if !self.cache {
            return Memo::empty(stamp);
        }
        match std::fs::read(self.memo_path()) {
            Ok(bytes) => Memo::from_bytes(&bytes, stamp),
            Err(_) => Memo::empty(stamp),
        }
    }

    /// Writes the memo back when the run added to it. A memo that cannot be written (a
    /// read-only clone) only costs the next run time.
    fn keep(&self, memo: &Memo, everything: bool) {
        if !self.cache {
            return;
        }
        if let Some(bytes) = memo.to_bytes(everything) {
            let _ = crate::git::write_atomically(&self.memo_path(), &bytes);
        }
    }

    fn memo_path(&self) -> PathBuf {
        self.history.cache_dir().join("comparisons.bin")
    }

    /// The inventory and the analysis of the selected documents and languages.
    pub(crate) fn analyse(&self, selection: &Selection) -> Result<(Inventory, Report)> {
        let inventory = self.inventory()?;
        let languages = select_languages(&inventory, &selection.lang)?;
        // A path may name a missing translation (a file that does not exist yet); only a
        // path that exists nowhere and names no document is a mistake.
        for (id, path) in &self.ids {
            if !inventory
                .documents
                .values()
                .any(|doc| is_under(&doc.id, id))
            {
                bail!(tr!(
                    "error-path-outside-roots",
                    path = path.display().to_string(),
                    root = self.settings.content_roots().join(", "),
                    locales = &self.settings.locales_root
                ));
            }
        }
        let paths = selection
            .paths
            .iter()
            .filter(|p| !self.ids.iter().any(|(_, q)| q == *p));
        for (filter, path) in self.filters.iter().zip(paths) {
            let names_a_document = inventory
                .documents
                .values()
                .any(|doc| is_document_under(&inventory, doc, filter));
            if !names_a_document && !self.cwd.join(path).exists() {
                bail!(tr!(
                    "error-path-names-nothing",
                    path = path.display().to_string()
                ));
            }
        }
        // A path in any language selects the document: `content/es/blog` means "the blog".
        let everything = self.filters.is_empty() && self.ids.is_empty();
        let include = |doc: &Document| {
            everything
                || self
                    .filters
                    .iter()
                    .any(|f| is_document_under(&inventory, doc, f))
                || self.ids.iter().any(|(id, _)| is_under(&doc.id, id))
        };
        let mut report = self.analyse_documents(&inventory, &languages, &include);
        // Fluent files are part of a whole-project run, or asked for by a path under them.
        let locales = &self.settings.locales_root;
        if everything
            || self
                .filters
                .iter()
                .any(|f| is_under(f, locales) || is_under(locales, f))
        {
            report.fluent = crate::analysis::fluent::analyse(
                &self.settings,
                &self.history,
                &inventory,
                &languages,
                &self.settings.fluent,
            );
            // A repository of Fluent files only: its layout is the Fluent one.
            if inventory.documents.is_empty() && !report.fluent.is_empty() {
                report.layout.collections = self
                    .settings
                    .fluent_layout
                    .patterns
                    .iter()
                    .map(|p| crate::report::LayoutCollection {
                        name: String::new(),
                        source: p.to_string(),
                        translation: p.to_string(),
                    })
                    .collect();
            }
            if !self.filters.is_empty() {
                report.fluent.retain(|f| {
                    self.filters.iter().any(|filter| {
                        is_under(&f.path, filter) || is_under(&f.english_path, filter)
                    })
                });
            }
        }
        Ok((inventory, report))
    }

    /// The documents named by `targets`, in report order: document ids, a directory of ids
    /// (`modules/dc-101`), or paths of any language's file or directory; a module brings its
    /// lessons. Every document when `targets` is empty. `Err` names a target that selects
    /// nothing.
    pub(crate) fn select_documents<'a>(
        &self,
        inventory: &'a Inventory,
        targets: &[String],
    ) -> Result<Vec<&'a Document>, String> {
        if targets.is_empty() {
            return Ok(inventory.documents.values().collect());
        }
        let mut chosen: Vec<&Document> = Vec::new();
        for target in targets {
            let id = target.trim_end_matches('/');
            let mut found: Vec<&Document> = inventory
                .documents
                .values()
                .filter(|doc| doc.id == id || is_under(&doc.id, id))
                .collect();
            if found.is_empty()
                && let Ok(path) = self
                    .settings
                    .repo_path(&self.cwd, std::path::Path::new(target))
            {
                found = inventory
                    .documents
                    .values()
                    .filter(|doc| {
                        std::iter::once(&inventory.source_language)
                            .chain(&inventory.languages)
                            .any(|lang| is_under(&inventory.path_of(&doc.id, lang), &path))
                    })
                    .collect();
            }
            if found.is_empty() {
                return Err(target.clone());
            }
            let lessons: Vec<&Document> = found
                .iter()
                .filter(|doc| doc.kind == Kind::Module)
                .flat_map(|doc| inventory.lessons(&doc.id))
                .collect();
            for doc in found.into_iter().chain(lessons) {
                if !chosen.iter().any(|d| d.id == doc.id) {
                    chosen.push(doc);
                }
            }
        }
        chosen.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(chosen)
    }
}

/// What the remembered comparisons hold for: this build of transync (its version and
/// its binary's size and time, so a rebuild starts afresh) and the comparison settings.
fn memo_stamp(settings: &Settings) -> memo::Digest16 {
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let time = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {time}", m.len())
        })
        .unwrap_or_default();
    memo::digest(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        build.as_bytes(),
        format!("{:?}", settings.compare).as_bytes(),
    ])
}

/// Writes a report to stdout, buffered (a report can be tens of thousands of lines).
/// Only text output goes through the stream that strips colors when they are off.
pub(crate) fn write_stdout(
    text: bool,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let written = if text {
        let mut out = io::BufWriter::new(anstream::stdout().lock());
        render(&mut out).and_then(|()| out.flush())
    } else {
        let mut out = io::BufWriter::new(io::stdout().lock());
        render(&mut out).and_then(|()| out.flush())
    };
    written.with_context(|| tr!("error-write-report"))
}

/// `-C DIR` or the process's working directory.
pub(crate) fn working_directory(global: &GlobalArgs) -> Result<PathBuf> {
    let cwd = std::env::current_dir().with_context(|| tr!("error-current-directory"))?;
    Ok(match &global.directory {
        Some(dir) => cwd.join(dir),
        None => cwd,
    })
}

/// `--lang` validated against the project's languages; all of them when empty.
pub(crate) fn select_languages(inventory: &Inventory, requested: &[String]) -> Result<Vec<Lang>> {
    if requested.is_empty() {
        return Ok(inventory.languages.clone());
    }
    let known = || {
        inventory
            .languages
            .iter()
            .map(Lang::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = Vec::new();
    for tag in requested.iter().filter(|t| !t.trim().is_empty()) {
        let lang = Lang::parse(tag.trim())
            .map_err(anyhow::Error::msg)
            .with_context(|| tr!("error-invalid-lang"))?;
        if lang == inventory.source_language {
            bail!(tr!(
                "error-lang-is-source",
                lang = lang.as_str(),
                known = known()
            ));
        }
        if !inventory.languages.contains(&lang) {
            bail!(tr!(
                "error-lang-unknown",
                lang = lang.as_str(),
                known = known()
            ));
        }
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    Ok(out)
}

/// Repository-relative forms of the PATH arguments, and the arguments that may be
/// document ids instead (relative, naming nothing on disk, outside the roots: checked
/// against the inventory later). Refused when they leave the repository or lie outside
/// the roots.
pub(crate) fn path_filters(
    settings: &Settings,
    cwd: &Path,
    paths: &[PathBuf],
) -> Result<(Vec<String>, Vec<IdArg>)> {
    let roots = settings.content_roots();
    let root = roots.join(", ");
    let mut filters = Vec::new();
    let mut ids = Vec::new();
    for path in paths {
        let relative = settings.repo_path(cwd, path)?;
        let locales = &settings.locales_root;
        let under_content = roots
            .iter()
            .any(|root| is_under(&relative, root) || is_under(root, &relative));
        let under_locales = is_under(&relative, locales) || is_under(locales, &relative);
        if !under_content && !under_locales && path.is_relative() && !cwd.join(path).exists() {
            let id = path.to_string_lossy().trim_end_matches('/').to_string();
            ids.push((id, path.clone()));
            continue;
        }
        if !under_content && !under_locales {
            bail!(tr!(
                "error-path-outside-roots",
                path = path.display().to_string(),
                root = root.as_str(),
                locales = locales
            ));
        }
        filters.push(relative);
    }
    Ok((filters, ids))
}

/// Whether any language's file of `doc` (existing or expected) lies under `dir`.
fn is_document_under(inventory: &Inventory, doc: &Document, dir: &str) -> bool {
    std::iter::once(&inventory.source_language)
        .chain(&inventory.languages)
        .any(|lang| is_under(&inventory.path_of(&doc.id, lang), dir))
}
