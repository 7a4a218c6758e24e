//! One module per subcommand, each with a single `run` entry point, and what they share:
//! a [`Session`] (settings, history, the selection) and the file writes.

pub(crate) mod bundle;
pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod fsio;
pub(crate) mod mark;
pub(crate) mod scaffold;
mod session;
pub(crate) mod status;
pub(crate) mod sync;

pub(crate) use session::{Session, select_languages, write_stdout};
