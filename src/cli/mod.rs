//! Command-line surface. clap types stay in this module and `cmd/`; the pipeline
//! stages only ever see the resolved [`crate::config::Settings`].
//!
//! The types say what the command line accepts; what `--help` says about it lives in
//! `locales/*/transync.ftl` (`cli-*` messages), applied by [`localize`], so that help
//! and usage errors come in the user's language.

mod localize;

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::bundle::archive::Format as ArchiveFormat;
use crate::bundle::{MissingPolicy, StalePolicy};
use crate::model::{FindingKind, Severity};

pub use localize::{exit_on_usage_error, parse, ui_lang_flag};

/// The whole command line. Parse it with [`parse`], which localizes help and errors.
#[derive(Debug, Parser)]
#[command(name = "transync", version)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Flags every subcommand accepts.
#[derive(Debug, Args, Default)]
pub(crate) struct GlobalArgs {
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub directory: Option<PathBuf>,

    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    #[arg(long, value_name = "LANG", global = true)]
    pub ui_lang: Option<String>,

    #[arg(long, global = true)]
    pub no_cache: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Status(StatusArgs),
    Diff(DiffArgs),
    Mark(MarkArgs),
    Scaffold(ScaffoldArgs),
    Sync(SyncArgs),
    Check(CheckArgs),
    Bundle(BundleArgs),
    Init(InitArgs),
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    #[arg(long)]
    pub stdout: bool,
}

#[derive(Debug, Args)]
pub(crate) struct MarkArgs {
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub rev: String,

    #[arg(long)]
    pub dry_run: bool,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ScaffoldArgs {
    #[arg(value_name = "PATH_OR_ID")]
    pub targets: Vec<String>,

    #[arg(
        long,
        short = 'l',
        value_name = "LANG",
        value_delimiter = ',',
        required = true
    )]
    pub lang: Vec<String>,

    #[arg(long)]
    pub dry_run: bool,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    #[arg(value_name = "PATH_OR_ID")]
    pub targets: Vec<String>,

    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    #[arg(long, conflicts_with = "dry_run")]
    pub check: bool,

    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    #[arg(value_name = "PATH_OR_ID")]
    pub target: String,

    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,

    #[arg(long)]
    pub word: bool,

    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub selection: Selection,

    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// The finding kinds; `None` stands for `none`, which fails on nothing.
    #[arg(long, value_delimiter = ',', value_name = "KINDS", value_parser = fail_on_parser())]
    pub fail_on: Option<Vec<Option<FindingKind>>>,

    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Severity>,

    #[arg(long, value_name = "DAYS")]
    pub max_age: Option<u32>,

    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,

    #[arg(long, requires = "changed_since")]
    pub strict: bool,

    #[arg(long)]
    pub exit_zero: bool,
}

/// `--fail-on` takes the finding kinds and `none`.
fn fail_on_parser() -> impl TypedValueParser<Value = Option<FindingKind>> {
    let kinds = FindingKind::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value);
    PossibleValuesParser::new(kinds.chain([PossibleValue::new("none")]))
        .map(|name| FindingKind::from_str(&name, false).ok())
}

/// Report formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    Text,
    Json,
    Github,
    Junit,
    Sarif,
    Markdown,
}

/// Which documents, languages and revision to analyse; shared by `status` and `check`.
#[derive(Debug, Args)]
pub(crate) struct Selection {
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
    #[command(flatten)]
    pub selection: Selection,

    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Report formats of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct BundleArgs {
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    #[arg(long, value_name = "DIR", default_value = "dist")]
    pub out: PathBuf,

    #[arg(long, value_enum, default_value_t = ArchiveFormat::Zip)]
    pub archive: ArchiveFormat,

    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub rev: String,

    #[arg(long, value_enum, default_value_t = StalePolicy::Include)]
    pub stale: StalePolicy,

    #[arg(long, value_enum, default_value_t = MissingPolicy::Fallback)]
    pub missing: MissingPolicy,
}
