//! Renderers: one per output format, each `render(&Report, &mut dyn Write)`. Styling is
//! written as ANSI escapes; the caller's `anstream` writer strips them when colors are off
//! (NO_COLOR, not a terminal, `--color never`).

pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;
