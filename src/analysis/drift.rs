//! Structural drift: English now compared with the translation now, independent of
//! history. What a translation keeps in any language (its skeleton of headings, lists,
//! code and tables, the structure of its code, its numbers, link targets and images) is
//! checked; prose is not.

use std::collections::{HashMap, HashSet};

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::markdown::{self, Block, BlockKind, Parsed};
use crate::model::Severity;
use crate::report::Drift;

use super::code;
use super::compare::slot;

/// Structural drift of `translation` from `english`: what a translation keeps in any
/// language (its skeleton, code, numbers, link targets, images) and no section with
/// much less text (see [`missing_text`]). Paragraphs may be reordered, split or
/// reworded: only structure is compared.
pub(crate) fn drift(english: &Parsed, translation: &Parsed) -> Vec<Drift> {
    let mut out = Vec::new();
    // Lists are one slot each (item counts are compared apart); paragraphs are not slots.
    let skeleton = |doc: &Parsed| -> Vec<(usize, (u8, u8))> {
        let mut seen_lists = HashSet::new();
        let hidden = hidden(doc);
        doc.blocks
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden.contains(i))
            .filter_map(|(i, b)| match b.kind {
                BlockKind::ListItem { list } if !seen_lists.insert(list) => None,
                BlockKind::ListItem { .. } => Some((i, (2, 0))),
                kind if kind.is_structural() => Some((i, slot(kind))),
                _ => None,
            })
            .collect()
    };
    let (en, tr) = (skeleton(english), skeleton(translation));
    // Each list's items, found once: a page of thousands of lists (or of lists nested
    // thousands deep) must not scan every block for each of them.
    let (el, tl) = (Lists::of(english), Lists::of(translation));
    let matched = align_skeletons((english, &el), &en, (translation, &tl), &tr);
    let pairs: Vec<(usize, usize)> = matched.iter().map(|&(a, b)| (en[a].0, tr[b].0)).collect();
    // Slugging every heading costs: only pages with in-page links need it.
    let in_page = english
        .blocks
        .iter()
        .any(|b| b.links.iter().any(|l| l.starts_with('#')));
    let anchors = if in_page {
        Anchors::new(english, translation, &pairs)
    } else {
        Anchors::default()
    };
    // Structure without a counterpart, on either side: the sections around it do not
    // line up, so their paragraphs are not compared (that would only echo this drift).
    let (matched_en, matched_tr): (HashSet<usize>, HashSet<usize>) =
        matched.iter().copied().unzip();
    let unmatched_en: Vec<usize> = (0..en.len())
        .filter(|a| !matched_en.contains(a))
        .map(|a| en[a].0)
        .collect();
    let unmatched_tr: Vec<usize> = (0..tr.len())
        .filter(|b| !matched_tr.contains(b))
        .map(|b| tr[b].0)
        .collect();
    // A list with no counterpart holds its nested lists: one finding, not one per level.
    let unmatched_lists: HashSet<usize> = unmatched_en
        .iter()
        .filter_map(|&i| match english.blocks[i].kind {
            BlockKind::ListItem { list } => Some(list),
            _ => None,
        })
        .collect();
    let mut inside_unmatched = vec![false; english.list_parents.len()];
    for (list, parent) in english.list_parents.iter().enumerate() {
        // Parents come before the lists they hold: one pass in order is enough.
        inside_unmatched[list] =
            parent.is_some_and(|p| unmatched_lists.contains(&p) || inside_unmatched[p]);
    }
    for &i in &unmatched_en {
        let block = &english.blocks[i];
        if let BlockKind::ListItem { list } = block.kind
            && inside_unmatched.get(list).copied().unwrap_or(false)
        {
            continue;
        }
        let line = block.lines.start;
        let message = match block.kind {
            BlockKind::Heading(_) => {
                msg!("drift-no-section", heading = block.label(), line = line)
            }
            BlockKind::ListItem { .. } => msg!("drift-no-list", line = line),
            kind => msg!(
                "drift-no-block",
                kind = crate::model::i18n::block_kind(kind.name()),
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
                let (ei, ti) = (el.blocks(english, list), tl.blocks(translation, tlist));
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
                    let mut by_item = Vec::new();
                    for (a, b) in ei.iter().zip(&ti) {
                        verbatim(&[*a], &[*b], &anchors, &mut by_item);
                    }
                    // Items may change places in translation (a language's word order,
                    // a list re-sorted): what the list keeps as a whole is kept.
                    if !by_item.is_empty() {
                        let mut whole = Vec::new();
                        verbatim(&ei, &ti, &anchors, &mut whole);
                        by_item.retain(|d| {
                            whole
                                .iter()
                                .any(|w| w.what == d.what && w.english_line == d.english_line)
                        });
                    }
                    out.append(&mut by_item);
                }
            }
            // Comments, strings, output and localized names may be translated.
            BlockKind::Code if !code::translation_keeps(e, t) => out.push(Drift {
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
                verbatim(&[e], &[t], &anchors, &mut out);
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
        (english, &el),
        (translation, &tl),
        &pairs,
        (&unmatched_en, &unmatched_tr),
        &anchors,
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
    (english, el): (&Parsed, &Lists),
    en: &[(usize, (u8, u8))],
    (translation, tl): (&Parsed, &Lists),
    tr: &[(usize, (u8, u8))],
) -> Vec<(usize, usize)> {
    let (n, m) = (en.len(), tr.len());
    // The common case, a translation with the same skeleton, needs no search.
    if n == m && en.iter().zip(tr).all(|(a, b)| a.1 == b.1) {
        return (0..n).map(|k| (k, k)).collect();
    }
    let (fe, ft) = (features(english, el, en), features(translation, tl, tr));
    // The length ratio of the sections a plain slot alignment pairs up.
    let a: Vec<(u8, u8)> = en.iter().map(|(_, s)| *s).collect();
    let b: Vec<(u8, u8)> = tr.iter().map(|(_, s)| *s).collect();
    let ratio = median_ratio(
        capture_diff_slices(Algorithm::Myers, &a, &b)
            .iter()
            .filter(|op| matches!(op, DiffOp::Equal { .. }))
            .flat_map(|op| op.old_range().zip(op.new_range()))
            .map(|(i, j)| (fe[i].chars, ft[j].chars)),
    );
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
fn features(doc: &Parsed, lists: &Lists, skeleton: &[(usize, (u8, u8))]) -> Vec<Features> {
    let blocks = &doc.blocks;
    skeleton
        .iter()
        .map(|&(start, _)| {
            let end = match blocks[start].kind {
                BlockKind::Heading(level) => (start + 1..blocks.len())
                    .find(|&i| matches!(blocks[i].kind, BlockKind::Heading(l) if l <= level))
                    .unwrap_or(blocks.len()),
                BlockKind::ListItem { list } => {
                    lists
                        .items(list)
                        .last()
                        .copied()
                        .unwrap_or(start)
                        .max(start)
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

/// Translated length over English length, the median over `samples` (English, translated
/// lengths): translations run longer or shorter than English by a fairly steady factor
/// (Japanese has about half as many characters, Spanish a fifth more), which the median
/// finds even when a few sections are off. 1 without samples.
fn median_ratio(samples: impl Iterator<Item = (f64, f64)>) -> f64 {
    let mut ratios: Vec<f64> = samples
        .filter(|&(english, translated)| english > 0.0 && translated > 0.0)
        .map(|(english, translated)| translated / english)
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios.get(ratios.len() / 2).copied().unwrap_or(1.0)
}

/// Characters a reader reads in `blocks` (link targets are not read).
fn prose_len(blocks: &[&Block]) -> f64 {
    blocks
        .iter()
        .map(|b| markdown::without_targets(&b.text).chars().count())
        .sum::<usize>() as f64
}

/// The items of each list of a document, by list.
#[derive(Default)]
struct Lists(HashMap<usize, Vec<usize>>);

impl Lists {
    fn of(doc: &Parsed) -> Lists {
        let mut lists: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, b) in doc.blocks.iter().enumerate() {
            if let BlockKind::ListItem { list } = b.kind {
                lists.entry(list).or_default().push(i);
            }
        }
        Lists(lists)
    }

    /// The indexes of a list's items, in order.
    fn items(&self, list: usize) -> &[usize] {
        self.0.get(&list).map_or(&[], Vec::as_slice)
    }

    fn blocks<'a>(&self, doc: &'a Parsed, list: usize) -> Vec<&'a Block> {
        self.items(list).iter().map(|&i| &doc.blocks[i]).collect()
    }
}

/// Prose length of the whole list or the table at block `i`; `None` for other blocks.
fn list_or_table_len((doc, lists): (&Parsed, &Lists), i: usize) -> Option<f64> {
    let blocks: Vec<&Block> = match doc.blocks[i].kind {
        BlockKind::ListItem { list } => lists.blocks(doc, list),
        BlockKind::Table => vec![&doc.blocks[i]],
        _ => return None,
    };
    Some(prose_len(&blocks))
}

/// Paragraphs are compared section by section (between aligned structural blocks), as a
/// whole: reordering, splitting or merging paragraphs inside a section is not drift, but
/// losing a number, a command, a link or a good part of the text is.
fn paragraphs(
    (english, el): (&Parsed, &Lists),
    (translation, tl): (&Parsed, &Lists),
    pairs: &[(usize, usize)],
    (unmatched_en, unmatched_tr): (&[usize], &[usize]),
    anchors: &Anchors,
    out: &mut Vec<Drift>,
) {
    let mut bounds: Vec<(usize, usize)> = vec![(0, 0)];
    bounds.extend(pairs.iter().map(|&(i, j)| (i + 1, j + 1)));
    bounds.push((english.blocks.len(), translation.blocks.len()));
    let mut sections = Vec::new();
    for window in bounds.windows(2) {
        let ((ea, ta), (eb, tb)) = (window[0], window[1]);
        // Both are in document order: a binary search, not a scan per section.
        let any_in = |sorted: &[usize], range: std::ops::Range<usize>| {
            let k = sorted.partition_point(|&i| i < range.start);
            sorted.get(k).is_some_and(|&i| i < range.end)
        };
        if any_in(unmatched_en, ea..eb) || any_in(unmatched_tr, ta..tb) {
            continue;
        }
        let paras = |doc: &'_ Parsed, from: usize, to: usize| -> Vec<usize> {
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
            sections.push((ep, tp));
        }
    }
    // The document's own length ratio, from its sections of prose and from its lists and
    // tables (translated prose too, and samples when the document has one section).
    let ratio = median_ratio(
        sections
            .iter()
            .map(|(ep, tp)| (prose_len(ep), prose_len(tp)))
            .chain(pairs.iter().filter_map(|&(i, j)| {
                Some((
                    list_or_table_len((english, el), i)?,
                    list_or_table_len((translation, tl), j)?,
                ))
            })),
    );
    for (ep, tp) in &sections {
        verbatim(ep, tp, anchors, out);
        missing_text(ep, tp, ratio, out);
    }
}

/// Below this share of what English has, a section's translation is short (see
/// [`missing_text`]).
const SHORT: f64 = 0.6;

/// Flags a section whose translation leaves out text. Two measures must both say so,
/// since each alone misleads: translations merge and split sentences (and Thai writes no
/// full stops), and run shorter or longer than English. A translation is short when it
/// has under 60 % of the text that the document's `ratio` predicts from the English
/// and under 60 % of the English sentences, at least two fewer: a paragraph left out,
/// never a merged sentence or a language that says more in fewer characters.
fn missing_text(english: &[&Block], translation: &[&Block], ratio: f64, out: &mut Vec<Drift>) {
    // Length first: it is cheap, and seldom short, so sentences are seldom segmented.
    if prose_len(translation) >= SHORT * ratio * prose_len(english) {
        return;
    }
    let count =
        |blocks: &[&Block]| -> usize { blocks.iter().map(|b| markdown::sentences(&b.text)).sum() };
    let (es, ts) = (count(english), count(translation));
    if (ts as f64) >= SHORT * es as f64 || ts + 2 > es {
        return;
    }
    let t_line = translation.first().map(|b| b.lines.start);
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

/// What a translation keeps in any language, compared between a group of English blocks
/// and the corresponding group of translated ones: inline code, numbers, link targets.
/// A link's fragment is not kept: it names a heading, and headings are translated. So a
/// link to another page is compared without it (`guide#forms` is kept by
/// `guide#formes`), and an in-page link by the heading it points to (see [`Anchors`]).
fn verbatim(english: &[&Block], translation: &[&Block], anchors: &Anchors, out: &mut Vec<Drift>) {
    let t_line = translation.first().map(|b| b.lines.start);
    // "English line 4 has `x`, missing in the translation (line 5)".
    let missing = |line: usize, what: String| match t_line {
        Some(t) => msg!("drift-missing-at", line = line, what = what, tline = t),
        None => msg!("drift-missing", line = line, what = what),
    };
    // Items of the translation not yet matched; each English item consumes one.
    // Inline code: spans kept verbatim first, so that a looser match (quotation marks
    // instead of code, a localized file name) cannot take a span another English span
    // has as it is.
    let mut spans: Vec<&str> = translation
        .iter()
        .flat_map(|b| &b.code)
        .map(String::as_str)
        .collect();
    // A span the translation has at all keeps every English mention of it: translators
    // merge repeated mentions ("`async` … `async`" → one `async`).
    let all = spans.clone();
    let unmatched: Vec<Vec<&str>> = english
        .iter()
        .map(|e| {
            e.code
                .iter()
                .filter(|c| match spans.iter().position(|t| t == c) {
                    Some(k) => {
                        spans.swap_remove(k);
                        false
                    }
                    None => true,
                })
                .map(String::as_str)
                .collect()
        })
        .collect();
    let text = translation
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut numbers: Vec<String> = translation
        .iter()
        .flat_map(|b| markdown::numbers(&b.text))
        .collect();
    let (mut fragments, mut pages) = (Vec::new(), Vec::new());
    for link in translation.iter().flat_map(|b| &b.links) {
        match link.split_once('#') {
            Some(("", fragment)) => fragments.push(fragment_key(fragment)),
            Some((page, _)) => pages.push(without_query(page)),
            None => pages.push(without_query(link)),
        }
    }
    for (e, unmatched) in english.iter().zip(&unmatched) {
        let line = e.lines.start;
        let (mut missing_code, mut missing_words) = (Vec::new(), Vec::new());
        for c in unmatched {
            if all.iter().any(|t| code::equivalent(c, t)) {
                continue;
            }
            match code::inline_kept(c, &spans, &text) {
                Some(code::InlineKept::Span(k)) => {
                    spans.swap_remove(k);
                }
                Some(code::InlineKept::Text) => {}
                None if code::is_plain(c) => missing_words.push(format!("`{c}`")),
                None => missing_code.push(format!("`{c}`")),
            }
        }
        // Named once each, though the English repeats them.
        let mut named = std::collections::HashSet::new();
        missing_code.retain(|c| named.insert(c.clone()));
        missing_words.retain(|c| named.insert(c.clone()));
        // One word of code (`list`, `forbid`) is often written as a word of the
        // language ("lista", **prohibir**): a block that lost only that is translated
        // freely; one that lost several words and half its spans lost its code.
        let spans_here = e.code.iter().filter(|c| !c.starts_with("lang:")).count();
        let severity = if missing_code.is_empty() {
            Severity::Minor
        } else {
            Severity::Major
        };
        if missing_words.len() >= 2 && 2 * missing_words.len() >= spans_here {
            missing_code.append(&mut missing_words);
        }
        if !missing_code.is_empty() {
            out.push(Drift {
                what: "inline code".into(),
                message: missing(line, missing_code.join(", ")),
                english_line: Some(line),
                translation_line: t_line,
                severity,
            });
        }
        let mut missing_numbers = Vec::new();
        for n in markdown::numbers(&e.numeric) {
            // "2,3 and 4" in English is a list the translation writes "2, 3 y 4".
            let parts: Vec<&str> = n.split('.').collect();
            let listed =
                || parts.len() == 2 && parts.iter().all(|p| numbers.iter().any(|m| m == p));
            match numbers.iter().position(|m| *m == n) {
                Some(k) => {
                    numbers.swap_remove(k);
                }
                None if listed() => {}
                // Style guides in most languages write small numbers as words ("two",
                // "zwei", "二"): a lone digit the translation spelled out is kept.
                None if n.len() == 1 => {}
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
        let mut missing_links = Vec::new();
        // A link to a site in the reader's language (`//wikipedia.org/…`, see
        // `markdown::normalise_target`) is kept by any link to that site.
        let linked = |page: &str| {
            let page = without_query(page);
            pages.contains(&page)
                || site(page).is_some_and(|s| pages.iter().any(|p| site(p) == Some(s)))
                // `vite.dev/guide/assets` → `ja.vite.dev/guide/assets`.
                || pages.iter().any(|p| article(p) == Some(page))
        };
        for link in &e.links {
            let kept = match link.split_once('#') {
                Some(("", fragment)) => anchors.take(fragment, &mut fragments),
                Some((page, _)) => linked(page),
                None => linked(link),
            };
            if !kept {
                missing_links.push(link.as_str());
            }
        }
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
}

/// The blocks no reader sees, which a translation need not have: an HTML comment, and
/// what a Hugo `{{% comment %}}` … `{{% /comment %}}` holds (both shortcodes included).
fn hidden(doc: &Parsed) -> HashSet<usize> {
    let shortcode = |b: &Block, closing: bool| {
        b.kind == BlockKind::Shortcode && {
            let t: String = b.text.chars().filter(|c| !c.is_whitespace()).collect();
            let name = if closing { "/comment" } else { "comment" };
            ["{{%", "{{<"]
                .iter()
                .any(|open| t.starts_with(&format!("{open}{name}")))
        }
    };
    let mut out = HashSet::new();
    let mut inside = false;
    for (i, b) in doc.blocks.iter().enumerate() {
        if shortcode(b, false) {
            inside = true;
        }
        let comment = b.kind == BlockKind::Html && {
            let t = b.text.trim();
            t.starts_with("<!--") && t.ends_with("-->")
        };
        if inside || comment {
            out.insert(i);
        }
        if shortcode(b, true) {
            inside = false;
        }
    }
    out
}

/// A page without its query (`?from_branch=main`), which tunes the visit: a
/// translation may drop it or write another.
fn without_query(page: &str) -> &str {
    page.split_once('?').map_or(page, |(page, _)| page)
}

/// The site of a link to a site in the reader's language (`//wikipedia.org/…`).
fn site(page: &str) -> Option<&str> {
    page.strip_prefix("//")?
        .split_once('/')
        .map(|(site, _)| site)
}

/// The page of a link to a site in the reader's language (`//vite.dev/assets`).
fn article(page: &str) -> Option<&str> {
    page.strip_prefix("//")?
        .split_once('/')
        .map(|(_, article)| article)
}

/// Where in-page links (`#id`) point, in both languages. Each heading answers to its
/// `{#id}` and to the slug its site gives it (see [`markdown::slug`]), so a translated
/// heading answers to a translated slug: `#create-a-project` in English is kept by
/// `#プロジェクトの作成` when that is the heading aligned with "Create a project".
#[derive(Default)]
struct Anchors {
    /// The ids of the translated heading aligned with an English one, by English id.
    aligned: HashMap<String, Vec<String>>,
    /// Every id of a translated heading.
    translated: HashSet<String>,
}

impl Anchors {
    fn new(english: &Parsed, translation: &Parsed, pairs: &[(usize, usize)]) -> Anchors {
        let (en, tr) = (heading_ids(english), heading_ids(translation));
        let mut aligned = HashMap::new();
        for (i, j) in pairs {
            if let (Some(english_ids), Some(translated_ids)) = (en.get(i), tr.get(j)) {
                for id in english_ids {
                    aligned.insert(id.clone(), translated_ids.clone());
                }
            }
        }
        Anchors {
            aligned,
            translated: tr.into_values().flatten().collect(),
        }
    }

    /// Whether the translation keeps an English in-page link to `fragment`, among its
    /// in-page links `fragments` (as [`fragment_key`]s), using up the one that does: a
    /// link to the same id or to the aligned heading; failing that, when the alignment
    /// cannot tell which heading the English link or a translated one points to (ids set
    /// by HTML, another slug style), any. A translated link to another heading does not.
    fn take(&self, fragment: &str, fragments: &mut Vec<String>) -> bool {
        let key = fragment_key(fragment);
        let expected = self.aligned.get(&key);
        let found = fragments
            .iter()
            .position(|f| *f == key || expected.is_some_and(|ids| ids.contains(f)))
            .or_else(|| {
                fragments
                    .iter()
                    .position(|f| expected.is_none() || !self.translated.contains(f))
            });
        found.map(|k| fragments.swap_remove(k)).is_some()
    }
}

/// The ids of each heading of `doc`, by block index: the slug of its text (`-1`, `-2`…
/// after the first of equal slugs, as GitHub and Docusaurus count) and its `{#id}`.
fn heading_ids(doc: &Parsed) -> HashMap<usize, Vec<String>> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    doc.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading(_)))
        .map(|(i, b)| {
            let slug = markdown::slug(&markdown::without_targets(&b.text));
            let count = seen.entry(slug.clone()).or_insert(0);
            let mut ids = vec![match *count {
                0 => slug,
                n => format!("{slug}-{n}"),
            }];
            *count += 1;
            ids.extend(b.anchor.as_deref().map(fragment_key));
            (i, ids)
        })
        .collect()
}

/// A fragment as it names an id: percent-decoded (`#%E4%BD%9C` is `#作`) and in lower
/// case, as slugs are and as GitHub resolves them.
fn fragment_key(fragment: &str) -> String {
    percent_encoding::percent_decode_str(fragment)
        .decode_utf8_lossy()
        .to_lowercase()
}

fn images(english: &Parsed, translation: &Parsed, out: &mut Vec<Drift>) {
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

    #[track_caller]
    fn whats(english: &str, translation: &str) -> Vec<String> {
        drift(&markdown::parse(english), &markdown::parse(translation))
            .into_iter()
            .map(|d| d.what)
            .collect()
    }

    const EN: &str = "## Intro\n\nCities learn from cities. They meet as equals. They share tools and staff.\n\n## Forms\n\nTwinning links two towns for years. Exchanges are shorter. Both need a budget.\n\nA partnership starts with a letter of intent. The councils then vote on it. A first visit follows within a year.\n\n## Tools\n\nThe guide lists the tools. Each has an example.\n";
    /// A faithful Japanese translation, about 40 % of the English characters, that merges
    /// sentences: three into one in the introduction.
    const JA: &str = "## はじめに\n\n都市は都市から学び、対等に出会い、道具と職員を共有する。\n\n## 形態\n\n姉妹都市は二つの町を何年も結ぶ。交流はより短い。どちらも予算が必要だ。\n\n提携は意向書から始まる。その後、議会が採決し、一年以内に最初の訪問が行われる。\n\n## ツール\n\nガイドはツールを挙げ、それぞれに例がある。\n";

    #[test]
    fn a_missing_nested_list_is_one_finding() {
        let en = markdown::parse("# A\n\nText.\n\n- one\n  - two\n    - three\n\nEnd.\n");
        let tr = markdown::parse("# A\n\nTexte.\n\nFin.\n");
        let found = drift(&en, &tr);
        let lists: Vec<_> = found.iter().filter(|d| d.what == "list item").collect();
        assert_eq!(lists.len(), 1, "{found:#?}");
        assert_eq!(lists[0].english_line, Some(5));
    }

    #[test]
    fn thousands_of_lists_nested_or_not_are_read_in_linear_time() {
        // Each list's items and the unmatched structure were found by scanning every
        // block for each list: 40,000 nested lists took 29 s. No timing asserted: a
        // regression shows as a test that does not finish.
        let nested = format!("# Deep\n\n{}item\n", "- ".repeat(40_000));
        let en = markdown::parse(&nested);
        assert!(drift(&en, &markdown::parse(&nested.replace("item", "élément"))).is_empty());
        // A translation without them: every list unmatched, said once for the outermost.
        let lost = drift(&en, &markdown::parse("# Profond\n\nélément\n"));
        assert_eq!(lost.len(), 1, "{:?}", lost.first());
    }

    #[test]
    fn inline_code_turned_into_quotes_or_localized_is_kept() {
        let en =
            "## Files\n\nThe `\"items\"` key lists them in `Hello world.txt`; call `read()`.\n";
        let de = "## Dateien\n\nDer Schlüssel „items“ listet sie in `Hallo Welt.txt` auf; rufen Sie `read()` auf.\n";
        assert!(whats(en, de).is_empty(), "{:?}", whats(en, de));
        let changed = de.replace("`read()`", "`write()`");
        assert_eq!(whats(en, &changed), ["inline code"]);
    }

    #[test]
    fn a_small_number_spelled_out_is_kept_a_larger_one_is_not() {
        let en = "## Steps\n\nIt takes 2 steps and 15 minutes.\n";
        let de = "## Schritte\n\nEs braucht zwei Schritte und 15 Minuten.\n";
        assert!(whats(en, de).is_empty(), "{:?}", whats(en, de));
        let short = "## Schritte\n\nEs braucht zwei Schritte und eine Viertelstunde.\n";
        assert_eq!(whats(en, short), ["number"]);
    }

    #[test]
    fn merged_sentences_and_a_compact_language_are_not_missing_text() {
        assert!(whats(EN, JA).is_empty(), "{:?}", whats(EN, JA));
    }

    #[test]
    fn one_sentence_fewer_is_never_missing_text() {
        let fr = "## Intro\n\nLes villes apprennent des villes. Elles partagent outils et personnel.\n\n## Formes\n\nLe jumelage lie deux villes pendant des années. Les échanges sont plus courts. Tous deux demandent un budget.\n\nUn partenariat commence par une lettre d’intention. Les conseils la votent.\n\n## Outils\n\nLe guide liste les outils.\n";
        assert!(whats(EN, fr).is_empty(), "{:?}", whats(EN, fr));
    }

    #[test]
    fn a_paragraph_left_out_is_missing_text() {
        let skipped = JA.replace(
            "\n\n提携は意向書から始まる。その後、議会が採決し、一年以内に最初の訪問が行われる。",
            "",
        );
        let d = drift(&markdown::parse(EN), &markdown::parse(&skipped));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message.english(),
            "the text from English line 7 has 6 sentences, the translation (line 7) 3"
        );
        // A section whose prose is all gone.
        let emptied = JA.replace("ガイドはツールを挙げ、それぞれに例がある。\n", "");
        assert_eq!(whats(EN, &emptied), ["sentences"]);
    }

    #[test]
    fn in_page_links_follow_the_translated_heading() {
        let en = "## Create a new project\n\nRun it.\n\n## Next\n\nSee [above](#create-a-new-project).\n";
        let ja = "## 新しいプロジェクトの作成\n\n実行する。\n\n## 次へ\n\n[上記](#新しいプロジェクトの作成)を参照。\n";
        assert!(whats(en, ja).is_empty(), "{:?}", whats(en, ja));
        // Percent-encoded, or to an explicit id of the translated heading.
        let encoded = |fragment: &str| ja.replace("#新しいプロジェクトの作成", fragment);
        assert!(whats(en, &encoded("#%E6%96%B0%E3%81%97%E3%81%84%E3%83%97%E3%83%AD%E3%82%B8%E3%82%A7%E3%82%AF%E3%83%88%E3%81%AE%E4%BD%9C%E6%88%90")).is_empty());
        assert_eq!(whats(en, &encoded("#%E6%AC%A1%E3%81%B8")), ["link"], "次へ");
        let with_ids = ja
            .replace("の作成\n", "の作成 {#sakusei}\n")
            .replace("次へ\n", "次へ {#tsugi}\n");
        assert!(
            whats(
                en,
                &with_ids.replace("(#新しいプロジェクトの作成)", "(#sakusei)")
            )
            .is_empty()
        );
        assert_eq!(
            whats(
                en,
                &with_ids.replace("(#新しいプロジェクトの作成)", "(#tsugi)")
            ),
            ["link"]
        );
        // An id the alignment does not know (another slug style) is given the benefit of
        // the doubt; a link to another heading of the translation is not.
        assert!(whats(en, &ja.replace("#新しいプロジェクトの作成", "#sakusei")).is_empty());
        assert_eq!(
            whats(en, &ja.replace("#新しいプロジェクトの作成", "#次へ")),
            ["link"]
        );
        assert_eq!(
            whats(en, &ja.replace("[上記](#新しいプロジェクトの作成)", "上記")),
            ["link"]
        );
    }

    #[test]
    fn links_to_other_pages_are_compared_without_their_fragment() {
        let en = "See [templates](/docs/guide#using-templates) and [setup](setup.md#install).\n";
        let fr = "Voir [les modèles](/fr/docs/guide#utilisation-des-modèles) et [l’installation](setup.md).\n";
        assert!(whats(en, fr).is_empty(), "{:?}", whats(en, fr));
        let other = fr.replace("/fr/docs/guide#", "/fr/docs/other#");
        let d = drift(&markdown::parse(en), &markdown::parse(&other));
        assert_eq!(
            d[0].message.english(),
            "English line 1 has a link to guide#using-templates, missing in the translation (line 1)"
        );
    }

    #[test]
    fn repeated_headings_get_numbered_slugs() {
        let doc = markdown::parse("## Usage\n\n## Usage\n\n## Other {#x}\n");
        let ids: Vec<Vec<String>> = {
            let mut ids: Vec<_> = heading_ids(&doc).into_iter().collect();
            ids.sort();
            ids.into_iter().map(|(_, ids)| ids).collect()
        };
        assert_eq!(ids, [vec!["usage"], vec!["usage-1"], vec!["other", "x"]]);
    }
}
