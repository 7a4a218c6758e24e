//! What a translation is (current, stale…), how far behind (severity), where its base
//! commit came from, and what a finding is about and how much it matters.

use git2::Oid;
use serde::{Deserialize, Serialize};

/// The state of one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Status {
    Current,
    Stale,
    Missing,
    Orphaned,
    Error,
}

impl Status {
    pub(crate) const ALL: [Status; 5] = [
        Status::Current,
        Status::Stale,
        Status::Missing,
        Status::Orphaned,
        Status::Error,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Stale => "stale",
            Status::Missing => "missing",
            Status::Orphaned => "orphaned",
            Status::Error => "error",
        }
    }
}

/// How much a translation is behind: `minor` (heading text, link targets or a handful of
/// words changed) or `major` (blocks added, removed or rewritten, code changed). Also the
/// values of `check --min-severity` and `[check] min-severity`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Minor,
    Major,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
        }
    }
}

/// How the base commit of a translation was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Written in the front matter (or a Fluent file's resource comment).
    Recorded,
    /// The last commit that changed the translation file.
    Inferred,
}

/// The English commit a translation was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Base {
    pub commit: Oid,
    pub time: i64,
    pub origin: Origin,
    /// The key it was read from (recorded bases only).
    pub key: Option<&'static str>,
}

/// What a finding is about; also the values of `--fail-on` and `[check] fail-on`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FindingKind {
    Stale,
    Missing,
    Orphaned,
    /// Structural drift between English and translation (Markdown-aware analysis).
    Drift,
    Error,
    /// Fluent (`.ftl`) findings.
    Ftl,
}

impl FindingKind {
    pub(crate) const ALL: [FindingKind; 6] = [
        FindingKind::Stale,
        FindingKind::Missing,
        FindingKind::Orphaned,
        FindingKind::Drift,
        FindingKind::Error,
        FindingKind::Ftl,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FindingKind::Stale => "stale",
            FindingKind::Missing => "missing",
            FindingKind::Orphaned => "orphaned",
            FindingKind::Drift => "drift",
            FindingKind::Error => "error",
            FindingKind::Ftl => "ftl",
        }
    }

    /// A short title for annotations.
    pub(crate) fn title(self) -> &'static str {
        match self {
            FindingKind::Stale => "Stale translation",
            FindingKind::Missing => "Missing translation",
            FindingKind::Orphaned => "Orphaned translation",
            FindingKind::Drift => "Structural drift",
            FindingKind::Error => "Translation cannot be checked",
            FindingKind::Ftl => "Fluent strings",
        }
    }

    /// What the rule checks, for SARIF rule metadata.
    pub(crate) fn description(self) -> &'static str {
        match self {
            FindingKind::Stale => "The English source changed after the translation's base commit.",
            FindingKind::Missing => "An English document has no translation in this language.",
            FindingKind::Orphaned => "A translation has no English source (deleted or renamed).",
            FindingKind::Drift => "The translation's structure differs from the English source.",
            FindingKind::Error => {
                "The translation cannot be judged: broken front matter or an unusable base commit."
            }
            FindingKind::Ftl => "A Fluent message is missing, broken or stale.",
        }
    }
}

/// How serious a finding is: for a Fluent check, what it does to the application
/// (`error`: broken or English UI text; `warning`: probably a mistake); for a `check`
/// finding, what the policy makes of it (`error` fails the run).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Error,
    Warning,
    Note,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}
