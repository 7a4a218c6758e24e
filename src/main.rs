//! The `transync` binary: parse arguments, run, map the outcome to an exit code.
//! Everything else lives in the library so it can be tested without a process.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The UI language first: clap's help and usage errors are already in it.
    let ui_lang = transync::cli::ui_lang_flag(&args);
    transync::model::i18n::init(ui_lang.as_deref());
    if let Some(asked) = ui_lang {
        transync::model::i18n::warn_if_unavailable(&asked);
    }
    let cli = match transync::cli::parse(args) {
        Ok(cli) => cli,
        Err(err) => return transync::cli::exit_on_usage_error(&err),
    };
    match transync::run(cli) {
        Ok(status) => status.into(),
        Err(err) => transync::exit_on_error(&err),
    }
}
