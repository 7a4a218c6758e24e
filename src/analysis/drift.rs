//! Structural drift: English now compared with the translation now, independent of
//! history. What a translation keeps in any language (its skeleton of headings, lists,
//! code and tables, the structure of its code, its numbers, link targets and images) is
//! checked; prose is not.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::markdown::{self, Block, BlockKind, Parsed};
use crate::model::Severity;
use crate::report::Drift;

use super::code;
use super::compare::slot;

/// Structural drift of `translation` from `english`: what a translation keeps in any
/// language (its skeleton, code, numbers, link targets, images) and no fewer sentences.
/// Paragraphs may be reordered, split or reworded: only structure is compared.
pub(crate) fn drift(english: &Parsed, translation: &Parsed) -> Vec<Drift> {
    let mut out = Vec::new();
    // Lists are one slot each (item counts are compared apart); paragraphs are not slots.
    let skeleton = |doc: &Parsed| -> Vec<(usize, (u8, u8))> {
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
                fn items(doc: &Parsed, l: usize) -> Vec<&Block> {
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
    english: &Parsed,
    en: &[(usize, (u8, u8))],
    translation: &Parsed,
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
fn features(doc: &Parsed, skeleton: &[(usize, (u8, u8))]) -> Vec<Features> {
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
    english: &Parsed,
    translation: &Parsed,
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
