//! MDX read as MDX. markdown-rs parses the body (after the front matter, split off as for
//! Markdown so that line numbers agree) into an mdast, which is walked into the same
//! [`Block`]s that pulldown-cmark's events give Markdown. What MDX adds maps as follows:
//!
//! - ESM (`import`/`export`) and flow expressions (`{…}` on their own lines, comments
//!   `{/* … */}`) are code for the site, not prose: they make no block.
//! - A JSX element that wraps Markdown (`<Tabs>`, `<TabItem label="A">`, `<details>`)
//!   makes no block of its own: its Markdown children make their usual blocks, whatever
//!   their indentation (MDX has no indented code). Its attributes are not compared.
//! - A JSX element on its own lines with no Markdown inside (`<Image src="x.png" />`,
//!   `<YouTube id="…"></YouTube>`) is a block of kind [`BlockKind::Html`]: its text is the
//!   tag written in one canonical form (so re-wrapping its attributes is cosmetic), path
//!   attributes (`src`, `poster`, or a value naming an image file) are its images and
//!   `href`/`to` its links.
//! - A JSX element inside a paragraph (`<Kbd>Ctrl</Kbd>`) contributes its text; with
//!   `href`/`to` it is a link, with `src` an image, as the Markdown forms are.
//! - A text expression (`{props.version}`) stays in the text verbatim; a trailing
//!   `{#id}` in a heading is its anchor, as Docusaurus reads it.

use std::collections::HashMap;
use std::sync::LazyLock;

use markdown_rs::mdast::{AttributeContent, AttributeValue, MdxJsxAttribute, Node};
use markdown_rs::unist::Position;
use markdown_rs::{Constructs, MdxSignal, ParseOptions};
use regex::Regex;

use super::{
    Block, BlockKind, Lines, Parsed, finish, normalise_target, normalise_text, push_numeric,
    push_text, split_front_matter,
};

/// An image file named in a component's attribute, literally or as a string inside an
/// expression (`src={require('./img/a.png').default}`, `useBaseUrl('/img/a.svg')`).
static IMAGE_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^[^'"`\s]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)(?:[?#]\S*)?$"#)
        .expect("valid regex")
});
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`"#).expect("valid regex"));

/// Parses an MDX file; `None` when it is not valid MDX.
pub(super) fn parse(text: &str) -> Option<Parsed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (front_matter, body_start) = split_front_matter(text);
    let body = &text[body_start..];
    let tree = markdown_rs::to_mdast(body, &options()).ok()?;
    let mut walker = Walker {
        lines: Lines::new(text, body_start),
        definitions: HashMap::new(),
        blocks: Vec::new(),
        current: None,
        item_depth: 0,
        lists: 0,
        list_stack: Vec::new(),
        list_parents: Vec::new(),
        link_depth: 0,
    };
    collect_definitions(&tree, &mut walker.definitions);
    walker.flow(&tree);
    finish(walker.current.take(), &mut walker.blocks);
    Some(Parsed {
        front_matter,
        blocks: walker.blocks,
        list_parents: walker.list_parents,
    })
}

/// MDX with the extensions the Markdown path enables (tables, footnotes, strikethrough);
/// front matter is split off before, so markdown-rs's own construct stays off.
fn options() -> ParseOptions {
    ParseOptions {
        constructs: Constructs {
            gfm_table: true,
            gfm_strikethrough: true,
            gfm_footnote_definition: true,
            gfm_label_start_footnote: true,
            ..Constructs::mdx()
        },
        // Without an ESM parser markdown-rs reads `import …` as a paragraph.
        mdx_esm_parse: Some(Box::new(esm_signal)),
        ..ParseOptions::mdx()
    }
}

/// Tells markdown-rs where an `import`/`export` ends: at the first blank line where its
/// brackets, strings and comments are closed, so that `export const x = {…}` may span
/// blank lines. JavaScript is not checked beyond that; the site's compiler does it.
fn esm_signal(source: &str) -> MdxSignal {
    if esm_is_open(source) {
        MdxSignal::Eof(
            "unexpected end of file in import or export".into(),
            Box::new("transync".into()),
            Box::new("esm".into()),
        )
    } else {
        MdxSignal::Ok
    }
}

/// Whether `source` ends inside a bracket, a string, a template or a comment.
fn esm_is_open(source: &str) -> bool {
    // `(`, `[`, `{`, `` ` `` (inside a template) and `$` (inside a template's `${…}`).
    let mut stack: Vec<u8> = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if stack.last() == Some(&b'`') {
            match c {
                b'\\' => i += 1,
                b'`' => {
                    stack.pop();
                }
                b'$' if next == Some(b'{') => {
                    stack.push(b'$');
                    i += 1;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != c {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if i >= bytes.len() {
                    return true;
                }
            }
            b'/' if next == Some(b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if next == Some(b'*') => match source[i + 2..].find("*/") {
                Some(end) => i += end + 3,
                None => return true,
            },
            b'`' | b'(' | b'[' | b'{' => stack.push(c),
            b')' | b']' | b'}' => {
                // Too many closers is a syntax error, not an open statement.
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    !stack.is_empty()
}

fn collect_definitions(node: &Node, out: &mut HashMap<String, String>) {
    if let Node::Definition(definition) = node {
        out.entry(definition.identifier.clone())
            .or_insert_with(|| definition.url.clone());
    }
    for child in node.children().into_iter().flatten() {
        collect_definitions(child, out);
    }
}

/// The walk over the mdast, with the state pulldown-cmark's event loop keeps: the block
/// being filled, list nesting, and whether the text is inside a link.
struct Walker<'a> {
    lines: Lines<'a>,
    /// Link reference definitions, by normalised label.
    definitions: HashMap<String, String>,
    blocks: Vec<Block>,
    current: Option<Block>,
    item_depth: usize,
    lists: usize,
    list_stack: Vec<usize>,
    list_parents: Vec<Option<usize>>,
    link_depth: usize,
}

impl Walker<'_> {
    /// An empty block over the lines of `position` (blank lines at its end left out, as
    /// the Markdown path does).
    fn start(&self, kind: BlockKind, position: Option<&Position>) -> Block {
        let range = position.map_or(0..0, |p| p.start.offset..p.end.offset);
        Block::empty(kind, self.lines.span(range))
    }

    fn finish(&mut self) {
        finish(self.current.take(), &mut self.blocks);
    }

    /// The end of a paragraph or heading: it ends its block, except inside a list item,
    /// whose text runs over its paragraphs.
    fn end_text_block(&mut self) {
        if self.item_depth == 0 {
            self.finish();
        } else {
            push_text(&mut self.current, " ");
        }
    }

    fn flow_all(&mut self, nodes: &[Node]) {
        for node in nodes {
            self.flow(node);
        }
    }

    fn flow(&mut self, node: &Node) {
        match node {
            Node::Root(root) => self.flow_all(&root.children),
            Node::Heading(heading) => {
                self.finish();
                let mut block = self.start(BlockKind::Heading(heading.depth), position(node));
                let (children, anchor) = split_anchor(&heading.children);
                block.anchor = anchor;
                self.current = Some(block);
                self.phrasing_all(children);
                self.end_text_block();
            }
            Node::Paragraph(paragraph) => {
                if self.current.is_none() {
                    self.current = Some(self.start(BlockKind::Paragraph, position(node)));
                }
                self.phrasing_all(&paragraph.children);
                self.end_text_block();
            }
            Node::List(list) => {
                // A nested list ends the text of the item that contains it, and its
                // lines, as in Markdown.
                let nested = position(node)
                    .map_or(0, |p| self.lines.span(p.start.offset..p.end.offset).start);
                if let Some(item) = self.current.as_mut()
                    && nested > item.lines.start
                {
                    item.lines.end = item.lines.end.min(nested);
                }
                self.finish();
                self.list_parents.push(self.list_stack.last().copied());
                self.list_stack.push(self.lists);
                self.lists += 1;
                self.flow_all(&list.children);
                self.finish();
                self.list_stack.pop();
            }
            Node::ListItem(item) => {
                self.finish();
                self.item_depth += 1;
                let list = self.list_stack.last().copied().unwrap_or(0);
                self.current = Some(self.start(BlockKind::ListItem { list }, position(node)));
                self.flow_all(&item.children);
                self.item_depth -= 1;
                self.finish();
            }
            Node::Code(code) => {
                self.finish();
                let mut block = self.start(BlockKind::Code, position(node));
                // The info string (language) is part of the code's identity.
                if let Some(lang) = code.lang.as_deref().filter(|l| !l.is_empty()) {
                    block.code.push(format!("lang:{lang}"));
                }
                block.text = code.value.trim_end_matches('\n').to_string();
                // Numbers in code count where blocks are aligned, as in Markdown.
                block.numeric = format!(" {}", code.value);
                self.blocks.push(block);
            }
            Node::Table(table) => {
                self.finish();
                self.current = Some(self.start(BlockKind::Table, position(node)));
                for row in &table.children {
                    push_text(&mut self.current, " | ");
                    for cell in row.children().into_iter().flatten() {
                        push_text(&mut self.current, " | ");
                        self.phrasing_all(cell.children().map_or(&[], Vec::as_slice));
                    }
                }
                if let Some(mut block) = self.current.take() {
                    block.table = Some((table.children.len(), table.align.len()));
                    block.text = normalise_text(&block.text);
                    self.blocks.push(block);
                }
            }
            Node::ThematicBreak(_) => {
                self.finish();
                let block = self.start(BlockKind::Rule, position(node));
                self.blocks.push(block);
            }
            Node::Blockquote(quote) => self.flow_all(&quote.children),
            Node::FootnoteDefinition(footnote) => self.flow_all(&footnote.children),
            Node::MdxJsxFlowElement(element) => {
                if element.children.iter().any(makes_blocks) {
                    self.flow_all(&element.children);
                } else {
                    self.finish();
                    let mut block = self.start(BlockKind::Html, position(node));
                    let mut text = render_tag(element.name.as_deref(), &element.attributes);
                    for child in &element.children {
                        if let Node::MdxFlowExpression(expression) = child {
                            text.push_str(&format!("{{{}}}", expression.value.trim()));
                        }
                    }
                    if !element.children.is_empty() {
                        text.push_str(&format!("</{}>", element.name.as_deref().unwrap_or("")));
                    }
                    block.text = text;
                    let (links, images) = attribute_targets(&element.attributes);
                    block.links = links;
                    block.images = images;
                    self.current = Some(block);
                    self.finish();
                }
            }
            // Code for the site, not prose; definitions are read through their references.
            Node::MdxjsEsm(_) | Node::MdxFlowExpression(_) | Node::Definition(_) => {}
            other => self.phrasing(other),
        }
    }

    fn phrasing_all(&mut self, nodes: &[Node]) {
        for node in nodes {
            self.phrasing(node);
        }
    }

    fn phrasing(&mut self, node: &Node) {
        match node {
            Node::Text(text) => {
                push_text(&mut self.current, &text.value);
                if self.link_depth == 0 {
                    // Line endings inside a text node are soft breaks: spaces, as in Markdown.
                    push_numeric(&mut self.current, &text.value.replace('\n', " "));
                }
            }
            Node::InlineCode(code) => {
                if let Some(block) = self.current.as_mut() {
                    block.code.push(code.value.clone());
                }
                push_text(&mut self.current, &format!("`{}`", code.value));
            }
            Node::Break(_) => push_text(&mut self.current, " "),
            Node::Link(link) => self.link(&link.url, &link.children),
            Node::LinkReference(reference) => {
                match self.definitions.get(&reference.identifier).cloned() {
                    Some(url) => self.link(&url, &reference.children),
                    None => self.phrasing_all(&reference.children),
                }
            }
            Node::Image(image) => self.image(&image.url),
            Node::ImageReference(reference) => {
                if let Some(url) = self.definitions.get(&reference.identifier).cloned() {
                    self.image(&url);
                }
            }
            Node::MdxTextExpression(expression) => {
                if !is_comment(&expression.value) {
                    push_text(
                        &mut self.current,
                        &format!("{{{}}}", expression.value.trim()),
                    );
                }
            }
            Node::MdxJsxTextElement(element) => {
                let (links, images) = attribute_targets(&element.attributes);
                for image in &images {
                    self.image(image);
                }
                match links.first() {
                    Some(target) => self.link(target, &element.children),
                    None => self.phrasing_all(&element.children),
                }
            }
            Node::Html(html) => push_text(&mut self.current, &html.value),
            other => self.phrasing_all(other.children().map_or(&[], Vec::as_slice)),
        }
    }

    fn link(&mut self, url: &str, children: &[Node]) {
        let target = normalise_target(url);
        if let Some(block) = self.current.as_mut() {
            block.links.push(target.clone());
        }
        self.link_depth += 1;
        self.phrasing_all(children);
        self.link_depth -= 1;
        // The target is part of the text, in a form where same-page rewrites vanish.
        push_text(&mut self.current, &format!(" (→{target})"));
    }

    fn image(&mut self, url: &str) {
        let source = normalise_target(url);
        if let Some(block) = self.current.as_mut() {
            block.images.push(source.clone());
        }
        push_text(&mut self.current, &format!(" [image {source}] "));
    }
}

fn position(node: &Node) -> Option<&Position> {
    node.position()
}

/// Whether a child of a JSX element makes blocks of its own: anything but expressions.
fn makes_blocks(node: &Node) -> bool {
    !matches!(node, Node::MdxFlowExpression(_) | Node::MdxjsEsm(_))
}

fn is_comment(expression: &str) -> bool {
    let expression = expression.trim();
    expression.starts_with("/*") && expression.ends_with("*/")
}

/// A heading's children without a trailing `{#id}`, and the id.
fn split_anchor(children: &[Node]) -> (&[Node], Option<String>) {
    if let Some((Node::MdxTextExpression(expression), rest)) = children.split_last()
        && let Some(id) = expression.value.trim().strip_prefix('#')
        && !id.trim().is_empty()
    {
        return (rest, Some(id.trim().to_string()));
    }
    (children, None)
}

/// A tag in one form: `<Name a="x" b={y} c {...z} />`.
fn render_tag(name: Option<&str>, attributes: &[AttributeContent]) -> String {
    let mut out = format!("<{}", name.unwrap_or(""));
    for attribute in attributes {
        out.push(' ');
        match attribute {
            AttributeContent::Expression(expression) => {
                out.push_str(&format!("{{{}}}", expression.value.trim()));
            }
            AttributeContent::Property(MdxJsxAttribute { name, value }) => {
                out.push_str(name);
                match value {
                    Some(AttributeValue::Literal(literal)) => {
                        out.push_str(&format!("=\"{literal}\""));
                    }
                    Some(AttributeValue::Expression(expression)) => {
                        out.push_str(&format!("={{{}}}", expression.value.trim()));
                    }
                    None => {}
                }
            }
        }
    }
    out.push_str(" />");
    normalise_text(&out)
}

/// Link targets (`href`, `to`) and image sources (`src`, `poster`, or any value naming
/// an image file) among a component's attributes, normalised.
fn attribute_targets(attributes: &[AttributeContent]) -> (Vec<String>, Vec<String>) {
    let (mut links, mut images) = (Vec::new(), Vec::new());
    for attribute in attributes {
        let AttributeContent::Property(MdxJsxAttribute {
            name,
            value: Some(value),
        }) = attribute
        else {
            continue;
        };
        let literals: Vec<&str> = match value {
            AttributeValue::Literal(literal) => vec![literal.as_str()],
            AttributeValue::Expression(expression) => QUOTED
                .captures_iter(&expression.value)
                .filter_map(|c| c.iter().skip(1).flatten().next())
                .map(|m| m.as_str())
                .collect(),
        };
        for literal in literals.into_iter().filter(|l| !l.trim().is_empty()) {
            match name.as_str() {
                "href" | "to" => links.push(normalise_target(literal)),
                "src" | "poster" => images.push(normalise_target(literal)),
                _ if IMAGE_PATH.is_match(literal.trim()) => {
                    images.push(normalise_target(literal));
                }
                _ => {}
            }
        }
    }
    (links, images)
}

#[cfg(test)]
mod tests {
    use super::super::{Flavor, parse_as};
    use super::*;

    #[track_caller]
    fn mdx(text: &str) -> Parsed {
        parse(text).unwrap_or_else(|| panic!("not valid MDX:\n{text}"))
    }

    /// (kind, lines, text) of each block.
    fn blocks(text: &str) -> Vec<(&'static str, std::ops::Range<usize>, String)> {
        mdx(text)
            .blocks
            .into_iter()
            .map(|b| (b.kind.name(), b.lines, b.text))
            .collect()
    }

    #[test]
    fn imports_and_exports_make_no_blocks() {
        let doc = "import Tabs from '@theme/Tabs';\nimport { Note } from '../components';\nexport const meta = {\n  title: 'x',\n\n  tags: ['a'],\n};\n\n# Title\n\nText.\n";
        assert_eq!(
            blocks(doc),
            [
                ("heading", 9..10, "Title".to_string()),
                ("paragraph", 11..12, "Text.".to_string())
            ]
        );
    }

    #[test]
    fn indented_content_of_a_wrapper_is_markdown_not_code() {
        let doc = "<Tabs>\n  <TabItem value=\"npm\" label=\"npm\">\n    Install it with **npm**:\n\n    ```bash\n    npm install transync\n    ```\n\n    - one\n    - two\n  </TabItem>\n</Tabs>\n";
        let parsed = mdx(doc);
        let got: Vec<_> = parsed
            .blocks
            .iter()
            .map(|b| (b.kind.name(), b.lines.clone(), b.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("paragraph", 3..4, "Install it with npm:"),
                ("code block", 5..8, "npm install transync"),
                ("list item", 9..10, "one"),
                ("list item", 10..11, "two"),
            ]
        );
        assert_eq!(parsed.blocks[1].code, ["lang:bash"]);
        // pulldown-cmark reads the same text as HTML and indented code.
        let markdown = super::super::parse(doc);
        assert!(markdown.blocks.iter().any(|b| b.kind == BlockKind::Html));
    }

    #[test]
    fn expressions_stay_in_text_and_comments_vanish() {
        let doc = "{/* a note for editors */}\n\nVersion {props.version} is out{/* inline */}.\n\n{frontMatter.list.map((x) => <li>{x}</li>)}\n";
        assert_eq!(
            blocks(doc),
            [(
                "paragraph",
                3..4,
                "Version {props.version} is out.".to_string()
            )]
        );
    }

    #[test]
    fn a_component_with_a_path_attribute_is_an_html_block_with_its_image() {
        let doc = "Before.\n\n<Image\n  src={require('./img/map.png').default}\n  alt=\"A map\"\n/>\n\n<Card href=\"/docs/guide/\" icon=\"book\" />\n";
        let parsed = mdx(doc);
        let image = &parsed.blocks[1];
        assert_eq!(image.kind, BlockKind::Html);
        assert_eq!(image.lines, 3..7);
        assert_eq!(image.images, ["map.png"]);
        assert_eq!(
            image.text,
            "<Image src={require('./img/map.png').default} alt=\"A map\" />"
        );
        let card = &parsed.blocks[2];
        assert_eq!((card.kind, card.lines.clone()), (BlockKind::Html, 8..9));
        assert_eq!(card.links, ["guide"]);
        // Re-wrapping a component's attributes is cosmetic.
        let one_line =
            mdx("Before.\n\n<Image src={require('./img/map.png').default} alt=\"A map\"/>\n");
        assert_eq!(one_line.blocks[1].text, image.text);
    }

    #[test]
    fn inline_components_are_text_links_and_images() {
        let parsed = mdx(
            "Press <Kbd>Ctrl</Kbd>, read <Link to=\"/docs/intro\">the intro</Link> and see <img src=\"/img/a.svg\" />.\n",
        );
        let block = &parsed.blocks[0];
        assert_eq!(block.kind, BlockKind::Paragraph);
        assert_eq!(
            block.text,
            "Press Ctrl, read the intro (→intro) and see [image a.svg] ."
        );
        assert_eq!(block.links, ["intro"]);
        assert_eq!(block.images, ["a.svg"]);
    }

    #[test]
    fn line_numbers_count_the_front_matter_and_anchors_come_from_ids() {
        let doc = "---\ntitle: Guía\n---\nimport X from './x';\n\n## Intro {#intro}\n\n<Note>\n  First line\n  continues.\n</Note>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        let parsed = mdx(doc);
        let got: Vec<_> = parsed
            .blocks
            .iter()
            .map(|b| (b.kind.name(), b.lines.clone()))
            .collect();
        assert_eq!(
            got,
            [("heading", 6..7), ("paragraph", 9..11), ("table", 13..16)]
        );
        assert_eq!(parsed.blocks[0].anchor.as_deref(), Some("intro"));
        assert_eq!(parsed.blocks[0].text, "Intro");
        assert_eq!(parsed.blocks[1].text, "First line continues.");
        assert_eq!(parsed.blocks[2].table, Some((2, 2)));
        assert_eq!(parsed.front_matter().unwrap()["title"], "Guía");
    }

    #[test]
    fn plain_markdown_gives_the_same_blocks_either_way() {
        let doc = "---\ntitle: x\n---\n\n# Title\n\nSome *emphasis*, `code` and [a link](../guide.md#forms)\nwrapped.\n\n- one\n  - nested\n- two\n\n```sh\nrun --fast 3\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n> Quoted 1,000 times.\n";
        // Numbers are looked for in `numeric`, whose spacing may differ.
        let numbers = |parsed: Parsed| -> Vec<(Block, Vec<String>)> {
            parsed
                .blocks
                .into_iter()
                .map(|mut b| {
                    let numbers = super::super::numbers(&std::mem::take(&mut b.numeric));
                    (b, numbers)
                })
                .collect()
        };
        let (a, b) = (super::super::parse(doc), mdx(doc));
        assert_eq!(a.blocks.len(), 9);
        assert_eq!(numbers(a), numbers(b));
    }

    #[test]
    fn invalid_mdx_falls_back_to_markdown() {
        let doc = "# Title\n\n<!-- an HTML comment is not MDX -->\n\nText.\n";
        assert!(parse(doc).is_none());
        let parsed = parse_as(doc, Flavor::Mdx);
        assert_eq!(parsed.blocks[0].text, "Title");
        assert_eq!(parsed.blocks.last().unwrap().text, "Text.");
    }

    #[test]
    fn flavor_follows_the_extension() {
        assert_eq!(Flavor::of_path("content/en/page.mdx"), Flavor::Mdx);
        assert_eq!(Flavor::of_path("docs/Page.MDX"), Flavor::Mdx);
        assert_eq!(Flavor::of_path("docs/page.md"), Flavor::Markdown);
        assert_eq!(Flavor::of_path("docs/page.markdown"), Flavor::Markdown);
        assert_eq!(Flavor::of_path("docs/mdx"), Flavor::Markdown);
    }

    #[test]
    fn esm_runs_over_blank_lines_only_while_open() {
        assert!(esm_is_open("export const a = {\n  b: 1,"));
        assert!(esm_is_open("export const s = `a ${b"));
        assert!(!esm_is_open("export const a = { b: '}' }; // {"));
        assert!(!esm_is_open("import x from 'y' /* { */"));
        assert!(esm_is_open("export const a = 'unterminated"));
    }
}
