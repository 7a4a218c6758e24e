//! Markdown-aware comparison, the part of the analysis that makes transync right where
//! byte-level scripts are wrong: (1) English at the base vs English now — cosmetic edits
//! are told apart from real ones, real ones get a severity and are mapped to the lines of
//! the translation made from that base; (2) English now vs translation now — structural
//! drift, independent of history. Pure functions over parsed [`markdown::Document`]s.

use std::collections::HashMap;
use std::ops::Range;

use similar::{Algorithm, DiffOp, TextDiff, capture_diff_slices};

use crate::i18n::Message;
use crate::markdown::{self, Block, BlockKind, Document};
use crate::report::Severity;

/// Tunables of the comparison.
#[derive(Debug, Clone)]
pub struct Options {
    /// A real change of at most this many words (inserted plus deleted) is minor.
    pub minor_max_words: u32,
    /// Front-matter keys whose changes never call for a new translation.
    pub untranslatable_keys: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            minor_max_words: 5,
            untranslatable_keys: [
                "date",
                "lastmod",
                "publishDate",
                "expiryDate",
                "weight",
                "aliases",
                "tags",
                "categories",
                "image",
                "images",
                "draft",
                "slug",
                "url",
                "layout",
                "type",
                "source_commit",
                "default_lang_commit",
                "l10n",
            ]
            .map(String::from)
            .to_vec(),
        }
    }
}

/// What happened to an English block between the base and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Added,
    Removed,
    Changed,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Added => "added",
            Op::Removed => "removed",
            Op::Changed => "changed",
        }
    }
}

/// A real change of the English, and where it lands in the translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedBlock {
    /// `paragraph`, `heading`, `code block`, `front matter: title`…
    pub kind: String,
    pub op: Op,
    /// English source of the block at the base / now (raw Markdown lines).
    pub before: Option<String>,
    pub after: Option<String>,
    /// 1-based line ranges in the English file at the base / now.
    pub english_before: Option<Range<usize>>,
    pub english_after: Option<Range<usize>>,
    /// Lines of the translation that correspond (for an added block: an empty range at
    /// the line after which it belongs).
    pub translation: Option<Range<usize>>,
    pub severity: Severity,
}

/// English at the base compared with English now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    pub changed: Vec<ChangedBlock>,
    /// Blocks (and untranslatable front-matter keys) that changed only cosmetically.
    pub cosmetic: u32,
}

impl Comparison {
    /// `None` when nothing real changed.
    pub fn severity(&self) -> Option<Severity> {
        self.changed.iter().map(|c| c.severity).max()
    }
}

/// A structural difference between English now and the translation now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// `heading`, `list`, `code block`, `inline code`, `number`, `link`, `sentences`…
    pub what: String,
    pub message: Message,
    pub english_line: Option<usize>,
    pub translation_line: Option<usize>,
    pub severity: Severity,
}

/// The skeleton slot of a block: what must line up between versions and languages.
fn slot(kind: BlockKind) -> (u8, u8) {
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

fn raw(text: &str, lines: &Range<usize>) -> String {
    text.lines()
        .skip(lines.start.saturating_sub(1))
        .take(lines.end - lines.start)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Maps block indexes of `from` to block indexes of `to` where their skeletons align.
fn align(from: &[Block], to: &[Block]) -> HashMap<usize, usize> {
    let a: Vec<(u8, u8)> = from.iter().map(|b| slot(b.kind)).collect();
    let b: Vec<(u8, u8)> = to.iter().map(|b| slot(b.kind)).collect();
    let mut map = HashMap::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                map.insert(old_index + k, new_index + k);
            }
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

/// A block's text without link targets: a change there alone is a link change.
fn without_targets(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(" (→") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find(')')
            .map_or("", |end| &rest[start + end + 1..]);
    }
    out.push_str(rest);
    out
}

fn severity_of_change(before: &Block, after: &Block, options: &Options) -> Severity {
    match after.kind {
        BlockKind::Code => Severity::Major,
        BlockKind::Heading(_) => Severity::Minor,
        _ if without_targets(&before.text) == without_targets(&after.text) => Severity::Minor,
        _ if changed_words(&before.text, &after.text) <= options.minor_max_words => Severity::Minor,
        _ => Severity::Major,
    }
}

/// Compares the English at the base with the English now and maps real changes onto
/// `translation` (the translation was made from the base, so their skeletons align).
pub fn compare(
    base_text: &str,
    now_text: &str,
    translation: Option<&Document>,
    options: &Options,
) -> Comparison {
    let base = markdown::parse(base_text);
    let now = markdown::parse(now_text);
    let mut comparison = Comparison::default();
    compare_front_matter(&base, &now, options, &mut comparison);

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
            b.text.clone(),
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
                    if raw(base_text, &old.lines) != raw(now_text, &new.lines) {
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
                    let same_slot = slot(old.kind) == slot(new.kind);
                    if same_slot {
                        comparison.changed.push(ChangedBlock {
                            kind: new.kind.name().to_string(),
                            op: Op::Changed,
                            before: Some(raw(base_text, &old.lines)),
                            after: Some(raw(now_text, &new.lines)),
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
                        comparison.changed.push(added(
                            now_text,
                            new,
                            translation_lines(old_index + k),
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

fn removed(text: &str, block: &Block, translation: Option<Range<usize>>) -> ChangedBlock {
    ChangedBlock {
        kind: block.kind.name().to_string(),
        op: Op::Removed,
        before: Some(raw(text, &block.lines)),
        after: None,
        english_before: Some(block.lines.clone()),
        english_after: None,
        translation,
        severity: Severity::Major,
    }
}

fn added(text: &str, block: &Block, translation: Option<Range<usize>>) -> ChangedBlock {
    ChangedBlock {
        kind: block.kind.name().to_string(),
        op: Op::Added,
        before: None,
        after: Some(raw(text, &block.lines)),
        english_before: None,
        english_after: Some(block.lines.clone()),
        translation,
        severity: Severity::Major,
    }
}

fn compare_front_matter(base: &Document, now: &Document, options: &Options, out: &mut Comparison) {
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
        if options.untranslatable_keys.iter().any(|k| k == key) {
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

/// Structural drift of `translation` from `english`: what a translation keeps in any
/// language (its skeleton, code, numbers, link targets, images) and no fewer sentences.
/// Paragraphs may be reordered, split or reworded: only structure is compared.
pub fn drift(english: &Document, translation: &Document) -> Vec<Drift> {
    let mut out = Vec::new();
    // Lists are one slot each (item counts are compared apart); paragraphs are not slots.
    let skeleton = |doc: &Document| -> Vec<(usize, (u8, u8))> {
        let mut seen_lists = Vec::new();
        doc.blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| match b.kind {
                BlockKind::ListItem { list } if seen_lists.contains(&list) => None,
                BlockKind::ListItem { list } => {
                    seen_lists.push(list);
                    Some((i, (2, 0)))
                }
                kind if kind.is_structural() => Some((i, slot(kind))),
                _ => None,
            })
            .collect()
    };
    let (en, tr) = (skeleton(english), skeleton(translation));
    let matched = align_skeletons(english, &en, translation, &tr);
    let pairs: Vec<(usize, usize)> = matched.iter().map(|&(a, b)| (en[a].0, tr[b].0)).collect();
    // Structure without a counterpart, on either side: the sections around it do not
    // line up, so their paragraphs are not compared (that would only echo this drift).
    let unmatched_en: Vec<usize> = (0..en.len())
        .filter(|a| !matched.iter().any(|m| m.0 == *a))
        .map(|a| en[a].0)
        .collect();
    let unmatched_tr: Vec<usize> = (0..tr.len())
        .filter(|b| !matched.iter().any(|m| m.1 == *b))
        .map(|b| tr[b].0)
        .collect();
    for &i in &unmatched_en {
        let block = &english.blocks[i];
        let line = block.lines.start;
        let message = match block.kind {
            BlockKind::Heading(_) => {
                msg!("drift-no-section", heading = block.label(), line = line)
            }
            BlockKind::ListItem { .. } => msg!("drift-no-list", line = line),
            kind => msg!(
                "drift-no-block",
                kind = crate::i18n::block_kind(kind.name()),
                line = line
            ),
        };
        out.push(Drift {
            what: block.kind.name().to_string(),
            message,
            english_line: Some(block.lines.start),
            translation_line: None,
            severity: Severity::Major,
        });
    }
    for &(i, j) in &pairs {
        let (e, t) = (&english.blocks[i], &translation.blocks[j]);
        match e.kind {
            BlockKind::ListItem { list } => {
                let BlockKind::ListItem { list: tlist } = t.kind else {
                    continue;
                };
                fn items(doc: &Document, l: usize) -> Vec<&Block> {
                    doc.blocks
                        .iter()
                        .filter(|b| b.kind == BlockKind::ListItem { list: l })
                        .collect()
                }
                let (ei, ti) = (items(english, list), items(translation, tlist));
                if ei.len() != ti.len() {
                    out.push(Drift {
                        what: "list".into(),
                        message: msg!(
                            "drift-list-items",
                            line = e.lines.start,
                            english = ei.len(),
                            translation = ti.len()
                        ),
                        english_line: Some(e.lines.start),
                        translation_line: Some(t.lines.start),
                        severity: Severity::Major,
                    });
                } else {
                    for (a, b) in ei.iter().zip(&ti) {
                        verbatim(&[*a], &[*b], &mut out);
                    }
                }
            }
            BlockKind::Code if e.text != t.text || e.code != t.code => out.push(Drift {
                what: "code block".into(),
                message: msg!(
                    "drift-code-block",
                    line = e.lines.start,
                    tline = t.lines.start
                ),
                english_line: Some(e.lines.start),
                translation_line: Some(t.lines.start),
                severity: Severity::Major,
            }),
            BlockKind::Table if e.table != t.table => {
                let (er, ec) = e.table.unwrap_or_default();
                let (tr, tc) = t.table.unwrap_or_default();
                out.push(Drift {
                    what: "table".into(),
                    message: msg!(
                        "drift-table",
                        line = e.lines.start,
                        rows = er,
                        columns = ec,
                        trows = tr,
                        tcolumns = tc
                    ),
                    english_line: Some(e.lines.start),
                    translation_line: Some(t.lines.start),
                    severity: Severity::Major,
                });
            }
            BlockKind::Heading(_) => {
                if e.anchor.is_some() && e.anchor != t.anchor {
                    out.push(Drift {
                        what: "anchor".into(),
                        message: match &t.anchor {
                            Some(anchor) => msg!(
                                "drift-anchor",
                                line = e.lines.start,
                                anchor =
                                    format!("{{#{}}}", e.anchor.as_deref().unwrap_or_default()),
                                tline = t.lines.start,
                                tanchor = format!("{{#{anchor}}}")
                            ),
                            None => msg!(
                                "drift-anchor-none",
                                line = e.lines.start,
                                anchor =
                                    format!("{{#{}}}", e.anchor.as_deref().unwrap_or_default()),
                                tline = t.lines.start
                            ),
                        },
                        english_line: Some(e.lines.start),
                        translation_line: Some(t.lines.start),
                        severity: Severity::Minor,
                    });
                }
                verbatim(&[e], &[t], &mut out);
            }
            BlockKind::Shortcode => {
                let name = |b: &Block| b.text.split_whitespace().next().map(str::to_string);
                if name(e) != name(t) {
                    out.push(Drift {
                        what: "shortcode".into(),
                        message: msg!(
                            "drift-shortcode",
                            line = e.lines.start,
                            name = name(t).unwrap_or_default(),
                            tline = t.lines.start
                        ),
                        english_line: Some(e.lines.start),
                        translation_line: Some(t.lines.start),
                        severity: Severity::Major,
                    });
                }
            }
            _ => {}
        }
    }
    paragraphs(
        english,
        translation,
        &pairs,
        (&unmatched_en, &unmatched_tr),
        &mut out,
    );
    images(english, translation, &mut out);
    out
}

/// Aligns two skeletons (indexes into `doc.blocks` with their slots): the matching of
/// equal slots with the highest score, where a match scores more when the sections that
/// follow have the same shape (number of paragraphs) and the blocks share verbatim items.
/// Plain longest-common-subsequence would pair the first N headings of a level and blame
/// the last one when an earlier section is missing.
fn align_skeletons(
    english: &Document,
    en: &[(usize, (u8, u8))],
    translation: &Document,
    tr: &[(usize, (u8, u8))],
) -> Vec<(usize, usize)> {
    let (n, m) = (en.len(), tr.len());
    // The common case, a translation with the same skeleton, needs no search.
    if n == m && en.iter().zip(tr).all(|(a, b)| a.1 == b.1) {
        return (0..n).map(|k| (k, k)).collect();
    }
    let (fe, ft) = (features(english, en), features(translation, tr));
    // Translations run longer or shorter than English by a fairly steady factor: estimate
    // it as the median length ratio of the sections a plain slot alignment pairs up.
    let a: Vec<(u8, u8)> = en.iter().map(|(_, s)| *s).collect();
    let b: Vec<(u8, u8)> = tr.iter().map(|(_, s)| *s).collect();
    let mut ratios: Vec<f64> = capture_diff_slices(Algorithm::Myers, &a, &b)
        .iter()
        .filter(|op| matches!(op, DiffOp::Equal { .. }))
        .flat_map(|op| op.old_range().zip(op.new_range()))
        .map(|(i, j)| ft[j].chars / fe[i].chars)
        .collect();
    ratios.sort_by(f64::total_cmp);
    let ratio = ratios.get(ratios.len() / 2).copied().unwrap_or(1.0);
    let score = |a: usize, b: usize| -> u32 {
        let (x, y) = (&fe[a], &ft[b]);
        let mut score = 100;
        if x.shape == y.shape {
            score += 20;
        }
        // Sections of proportionate length are likely the same section.
        let skew = ((y.chars / x.chars) / ratio).ln().abs();
        score += (40.0 * (1.0 - skew).max(0.0)).round() as u32;
        if x.signature == y.signature && x.signature != Default::default() {
            score += 20;
        }
        // Ties go to the pairing at the closer relative position in the documents.
        let (pe, pt) = (a as f64 / n.max(1) as f64, b as f64 / m.max(1) as f64);
        score + (4.0 * (1.0 - (pe - pt).abs())).round() as u32
    };
    // best[i][j]: best score aligning en[i..] with tr[j..].
    let mut best = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let mut value = best[i + 1][j].max(best[i][j + 1]);
            if en[i].1 == tr[j].1 {
                value = value.max(score(i, j) + best[i + 1][j + 1]);
            }
            best[i][j] = value;
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if en[i].1 == tr[j].1 && best[i][j] == score(i, j) + best[i + 1][j + 1] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// What the alignment weighs about a skeleton element, computed once.
struct Features {
    /// Paragraphs, list items, code blocks and tables it covers.
    shape: (usize, usize, usize, usize),
    /// Characters of text it covers (at least 1).
    chars: f64,
    /// Numbers, inline code and link targets of the element itself.
    signature: (Vec<String>, Vec<String>, Vec<String>),
}

/// Features of each skeleton element. A heading covers its section, up to the next
/// heading of the same or a higher level; a list its items; anything else itself.
fn features(doc: &Document, skeleton: &[(usize, (u8, u8))]) -> Vec<Features> {
    let blocks = &doc.blocks;
    skeleton
        .iter()
        .map(|&(start, _)| {
            let end = match blocks[start].kind {
                BlockKind::Heading(level) => (start + 1..blocks.len())
                    .find(|&i| matches!(blocks[i].kind, BlockKind::Heading(l) if l <= level))
                    .unwrap_or(blocks.len()),
                BlockKind::ListItem { list } => {
                    (start..blocks.len())
                        .filter(|&i| blocks[i].kind == BlockKind::ListItem { list })
                        .max()
                        .unwrap_or(start)
                        + 1
                }
                _ => start + 1,
            };
            let covered = &blocks[start..end];
            let count = |f: fn(BlockKind) -> bool| covered.iter().filter(|b| f(b.kind)).count();
            let first = &blocks[start];
            Features {
                shape: (
                    count(|k| k == BlockKind::Paragraph),
                    count(|k| matches!(k, BlockKind::ListItem { .. })),
                    count(|k| k == BlockKind::Code),
                    count(|k| k == BlockKind::Table),
                ),
                chars: covered
                    .iter()
                    .map(|b| b.text.chars().count())
                    .sum::<usize>()
                    .max(1) as f64,
                signature: (
                    markdown::numbers(&first.numeric),
                    first.code.clone(),
                    first.links.clone(),
                ),
            }
        })
        .collect()
}

/// Paragraphs are compared section by section (between aligned structural blocks), as a
/// whole: reordering, splitting or merging paragraphs inside a section is not drift, but
/// losing a number, a command, a link or sentences is.
fn paragraphs(
    english: &Document,
    translation: &Document,
    pairs: &[(usize, usize)],
    (unmatched_en, unmatched_tr): (&[usize], &[usize]),
    out: &mut Vec<Drift>,
) {
    let mut bounds: Vec<(usize, usize)> = vec![(0, 0)];
    bounds.extend(pairs.iter().map(|&(i, j)| (i + 1, j + 1)));
    bounds.push((english.blocks.len(), translation.blocks.len()));
    for window in bounds.windows(2) {
        let ((ea, ta), (eb, tb)) = (window[0], window[1]);
        if unmatched_en.iter().any(|i| (ea..eb).contains(i))
            || unmatched_tr.iter().any(|j| (ta..tb).contains(j))
        {
            continue;
        }
        let paras = |doc: &'_ Document, from: usize, to: usize| -> Vec<usize> {
            (from..to.max(from))
                .filter(|&k| k < doc.blocks.len() && doc.blocks[k].kind == BlockKind::Paragraph)
                .collect()
        };
        let ep: Vec<&Block> = paras(english, ea, eb)
            .into_iter()
            .map(|k| &english.blocks[k])
            .collect();
        let tp: Vec<&Block> = paras(translation, ta, tb)
            .into_iter()
            .map(|k| &translation.blocks[k])
            .collect();
        if !ep.is_empty() {
            verbatim(&ep, &tp, out);
        }
    }
}

/// What a translation keeps in any language, compared between a group of English blocks
/// and the corresponding group of translated ones: inline code, numbers, link targets,
/// and (for paragraphs) at least as many sentences.
fn verbatim(english: &[&Block], translation: &[&Block], out: &mut Vec<Drift>) {
    let t_line = translation.first().map(|b| b.lines.start);
    // "English line 4 has `x`, missing in the translation (line 5)".
    let missing = |line: usize, what: String| match t_line {
        Some(t) => msg!("drift-missing-at", line = line, what = what, tline = t),
        None => msg!("drift-missing", line = line, what = what),
    };
    // Items of the translation not yet matched; each English item consumes one.
    let mut code: Vec<&String> = translation.iter().flat_map(|b| &b.code).collect();
    let mut numbers: Vec<String> = translation
        .iter()
        .flat_map(|b| markdown::numbers(&b.text))
        .collect();
    let links: Vec<&String> = translation.iter().flat_map(|b| &b.links).collect();
    for e in english {
        let line = e.lines.start;
        let mut missing_code = Vec::new();
        for c in &e.code {
            match code.iter().position(|t| *t == c) {
                Some(k) => {
                    code.swap_remove(k);
                }
                None => missing_code.push(format!("`{c}`")),
            }
        }
        if !missing_code.is_empty() {
            out.push(Drift {
                what: "inline code".into(),
                message: missing(line, missing_code.join(", ")),
                english_line: Some(line),
                translation_line: t_line,
                severity: Severity::Major,
            });
        }
        let mut missing_numbers = Vec::new();
        for n in markdown::numbers(&e.numeric) {
            match numbers.iter().position(|m| *m == n) {
                Some(k) => {
                    numbers.swap_remove(k);
                }
                None => missing_numbers.push(n),
            }
        }
        if !missing_numbers.is_empty() {
            out.push(Drift {
                what: "number".into(),
                message: missing(line, missing_numbers.join(", ")),
                english_line: Some(line),
                translation_line: t_line,
                severity: Severity::Minor,
            });
        }
        let missing_links: Vec<&str> = e
            .links
            .iter()
            .filter(|l| !links.contains(l))
            .map(String::as_str)
            .collect();
        if !missing_links.is_empty() {
            out.push(Drift {
                what: "link".into(),
                message: match t_line {
                    Some(t) => msg!(
                        "drift-missing-link-at",
                        line = line,
                        links = missing_links.join(", "),
                        tline = t
                    ),
                    None => msg!(
                        "drift-missing-link",
                        line = line,
                        links = missing_links.join(", ")
                    ),
                },
                english_line: Some(line),
                translation_line: t_line,
                severity: Severity::Minor,
            });
        }
    }
    if english.iter().all(|b| b.kind == BlockKind::Paragraph) {
        let es: usize = english.iter().map(|b| markdown::sentences(&b.text)).sum();
        let ts: usize = translation
            .iter()
            .map(|b| markdown::sentences(&b.text))
            .sum();
        if es > ts {
            let line = english[0].lines.start;
            out.push(Drift {
                what: "sentences".into(),
                message: match t_line {
                    Some(t) => msg!(
                        "drift-sentences",
                        line = line,
                        english = es,
                        tline = t,
                        translation = ts
                    ),
                    None => msg!("drift-sentences-missing", line = line, english = es),
                },
                english_line: Some(line),
                translation_line: t_line,
                severity: Severity::Minor,
            });
        }
    }
}

fn images(english: &Document, translation: &Document, out: &mut Vec<Drift>) {
    let in_translation: Vec<&String> = translation.blocks.iter().flat_map(|b| &b.images).collect();
    for block in &english.blocks {
        for image in &block.images {
            if !in_translation.contains(&image) {
                out.push(Drift {
                    what: "image".into(),
                    message: msg!("drift-image", image = image, line = block.lines.start),
                    english_line: Some(block.lines.start),
                    translation_line: None,
                    severity: Severity::Minor,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(base: &str, now: &str) -> Comparison {
        compare(base, now, None, &Options::default())
    }

    const BASE: &str = "---\ntitle: Guide\ndate: 2025-01-01\n---\n\n## Intro\n\nCities learn from cities when they meet as equals. They share tools.\n\n- twinning\n- exchanges\n\n```sh\ntransync status --lang es\n```\n";

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
    fn changed_english_paragraph_maps_to_the_translation_lines() {
        let translation = markdown::parse(
            "---\ntitle: Guía\n---\n\n## Introducción\n\nLas ciudades aprenden de las ciudades\ncuando se encuentran como iguales. Comparten herramientas.\n\n- hermanamiento\n- intercambios\n\n```sh\ntransync status --lang es\n```\n",
        );
        let c = compare(
            BASE,
            &BASE.replace("They share tools.", "They share tools and staff."),
            Some(&translation),
            &Options::default(),
        );
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].english_before, Some(8..9));
        assert_eq!(c.changed[0].translation, Some(7..9));
        let added = compare(
            BASE,
            &BASE.replace("- exchanges", "- exchanges\n- triangular"),
            Some(&translation),
            &Options::default(),
        );
        // Inserted after the translation's second list item (line 11).
        assert_eq!(added.changed[0].translation, Some(12..12));
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
        assert_eq!(whats, ["inline code", "number", "sentences"], "{d:?}");
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
}
