//! The Fluent checks on any `.ftl` text: never a panic, positions inside the file, and a
//! file checked against itself has nothing missing, obsolete, stale, and no variable or
//! reference that one side lacks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transync::fuzzing;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let findings = fuzzing::fluent(text, text, "fr", Some(text));
    let lines = text.split('\n').count();
    for (check, line, column) in &findings {
        assert!(
            *line >= 1 && *line <= lines && *column >= 1,
            "{check} at {line}:{column}"
        );
        assert!(
            ![
                "missing",
                "obsolete",
                "stale",
                "unknown-variable",
                "dropped-variable",
                "unknown-reference",
                "dropped-reference",
            ]
            .contains(&check.as_str()),
            "{check} at {line}:{column} against itself in {text:?}"
        );
    }
});
