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

    /// Language of transync's own messages: en, es, fr or pt. Default: TRANSYNC_LANG, then
    /// LC_ALL, LC_MESSAGES, LANG; English otherwise. Machine formats (JSON…) stay English.
    #[arg(long, value_name = "LANG", global = true)]
    pub ui_lang: Option<String>,
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
    /// Show what changed in English since a translation's base, and where it goes.
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Record that translations are caught up: write the base commit into each file.
    #[command(after_help = MARK_HELP)]
    Mark(MarkArgs),
    /// Start translations: create the missing files from the committed English, as drafts.
    #[command(after_help = SCAFFOLD_HELP)]
    Scaffold(ScaffoldArgs),
    /// Keep shared front-matter fields equal to the English, and follow English renames.
    #[command(after_help = SYNC_HELP)]
    Sync(SyncArgs),
    /// Fail (exit 1) when translations break the policy: the CI gate.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Export per-language bundles to publish: Markdown, HTML, manifest, messages, assets.
    #[command(after_help = BUNDLE_HELP)]
    Bundle(BundleArgs),
}

const CHECK_HELP: &str = "\
Runs the same analysis as `status` and applies a policy: each stale, missing, orphaned or
broken translation becomes a finding of level error (fails the check), warning or note.
Flags override `[check]` in transync.toml, which may set a policy per language under
`[check.languages.<tag>]`.

Default policy: --fail-on stale,orphaned,error --min-severity minor (missing translations
are notes). A shallow clone is refused: CI must fetch the history (`fetch-depth: 0`).

Exit codes: 0 the policy passes, 1 it does not, 2 error (2 wins over --exit-zero).

Examples:
  transync check --rev HEAD --format github              in a GitHub Actions job
  transync check --changed-since origin/main             pull request: gate what it touched
  transync check --fail-on stale,missing --max-age 14    allow two weeks to catch up
  transync check --format junit > transync.xml           GitLab / Jenkins test report";

const MARK_HELP: &str = "\
Writes the full hash of REV (default HEAD) as the translation's base commit, in the
convention the file already uses (`source_commit`, `l10n.sourceCommit`,
`default_lang_commit`), or adds the configured `commit-key`; creates front matter when the
file has none; for a `.ftl` file, the resource comment `### source_commit: <hash>`.
Nothing else in the file changes (line endings, BOM, comments, key order, body), and the
file is replaced atomically with its permissions kept.

Refuses, saying why, when the English source has uncommitted changes (the base would
lie), when REV is not an ancestor of HEAD, or when the translation still shows structural
drift from the English (use --force once you have checked it).

Examples:
  transync mark content/es/blog/post.md          after updating the Spanish post
  transync mark locales/fr/app.ftl --dry-run      show what would change
  transync mark content/pt/guide.md --rev 4630fa5 translated from an older English";

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// Translation files (Markdown or `.ftl`) to mark.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// The English commit the translations were made from.
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub rev: String,

    /// Show what would change without writing.
    #[arg(long)]
    pub dry_run: bool,

    /// Mark even when the translation's structure differs from the English.
    #[arg(long)]
    pub force: bool,
}

const SCAFFOLD_HELP: &str = "\
Creates each missing translation of the selected documents (default: every document) in
each --lang: the English file as committed at HEAD, with `draft: true` and the base commit
(the configured `commit-key`) added to its front matter and the line
`# transync: translate the title` above the title. The body stays English for the
translator to replace. A draft never counts as current in `status` and `check`; remove
`draft: true` and run `transync mark` when the translation is done.

Never overwrites: a translation that exists is skipped, and a file that appears while
scaffolding is left alone. Refuses a document whose English has uncommitted changes (the
recorded base would lie) unless --force, which scaffolds the committed version anyway.
A module's id or directory scaffolds its index page and all of its lessons.

Exit codes: 0 success (also when everything already existed), 2 when a document could not
be scaffolded.

Examples:
  transync scaffold --lang es                          every missing Spanish page
  transync scaffold --lang fr blog/post.md             one document, by id
  transync scaffold -l pt content/en/modules/dc-101    a module and its lessons
  transync scaffold --lang es,fr --dry-run             show what would be created";

#[derive(Debug, Args)]
pub struct ScaffoldArgs {
    /// Documents to scaffold: ids (`blog/post.md`) or paths of any language's file or
    /// directory. Default: every document missing in the languages.
    #[arg(value_name = "PATH_OR_ID")]
    pub targets: Vec<String>,

    /// Languages to create translations in (comma-separated or repeated).
    #[arg(
        long,
        short = 'l',
        value_name = "LANG",
        value_delimiter = ',',
        required = true
    )]
    pub lang: Vec<String>,

    /// Show what would be created without writing.
    #[arg(long)]
    pub dry_run: bool,

    /// Scaffold from the committed English even when it has uncommitted changes.
    #[arg(long)]
    pub force: bool,
}

const SYNC_HELP: &str = "\
Two things a translator should never have to do by hand:

- Shared fields: the front-matter keys listed in `shared-fields` (default: date, tags,
  image, weight, aliases) are set to the English values. Values are compared as data, so
  quoting or layout alone is no difference. The translation's line(s) for the key are
  replaced by the English ones (added at the end of its front matter when missing);
  nothing else in the file changes. A shared key only the translation has is reported,
  never deleted.
- Renames: a translation still at the path of an English file that git saw renamed moves
  to the new path (staged as a rename when the translation is tracked, like `git mv`). An
  existing destination is never replaced.

--check writes nothing, prints what differs and exits 1 when anything does: for CI.

Exit codes: 0 in sync (or synced), 1 differences found with --check, 2 error.

Examples:
  transync sync                          apply to every translation
  transync sync --check                  in CI: fail when something is out of step
  transync sync --lang fr blog/post.md   one document in French
  transync sync --dry-run                show what would change";

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Documents to sync: ids (`blog/post.md`) or paths of any language's file or
    /// directory. Default: every document.
    #[arg(value_name = "PATH_OR_ID")]
    pub targets: Vec<String>,

    /// Only these languages (comma-separated or repeated). Default: every language.
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Write nothing; exit 1 when anything is out of step.
    #[arg(long, conflicts_with = "dry_run")]
    pub check: bool,

    /// Show what would change without writing (exit 0).
    #[arg(long)]
    pub dry_run: bool,
}

const DIFF_HELP: &str = "\
For each translation of the document: the English blocks that really changed since the
translation's base (cosmetic edits such as re-wrapping, emphasis or bullet style are only
counted), each with its severity and the lines of the translation to update, then any
structural drift between English and translation.

Examples:
  transync diff content/es/blog/post.md        one translation
  transync diff blog/post.md                   every translation of a document (by id)
  transync diff blog/post.md --lang fr --word  word-level changes";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// A translation or English file, or a document id (its path below the language root).
    #[arg(value_name = "PATH_OR_ID")]
    pub target: String,

    /// Only these languages (comma-separated). Default: the language of PATH when it is a
    /// translation, else every language.
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Compare with this commit instead of the working tree.
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,

    /// Show changes word by word instead of line by line.
    #[arg(long)]
    pub word: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// Finding kinds that fail the check (comma-separated); `none` to only report.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    pub fail_on: Option<Vec<FailOn>>,

    /// Stale translations below this severity only warn.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<SeverityArg>,

    /// Translations stale for fewer days than this only warn.
    #[arg(long, value_name = "DAYS")]
    pub max_age: Option<u32>,

    /// Pull-request mode: gate only translations changed since the merge base with REF;
    /// English changes in the branch that leave translations behind are warnings.
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,

    /// With --changed-since: translations left behind by English changes in the branch
    /// fail where the policy says so, instead of only warning.
    #[arg(long, requires = "changed_since")]
    pub strict: bool,

    /// Report findings but exit 0 even when the policy fails.
    #[arg(long)]
    pub exit_zero: bool,
}

/// Values of `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Stale,
    Missing,
    Orphaned,
    Drift,
    Error,
    Ftl,
    /// Nothing fails: report only.
    None,
}

/// Values of `--min-severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Minor,
    Major,
}

/// Report formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Findings grouped by language, then a summary line.
    Text,
    /// The status wire format plus `findings` and `check`.
    Json,
    /// GitHub Actions workflow commands (annotations), plus a job summary.
    Github,
    /// JUnit XML: a test suite per language, a test case per translation.
    Junit,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
    /// A summary table and per-language checklists, for PR comments.
    Markdown,
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

/// Which documents, languages and revision to analyse; shared by `status` and `check`.
#[derive(Debug, Args)]
pub struct Selection {
    /// Limit the report to documents under these paths (any language's file or directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Only these target languages (comma-separated or repeated), e.g. `--lang es,pt-BR`.
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Analyse this commit instead of the working tree (e.g. `HEAD` in CI).
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Report formats of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people, colored when stdout is a terminal.
    Text,
    /// The versioned wire format (see README), for scripts.
    Json,
}

const BUNDLE_HELP: &str = "\
Builds, for each target language, one package of everything publishable at a commit
(default HEAD; the working tree is never read, so the bundle matches `manifest.json`'s
commit): every document as Markdown and as sanitised HTML, an `index.html`, the images
and files the pages reference (the language's own copy preferred), `messages.json` (the
language's Fluent messages, English where one is missing) and `manifest.json` (what is in
it: documents with status, base commit, SHA-256 and size; modules and their lessons; what
was left out and why).

Stale translations get a banner linking to the English original (included under
`en-original/`); English stand-ins for missing translations get a \"not yet translated\"
banner. A learning module is published only when all its pages are. The page words come
from the site's Fluent messages (`banner-stale`, `banner-fallback`, `lesson-position`,
`lesson-previous`, `lesson-next`, `site-title`, …), else from transync's own.

The same commit gives byte-identical archives. Output goes to a temporary name and is
renamed into place; a file transync did not write is never replaced.

Exit codes: 0 written, 1 a `fail` policy stopped a language (nothing written for it), 2 error.

Examples:
  transync bundle                                    every language, zip files in dist/
  transync bundle --lang es --archive dir --out site every Spanish page, as a directory
  transync bundle --stale exclude --missing skip     only current translations
  transync bundle --rev v2.0 --missing fail          a release: all must be translated";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArchiveArg {
    Zip,
    #[value(name = "tar.gz")]
    TarGz,
    Dir,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StaleArg {
    Include,
    Exclude,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MissingArg {
    Fallback,
    Skip,
    Fail,
}

#[derive(Debug, Args)]
pub struct BundleArgs {
    /// Only these target languages (comma-separated or repeated). Default: all.
    #[arg(long, short = 'l', value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Directory to write the bundles to (created if needed).
    #[arg(long, value_name = "DIR", default_value = "dist")]
    pub out: PathBuf,

    /// Package format: `transync-<lang>-<commit>.zip`, `.tar.gz`, or a directory.
    #[arg(long, value_enum, default_value_t = ArchiveArg::Zip)]
    pub archive: ArchiveArg,

    /// The commit to publish.
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub rev: String,

    /// Stale translations: publish with a banner, leave out (then --missing applies), or fail.
    #[arg(long, value_enum, default_value_t = StaleArg::Include)]
    pub stale: StaleArg,

    /// Documents without a translation: the English with a banner, leave out, or fail.
    #[arg(long, value_enum, default_value_t = MissingArg::Fallback)]
    pub missing: MissingArg,
}
