use crate::ExitStatus;
use crate::cli::{GlobalArgs, ScaffoldArgs};
use anyhow::Result;
pub fn run(_global: &GlobalArgs, _args: &ScaffoldArgs) -> Result<ExitStatus> {
    todo!()
}
