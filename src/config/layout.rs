//! Where pages and their translations are: a layout is one or more collections, each a
//! pair of path patterns, `source` (the English pages) and `translation` (one language's
//! pages), with placeholders:
//!
//! - `{lang}`: a language tag or alias, as the file system spells it (`pt_BR`, `pt-br`);
//! - `{path}`: the page's path below the collection, one or more segments;
//! - `{ext}`: the file extension, for layouts that put the language before it
//!   (`docs/{path}.{lang}.{ext}`).
//!
//! A page's document id is the part of the source pattern from its first placeholder
//! on, filled in (`docs/{path}` gives `guide/intro.md`; `docs/{path}.{ext}` gives
//! `index.md`), so a source page and its translations share one id. The layouts of the
//! first version are shorthands: `content/{lang}/{path}` (`layout = "{lang}/{path}"`) and
//! `content/{path}.{ext}` → `content/{path}.{lang}.{ext}` (`layout = "{path}.{lang}.md"`).

use std::fmt;

use globset::GlobSet;
use regex::Regex;

/// A path pattern with placeholders, compiled.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    raw: String,
    regex: Regex,
    /// The pattern from its first placeholder on: what a document id looks like.
    id_regex: Regex,
    /// The placeholders in order of appearance.
    holes: Vec<Hole>,
    /// The placeholders of the id part.
    id_holes: Vec<Hole>,
    /// Byte offset in `raw` of the first placeholder.
    first_hole: usize,
    /// The pattern cut at its placeholders: (literal before, placeholder), then the
    /// literal tail. Filling in walks these once, so a value that itself reads
    /// `{path}` is never filled in again.
    pieces: Vec<(String, Hole)>,
    tail: String,
    /// Index in `pieces` of the placeholder the id part starts at.
    id_piece: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hole {
    Lang,
    Path,
    Ext,
}

/// What a path says when it matches a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Match {
    /// The `{lang}` text as spelled in the path.
    pub lang: Option<String>,
    pub path: String,
    pub ext: Option<String>,
}

/// Why a pattern is not usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatternError {
    /// No `{path}` placeholder: the pattern would name one file.
    NoPath,
    /// A placeholder appears twice, or one that does not exist (`{name}`).
    Placeholder(String),
    /// `{path}` and `{ext}` without a separator between them, or two placeholders side
    /// by side: their boundary could not be found.
    Adjacent,
    /// A leading `/`, `..` or `\`: patterns are relative to the repository root.
    NotRelative,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PatternError::NoPath => tr!("layout-pattern-no-path"),
            PatternError::Placeholder(name) => tr!("layout-pattern-placeholder", name = name),
            PatternError::Adjacent => tr!("layout-pattern-adjacent"),
            PatternError::NotRelative => tr!("layout-pattern-not-relative"),
        })
    }
}

impl std::error::Error for PatternError {}

impl Pattern {
    pub(crate) fn parse(raw: &str) -> Result<Pattern, PatternError> {
        let raw = raw.trim().trim_start_matches("./");
        if raw.starts_with('/') || raw.contains('\\') || raw.split('/').any(|s| s == "..") {
            return Err(PatternError::NotRelative);
        }
        Pattern::compile(raw)
    }

    /// The pattern under `prefix`, a path that may leave the repository: the source
    /// pages of `source-repo`, named from the translations' repository.
    pub(crate) fn with_prefix(&self, prefix: &str) -> Pattern {
        Pattern::compile(&format!("{prefix}{}", self.raw)).expect("a valid pattern stays valid")
    }

    fn compile(raw: &str) -> Result<Pattern, PatternError> {
        // (literal before the placeholder, the placeholder), then the literal tail.
        let mut pieces: Vec<(&str, Hole)> = Vec::new();
        // Byte offset in `raw` of each placeholder.
        let mut offsets = Vec::new();
        let mut rest = raw;
        while let Some(open) = rest.find('{') {
            let close = rest[open..]
                .find('}')
                .map(|i| open + i)
                .ok_or_else(|| PatternError::Placeholder(rest[open..].to_string()))?;
            let hole = match &rest[open + 1..close] {
                "lang" => Hole::Lang,
                "path" => Hole::Path,
                "ext" => Hole::Ext,
                other => return Err(PatternError::Placeholder(format!("{{{other}}}"))),
            };
            if pieces.iter().any(|(_, h)| *h == hole) {
                return Err(PatternError::Placeholder(rest[open..=close].to_string()));
            }
            if open == 0 && !pieces.is_empty() {
                return Err(PatternError::Adjacent);
            }
            pieces.push((&rest[..open], hole));
            offsets.push(raw.len() - rest.len() + open);
            rest = &rest[close + 1..];
        }
        if !pieces.iter().any(|(_, h)| *h == Hole::Path) {
            return Err(PatternError::NoPath);
        }
        let group = |hole: Hole| match hole {
            // One name: a directory or a file-name part, never across `/` or `.`.
            Hole::Lang => "([^/.]+)",
            Hole::Path => "(.+)",
            Hole::Ext => "([A-Za-z0-9]+)",
        };
        // The id starts at `{path}` or `{ext}`, whichever comes first: a `{lang}` before
        // it is the language's directory, not part of the page's name.
        let id_start = pieces
            .iter()
            .position(|(_, h)| *h != Hole::Lang)
            .expect("a {path} placeholder");
        // The id regex: a `{lang}` after the id's start stands in the id as written
        // (see [`Pattern::id`]), so it is matched as that text, not captured.
        let compile = |from: usize| {
            let mut regex = String::from("^");
            for (i, (literal, hole)) in pieces.iter().enumerate().skip(from) {
                if i != from {
                    regex.push_str(&regex::escape(literal));
                }
                match hole {
                    Hole::Lang => regex.push_str(&regex::escape("{lang}")),
                    _ => regex.push_str(group(*hole)),
                }
            }
            regex.push_str(&regex::escape(rest));
            regex.push('$');
            Regex::new(&regex).expect("escaped literals and fixed groups")
        };
        let mut regex = String::from("^");
        for (literal, hole) in &pieces {
            regex.push_str(&regex::escape(literal));
            regex.push_str(group(*hole));
        }
        regex.push_str(&regex::escape(rest));
        regex.push('$');
        Ok(Pattern {
            raw: raw.to_string(),
            regex: Regex::new(&regex).expect("escaped literals and fixed groups"),
            id_regex: compile(id_start),
            holes: pieces.iter().map(|(_, h)| *h).collect(),
            id_holes: pieces[id_start..]
                .iter()
                .map(|(_, h)| *h)
                .filter(|h| *h != Hole::Lang)
                .collect(),
            first_hole: offsets[0],
            pieces: pieces
                .iter()
                .map(|(literal, hole)| ((*literal).to_string(), *hole))
                .collect(),
            tail: rest.to_string(),
            id_piece: id_start,
        })
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.raw
    }

    /// The placeholders of the document id, in order: a source pattern and its
    /// translation pattern must agree on them.
    pub(crate) fn id_shape(&self) -> Vec<Hole> {
        self.id_holes
            .iter()
            .copied()
            .filter(|h| *h != Hole::Lang)
            .collect()
    }

    pub(crate) fn has_lang(&self) -> bool {
        self.holes.contains(&Hole::Lang)
    }

    /// The directory the pattern's files are under: its literal text before the first
    /// placeholder, up to the last `/` (`""` when the pattern starts at the root).
    pub(crate) fn root(&self) -> &str {
        let literal = &self.raw[..self.first_hole];
        literal.rfind('/').map_or("", |i| &literal[..i])
    }

    pub(crate) fn matches(&self, path: &str) -> Option<Match> {
        captures(&self.regex, &self.holes, path)
    }

    /// The pattern filled in.
    pub(crate) fn render(&self, lang: &str, path: &str, ext: Option<&str>) -> String {
        self.fill(None, lang, path, ext.unwrap_or("md"))
    }

    /// The document id of a match of this (source) pattern: the pattern from its first
    /// placeholder on, filled in.
    pub(crate) fn id(&self, found: &Match) -> String {
        // A `{lang}` after the id's start stays as written: the id is the same for every
        // language (`guide.{lang}.md`).
        self.fill(
            Some(self.id_piece),
            "{lang}",
            &found.path,
            found.ext.as_deref().unwrap_or("md"),
        )
    }

    /// The pattern filled in one pass: the whole of it, or from piece `from` on without
    /// that piece's leading literal.
    fn fill(&self, from: Option<usize>, lang: &str, path: &str, ext: &str) -> String {
        let mut out = String::new();
        let start = from.unwrap_or(0);
        for (i, (literal, hole)) in self.pieces.iter().enumerate().skip(start) {
            if from != Some(i) {
                out.push_str(literal);
            }
            out.push_str(match hole {
                Hole::Lang => lang,
                Hole::Path => path,
                Hole::Ext => ext,
            });
        }
        out.push_str(&self.tail);
        out
    }

    /// The inverse of [`Pattern::id`]: the `{path}` and `{ext}` a document id stands for.
    pub(crate) fn split_id(&self, id: &str) -> Option<(String, Option<String>)> {
        let found = captures(&self.id_regex, &self.id_holes, id)?;
        Some((found.path, found.ext))
    }
}

fn captures(regex: &Regex, holes: &[Hole], text: &str) -> Option<Match> {
    let caps = regex.captures(text)?;
    let mut found = Match {
        lang: None,
        path: String::new(),
        ext: None,
    };
    for (i, hole) in holes.iter().enumerate() {
        let text = caps.get(i + 1)?.as_str().to_string();
        match hole {
            Hole::Lang => found.lang = Some(text),
            Hole::Path => found.path = text,
            Hole::Ext => found.ext = Some(text),
        }
    }
    Some(found)
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

/// One set of pages with its translations: a Docusaurus site has `docs` and `blog`.
#[derive(Debug, Clone)]
pub(crate) struct Collection {
    /// Prefixes document ids when a layout has several collections (`blog/…`); empty
    /// for a layout of one.
    pub name: String,
    pub source: Pattern,
    pub translation: Pattern,
    /// The language of every translation, for a repository of translations into one
    /// language whose paths have no `{lang}`.
    pub language: Option<crate::model::Lang>,
    /// Globs over the document id (without the collection name).
    pub include: GlobSet,
    pub exclude: GlobSet,
}

impl Collection {
    pub(crate) fn is_document(&self, id: &str) -> bool {
        self.include.is_match(id) && !self.exclude.is_match(id)
    }

    /// Where the file of document `id` (without the collection name) in a translation
    /// spelled `spelling` is, or would be.
    pub(crate) fn translation_path(&self, id: &str, spelling: &str) -> String {
        match self.source.split_id(id) {
            Some((path, ext)) => self.translation.render(spelling, &path, ext.as_deref()),
            None => self.translation.render(spelling, id, None),
        }
    }

    pub(crate) fn source_path(&self, id: &str, spelling: &str) -> String {
        match self.source.split_id(id) {
            Some((path, ext)) => self.source.render(spelling, &path, ext.as_deref()),
            None => self.source.render(spelling, id, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn pattern(raw: &str) -> Pattern {
        Pattern::parse(raw).unwrap()
    }

    #[test]
    fn directory_patterns_capture_language_and_path() {
        let p = pattern("i18n/{lang}/docusaurus-plugin-content-docs/current/{path}");
        let m = p
            .matches("i18n/pt-BR/docusaurus-plugin-content-docs/current/a/b.md")
            .unwrap();
        assert_eq!(
            (m.lang.as_deref(), m.path.as_str()),
            (Some("pt-BR"), "a/b.md")
        );
        assert!(p.matches("i18n/pt-BR/other/a.md").is_none());
        assert_eq!(p.root(), "i18n");
        assert_eq!(pattern("docs/{path}").root(), "docs");
        assert_eq!(pattern("pages.{lang}/{path}").root(), "");
        assert_eq!(pattern("{lang}/{path}").root(), "");
    }

    #[test]
    fn a_value_that_reads_like_a_placeholder_is_filled_in_once() {
        // Found by the layout fuzzer: filling in `{lang}` first and then `{path}` also
        // replaced a `{path}` inside the language segment.
        let p = pattern("content/{lang}/{path}");
        let path = "content/e{lang}o{path}/guide.md";
        let m = p.matches(path).unwrap();
        assert_eq!(m.lang.as_deref(), Some("e{lang}o{path}"));
        assert_eq!(p.render(m.lang.as_deref().unwrap(), &m.path, None), path);
        let p = pattern("docs/{path}.{ext}");
        let m = p.matches("docs/{ext}{path}.md").unwrap();
        assert_eq!(p.id(&m), "{ext}{path}.md");
        // A `{lang}` after `{path}` stays in the id as written; a page whose own name
        // reads `{lang}` splits back to that name.
        let p = pattern("docs/{path}n{lang}.md");
        let m = p.matches("docs/a{lang}n{lang}b.fr.x/yn{lang}.md").unwrap();
        let id = p.id(&m);
        assert_eq!(p.split_id(&id), Some((m.path.clone(), None)), "{id}");
    }

    #[test]
    fn suffix_patterns_put_the_language_before_the_extension() {
        let source = pattern("content/{path}.{ext}");
        let translation = pattern("content/{path}.{lang}.{ext}");
        let m = translation.matches("content/blog/a.b.es.md").unwrap();
        assert_eq!(
            (m.lang.as_deref(), m.path.as_str(), m.ext.as_deref()),
            (Some("es"), "blog/a.b", Some("md"))
        );
        assert_eq!(source.id(&m), "blog/a.b.md");
        assert_eq!(
            source.split_id("blog/a.b.md"),
            Some(("blog/a.b".to_string(), Some("md".to_string())))
        );
        let c = Collection {
            name: String::new(),
            source,
            translation,
            language: None,
            include: GlobSet::empty(),
            exclude: GlobSet::empty(),
        };
        assert_eq!(
            c.translation_path("blog/a.b.md", "pt-br"),
            "content/blog/a.b.pt-br.md"
        );
    }

    #[test]
    fn ids_start_at_the_first_placeholder() {
        let p = pattern("docs/{path}");
        let m = p.matches("docs/guide/intro.mdx").unwrap();
        assert_eq!(p.id(&m), "guide/intro.mdx");
        let p = pattern("pages.{lang}/{path}");
        let m = p.matches("pages.pt_BR/common/tar.md").unwrap();
        assert_eq!(m.lang.as_deref(), Some("pt_BR"));
        assert_eq!(pattern("pages/{path}").id(&m), "common/tar.md");
    }

    #[test]
    fn refuses_patterns_it_cannot_read_back() {
        assert_eq!(
            Pattern::parse("docs/guide.md").unwrap_err(),
            PatternError::NoPath
        );
        assert!(matches!(
            Pattern::parse("docs/{name}/{path}").unwrap_err(),
            PatternError::Placeholder(_)
        ));
        assert_eq!(
            Pattern::parse("docs/{lang}{path}").unwrap_err(),
            PatternError::Adjacent
        );
        assert_eq!(
            Pattern::parse("../docs/{path}").unwrap_err(),
            PatternError::NotRelative
        );
        assert!(Pattern::parse("docs/{path}/{path}").is_err());
    }
}
