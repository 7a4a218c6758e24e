//! The hostile-input catalogue of issue 17: every case a real temporary repository (or the
//! hostile condition itself), the real binary, and three assertions — the exit code, a
//! message that names the file and says the cause and the fix without library internals,
//! and that no byte changed where nothing should have been written.
//!
//! Cases share the helpers of `harness`; each module is one family of hostile input.

#[path = "../common/mod.rs"]
mod common;

mod harness;

mod bases;
mod encoding;
mod names;
mod paths;
mod repos;
mod sizes;
mod writes;
