//! Fluent (`.ftl`) checks: work in progress, see tests/ftl_fixtures.rs.
