//! `transync mark` on any text: the base it writes is the base the analysis reads back,
//! the body and every byte outside the edited line survive, and marking again changes
//! nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transync::fuzzing;

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";
const KEYS: [&str; 3] = ["source_commit", "l10n.sourceCommit", "default_lang_commit"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let key = KEYS[usize::from(first) % KEYS.len()];
    let Some((new, change)) = fuzzing::mark(text, key, HASH) else {
        return;
    };
    // The analysis reads back what was written.
    assert_eq!(
        fuzzing::recorded_base(&new),
        Ok(Some(HASH.to_string())),
        "{change}: {text:?} -> {new:?}"
    );
    if change == "unchanged" {
        assert_eq!(new, text);
    }
    // Only one place changed: what was there before is at most one line, replaced or
    // added to.
    let prefix = text
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = text[prefix..]
        .bytes()
        .rev()
        .zip(new[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &text.as_bytes()[prefix..text.len() - suffix];
    assert!(
        removed.iter().filter(|&&b| b == b'\n').count() <= 1,
        "{change}: more than one line replaced: {text:?} -> {new:?}"
    );
    // The body is the same text.
    if let (Some(old_body), Some(new_body)) = (fuzzing::body_start(text), fuzzing::body_start(&new))
    {
        assert_eq!(
            &text[old_body..],
            &new[new_body..],
            "body changed: {text:?} -> {new:?}"
        );
    }
    // Marking again is a no-op.
    let (again, change) = fuzzing::mark(&new, key, HASH).expect("a marked file marks again");
    assert_eq!(change, "unchanged");
    assert_eq!(again, new);
});
