//! Markdown (or MDX) blocks of any text: deterministic, with line ranges inside the
//! file, and a page compared with itself has neither changes nor drift.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transync::fuzzing;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mdx = first & 1 == 1;
    let blocks = fuzzing::blocks(text, mdx);
    assert_eq!(blocks, fuzzing::blocks(text, mdx), "not deterministic");
    let lines = text.lines().count() + 1;
    for (kind, range, _) in &blocks {
        assert!(
            range.start >= 1 && range.start <= range.end && range.end <= lines + 1,
            "{kind} at {range:?} in a file of {lines} lines"
        );
    }
    // Normalisation is idempotent.
    for (_, _, block) in blocks.iter().take(8) {
        let once = fuzzing::normalise_text(block);
        assert_eq!(fuzzing::normalise_text(&once), once);
    }
    assert!(
        fuzzing::compare(text, text, text, mdx).is_empty(),
        "a page changed against itself"
    );
    let drift = fuzzing::drift(text, text, mdx);
    assert!(drift.is_empty(), "a page drifts from itself: {drift:?}");
});
