use anyhow::Result;
use crate::ExitStatus;
use crate::cli::{GlobalArgs, SyncArgs};
pub fn run(_global: &GlobalArgs, _args: &SyncArgs) -> Result<ExitStatus> { todo!() }
