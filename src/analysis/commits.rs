//! What a commit message says about translation: a `Translation: none` trailer or one of
//! the configured keywords (Lunaria's `ignoredKeywords`) means the commit needs no
//! translation. Pure, over the message text.

/// The trailer that marks a commit as needing no translation, and its value.
const TRAILER: (&str, &str) = ("Translation", "none");

/// Why `message` marks its commit as needing no translation: the trailer or the first
/// keyword found, as written in the configuration. Keywords match as whole words and
/// ignoring case, so `typo` does not match `typographer`.
pub(crate) fn no_translation(message: &str, keywords: &[String]) -> Option<String> {
    // Trailers are the last paragraph's `Key: value` lines, as git reads them.
    if let Ok(trailers) = git2::message_trailers_strs(message) {
        let marked = trailers.iter().any(|(key, value)| {
            key.eq_ignore_ascii_case(TRAILER.0) && value.trim().eq_ignore_ascii_case(TRAILER.1)
        });
        if marked {
            return Some(format!("{}: {}", TRAILER.0, TRAILER.1));
        }
    }
    let lower = message.to_lowercase();
    keywords
        .iter()
        .find(|keyword| contains_word(&lower, &keyword.to_lowercase()))
        .cloned()
}

/// Whether `word` occurs in `text` with no letter or digit right before or after it.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        // A keyword that itself starts or ends with punctuation (`[i18nIgnore]`) is
        // bounded by it.
        let starts_word = word.chars().next().is_some_and(char::is_alphanumeric);
        let ends_word = word.chars().next_back().is_some_and(char::is_alphanumeric);
        !((starts_word && is_word(before)) || (ends_word && is_word(after)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_trailer_marks_the_commit() {
        let message = "Title-case the headings\n\nNothing to translate.\n\nTranslation: none\nSigned-off-by: A <a@b>\n";
        assert_eq!(
            no_translation(message, &[]).as_deref(),
            Some("Translation: none")
        );
        // Not a trailer: in the body's first paragraph.
        assert_eq!(
            no_translation("Fix\n\nTranslation: none is wrong here\n\nMore.", &[]),
            None
        );
        assert_eq!(no_translation("Fix\n\nTranslation: needed\n", &[]), None);
    }

    #[test]
    fn keywords_match_whole_words_ignoring_case() {
        let words = keywords(&["typo", "en-only", "[i18nIgnore]", "fix typo"]);
        assert_eq!(
            no_translation("docs: Typo in guide", &words).as_deref(),
            Some("typo")
        );
        assert_eq!(no_translation("Add a typographer's note", &words), None);
        assert_eq!(no_translation("typos everywhere", &words), None);
        assert_eq!(
            no_translation("Change the link (en-only)", &words).as_deref(),
            Some("en-only")
        );
        assert_eq!(
            no_translation("[i18nIgnore] reflow", &words).as_deref(),
            Some("[i18nIgnore]")
        );
        assert_eq!(
            no_translation("Fix   typo", &keywords(&["fix typo"])),
            None,
            "a keyword of several words matches as written"
        );
        assert_eq!(no_translation("anything", &[]), None);
    }

    #[test]
    fn keywords_match_in_any_script() {
        let words = keywords(&["i18nIgnore"]);
        assert_eq!(no_translation("修正i18nIgnore", &words), None);
        assert_eq!(
            no_translation("修正 i18nIgnore。", &words).as_deref(),
            Some("i18nIgnore")
        );
    }
}
