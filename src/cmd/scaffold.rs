use anyhow::Result;
use crate::ExitStatus;
use crate::cli::{GlobalArgs, ScaffoldArgs};
pub fn run(_global: &GlobalArgs, _args: &ScaffoldArgs) -> Result<ExitStatus> { todo!() }
