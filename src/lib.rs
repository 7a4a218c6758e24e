//! transync keeps translated Markdown documentation (and Fluent UI strings) in sync with
//! its English source, using git history to tell what changed since each translation.
//!
//! The pipeline, one room per stage, each using only the rooms before it (a test,
//! `tests/layering.rs`, keeps it so):
//!
//! `model` (shared vocabulary) → `config` (transync.toml, settings) → `inventory` (what
//! exists: documents × languages) → `git` (history, behind the `History` trait) →
//! `markdown` (blocks, front matter and its edits) → `report` (findings as data) →
//! `analysis` (pure: inventory + history → report) → `policy` (what fails a check) →
//! `render` (one module per output format) → `bundle` (publishing) → `cli` (the command
//! line) → `cmd` (one entry point per subcommand).

// First, so that the message macros (`tr!`, `msg!`) are in scope in every room below.
#[macro_use]
pub mod model;

pub mod analysis;
pub(crate) mod bundle;
pub mod cli;
mod cmd;
pub mod config;
pub(crate) mod git;
pub(crate) mod inventory;
pub(crate) mod markdown;
pub(crate) mod policy;
pub(crate) mod render;
pub mod report;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, ColorWhen, Command};
pub use crate::cmd::ExitStatus;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    model::i18n::init(cli.global.ui_lang.as_deref());
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
        Command::Init(args) => cmd::init::run(&cli.global, args),
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
    let mut layers = err
        .chain()
        .map(|cause| match cause.downcast_ref::<git2::Error>() {
            // libgit2's class and code mean nothing to users; its message does.
            Some(git) => git.message().to_string(),
            None => cause.to_string(),
        });
    let first = layers.next().unwrap_or_default();
    let _ = writeln!(stderr, "{red}{}:{red:#} {first}", tr!("error-prefix"));
    for cause in layers {
        let _ = writeln!(stderr, "  {}: {cause}", tr!("caused-by"));
    }
    // The advice goes last, after the causes, whichever layer carries it.
    if let Some(hinted) = err.downcast_ref::<model::Hinted>() {
        let _ = writeln!(stderr, "  {}: {}", tr!("hint-prefix"), hinted.hint);
    }
    ExitCode::from(2)
}

/// Entry points for the fuzz targets in `fuzz/`: not API (see the module).
#[doc(hidden)]
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
