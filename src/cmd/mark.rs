//! `transync mark`: record the base commit in translation files, atomically.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::ExitStatus;
use crate::analysis::{drift, fluent};
use crate::cli::{GlobalArgs, MarkArgs};
use crate::git::{Commit, History};
use crate::inventory::Inventory;
use crate::markdown::{self, frontmatter::record::Change};
use crate::model::paths::Confinement;
use crate::model::{Lang, Level, Severity};
use crate::report::FluentFinding;

pub(crate) fn run(global: &GlobalArgs, args: &MarkArgs) -> Result<ExitStatus> {
    let session = super::Session::open_worktree(global)?;
    let inventory = session.inventory()?;
    // A base is an English commit: of the source repository when the English is kept apart.
    let base = session.english_history().resolve_ancestor(&args.rev)?;
    let head = session.english_history().target().commit();
    let mut failed = 0;
    let mut stdout = anstream::stdout().lock();
    for path in &args.paths {
        match mark_one(&session, &inventory, path, base, head, args) {
            Ok(line) => writeln!(stdout, "{line}")?,
            Err(err) => {
                failed += 1;
                let red = anstyle::AnsiColor::Red.on_default().bold();
                let _ = writeln!(
                    anstream::stderr(),
                    "{red}{}:{red:#} {}: {}",
                    tr!("error-prefix"),
                    path.display(),
                    super::explain(&err)
                );
            }
        }
    }
    if failed > 0 {
        bail!(tr!(
            "mark-failed-count",
            failed = failed,
            total = args.paths.len()
        ));
    }
    Ok(ExitStatus::Success)
}

/// Marks one file; the line to print, or why not.
fn mark_one(
    session: &super::Session,
    inventory: &Inventory,
    path: &Path,
    base: Commit,
    head: Commit,
    args: &MarkArgs,
) -> Result<String> {
    let settings = &session.settings;
    let view = session.view();
    let history = view.get();
    let repo_path = settings.repo_path(&session.cwd, path)?;
    let full = settings.repo_root.join(&repo_path);
    if full.is_dir() {
        bail!(tr!("mark-is-directory"));
    }
    // Nothing there at all; a FIFO, a link loop or a link out of the repository is named
    // as what it is when it is read.
    if std::fs::symlink_metadata(&full).is_err() {
        bail!(tr!("mark-no-such-file"));
    }
    let text = Confinement::new(&settings.repo_root).read(&full)?;
    let is_fluent = repo_path.ends_with(".ftl");
    let (english, fluent_lang) = if is_fluent {
        let (english, lang) = english_of_fluent(session, inventory, &repo_path)?;
        (english, Some(lang))
    } else {
        let (id, lang) = inventory
            .documents
            .values()
            .find_map(|doc| {
                doc.files
                    .iter()
                    .find(|(_, p)| **p == repo_path)
                    .map(|(l, _)| (doc.id.clone(), l.clone()))
            })
            .with_context(|| {
                tr!(
                    "mark-not-a-document",
                    root = settings.content_roots().join(", ")
                )
            })?;
        if lang == inventory.source_language {
            bail!(tr!("mark-english-source"));
        }
        let english = inventory
            .documents
            .get(&id)
            .and_then(|doc| doc.files.get(&inventory.source_language))
            .cloned()
            .with_context(|| tr!("mark-orphan", id = &id))?;
        (english, None)
    };
    // The base would lie if the English the translator read is not the committed one.
    let committed = history.source_at(head.id, &english)?.map(|(_, blob)| blob);
    if history.blob_now(&english) != committed {
        bail!(tr!("mark-uncommitted-source", source = &english));
    }
    // A base where the English did not exist would make every message or block "new".
    if history.source_at(base.id, &english)?.is_none() {
        bail!(tr!(
            "mark-source-absent",
            source = &english,
            commit = base.id.to_string()[..7].to_string()
        ));
    }
    let text = String::from_utf8(text).map_err(|err| {
        anyhow::anyhow!(tr!("error-not-utf8", byte = err.utf8_error().valid_up_to()))
    })?;
    if let Some(at) = text.bytes().position(|b| b == 0) {
        bail!(tr!("error-binary", byte = at));
    }
    // The front matter first: one that cannot be edited is the thing to fix, whatever
    // else differs.
    let hash = base.id.to_string();
    let (new, change) = if is_fluent {
        fluent::record_base(&text, &hash)
    } else {
        markdown::frontmatter::record::record_base(&text, &settings.commit_key, &hash)?
    };
    if !is_fluent && !args.force {
        let english_text = String::from_utf8_lossy(&history.read_now(&english)?).into_owned();
        // Only structure that is missing or broken stops a mark; the minor findings
        // (a number, a link, sentences) are the translator's call.
        let drift: Vec<_> = drift(
            &markdown::parse_as(&english_text, markdown::Flavor::of_path(&english)),
            &markdown::parse_as(&text, markdown::Flavor::of_path(&repo_path)),
        )
        .into_iter()
        .filter(|d| d.severity == Severity::Major)
        .collect();
        if !drift.is_empty() {
            let listed: Vec<String> = drift.iter().take(3).map(|d| d.message.ui()).collect();
            let mut listed = listed.join("; ");
            if drift.len() > 3 {
                listed.push_str("; ");
                listed.push_str(&tr!("mark-drift-more", count = drift.len() - 3));
            }
            bail!(tr!("mark-drift", drift = listed));
        }
    }
    if let (Some(lang), false) = (&fluent_lang, args.force) {
        let english_text = String::from_utf8_lossy(&history.read_now(&english)?).into_owned();
        let report =
            fluent::check_file(&english_text, &text, lang.as_str(), None, &settings.fluent);
        let errors: Vec<&FluentFinding> = report
            .findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .collect();
        if !errors.is_empty() {
            let mut listed: Vec<String> = errors
                .iter()
                .take(3)
                .map(|f| match &f.id {
                    Some(id) => format!("{id}: {}", f.message.ui()),
                    None => f.message.ui(),
                })
                .collect();
            if errors.len() > 3 {
                listed.push(tr!("mark-drift-more", count = errors.len() - 3));
            }
            bail!(tr!("mark-ftl-errors", errors = listed.join("; ")));
        }
    }
    let short = &hash[..7];
    let (what, would) = match &change {
        Change::Unchanged { key } => {
            let already = tr!("mark-already", key = *key, commit = short);
            return Ok(format!("{repo_path}: {already}"));
        }
        Change::Replaced { key, old } => {
            let old: String = old.chars().take(7).collect();
            (
                format!("{key}: {old} → {short}"),
                tr!("mark-would-change", key = *key, old = old, commit = short),
            )
        }
        Change::Added { key } => (
            tr!("mark-added", key = key, commit = short),
            tr!("mark-would-add", key = key, commit = short),
        ),
    };
    if args.dry_run {
        return Ok(format!("{repo_path}: {would} {}", tr!("mark-dry-run")));
    }
    // As an editor would: a file made read-only is not replaced behind its owner's back.
    let read_only = std::fs::metadata(&full).is_ok_and(|m| m.permissions().readonly());
    if read_only && !args.force {
        bail!(tr!("mark-read-only", path = repo_path.to_string()));
    }
    super::fsio::write_atomically(&settings.repo_root, &full, new.as_bytes())?;
    Ok(format!("{repo_path}: {what}"))
}

/// The English `.ftl` file a translated one mirrors: the same place in the Fluent layout
/// (`locales/{lang}/{path}`, `{lang}/{path}`, `{path}/{lang}.ftl`) in the source language.
fn english_of_fluent(
    session: &super::Session,
    inventory: &Inventory,
    path: &str,
) -> Result<(String, Lang)> {
    let root = &session.settings.locales_root;
    let layout = &session.settings.fluent_layout;
    let place = layout
        .place(path)
        .with_context(|| tr!("mark-ftl-outside-locales", root = root))?;
    let lang = session
        .settings
        .lang_of_name(&place.spelling)
        .with_context(|| tr!("mark-not-a-language-dir", dir = place.spelling.as_str()))?;
    if lang == inventory.source_language {
        bail!(tr!("mark-english-source"));
    }
    let name = place.key.1.as_str();
    let english = session
        .history
        .files()
        .into_iter()
        .find(|f| {
            layout.place(f).is_some_and(|p| {
                p.key == place.key
                    && session.settings.lang_of_name(&p.spelling).as_ref()
                        == Some(&inventory.source_language)
            })
        })
        .with_context(|| tr!("mark-no-english-ftl", name = name, root = root))?;
    Ok((english, lang))
}
