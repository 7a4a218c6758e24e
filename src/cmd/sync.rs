use crate::ExitStatus;
use crate::cli::{GlobalArgs, SyncArgs};
use anyhow::Result;
pub fn run(_global: &GlobalArgs, _args: &SyncArgs) -> Result<ExitStatus> {
    todo!()
}
