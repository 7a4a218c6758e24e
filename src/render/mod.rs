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

use crate::policy::{Level, Outcome};

/// "1 error, 2 warnings, 0 notes".
pub fn counts_phrase(outcome: &Outcome) -> String {
    [
        (Level::Error, "error"),
        (Level::Warning, "warning"),
        (Level::Note, "note"),
    ]
    .iter()
    .map(|(level, word)| {
        let n = outcome.count(*level);
        format!("{n} {word}{}", if n == 1 { "" } else { "s" })
    })
    .collect::<Vec<_>>()
    .join(", ")
}
