//! transync keeps translated Markdown documentation (and Fluent UI strings) in sync with
//! its English source, using git history to tell what changed since each translation.
//!
//! The pipeline, one module per stage: [`config`] → [`inventory`] (what exists) →
//! [`history`] (git, behind a trait) → [`analysis`] (pure, returns a [`report::Report`]) →
//! [`render`] (one module per output format). `cmd/` holds one entry point per subcommand.

pub mod analysis;
pub mod cli;
mod cmd;
pub mod config;
pub mod frontmatter;
pub mod history;
pub mod inventory;
pub mod lang;
pub mod render;
pub mod report;

use std::io;
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
    match cli.global.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    match &cli.command {
        Command::Status(args) => cmd::status::run(&cli.global, args),
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
    let _ = io::Write::write_fmt(&mut stderr, format_args!("{red}error:{red:#} {err}\n"));
    for cause in err.chain().skip(1) {
        let _ = io::Write::write_fmt(&mut stderr, format_args!("  caused by: {cause}\n"));
    }
    ExitCode::from(2)
}
