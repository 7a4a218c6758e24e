//! Layout patterns: a path a pattern matches is rendered back from the match, and its
//! document id splits back into the same `{path}` and `{ext}`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transync::fuzzing;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some((raw, path)) = text.split_once('\n') else {
        return;
    };
    let Some(pattern) = fuzzing::pattern(raw) else {
        return;
    };
    let Some((lang, file, ext)) = pattern.matches(path) else {
        return;
    };
    assert!(
        path.starts_with(pattern.root()),
        "{path:?} outside the root of {raw:?}"
    );
    let lang = lang.unwrap_or_default();
    assert_eq!(
        pattern.render(&lang, &file, ext.as_deref()),
        path,
        "pattern {raw:?}"
    );
    let (_, split) = pattern.id(path).expect("matched once, matches again");
    assert_eq!(split, Some((file, ext)), "pattern {raw:?}, path {path:?}");
});
