//! Measures of a block's prose that hold across languages: how many sentences it has and
//! which numbers it mentions. Drift compares them between English and a translation,
//! so they rest on Unicode's properties of characters rather than on any language's
//! grammar (a dozen English abbreviations aside).
//!
//! Sentences come from unicode-segmentation rather than icu_segmenter: ICU4X applies the
//! same UAX #29 sentence rules (its dictionaries serve words and lines, Thai included,
//! not sentences) and would bring a data provider for no difference here.

use unicode_segmentation::UnicodeSegmentation;

/// Counts sentences by the Unicode sentence boundaries (UAX #29), which know the full
/// stops of every script (`.`, `。`, `！`, `।`, `။`…) and that `e.g. this` or `1.2` go
/// on. Two corrections: a full stop after an abbreviation (`Dr.`, `Fig.`, `J.`, `e.g.`,
/// `U.S.`) does not end a sentence even before a capital, and in Thai and Lao, written
/// without full stops, a space between two words of the script does.
pub(crate) fn sentences(text: &str) -> usize {
    let mut count = 0;
    let mut continued = false;
    for sentence in text.unicode_sentences() {
        if !continued {
            count += 1;
        }
        count += thai_breaks(sentence);
        continued = ends_with_abbreviation(sentence);
    }
    count
}

/// English abbreviations that stand before a name or a number and are never the last
/// word of a sentence; UAX #29 alone breaks after `Dr.` in `Dr. Smith`.
const ABBREVIATIONS: [&str; 18] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Fig", "Figs", "Vol", "Vols", "Ch", "Sec",
    "Eq", "cf", "vs", "approx",
];

/// Whether a UAX #29 sentence ends with a full stop that belongs to an abbreviation: one
/// of [`ABBREVIATIONS`], an initial (`J.`) or a dotted abbreviation (`e.g.`, `U.S.`,
/// `Ph.D.`: letters, at most two at a time, between stops). Acronyms (`API.`), versions
/// and domains end sentences too often to be exempt. Merging sentences here errs on the
/// safe side: fewer English sentences can only mean less drift.
fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(word) = sentence.trim_end().strip_suffix('.') else {
        return false;
    };
    let word = word
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '"', '\'', '“', '‘', '«']);
    let mut letters = word.chars();
    let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    let dotted = word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        });
    initial || dotted || ABBREVIATIONS.contains(&word)
}

/// Spaces between two Thai or Lao letters in `sentence`: these scripts end a sentence
/// with a space, not a stop, and UAX #29 (which has no dictionary) sees one sentence.
/// A space also separates clauses there, so this may count more sentences than a reader
/// would: the safe side for drift, which looks for fewer.
fn thai_breaks(sentence: &str) -> usize {
    let thai = |c: char| ('\u{0e01}'..='\u{0eff}').contains(&c) && c.is_alphabetic();
    let mut count = 0;
    let (mut before, mut spaced) = (None, false);
    for c in sentence.chars() {
        if c.is_whitespace() {
            spaced = before.is_some();
            continue;
        }
        if spaced && before.is_some_and(thai) && thai(c) {
            count += 1;
        }
        (before, spaced) = (Some(c), false);
    }
    count
}

/// Numbers and versions in a text (`3`, `2030`, `1.2.0`, `17`), for checking that a
/// translation keeps them. Thousands separators are dropped, so `1,000` and `1.000`
/// compare equal; a decimal comma compares equal to a decimal point.
pub(crate) fn numbers(text: &str) -> Vec<String> {
    // A hot path (every paragraph of every document), hence a scan rather than a regex.
    let is_separator = |c: char| matches!(c, '.' | ',' | '\u{a0}' | '\u{202f}' | ' ');
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        // Groups of digits joined by single separators: 1,000 / 1.2.0 / 1 000.
        let mut groups = vec![c.to_string()];
        let mut spaced = false;
        while let Some(&(i, next)) = chars.peek() {
            if next.is_ascii_digit() {
                groups.last_mut().expect("one group").push(next);
                chars.next();
            } else if is_separator(next)
                && text[i + next.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
            {
                spaced |= next == ' ';
                groups.push(String::new());
                chars.next();
            } else {
                break;
            }
        }
        // Groups of three after the first are thousands; otherwise a decimal or version.
        let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
        if thousands || spaced {
            out.push(groups.concat());
        } else {
            out.push(groups.join("."));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sentences_without_word_lists() {
        assert_eq!(sentences("One. Two! Three?"), 3);
        assert_eq!(sentences("Use e.g. this one. Then stop"), 2);
        assert_eq!(sentences("서울은 크다. 부산도 크다."), 2);
        assert_eq!(sentences("Version 1.2 is out."), 1);
        assert_eq!(sentences(""), 0);
    }

    #[test]
    fn cjk_full_stops_end_sentences_without_spaces() {
        assert_eq!(sentences("東京は大きい。大阪も大きい。"), 2);
        assert_eq!(sentences("我们开始吧！你准备好了吗？好的。"), 3);
    }

    #[test]
    fn thai_sentences_end_at_spaces() {
        assert_eq!(sentences("ภาษาไทยง่าย ฉันชอบมาก"), 2);
        assert_eq!(sentences("ภาษาไทย"), 1);
        // A space next to a Latin word or a number is not a sentence break.
        assert_eq!(sentences("ใช้ transync ทุกวัน"), 1);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(sentences("Dr. Smith came. He left."), 2);
        assert_eq!(sentences("Yes. No. Now."), 3);
        assert_eq!(sentences("See Fig. 3 and J. Doe's note. Done."), 2);
        assert_eq!(
            sentences("Rules differ, e.g. In Paris. And U.S. Law applies."),
            2
        );
        // An acronym, a lower-case word, a version or a domain before a stop does end a
        // sentence.
        assert_eq!(sentences("It calls the API. Then it stops."), 2);
        assert_eq!(sentences("Install v1.2. Then see example.com. Done."), 3);
        assert_eq!(sentences("Apples, pears etc. Then more."), 2);
    }

    #[test]
    fn extracts_numbers_across_locales() {
        assert_eq!(
            numbers("In 2022, 1,000 people and v1.2.0"),
            ["2022", "1000", "1.2.0"]
        );
        assert_eq!(numbers("En 2022, 1.000 personas"), ["2022", "1000"]);
        assert_eq!(numbers("1 000 habitants"), ["1000"]);
    }
}
