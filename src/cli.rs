//! Command-line surface. clap types stay in this module and `cmd/`; the pipeline
//! stages only ever see the resolved [`crate::config::Settings`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Run from anywhere inside a git repository. transync reads `transync.toml` from the
nearest directory above the working directory (or the repository root); without one it
expects `content/<lang>/…` with English as the source language.

Exit codes: 0 success, 1 findings the command's policy fails on, 2 error.";

/// Keep translated Markdown documentation in sync with its English source.
#[derive(Debug, Parser)]
#[command(name = "transync", version, about, after_help = AFTER_HELP)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand accepts.
#[derive(Debug, Args, Default)]
pub struct GlobalArgs {
    /// Run as if transync was started in DIR instead of the current directory.
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub directory: Option<PathBuf>,

    /// Use this configuration file instead of searching for `transync.toml`.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// When to use colors: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show which translations are current, stale, missing or orphaned.
    #[command(after_help = STATUS_HELP)]
    Status(StatusArgs),
}

const STATUS_HELP: &str = "\
A translation is current when the English source is unchanged since the translation's
base commit: the commit recorded in its front matter (`source_commit`, `l10n.sourceCommit`
or `default_lang_commit`), or else the last commit that touched the translation file
(shown as inferred). By default the English source \"now\" is the working tree, so
uncommitted English edits count; use --rev HEAD to analyse the last commit instead.

Examples:
  transync status                       every document, every language
  transync status --lang es,fr          only Spanish and French
  transync status content/en/modules    only documents under a directory
  transync status --format json | jq '.summary'";

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Limit the report to documents under these paths (any language's file or directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Only these target languages (comma-separated or repeated), e.g. `--lang es,pt-BR`.
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Analyse this commit instead of the working tree (e.g. `HEAD` in CI).
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Report formats of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people, colored when stdout is a terminal.
    Text,
    /// The versioned wire format (see README), for scripts.
    Json,
}
