//! The `transync` binary: parse arguments, run, map the outcome to an exit code.
//! Everything else lives in the library so it can be tested without a process.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = transync::cli::Cli::parse();
    match transync::run(cli) {
        Ok(status) => status.into(),
        Err(err) => transync::exit_on_error(&err),
    }
}
