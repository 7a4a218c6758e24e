//! One module per subcommand, each with a single `run` entry point, and what they share:
//! a [`Session`] (settings, history, the selection) and the file writes.

pub(crate) mod bundle;
pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod fsio;
pub(crate) mod init;
pub(crate) mod mark;
pub(crate) mod scaffold;
mod session;
pub(crate) mod status;
pub(crate) mod sync;

pub(crate) use session::{Session, select_languages, write_stdout};

use std::io::Write;
use std::process::ExitCode;

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

/// Says the inventory's warnings on stderr, for the commands that write (`sync`,
/// `scaffold`) and have no report to carry them: a page they cannot see must be said.
pub(crate) fn warn_inventory(inventory: &crate::inventory::Inventory) {
    let yellow = anstyle::AnsiColor::Yellow.on_default().bold();
    let mut stderr = anstream::stderr().lock();
    for warning in &inventory.warnings {
        let _ = writeln!(
            stderr,
            "{yellow}{}:{yellow:#} {}",
            tr!("warning-prefix"),
            warning.ui()
        );
    }
}

/// A per-file failure as one report line: the error with its causes and, when a layer
/// carries advice, the hint on the next line (as the run's own errors end).
pub(crate) fn explain(err: &anyhow::Error) -> String {
    match err
        .chain()
        .find_map(|cause| cause.downcast_ref::<crate::model::Hinted>())
    {
        Some(hinted) => format!("{err:#}\n  {}: {}", tr!("hint-prefix"), hinted.hint),
        None => format!("{err:#}"),
    }
}
