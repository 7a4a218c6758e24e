//! Renderers: one per output format, each `render(&Report, &mut dyn Write)`. Styling is
//! written as ANSI escapes; the caller's `anstream` writer strips them when colors are off
//! (NO_COLOR, not a terminal, `--color never`).

pub(crate) mod diff;
pub(crate) mod github;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod markdown;
pub(crate) mod sarif;
pub(crate) mod text;

use crate::model::Level;
use crate::model::i18n::Localizer;
use crate::policy::Outcome;

/// "1 error, 2 warnings, 0 notes".
pub(crate) fn counts_phrase(outcome: &Outcome, localizer: &Localizer) -> String {
    tr_in!(
        localizer,
        "check-counts",
        errors = outcome.count(Level::Error),
        warnings = outcome.count(Level::Warning),
        notes = outcome.count(Level::Note)
    )
}
