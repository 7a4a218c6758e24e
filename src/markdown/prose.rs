//! Measures of a block's prose that hold across languages: how many sentences it has,
//! which numbers it mentions, the id its heading gets. Drift compares them between
//! English and a translation, so they rest on Unicode's properties of characters rather
//! than on any language's grammar (a dozen English abbreviations aside).
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

/// The value of a decimal digit of any common script: ASCII, full-width (`１`),
/// Arabic-Indic (`١`, `۱`), the Indic scripts (`१`, `১`…), Thai, Lao, Tibetan, Myanmar,
/// Khmer, Mongolian. Each is a run of ten code points from its zero, as in Unicode's
/// decimal-digit property.
fn digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    const ZEROS: [u32; 20] = [
        0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
        0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
    ];
    // Latin text stops here; CJK text asks for every one of its characters, hence a
    // binary search.
    let code = u32::from(c);
    if code < ZEROS[0] {
        return None;
    }
    let zero = ZEROS[ZEROS.partition_point(|&zero| zero <= code).checked_sub(1)?];
    char::from_digit(code - zero, 10)
}

/// Characters that join groups of digits into one number: decimal points and commas,
/// thousands separators (spaces, `'` in Switzerland, `٬` in Arabic), their full-width
/// forms.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ' '
            | '\u{a0}'
            | '\u{2009}'
            | '\u{202f}'
            | '\''
            | '’'
            | '\u{066b}'
            | '\u{066c}'
            | '，'
            | '．'
    )
}

/// Numbers and versions in a text (`3`, `2030`, `1.2.0`, `17`), for checking that a
/// translation keeps them, in one form whatever the script and the locale: digits are
/// ASCII (`１２` and `١٢` are `12`); thousands separators are dropped (`1,000` = `1.000` =
/// `1 000` = `1'000`); a decimal comma is a decimal point; an integer has no leading
/// zeros (`05` = `5`); a dotted date is its parts (`05.03.2025` and `2025.03.05` give
/// `5`, `3`, `2025`, as `2025-03-05` does). Ordinals keep their digits (`1st` = `1.º` =
/// `1er`).
pub(crate) fn numbers(text: &str) -> Vec<String> {
    // A hot path (every paragraph of every document), hence a scan rather than a regex.
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let Some(first) = digit(c) else {
            continue;
        };
        // Groups of digits joined by single separators: 1,000 / 1.2.0 / 1 000.
        let mut groups = vec![first.to_string()];
        let (mut spaced, mut dotted) = (false, true);
        while let Some(&(i, next)) = chars.peek() {
            if let Some(d) = digit(next) {
                groups.last_mut().expect("one group").push(d);
                chars.next();
            } else if is_separator(next)
                && text[i + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|d| digit(d).is_some())
            {
                spaced |= next.is_whitespace();
                dotted &= matches!(next, '.' | '．');
                groups.push(String::new());
                chars.next();
            } else {
                break;
            }
        }
        let lengths: Vec<usize> = groups.iter().map(String::len).collect();
        let date = dotted && matches!(lengths[..], [1 | 2, 1 | 2, 4] | [4, 1 | 2, 1 | 2]);
        // Groups of three after the first are thousands; otherwise a decimal or version.
        let thousands = groups.len() > 1 && lengths[1..].iter().all(|&l| l == 3);
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        let number = if date {
            out.extend(groups.iter().map(|g| integer(g)));
            continue;
        } else if thousands || spaced || groups.len() == 1 {
            integer(&groups.concat())
        } else {
            groups.join(".")
        };
        let scaled = (groups.len() <= 2 || thousands)
            .then(|| scale(&text[end..]))
            .flatten()
            .and_then(|factor| Some(number.parse::<f64>().ok()? * factor));
        match scaled {
            // Exact below 2^53, far beyond any count a page gives.
            Some(value) if value.fract() == 0.0 && value < 9e15 => {
                out.push(format!("{value:.0}"));
            }
            _ => out.push(number),
        }
    }
    out
}

/// The factor of the word after a number that scales it: "1.5 million" is "150 万"
/// in Japanese, "1,5 millones" in Spanish, "30億" is "3 billion". Only words whose
/// value is the same in every variety of their language (not Portuguese "bilhão").
fn scale(after: &str) -> Option<f64> {
    // `7.3K`, `12M`, `2B` (not `128Mi`, `5m`, `3kg`).
    let mut suffix = after.chars();
    let letter = suffix.next();
    if !suffix.next().is_some_and(char::is_alphanumeric) {
        match letter {
            Some('K' | 'k') => return Some(1e3),
            Some('M') => return Some(1e6),
            Some('B') => return Some(1e9),
            _ => {}
        }
    }
    let after = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if let Some(c) = after.chars().next() {
        let factor = match c {
            '千' | '천' => Some(1e3),
            '万' | '萬' | '만' => Some(1e4),
            '億' | '亿' | '억' => Some(1e8),
            '兆' | '조' => Some(1e12),
            _ => None,
        };
        if factor.is_some() {
            return factor;
        }
    }
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    match word.as_str() {
        "thousand" | "mil" | "tausend" | "тысяча" | "тысячи" | "тысяч" | "тисяча" | "тисячі"
        | "тисяч" => Some(1e3),
        "million" | "millions" | "millón" | "millones" | "milhão" | "milhões" | "millionen"
        | "milione" | "milioni" | "миллион" | "миллиона" | "миллионов" | "мільйон" | "мільйони"
        | "мільйонів" => Some(1e6),
        "billion"
        | "billions"
        | "milliard"
        | "milliards"
        | "milliarde"
        | "milliarden"
        | "миллиард"
        | "миллиарда"
        | "миллиардов"
        | "мільярд"
        | "мільярди"
        | "мільярдів" => Some(1e9),
        _ => None,
    }
}

/// An integer written without leading zeros.
fn integer(digits: &str) -> String {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() { "0" } else { trimmed }.to_string()
}

/// The id that GitHub, Docusaurus (github-slugger) and Hugo give a heading without an
/// explicit `{#id}`: lower case, each space a `-`, punctuation and symbols dropped,
/// letters of every script kept. Whole grapheme clusters are kept or dropped, so the
/// vowel signs of Thai or Devanagari stay with their letters.
pub(crate) fn slug(heading: &str) -> String {
    let mut out = String::new();
    for grapheme in heading.trim().graphemes(true) {
        let Some(first) = grapheme.chars().next() else {
            continue;
        };
        if first.is_whitespace() {
            out.push('-');
        } else if first.is_alphanumeric() || first == '-' || first == '_' {
            out.extend(grapheme.chars().flat_map(char::to_lowercase));
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
        assert_eq!(numbers("1'000 Einwohner, 3,5 %"), ["1000", "3.5"]);
        assert_eq!(numbers("50 % and 50%"), ["50", "50"]);
    }

    #[test]
    fn a_scale_word_gives_the_number_its_value() {
        assert_eq!(numbers("about 1.5 million endpoints"), ["1500000"]);
        assert_eq!(numbers("約 150 万のエンドポイント"), ["1500000"]);
        assert_eq!(numbers("unos 1,5 millones"), ["1500000"]);
        assert_eq!(numbers("40 million samples"), numbers("4,000 万サンプル"));
        assert_eq!(numbers("3 billion series"), numbers("30億の時系列"));
        assert_eq!(numbers("3 milliards"), numbers("3 billion"));
        assert_eq!(numbers("3 millionaires"), ["3"]);
        assert_eq!(
            numbers("7.3K times, 12M views"),
            numbers("7,300回、1,200万")
        );
        assert_eq!(numbers("128Mi, 5m, 3kg"), ["128", "5", "3"]);
        assert_eq!(numbers("version 1.2.3 million"), ["1.2.3"]);
    }

    #[test]
    fn digits_of_other_scripts_are_the_same_numbers() {
        assert_eq!(numbers("バージョン１２３と１，０００人"), ["123", "1000"]);
        assert_eq!(numbers("٢٠٢٥ و ٣٫٥"), ["2025", "3.5"]);
        assert_eq!(numbers("۱۴۰۳"), ["1403"]);
        assert_eq!(numbers("२०२५ में ১২"), ["2025", "12"]);
        assert_eq!(numbers("พ.ศ. ๒๕๖๘"), ["2568"]);
    }

    #[test]
    fn ordinals_and_dates_keep_their_digits() {
        for ordinal in [
            "the 1st step",
            "el 1.º paso",
            "la 1re étape",
            "le 1er",
            "第1歩",
        ] {
            assert_eq!(numbers(ordinal), ["1"], "{ordinal}");
        }
        let sorted = |text: &str| {
            let mut n = numbers(text);
            n.sort();
            n
        };
        let iso = sorted("on 2025-03-05");
        for date in ["am 05.03.2025", "2025.03.05", "05/03/2025", "2025年3月5日"] {
            assert_eq!(sorted(date), iso, "{date}");
        }
        // Versions are not dates, and keep their zeros.
        assert_eq!(numbers("1.05 and 1.2.10"), ["1.05", "1.2.10"]);
    }

    #[test]
    fn slugs_follow_github() {
        assert_eq!(slug("Create a new project"), "create-a-new-project");
        assert_eq!(slug("What's `new` in v1.2?"), "whats-new-in-v12");
        assert_eq!(slug("新しいプロジェクトの作成"), "新しいプロジェクトの作成");
        assert_eq!(slug("Utilisation d’un modèle"), "utilisation-dun-modèle");
        assert_eq!(slug("Über uns"), "über-uns");
        assert_eq!(slug("ภาษาไทย"), "ภาษาไทย");
        assert_eq!(slug("हिन्दी भाषा"), "हिन्दी-भाषा");
        assert_eq!(
            slug("snake_case and kebab-case"),
            "snake_case-and-kebab-case"
        );
    }
}
