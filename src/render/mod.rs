//! Renderers: one per output format, each `render(&Report, &mut dyn Write)`. Styling is
//! written as ANSI escapes; the caller's `anstream` writer strips them when colors are off
//! (NO_COLOR, not a terminal, `--color never`).

pub mod diff;
pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::model::Level;
use crate::model::i18n::Localizer;
use crate::policy::Outcome;

/// "1 error, 2 warnings, 0 notes".
pub fn counts_phrase(outcome: &Outcome, localizer: &Localizer) -> String {
    tr_in!(
        localizer,
        "check-counts",
        errors = outcome.count(Level::Error),
        warnings = outcome.count(Level::Warning),
        notes = outcome.count(Level::Note)
    )
}
