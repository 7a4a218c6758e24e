//! One parsed `.ftl` file and the way back from its AST to line:column positions.
//!
//! fluent-syntax keeps no spans in its AST, but when it parses a `&str` every identifier
//! and text element is a slice of that input, so a slice's address minus the input's
//! address is its byte offset. That gives exact positions without re-scanning the text.

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

/// A parsed file: the partial resource (junk included) and every parse error.
pub(crate) struct Source<'s> {
    /// The file's text without a leading UTF-8 BOM, which fluent-syntax does not skip.
    pub text: &'s str,
    pub resource: ast::Resource<&'s str>,
    pub errors: Vec<ParserError>,
    lines: LineIndex,
}

/// A message or term of a file, with the id as written (`msg`, `-term`).
pub(crate) struct Unit<'a, 's> {
    pub id: String,
    /// Byte offset of the id (of the `-` for terms).
    pub offset: usize,
    pub value: Option<&'a ast::Pattern<&'s str>>,
    pub attributes: &'a [ast::Attribute<&'s str>],
    pub entry: &'a ast::Entry<&'s str>,
}

/// A stretch of text the parser gave up on.
pub(crate) struct Junk<'s> {
    /// The id of the entry it seems to define, when it starts like one.
    pub id: Option<&'s str>,
    pub start: usize,
    /// Just past its last non-blank char.
    pub end: usize,
}

impl<'s> Source<'s> {
    /// Parses `text`. Syntax errors are kept, not returned: the parser recovers at the
    /// next entry, and the rest of the file is still worth checking.
    pub(crate) fn parse(text: &'s str) -> Source<'s> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (resource, errors) = match parser::parse(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        Source {
            text,
            resource,
            errors,
            lines: LineIndex::new(text),
        }
    }

    /// 1-based line and column (in chars) of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        self.lines.position(self.text, offset)
    }

    /// Byte offset of `part`, which must be a slice of this file's text (any slice taken
    /// from the AST is). Anything else maps to the start of the file rather than panic.
    pub(crate) fn offset_of(&self, part: &str) -> usize {
        part.as_ptr()
            .addr()
            .checked_sub(self.text.as_ptr().addr())
            .filter(|offset| offset + part.len() <= self.text.len())
            .unwrap_or(0)
    }

    /// Offset of an identifier together with the sigil written before it (`$`, `-`, `.`).
    pub(crate) fn offset_with_sigil(&self, name: &str) -> usize {
        self.offset_of(name).saturating_sub(1)
    }

    /// Messages and terms in file order, duplicates included.
    pub(crate) fn units(&self) -> Vec<Unit<'_, 's>> {
        self.resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(msg) => Some(Unit {
                    id: msg.id.name.to_string(),
                    offset: self.offset_of(msg.id.name),
                    value: msg.value.as_ref(),
                    attributes: &msg.attributes,
                    entry,
                }),
                ast::Entry::Term(term) => Some(Unit {
                    id: format!("-{}", term.id.name),
                    offset: self.offset_with_sigil(term.id.name),
                    value: Some(&term.value),
                    attributes: &term.attributes,
                    entry,
                }),
                _ => None,
            })
            .collect()
    }

    /// The junk entries, each with the id it was probably meant to define.
    pub(crate) fn junk(&self) -> Vec<Junk<'s>> {
        self.resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Junk { content } => {
                    let start = self.offset_of(content);
                    Some(Junk {
                        id: junk_id(content),
                        start,
                        end: start + content.trim_end().len(),
                    })
                }
                _ => None,
            })
            .collect()
    }
}

/// The id a junk fragment starts to define: `msg =`, `-term =`, after any comment lines
/// the parser swept into the junk with it.
pub(crate) fn junk_id(content: &str) -> Option<&str> {
    let line = content
        .lines()
        .map(str::trim_end)
        .find(|line| !line.is_empty() && !line.starts_with('#'))?;
    let name_start = usize::from(line.starts_with('-'));
    let name_len = line[name_start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len() - name_start);
    let name = &line[name_start..name_start + name_len];
    let rest = line[name_start + name_len..].trim_start();
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.starts_with('=');
    valid.then_some(&line[..name_start + name_len])
}

/// Byte offsets of line starts, for turning offsets into line:column.
#[derive(Debug)]
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { starts }
    }

    /// Columns count chars, as editors do; offsets past the end clamp to the end, and an
    /// offset inside a multi-byte char counts as that char.
    fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_chars() {
        let text = "a = b\nñandú = ü { $x }\n";
        let source = Source::parse(text);
        assert_eq!(source.position(0), (1, 1));
        assert_eq!(source.position(4), (1, 5));
        assert_eq!(source.position(6), (2, 1));
        let dollar = text.find('$').unwrap();
        assert_eq!(source.position(dollar), (2, 13));
    }

    #[test]
    fn position_at_end_of_file_and_past_it_is_the_end() {
        let source = Source::parse("a = b\n");
        assert_eq!(source.position(6), (2, 1));
        assert_eq!(source.position(600), (2, 1));
    }

    #[test]
    fn position_inside_a_multibyte_char_is_that_char() {
        let source = Source::parse("é = x");
        assert_eq!(source.position(1), (1, 1));
    }

    #[test]
    fn crlf_does_not_shift_columns() {
        let text = "a = b\r\nc = { $d }\r\n";
        let source = Source::parse(text);
        assert_eq!(source.position(text.find('$').unwrap()), (2, 7));
    }

    #[test]
    fn offsets_of_ast_slices_point_into_the_text() {
        let text = "\u{feff}one = 1\n-two = 2\n    .attr = x\n";
        let source = Source::parse(text);
        let units = source.units();
        let ids: Vec<_> = units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["one", "-two"]);
        // The BOM is not part of the text positions are counted in.
        assert_eq!(source.position(units[0].offset), (1, 1));
        assert_eq!(source.position(units[1].offset), (2, 1));
        let attr = &units[1].attributes[0];
        assert_eq!(
            source.position(source.offset_with_sigil(attr.id.name)),
            (3, 5)
        );
    }

    #[test]
    fn foreign_slices_map_to_the_start() {
        let source = Source::parse("a = b\n");
        assert_eq!(source.offset_of("elsewhere"), 0);
    }

    #[test]
    fn junk_ids_skip_comments_and_need_an_equals_sign() {
        assert_eq!(junk_id("# note\nmsg = { $x\n"), Some("msg"));
        assert_eq!(junk_id("-brand-name= {\n"), Some("-brand-name"));
        assert_eq!(junk_id("just words\n"), None);
        assert_eq!(junk_id("9lives = x\n"), None);
        assert_eq!(junk_id("\n\n"), None);
    }

    #[test]
    fn parse_keeps_errors_and_the_rest_of_the_file() {
        let source = Source::parse("a = 1\nbroken\nb = 2\n");
        assert_eq!(source.errors.len(), 1);
        assert_eq!(source.units().len(), 2);
        let junk = source.junk();
        assert_eq!(junk.len(), 1);
        assert_eq!((junk[0].start, junk[0].end), (6, 12));
        assert_eq!(junk[0].id, None);
    }
}
