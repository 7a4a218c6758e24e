//! `transync scaffold`: create the missing translations of documents as drafts, from the
//! English committed at HEAD, never overwriting a file.

use std::io::Write;

use anyhow::{Context, Result, bail};

use super::ExitStatus;
use crate::cli::{GlobalArgs, ScaffoldArgs};
use crate::config::Languages;
use crate::git::History;
use crate::inventory::{Document, Inventory};
use crate::markdown::frontmatter::draft::draft;
use crate::model::Lang;

pub(crate) fn run(global: &GlobalArgs, args: &ScaffoldArgs) -> Result<ExitStatus> {
    let session = super::Session::open_worktree(global)?;
    let inventory = session.inventory()?;
    super::warn_inventory(&inventory);
    let languages = scaffold_languages(&session, &inventory, &args.lang)?;
    let documents = session
        .select_documents(&inventory, &args.targets)
        .map_err(|target| anyhow::anyhow!(tr!("scaffold-unknown-target", target = target)))?;
    let explicit = !args.targets.is_empty();
    let mut stdout = anstream::stdout().lock();
    let (mut created, mut failed, mut attempted) = (0, 0, 0);
    for doc in &documents {
        for lang in &languages {
            let path = inventory.path_of(&doc.id, lang);
            let outcome = match scaffold_one(&session, &inventory, doc, lang, &path, args) {
                Outcome::Skipped(None) => continue,
                Outcome::Skipped(Some(line)) => Ok(line),
                Outcome::Created(line) => {
                    created += 1;
                    attempted += 1;
                    Ok(line)
                }
                Outcome::Refused(reason) => {
                    attempted += 1;
                    Err(reason)
                }
            };
            match outcome {
                Ok(line) => writeln!(stdout, "{line}")?,
                Err(reason) => {
                    failed += 1;
                    let red = anstyle::AnsiColor::Red.on_default().bold();
                    let _ = writeln!(
                        anstream::stderr(),
                        "{red}{}:{red:#} {path}: {reason}",
                        tr!("error-prefix")
                    );
                }
            }
        }
    }
    if failed > 0 {
        bail!(tr!("scaffold-failed", count = failed, total = attempted));
    }
    if created == 0 && !explicit {
        writeln!(stdout, "{}", tr!("scaffold-nothing"))?;
    }
    Ok(ExitStatus::Success)
}

/// `--lang` validated. Scaffolding is how a language starts, so when the project detects
/// its languages from the directories, a valid tag with no files yet is accepted too.
fn scaffold_languages(
    session: &super::Session,
    inventory: &Inventory,
    requested: &[String],
) -> Result<Vec<Lang>> {
    if !matches!(session.settings.languages, Languages::Detect) {
        return super::select_languages(inventory, requested);
    }
    let mut out = Vec::new();
    for tag in requested.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let lang = Lang::parse(tag)
            .map_err(anyhow::Error::msg)
            .with_context(|| tr!("error-invalid-lang"))?;
        if lang == inventory.source_language {
            // The shared check says it, in the words the other commands use.
            super::select_languages(inventory, &[tag.to_string()])?;
        }
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    Ok(out)
}

/// What happened to one (document, language).
enum Outcome {
    /// Nothing to do; the line says why, when the user asked for this document by name.
    Skipped(Option<String>),
    Created(String),
    Refused(String),
}

fn scaffold_one(
    session: &super::Session,
    inventory: &Inventory,
    doc: &Document,
    lang: &Lang,
    path: &str,
    args: &ScaffoldArgs,
) -> Outcome {
    let explicit = !args.targets.is_empty();
    let settings = &session.settings;
    let history = &session.history;
    let full = settings.repo_root.join(path);
    // An existing file is never touched, whether git tracks it or not (an ignored file).
    if doc.files.contains_key(lang) || full.exists() {
        return Outcome::Skipped(explicit.then(|| tr!("scaffold-exists", path = path)));
    }
    let Some(english) = doc.files.get(&inventory.source_language) else {
        return Outcome::Skipped(explicit.then(|| tr!("scaffold-no-source", id = doc.id.as_str())));
    };
    let head = history.target().commit();
    let committed = match history.source_at(head.id, english) {
        Ok(found) => found.map(|(_, blob)| blob),
        Err(err) => return Outcome::Refused(super::explain(&err)),
    };
    let Some(blob) = committed else {
        return Outcome::Refused(tr!("scaffold-uncommitted", source = english.as_str()));
    };
    // The base would lie if the English the translator sees is not the one copied.
    if history.blob_now(english) != Some(blob) && !args.force {
        return Outcome::Refused(tr!("scaffold-dirty", source = english.as_str()));
    }
    let bytes = match history.read_blob(blob) {
        Ok(bytes) => bytes,
        Err(err) => return Outcome::Refused(super::explain(&err)),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Outcome::Refused(tr!("scaffold-not-utf8", source = english.as_str()));
    };
    let hash = head.id.to_string();
    let new = match draft(&text, &settings.commit_key, &hash) {
        Ok(new) => new,
        Err(refusal) => {
            return Outcome::Refused(tr!(
                "scaffold-invalid",
                source = english.as_str(),
                line = refusal.line().unwrap_or(1),
                message = refusal.reason()
            ));
        }
    };
    let short = &hash[..7];
    if args.dry_run {
        return Outcome::Created(tr!(
            "scaffold-would-create",
            path = path,
            source = english.as_str(),
            commit = short
        ));
    }
    // The new file gets the English file's permissions (a sibling page, same repository).
    let permissions = match std::fs::metadata(settings.repo_root.join(english)) {
        Ok(meta) => meta.permissions(),
        Err(err) => return Outcome::Refused(err.to_string()),
    };
    match super::fsio::create_new(&settings.repo_root, &full, new.as_bytes(), permissions) {
        Ok(()) => Outcome::Created(tr!(
            "scaffold-created",
            path = path,
            source = english.as_str(),
            commit = short
        )),
        Err(err) if super::fsio::already_exists(&err) => {
            Outcome::Refused(tr!("scaffold-appeared", path = path))
        }
        Err(err) => Outcome::Refused(super::explain(&err)),
    }
}
