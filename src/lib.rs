//! transync keeps translated Markdown documentation (and Fluent UI strings) in sync with
//! its English source, using git history to tell what changed since each translation.
//!
//! The pipeline, one module per stage: [`config`] → [`inventory`] (what exists) →
//! [`history`] (git, behind a trait) → [`analysis`] (pure, returns a [`report::Report`]) →
//! [`render`] (one module per output format). `cmd/` holds one entry point per subcommand.

// First, so that its macros (`tr!`, `msg!`) are in scope in every module below.
#[macro_use]
pub mod i18n;
pub mod analysis;
pub mod bundle;
pub mod changes;
pub mod cli;
mod cmd;
pub mod config;
pub mod frontmatter;
pub mod ftl;
pub mod history;
pub mod inventory;
pub mod lang;
pub mod locales;
pub mod mark;
pub mod markdown;
pub mod policy;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod sync;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, ColorWhen, Command};

/// How a successful run ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing the command's policy fails on: exit 0.
    Success,
    /// Findings the policy fails on: exit 1.
    Failure,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Failure => ExitCode::from(1),
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    i18n::init(cli.global.ui_lang.as_deref());
    match cli.global.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    match &cli.command {
        Command::Status(args) => cmd::status::run(&cli.global, args),
        Command::Check(args) => cmd::check::run(&cli.global, args),
        Command::Diff(args) => cmd::diff::run(&cli.global, args),
        Command::Mark(args) => cmd::mark::run(&cli.global, args),
        Command::Scaffold(args) => cmd::scaffold::run(&cli.global, args),
        Command::Sync(args) => cmd::sync::run(&cli.global, args),
        Command::Bundle(args) => cmd::bundle::run(&cli.global, args),
    }
}

/// Prints `err` the way cargo does and returns exit code 2. A closed stdout (`| head`)
/// is not an error: exit quietly.
pub fn exit_on_error(err: &anyhow::Error) -> ExitCode {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let red = anstyle::AnsiColor::Red.on_default().bold();
    let mut stderr = anstream::stderr();
    // `hint:` lines may sit in any layer's message; they go last, after the causes.
    let mut hints = Vec::new();
    let mut layers = err.chain().map(|cause| {
        let text = match cause.downcast_ref::<git2::Error>() {
            // libgit2's class and code mean nothing to users; its message does.
            Some(git) => git.message().to_string(),
            None => cause.to_string(),
        };
        let (message, hint) = match text.split_once("\nhint: ") {
            Some((message, hint)) => (message.to_string(), Some(hint.to_string())),
            None => (text, None),
        };
        hints.extend(hint);
        message
    });
    let first = layers.next().unwrap_or_default();
    let causes: Vec<String> = layers.collect();
    let _ = writeln!(stderr, "{red}{}:{red:#} {first}", tr!("error-prefix"));
    for cause in causes {
        let _ = writeln!(stderr, "  {}: {cause}", tr!("caused-by"));
    }
    for hint in hints {
        let _ = writeln!(stderr, "  {}: {hint}", tr!("hint-prefix"));
    }
    ExitCode::from(2)
}
