//! transync keeps translated Markdown documentation (and Fluent UI strings) in sync with
//! its English source, using git history to tell what changed since each translation.
//!
//! The pipeline, one room per stage, each using only the rooms before it (a test,
//! `tests/layering.rs`, keeps it so):
//!
//! `model` (shared vocabulary) → `config` (transync.toml, settings) → `inventory` (what
//! exists: documents × languages) → `git` (history, behind the `History` trait) →
//! `markdown` (blocks, front matter and its edits) → `report` (findings as data) →
//! `analysis` (pure: inventory + history → report) → `policy` (what fails a check) →
//! `render` (one module per output format) → `bundle` (publishing) → `cli` (the command
//! line) → `cmd` (one entry point per subcommand).

// First, so that the message macros (`tr!`, `msg!`) are in scope in every room below.
#[macro_use]
pub mod model;

pub mod analysis;
pub(crate) mod bundle;
pub mod cli;
mod cmd;
pub mod config;
pub(crate) mod git;
pub(crate) mod inventory;
pub(crate) mod markdown;
pub(crate) mod policy;
pub(crate) mod render;
pub mod report;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, ColorWhen, Command};
pub use crate::cmd::ExitStatus;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    model::i18n::init(cli.global.ui_lang.as_deref());
    match cli.global.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    match &cli.command {
        Command::Status(args) => cmd::status::run(&cli.global, args),
        Command::Check(args) => cmd::check::run(&cli.global, args),
        Command::Diff(args) => cmd::diff::run(&cli.global, args),
        Command::Mark(args) => cmd::mark::run(&cli.global, args),
        Command::Scaffold(args) => cmd::scaffold::run(&cli.global, args),
        Command::Sync(args) => cmd::sync::run(&cli.global, args),
        Command::Bundle(args) => cmd::bundle::run(&cli.global, args),
        Command::Init(args) => cmd::init::run(&cli.global, args),
    }
}

/// Prints `err` the way cargo does and returns exit code 2. A closed stdout (`| head`)
/// is not an error: exit quietly.
pub fn exit_on_error(err: &anyhow::Error) -> ExitCode {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let red = anstyle::AnsiColor::Red.on_default().bold();
    let mut stderr = anstream::stderr();
    let mut layers = err
        .chain()
        .map(|cause| match cause.downcast_ref::<git2::Error>() {
            // libgit2's class and code mean nothing to users; its message does.
            Some(git) => git.message().to_string(),
            None => cause.to_string(),
        });
    let first = layers.next().unwrap_or_default();
    let _ = writeln!(stderr, "{red}{}:{red:#} {first}", tr!("error-prefix"));
    for cause in layers {
        let _ = writeln!(stderr, "  {}: {cause}", tr!("caused-by"));
    }
    // The advice goes last, after the causes, whichever layer carries it.
    if let Some(hinted) = err.downcast_ref::<model::Hinted>() {
        let _ = writeln!(stderr, "  {}: {}", tr!("hint-prefix"), hinted.hint);
    }
    ExitCode::from(2)
}

/// Entry points for the cargo-fuzz targets in `fuzz/`, and nothing else: **not API**,
/// hidden from the docs, compiled only with the `fuzzing` feature (which only the fuzz
/// crate enables). Each is a thin wrapper over a `pub(crate)` function, so the targets
/// exercise exactly the code the commands run; the invariants are asserted in the targets.
#[doc(hidden)]
#[cfg(feature = "fuzzing")]
pub mod fuzzing {
    use std::ops::Range;

    use crate::config::{CompareSettings, Pattern};
    use crate::markdown::{self, Flavor, frontmatter};

    /// What `transync mark` makes of a file: `(new text, what changed)`, the change as
    /// `"replaced"`, `"added"` or `"unchanged"`; `None` when the edit is refused.
    pub fn mark(text: &str, key: &str, hash: &str) -> Option<(String, &'static str)> {
        let (new, change) = frontmatter::record::record_base(text, key, hash).ok()?;
        let change = match change {
            frontmatter::record::Change::Replaced { .. } => "replaced",
            frontmatter::record::Change::Added { .. } => "added",
            frontmatter::record::Change::Unchanged { .. } => "unchanged",
        };
        Some((new, change))
    }

    /// The recorded base as the analysis reads it: `Err` for a broken block, else the
    /// value of the first known key present.
    pub fn recorded_base(text: &str) -> Result<Option<String>, ()> {
        match frontmatter::split(text).map_err(|_| ())? {
            None => Ok(None),
            Some(fm) => Ok(frontmatter::recorded_base(&fm)
                .map_err(|_| ())?
                .map(|b| b.value)),
        }
    }

    /// Where the body starts (after the front matter, or after a BOM without one).
    pub fn body_start(text: &str) -> Option<usize> {
        match frontmatter::split(text).ok()? {
            Some(fm) => Some(fm.body_start),
            None => Some(frontmatter::strip_bom(text).0.len()),
        }
    }

    /// The front matter's top-level values as JSON (`None`: none, or it does not parse).
    pub fn front_matter_values(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
        markdown::parse(text).front_matter()
    }

    /// The blocks of a document: `(kind, 1-based line range, text)`.
    pub fn blocks(text: &str, mdx: bool) -> Vec<(&'static str, Range<usize>, String)> {
        let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
        markdown::parse_as(text, flavor)
            .blocks
            .into_iter()
            .map(|b| (b.kind.name(), b.lines, b.text))
            .collect()
    }

    pub fn normalise_text(text: &str) -> String {
        markdown::normalise_text(text)
    }

    pub fn normalise_target(target: &str) -> String {
        markdown::normalise_target(target)
    }

    /// English at the base against English now, mapped onto `translation`: the
    /// translation line range of each real change (`None` where it has none).
    pub fn compare(
        base: &str,
        now: &str,
        translation: &str,
        mdx: bool,
    ) -> Vec<Option<Range<usize>>> {
        let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
        let translation = markdown::parse_as(translation, flavor);
        crate::analysis::compare::compare(
            base,
            now,
            flavor,
            Some(&translation),
            &CompareSettings::default(),
        )
        .changed
        .into_iter()
        .map(|c| c.translation)
        .collect()
    }

    /// Structural drift of `translation` from `english`: `(English line, translation
    /// line)` of each finding.
    pub fn drift(
        english: &str,
        translation: &str,
        mdx: bool,
    ) -> Vec<(Option<usize>, Option<usize>)> {
        let flavor = if mdx { Flavor::Mdx } else { Flavor::Markdown };
        let (en, tr) = (
            markdown::parse_as(english, flavor),
            markdown::parse_as(translation, flavor),
        );
        crate::analysis::drift::drift(&en, &tr)
            .into_iter()
            .map(|d| (d.english_line, d.translation_line))
            .collect()
    }

    /// A layout pattern, compiled (`None`: the pattern is refused).
    pub fn pattern(raw: &str) -> Option<LayoutPattern> {
        Pattern::parse(raw).ok().map(LayoutPattern)
    }

    pub struct LayoutPattern(Pattern);

    /// A match: `(lang, path, ext)`.
    pub type Found = (Option<String>, String, Option<String>);

    impl LayoutPattern {
        pub fn as_str(&self) -> &str {
            self.0.as_str()
        }
        pub fn has_lang(&self) -> bool {
            self.0.has_lang()
        }
        pub fn has_ext(&self) -> bool {
            self.0.as_str().contains("{ext}")
        }
        pub fn root(&self) -> &str {
            self.0.root()
        }
        pub fn matches(&self, path: &str) -> Option<Found> {
            self.0.matches(path).map(|m| (m.lang, m.path, m.ext))
        }
        pub fn render(&self, lang: &str, path: &str, ext: Option<&str>) -> String {
            self.0.render(lang, path, ext)
        }
        /// The document id of `path`'s match, and that id split back into `(path, ext)`.
        pub fn id(&self, path: &str) -> Option<(String, Option<(String, Option<String>)>)> {
            let found = self.0.matches(path)?;
            let id = self.0.id(&found);
            let split = self.0.split_id(&id);
            Some((id, split))
        }
    }
}
