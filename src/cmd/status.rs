//! `transync status`: the table of translation states.

use anyhow::Result;

use super::ExitStatus;
use crate::cli::{Format, GlobalArgs, StatusArgs};
use crate::render;

pub(crate) fn run(global: &GlobalArgs, args: &StatusArgs) -> Result<ExitStatus> {
    let session = super::Session::open(global, &args.selection)?;
    let (_, report) = session.analyse(&args.selection)?;
    match args.format {
        Format::Text => super::write_stdout(true, |out| render::text::render(&report, out))?,
        Format::Json => super::write_stdout(false, |out| render::json::render(&report, out))?,
    }
    Ok(ExitStatus::Success)
}
