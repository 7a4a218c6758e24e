//! `--help` and usage errors in the UI language.
//!
//! clap writes its help and errors in English, from strings compiled into the binary.
//! This module fills the command tree with the `cli-*` messages of `transync.ftl` before
//! parsing, says the few words clap would add itself (headings, possible values, defaults)
//! in the same language, and formats the common usage errors from their context. Errors it
//! does not know keep clap's English rather than lose information.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use clap::builder::Styles;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::model::i18n::{self, Localizer};

/// Looks a `cli-*` message up; `None` when there is none.
type Text<'a> = dyn FnMut(&str) -> Option<String> + 'a;

/// The value of `--ui-lang` on the command line, read before clap parses it so that
/// clap's own help and errors can already be in that language.
pub fn ui_lang_flag(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        // An argument that is not UTF-8 cannot be this flag; clap will judge it.
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            return args
                .next()
                .and_then(|value| value.to_str())
                .map(str::to_string);
        }
        if let Some(value) = arg.strip_prefix("--ui-lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// Parses the command line with help and errors in the UI language ([`i18n::init`]
/// first).
pub fn parse(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The clap command, its help in the UI language.
fn command() -> Command {
    let localizer = i18n::ui();
    localized(Cli::command(), &mut |id| localizer.try_message(id))
}

/// `cmd` with every help text taken from `text`. Some arguments (`--help`, `--version`,
/// the `help` subcommand) only exist once clap has built the command, so they are done
/// after building.
pub(crate) fn localized(cmd: Command, text: &mut Text) -> Command {
    let mut cmd = localize_command(cmd, "cli", text);
    cmd.build();
    localize_built(cmd, text)
}

/// A message every command needs; its id stands in if it is missing (a bug the tests
/// catch).
fn required(text: &mut Text, id: &str) -> String {
    text(id).unwrap_or_else(|| id.to_string())
}

struct Headings {
    usage: String,
    arguments: String,
    options: String,
    commands: String,
}

impl Headings {
    fn new(text: &mut Text) -> Headings {
        let mut word = |id: &str| required(text, id);
        Headings {
            usage: word("cli-heading-usage"),
            arguments: word("cli-heading-arguments"),
            options: word("cli-heading-options"),
            commands: word("cli-heading-commands"),
        }
    }
}

/// clap's default template, with the one heading it spells inside the template.
fn template(styles: &Styles, usage: &str) -> String {
    let style = styles.get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{style}{usage}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

/// Headings, template and texts of `cmd`, its arguments and subcommands. `key` is the
/// message-id prefix: `cli` for transync itself, `cli-status` for `transync status`.
fn localize_command(mut cmd: Command, key: &str, text: &mut Text) -> Command {
    let headings = Headings::new(text);
    if let Some(about) = text(&format!("{key}-about")) {
        cmd = cmd.about(summary(&about));
    }
    if let Some(after) = text(&format!("{key}-after")) {
        cmd = cmd.after_help(after);
    }
    let styles = cmd.get_styles().clone();
    cmd = cmd
        .help_template(template(&styles, &headings.usage))
        .subcommand_help_heading(headings.commands.clone());
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| localize_arg(arg, key, &headings, text));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_key = format!("cli-{name}");
        cmd = cmd.mut_subcommand(&name, |sub| localize_command(sub, &sub_key, text));
    }
    cmd
}

/// An argument's help: `{key}-arg-{id}`, else the shared `cli-arg-{id}`. Possible
/// values and the default are written by us (clap would say "possible values" and
/// "default" in English): in short help as `[…]` after the text, in long help as a list
/// when the values have help of their own.
fn localize_arg(arg: Arg, key: &str, headings: &Headings, text: &mut Text) -> Arg {
    let heading = if arg.is_positional() {
        &headings.arguments
    } else {
        &headings.options
    };
    let arg = arg.help_heading(heading.clone());
    let id = arg.get_id().as_str().replace('_', "-");
    let Some(help) = text(&format!("{key}-arg-{id}")).or_else(|| text(&format!("cli-arg-{id}")))
    else {
        return arg;
    };

    let values: Vec<(String, Option<String>)> = if arg.get_action().takes_values() {
        arg.get_possible_values()
            .iter()
            .filter(|value| !value.is_hide_set())
            .map(|value| {
                let name = value.get_name().to_string();
                let help = text(&format!("{key}-value-{id}-{name}"))
                    .or_else(|| text(&format!("cli-value-{id}-{name}")));
                (name, help)
            })
            .collect()
    } else {
        Vec::new()
    };
    let defaults: Vec<String> = if arg.get_action().takes_values() {
        arg.get_default_values()
            .iter()
            .map(|value| value.to_string_lossy().into_owned())
            .collect()
    } else {
        Vec::new()
    };
    let possible = required(text, "cli-possible-values");
    let default = required(text, "cli-default");

    let help = unwrapped(&help);
    let mut short = summary(&help);
    if !defaults.is_empty() {
        let _ = write!(short, " [{default}: {}]", defaults.join(", "));
    }
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|(name, _)| name.as_str()).collect();
        let _ = write!(short, " [{possible}: {}]", names.join(", "));
    }
    let mut arg = arg.help(short);
    if arg.get_action().takes_values() {
        arg = arg.hide_possible_values(true).hide_default_value(true);
    }

    if values.iter().any(|(_, help)| help.is_some()) {
        let mut long = format!("{help}\n\n{}:", capitalized(&possible));
        for (name, help) in &values {
            match help {
                Some(help) => {
                    let _ = write!(long, "\n- {name}: {help}");
                }
                None => {
                    let _ = write!(long, "\n- {name}");
                }
            }
        }
        if !defaults.is_empty() {
            let _ = write!(long, "\n\n[{default}: {}]", defaults.join(", "));
        }
        arg = arg.long_help(long);
    }
    arg
}

/// `text` as one paragraph per blank-line-separated block: the messages are wrapped in
/// the `.ftl` files for their readers, and clap wraps help to the terminal itself.
fn unwrapped(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A one-line summary, as clap shows doc comments: unwrapped, without the final period.
fn summary(text: &str) -> String {
    let text = unwrapped(text);
    match text.strip_suffix('.') {
        Some(stripped) if !stripped.contains("\n\n") => stripped.to_string(),
        _ => text,
    }
}

/// clap's free-text tips (`ContextKind::Suggested`), as it wrote them.
fn suggested(err: &clap::Error) -> Vec<String> {
    match err.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(tips)) => {
            tips.iter().map(|tip| tip.ansi().to_string()).collect()
        }
        _ => Vec::new(),
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What clap adds while building: `-h/--help`, `-V/--version` and the `help`
/// subcommand, everywhere in the tree.
fn localize_built(mut cmd: Command, text: &mut Text) -> Command {
    let headings = Headings::new(text);
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|arg| arg.get_id() == id);
    if has(&cmd, "help") {
        let long = cmd
            .get_arguments()
            .find(|arg| arg.get_id() == "help")
            .is_some_and(|arg| arg.get_long_help().is_some());
        let (summary, full) = if long {
            (
                required(text, "cli-help-summary"),
                Some(required(text, "cli-help-full")),
            )
        } else {
            (required(text, "cli-help"), None)
        };
        let heading = headings.options.clone();
        cmd = cmd.mut_arg("help", |arg| {
            let arg = arg.help_heading(heading).help(summary);
            match full {
                Some(full) => arg.long_help(full),
                None => arg,
            }
        });
    }
    if has(&cmd, "version") {
        let help = required(text, "cli-version");
        let heading = headings.options.clone();
        cmd = cmd.mut_arg("version", |arg| arg.help_heading(heading).help(help));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        if name == "help" {
            let styles = cmd.get_styles().clone();
            cmd = cmd.mut_subcommand("help", |help| {
                let mut help = help
                    .about(required(text, "cli-help-command"))
                    .help_template(template(&styles, &headings.usage))
                    .subcommand_help_heading(headings.commands.clone());
                if has(&help, "subcommand") {
                    let about = required(text, "cli-help-command-arg");
                    let heading = headings.arguments.clone();
                    help = help.mut_arg("subcommand", |arg| arg.help_heading(heading).help(about));
                }
                help
            });
        } else {
            cmd = cmd.mut_subcommand(&name, |sub| localize_built(sub, text));
        }
    }
    cmd
}

/// Prints a usage error (or the help or version clap stopped at) in the UI language and
/// returns clap's exit code: 0 for help and version, 2 for usage errors.
pub fn exit_on_usage_error(err: &clap::Error) -> ExitCode {
    let code = u8::try_from(err.exit_code()).unwrap_or(2);
    match render_error(err, i18n::ui()) {
        Some(text) => {
            let mut stderr = anstream::stderr();
            let _ = stderr.write_all(text.as_bytes());
        }
        None => {
            let _ = err.print();
        }
    }
    ExitCode::from(code)
}

/// The error as clap lays it out, in the localizer's language; `None` for help, version
/// and the rarer errors, which clap prints itself.
pub(crate) fn render_error(err: &clap::Error, localizer: &Localizer) -> Option<String> {
    let string = |kind| match err.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        _ => None,
    };
    let strings = |kind| match err.get(kind) {
        Some(ContextValue::Strings(values)) => values.clone(),
        Some(ContextValue::String(value)) => vec![value.clone()],
        _ => Vec::new(),
    };
    let mut tips = Vec::new();
    let message = match err.kind() {
        ErrorKind::InvalidValue => {
            let (arg, value) = (
                string(ContextKind::InvalidArg)?,
                string(ContextKind::InvalidValue)?,
            );
            // clap's "invalid value" with nothing given is a missing value.
            let mut message = if value.is_empty() {
                tr_in!(localizer, "cli-error-value-required", arg = arg)
            } else {
                tr_in!(
                    localizer,
                    "cli-error-invalid-value",
                    value = value,
                    arg = arg
                )
            };
            let valid = strings(ContextKind::ValidValue);
            if !valid.is_empty() {
                let possible = localizer.message("cli-possible-values", None);
                let _ = write!(message, "\n  [{possible}: {}]", valid.join(", "));
            }
            if let Some(suggestion) = string(ContextKind::SuggestedValue) {
                tips.push(tr_in!(
                    localizer,
                    "cli-tip-similar-value",
                    suggestion = suggestion
                ));
            }
            message
        }
        ErrorKind::UnknownArgument => {
            let arg = string(ContextKind::InvalidArg)?;
            if let Some(suggestion) = string(ContextKind::SuggestedArg) {
                tips.push(tr_in!(
                    localizer,
                    "cli-tip-similar-argument",
                    suggestion = suggestion
                ));
            }
            for suggestion in strings(ContextKind::SuggestedSubcommand) {
                tips.push(tr_in!(
                    localizer,
                    "cli-tip-similar-command",
                    suggestion = suggestion
                ));
            }
            for suggestion in suggested(err) {
                // clap's one free-text tip for an unknown argument, said again in the
                // UI language; any other stays as clap wrote it.
                if suggestion.starts_with("to pass '") {
                    tips.push(tr_in!(localizer, "cli-tip-dash-dash", arg = arg.clone()));
                } else {
                    tips.push(suggestion);
                }
            }
            tr_in!(localizer, "cli-error-unknown-argument", arg = arg)
        }
        ErrorKind::InvalidSubcommand => {
            let command = string(ContextKind::InvalidSubcommand)?;
            for suggestion in strings(ContextKind::SuggestedSubcommand) {
                tips.push(tr_in!(
                    localizer,
                    "cli-tip-similar-command",
                    suggestion = suggestion
                ));
            }
            tips.extend(suggested(err));
            tr_in!(localizer, "cli-error-unknown-command", command = command)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let mut message = localizer.message("cli-error-missing-required", None);
            for arg in missing {
                let _ = write!(message, "\n  {arg}");
            }
            message
        }
        ErrorKind::ArgumentConflict => {
            let arg = string(ContextKind::InvalidArg)?;
            let other = strings(ContextKind::PriorArg).into_iter().next()?;
            tr_in!(localizer, "cli-error-conflict", arg = arg, other = other)
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (
                string(ContextKind::InvalidArg)?,
                string(ContextKind::InvalidValue)?,
            );
            let reason = std::error::Error::source(err)?.to_string();
            tr_in!(
                localizer,
                "cli-error-invalid-value-reason",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        _ => return None,
    };

    let error = anstyle::AnsiColor::Red.on_default().bold();
    let tip = anstyle::AnsiColor::Green.on_default();
    let mut out = format!(
        "{error}{}:{error:#} {message}\n",
        localizer.message("error-prefix", None)
    );
    for text in tips {
        let _ = write!(
            out,
            "\n  {tip}{}:{tip:#} {text}\n",
            localizer.message("cli-tip-prefix", None)
        );
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        // clap titles the usage "Usage:" inside the styled text.
        let heading = localizer.message("cli-heading-usage", None);
        let usage = usage
            .ansi()
            .to_string()
            .replacen("Usage:", &format!("{heading}:"), 1);
        let _ = write!(out, "\n{usage}\n");
    }
    let more = tr_in!(localizer, "cli-error-more", help = "--help");
    let _ = write!(out, "\n{more}\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn english(used: &mut BTreeSet<String>) -> Command {
        let localizer = i18n::english();
        localized(Cli::command(), &mut |id| {
            let text = localizer.try_message(id);
            if text.is_some() {
                used.insert(id.to_string());
            }
            text
        })
    }

    fn all_commands(cmd: &Command) -> Vec<&Command> {
        let mut all = vec![cmd];
        for sub in cmd.get_subcommands() {
            all.extend(all_commands(sub));
        }
        all
    }

    #[test]
    fn every_command_and_argument_has_help() {
        let cmd = english(&mut BTreeSet::new());
        for command in all_commands(&cmd) {
            let name = command.get_name();
            assert!(command.get_about().is_some(), "{name} has no about");
            for arg in command.get_arguments() {
                assert!(
                    arg.get_help().is_some(),
                    "{name} {} has no help",
                    arg.get_id()
                );
                assert!(arg.get_help_heading().is_some(), "{name} {}", arg.get_id());
            }
        }
        let help = cmd.clone().render_long_help().to_string();
        assert!(!help.contains("cli-"), "a message id shows: {help}");
    }

    #[test]
    fn every_cli_message_is_used() {
        let mut used = BTreeSet::new();
        english(&mut used);
        let code = include_str!("localize.rs");
        let unused: Vec<&str> = include_str!("../../locales/en/transync.ftl")
            .lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| id.starts_with("cli-"))
            .filter(|id| !used.contains(*id) && !code.contains(&format!("\"{id}\"")))
            .collect();
        assert!(unused.is_empty(), "messages nothing shows: {unused:?}");
    }

    #[test]
    fn values_and_defaults_are_said_in_the_language() {
        let cmd = english(&mut BTreeSet::new());
        let check = cmd.find_subcommand("check").unwrap().clone();
        let format = check
            .get_arguments()
            .find(|arg| arg.get_id() == "format")
            .unwrap();
        let short = format.get_help().unwrap().to_string();
        assert_eq!(
            short,
            "Output format [default: text] [possible values: text, json, github, junit, sarif, markdown]"
        );
        let long = format.get_long_help().unwrap().to_string();
        assert!(
            long.starts_with("Output format.\n\nPossible values:\n- text: Findings"),
            "{long}"
        );
        assert!(long.ends_with("\n\n[default: text]"), "{long}");
    }

    fn error(args: &[&str]) -> clap::Error {
        let cmd = english(&mut BTreeSet::new());
        cmd.try_get_matches_from(args).unwrap_err()
    }

    #[test]
    fn usage_errors_keep_clap_s_layout() {
        let text = render_error(
            &error(&["transync", "status", "--formt", "json"]),
            i18n::english(),
        )
        .unwrap();
        let plain = anstream::adapter::strip_str(&text).to_string();
        assert_eq!(
            plain,
            "error: unexpected argument '--formt' found\n\n  tip: a similar argument exists: \
             '--format'\n\nUsage: transync status --format <FORMAT> [PATH]...\n\nFor more \
             information, try '--help'.\n"
        );
        let text = render_error(
            &error(&["transync", "check", "--max-age", "x"]),
            i18n::english(),
        )
        .unwrap();
        assert!(
            text.starts_with("\u{1b}"),
            "styled for a terminal: {text:?}"
        );
        let plain = anstream::adapter::strip_str(&text).to_string();
        assert!(
            plain.starts_with("error: invalid value 'x' for '--max-age <DAYS>': invalid digit"),
            "{plain}"
        );
        let text =
            render_error(&error(&["transync", "status", "--format"]), i18n::english()).unwrap();
        let plain = anstream::adapter::strip_str(&text).to_string();
        assert!(
            plain.starts_with(
                "error: a value is required for '--format <FORMAT>' but none was supplied"
            ),
            "{plain}"
        );
        // Help is not an error to reword.
        assert!(render_error(&error(&["transync", "--help"]), i18n::english()).is_none());
    }

    #[test]
    fn the_ui_language_is_read_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            ui_lang_flag(&args(&["t", "status", "--ui-lang", "fr"])).as_deref(),
            Some("fr")
        );
        assert_eq!(
            ui_lang_flag(&args(&["t", "--ui-lang=pt", "check"])).as_deref(),
            Some("pt")
        );
        assert_eq!(
            ui_lang_flag(&args(&["t", "mark", "--", "--ui-lang", "fr"])),
            None
        );
        assert_eq!(ui_lang_flag(&args(&["t", "status"])), None);
    }
}
