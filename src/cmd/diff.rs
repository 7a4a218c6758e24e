//! `transync diff`: what changed in English since a translation's base.

use anyhow::{Result, bail};

use super::ExitStatus;
use crate::cli::{DiffArgs, Format, GlobalArgs, Selection};
use crate::git::History;
use crate::model::Hinted;
use crate::render;

pub(crate) fn run(global: &GlobalArgs, args: &DiffArgs) -> Result<ExitStatus> {
    let selection = Selection {
        paths: Vec::new(),
        lang: args.lang.clone(),
        rev: args.rev.clone(),
    };
    let session = super::Session::open(global, &selection)?;
    if args.target.ends_with(".ftl") {
        return fluent(&session, args);
    }
    let inventory = session.inventory()?;
    // A document id first (`blog/post.md`), else a file of any language.
    let (id, file_lang) = match inventory
        .documents
        .get(args.target.trim_start_matches("./"))
    {
        Some(doc) => (doc.id.clone(), None),
        None => {
            let path = session
                .settings
                .repo_path(&session.cwd, args.target.as_ref())?;
            let found = inventory.documents.values().find_map(|doc| {
                std::iter::once(&inventory.source_language)
                    .chain(&inventory.languages)
                    .find(|lang| inventory.path_of(&doc.id, lang) == path)
                    .map(|lang| (doc.id.clone(), lang.clone()))
            });
            match found {
                Some((id, lang)) => (id, Some(lang).filter(|l| *l != inventory.source_language)),
                None if args.rev.is_some() && session.cwd.join(&args.target).is_file() => {
                    bail!(tr!(
                        "diff-not-at-revision",
                        target = &args.target,
                        rev = args.rev.as_deref().unwrap_or_default()
                    ))
                }
                None => bail!(Hinted::new(
                    tr!(
                        "diff-unknown-target",
                        target = &args.target,
                        root = session.settings.content_roots().join(", ")
                    ),
                    tr!(
                        "diff-unknown-target-hint",
                        root = session.settings.content_roots().join(", ")
                    )
                )),
            }
        }
    };
    let languages = match (&file_lang, args.lang.is_empty()) {
        (Some(lang), true) => vec![lang.clone()],
        _ => super::select_languages(&inventory, &args.lang)?,
    };
    let report = session.analyse_documents(&inventory, &languages, &|doc| doc.id == id);
    match args.format {
        Format::Text => {
            super::write_stdout(true, |out| render::diff::render(&report, args.word, out))?
        }
        Format::Json => super::write_stdout(false, |out| render::json::render(&report, out))?,
    }
    Ok(ExitStatus::Success)
}

/// `diff locales/es/app.ftl`: the English messages changed since the file's base.
fn fluent(session: &super::Session, args: &DiffArgs) -> Result<ExitStatus> {
    let path = session
        .settings
        .repo_path(&session.cwd, args.target.as_ref())?;
    let inventory = session.inventory()?;
    let languages = inventory.languages.clone();
    let files = crate::analysis::fluent::analyse(
        &session.settings,
        &session.history,
        &inventory,
        &languages,
        &session.settings.fluent,
    );
    let selected: Vec<_> = files
        .into_iter()
        .filter(|f| f.path == path || f.english_path == path)
        .collect();
    if selected.is_empty() {
        bail!(Hinted::new(
            tr!(
                "diff-not-a-fluent-file",
                target = &args.target,
                root = &session.settings.locales_root
            ),
            tr!("diff-fluent-hint", root = &session.settings.locales_root)
        ));
    }
    match args.format {
        Format::Text => super::write_stdout(true, |out| render::diff::fluent(&selected, out))?,
        Format::Json => {
            let report = crate::report::Report {
                revision: session.history.target().commit().id,
                revision_time: session.history.target().commit().time,
                worktree: matches!(
                    session.history.target(),
                    crate::git::Target::WorkTree { .. }
                ),
                source_language: inventory.source_language.clone(),
                languages: selected.iter().map(|f| f.language.clone()).collect(),
                documents: Vec::new(),
                notes: Vec::new(),
                layout: crate::analysis::layout(&inventory),
                fluent: selected,
            };
            super::write_stdout(false, |out| render::json::render(&report, out))?
        }
    }
    Ok(ExitStatus::Success)
}
