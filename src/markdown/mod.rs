//! Markdown as a sequence of blocks, so that changes and structure are compared by meaning
//! rather than by bytes. pulldown-cmark does the parsing; this module turns its events into
//! [`Block`]s with a normalised text (emphasis markers, bullets, heading style, fences and
//! line wrapping all disappear in it) and the verbatim items a translation must keep.
//! MDX pages ([`Flavor::Mdx`]) are parsed by markdown-rs instead, in [`mdx`], into the
//! same blocks: pulldown-cmark would read JSX, imports and indented component content
//! as HTML, paragraphs and code.

use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use regex::Regex;

pub(crate) mod frontmatter;
mod mdx;
mod prose;

pub(crate) use prose::{numbers, sentences, slug};

/// What a block is. Headings carry their level; list items the index of their list in
/// the document, so "list at line 30 has 5 items" can be said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum BlockKind {
    Heading(u8),
    Paragraph,
    ListItem { list: usize },
    Code,
    Table,
    Html,
    Shortcode,
    Rule,
}

impl BlockKind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            BlockKind::Heading(_) => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem { .. } => "list item",
            BlockKind::Code => "code block",
            BlockKind::Table => "table",
            BlockKind::Html => "HTML block",
            BlockKind::Shortcode => "shortcode",
            BlockKind::Rule => "thematic break",
        }
    }

    /// Kinds that give a document its shape and must have a counterpart in every
    /// translation. Paragraphs are left out: translators may split, merge or reorder them.
    pub(crate) fn is_structural(self) -> bool {
        !matches!(self, BlockKind::Paragraph | BlockKind::Rule)
    }
}

/// A leaf block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub kind: BlockKind,
    /// 1-based line range in the file (front matter included in the numbering).
    pub lines: Range<usize>,
    /// The text as a reader sees it, whitespace collapsed, link targets normalised:
    /// cosmetic edits leave it unchanged.
    pub text: String,
    /// Inline code spans, verbatim.
    pub code: Vec<String>,
    /// Link targets, normalised (see [`normalise_target`]).
    pub links: Vec<String>,
    /// Image sources, normalised.
    pub images: Vec<String>,
    /// The text without link texts, where numbers are looked for: a link's text is often
    /// the title of another page, which translators adapt ("Cooperation 101").
    pub numeric: String,
    /// Heading anchor (`{#id}`).
    pub anchor: Option<String>,
    /// Table shape (rows including the header, columns).
    pub table: Option<(usize, usize)>,
}

impl Block {
    /// A short way to name the block to a person: the heading text or the first words.
    pub(crate) fn label(&self) -> String {
        let words: Vec<&str> = self.text.split_whitespace().take(8).collect();
        let mut label = words.join(" ");
        if self.text.split_whitespace().count() > 8 {
            label.push('…');
        }
        label
    }
}

/// A parsed Markdown file: its front matter and its blocks.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed {
    /// Front matter as JSON values by top-level key, `None` when there is none or it
    /// does not parse (the status analysis reports that separately).
    front_matter: Option<(frontmatter::Syntax, String)>,
    pub blocks: Vec<Block>,
    /// For each list (by the id in [`BlockKind::ListItem`]), the list it is nested in.
    pub list_parents: Vec<Option<usize>>,
}

static SHORTCODE: LazyLock<Regex> = LazyLock::new(|| {
    // Hugo: {{< name args >}} and {{% name args %}}; the delimiter choice is cosmetic.
    Regex::new(r"\{\{[<%]\s*(/?[\w.-]+)((?:[^}]|\}[^}])*?)\s*[%>]\}\}").expect("valid regex")
});

/// Which syntax a document is written in, told by its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Flavor {
    /// CommonMark with tables, footnotes, strikethrough and heading attributes
    /// (`.md`, `.markdown` and anything else).
    #[default]
    Markdown,
    /// MDX: Markdown with ESM, JSX and `{expressions}` (`.mdx`).
    Mdx,
}

impl Flavor {
    /// The flavor of the file at `path` (only its name is looked at).
    pub(crate) fn of_path(path: &str) -> Flavor {
        let mdx = std::path::Path::new(path)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("mdx"));
        if mdx { Flavor::Mdx } else { Flavor::Markdown }
    }
}

/// Parses a document of the given flavor.
pub(crate) fn parse_as(text: &str, flavor: Flavor) -> Parsed {
    match flavor {
        Flavor::Markdown => parse(text),
        Flavor::Mdx => parse_mdx(text),
    }
}

/// Parses an MDX file (with or without front matter) into the blocks [`parse`] gives
/// Markdown; see [`mdx`] for how ESM, JSX and expressions map onto them. MDX has syntax
/// errors where Markdown has none: a file that is not valid MDX (an unclosed tag, an
/// HTML comment, a stray `<` or `{`) is read as Markdown instead, so that it still gets
/// compared; the site's own build reports the error.
pub(crate) fn parse_mdx(text: &str) -> Parsed {
    mdx::parse(text).unwrap_or_else(|| parse(text))
}

/// Byte offsets of a file's body as 1-based lines of the file (front matter counted).
pub(super) struct Lines<'a> {
    body: &'a str,
    starts: Vec<usize>,
    /// Lines before the body.
    offset: usize,
}

impl<'a> Lines<'a> {
    /// `text` is the whole file, its body starting at byte `body_start`.
    pub(super) fn new(text: &'a str, body_start: usize) -> Lines<'a> {
        let body = &text[body_start..];
        Lines {
            body,
            starts: std::iter::once(0)
                .chain(body.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            offset: text[..body_start].matches('\n').count(),
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) + self.offset
    }

    /// The lines of a block over `range` of the body; a range that runs over the blank
    /// lines after the block does not take them in.
    pub(super) fn span(&self, range: Range<usize>) -> Range<usize> {
        let end = range.start + self.body[range.clone()].trim_end().len();
        self.line_of(range.start)..self.line_of(end.saturating_sub(1).max(range.start)) + 1
    }
}

impl Block {
    /// A block of `kind` over `lines`, its content still to be filled.
    pub(super) fn empty(kind: BlockKind, lines: Range<usize>) -> Block {
        Block {
            kind,
            lines,
            text: String::new(),
            numeric: String::new(),
            code: Vec::new(),
            links: Vec::new(),
            images: Vec::new(),
            anchor: None,
            table: None,
        }
    }
}

/// Parses a Markdown file (with or without front matter).
pub(crate) fn parse(text: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (front_matter, body_start) = split_front_matter(text);
    let body = &text[body_start..];
    let lines = Lines::new(text, body_start);

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES;
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    // Nesting of list items: an item's own text ends where a nested list starts.
    let mut item_depth = 0usize;
    let mut lists = 0usize;
    let mut list_stack: Vec<usize> = Vec::new();
    let mut list_parents: Vec<Option<usize>> = Vec::new();
    let mut table_rows = 0usize;
    let mut table_cols = 0usize;
    let mut link_stack: Vec<String> = Vec::new();

    // A block's range may run over the blank lines after it: they are not part of it.
    let start_block =
        |kind: BlockKind, range: &Range<usize>| Block::empty(kind, lines.span(range.clone()));
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                finish(current.take(), &mut blocks);
                let mut block = start_block(BlockKind::Heading(heading_level(level)), &range);
                block.anchor = id.map(|id| id.to_string());
                current = Some(block);
            }
            Event::Start(Tag::Paragraph) if current.is_none() => {
                current = Some(start_block(BlockKind::Paragraph, &range));
            }
            Event::Start(Tag::List(_)) => {
                // A nested list ends the text of the item that contains it, and its
                // lines: what comes after the item's own text is the nested items'.
                if let Some(item) = current.as_mut() {
                    let nested = lines.span(range.clone()).start;
                    if nested > item.lines.start {
                        item.lines.end = item.lines.end.min(nested);
                    }
                }
                finish(current.take(), &mut blocks);
                list_parents.push(list_stack.last().copied());
                list_stack.push(lists);
                lists += 1;
            }
            Event::End(TagEnd::List(_)) => {
                finish(current.take(), &mut blocks);
                list_stack.pop();
            }
            Event::Start(Tag::Item) => {
                finish(current.take(), &mut blocks);
                item_depth += 1;
                let list = list_stack.last().copied().unwrap_or(0);
                current = Some(start_block(BlockKind::ListItem { list }, &range));
            }
            Event::End(TagEnd::Item) => {
                item_depth = item_depth.saturating_sub(1);
                finish(current.take(), &mut blocks);
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                finish(current.take(), &mut blocks);
                let mut block = start_block(BlockKind::Code, &range);
                // The info string (language) is part of the code's identity.
                if let CodeBlockKind::Fenced(info) = kind {
                    let lang = info.split_whitespace().next().unwrap_or("");
                    if !lang.is_empty() {
                        block.code.push(format!("lang:{lang}"));
                    }
                }
                current = Some(block);
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(mut block) = current.take() {
                    // Code is compared exactly, but a trailing newline is not content.
                    let code = std::mem::take(&mut block.text);
                    block.text = code.trim_end_matches('\n').to_string();
                    blocks.push(block);
                }
            }
            Event::Start(Tag::Table(alignments)) => {
                finish(current.take(), &mut blocks);
                table_rows = 0;
                table_cols = alignments.len();
                current = Some(start_block(BlockKind::Table, &range));
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                table_rows += 1;
                push_text(&mut current, " | ");
            }
            Event::Start(Tag::TableCell) => push_text(&mut current, " | "),
            Event::End(TagEnd::Table) => {
                if let Some(mut block) = current.take() {
                    block.table = Some((table_rows, table_cols));
                    block.text = normalise_text(&block.text);
                    blocks.push(block);
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                finish(current.take(), &mut blocks);
                current = Some(start_block(BlockKind::Html, &range));
            }
            Event::End(TagEnd::HtmlBlock) => finish(current.take(), &mut blocks),
            Event::Html(html) => push_text(&mut current, &html),
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) => {
                if item_depth == 0 {
                    finish(current.take(), &mut blocks);
                } else {
                    push_text(&mut current, " ");
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let target = normalise_target(&dest_url);
                if let Some(block) = current.as_mut() {
                    block.links.push(target.clone());
                }
                link_stack.push(target);
            }
            Event::End(TagEnd::Link) => {
                // The target is part of the text, in a form where same-page rewrites vanish.
                if let Some(target) = link_stack.pop() {
                    push_text(&mut current, &format!(" (→{target})"));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let source = normalise_target(&dest_url);
                if let Some(block) = current.as_mut() {
                    block.images.push(source.clone());
                }
                push_text(&mut current, &format!(" [image {source}] "));
            }
            Event::Text(text) => {
                if current.is_none() {
                    // Text outside any block we track (e.g. in a tight list handled above).
                    current = Some(start_block(BlockKind::Paragraph, &range));
                }
                push_text(&mut current, &text);
                if link_stack.is_empty() {
                    push_numeric(&mut current, &text);
                }
            }
            Event::Code(code) => {
                if let Some(block) = current.as_mut() {
                    block.code.push(code.to_string());
                }
                push_text(&mut current, &format!("`{code}`"));
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut current, " "),
            Event::Rule => {
                finish(current.take(), &mut blocks);
                blocks.push(start_block(BlockKind::Rule, &range));
            }
            _ => {}
        }
    }
    finish(current.take(), &mut blocks);
    Parsed {
        front_matter,
        blocks,
        list_parents,
    }
}

/// Ends a block: its text normalised, a paragraph that is only a shortcode made one, an
/// empty paragraph dropped.
fn finish(block: Option<Block>, blocks: &mut Vec<Block>) {
    if let Some(mut block) = block {
        block.text = normalise_text(&block.text);
        if block.kind == BlockKind::Paragraph && is_only_shortcode(&block.text) {
            block.kind = BlockKind::Shortcode;
        }
        if !block.text.is_empty() || block.kind != BlockKind::Paragraph {
            blocks.push(block);
        }
    }
}

fn push_text(current: &mut Option<Block>, text: &str) {
    if let Some(block) = current.as_mut() {
        block.text.push_str(text);
    }
}

fn push_numeric(current: &mut Option<Block>, text: &str) {
    if let Some(block) = current.as_mut() {
        block.numeric.push(' ');
        block.numeric.push_str(text);
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Collapses whitespace (re-wrapping is cosmetic) and writes shortcodes in one
/// delimiter style (`{{% x %}}` and `{{< x >}}` are the same shortcode).
pub(crate) fn normalise_text(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.contains("{{") {
        return collapsed;
    }
    SHORTCODE
        .replace_all(&collapsed, |caps: &regex::Captures<'_>| {
            let args = caps[2].split_whitespace().collect::<Vec<_>>().join(" ");
            if args.is_empty() {
                format!("{{{{<{}>}}}}", &caps[1])
            } else {
                format!("{{{{<{} {args}>}}}}", &caps[1])
            }
        })
        .trim()
        .to_string()
}

fn is_only_shortcode(text: &str) -> bool {
    SHORTCODE
        .find(text)
        .is_some_and(|m| m.start() == 0 && m.end() == text.len())
}

/// A link target in a form where "the same page" compares equal: scheme and host are
/// dropped (absolute ↔ root-relative), as are `./`, `../`, a trailing `/`, `index.md`
/// and the `.md` extension; the fragment is kept.
pub(crate) fn normalise_target(target: &str) -> String {
    let target = target.trim();
    let (path, fragment) = match target.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (target, None),
    };
    // A query (`?from_branch=main`) goes after the page's name, so that drift can leave
    // it aside (it tunes the visit) while a change of it is still a change.
    let (mut path, query) = match path.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (path, None),
    };
    let mut host = None;
    if let Some(rest) = path
        .strip_prefix("https://")
        .or_else(|| path.strip_prefix("http://"))
    {
        // Only the last path segment is compared (absolute ↔ relative); a site's home
        // page is named by its host, not by nothing.
        let (name, rest) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        host = Some(name.trim_start_matches("www."));
        path = rest;
    }
    // A site in the reader's language, `de.wikipedia.org` for `en.wikipedia.org`, links
    // the same article under its translated title: the site names the link.
    let site = host.and_then(|h| {
        h.split_once('.')
            .filter(|(sub, rest)| is_language_segment(sub) && rest.contains('.'))
            .map(|(_, rest)| rest)
    });
    if let Some(site) = site {
        let article = path
            .trim_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default();
        return format!("//{site}/{article}");
    }
    let mut segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .filter(|s| !matches!(*s, "index.md" | "_index.md" | "index.html"))
        .collect();
    // A page in a language of its own, `…/docs/git-clone/de`, is that page.
    if segments.len() >= 2 && segments.last().is_some_and(|s| is_language_segment(s)) {
        segments.pop();
    }
    let last = match segments.last() {
        Some(segment) => segment.trim_end_matches(".md").trim_end_matches(".html"),
        None => host.unwrap_or(if path.starts_with('/') { "/" } else { "" }),
    };
    // A localized home page (`/de/`, `/pt-br/`) is the home page.
    let last = match segments.as_slice() {
        [only] if is_language_segment(only) => host.unwrap_or("/"),
        _ => last,
    };
    let last = match query {
        Some(query) => format!("{last}?{query}"),
        None => last.to_string(),
    };
    match fragment {
        Some(fragment) => format!("{last}#{fragment}"),
        None => last,
    }
}

/// A block's text without the link targets [`parse`] writes into it (` (→target)`): what
/// a reader reads, so that a change of targets alone is told apart, and prose is
/// measured without them.
pub(crate) fn without_targets(text: &str) -> String {
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

/// Whether a path segment is a language tag such as `de`, `pt-br` or `zh_CN`: an ISO
/// 639-1 code, optionally with a region or script.
pub(crate) fn is_language_segment(segment: &str) -> bool {
    let primary = segment.split(['-', '_']).next().unwrap_or("");
    primary.len() == 2
        && segment.len() <= 7
        && isolang::Language::from_639_1(&primary.to_ascii_lowercase()).is_some()
}

impl Parsed {
    /// Front matter as JSON values by top-level key; parsed on demand (most comparisons
    /// never need it), `None` when there is none or it does not parse (the status
    /// analysis reports that separately).
    pub(crate) fn front_matter(&self) -> Option<serde_json::Map<String, serde_json::Value>> {
        let (syntax, text) = self.front_matter.as_ref()?;
        let fm = frontmatter::FrontMatter {
            syntax: *syntax,
            text,
            span: 0..text.len(),
            body_start: text.len(),
            first_line: 2,
        };
        frontmatter::values(&fm).ok()
    }
}

fn split_front_matter(text: &str) -> (Option<(frontmatter::Syntax, String)>, usize) {
    match frontmatter::split(text) {
        Ok(Some(fm)) => (Some((fm.syntax, fm.text.to_string())), fm.body_start),
        _ => (None, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, String)> {
        parse(md)
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn cosmetic_variants_normalise_to_the_same_blocks() {
        let a = "---\ntitle: x\n---\n# Title\n\nSome *emphasis* and **strong** text\nwrapped here.\n\n- one\n- two\n\n```sh\nrun --fast\n```\n";
        let b = "---\ntitle: x\n---\nTitle\n=====\n\nSome _emphasis_ and __strong__ text wrapped\nhere.\n\n* one\n* two\n\n~~~sh\nrun --fast\n~~~\n";
        assert_eq!(texts(a), texts(b));
    }

    #[test]
    fn blocks_know_their_lines_after_front_matter() {
        let doc = parse(
            "---\ntitle: x\n---\n\n## Intro {#intro}\n\nPara one\ncontinues.\n\n1. a\n2. b\n",
        );
        let lines: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.name(), b.lines.clone()))
            .collect();
        assert_eq!(
            lines,
            [
                ("heading", 5..6),
                ("paragraph", 7..9),
                ("list item", 10..11),
                ("list item", 11..12)
            ]
        );
        assert_eq!(doc.blocks[0].anchor.as_deref(), Some("intro"));
        assert_eq!(doc.blocks[0].text, "Intro");
        assert_eq!(doc.front_matter().unwrap()["title"], "x");
    }

    #[test]
    fn nested_list_items_are_their_own_blocks() {
        let t = texts("- outer\n  - inner one\n  - inner two\n- last\n");
        assert_eq!(t.len(), 4);
        assert_eq!(t[0].1, "outer");
        assert!(matches!(t[1].0, BlockKind::ListItem { list: 1 }));
        assert!(matches!(t[3].0, BlockKind::ListItem { list: 0 }));
    }

    #[test]
    fn links_to_the_same_page_compare_equal() {
        assert_eq!(normalise_target("https://uclg.org/docs/guide/"), "guide");
        assert_eq!(normalise_target("/docs/guide"), "guide");
        assert_eq!(normalise_target("../guide.md"), "guide");
        assert_eq!(normalise_target("../modules/m/_index.md"), "m");
        assert_eq!(normalise_target("guide.md#forms"), "guide#forms");
        assert_ne!(
            normalise_target("/docs/other"),
            normalise_target("/docs/guide")
        );
        // A home page is named: by its host, or as the site's root in any language.
        assert_eq!(normalise_target("https://www.sembr.org"), "sembr.org");
        assert_ne!(
            normalise_target("https://sembr.org/"),
            normalise_target("https://uclg.org")
        );
        assert_eq!(normalise_target("/"), "/");
        assert_eq!(normalise_target("/de/"), "/");
        assert_eq!(normalise_target("/pt-br/"), "/");
        assert_eq!(normalise_target("https://sembr.org/de"), "sembr.org");
        assert_eq!(normalise_target("/docs/"), "docs");
        assert_eq!(normalise_target("/es/guide/"), "guide");
        assert_eq!(
            normalise_target("../ci-cd.md?from_branch=main#x"),
            "ci-cd?from_branch=main#x"
        );
        assert_eq!(
            normalise_target("https://git-scm.com/docs/git-clone/de#opt"),
            "git-clone#opt"
        );
        assert_eq!(
            normalise_target("https://en.wikipedia.org/wiki/Andromeda_(constellation)"),
            "//wikipedia.org/Andromeda_(constellation)"
        );
        let a = texts("See [the guide](https://uclg.org/docs/guide/).\n");
        let b = texts("See [the guide](/docs/guide).\n");
        assert_eq!(a, b);
    }

    #[test]
    fn shortcode_delimiters_are_cosmetic_and_shortcodes_are_blocks() {
        let a = texts("{{< figure src=\"a.png\" >}}\n");
        let b = texts("{{% figure  src=\"a.png\" %}}\n");
        assert_eq!(a, b);
        assert_eq!(a[0].0, BlockKind::Shortcode);
    }

    #[test]
    fn tables_record_their_shape() {
        let doc = parse("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");
        assert_eq!(doc.blocks[0].table, Some((3, 2)));
    }
}
