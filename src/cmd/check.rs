//! `transync check`: the CI gate. Same analysis as `status`, then the policy.

use std::io::Write;

use anyhow::{Context, Result, bail};

use super::ExitStatus;
use crate::cli::{CheckArgs, CheckFormat, GlobalArgs};
use crate::config::PolicyConfig;
use crate::git::History;
use crate::model::Hinted;
use crate::policy::{self, Policies, Scope};
use crate::render;

pub(crate) fn run(global: &GlobalArgs, args: &CheckArgs) -> Result<ExitStatus> {
    let session = super::Session::open(global, &args.selection)?;
    if session.history.is_shallow() {
        // One clear error instead of one per file: nothing can be judged without history.
        bail!(Hinted::new(
            tr!("check-shallow-clone"),
            tr!("hint-unshallow")
        ));
    }
    let scope = match &args.changed_since {
        Some(reference) => Some(Scope {
            changed: session.history.branch_changes(reference)?,
            strict: args.strict,
        }),
        None => None,
    };
    if let Some(kinds) = &args.fail_on
        && kinds.contains(&None)
        && kinds.len() > 1
    {
        bail!(tr!("check-fail-on-none"));
    }
    let (inventory, mut report) = session.analyse(&args.selection)?;
    // A policy for a language the project does not have is probably a typo (`fr-CA` for `fr`).
    for tag in session.settings.check.languages.keys() {
        let known =
            crate::model::Lang::parse(tag).is_ok_and(|lang| inventory.languages.contains(&lang));
        if !known {
            report.notes.push(msg!(
                "note-unknown-policy-language",
                tag = tag,
                languages = inventory
                    .languages
                    .iter()
                    .map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    let flags = PolicyConfig {
        fail_on: args
            .fail_on
            .as_ref()
            .map(|kinds| kinds.iter().flatten().copied().collect()),
        min_severity: args.min_severity,
        max_age: args.max_age,
    };
    let policies = Policies::resolve(&session.settings.check, &flags);
    let outcome = policy::evaluate(&report, &inventory, &policies, scope.as_ref());
    let text = args.format == CheckFormat::Text;
    super::write_stdout(text, |out| match args.format {
        CheckFormat::Text => render::text::check(&report, &outcome, out),
        CheckFormat::Json => render::json::check(&report, &outcome, out),
        CheckFormat::Github => render::github::render(&report, &outcome, out),
        CheckFormat::Junit => render::junit::render(&report, &outcome, out),
        CheckFormat::Sarif => render::sarif::render(&report, &outcome, out),
        CheckFormat::Markdown => render::markdown::render(&report, &outcome, out),
    })?;
    if args.format == CheckFormat::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(&path)
            .with_context(|| {
                tr!(
                    "error-step-summary-open",
                    path = path.to_string_lossy().into_owned()
                )
            })?;
        // A blank line first: the summary may already hold a previous step's Markdown.
        writeln!(file)
            .and_then(|()| render::markdown::render(&report, &outcome, &mut file))
            .and_then(|()| file.flush())
            .with_context(|| {
                tr!(
                    "error-step-summary-write",
                    path = path.to_string_lossy().into_owned()
                )
            })?;
    }
    Ok(if outcome.passed() || args.exit_zero {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
