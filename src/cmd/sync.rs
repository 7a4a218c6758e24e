//! `transync sync`: move translations after their English source (git-aware), then set
//! their shared front-matter fields to the English values; `--check` only tells.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};

use super::ExitStatus;
use crate::cli::{GlobalArgs, SyncArgs};
use crate::git::{Fate, History};
use crate::inventory::{Document, Inventory};
use crate::markdown::frontmatter::EditError;
use crate::markdown::frontmatter::shared::shared_fields;
use crate::model::{Hinted, Lang};

/// A translation left at the old path of a renamed English file.
struct Move {
    from: String,
    to: String,
    /// The English file now.
    english: String,
}

/// What the run found and did, for the closing line and the exit code.
#[derive(Default)]
struct Tally {
    /// Translations with a difference (a move, a field or both), by their path.
    differing: BTreeSet<String>,
    failed: usize,
}

pub(crate) fn run(global: &GlobalArgs, args: &SyncArgs) -> Result<ExitStatus> {
    let session = super::Session::open_worktree(global)?;
    let inventory = session.inventory()?;
    super::warn_inventory(&inventory);
    let languages = super::select_languages(&inventory, &args.lang)?;
    let documents = session
        .select_documents(&inventory, &args.targets)
        .map_err(|target| anyhow::anyhow!(tr!("sync-unknown-target", target = target)))?;
    let write = !args.check && !args.dry_run;
    let mut stdout = anstream::stdout().lock();
    let mut tally = Tally::default();
    let refuse = |path: &str, reason: String, tally: &mut Tally| {
        tally.failed += 1;
        let red = anstyle::AnsiColor::Red.on_default().bold();
        let _ = writeln!(
            anstream::stderr(),
            "{red}{}:{red:#} {path}: {reason}",
            tr!("error-prefix")
        );
    };

    // Renames first, so that the fields are then synced at the translation's new place.
    let (moves, blocked) = find_moves(&session, &inventory, &documents, &languages);
    for (from, to) in blocked {
        refuse(&from, tr!("sync-move-exists", to = to.as_str()), &mut tally);
    }
    // (English file, translation file as it is on disk after this step).
    let mut pairs: Vec<(String, String)> = Vec::new();
    // Folders translations were moved out of: a renamed module's images stay behind.
    let mut left_behind: Vec<String> = Vec::new();
    // A move is the file and its entry in git's index: with the index locked, the file
    // would move and the index not follow. Say so before touching anything.
    if write
        && !moves.is_empty()
        && let Some(lock) = session.history.index_lock()
    {
        bail!(Hinted::new(
            tr!("sync-index-locked", path = lock.display().to_string()),
            tr!("hint-index-locked", path = lock.display().to_string())
        ));
    }
    for m in moves {
        let (from, to) = (m.from.as_str(), m.to.as_str());
        if !write {
            writeln!(stdout, "{}", tr!("sync-would-move", from = from, to = to))?;
            tally.differing.insert(m.from.clone());
            pairs.push((m.english, m.from));
            continue;
        }
        match move_translation(&session, from, to) {
            Ok(()) => {
                writeln!(stdout, "{}", tr!("sync-moved", from = from, to = to))?;
                if let Some((dir, _)) = from.rsplit_once('/')
                    && !left_behind.iter().any(|d| d == dir)
                {
                    left_behind.push(dir.to_string());
                }
                tally.differing.insert(m.to.clone());
                pairs.push((m.english, m.to));
            }
            Err(err) => refuse(from, super::explain(&err), &mut tally),
        }
    }
    for dir in &left_behind {
        if holds_only_other_files(&session.settings.repo_root.join(dir)) {
            writeln!(stdout, "{}", tr!("sync-left-behind", dir = dir.as_str()))?;
        }
    }
    for doc in &documents {
        let Some(english) = doc.files.get(&inventory.source_language) else {
            continue;
        };
        for lang in &languages {
            if let Some(path) = doc.files.get(lang) {
                pairs.push((english.clone(), path.clone()));
            }
        }
    }

    for (english, path) in &pairs {
        match sync_fields(&session, english, path, args, &mut stdout) {
            Ok(true) => {
                tally.differing.insert(path.clone());
            }
            Ok(false) => {}
            Err(reason) => refuse(path, reason, &mut tally),
        }
    }

    if tally.failed > 0 {
        bail!(tr!("sync-failed", count = tally.failed));
    }
    if tally.differing.is_empty() {
        writeln!(stdout, "{}", tr!("sync-in-step", count = pairs.len()))?;
        return Ok(ExitStatus::Success);
    }
    if args.check {
        writeln!(
            stdout,
            "{}",
            tr!("sync-check-failed", count = tally.differing.len())
        )?;
        return Ok(ExitStatus::Failure);
    }
    Ok(ExitStatus::Success)
}

/// Translations still at the path of an English file that git saw renamed, with where
/// they go; and those that cannot go there because the destination exists.
fn find_moves(
    session: &super::Session,
    inventory: &Inventory,
    selected: &[&Document],
    languages: &[Lang],
) -> (Vec<Move>, Vec<(String, String)>) {
    let source = &inventory.source_language;
    let (mut moves, mut blocked) = (Vec::new(), Vec::new());
    for doc in inventory.documents.values() {
        if doc.files.contains_key(source) {
            continue;
        }
        let old_english = inventory.path_of(&doc.id, source);
        let to = match session.history.fate(&old_english) {
            Some(Fate::Renamed {
                to, exists: true, ..
            }) => to,
            // A move in the working tree: follow it too, as `git status` shows it.
            Some(Fate::RenamedUncommitted { to }) => to,
            _ => continue,
        };
        // The English went to another document of the content tree (not out of it).
        let Some(target) = inventory
            .documents
            .values()
            .find(|d| d.files.get(source) == Some(&to))
        else {
            continue;
        };
        let chosen = |id: &str| selected.iter().any(|d| d.id == id);
        if !chosen(&doc.id) && !chosen(&target.id) {
            continue;
        }
        for lang in languages {
            let Some(from) = doc.files.get(lang) else {
                continue;
            };
            let dest = inventory.path_of(&target.id, lang);
            if target.files.contains_key(lang) || session.settings.repo_root.join(&dest).exists() {
                blocked.push((from.clone(), dest));
            } else {
                moves.push(Move {
                    from: from.clone(),
                    to: dest,
                    english: to.clone(),
                });
            }
        }
    }
    (moves, blocked)
}

/// Moves a translation file, then records the move in the index when git tracks it, and
/// removes the directories the move left empty (a renamed module's old folder).
fn move_translation(session: &super::Session, from: &str, to: &str) -> Result<()> {
    let root = &session.settings.repo_root;
    super::fsio::move_new(root, &root.join(from), &root.join(to))?;
    // All or nothing: a move git's index cannot record is undone.
    if let Err(e) = session.history.stage_rename(from, to) {
        let back = super::fsio::move_new(root, &root.join(to), &root.join(from));
        return Err(match back {
            Ok(()) => e.context(tr!("sync-move-undone", from = from, to = to)),
            Err(undo) => e.context(tr!(
                "sync-move-not-undone",
                from = from,
                to = to,
                reason = format!("{undo:#}")
            )),
        });
    }
    let content_roots: Vec<_> = session
        .settings
        .content_roots()
        .iter()
        .map(|r| root.join(r))
        .collect();
    let mut dir = root.join(from).parent().map(Path::to_path_buf);
    while let Some(current) = dir {
        // `remove_dir` only removes an empty directory; stop at the first that is not.
        if content_roots.contains(&current) || !current.starts_with(root) || current == *root {
            break;
        }
        if std::fs::remove_dir(&current).is_err() {
            break;
        }
        dir = current.parent().map(Path::to_path_buf);
    }
    Ok(())
}

/// Whether `dir` still exists with no Markdown page directly in it (only images or
/// other folders): what a move of all its pages leaves behind.
fn holds_only_other_files(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    !entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        name.ends_with(".md") || name.ends_with(".markdown")
    })
}

/// Syncs the shared fields of the translation at `path`; whether anything differed.
fn sync_fields(
    session: &super::Session,
    english: &str,
    path: &str,
    args: &SyncArgs,
    out: &mut dyn Write,
) -> Result<bool, String> {
    let root = &session.settings.repo_root;
    let confined = crate::model::paths::Confinement::new(root);
    let read = |p: &str| -> Result<String, String> {
        let bytes = confined.read(Path::new(p)).map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|err| {
            // The translation's path already heads the line this ends up on.
            if p == path {
                tr!("error-not-utf8", byte = err.utf8_error().valid_up_to())
            } else {
                tr!("sync-not-utf8", path = p)
            }
        })
    };
    let english_text = read(english)?;
    let text = read(path)?;
    let synced = shared_fields(&english_text, &text, &session.settings.shared_fields).map_err(
        |refusal| match refusal {
            EditError::Invalid {
                english: true,
                line,
                message,
            } => tr!(
                "sync-invalid-english",
                source = english,
                line = line,
                message = message.ui()
            ),
            EditError::Invalid { line, message, .. } => {
                tr!("sync-invalid", line = line, message = message.ui())
            }
            other => other.reason(),
        },
    )?;
    let io = |e: std::io::Error| e.to_string();
    for key in &synced.only_in_translation {
        writeln!(
            out,
            "{}",
            tr!("sync-only-in-translation", path = path, key = key.as_str())
        )
        .map_err(io)?;
    }
    if synced.changes.is_empty() {
        return Ok(false);
    }
    let write = !args.check && !args.dry_run;
    for change in &synced.changes {
        let (key, english) = (change.key.as_str(), change.english.as_str());
        let line = match (&change.translation, write) {
            (Some(old), true) => tr!(
                "sync-field-set",
                path = path,
                key = key,
                old = old.as_str(),
                new = english
            ),
            (None, true) => tr!("sync-field-added", path = path, key = key, new = english),
            (Some(old), false) => tr!(
                "sync-field-differs",
                path = path,
                key = key,
                old = old.as_str(),
                new = english
            ),
            (None, false) => tr!("sync-field-missing", path = path, key = key, new = english),
        };
        writeln!(out, "{line}").map_err(io)?;
    }
    if write {
        super::fsio::write_atomically(root, &root.join(path), synced.text.as_bytes())
            .map_err(|err| super::explain(&err))?;
    }
    Ok(true)
}
