//! `transync init`: write the layout transync detects as a commented `transync.toml`,
//! never replacing one.

use std::io::Write;

use anyhow::{Result, bail};

use super::ExitStatus;
use crate::cli::{GlobalArgs, InitArgs};
use crate::config::Init;
use crate::model::Hinted;

pub(crate) fn run(global: &GlobalArgs, args: &InitArgs) -> Result<ExitStatus> {
    let cwd = super::session::working_directory(global)?;
    let init = Init::plan(&cwd)?;
    let mut stdout = anstream::stdout().lock();
    if args.stdout {
        stdout.write_all(init.text.as_bytes())?;
        return Ok(ExitStatus::Success);
    }
    if let Some(existing) = &init.existing {
        bail!(Hinted::new(
            tr!("init-exists", path = existing.display().to_string()),
            tr!("hint-init-exists")
        ));
    }
    let permissions = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o644);
    // The configuration goes beside the repository's other top-level files.
    let root = init.path.parent().unwrap_or(std::path::Path::new("."));
    super::fsio::create_new(root, &init.path, init.text.as_bytes(), permissions)?;
    let patterns: Vec<String> = init
        .settings
        .collections
        .iter()
        .map(|c| format!("{} → {}", c.source, c.translation))
        .collect();
    writeln!(
        stdout,
        "{}",
        tr!(
            "init-written",
            path = init.path.display().to_string(),
            origin = init.settings.origin.ui(),
            patterns = patterns.join("; ")
        )
    )?;
    Ok(ExitStatus::Success)
}
