//! `transync mark`: record the base commit in translation files, atomically.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::ExitStatus;
use crate::changes;
use crate::cli::{GlobalArgs, MarkArgs, Selection};
use crate::history::{Commit, History};
use crate::inventory::Inventory;
use crate::mark::{self, Change};
use crate::markdown;

pub fn run(global: &GlobalArgs, args: &MarkArgs) -> Result<ExitStatus> {
    // The working tree: that is where the translator's files are.
    let selection = Selection {
        paths: Vec::new(),
        lang: Vec::new(),
        rev: None,
    };
    let session = super::Session::open(global, &selection)?;
    let inventory = session.inventory()?;
    let base = session.history.resolve_ancestor(&args.rev)?;
    let head = session.history.target().commit();
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
                    "{red}error:{red:#} {}: {err:#}",
                    path.display()
                );
            }
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} file{} not marked",
            args.paths.len(),
            if args.paths.len() == 1 { "" } else { "s" }
        );
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
    let history = &session.history;
    let repo_path = settings.repo_path(&session.cwd, path)?;
    let full = settings.repo_root.join(&repo_path);
    if !full.is_file() {
        bail!("no such file");
    }
    let is_fluent = repo_path.ends_with(".ftl");
    let english = if is_fluent {
        english_of_fluent(session, inventory, &repo_path)?
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
            .with_context(|| format!("not a document under {}/", settings.content_root))?;
        if lang == inventory.source_language {
            bail!("this is the English source; mark its translations");
        }
        inventory
            .documents
            .get(&id)
            .and_then(|doc| doc.files.get(&inventory.source_language))
            .cloned()
            .with_context(|| {
                format!("no English source for {id}: an orphan has no base to record")
            })?
    };
    // The base would lie if the English the translator read is not the committed one.
    let committed = history.source_at(head.id, &english)?.map(|(_, blob)| blob);
    if history.blob_now(&english) != committed {
        bail!(
            "the English source {english} has uncommitted changes; commit them first, so the base names what was translated"
        );
    }
    let text = std::fs::read(&full).with_context(|| format!("cannot read {}", full.display()))?;
    let text = String::from_utf8(text)
        .map_err(|_| anyhow::anyhow!("not valid UTF-8; save the file as UTF-8"))?;
    if !is_fluent && !args.force {
        let english_text = String::from_utf8_lossy(&history.read_now(&english)?).into_owned();
        let drift = changes::drift(&markdown::parse(&english_text), &markdown::parse(&text));
        if !drift.is_empty() {
            let listed: Vec<String> = drift.iter().take(3).map(|d| d.message.clone()).collect();
            bail!(
                "the translation still differs from the English in structure ({}{}); finish it, or use --force if it is intended",
                listed.join("; "),
                if drift.len() > 3 {
                    format!("; and {} more", drift.len() - 3)
                } else {
                    String::new()
                }
            );
        }
    }
    let hash = base.id.to_string();
    let (new, change) = if is_fluent {
        mark::fluent(&text, &hash)
    } else {
        mark::markdown(&text, &settings.commit_key, &hash).map_err(anyhow::Error::msg)?
    };
    let short = &hash[..7];
    let (what, would) = match &change {
        Change::Unchanged { key } => {
            return Ok(format!("{repo_path}: already records {key}: {short}"));
        }
        Change::Replaced { key, old } => {
            let old: String = old.chars().take(7).collect();
            (
                format!("{key}: {old} → {short}"),
                format!("would change {key}: {old} → {short}"),
            )
        }
        Change::Added { key } => (
            format!("added {key}: {short}"),
            format!("would add {key}: {short}"),
        ),
    };
    if args.dry_run {
        return Ok(format!("{repo_path}: {would} (dry run)"));
    }
    super::fsio::write_atomically(&full, new.as_bytes())?;
    Ok(format!("{repo_path}: {what}"))
}

/// The English `.ftl` file a translated one mirrors: same name under the source language.
fn english_of_fluent(
    session: &super::Session,
    inventory: &Inventory,
    path: &str,
) -> Result<String> {
    let root = &session.settings.locales_root;
    let rest = path
        .strip_prefix(&format!("{root}/"))
        .with_context(|| format!("a .ftl file to mark must be under {root}/"))?;
    let (dir, name) = rest
        .split_once('/')
        .context("expected <locales>/<lang>/<file>.ftl")?;
    let lang = session
        .settings
        .lang_of_name(dir)
        .with_context(|| format!("`{dir}` is not a language directory"))?;
    if lang == inventory.source_language {
        bail!("this is the English source; mark its translations");
    }
    let files = session.history.files();
    files
        .into_iter()
        .find(|f| {
            f.strip_prefix(&format!("{root}/"))
                .and_then(|r| r.split_once('/'))
                .is_some_and(|(d, n)| {
                    n == name
                        && session.settings.lang_of_name(d).as_ref()
                            == Some(&inventory.source_language)
                })
        })
        .with_context(|| format!("no English {name} under {root}/"))
}
