//! Publisher bundles: per language, everything publishable from one commit, with an
//! honest record of what is current, stale or shown in English.
//!
//! Three stages, like the rest of transync: [`plan`] decides from the analysis what goes
//! in (pure), [`collect`] reads the chosen files and the assets they reference from the
//! commit's tree and renders them ([`html`]), and [`archive`] writes the result
//! reproducibly and atomically. [`manifest`] is the wire format describing it.

pub(crate) mod archive;
mod assets;
mod collect;
mod html;
pub(crate) mod manifest;
mod messages;
mod paths;
mod plan;
mod svg;
mod tree;

pub(crate) use collect::{SiteMessages, Sources, collect};
pub(crate) use plan::{MissingPolicy, Policies, StalePolicy, plan};
