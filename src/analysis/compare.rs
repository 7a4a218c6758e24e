//! Markdown-aware comparison of English at a translation's base with English now, the
//! part of the analysis that makes transync right where byte-level scripts are wrong:
//! cosmetic edits are told apart from real ones, real ones get a severity and are mapped
//! to the lines of the translation made from that base. (English now against the
//! translation now is [`super::drift`].) Pure functions over parsed Markdown.

use std::collections::HashMap;
use std::ops::Range;

use similar::{Algorithm, DiffOp, TextDiff, capture_diff_slices};

use crate::config::CompareSettings;
use crate::markdown::{self, Block, BlockKind, Parsed, without_targets};
use crate::model::Severity;
use crate::report::{ChangedBlock, Op};

use super::code;

/// English at the base compared with English now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Comparison {
    pub changed: Vec<ChangedBlock>,
    /// Blocks (and untranslatable front-matter keys) that changed only cosmetically.
    pub cosmetic: u32,
}

impl Comparison {
    /// `None` when nothing real changed.
    pub(crate) fn severity(&self) -> Option<Severity> {
        self.changed.iter().map(|c| c.severity).max()
    }
}

/// The skeleton slot of a block: what must line up between versions and languages.
pub(super) fn slot(kind: BlockKind) -> (u8, u8) {
    match kind {
        BlockKind::Heading(level) => (0, level),
        BlockKind::Paragraph => (1, 0),
        BlockKind::ListItem { .. } => (2, 0),
        BlockKind::Code => (3, 0),
        BlockKind::Table => (4, 0),
        BlockKind::Html => (5, 0),
        BlockKind::Shortcode => (6, 0),
        BlockKind::Rule => (7, 0),
    }
}

/// A text with the offset of each line, so that a block's lines are a slice: reading
/// them from the start for every block would make a large change quadratic.
struct Text<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Text<'a> {
    fn new(text: &'a str) -> Text<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Text { text, starts }
    }

    /// The lines of a block (1-based, end exclusive), joined by `\n`.
    fn raw(&self, lines: &Range<usize>) -> String {
        let first = lines.start.saturating_sub(1);
        let at = |line: usize| self.starts.get(line).copied().unwrap_or(self.text.len());
        let slice = &self.text[at(first)..at(first + (lines.end - lines.start))];
        slice.lines().collect::<Vec<_>>().join("\n")
    }
}

/// Maps block indexes of `from` to block indexes of `to` where their skeletons align.
fn align(from: &[Block], to: &[Block]) -> HashMap<usize, usize> {
    let a: Vec<(u8, u8)> = from.iter().map(|b| slot(b.kind)).collect();
    let b: Vec<(u8, u8)> = to.iter().map(|b| slot(b.kind)).collect();
    let mut map = HashMap::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    map.insert(old_index + k, new_index + k);
                }
            }
            // A heading whose level differs (a translator who fixed the outline, or
            // caught up with a change of level): the same heading, when the gap holds
            // as many of each kind on both sides.
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if old_len == new_len
                && (0..old_len).all(|k| a[old_index + k].0 == b[new_index + k].0) =>
            {
                for k in 0..old_len {
                    map.insert(old_index + k, new_index + k);
                }
            }
            _ => {}
        }
    }
    map
}

/// Words inserted plus deleted between two texts.
fn changed_words(before: &str, after: &str) -> u32 {
    TextDiff::from_words(before, after)
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal && !c.value().trim().is_empty())
        .count() as u32
}

/// Words that turn a statement around (with any word ending in `n't`).
const NEGATIONS: [&str; 10] = [
    "not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "nowhere", "cannot",
];

/// Units, counted where they follow a number: `10 ms` → `10 s` changes the quantity.
const UNITS: [&str; 46] = [
    "%", "ms", "µs", "ns", "s", "sec", "min", "h", "second", "seconds", "minute", "minutes",
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "B", "kB",
    "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "byte", "bytes", "px", "em", "rem", "pt",
    "dpi", "Hz", "kHz", "MHz", "GHz", "kg", "km", "x",
];

/// Month and day names, with which English writes a date in words.
const DATE_WORDS: &str = "January February March April May June July August September October \
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday \
    Thursday Friday Saturday Sunday";

/// What a prose block says that a one-word edit can turn into something else: its numbers
/// (versions and dates in digits among them), inline code, how many negations it has,
/// and its units after a number and its month and day names. Compared as multisets, so
/// words that merely move or are rephrased (`do not` → `don't`) change nothing. The
/// words are English: it is the English source that changed.
#[derive(Debug, PartialEq, Eq)]
struct Meaning {
    numbers: Vec<String>,
    code: Vec<String>,
    negations: usize,
    words: Vec<String>,
}

impl Meaning {
    fn of(block: &Block) -> Meaning {
        let text = without_targets(&block.text);
        let (mut negations, mut words) = (0, Vec::new());
        let mut previous = "";
        for token in text.split_whitespace() {
            let word = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '\'');
            let lower = word.to_lowercase();
            if NEGATIONS.contains(&lower.as_str())
                || lower.ends_with("n't")
                || lower.ends_with("n’t")
            {
                negations += 1;
            }
            // A unit after a number, or written onto it (`10ms`, `50%`).
            let unit =
                word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            let after_number =
                unit.len() < word.len() || previous.ends_with(|c: char| c.is_ascii_digit());
            if after_number && UNITS.contains(&unit) {
                words.push(unit.to_string());
            } else if DATE_WORDS.split(' ').any(|date| date == word) {
                words.push(word.to_string());
            }
            previous = word;
        }
        let sorted = |mut items: Vec<String>| {
            items.sort();
            items
        };
        Meaning {
            numbers: sorted(markdown::numbers(&block.numeric)),
            code: sorted(block.code.clone()),
            negations,
            words: sorted(words),
        }
    }
}

fn severity_of_change(before: &Block, after: &Block, options: &CompareSettings) -> Severity {
    match after.kind {
        // A new comment, string or sample output: the translation's copy may want it, but
        // no command changed.
        BlockKind::Code if code::same_structure(before, after) => Severity::Minor,
        BlockKind::Code => Severity::Major,
        BlockKind::Heading(_) => Severity::Minor,
        _ if without_targets(&before.text) == without_targets(&after.text) => Severity::Minor,
        _ if Meaning::of(before) != Meaning::of(after) => Severity::Major,
        _ if changed_words(&before.text, &after.text) <= options.minor_max_words => Severity::Minor,
        _ => Severity::Major,
    }
}

/// Compares the English at the base with the English now and maps real changes onto
/// `translation` (the translation was made from the base, so their skeletons align).
/// Both English texts are read as `flavor` (the source's, now).
pub(crate) fn compare(
    base_text: &str,
    now_text: &str,
    flavor: markdown::Flavor,
    translation: Option<&Parsed>,
    options: &CompareSettings,
) -> Comparison {
    let base = markdown::parse_as(base_text, flavor);
    let now = markdown::parse_as(now_text, flavor);
    let (base_text, now_text) = (&Text::new(base_text), &Text::new(now_text));
    let mut comparison = Comparison::default();
    let untranslatable = |key: &str| options.untranslatable_keys.iter().any(|k| k == key);
    compare_front_matter(&base, &now, &untranslatable, &mut comparison);

    let to_translation = translation
        .map(|t| align(&base.blocks, &t.blocks))
        .unwrap_or_default();
    let translation_lines = |base_index: usize| {
        let t = translation?;
        to_translation
            .get(&base_index)
            .map(|&i| t.blocks[i].lines.clone())
    };
    // Where a block added after base block `i` belongs in the translation.
    let insertion_point = |base_index: Option<usize>| {
        let t = translation?;
        let line = match base_index {
            Some(i) => {
                let mapped = (0..=i).rev().find_map(|k| to_translation.get(&k))?;
                t.blocks[*mapped].lines.end
            }
            None => t.blocks.first().map_or(1, |b| b.lines.start),
        };
        Some(line..line)
    };

    let key = |b: &Block| {
        (
            slot(b.kind),
            // A heading that changed only in case reads the same in any translation.
            match b.kind {
                BlockKind::Heading(_) => b.text.to_lowercase(),
                _ => b.text.clone(),
            },
            b.code.clone(),
            b.anchor.clone(),
            b.table,
        )
    };
    let a: Vec<_> = base.blocks.iter().map(key).collect();
    let b: Vec<_> = now.blocks.iter().map(key).collect();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (old, new) = (&base.blocks[old_index + k], &now.blocks[new_index + k]);
                    if base_text.raw(&old.lines) != now_text.raw(&new.lines) {
                        comparison.cosmetic += 1;
                    }
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for i in old_index..old_index + old_len {
                    comparison.changed.push(removed(
                        base_text,
                        &base.blocks[i],
                        translation_lines(i),
                    ));
                }
            }
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => {
                for j in new_index..new_index + new_len {
                    let at = insertion_point(old_index.checked_sub(1));
                    comparison.changed.push(added(now_text, &now.blocks[j], at));
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let pairs = old_len.min(new_len);
                for k in 0..pairs {
                    let (old, new) = (&base.blocks[old_index + k], &now.blocks[new_index + k]);
                    // A heading of another level is the same heading, changed.
                    let same_kind = slot(old.kind).0 == slot(new.kind).0;
                    if same_kind {
                        comparison.changed.push(ChangedBlock {
                            kind: new.kind.name().to_string(),
                            op: Op::Changed,
                            before: Some(base_text.raw(&old.lines)),
                            after: Some(now_text.raw(&new.lines)),
                            english_before: Some(old.lines.clone()),
                            english_after: Some(new.lines.clone()),
                            translation: translation_lines(old_index + k),
                            severity: severity_of_change(old, new, options),
                        });
                    } else {
                        comparison.changed.push(removed(
                            base_text,
                            old,
                            translation_lines(old_index + k),
                        ));
                        // Added where the removed block was: after the counterpart of
                        // the block before it, as for any added block.
                        comparison.changed.push(added(
                            now_text,
                            new,
                            insertion_point((old_index + k).checked_sub(1)),
                        ));
                    }
                }
                for i in old_index + pairs..old_index + old_len {
                    comparison.changed.push(removed(
                        base_text,
                        &base.blocks[i],
                        translation_lines(i),
                    ));
                }
                for j in new_index + pairs..new_index + new_len {
                    let at = insertion_point(Some(old_index + old_len - 1));
                    comparison.changed.push(added(now_text, &now.blocks[j], at));
                }
            }
        }
    }
    comparison
}

fn removed(text: &Text, block: &Block, translation: Option<Range<usize>>) -> ChangedBlock {
    ChangedBlock {
        kind: block.kind.name().to_string(),
        op: Op::Removed,
        before: Some(text.raw(&block.lines)),
        after: None,
        english_before: Some(block.lines.clone()),
        english_after: None,
        translation,
        severity: Severity::Major,
    }
}

fn added(text: &Text, block: &Block, translation: Option<Range<usize>>) -> ChangedBlock {
    ChangedBlock {
        kind: block.kind.name().to_string(),
        op: Op::Added,
        before: None,
        after: Some(text.raw(&block.lines)),
        english_before: None,
        english_after: Some(block.lines.clone()),
        translation,
        severity: Severity::Major,
    }
}

/// Whether `after` differs from `before` only where no translation changes anything:
/// whitespace, line endings, markup style, link targets and anchors, untranslatable
/// front-matter keys, and front-matter keys the English page (`english_keys`) does not
/// have (a sync status such as `drifted_from_default`). What maintenance commits do to
/// translations.
pub(crate) fn only_maintenance(
    before: &str,
    after: &str,
    flavor: markdown::Flavor,
    options: &CompareSettings,
    english_keys: &[String],
) -> bool {
    let (before, after) = (before.replace("\r\n", "\n"), after.replace("\r\n", "\n"));
    let (a, b) = (
        markdown::parse_as(&before, flavor),
        markdown::parse_as(&after, flavor),
    );
    let same_blocks = a.blocks.len() == b.blocks.len()
        && a.blocks.iter().zip(&b.blocks).all(|(x, y)| {
            // A link's target may change, but a link added or removed follows an
            // English change: that is translating.
            slot(x.kind) == slot(y.kind)
                && x.links.len() == y.links.len()
                && without_targets(&x.text) == without_targets(&y.text)
                && x.code == y.code
                && x.table == y.table
        });
    if !same_blocks {
        return false;
    }
    let untranslatable = |key: &str| {
        options.untranslatable_keys.iter().any(|k| k == key)
            || !english_keys.iter().any(|k| k == key)
    };
    let mut comparison = Comparison::default();
    compare_front_matter(&a, &b, &untranslatable, &mut comparison);
    comparison.changed.is_empty()
}

/// Front-matter changes from `base` to `now`; a change of a key for which
/// `untranslatable` holds is only counted as cosmetic.
fn compare_front_matter(
    base: &Parsed,
    now: &Parsed,
    untranslatable: &dyn Fn(&str) -> bool,
    out: &mut Comparison,
) {
    let (a, b) = (
        base.front_matter().unwrap_or_default(),
        now.front_matter().unwrap_or_default(),
    );
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        if a.get(key) == b.get(key) {
            continue;
        }
        if untranslatable(key) {
            out.cosmetic += 1;
            continue;
        }
        // A title that changed only in case ("Getting started" → "Getting Started") reads
        // the same in any translation, as a heading does.
        let title = {
            let key = key.to_lowercase();
            key.contains("title") || key.ends_with("label")
        };
        if let (true, Some(serde_json::Value::String(x)), Some(serde_json::Value::String(y))) =
            (title, a.get(key), b.get(key))
            && x.to_lowercase() == y.to_lowercase()
        {
            out.cosmetic += 1;
            continue;
        }
        let show = |v: Option<&serde_json::Value>| {
            v.map(|v| match v {
                serde_json::Value::String(s) => format!("{key}: {s}"),
                other => format!("{key}: {other}"),
            })
        };
        out.changed.push(ChangedBlock {
            kind: format!("front matter: {key}"),
            op: match (a.get(key), b.get(key)) {
                (None, _) => Op::Added,
                (_, None) => Op::Removed,
                _ => Op::Changed,
            },
            before: show(a.get(key)),
            after: show(b.get(key)),
            english_before: None,
            english_after: None,
            translation: None,
            severity: Severity::Minor,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::drift::drift;
    use crate::report::Drift;

    fn cmp(base: &str, now: &str) -> Comparison {
        compare(
            base,
            now,
            markdown::Flavor::Markdown,
            None,
            &CompareSettings::default(),
        )
    }

    const BASE: &str = "---\ntitle: Guide\ndate: 2025-01-01\n---\n\n## Intro\n\nCities learn from cities when they meet as equals. They share tools.\n\n- twinning\n- exchanges\n\n```sh\ntransync status --lang es\n```\n";

    #[test]
    fn an_item_added_at_the_start_of_a_sub_list_goes_after_its_parent_text() {
        let base = "1. Install it:\n\n   - on Linux\n   - on macOS\n\n2. Run it.\n";
        let now = "1. Install it:\n\n   - on Windows\n   - on Linux\n   - on macOS\n\n2. Run it.\n";
        let fr = markdown::parse(
            "1. Installez-le :\n\n   - sous Linux\n   - sous macOS\n\n2. Lancez-le.\n",
        );
        let c = compare(
            base,
            now,
            markdown::Flavor::Markdown,
            Some(&fr),
            &CompareSettings::default(),
        );
        assert_eq!(c.changed.len(), 1, "{c:?}");
        // Before the sub-list (line 3), after the parent item's own text; not after
        // the whole sub-list.
        assert_eq!(c.changed[0].translation, Some(3..3));
    }

    #[test]
    fn a_block_replaced_by_another_kind_is_inserted_not_overwritten() {
        let base = "Intro.\n\nOld paragraph.\n\nEnd.\n";
        let now = "Intro.\n\n- a new item\n\nEnd.\n";
        let es = markdown::parse("Introducción.\n\nPárrafo viejo.\n\nFin.\n");
        let c = compare(
            base,
            now,
            markdown::Flavor::Markdown,
            Some(&es),
            &CompareSettings::default(),
        );
        let added = c.changed.iter().find(|b| b.op == Op::Added).unwrap();
        let removed = c.changed.iter().find(|b| b.op == Op::Removed).unwrap();
        assert_eq!(removed.translation, Some(3..4));
        // The contract for added blocks: an empty range, after the block before it.
        assert_eq!(added.translation, Some(2..2));
    }

    #[test]
    fn a_spell_checker_word_list_is_never_translated() {
        let now = BASE.replace(
            "date: 2025-01-01\n",
            "date: 2025-01-01\ncSpell:ignore: otlp twinning\n",
        );
        let c = cmp(BASE, &now);
        assert!(c.changed.is_empty(), "{c:?}");
        assert_eq!(c.cosmetic, 1);
    }

    #[test]
    fn cosmetic_classes_leave_no_real_change() {
        let cosmetic = [
            BASE.replace("as equals. They", "as\nequals.  They"),
            BASE.replace("## Intro", "Intro\n-----"),
            BASE.replace("- twinning\n- exchanges", "* twinning\n* exchanges"),
            BASE.replace(
                "```sh\ntransync status --lang es\n```",
                "~~~sh\ntransync status --lang es\n~~~",
            ),
            BASE.replace("date: 2025-01-01", "date: 2025-02-02"),
            BASE.replace("from cities", "from *cities*"),
        ];
        for now in &cosmetic {
            let c = cmp(BASE, now);
            assert!(c.changed.is_empty(), "{now}\n{c:?}");
            assert!(c.cosmetic >= 1, "{now}");
        }
    }

    #[test]
    fn shortcode_delimiter_swaps_are_cosmetic() {
        let base = "Intro.\n\n{{< figure src=\"forms.svg\" >}}\n";
        let c = cmp(
            base,
            &base.replace(
                "{{< figure src=\"forms.svg\" >}}",
                "{{% figure src=\"forms.svg\" %}}",
            ),
        );
        assert!(c.changed.is_empty() && c.cosmetic == 1, "{c:?}");
    }

    #[test]
    fn emphasis_style_and_link_form_are_cosmetic() {
        let base = "See *this* and [the guide](https://uclg.org/docs/guide/).\n";
        let now = "See _this_ and [the guide](/docs/guide).\n";
        let c = cmp(base, now);
        assert!(c.changed.is_empty() && c.cosmetic == 1, "{c:?}");
    }

    #[test]
    fn real_changes_get_severities() {
        let heading = cmp(
            BASE,
            &BASE.replace("## Intro", "## Introduction to cooperation"),
        );
        assert_eq!(heading.severity(), Some(Severity::Minor));
        let words = cmp(
            BASE,
            &BASE.replace("They share tools.", "They share many tools."),
        );
        assert_eq!(words.severity(), Some(Severity::Minor));
        let rewrite = cmp(
            BASE,
            &BASE.replace(
                "They share tools.",
                "They share tools, budgets, staff and political commitment over many years.",
            ),
        );
        assert_eq!(rewrite.severity(), Some(Severity::Major));
        let added = cmp(
            BASE,
            &BASE.replace("- exchanges", "- exchanges\n- triangular partnerships"),
        );
        assert_eq!(added.severity(), Some(Severity::Major));
        assert_eq!(added.changed[0].op, Op::Added);
        let code = cmp(BASE, &BASE.replace("--lang es", "--lang fr"));
        assert_eq!(code.severity(), Some(Severity::Major));
        assert_eq!(code.changed[0].kind, "code block");
        let base = "See [the guide](/docs/guide) for the details of every form.\n";
        let link = cmp(base, &base.replace("/docs/guide", "/docs/handbook"));
        assert_eq!(
            link.severity(),
            Some(Severity::Minor),
            "a new link target only"
        );
        let title = cmp(BASE, &BASE.replace("title: Guide", "title: The guide"));
        assert_eq!(title.changed[0].kind, "front matter: title");
    }

    #[test]
    fn a_one_word_change_of_meaning_is_major() {
        let base = "Set the timeout to 10 ms before version 1.2 ships on March 5. \
                    Do not use `run` here, you can use it later.\n";
        for now in [
            base.replace("Do not use", "Do use"),
            base.replace("you can use", "you can't use"),
            base.replace("you can use", "you can never use"),
            base.replace("10 ms", "20 ms"),
            base.replace("version 1.2", "version 1.3"),
            base.replace("10 ms", "10 s"),
            base.replace("10 ms", "10s"),
            base.replace("March 5", "April 5"),
            base.replace("`run`", "`start`"),
        ] {
            assert_eq!(cmp(base, &now).severity(), Some(Severity::Major), "{now}");
        }
        // Other small edits stay minor, a negation rephrased or a word moved included.
        for now in [
            base.replace("here", "there"),
            base.replace("Do not", "Don't"),
            base.replace("10 ms", "10ms"),
            base.replace("you can use it later", "later you can use it"),
            base.replace("Set the timeout", "Set the connection timeout"),
        ] {
            assert_eq!(cmp(base, &now).severity(), Some(Severity::Minor), "{now}");
        }
    }

    #[test]
    fn case_only_changes_of_headings_and_titles_are_cosmetic() {
        let c = cmp(
            BASE,
            &BASE
                .replace("## Intro", "## INTRO")
                .replace("title: Guide", "title: GUIDE"),
        );
        assert!(c.changed.is_empty(), "{c:?}");
        assert_eq!(c.cosmetic, 2);
        // In prose, or in a value that is not a title, case is a change.
        let prose = cmp(
            BASE,
            &BASE.replace("They share tools.", "They share Tools."),
        );
        assert_eq!(prose.severity(), Some(Severity::Minor));
        let base = "---\nsummary: A guide\n---\n\nText.\n";
        let summary = cmp(base, &base.replace("A guide", "A Guide"));
        assert_eq!(summary.changed[0].kind, "front matter: summary");
    }

    #[test]
    fn changed_english_paragraph_maps_to_the_translation_lines() {
        let translation = markdown::parse(
            "---\ntitle: Guía\n---\n\n## Introducción\n\nLas ciudades aprenden de las ciudades\ncuando se encuentran como iguales. Comparten herramientas.\n\n- hermanamiento\n- intercambios\n\n```sh\ntransync status --lang es\n```\n",
        );
        let c = compare(
            BASE,
            &BASE.replace("They share tools.", "They share tools and staff."),
            markdown::Flavor::Markdown,
            Some(&translation),
            &CompareSettings::default(),
        );
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].english_before, Some(8..9));
        assert_eq!(c.changed[0].translation, Some(7..9));
        let added = compare(
            BASE,
            &BASE.replace("- exchanges", "- exchanges\n- triangular"),
            markdown::Flavor::Markdown,
            Some(&translation),
            &CompareSettings::default(),
        );
        // Inserted after the translation's second list item (line 11).
        assert_eq!(added.changed[0].translation, Some(12..12));
        // A heading whose level changed in English, and already in the translation.
        let translation = markdown::parse(&format!(
            "---\ntitle: Guía\n---\n\n### Introducción\n\n{}",
            "Las ciudades aprenden.\n"
        ));
        let base = "## Introduction\n\nCities learn.\n";
        let c = compare(
            base,
            &base.replace("## Introduction", "### Introduction"),
            markdown::Flavor::Markdown,
            Some(&translation),
            &CompareSettings::default(),
        );
        assert_eq!(c.changed.len(), 1, "{:?}", c.changed);
        assert_eq!(c.changed[0].translation, Some(5..6));
    }

    #[test]
    fn a_large_change_is_read_in_one_pass() {
        // 20,000 added paragraphs (2 MB): reading each block's lines from the start of
        // the text made this quadratic (minutes); it is linear now. No timing asserted:
        // a regression shows as a test that does not finish.
        let base = "# Big\n\nIntro.\n";
        let mut now = base.to_string();
        for i in 0..20_000 {
            now.push_str(&format!(
                "\nParagraph {i} with enough words to be about a hundred bytes long, as prose is.\n"
            ));
        }
        let c = cmp(base, &now);
        assert_eq!(c.changed.len(), 20_000);
        assert_eq!(
            c.changed[19_999].after.as_deref(),
            Some(now.lines().last().unwrap())
        );
    }

    fn drift_of(en: &str, tr: &str) -> Vec<Drift> {
        drift(&markdown::parse(en), &markdown::parse(tr))
    }

    #[test]
    fn skipped_section_and_short_list_are_drift() {
        let en = "## A\n\nText.\n\n## Objectives\n\n- one\n- two\n- three\n";
        let tr = "## A\n\nTexto.\n\n- uno\n- dos\n";
        let d = drift_of(en, tr);
        assert!(
            d.iter().any(|d| d
                .message
                .english()
                .contains("no counterpart for the section 'Objectives', English line 5")),
            "{d:?}"
        );
        let tr = "## A\n\nTexto.\n\n## Objetivos\n\n- uno\n- dos\n";
        let d = drift_of(en, tr);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message.english(),
            "list at English line 7 has 3 items, the translation 2"
        );
    }

    #[test]
    fn reordered_or_reflowed_paragraphs_are_not_drift() {
        let en = "## A\n\nFirst paragraph here. It has two sentences.\n\nSecond one.\n";
        let tr = "## A\n\nSegundo.\n\nPrimer párrafo aquí. Tiene dos\nfrases, una más larga que en inglés.\n";
        assert!(drift_of(en, tr).is_empty(), "{:?}", drift_of(en, tr));
    }

    #[test]
    fn verbatim_items_must_survive_translation() {
        let en = "Run `transync check` in 2025 with [the guide](/docs/guide). It works. Really.\n";
        let tr = "Ejecute `transync status` en 2024 con [la guía](/es/docs/guide). Funciona.\n";
        let d = drift_of(en, tr);
        let whats: Vec<&str> = d.iter().map(|d| d.what.as_str()).collect();
        assert_eq!(whats, ["inline code", "number"], "{d:?}");
        // A localized prefix (/es/docs/guide) is the same target.
        assert!(!whats.contains(&"link"));
        assert_eq!(d[0].severity, Severity::Major);
    }

    #[test]
    fn code_blocks_tables_and_images_must_match() {
        let en = "```sh\nrun --fast\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![x](img/a.png)\n";
        let tr = "```sh\nrun --slow\n```\n\n| a |\n|---|\n| 1 |\n\nSin imagen.\n";
        let whats: Vec<String> = drift_of(en, tr).into_iter().map(|d| d.what).collect();
        assert_eq!(whats, ["code block", "table", "image"]);
    }

    /// English with the kinds of code that translation teams localize.
    const CODE_EN: &str = "## Collector\n\nPoint the app at the collector.\n\n```yaml\nreceivers:\n  # the OTLP receiver the app is sending traces to\n  otlp:\n    endpoint: 0.0.0.0:4317 # default port\n```\n\n```js\n// check out conventions for span names\nconst tracer = trace.getTracer(\"example-app\");\nconsole.log(\"Hello\");\n```\n\n```html\n<!-- the page that loads the SDK -->\n<script src=\"otel.js\"></script>\n```\n\n```sh\ncat example.md\n```\n\n```console\n$ transync status --lang pt\ncontent/pt/guide.md  stale, major\n```\n\n```text\nDone in 3 seconds.\n```\n";
    /// Its Portuguese translation: comments, strings, a file name and output localized.
    const CODE_PT: &str = "## Coletor\n\nAponte o app para o coletor.\n\n```yaml\nreceivers:\n  # o receptor OTLP para o qual o app\n  # envia traces\n  otlp:\n    endpoint: 0.0.0.0:4317   # porta padrão\n```\n\n```js\n// consulte as convenções para nomes de spans\nconst tracer = trace.getTracer(\"app-exemplo\");\nconsole.log(\"Olá\");\n```\n\n```html\n<!-- a página que carrega o SDK -->\n<script src=\"otel.js\"></script>\n```\n\n```sh\ncat exemplo.md\n```\n\n```console\n$ transync status --lang pt\ncontent/pt/guia.md  desatualizada, maior\n```\n\n```text\nConcluído em 3 segundos.\n```\n";

    #[test]
    fn translated_comments_strings_names_and_output_are_not_drift() {
        let d = drift_of(CODE_EN, CODE_PT);
        assert!(d.is_empty(), "{d:?}");
    }

    /// English with examples of markup and diagrams, whose prose translators translate.
    const MARKUP_EN: &str = "## Asides\n\nUse an aside for a tip.\n\n```mdx\nimport { Aside } from '@astrojs/starlight/components';\n\n<Aside type=\"tip\">Some useful text</Aside>\n<Badge text=\"Note\" />\n```\n\n```html\n<p class=\"intro\">Welcome to <b>the site</b>.</p>\n```\n\n```mermaid\ngraph LR\n  A[MySQL client] --> B[Proxy]\n  B -->|queries| C[(Database)]\n```\n\n```md\n# A page\n\nA paragraph that its author wrapped\nover two lines, with [a link](/docs/).\n```\n";
    /// Its Spanish translation: text, attribute values and labels translated, the
    /// paragraphs re-wrapped.
    const MARKUP_ES: &str = "## Notas al margen\n\nUsa una nota para un consejo.\n\n```mdx\nimport { Aside } from '@astrojs/starlight/components';\n\n<Aside type=\"tip\">\n  Un texto útil\n</Aside>\n<Badge text=\"Nota\" />\n```\n\n```html\n<p class=\"intro\">\n  Bienvenido a <b>el sitio</b>.\n</p>\n```\n\n```mermaid\ngraph LR\n  A[cliente MySQL] --> B[Proxy]\n  B -->|consultas| C[(Base de datos)]\n```\n\n```md\n# Una página\n\nUn párrafo que su autor ajustó en una sola línea, con [un enlace](/docs/).\n```\n";

    #[test]
    fn translated_and_re_wrapped_prose_in_markup_and_diagrams_is_not_drift() {
        let d = drift_of(MARKUP_EN, MARKUP_ES);
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_component_tag_or_edge_missing_from_translated_markup_is_drift() {
        for (kept, broken) in [
            ("<Badge text=\"Nota\" />\n", ""),
            ("<b>el sitio</b>", "el sitio"),
            ("  B -->|consultas| C[(Base de datos)]\n", ""),
            ("# Una página", "## Una página"),
        ] {
            let d = drift_of(MARKUP_EN, &MARKUP_ES.replace(kept, broken));
            let whats: Vec<&str> = d.iter().map(|d| d.what.as_str()).collect();
            assert_eq!(whats, ["code block"], "{broken:?}: {d:?}");
        }
    }

    #[test]
    fn a_changed_command_flag_or_key_in_a_translation_is_drift() {
        for (english, stale) in [
            ("--lang pt", "--language pt"),
            ("cat example.md", "cat example.md\nrm example.md"),
            ("  otlp:", "  otlp-http:"),
            ("4317", "4318"),
            ("cat example.md", "less example.md"),
        ] {
            let pt = CODE_PT
                .replace("exemplo.md", "example.md")
                .replace(english, stale);
            let d = drift_of(CODE_EN, &pt);
            let whats: Vec<&str> = d.iter().map(|d| d.what.as_str()).collect();
            assert_eq!(whats, ["code block"], "{stale}: {d:?}");
            assert_eq!(d[0].severity, Severity::Major);
        }
    }

    #[test]
    fn an_english_code_change_is_minor_in_comments_strings_and_output_only() {
        for minor in [
            CODE_EN.replace("# default port", "# the default gRPC port"),
            CODE_EN.replace("// check out", "// see the"),
            CODE_EN.replace("\"Hello\"", "\"Hello, world\""),
            CODE_EN.replace("stale, major", "stale, minor"),
            CODE_EN.replace("Done in 3 seconds.", "Done in 2 seconds."),
            CODE_EN.replace("const tracer", "const  tracer"),
        ] {
            let c = cmp(CODE_EN, &minor);
            assert_eq!(c.severity(), Some(Severity::Minor), "{minor}");
            assert_eq!(c.changed[0].kind, "code block");
        }
        for major in [
            CODE_EN.replace("--lang pt", "--lang pt --rev HEAD"),
            CODE_EN.replace("4317", "4318"),
            CODE_EN.replace("cat example.md", "cat example.md\nrm example.md"),
            // A file renamed in English is a change to copy, unlike a localized one.
            CODE_EN.replace("cat example.md", "cat sample.md"),
        ] {
            assert_eq!(
                cmp(CODE_EN, &major).severity(),
                Some(Severity::Major),
                "{major}"
            );
        }
    }
}
