//! What the Fluent checks found: per translated `.ftl` file, its findings (each with the
//! check, its level and its position) and the English messages counted as current,
//! stale or missing.

use serde::{Deserialize, Serialize};

use crate::model::i18n::Message;
use crate::model::{Base, Lang, Level};

/// One translated `.ftl` file (or the lack of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FluentFile {
    pub language: Lang,
    /// The translation, e.g. `locales/es/site.ftl`; it may not exist.
    pub path: String,
    pub english_path: String,
    pub exists: bool,
    pub base: Option<Base>,
    pub report: FileReport,
    /// Why the file could not be checked for staleness (an unusable base), if so.
    pub message: Option<Message>,
}

/// What a finding is about. The kebab-case name (`unknown-variable`) is the stable one
/// for output and configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// The parser rejected part of the file; that entry is dropped at runtime.
    Syntax,
    /// An English message, term or attribute has no translation.
    Missing,
    /// The translation has a message, term or attribute English no longer has.
    Obsolete,
    /// An id is defined twice in one file; fluent uses the first definition.
    Duplicate,
    /// A `$variable` English does not use: the application will not pass it.
    UnknownVariable,
    /// An English `$variable` the translation does not use.
    DroppedVariable,
    /// A `{ message }` or `{ -term }` reference English does not have.
    UnknownReference,
    /// An English reference the translation does not have.
    DroppedReference,
    /// A select expression without a `*[default]` variant (a syntax error in Fluent).
    NoDefaultVariant,
    /// A plural select lacks a CLDR plural category of the language.
    MissingPluralCategory,
    /// The message fails to format with fluent-bundle.
    Format,
    /// The translated text is the English text.
    Untranslated,
    /// English changed since the translation's base commit.
    Stale,
}

impl Check {
    pub const ALL: [Check; 13] = [
        Check::Syntax,
        Check::Missing,
        Check::Obsolete,
        Check::Duplicate,
        Check::UnknownVariable,
        Check::DroppedVariable,
        Check::UnknownReference,
        Check::DroppedReference,
        Check::NoDefaultVariant,
        Check::MissingPluralCategory,
        Check::Format,
        Check::Untranslated,
        Check::Stale,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Check::Syntax => "syntax",
            Check::Missing => "missing",
            Check::Obsolete => "obsolete",
            Check::Duplicate => "duplicate",
            Check::UnknownVariable => "unknown-variable",
            Check::DroppedVariable => "dropped-variable",
            Check::UnknownReference => "unknown-reference",
            Check::DroppedReference => "dropped-reference",
            Check::NoDefaultVariant => "no-default-variant",
            Check::MissingPluralCategory => "missing-plural-category",
            Check::Format => "format",
            Check::Untranslated => "untranslated",
            Check::Stale => "stale",
        }
    }

    /// The level a finding of this check has: errors break or drop UI text at runtime,
    /// warnings are likely mistakes in text that still works.
    pub fn level(self) -> Level {
        match self {
            Check::Syntax
            | Check::Missing
            | Check::Duplicate
            | Check::UnknownVariable
            | Check::UnknownReference
            | Check::NoDefaultVariant
            | Check::Format => Level::Error,
            Check::Obsolete
            | Check::DroppedVariable
            | Check::DroppedReference
            | Check::MissingPluralCategory
            | Check::Untranslated
            | Check::Stale => Level::Warning,
        }
    }
}

/// Which of the two files a finding's position is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The translated file: almost every finding.
    Translation,
    /// The English file: `missing` (where the English definition is), and syntax errors
    /// or duplicates in the English file itself.
    English,
}

/// One problem in a translated file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FluentFinding {
    pub check: Check,
    pub level: Level,
    /// The file `line` and `column` are in.
    pub file: Side,
    /// `msg`, `msg.attr` or `-term`; `None` for syntax errors outside any entry.
    pub id: Option<String>,
    /// 1-based.
    pub line: usize,
    /// 1-based, in chars.
    pub column: usize,
    /// What is wrong and how to fix it, a lowercase phrase.
    pub message: Message,
    /// For `stale`: the English entry at the translation's base commit and now.
    pub english_before: Option<String>,
    pub english_after: Option<String>,
}

/// The English messages and terms, classified for one translated file. Every English
/// entry is counted once: `missing` if the translation lacks it (or has it only as
/// unparsable junk), else `stale` if English changed it since the base commit, else
/// `current`. A present entry missing an attribute is not `missing` here; its attribute
/// has its own `missing` finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FluentCounts {
    pub current: usize,
    pub stale: usize,
    pub missing: usize,
}

/// Everything found in one translated file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileReport {
    /// Translation-file findings first, then English-file ones, each by position.
    pub findings: Vec<FluentFinding>,
    pub counts: FluentCounts,
}
