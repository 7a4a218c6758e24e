//! `transync bundle`: per-language packages of a commit's publishable content.

use std::io::{IsTerminal, Write};

use anyhow::{Result, bail};

use crate::ExitStatus;
use crate::bundle::{self, Policies, SiteMessages, Sources, archive};
use crate::cli::{BundleArgs, GlobalArgs, Selection};
use crate::git::History;
use crate::model::Hinted;
use crate::model::Lang;

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
    let out_dir = session.cwd.join(&args.out);
    if out_dir.exists() && !out_dir.is_dir() {
        bail!(tr!(
            "bundle-out-not-a-directory",
            path = args.out.display().to_string()
        ));
    }
    // Bundles written among the translations would be read as translations next time.
    let settings = &session.settings;
    let roots = settings
        .content_roots()
        .into_iter()
        .chain([settings.locales_root.clone()]);
    for root in roots {
        let root_dir = lexical(&settings.repo_root.join(&root));
        if lexical(&out_dir).starts_with(&root_dir) {
            bail!(tr!(
                "bundle-out-inside-root",
                path = args.out.display().to_string(),
                root = root
            ));
        }
    }
    let site = SiteMessages::read(&session.settings, &session.history)?;
    let sources = Sources {
        history: &session.history,
        inventory: &inventory,
        report: &report,
        site: &site,
    };
    let mut failed = false;
    let mut stdout = anstream::stdout().lock();
    for (at, language) in report.languages.iter().enumerate() {
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
        let bar = progress(plan.documents.len(), language);
        let collected = bundle::collect(&sources, &plan, &|| bar.inc(1));
        bar.finish_and_clear();
        let collected = collected?;
        for warning in &collected.warnings {
            let _ = writeln!(
                stderr,
                "{yellow}{}:{yellow:#} {}",
                tr!("warning-prefix"),
                warning.ui()
            );
        }
        let name = format!("transync-{}-{short}", language.as_str());
        let written = archive::write(&out_dir, &name, args.archive, &collected.files, commit.time)
            .inspect_err(|_| {
                // Earlier languages' bundles are complete and stay: say which, and which not.
                let done = &report.languages[..at];
                if !done.is_empty() {
                    let list = |langs: &[crate::model::Lang]| {
                        langs
                            .iter()
                            .map(|l| l.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    let _ = writeln!(
                        stderr,
                        "{}: {}",
                        tr!("note-prefix"),
                        tr!(
                            "bundle-partly-written",
                            written = list(done),
                            missing = list(&report.languages[at..])
                        )
                    );
                }
            })?;
        let shown = written
            .strip_prefix(&session.cwd)
            .unwrap_or(&written)
            .display()
            .to_string();
        let summary = &collected.summary;
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

/// A path with `.` and `..` resolved by its components and its existing part through
/// the file system (so a link or `../` cannot hide that it is inside a content root).
fn lexical(path: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    // The longest existing ancestor, canonical; the rest as written.
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_owned()),
            None => return out,
        }
        if !existing.pop() {
            return out;
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    resolved.extend(rest.iter().rev());
    resolved
}
