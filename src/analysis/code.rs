//! Code blocks compared by their structure rather than their bytes. Translation teams
//! translate the comments in code, localize example strings and file names and translate
//! sample output; what a reader runs or copies must stay as in English: the lines, the
//! commands, flags, keys, numbers and punctuation. This module reduces a code block to
//! that structure (comments removed by the fence language, string contents hidden,
//! whitespace and blank lines gone) so that [`super::drift`] and [`super::compare`] can
//! tell a localized copy or a new comment from a changed command. A small lexer with a
//! table of comment syntaxes is enough for that; no language is parsed.
//!
//! The rule, in [`Structure`]'s tokens:
//! - every token is *fixed* (punctuation, a string's quotes, a flag, a number or version,
//!   a key, the command of a shell line) or *free* (any other word: identifiers,
//!   arguments, file names, the words of unquoted text);
//! - English before and after a change have the same structure when all tokens are equal:
//!   a renamed file in English is a real change;
//! - a translation keeps the structure of the English when it has as many lines, each
//!   with the same fixed tokens in the same order, and at least half of the block agrees
//!   by weight (similar's ratio over the tokens, a free word weighing half a fixed one):
//!   free words may be localized, but where they outweigh the fixed tokens and most of
//!   them differ, it is other code.
//!
//! Output is compared loosely: a console session by its command lines only, and a block
//! of plain text or without a language (which cannot be told from sample output) by its
//! `$ ` command lines if it has any, otherwise not at all.
//!
//! Markup and diagrams hold example *prose*, which translators translate and re-wrap:
//! Markdown, Markdoc and MDX, HTML, XML, Vue, Svelte and Astro, the text of JSX in
//! `jsx`/`tsx`, Mermaid, PlantUML and DOT. There the skeleton is fixed (tag, template
//! tag and attribute names, Markdown's block markers, link and table syntax, front
//! matter keys, a diagram's node ids, keywords and arrows, and the code of scripts,
//! styles and `{…}` expressions) and the rest is *text*: element text, attribute
//! values, code spans, prose front matter values, labels and aliases, which a
//! translation may change at will and which do not count towards the half. Their
//! lines are not compared, since re-wrapping a paragraph moves them; the skeleton's
//! order is.
//!
//! What formatters and translators change at will is not structure either: the quote
//! style of a string, a trailing comma, the `;` ending an excerpt, where YAML puts a
//! scalar (`key:` and the value on the next line, or one line), a relative path one
//! folder deeper, a locale code as a key in a configuration example (`'pt-BR'`), and
//! in a console session with `$ ` prompts the `# ` comments on its output.
//!
//! Inline code in prose gets its own, stricter rule ([`inline_kept`]): a span is a word
//! or two, where a localized word and a changed identifier look much alike.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::markdown::{self, Block};

/// Whether an English code block changed only in comments, string contents and white
/// space between `before` and `after` (same language, every token equal).
pub(crate) fn same_structure(before: &Block, after: &Block) -> bool {
    before.code == after.code && Structure::of(before) == Structure::of(after)
}

/// Whether `translation` keeps the code of `english`: the same language and structure,
/// comments, strings and output translated and free words localized at will.
pub(crate) fn translation_keeps(english: &Block, translation: &Block) -> bool {
    canonical(language(english)) == canonical(language(translation))
        && (english.text == translation.text
            || Structure::of(english).kept_by(&Structure::of(translation)))
}

/// How a translation keeps an English inline code span; see [`inline_kept`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InlineKept {
    /// By the translation's span at this index (equal, or of the same structure with
    /// its words localized): the caller consumes it.
    Span(usize),
    /// In the translation's prose, outside code: in quotes or plain (`"items"` →
    /// „items“). Nothing is consumed.
    Text,
}

/// Whether a translation keeps the English inline code span `english`, and how.
/// `translation_spans`: the inline code spans of the corresponding translated blocks
/// that no English span has taken yet; `translation_text`: those blocks' text as
/// [`crate::markdown::Block::text`] has it (code spans in backticks, which are skipped).
///
/// The rule, first match wins:
/// 1. a translation span is equal, or [`equivalent`] (case, a trailing colon, the
///    English plural, a gloss in brackets, `<X />` for `<X>`, a path in the reader's
///    language): [`InlineKept::Span`];
/// 2. the prose has the span's content as a token of its own, at least 3 characters
///    long, its quotes aside (`"items"` → „items“, «items», "items"; `itemsを` in
///    Japanese): [`InlineKept::Text`]; `v1.2` is not in `v1.2.3`, `items` not in
///    `app.items`;
/// 3. a translation span has the same *shape*: the same fixed tokens in the same
///    order, free words localized (`Hello world.txt` → `Hallo Welt.txt`):
///    [`InlineKept::Span`]. Fixed are punctuation and quotes, numbers, identifiers
///    (`JSONResponse`, `item_id`, `v1`, any capital after the first letter), literals
///    (`true`, `None`, `null`…), a word right after punctuation other than a quote or
///    an opening bracket (`.txt`, `--name`, `/items`) or right before `(` (`read()`).
///    Other words of letters are free, but only in a span with words spaced apart (a
///    file name or a value in a human language, capitals included: `READ ME.md`) or
///    as a placeholder (`{verb}`, `<name>`): in `"items"`, `main.py` or `/items/` the
///    word is a key, a module or a route and stays fixed. A keyboard shortcut keeps
///    its shape with its keys localized (`Ctrl+Space` → `Strg+Leertaste`). A span with
///    no fixed token at all is kept by a span of only words when it is a label, several
///    words starting with a capital (`Try it out` → `Probar`, `試してみる`);
/// 4. a plain word (`items`, `Tracer`), which translators write as a word of theirs,
///    is kept by a span of only words (`elementos`, `トレーサー`); a literal (`true`,
///    `None`) is not.
///
/// Called by `drift::verbatim` over a group of blocks: first it consumes the
/// translation spans equal to English ones, so that a looser match cannot take a
/// span another English span has verbatim; then, for each English span left that no
/// translation span is equivalent to (a span the translation has keeps every English
/// mention of it), as the tests' `unkept` does:
///
/// ```text
/// match code::inline_kept(english, &spans, &text) {
///     Some(InlineKept::Span(k)) => { spans.swap_remove(k); }
///     Some(InlineKept::Text) => {}
///     None => missing_code.push(format!("`{english}`")),
/// }
/// ```
///
/// where `spans: Vec<&str>` starts as the group's translation spans and `text` is its
/// blocks' texts joined by a space. A plain word missing alone is not reported there:
/// see `drift::verbatim`.
pub(crate) fn inline_kept(
    english: &str,
    translation_spans: &[&str],
    translation_text: &str,
) -> Option<InlineKept> {
    if let Some(k) = (translation_spans.iter().position(|t| *t == english)).or_else(|| {
        translation_spans
            .iter()
            .position(|t| equivalent(english, t))
    }) {
        return Some(InlineKept::Span(k));
    }
    if in_prose(english, translation_text) {
        return Some(InlineKept::Text);
    }
    // A number set in code (`1`, `400`) written as a number of the prose.
    if english.chars().all(|c| c.is_ascii_digit())
        && !english.is_empty()
        && markdown::numbers(translation_text).contains(&markdown::numbers(english).concat())
    {
        return Some(InlineKept::Text);
    }
    let spaced = has_phrase(english);
    let shape = shape(english, spaced);
    let k = if shape.iter().any(|s| matches!(s, Slot::Fixed(_))) {
        translation_spans
            .iter()
            .position(|t| shape == self::shape(t, spaced) || same_shortcut(english, t))
    } else if is_label(english) {
        translation_spans.iter().position(|t| is_words(t))
    } else if is_words(english) && english.contains(char::is_whitespace) {
        // A phrase (`inline code` → `code incorporé au texte`); but a command keeps its
        // program: `transync check` is not `transync status`.
        let first = |s: &str| s.split_whitespace().next().map(str::to_lowercase);
        translation_spans
            .iter()
            .position(|t| is_words(t) && first(t) != first(english))
    } else {
        None
    };
    // A plain word may be translated as a word (`items` → `elementos`), and any one word
    // of letters written in another script (`TracerProvider` → `トレーサープロバイダー`).
    let other_script = |t: &str| is_words(t) && !t.chars().any(|c| c.is_ascii_alphabetic());
    let one_word = english.chars().all(char::is_alphabetic) && !english.is_empty();
    k.or_else(|| {
        if is_plain(english) && !english.contains(char::is_whitespace) {
            translation_spans.iter().position(|t| is_words(t))
        } else if one_word {
            translation_spans.iter().position(|t| other_script(t))
        } else {
            None
        }
    })
    .map(InlineKept::Span)
}

/// Whether a translation's span is the English one as translators write it: the same
/// up to case (`url` → `URL`), a trailing colon or stop (`traces` → `traces:`), the
/// English plural (`ServiceMonitors` → `ServiceMonitor`), or with a gloss in
/// brackets (`Client` → `Client（クライアント）`).
pub(crate) fn equivalent(english: &str, translation: &str) -> bool {
    // `<Badge />` for `<Badge>`: the same component; `'./src'` for `./src`, `−40°`
    // (a minus sign) for `-40°`.
    let lower = |s: &str| {
        let s = s.replace(" />", ">").replace("/>", ">").replace('−', "-");
        let unquoted = ['"', '\'']
            .iter()
            .find_map(|&q| s.strip_prefix(q)?.strip_suffix(q).map(str::to_string));
        unquoted.unwrap_or(s).to_lowercase()
    };
    let t = translation.trim_end_matches([':', '.', ',', '：', '。']);
    // A stray quote in the English (`parent-span"`) that the translation dropped.
    let quoted = english;
    let english = english.trim_matches(['"', '\'']);
    if english.is_empty() {
        return quoted == translation;
    }
    let (e, t) = (lower(english), lower(t));
    if e == t {
        return true;
    }
    let plural = e.len() > 3
        && e.strip_suffix('s')
            .is_some_and(|one| one == t || one.strip_suffix('e') == Some(&t));
    let glossed = !e.is_empty()
        && t.strip_prefix(&e)
            .is_some_and(|rest| rest.trim_start().starts_with(['(', '（', '[']));
    // `en/about.md` → `de/about.md`, `"pt-BR"` → `"fr-CA"`: the example's language is
    // the reader's.
    let segments = |s: &str| -> Vec<String> {
        s.trim_matches(['"', '\''])
            .split('/')
            .map(|seg| {
                if markdown::is_language_segment(seg) && seg.len() >= 2 {
                    "<lang>".to_string()
                } else {
                    seg.to_string()
                }
            })
            .collect()
    };
    // A bare word is not enough: `id` is Indonesian and a key.
    let bare = !quoted.contains(['/', '"', '\'']);
    let localized =
        !bare && segments(&e).contains(&"<lang>".to_string()) && segments(&e) == segments(&t);
    plural || glossed || localized
}

/// A span that is one word of a human language (`items`, `Dockerfile`, `Tracer`) or a
/// phrase, which a translator may write as words of theirs; see [`inline_kept`].
pub(crate) fn is_plain(span: &str) -> bool {
    matches!(pieces(span).as_slice(), [(Piece::Word(w), _)] if is_natural(w))
        // A phrase set in code (`how to establish a secure communication`) is prose;
        // shorter ones may be commands (`transync check`).
        || (is_words(span) && span.split_whitespace().count() >= 4)
}

/// A keyboard shortcut with its keys' names localized: `Ctrl+Space` → `Ctrl+Espacio`,
/// `Strg+Leertaste`, `Shift+Enter` → `Maj+Entrée`: as many keys, the first a modifier.
fn same_shortcut(english: &str, translation: &str) -> bool {
    const MODIFIERS: &[&str] = &[
        "ctrl", "control", "alt", "shift", "cmd", "command", "meta", "option", "super", "win", "fn",
    ];
    let keys = |s: &str| -> Option<Vec<String>> {
        let keys: Vec<String> = s.split('+').map(|k| k.trim().to_lowercase()).collect();
        (keys.len() >= 2 && keys.iter().all(|k| !k.is_empty() && !k.contains(' '))).then_some(keys)
    };
    let (Some(e), Some(t)) = (keys(english), keys(translation)) else {
        return false;
    };
    e.len() == t.len() && MODIFIERS.contains(&e[0].as_str())
}

/// Code literals that read as words but must stay as they are.
const LITERALS: &[&str] = &["true", "false", "null", "nil", "none", "undefined", "nan"];

/// A piece of an inline code span.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Word(&'a str),
    Punct(char),
}

/// The pieces of a span, each with whether white space comes before it. Words are
/// letters, digits and `_`, joined by `-` and `'` (`my-file`, `don't`).
fn pieces(span: &str) -> Vec<(Piece<'_>, bool)> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut spaced = false;
    let mut chars = span.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if !word(c) {
            out.push((Piece::Punct(c), spaced));
            spaced = false;
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            let joins = word(n)
                || (matches!(n, '-' | '\'') && span[j + 1..].starts_with(|c: char| word(c)));
            if !joins {
                break;
            }
            end = j + n.len_utf8();
            chars.next();
        }
        out.push((Piece::Word(&span[i..end]), spaced));
        spaced = false;
    }
    out
}

/// A word of a human language: letters only (any script), no capital after the first
/// of each part, not a code literal.
fn is_natural(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
        // Each part of a compound may be capitalized: `Inline-Code`, `Jean-Luc`.
        && word.split('-').all(|part| !part.chars().skip(1).any(char::is_uppercase))
        && !LITERALS.contains(&word.to_lowercase().as_str())
}

/// Whether a span has two natural words with white space between them (capitals
/// included: `READ ME FIRST.md`).
fn has_phrase(span: &str) -> bool {
    pieces(span).windows(2).any(|w| match (&w[0], &w[1]) {
        ((Piece::Word(a), _), (Piece::Word(b), true)) => spoken(a) && spoken(b),
        _ => false,
    })
}

/// A natural word, or one in capitals, as words are in a phrase.
fn spoken(word: &str) -> bool {
    is_natural(word)
        || (word.chars().all(char::is_alphabetic) && !word.chars().any(char::is_lowercase))
}

/// A span of natural words only.
fn is_words(span: &str) -> bool {
    let pieces = pieces(span);
    !pieces.is_empty()
        && pieces
            .iter()
            .all(|(p, _)| matches!(p, Piece::Word(w) if is_natural(w)))
}

/// A label: several natural words, the first capitalized (`Try it out`).
fn is_label(span: &str) -> bool {
    is_words(span)
        && span.split_whitespace().nth(1).is_some()
        && span.starts_with(char::is_uppercase)
}

#[derive(Debug, PartialEq, Eq)]
enum Slot {
    Fixed(String),
    /// One or more free words in a row.
    Free,
}

/// The shape of a span: its fixed tokens, and where free words are; `spaced`: natural
/// words may be free (the English span has a phrase).
fn shape(span: &str, spaced: bool) -> Vec<Slot> {
    let pieces = pieces(span);
    let mut out: Vec<Slot> = Vec::new();
    for (i, (piece, space)) in pieces.iter().enumerate() {
        let slot = match *piece {
            Piece::Punct(c) => Slot::Fixed(c.to_string()),
            Piece::Word(w) => {
                // After a quote or an opening bracket a word starts a value; after
                // other punctuation it is an extension, a flag, a member, a path.
                let after_punct = i > 0
                    && !space
                    && !matches!(
                        pieces[i - 1].0,
                        Piece::Punct('"' | '\'' | '(' | '[' | '{' | '<')
                    )
                    && matches!(pieces[i - 1].0, Piece::Punct(_));
                let called = matches!(pieces.get(i + 1), Some((Piece::Punct('('), false)));
                // A placeholder, `{verb}`, `<name>` or `[example]`, is written in the
                // reader's language.
                let placeholder = i > 0
                    && matches!(pieces[i - 1].0, Piece::Punct('{' | '<' | '['))
                    && matches!(
                        pieces.get(i + 1),
                        Some((Piece::Punct('}' | '>' | ']'), false))
                    );
                // So is a path's `/USER_NAME/` or `/BENUTZERNAME/`.
                let placeholder = placeholder
                    || (i > 0
                        && matches!(pieces[i - 1].0, Piece::Punct('/'))
                        && matches!(pieces.get(i + 1), Some((Piece::Punct('/'), false)))
                        && w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                        && !w.chars().any(char::is_lowercase));
                if placeholder || (spaced && spoken(w) && !after_punct && !called) {
                    Slot::Free
                } else {
                    Slot::Fixed(w.to_string())
                }
            }
        };
        if !(slot == Slot::Free && out.last() == Some(&Slot::Free)) {
            out.push(slot);
        }
    }
    out
}

/// Whether the prose of `text` (outside its code spans) has `span`, or its content
/// inside quotes, as a token of its own of at least 3 characters.
fn in_prose(span: &str, text: &str) -> bool {
    let span = span.trim();
    // A sign in quotation marks: `>` → „>“, « > », 「>」.
    if (1..=2).contains(&span.chars().count())
        && !span.contains(char::is_alphanumeric)
        && quotes_as_one(text).contains(&format!("\"{span}\""))
    {
        return true;
    }
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|&q| span.strip_prefix(q)?.strip_suffix(q))
        .map(str::trim);
    // Outside code: the even pieces between backticks (and the last after an odd one).
    let parts: Vec<&str> = text.split('`').collect();
    let odd_end = parts.len().is_multiple_of(2);
    let prose: String = parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i.is_multiple_of(2) || (odd_end && i == parts.len() - 1) {
                *p
            } else {
                " "
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // A quoted value in the translation's quotation marks: `"tax": 20.2` → « tax »: 20.2,
    // `"*"` → « * ».
    if span.contains(is_quote) && quotes_as_one(&prose).contains(&quotes_as_one(span)) {
        return true;
    }
    [Some(span), unquoted]
        .into_iter()
        .flatten()
        .filter(|s| s.chars().count() >= 3)
        .any(|needle| {
            prose.match_indices(needle).any(|(i, _)| {
                let mut before = prose[..i].chars().rev();
                let mut after = prose[i + needle.len()..].chars();
                let (first, last) = (needle.chars().next(), needle.chars().next_back());
                !joined(first, before.next(), before.next())
                    && !joined(last, after.next(), after.next())
            })
        })
}

/// A quotation mark of any language.
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '«' | '»' | '„' | '“' | '”' | '‘' | '’' | '「' | '」' | '‚'
    )
}

/// Text with every quotation mark a `"` and no white space beside one (`« tax »` →
/// `"tax"`); an apostrophe inside a word (`l’attribut`) is no quotation mark.
fn quotes_as_one(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut marked = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let inside_word = matches!(c, '\'' | '’')
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        marked.push(if is_quote(c) && !inside_word { '"' } else { c });
    }
    marked
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            !(c.is_whitespace()
                && (i > 0 && marked[i - 1] == '"' || marked.get(i + 1) == Some(&'"')))
        })
        .map(|(_, c)| *c)
        .collect()
}

/// Whether the character next to a match's edge (and the one beyond it) make the match
/// part of a longer token: a letter or digit next to a letter or digit (unless one is
/// ASCII and the other not, as `items` in `itemsを`), or `.`, `-`, `/` followed by one
/// (`v1.2` in `v1.2.3`, `items` in `app.items`).
fn joined(edge: Option<char>, next: Option<char>, beyond: Option<char>) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let (Some(edge), Some(next)) = (edge, next) else {
        return false;
    };
    if !word(edge) {
        return false;
    }
    if word(next) {
        return !edge.is_ascii() || next.is_ascii();
    }
    matches!(next, '.' | '-' | '/') && beyond.is_some_and(|b| b.is_ascii_alphanumeric())
}

/// A code block reduced to what a translation must keep: its non-blank lines of tokens.
#[derive(Debug, Default, PartialEq, Eq)]
struct Structure {
    lines: Vec<Vec<Token>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Token {
    /// Structure: must be the same in a translation.
    Fixed(String),
    /// A word that a translation may localize.
    Free(String),
    /// Prose in markup or a diagram (element text, an attribute value, a label), which a
    /// translation rewrites entirely: only English versions compare it.
    Text(String),
}

impl Token {
    fn weight(&self) -> usize {
        match self {
            Token::Fixed(_) => 2,
            Token::Free(_) => 1,
            Token::Text(_) => 0,
        }
    }
}

impl Structure {
    /// The structure of a parsed code block, read by its fence language.
    fn of(block: &Block) -> Structure {
        structure(language(block), &block.text)
    }

    /// Whether `translation` keeps this (English) structure, free words localized; see
    /// the rule in the module documentation.
    fn kept_by(&self, translation: &Structure) -> bool {
        if self == translation {
            return true;
        }
        if self.lines.len() != translation.lines.len() {
            return false;
        }
        let only = |line: &[Token], keep: fn(&Token) -> bool| {
            line.iter().filter(|t| keep(t)).cloned().collect::<Vec<_>>()
        };
        let (mut agreed, mut total) = (0, 0);
        for (a, b) in self.lines.iter().zip(&translation.lines) {
            let fixed = |t: &Token| matches!(t, Token::Fixed(_));
            if only(a, fixed) != only(b, fixed) {
                return false;
            }
            // Text is translated as a whole: its words would only dilute the ratio (a
            // Japanese sentence against an English one agrees in nothing).
            let counted = |t: &Token| !matches!(t, Token::Text(_));
            let (a, b) = (&only(a, counted), &only(b, counted));
            total += a.iter().chain(b).map(Token::weight).sum::<usize>();
            for op in capture_diff_slices(Algorithm::Myers, a, b) {
                if let DiffOp::Equal { old_index, len, .. } = op {
                    agreed += a[old_index..old_index + len]
                        .iter()
                        .map(Token::weight)
                        .sum::<usize>();
                }
            }
        }
        // The ratio 2·agreed / total of both sides is at least one half.
        4 * agreed >= total
    }
}

/// The fence language of a code block, as [`crate::markdown`] records it (`lang:sh`);
/// empty when there is none.
fn language(block: &Block) -> &str {
    block
        .code
        .iter()
        .find_map(|c| c.strip_prefix("lang:"))
        .unwrap_or("")
}

/// A fence language by one of its names: `javascript` is `js`, `shell` is `sh`.
fn canonical(lang: &str) -> &str {
    match lang.to_ascii_lowercase().as_str() {
        "javascript" | "mjs" | "cjs" | "node" => "js",
        "typescript" | "mts" | "cts" => "ts",
        "shell" | "bash" | "zsh" => "sh",
        "yml" => "yaml",
        "py" | "python3" => "python",
        "markdown" => "md",
        "rb" => "ruby",
        "rs" => "rust",
        "golang" => "go",
        "kt" => "kotlin",
        "csharp" | "c#" => "cs",
        "ps1" | "pwsh" => "powershell",
        "docker" => "dockerfile",
        "htm" => "html",
        "shell-session" | "sh-session" | "shellsession" | "terminal" => "console",
        "txt" | "plaintext" | "plain" => "text",
        _ => lang,
    }
}

/// The structure of `code` written in the fence language `info` (`sh`, `js{1,3}`,
/// `{.python}`, `Shell-Session`…).
fn structure(info: &str, code: &str) -> Structure {
    let lang: String = info
        .trim_start_matches(['{', '.'])
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '+' | '#' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    let syntax = syntax(&lang);
    match syntax.kind {
        Kind::Console => session(code, true),
        Kind::Shell | Kind::Output if has_prompt(code) => session(code, false),
        Kind::Output => Structure::default(),
        Kind::Config if matches!(lang.as_str(), "yaml" | "yml") => {
            Lexer::new(&syntax, &fold_yaml(code)).run()
        }
        _ => Lexer::new(&syntax, code).run(),
    }
}

/// Removes the punctuation a formatter adds or removes at will: a trailing comma before
/// a closing bracket, and the `,` or `;` that ends an excerpt.
fn drop_optional_punctuation(lines: &mut Vec<Vec<Token>>) {
    let comma = Token::Fixed(",".into());
    let closer = |t: &Token| matches!(t, Token::Fixed(s) if matches!(s.as_str(), "}" | "]" | ")"));
    let positions: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .flat_map(|(l, line)| (0..line.len()).map(move |i| (l, i)))
        .collect();
    let mut dropped: Vec<(usize, usize)> = positions
        .windows(2)
        .filter(|w| lines[w[0].0][w[0].1] == comma && closer(&lines[w[1].0][w[1].1]))
        .map(|w| w[0])
        .collect();
    if let Some(&(l, i)) = positions.last()
        && matches!(&lines[l][i], Token::Fixed(s) if s == "," || s == ";")
    {
        dropped.push((l, i));
    }
    for &(l, i) in dropped.iter().rev() {
        lines[l].remove(i);
    }
    lines.retain(|l| !l.is_empty());
}

/// YAML with each plain scalar on one line: `key:` and a more indented value on the
/// next line, or a value wrapped over lines, is the same document as `key: value`,
/// and formatters choose either.
fn fold_yaml(code: &str) -> String {
    let key = |line: &str| {
        let line = line.trim_start().trim_start_matches("- ");
        line.split_once(':').is_some_and(|(k, after)| {
            !k.is_empty()
                && (after.is_empty() || after.starts_with([' ', '\t']))
                && k.trim_matches(['"', '\''])
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        })
    };
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut out: Vec<String> = Vec::new();
    // The indentation of the line a plain scalar may go on from, if any.
    let mut open: Option<usize> = None;
    for line in code.lines() {
        let trimmed = line.trim();
        let continues = open.is_some_and(|at| indent(line) > at)
            && !trimmed.is_empty()
            && !trimmed.starts_with(['#', '-', '{', '[', '}', ']'])
            && !key(line);
        if continues && let Some(last) = out.last_mut() {
            last.push(' ');
            last.push_str(trimmed);
            continue;
        }
        // A block scalar's lines (`|`, `>`) are content: never joined.
        let value = line.split_once(": ").map(|(_, v)| v.trim());
        open = (key(line) && !value.is_some_and(|v| v.starts_with(['|', '>', '&', '*', '!'])))
            .then(|| indent(line));
        out.push(line.to_string());
    }
    out.join("\n")
}

/// How the lines of a language are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A program: its words are free (quoted keys aside).
    Code,
    /// A shell script or the like: the first word of a line is a command. A script
    /// with `$ ` prompts is a console session instead.
    Shell,
    /// Configuration: the words before a line's first `:` or `=`, and those of a
    /// `[section]` line, are keys.
    Config,
    /// A console session: only the command lines after a prompt are compared; `# ` is
    /// a root prompt, not a comment.
    Console,
    /// Sample output or plain text: only its `$ ` command lines, if any.
    Output,
    /// A program with JSX elements in it, whose text is prose.
    Jsx,
    /// A document whose text is prose; see [`Markup`].
    Markup(Markup),
    /// A diagram: its words are node ids and keywords, its labels prose. `labels`: the
    /// text of brackets (`A[MySQL client]`), of `|…|` on an edge and after a `:` is a
    /// label (Mermaid, PlantUML); in DOT only strings are.
    Diagram { labels: bool },
}

impl Kind {
    /// Prose is re-wrapped in translation: the lines of these kinds are not compared.
    fn flat(self) -> bool {
        matches!(self, Kind::Jsx | Kind::Markup(_) | Kind::Diagram { .. })
    }

    /// A `<` may open a JSX element in its code.
    fn jsx(self) -> bool {
        matches!(
            self,
            Kind::Jsx
                | Kind::Markup(Markup {
                    expressions: true,
                    ..
                })
        )
    }
}

/// What a markup language marks, beyond tags (which all have).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Markup {
    /// Markdown's block markers (headings, bullets, quotes, fences, rules), links, code
    /// spans and tables are structure.
    markdown: bool,
    /// `{…}` holds a JavaScript expression (MDX, Astro, Svelte, Vue's `{{…}}`), and MDX's
    /// `import` and `export` lines are code.
    expressions: bool,
    /// The language of a front matter between `---` lines at the start, if it may have one.
    front_matter: Option<&'static str>,
}

/// The children of a JSX element.
const JSX: Markup = Markup {
    markdown: false,
    expressions: true,
    front_matter: None,
};

/// The lexical rules of a language, as far as comparing its structure needs them.
struct Syntax {
    kind: Kind,
    /// Comments to the end of the line, at the line's start or after white space (so
    /// `a#b`, `$#` and `http://x` are not comments).
    line: &'static [&'static str],
    /// Comments only as a line's first text, any case (batch files' `REM` and `::`).
    leading: &'static [&'static str],
    /// Comments from an opening to a closing marker, anywhere outside strings.
    block: &'static [(&'static str, &'static str)],
    /// Characters that open a string literal.
    quotes: &'static str,
}

const QUOTES: &str = "\"'`";
const HASH: &[&str] = &["#"];
const SLASHES: &[&str] = &["//"];
const SLASHES_HASH: &[&str] = &["//", "#"];
const C_BLOCK: &[(&str, &str)] = &[("/*", "*/")];
const HTML_BLOCK: &[(&str, &str)] = &[("<!--", "-->")];

/// The comment syntax of each fence language. A language not in the table gets the
/// conservative rule: only `# ` and `// ` (with the space) at a line's start or after
/// white space start a comment, so `#include`, `#fff` and `//x` stay code.
fn syntax(lang: &str) -> Syntax {
    let with = |kind: Kind, line, block| Syntax {
        kind,
        line,
        leading: &[],
        block,
        quotes: QUOTES,
    };
    let code = |line, block| with(Kind::Code, line, block);
    let markup = |markdown, expressions, front_matter| {
        Kind::Markup(Markup {
            markdown,
            expressions,
            front_matter,
        })
    };
    match lang {
        "" | "text" | "txt" | "plaintext" | "plain" | "output" | "log" | "none" | "nohighlight" => {
            with(Kind::Output, &[], &[])
        }
        // Its commands are read as `sh`.
        "console" | "shell-session" | "sh-session" | "shellsession" | "terminal" => {
            with(Kind::Console, &[], &[])
        }
        "sh" | "bash" | "shell" | "zsh" | "dockerfile" | "docker" | "make" | "makefile" => {
            with(Kind::Shell, HASH, &[])
        }
        "powershell" | "ps1" | "pwsh" => with(Kind::Shell, HASH, &[("<#", "#>")]),
        "bat" | "cmd" | "batch" => Syntax {
            leading: &["rem", "@rem", "::"],
            quotes: "\"",
            ..with(Kind::Shell, &[], &[])
        },
        "python" | "py" | "ruby" | "rb" | "perl" | "r" | "elixir" | "nginx" => code(HASH, &[]),
        "yaml" | "yml" | "toml" | "conf" | "properties" => with(Kind::Config, HASH, &[]),
        "ini" | "cfg" => with(Kind::Config, &["#", ";"], &[]),
        "terraform" | "tf" | "hcl" => with(Kind::Config, SLASHES_HASH, C_BLOCK),
        "json" => with(Kind::Config, &[], &[]),
        "json5" | "jsonc" => with(Kind::Config, SLASHES, C_BLOCK),
        "rust" | "rs" => Syntax {
            // `'a` is a lifetime and `'x'` a character: neither hides localized text.
            quotes: "\"",
            ..code(SLASHES, C_BLOCK)
        },
        "c" | "cpp" | "c++" | "h" | "hpp" | "java" | "js" | "javascript" | "mjs" | "ts"
        | "typescript" | "go" | "kotlin" | "kt" | "swift" | "scala" | "cs" | "csharp" | "c#"
        | "dart" | "groovy" | "proto" | "protobuf" => code(SLASHES, C_BLOCK),
        "php" => code(SLASHES_HASH, C_BLOCK),
        "css" => code(&[], C_BLOCK),
        "scss" | "less" => code(SLASHES, C_BLOCK),
        "html" | "htm" | "xhtml" | "xml" | "svg" => {
            with(markup(false, false, None), &[], HTML_BLOCK)
        }
        "vue" | "svelte" => with(markup(false, true, None), &[], HTML_BLOCK),
        "astro" => with(markup(false, true, Some("ts")), &[], HTML_BLOCK),
        // Markdoc is Markdown with `{% tag %}`s, which every Markdown example may hold
        // too (Hugo's `{{< shortcode >}}`, Liquid): see `Lexer::template_tag`.
        "md" | "markdown" | "markdoc" | "mdoc" => {
            with(markup(true, false, Some("yaml")), &[], HTML_BLOCK)
        }
        "mdx" => with(
            markup(true, true, Some("yaml")),
            &[],
            &[("<!--", "-->"), ("{/*", "*/}")],
        ),
        "jsx" | "tsx" => with(Kind::Jsx, SLASHES, C_BLOCK),
        // Diagrams quote only with `"`, read apart from the code's strings.
        "mermaid" | "mmd" => Syntax {
            quotes: "",
            ..with(Kind::Diagram { labels: true }, &["%%"], &[])
        },
        "plantuml" | "puml" | "uml" => Syntax {
            leading: &["'"],
            quotes: "",
            ..with(Kind::Diagram { labels: true }, &[], &[("/'", "'/")])
        },
        "dot" | "graphviz" | "gv" => Syntax {
            quotes: "",
            ..with(Kind::Diagram { labels: false }, SLASHES_HASH, C_BLOCK)
        },
        "sql" => code(&["--"], C_BLOCK),
        "lua" => code(&["--"], &[("--[[", "]]")]),
        "haskell" | "hs" => code(&["--"], &[("{-", "-}")]),
        "ada" => code(&["--"], &[]),
        "lisp" | "clojure" | "clj" | "scheme" | "elisp" => Syntax {
            quotes: "\"",
            ..code(&[";"], &[])
        },
        "asm" | "nasm" => code(&[";"], &[]),
        "tex" | "latex" => Syntax {
            quotes: "",
            ..code(&["%"], &[])
        },
        "erlang" | "erl" | "matlab" => code(&["%"], &[]),
        "vb" | "vbnet" | "vba" | "vbscript" => Syntax {
            leading: &["rem"],
            quotes: "\"",
            ..code(&["'"], &[])
        },
        _ => code(&["# ", "// "], &[]),
    }
}

/// Whether a script or a text block shows a console session (`$ ` before commands).
fn has_prompt(code: &str) -> bool {
    code.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("$ ") || line == "$"
    })
}

/// A console session: the commands after prompts (`$ `, `> `, `PS>`, `PS C:\dir>`, and
/// `# ` for a root shell when `root`) and their `\`-continued lines, read as shell; the
/// output around them is not compared.
fn session(code: &str, root: bool) -> Structure {
    // Beside `$ ` prompts, a `# ` line is a root prompt only when a command follows
    // (`# apt install git`); otherwise it comments the output (`# Output`, `# 出力`).
    let users = has_prompt(code);
    let root_command = |command: &str| {
        !users
            || command.split_once(' ').is_some_and(|(word, _)| {
                word.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._/-".contains(c))
            })
    };
    let prompt = |line: &str| -> Option<String> {
        if matches!(line, "$" | ">") || (root && line == "#") {
            return Some(String::new());
        }
        if let Some(command) = line.strip_prefix("# ")
            && root
            && !root_command(command)
        {
            return None;
        }
        let prompts: &[&str] = if root {
            &["$ ", "> ", "# "]
        } else {
            &["$ ", "> "]
        };
        if let Some(command) = prompts.iter().find_map(|p| line.strip_prefix(p)) {
            return Some(command.to_string());
        }
        let rest = line.strip_prefix("PS")?;
        if !rest.starts_with(['>', ' ']) {
            return None;
        }
        rest.split_once('>').map(|(_, command)| command.to_string())
    };
    let mut commands = String::new();
    let mut continued = false;
    for line in code.lines() {
        let line = line.trim_start();
        let command = if continued {
            Some(line.to_string())
        } else {
            prompt(line)
        };
        continued = false;
        if let Some(command) = command {
            continued = command.trim_end().ends_with(['\\', '`']);
            commands.push_str(&command);
            commands.push('\n');
        }
    }
    Lexer::new(&syntax("sh"), &commands).run()
}

/// A token before the line it is on is classified.
#[derive(Debug)]
enum Raw {
    Punct(char),
    /// A flag, a number, or a string literal: its quotes, with its contents only when it
    /// is a key (`"name": …`).
    Fixed(String),
    Word(String),
    /// Prose in markup or a diagram.
    Text(String),
    /// A token of code nested in markup (a script, a front matter, an inner fence),
    /// classified by its own language.
    Token(Token),
}

struct Lexer<'a> {
    syntax: &'a Syntax,
    text: &'a str,
    pos: usize,
    lines: Vec<Vec<Raw>>,
}

impl<'a> Lexer<'a> {
    fn new(syntax: &'a Syntax, text: &'a str) -> Lexer<'a> {
        Lexer {
            syntax,
            text,
            pos: 0,
            lines: vec![Vec::new()],
        }
    }

    fn run(mut self) -> Structure {
        let kind = self.syntax.kind;
        match kind {
            Kind::Markup(markup) => self.document(markup),
            Kind::Diagram { labels } => self.diagram(labels),
            _ => {
                while let Some(c) = self.rest().chars().next() {
                    self.step(c);
                }
            }
        }
        let mut lines = Vec::new();
        let mut continued = false;
        for raw in self.lines.into_iter().filter(|l| !l.is_empty()) {
            let next_continued = matches!(raw.last(), Some(Raw::Punct('\\' | '`' | '^')));
            lines.push(classify(kind, raw, continued));
            continued = kind == Kind::Shell && next_continued;
        }
        if matches!(kind, Kind::Code | Kind::Config | Kind::Jsx) {
            drop_optional_punctuation(&mut lines);
        }
        if kind.flat() {
            lines = vec![lines.concat()];
            lines.retain(|l| !l.is_empty());
        }
        Structure { lines }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn previous(&self) -> Option<char> {
        self.text[..self.pos].chars().next_back()
    }

    /// Only white space since the start of the line.
    fn at_line_start(&self) -> bool {
        self.text[..self.pos]
            .rsplit('\n')
            .next()
            .is_none_or(|l| l.trim().is_empty())
    }

    fn push(&mut self, raw: Raw) {
        self.lines.last_mut().expect("a line").push(raw);
    }

    fn step(&mut self, c: char) {
        let rest = self.rest();
        if c == '\n' {
            self.lines.push(Vec::new());
            self.pos += 1;
            return;
        }
        if c.is_whitespace() {
            self.pos += c.len_utf8();
            return;
        }
        if let Some(len) = self.comment_len() {
            self.pos += len;
            return;
        }
        if self.syntax.quotes.contains(c)
            && self.opens_string(c)
            && let Some(len) = string_len(rest, c)
        {
            // Quote style is not structure: a translation may need `"` for an
            // apostrophe in its text (`'Hello'` → `"C'est"`).
            let key = self.is_key(&rest[len..]).then(|| {
                let triple = c != '`' && len >= 6 && rest.starts_with(&c.to_string().repeat(3));
                let q = if triple { 3 } else { 1 };
                &rest[q..len - q]
            });
            // Examples of locale configuration are localized: `'pt-BR': 'Guia'` in
            // English is `'zh-CN': '指南'` in Chinese. A key with a region or script only:
            // `"id"` is a key, not Indonesian.
            self.push(match key {
                Some(key) if key.contains(['-', '_']) && markdown::is_language_segment(key) => {
                    Raw::Word(key.to_string())
                }
                Some(key) => Raw::Fixed(format!("\"{key}\"")),
                None => Raw::Fixed("\"\"".to_string()),
            });
            self.pos += len;
            return;
        }
        if c == '<' && self.syntax.kind.jsx() && self.jsx_start() {
            self.element();
            return;
        }
        let flag = if c == '-' && self.flag_boundary() {
            flag_len(rest)
        } else {
            0
        };
        let (raw, len) = if flag > 0 {
            (Raw::Fixed(rest[..flag].to_string()), flag)
        } else if c.is_ascii_digit() {
            let len = number_len(rest);
            (Raw::Fixed(rest[..len].to_string()), len)
        } else if is_word_char(c) {
            let len = self.word_len();
            (Raw::Word(rest[..len].to_string()), len)
        } else {
            (Raw::Punct(c), c.len_utf8())
        };
        self.push(raw);
        self.pos += len;
    }

    /// Length of a comment at the position, if one starts there.
    fn comment_len(&self) -> Option<usize> {
        let rest = self.rest();
        if let Some((open, close)) = self.syntax.block.iter().find(|(o, _)| rest.starts_with(o)) {
            // An unclosed comment runs to the end, as in the language.
            let body = &rest[open.len()..];
            return Some(open.len() + body.find(close).map_or(body.len(), |i| i + close.len()));
        }
        let spaced = self.previous().is_none_or(char::is_whitespace);
        // Few languages have leading-only comments: look back for the line start last.
        let leading = self.syntax.leading.iter().any(|m| {
            rest.get(..m.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(m))
                && (!m.ends_with(char::is_alphabetic)
                    || rest[m.len()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace))
        }) && self.at_line_start();
        (leading || (spaced && self.syntax.line.iter().any(|m| rest.starts_with(m))))
            .then(|| rest.find('\n').unwrap_or(rest.len()))
    }

    /// A quote opens a string unless it is an apostrophe or a prime (`don't`, `x'`);
    /// Python's prefixes (`f'…'`, `rb'…'`) do open one.
    fn opens_string(&self, quote: char) -> bool {
        quote != '\''
            || !self.previous().is_some_and(char::is_alphanumeric)
            || string_prefix(&self.text[..self.pos])
    }

    /// A string followed by `:` at the start of a line, an object or a list item is a
    /// key (`{"name": …}`, `"port": 80`): keys are structure, values are not.
    fn is_key(&self, after: &str) -> bool {
        let line = self.lines.last().expect("a line");
        after.trim_start_matches([' ', '\t']).starts_with(':')
            && matches!(line.last(), None | Some(Raw::Punct('{' | ',' | '-')))
    }

    /// A `-` can start a flag after white space or an opening bracket, not inside a
    /// word or an expression (`a-b`, `x-1`).
    fn flag_boundary(&self) -> bool {
        self.previous()
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | ',' | '='))
    }

    /// A word: letters, `_` and anything beyond ASCII (localized text brings its own
    /// punctuation, `¡` and `…` included), joined by `-`, `.` and apostrophes
    /// (`my-project`, `example.md`, `don't`). Digits are numbers of their own, so that
    /// `python3.12` keeps its version.
    fn word_len(&self) -> usize {
        let rest = self.rest();
        let mut chars = rest.char_indices().peekable();
        let mut end = 0;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let joins = match c {
                '-' | '.' => next.is_some_and(is_word_char),
                '\'' => {
                    next.is_some_and(char::is_alphabetic)
                        && !string_prefix(&self.text[..self.pos + i])
                }
                _ => is_word_char(c),
            };
            if !joins {
                break;
            }
            end = i + c.len_utf8();
        }
        end
    }
}

/// The tags a `<` opens in markup and JSX.
enum Tag {
    /// An opening tag, with its name.
    Open(String),
    Close,
    /// A self-closing tag (`<Badge />`), a declaration, or one left unclosed.
    Empty,
}

/// Markup, diagrams and JSX: read as a reader of the example sees them, prose apart.
impl Lexer<'_> {
    fn push_text(&mut self, text: &str) {
        for word in text.split_whitespace() {
            self.push(Raw::Text(word.to_string()));
        }
    }

    fn fixed(&mut self, s: &str) {
        self.push(Raw::Fixed(s.to_string()));
    }

    /// Code in another language inside this block, its tokens appended (lines do not
    /// count in markup).
    fn nested(&mut self, lang: &str, code: &str) {
        for token in structure(lang, code).lines.into_iter().flatten() {
            self.push(Raw::Token(token));
        }
    }

    fn skip_spaces(&mut self, newlines: bool) {
        let rest = self.rest();
        let text = rest.trim_start_matches(|c: char| c.is_whitespace() && (newlines || c != '\n'));
        self.pos += rest.len() - text.len();
    }

    /// A whole markup document: its front matter, then its content.
    fn document(&mut self, markup: Markup) {
        if let Some(lang) = markup.front_matter
            && let Some(body) = self.rest().strip_prefix("---\n")
            && let Some(end) = body.find("\n---")
        {
            let after = &body[end + 4..];
            if after.is_empty() || after.starts_with(['\n', '\r']) {
                self.fixed("---");
                self.front_matter(lang, &body[..end]);
                self.fixed("---");
                self.pos += 4 + end + 4;
            }
        }
        self.content(markup, false);
    }

    /// The front matter of an example page: code in its language, but the values that
    /// read as prose (`title: My page of content`) are text, translated with the page.
    /// A relative path is written from the page's own folder, one level deeper in a
    /// translation: `~/assets/logo.png` is `../../assets/logo.png` there, the same file.
    fn front_matter(&mut self, lang: &str, body: &str) {
        // The indentation of a block scalar's key (`content: |`) while in one.
        let mut block: Option<usize> = None;
        for line in body.lines() {
            let indent = line.len() - line.trim_start().len();
            if let Some(key_indent) = block {
                if line.trim().is_empty() || indent > key_indent {
                    self.push_text(line);
                    continue;
                }
                block = None;
            }
            if let Some((_, value)) = line.split_once(':')
                && matches!(value.trim().chars().next(), Some('|' | '>'))
                && value.trim()[1..]
                    .chars()
                    .all(|c| matches!(c, '-' | '+' | '0'..='9'))
            {
                block = Some(indent);
                self.nested(lang, line);
                continue;
            }
            if let Some((key, value)) = line.split_once(": ")
                && !value.trim().contains(char::is_whitespace)
                && value.contains('/')
            {
                let path = value.trim().trim_start_matches(['~', '.', '/']);
                self.nested(lang, &format!("{key}: {path}"));
                continue;
            }
            let value = line
                .split_once(": ")
                .filter(|(key, _)| {
                    let key = key.trim_start().trim_start_matches("- ");
                    !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                })
                .map(|(key, value)| (key, value.trim()))
                .filter(|(_, value)| {
                    !value.starts_with(['[', '{', '|', '>', '&', '*', '!', '"', '\'', '#'])
                        && (value.contains(char::is_whitespace) || !value.is_ascii())
                });
            match value {
                Some((key, value)) => {
                    self.nested(lang, &format!("{key}:"));
                    self.push_text(value);
                }
                None => self.nested(lang, line),
            }
        }
    }

    /// Markup content to the end, or, `nested` in JSX, up to the tag that closes the
    /// element just opened.
    fn content(&mut self, markup: Markup, nested: bool) {
        let mut depth = 1usize;
        while let Some(c) = self.rest().chars().next() {
            match self.content_step(markup, c) {
                Some(Tag::Open(name)) => {
                    self.raw_text(&name);
                    depth += 1;
                }
                Some(Tag::Close) => depth = depth.saturating_sub(1),
                _ => {}
            }
            if nested && depth == 0 {
                return;
            }
        }
    }

    fn content_step(&mut self, markup: Markup, c: char) -> Option<Tag> {
        if c == '\n' {
            self.lines.push(Vec::new());
            self.pos += 1;
            return None;
        }
        if c.is_whitespace() {
            self.pos += c.len_utf8();
            return None;
        }
        // In JSX text `//` is text; comments are in braces, code.
        if self.syntax.kind != Kind::Jsx
            && let Some(len) = self.comment_len()
        {
            self.pos += len;
            return None;
        }
        if markup.markdown && self.at_line_start() && self.block_marker(markup) {
            return None;
        }
        if markup.markdown && c == '{' && self.template_tag() {
            return None;
        }
        let rest = self.rest();
        if c == '<' && tag_start(&rest[1..]) {
            return Some(self.tag());
        }
        if c == '{' && markup.expressions {
            self.expression();
            return None;
        }
        if markup.markdown && self.inline_markdown(c) {
            return None;
        }
        let len = text_len(rest, markup);
        self.push(Raw::Text(rest[..len].to_string()));
        self.pos += len;
        None
    }

    /// A Markdown block marker at the start of a line (after its indentation): a fence, a
    /// rule or setext underline, a table's delimiter row, a heading, a quote, a bullet or
    /// a number; in MDX an `import` or `export` line. Whether there was one.
    fn block_marker(&mut self, markup: Markup) -> bool {
        let rest = self.rest();
        let line = rest.split('\n').next().unwrap_or_default();
        if self.fence(line) {
            return true;
        }
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let first = compact.chars().next().unwrap_or(' ');
        if compact.len() >= 3 && "-*_=".contains(first) && compact.chars().all(|c| c == first) {
            self.fixed(if first == '=' { "===" } else { "---" });
            self.pos += line.len();
            return true;
        }
        if compact.contains(['-'])
            && compact.contains('|')
            && compact.chars().all(|c| "|-:".contains(c))
        {
            // Translators re-pad tables: a delimiter cell is its alignment only.
            for cell in compact.split_inclusive('|') {
                let (cell, pipe) = cell.strip_suffix('|').map_or((cell, false), |c| (c, true));
                if !cell.is_empty() {
                    let align = (cell.starts_with(':'), cell.ends_with(':'));
                    self.fixed(match align {
                        (true, true) => ":-:",
                        (true, false) => ":-",
                        (false, true) => "-:",
                        (false, false) => "-",
                    });
                }
                if pipe {
                    self.fixed("|");
                }
            }
            self.pos += line.len();
            return true;
        }
        let spaced = |after: &str| after.is_empty() || after.starts_with([' ', '\t', '\n']);
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        if (1..=6).contains(&hashes) && spaced(&rest[hashes..]) {
            self.fixed(&rest[..hashes]);
            self.pos += hashes;
            return true;
        }
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let marker = match rest.chars().next() {
            Some('>') => 1,
            Some('-' | '*' | '+') if spaced(&rest[1..]) => 1,
            _ if (1..=9).contains(&digits)
                && rest[digits..].starts_with(['.', ')'])
                && spaced(&rest[digits + 1..]) =>
            {
                digits + 1
            }
            _ => 0,
        };
        if marker > 0 {
            // All bullets are one: `*` for `-` is a matter of style.
            let shown = if marker == 1 && rest.starts_with(['*', '+']) {
                "-"
            } else {
                &rest[..marker]
            };
            self.fixed(shown);
            self.pos += marker;
            // A quote or an item may open with another marker (`> - a`, `- # b`).
            self.skip_spaces(false);
            if !self.rest().starts_with('\n') && !self.rest().is_empty() {
                self.block_marker(markup);
            }
            return true;
        }
        if markup.expressions && (rest.starts_with("import ") || rest.starts_with("export ")) {
            self.code_line();
            return true;
        }
        false
    }

    /// A fenced code block inside a Markdown example, read by its own language.
    fn fence(&mut self, line: &str) -> bool {
        let marker = match line.chars().next() {
            Some(c @ ('`' | '~')) => c,
            _ => return false,
        };
        let len = line.len() - line.trim_start_matches(marker).len();
        if len < 3 || (marker == '`' && line[len..].contains('`')) {
            return false;
        }
        let lang = line[len..].split_whitespace().next().unwrap_or_default();
        let body_start = (line.len() + 1).min(self.rest().len());
        let body = &self.rest()[body_start..];
        // The closing fence: a line of at least as many of the same marker.
        let mut offset = 0;
        let mut end = None;
        for l in body.split_inclusive('\n') {
            let t = l.trim();
            if t.len() >= len && t.chars().all(|c| c == marker) {
                end = Some((offset, offset + l.trim_end_matches('\n').len()));
                break;
            }
            offset += l.len();
        }
        let (code_end, after) = end.unwrap_or((body.len(), body.len()));
        let code = body[..code_end].to_string();
        let lang = lang.to_string();
        self.fixed("```");
        if !lang.is_empty() {
            self.fixed(&lang);
        }
        self.nested(&lang, &code);
        if end.is_some() {
            self.fixed("```");
        }
        self.pos += body_start + after;
        true
    }

    /// Markdown's inline structure: code spans (their code fixed, as on a page), link and
    /// image brackets and targets (free: a localized prefix), table pipes. Whether there
    /// was one.
    fn inline_markdown(&mut self, c: char) -> bool {
        let rest = self.rest();
        match c {
            '`' => {
                let ticks = rest.len() - rest.trim_start_matches('`').len();
                let fence = &rest[..ticks];
                let close = rest[ticks..].find(fence).filter(|&i| {
                    !rest[ticks + i + ticks..].starts_with('`')
                        && !rest[ticks..][..i].contains("\n\n")
                });
                match close {
                    // In an example page a code span is part of its prose, which the
                    // translation rewrites: `>` becomes „>“, `inline code` „Inline-Code“.
                    Some(i) => {
                        let code = rest[ticks..ticks + i]
                            .split_whitespace()
                            .collect::<Vec<_>>();
                        self.push(Raw::Text(format!("`{}`", code.join(" "))));
                        self.pos += ticks + i + ticks;
                    }
                    None => {
                        self.push(Raw::Text(fence.to_string()));
                        self.pos += ticks;
                    }
                }
                true
            }
            '!' if rest[1..].starts_with('[') => {
                self.push(Raw::Punct('!'));
                self.pos += 1;
                true
            }
            '[' | '|' => {
                self.push(Raw::Punct(c));
                self.pos += 1;
                true
            }
            ']' => {
                self.push(Raw::Punct(']'));
                self.pos += 1;
                let rest = self.rest();
                let line = rest.split('\n').next().unwrap_or_default();
                if line.starts_with('(')
                    && let Some(end) = line.find(')')
                {
                    // A link's target (free: a localized prefix) and title (text).
                    let inner = line[1..end].trim();
                    let (target, title) =
                        inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
                    let (target, title) = (target.to_string(), title.to_string());
                    self.push(Raw::Punct('('));
                    if !target.is_empty() {
                        self.push(Raw::Word(target));
                    }
                    self.push_text(&title);
                    self.push(Raw::Punct(')'));
                    self.pos += end + 1;
                }
                true
            }
            _ => false,
        }
    }

    /// A template tag in Markdown: Markdoc's `{% card title="Hi" %}`, Hugo's
    /// `{{< figure src="a.png" >}}` and `{{% note %}}`. Like an HTML tag, its name and
    /// attribute names are structure and quoted values text; other bare words are free.
    /// Whether there was one (closed, and not across a blank line).
    fn template_tag(&mut self) -> bool {
        let rest = self.rest();
        let Some((open, close)) = [("{{%", "%}}"), ("{{<", ">}}"), ("{%", "%}")]
            .into_iter()
            .find(|(open, _)| rest.starts_with(open))
        else {
            return false;
        };
        let Some(end) = rest[open.len()..].find(close) else {
            return false;
        };
        let inner = &rest[open.len()..open.len() + end];
        if inner.contains("\n\n") {
            return false;
        }
        self.fixed(open);
        let mut named = false;
        let mut words = inner.trim();
        while let Some(c) = words.chars().next() {
            let len = if matches!(c, '"' | '\'' | '“') {
                let close = if c == '“' { '”' } else { c };
                let body = &words[c.len_utf8()..];
                // The closing quote, past escaped ones (`"say \"hi\""`).
                let mut escaped = false;
                let end = body.char_indices().find_map(|(i, ch)| {
                    let found = ch == close && !escaped;
                    escaped = ch == '\\' && !escaped;
                    found.then_some(i)
                });
                let len = end.map_or(body.len(), |i| i + close.len_utf8());
                self.fixed("\"\"");
                self.push_text(body[..len].trim_end_matches(close));
                c.len_utf8() + len
            } else if matches!(c, '/' | '=' | '$') {
                self.push(Raw::Punct(c));
                1
            } else {
                let len = words
                    .find(|c: char| c.is_whitespace() || matches!(c, '=' | '"' | '\''))
                    .unwrap_or(words.len());
                let word = &words[..len];
                if !named || words[len..].trim_start().starts_with('=') {
                    self.fixed(word);
                    named = true;
                } else {
                    self.push(Raw::Word(word.to_string()));
                }
                len
            };
            words = words[len..].trim_start();
        }
        self.fixed(close);
        self.pos += open.len() + end + close.len();
        true
    }

    /// A tag at `<`: its name and attribute names are structure, attribute values text
    /// (or code, for `{…}`).
    fn tag(&mut self) -> Tag {
        self.fixed("<");
        self.pos += 1;
        let closing = self.rest().starts_with('/');
        if closing {
            self.fixed("/");
            self.pos += 1;
        }
        let rest = self.rest();
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-_.:!?".contains(c)))
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_string();
        if !name.is_empty() {
            self.fixed(&name);
        }
        self.pos += name_len;
        loop {
            self.skip_spaces(true);
            let rest = self.rest();
            let Some(c) = rest.chars().next() else {
                return Tag::Empty;
            };
            if rest.starts_with("/>") || rest.starts_with("?>") {
                self.fixed(&rest[..1]);
                self.fixed(">");
                self.pos += 2;
                return Tag::Empty;
            }
            match c {
                '>' => {
                    self.fixed(">");
                    self.pos += 1;
                    return if closing { Tag::Close } else { Tag::Open(name) };
                }
                // A JSX spread or a Svelte shorthand.
                '{' => self.expression(),
                // Not closed: the content goes on.
                '<' => return Tag::Empty,
                _ => {
                    let len = rest
                        .char_indices()
                        .find(|&(i, c)| {
                            c.is_whitespace()
                                || "=>{<\"'".contains(c)
                                || rest[i..].starts_with("/>")
                        })
                        .map_or(rest.len(), |(i, _)| i);
                    if len == 0 {
                        self.push(Raw::Text(c.to_string()));
                        self.pos += c.len_utf8();
                        continue;
                    }
                    self.fixed(&rest[..len]);
                    self.pos += len;
                    self.skip_spaces(true);
                    if self.rest().starts_with('=') {
                        self.fixed("=");
                        self.pos += 1;
                        self.skip_spaces(true);
                        self.attribute_value();
                    }
                }
            }
        }
    }

    /// An attribute's value: quoted (its quotes do not matter) or bare, it is text; in
    /// braces it is code.
    fn attribute_value(&mut self) {
        let rest = self.rest();
        match rest.chars().next() {
            Some('{') => self.expression(),
            Some(q @ ('"' | '\'')) => match rest[1..].find(q) {
                Some(end) => {
                    let value = rest[1..1 + end].to_string();
                    self.fixed("\"\"");
                    self.push_text(&value);
                    self.pos += end + 2;
                }
                None => {
                    self.push(Raw::Text(q.to_string()));
                    self.pos += 1;
                }
            },
            _ => {
                let len = rest
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '<')
                    .unwrap_or(rest.len());
                let len = if rest[..len].ends_with('/') && rest[len..].starts_with('>') {
                    len - 1
                } else {
                    len
                };
                let value = rest[..len].to_string();
                self.push_text(&value);
                self.pos += len;
            }
        }
    }

    /// Code in braces, up to the brace that closes it; it may hold JSX again.
    fn expression(&mut self) {
        // JSX's `{' '}` is a space between two elements, which a translation may need
        // where the English does not.
        let rest = self.rest();
        if let Some(len) = ["{' '}", "{\" \"}", "{` `}"]
            .iter()
            .find(|space| rest.starts_with(**space))
            .map(|space| space.len())
        {
            self.pos += len;
            return;
        }
        self.push(Raw::Punct('{'));
        self.pos += 1;
        let mut depth = 0usize;
        while let Some(c) = self.rest().chars().next() {
            match c {
                '}' if depth == 0 => {
                    self.push(Raw::Punct('}'));
                    self.pos += 1;
                    return;
                }
                '}' => depth -= 1,
                '{' => depth += 1,
                _ => {}
            }
            self.step(c);
        }
    }

    /// MDX's `import`/`export`: code to the end of the line, or of its brackets.
    fn code_line(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.rest().chars().next() {
            match c {
                '\n' if depth == 0 => return,
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            self.step(c);
        }
    }

    /// A JSX element in code: the tag, then its children up to its closing tag.
    fn element(&mut self) {
        if let Tag::Open(name) = self.tag() {
            self.raw_text(&name);
            self.content(JSX, true);
        }
    }

    /// Whether the `<` at the position opens JSX rather than comparing or opening type
    /// arguments: an element name or a fragment follows, and an expression may start
    /// here (`return <p>`, `(<p>`, `= <p>`, `=> <p>`; not `a <b` or `useState<string>`).
    fn jsx_start(&self) -> bool {
        if !self.rest()[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '>') {
            return false;
        }
        let before = self.text[..self.pos].trim_end();
        before.is_empty()
            || before.ends_with([
                '(', ',', '=', ':', '?', '&', '|', '{', '}', '[', ';', '>', '!',
            ])
            || before
                .strip_suffix("return")
                .is_some_and(|b| !b.ends_with(is_word_char))
    }

    /// The contents of a `<script>` or `<style>` element, after its opening tag, read as
    /// their code; any other element's content stays markup.
    fn raw_text(&mut self, name: &str) {
        let lang = match name.to_ascii_lowercase().as_str() {
            "script" => "js",
            "style" => "scss",
            _ => return,
        };
        let rest = self.rest();
        let close = format!("</{name}");
        let end = rest
            .to_ascii_lowercase()
            .find(&close.to_ascii_lowercase())
            .unwrap_or(rest.len());
        let code = rest[..end].to_string();
        self.nested(lang, &code);
        self.pos += end;
    }

    /// A diagram: its words, numbers and arrows are structure; labels and strings are
    /// text.
    fn diagram(&mut self, labels: bool) {
        while let Some(c) = self.rest().chars().next() {
            if let Some(len) = self.comment_len() {
                self.pos += len;
                continue;
            }
            let rest = self.rest();
            let line = rest.split('\n').next().unwrap_or_default();
            match c {
                '"' => match line[1..].find('"') {
                    Some(end) => {
                        self.fixed("\"\"");
                        self.push_text(&line[1..1 + end]);
                        self.pos += end + 2;
                    }
                    None => self.step(c),
                },
                '[' | '(' | '{' if labels => self.label(line),
                // An edge's text between its two halves: `A -- sends --> B`.
                '-' | '=' if labels && edge_text(line).is_some() => {
                    let end = edge_text(line).unwrap_or(line.len());
                    self.fixed(&line[..2]);
                    self.push_text(&line[3..end]);
                    self.pos += end;
                }
                '|' if labels => match line[1..].find('|') {
                    Some(end) => {
                        self.fixed("|");
                        self.push_text(&line[1..1 + end]);
                        self.fixed("|");
                        self.pos += end + 2;
                    }
                    None => self.step(c),
                },
                ':' if labels => {
                    self.push(Raw::Punct(':'));
                    self.push_text(&line[1..]);
                    self.pos += line.len();
                }
                _ if labels && self.at_line_start() && c.is_ascii_alphabetic() => {
                    // A block's title: `loop Every minute`, `subgraph Backend services`.
                    let word = &line[..self.word_len()];
                    // A sequence diagram's `participant Server as FastAPI server`: the
                    // name after `as` is what the reader sees, text.
                    let alias = ["participant", "actor"]
                        .contains(&word)
                        .then(|| line.find(" as "))
                        .flatten();
                    if TITLED.contains(&word) && line[word.len()..].starts_with([' ', '\t']) {
                        self.push(Raw::Word(word.to_string()));
                        self.push_text(&line[word.len()..]);
                        self.pos += line.len();
                    } else if let Some(at) = alias {
                        for id in line[..at].split_whitespace() {
                            self.push(Raw::Word(id.to_string()));
                        }
                        // `as` and the alias alone: a translation may add one.
                        self.push_text(&line[at + 4..]);
                        self.pos += line.len();
                    } else {
                        self.step(c);
                    }
                }
                _ => self.step(c),
            }
        }
    }

    /// A node's label in brackets, `A[text]`, `B((text))`, `C{text}`: shape and text
    /// are both text. A bracket not closed on its line is punctuation.
    fn label(&mut self, line: &str) {
        let (mut depth, mut quoted) = (0usize, false);
        let end = line.char_indices().find_map(|(i, c)| {
            match c {
                '"' => quoted = !quoted,
                _ if quoted => {}
                '[' | '(' | '{' => depth += 1,
                ']' | ')' | '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
            None
        });
        let Some(end) = end else {
            let c = line.chars().next().unwrap_or('[');
            self.push(Raw::Punct(c));
            self.pos += 1;
            return;
        };
        // A node's shape and label are both what the reader sees: a translation may
        // give a label to a node that had none (`Aggregation` → `Aggregation[集約]`).
        self.push(Raw::Text(line[..=end].to_string()));
        self.pos += end + 1;
    }
}

/// Length of a Mermaid edge's first half and text (`-- sends ` in `-- sends --> B`,
/// `-. maybe .->`), if the line starts with one.
fn edge_text(line: &str) -> Option<usize> {
    let close = match line.get(..3)? {
        "-- " => "--",
        "== " => "==",
        "-. " => ".-",
        _ => return None,
    };
    line[3..].find(close).map(|i| 3 + i)
}

/// Diagram keywords whose line goes on with a title, prose.
const TITLED: &[&str] = &[
    "title", "section", "subgraph", "loop", "alt", "else", "opt", "par", "and", "critical",
    "break", "option", "legend", "caption", "header", "footer",
];

/// Whether the text after a `<` makes it a tag: a name, a closing `/`, a fragment's `>`,
/// a declaration (`<!DOCTYPE`, `<?xml`). `a < b` is text.
fn tag_start(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '>' => true,
        Some('/' | '!' | '?') => chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '>'),
        _ => false,
    }
}

/// Length of a run of prose at the start of `rest`: up to white space or what the
/// markup marks; at least one character.
fn text_len(rest: &str, markup: Markup) -> usize {
    let special = |i: usize, c: char| {
        c.is_whitespace()
            || c == '<'
            || (markup.expressions && c == '{')
            || (markup.markdown
                && (matches!(c, '`' | '[' | ']' | '|' | '{')
                    || (c == '!' && rest[i + 1..].starts_with('['))))
    };
    let mut chars = rest.char_indices();
    let first = chars.next().map_or(0, |(_, c)| c.len_utf8());
    chars
        .find(|&(i, c)| special(i, c))
        .map_or(rest.len(), |(i, _)| i)
        .max(first)
}

/// The text before a quote ends with a Python string prefix standing alone (`f`, `rb`).
fn string_prefix(before: &str) -> bool {
    let word = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let prefix = &before[word.len()..];
    (1..=2).contains(&prefix.len())
        && prefix.chars().all(|c| "fFrRbBuU".contains(c))
        && !word.chars().next_back().is_some_and(is_word_char)
}

/// Letters, `_`, and any character beyond ASCII that is not white space.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '_' || (!c.is_ascii() && !c.is_whitespace())
}

/// Length of a string literal at the start of `rest` (its quotes included), with
/// backslash escapes; a single-quoted string ends with its line, a triple-quoted one
/// (`"""…"""`) may span lines. `None` when it is not closed: the quote is then only
/// punctuation.
fn string_len(rest: &str, quote: char) -> Option<usize> {
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let (open, multiline) = if quote != '`' && rest.starts_with(&triple) {
        (triple.as_str(), true)
    } else {
        (&rest[..quote.len_utf8()], false)
    };
    let body = &rest[open.len()..];
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' if !multiline => return None,
            _ if body[i..].starts_with(open) => return Some(open.len() + i + open.len()),
            _ => {}
        }
    }
    None
}

/// Length of a flag (`-x`, `--no-color`) at the start of `rest`, 0 when there is none.
/// Flags are ASCII: a dash before localized text (`-línea`) is punctuation.
fn flag_len(rest: &str) -> usize {
    let dashes = if rest.starts_with("--") { 2 } else { 1 };
    let name = &rest[dashes..];
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return 0;
    }
    let len = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
        .unwrap_or(name.len());
    if name[len..].starts_with(is_word_char) {
        return 0;
    }
    dashes + len
}

/// Length of a number or version (`8080`, `1.2.0`) at the start of `rest`.
fn number_len(rest: &str) -> usize {
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() {
        if bytes[end].is_ascii_digit() {
            end += 1;
        } else if bytes[end] == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// Marks the tokens of one line fixed or free; `continued`: the line goes on a
/// shell command from the line before, so its first word is an argument.
fn classify(kind: Kind, raw: Vec<Raw>, continued: bool) -> Vec<Token> {
    // A shell line's command: its first word, after punctuation only (`./configure`,
    // `@echo`), not after a string, a number or a flag.
    let command = (kind == Kind::Shell && !continued)
        .then(|| raw.iter().position(|r| !matches!(r, Raw::Punct(_))))
        .flatten()
        .filter(|&i| matches!(raw[i], Raw::Word(_)));
    // Configuration keys: the words before the line's first `:` or `=`, or all the
    // words of a `[section]` line.
    let keys_end = match kind {
        Kind::Config if matches!(raw.first(), Some(Raw::Punct('['))) => raw.len(),
        Kind::Config => raw
            .iter()
            .position(|r| matches!(r, Raw::Punct(':' | '=')))
            .unwrap_or(0),
        _ => 0,
    };
    raw.into_iter()
        .enumerate()
        .map(|(i, r)| match r {
            Raw::Punct(c) => Token::Fixed(c.to_string()),
            Raw::Fixed(s) => Token::Fixed(s),
            // A diagram's words are its node ids and keywords.
            Raw::Word(w) if i < keys_end || Some(i) == command => Token::Fixed(w),
            Raw::Word(w) if matches!(kind, Kind::Diagram { .. }) => Token::Fixed(w),
            Raw::Word(w) => Token::Free(w),
            Raw::Text(t) => Token::Text(t),
            Raw::Token(t) => t,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The structure as text: tokens separated by spaces, free words marked `~`, text
    /// `^`, lines by ` / `.
    fn shown(lang: &str, code: &str) -> String {
        structure(lang, code)
            .lines
            .iter()
            .map(|line| {
                line.iter()
                    .map(|t| match t {
                        Token::Fixed(s) => s.clone(),
                        Token::Free(s) => format!("~{s}"),
                        Token::Text(s) => format!("^{s}"),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join(" / ")
    }

    #[track_caller]
    fn kept(lang: &str, english: &str, translation: &str) -> bool {
        structure(lang, english).kept_by(&structure(lang, translation))
    }

    #[test]
    fn hash_comments_go_in_shell_python_and_yaml() {
        let en = "# the OTLP receiver the app is sending traces to\nexport OTEL_ENDPOINT=http://localhost:4318 # default\n";
        let pt = "# o receptor OTLP para o qual o app envia traces\nexport OTEL_ENDPOINT=http://localhost:4318   # padrão\n";
        assert_eq!(
            shown("sh", en),
            "export ~OTEL_ENDPOINT = ~http : / / ~localhost : 4318"
        );
        assert_eq!(shown("sh", en), shown("sh", pt));
        assert_eq!(
            shown("python", "x = 1  # one\n# two\n"),
            shown("py", "x = 1  # un\n")
        );
        assert_eq!(shown("yaml", "# c\nport: 80 # c\n"), "port : 80");
        // `$#` is not a comment, nor is `a#b`.
        assert_eq!(shown("bash", "echo $# a#b"), "echo $ # ~a # ~b");
    }

    #[test]
    fn slash_and_block_comments_go_in_c_like_languages() {
        let en = "// check out conventions\nconst a = 1; /* the\n answer */\n";
        let es = "// consulte las convenciones\n// en la guía\nconst a = 1; /* la respuesta */\n";
        assert_eq!(shown("js", en), "~const ~a = 1");
        assert_eq!(shown("js", en), shown("typescript", es));
        assert_eq!(
            shown("css", "a { color: red; } /* rojo */"),
            "~a { ~color : ~red ; }"
        );
        assert_eq!(shown("scss", "// x\n$a: 1;"), "$ ~a : 1");
        assert_eq!(shown("php", "# x\n$a = 1; // y"), "$ ~a = 1");
    }

    #[test]
    fn markup_sql_lisp_tex_batch_and_vb_comments_go() {
        assert_eq!(shown("html", "<!-- hi -->\n<p>x</p>"), "< p > ^x < / p >");
        assert_eq!(shown("mdx", "{/* hi */}\n# T"), "# ^T");
        assert_eq!(shown("sql", "SELECT 1; -- one"), "~SELECT 1");
        assert_eq!(shown("lua", "--[[ a\nb ]]\nx = 1 -- c"), "~x = 1");
        assert_eq!(shown("clojure", "; c\n(inc 1)"), "( ~inc 1 )");
        assert_eq!(
            shown("ini", "; c\n# d\n[main]\nkey = v"),
            "[ main ] / key = ~v"
        );
        assert_eq!(shown("latex", "50\\% off % c"), "50 \\ % ~off");
        assert_eq!(shown("bat", "REM c\n:: d\n@echo off"), "@ echo ~off");
        assert_eq!(shown("vb", "Dim x ' c\nrem d"), "~Dim ~x");
        assert_eq!(
            shown("powershell", "<# c #>\nGet-Item x # d"),
            "Get-Item ~x"
        );
    }

    #[test]
    fn comment_markers_in_strings_are_not_comments() {
        assert_eq!(shown("js", "fetch(\"http://x\"); // y"), "~fetch ( \"\" )");
        assert_eq!(shown("python", "c = '#fff'  # white"), "~c = \"\"");
        assert_eq!(shown("sh", "echo \"a # b\" 'c # d'"), "echo \"\" \"\"");
        assert_eq!(shown("python", "s = \"a \\\" # b\""), "~s = \"\"");
    }

    #[test]
    fn string_contents_are_hidden_but_keys_are_kept() {
        assert!(kept("python", "print(\"Hello\")", "print(\"Hola\")"));
        assert!(kept(
            "python",
            "print(f'Hello {name}')",
            "print(f'Hola {name}')"
        ));
        assert_eq!(
            shown("json", "{\"name\": \"Hello\", \"port\": 80}"),
            "{ \"name\" : \"\" , \"port\" : 80 }"
        );
        assert!(!kept("json", "{\"name\": \"x\"}", "{\"nombre\": \"x\"}"));
        // A docstring is a string, over all its lines.
        assert_eq!(
            shown(
                "python",
                "def f():\n    \"\"\"Say hello.\n\n    Twice.\"\"\"\n"
            ),
            "~def ~f ( ) : / \"\""
        );
    }

    #[test]
    fn whitespace_and_blank_lines_do_not_count() {
        assert_eq!(
            structure("go", "a  :=\tb\n\n\n  c()"),
            structure("go", "a := b\nc()\n")
        );
    }

    #[test]
    fn a_console_session_is_its_commands() {
        let en = "$ transync status --lang es\ncontent/es/guide.md  stale\n# apt install git\n> continued\n";
        let es = "$ transync status --lang es\ncontent/es/guía.md  desactualizada\n# apt install git\n> continued\n";
        assert_eq!(
            shown("console", en),
            "transync ~status --lang ~es / apt ~install ~git / continued"
        );
        assert!(kept("console", en, es));
        assert!(!kept(
            "console",
            en,
            &es.replace("--lang es", "--lang fr,es")
        ));
        assert_eq!(
            shown("console", "PS C:\\dir> Get-Item x\nPS> dir\noutput"),
            "Get-Item ~x / dir"
        );
        let continued = "$ docker run \\\n  my-image\nrunning\n";
        assert_eq!(
            shown("shell-session", continued),
            "docker ~run \\ / ~my-image"
        );
    }

    #[test]
    fn a_script_with_prompts_is_a_session_and_its_hashes_are_comments() {
        let en = "$ npm install\nadded 5 packages\n# done\n";
        assert_eq!(shown("bash", en), "npm ~install");
        assert!(kept("bash", en, "$ npm install\nse añadieron 5 paquetes\n"));
    }

    #[test]
    fn output_and_unlabelled_blocks_are_compared_by_their_commands_only() {
        assert_eq!(shown("text", "Hello, World!\nVersion 1.2"), "");
        assert_eq!(shown("", "Hello, World!"), "");
        assert!(kept("output", "Done in 3s", "Terminado en 4 s\nOK"));
        assert_eq!(shown("", "$ ls -l\ntotal 0"), "ls -l");
        assert!(!kept("", "$ ls -l\ntotal 0", "$ ls -la\ntotal 0"));
    }

    #[test]
    fn an_unknown_language_loses_only_spaced_comments() {
        assert_eq!(
            shown(
                "graphql",
                "# a query\nquery { a } # trailing\n#include x//y\n"
            ),
            "~query { ~a } / # ~include ~x / / ~y"
        );
        assert!(kept(
            "graphql",
            "// c\nquery { a }",
            "// comentario\nquery { a }"
        ));
    }

    #[test]
    fn localized_names_keep_the_structure() {
        assert!(kept("sh", "cat example.md", "cat exemple.md"));
        assert!(kept(
            "sh",
            "mkdir my-project\ncd my-project",
            "mkdir mi-proyecto\ncd mi-proyecto"
        ));
        assert!(kept(
            "yaml",
            "title: Getting started\nweight: 2",
            "title: Primeros pasos\nweight: 2"
        ));
        assert!(kept(
            "js",
            "const greeting = \"Hello\";",
            "const saludo = \"Hola\";"
        ));
        // A dash before localized text is not a flag.
        assert_eq!(shown("sh", "ls --all -línea"), "ls --all - ~línea");
    }

    #[test]
    fn changed_commands_flags_keys_numbers_and_lines_break_the_structure() {
        assert!(!kept("sh", "ls -la", "ls -l"), "a flag");
        assert!(
            !kept("sh", "npm install", "npm install\nnpm test"),
            "a line"
        );
        assert!(
            !kept("sh", "npm install react@18", "npm install react@17"),
            "a number"
        );
        assert!(!kept("sh", "cat x.md", "less x.md"), "a command");
        assert!(!kept("yaml", "port: 80", "puerto: 80"), "a key");
        assert!(
            !kept("toml", "[server]\nport = 80", "[servidor]\nport = 80"),
            "a section"
        );
        assert!(
            !kept("sh", "pip install python3.12", "pip install python3.11"),
            "a version"
        );
        // Unquoted text where every word differs and structure is thin is other code.
        assert!(!kept(
            "sh",
            "echo Hello world",
            "echo Bonjour tout le monde"
        ));
    }

    #[test]
    fn strict_equality_tells_english_versions_apart() {
        let a = structure("sh", "# one\ncat example.md");
        assert_eq!(a, structure("sh", "# two\ncat  example.md"));
        assert_ne!(a, structure("sh", "cat sample.md"));
    }

    #[test]
    fn markup_text_and_attribute_values_are_prose() {
        let en = "import { Aside, Badge } from '@astrojs/starlight/components';\n\n<Aside type=\"tip\">Some useful text</Aside>\n<Badge text=\"Note\" />\n";
        let es = "import { Aside, Badge } from '@astrojs/starlight/components';\n\n<Aside type=\"tip\">Un texto útil</Aside>\n<Badge text=\"Hinweis\" />\n";
        assert_eq!(
            shown("mdx", en),
            "~import { ~Aside , ~Badge } ~from \"\" ; < Aside type = \"\" ^tip > ^Some ^useful ^text < / Aside > < Badge text = \"\" ^Note / >"
        );
        assert!(kept("mdx", en, es));
        assert!(kept(
            "html",
            "<p class=\"note\">Hello <b>world</b></p>",
            "<p class='nota'>\n  ¡Hola\n  <b>mundo</b>!\n</p>"
        ));
        assert!(kept(
            "xml",
            "<?xml version=\"1.0\"?>\n<item>Text</item>",
            "<?xml version=\"1.0\"?>\n<item>Texto</item>"
        ));
        assert!(kept(
            "svelte",
            "<button on:click={add}>Clicked {count} times</button>",
            "<button on:click={add}>{count} veces pulsado</button>"
        ));
    }

    #[test]
    fn a_missing_or_renamed_tag_or_attribute_breaks_markup() {
        let en = "<Tabs>\n<TabItem label=\"npm\">Install it.</TabItem>\n<TabItem label=\"pnpm\">Install it.</TabItem>\n</Tabs>";
        let de = en.replace("Install it.", "Installieren.");
        assert!(kept("mdx", en, &de));
        let missing = "<Tabs>\n<TabItem label=\"npm\">Installieren.</TabItem>\n</Tabs>";
        assert!(!kept("mdx", en, missing), "a component");
        assert!(!kept("mdx", en, &de.replace("TabItem", "Tab")), "a tag");
        assert!(
            !kept("mdx", en, &de.replace("label=", "title=")),
            "an attribute"
        );
        assert!(!kept("html", "<p>Hi</p>", "<div>Hola</div>"), "a tag");
        assert!(!kept(
            "vue",
            "<p v-if=\"ok\">Hi</p>",
            "<p v-show=\"ok\">Hola</p>"
        ));
    }

    #[test]
    fn re_wrapped_markdown_keeps_its_markers() {
        let en = "---\ntitle: Guide\n---\n\n## Install\n\nThis paragraph is long enough\nto be wrapped over three\nlines by its author.\n\n- Run `npm install`.\n- See [the docs](/docs/).\n\n| Name | Value |\n|------|-------|\n| a    | 1     |\n";
        let ja = "---\ntitle: ガイド\n---\n\n## インストール\n\nこの段落は一行に収まります。\n\n* `npm install` を実行します。\n* [ドキュメント](/docs/)を参照してください。\n\n| 名前 | 値 |\n|---|---|\n| a | 1 |\n";
        assert_eq!(
            shown("md", en),
            "--- title : ~Guide --- ## ^Install ^This ^paragraph ^is ^long ^enough ^to ^be ^wrapped ^over ^three ^lines ^by ^its ^author. - ^Run ^`npm install` ^. - ^See [ ^the ^docs ] ( ~/docs/ ) ^. | ^Name | ^Value | | - | - | | ^a | ^1 |"
        );
        assert!(kept("md", en, ja));
        assert!(kept(
            "markdown",
            en,
            &ja.replace("## インストール", "## インストール\n")
        ));
        assert!(
            !kept("md", en, &ja.replace("## ", "### ")),
            "a heading level"
        );
        assert!(
            !kept(
                "md",
                en,
                &ja.replace("* [ドキュメント](/docs/)を参照してください。\n", "")
            ),
            "a list item"
        );
        assert!(
            !kept("md", en, &ja.replace("title:", "titulo:")),
            "a front matter key"
        );
        // A code span in an example page is part of its prose: a translation may
        // turn it into quotation marks or translate it; English versions compare it.
        assert!(kept(
            "md",
            en,
            &ja.replace("`npm install`", "„npm install“")
        ));
        assert_ne!(
            structure("md", en),
            structure("md", &en.replace("npm install", "npm i"))
        );
        // An example nested in the example is code in its own language.
        let nested = "````md\n```sh\n# install\nnpm install\n```\n````";
        assert_eq!(shown("md", nested), "``` md ``` sh npm ~install ``` ```");
    }

    #[test]
    fn examples_keep_their_structure_as_teams_translate_them() {
        // Markdoc and Hugo template tags: names and attribute names, values text.
        let en =
            "{% card title=\"Check this out\" icon=\"star\" %}\nInteresting content.\n{% /card %}";
        let de = "{% card title=\"Schau dir das an\" icon=\"star\" %}\nInteressante Inhalte.\n{% /card %}";
        assert_eq!(
            shown("markdoc", en),
            "{% card title = \"\" ^Check ^this ^out icon = \"\" ^star %} ^Interesting ^content. {% / card %}"
        );
        assert!(kept("markdoc", en, de));
        assert!(!kept(
            "markdoc",
            en,
            &de.replace("card title", "tile title")
        ));
        assert!(!kept("markdoc", en, &de.replace(" icon=", " symbol=")));
        assert!(kept(
            "markdoc",
            r#"{% code code="log('Hi!');" title="example.js" /%}"#,
            r#"{% code code="log(\"C'est ça !\");" title="exemple.js" /%}"#
        ));
        assert_eq!(
            shown("md", "{{< figure src=\"a.png\" >}}"),
            "{{< figure src = \"\" ^a.png >}}"
        );
        // A formatter's choice of where a YAML scalar goes.
        assert_eq!(
            structure("yaml", "test:\n  mysqladmin ping -h 1\nlist:\n  - a\n"),
            structure("yaml", "test: mysqladmin ping -h 1\nlist:\n  - a\n")
        );
        assert_ne!(
            structure("yaml", "a:\n  b: 1\n"),
            structure("yaml", "a: b: 1\n")
        );
        // Beside `$ ` prompts, `# ` lines comment the output; alone they are prompts.
        assert_eq!(
            shown("console", "$ ls -l\n# Output\n# 出力\n# apt install git"),
            "ls -l / apt ~install ~git"
        );
        // Quote style, trailing commas and the excerpt's last `;` or `,`.
        assert_eq!(
            structure("js", "f('a', {\n  b: 1,\n});"),
            structure("js", "f(\"a\", {\n  b: 1\n})")
        );
        assert_ne!(structure("js", "f(a, b)"), structure("js", "f(a; b)"));
        // Locale codes of a configuration example are the reader's.
        assert!(kept(
            "js",
            "x = { 'pt-BR': 'Guia' }",
            "x = { 'zh-CN': '指南' }"
        ));
        assert!(!kept("js", "x = { 'id': 1 }", "x = { 'fr': 1 }"));
        // A sequence diagram's aliases and a node given a label are what readers see.
        assert!(kept(
            "mermaid",
            "sequenceDiagram\n participant Client\n participant S as API server\n Client->>S: Hi",
            "sequenceDiagram\n participant Client as Kunde\n participant S as API-Server\n Client->>S: Hallo"
        ));
        assert!(kept(
            "mermaid",
            "graph LR\n A --> B",
            "graph LR\n A --> B[集約]"
        ));
        assert!(!kept("mermaid", "graph LR\n A --> B", "graph LR\n A --> C"));
        // JSX's `{' '}` between elements.
        assert!(kept("mdx", "<A>Hi</A>\n<B />", "<A>Hallo</A>{' '}\n<B />"));
        // An example page: prose front matter values, code spans and relative paths.
        assert!(kept(
            "md",
            "---\ntitle: My page\nimage: ~/assets/a.png\nbanner:\n  content: |\n    We launched!\n---\nQuotes start with `>`.",
            "---\ntitle: Meine Seite\nimage: ../../assets/a.png\nbanner:\n  content: |\n    Wir sind da!\n---\nZitate beginnen mit „>“."
        ));
    }

    #[test]
    fn diagram_labels_are_prose_and_edges_structure() {
        let en = "graph TD\n  %% the request path\n  A[MySQL client] --> B((Server))\n  B -->|sends data| C{Is it ok?}\n  subgraph Backend services\n  C --> D[(Database)]\n  end";
        let ja = "graph TD\n  %% リクエストの経路\n  A[MySQL クライアント] --> B((サーバー))\n  B -->|データを送信| C{大丈夫ですか？}\n  subgraph バックエンドサービス\n  C --> D[(データベース)]\n  end";
        assert_eq!(
            shown("mermaid", en),
            "graph TD A ^[MySQL client] - - > B ^((Server)) B - - > | ^sends ^data | C ^{Is it ok?} subgraph ^Backend ^services C - - > D ^[(Database)] end"
        );
        assert!(kept("mermaid", en, ja));
        assert!(
            !kept(
                "mermaid",
                en,
                &ja.replace("  C --> D[(データベース)]\n", "")
            ),
            "an edge"
        );
        assert!(
            !kept("mermaid", en, &ja.replace("B -->|", "B -.->|")),
            "an arrow"
        );
        assert!(
            !kept("mermaid", en, &ja.replace("A[MySQL", "X[MySQL")),
            "a node id"
        );
        let seq = "sequenceDiagram\n  Alice->>Bob: Hello Bob, how are you?\n  loop Every minute\n    Bob-->>Alice: Great!\n  end";
        let es = "sequenceDiagram\n  Alice->>Bob: Hola Bob, ¿cómo estás?\n  loop Cada minuto\n    Bob-->>Alice: ¡Genial!\n  end";
        assert!(kept("mermaid", seq, es));
        let edge = "graph LR\n  A -- sends data --> B\n  B -. maybe .-> C";
        assert!(kept(
            "mermaid",
            edge,
            "graph LR\n  A -- envía datos --> B\n  B -. quizá .-> C"
        ));
        assert!(!kept("mermaid", edge, "graph LR\n  A -- envía datos --> B"));
        assert!(kept(
            "plantuml",
            "@startuml\n' a comment\nAlice -> Bob: Hello\n@enduml",
            "@startuml\nAlice -> Bob: Hallo\n@enduml"
        ));
        let dot = "digraph G {\n  a -> b [label=\"hello world\"];\n  b -> c;\n}";
        assert!(kept("dot", dot, &dot.replace("hello world", "hola mundo")));
        assert!(
            !kept("dot", dot, &dot.replace("  b -> c;\n", "")),
            "an edge"
        );
    }

    #[test]
    fn jsx_text_is_prose_and_its_code_is_code() {
        let en = "export default function App() {\n  // the counter\n  return (\n    <div className=\"app\">\n      <h1>Hello, {name}! Click below.</h1>\n      <Button onClick={() => setN(n + 1)} />\n    </div>\n  );\n}";
        let fr = en.replace("// the counter", "// le compteur").replace(
            "<h1>Hello, {name}! Click below.</h1>",
            "<h1>\n        Bonjour, {name} ! Cliquez\n        ci-dessous.\n      </h1>",
        );
        assert!(kept("jsx", en, &fr));
        assert!(!kept("tsx", en, &fr.replace("n + 1", "n + 2")), "a number");
        assert!(
            !kept("jsx", en, &fr.replace("<Button", "<Btn")),
            "a component"
        );
        // Type arguments and comparisons are not elements.
        assert_eq!(
            shown("tsx", "const [s] = useState<string>(\"\");\nif (a < b) {}"),
            "~const [ ~s ] = ~useState < ~string > ( \"\" ) ; ~if ( ~a < ~b ) { }"
        );
        assert_eq!(
            shown("tsx", "const el = <p>Don't panic // or do</p>;"),
            "~const ~el = < p > ^Don't ^panic ^// ^or ^do < / p >"
        );
    }

    #[test]
    fn scripts_styles_and_front_matter_in_markup_are_code() {
        let en = "---\nimport Card from '../Card.astro';\n// the title\nconst title = \"Hi\";\n---\n<Card title={title}>Some text</Card>\n<style>\n  p { color: red; } /* red */\n</style>";
        let es = en
            .replace("// the title", "// el título")
            .replace("Some text", "Algo de texto")
            .replace("/* red */", "/* rojo */");
        assert!(kept("astro", en, &es));
        assert!(!kept(
            "astro",
            en,
            &es.replace("color: red;", "color: red; margin: 0;")
        ));
        let vue = "<template>\n  <p>{{ message }} here</p>\n</template>\n<script setup>\nconst message = 'Hello' // greeting\n</script>";
        assert!(kept(
            "vue",
            vue,
            &vue.replace(" here", " aquí")
                .replace("// greeting", "// saludo")
        ));
        assert!(!kept("vue", vue, &vue.replace("'Hello'", "t('Hello')")));
    }

    #[test]
    fn english_versions_of_markup_compare_their_text() {
        let a = structure("md", "# Title\n\nSome text\nwrapped.");
        assert_eq!(a, structure("md", "# Title\n\nSome text wrapped."));
        assert_ne!(a, structure("md", "# Title\n\nOther text wrapped."));
    }

    #[test]
    fn a_run_of_cjk_is_one_word_and_does_not_outweigh_the_code() {
        assert_eq!(shown("sh", "echo 你好世界，再见"), "echo ~你好世界，再见");
        // Many labels in Chinese, few fixed tokens: still the same diagram.
        let en = "flowchart LR\n  a[Receive the request from the client] --> b[Validate the request body against the schema]";
        let zh = "flowchart LR\n  a[从客户端接收请求] --> b[根据模式验证请求体]";
        assert!(kept("mermaid", en, zh));
        let en = "<p>This sentence has quite a few words in it, more than the tags around it.</p>";
        assert!(kept("html", en, "<p>这句话里的词比周围的标签多。</p>"));
    }

    /// The English spans that a translation (its spans and text) does not keep, by the
    /// call that [`inline_kept`] documents: equal spans first, then the rule.
    fn unkept<'a>(english: &[&'a str], spans: &[&str], text: &str) -> Vec<&'a str> {
        let mut spans = spans.to_vec();
        let mut left = Vec::new();
        for e in english {
            match spans.iter().position(|t| t == e) {
                Some(k) => {
                    spans.swap_remove(k);
                }
                None => left.push(*e),
            }
        }
        left.retain(|e| match inline_kept(e, &spans, text) {
            Some(InlineKept::Span(k)) => {
                spans.swap_remove(k);
                false
            }
            Some(InlineKept::Text) => false,
            None => true,
        });
        left
    }

    #[test]
    fn an_equal_inline_span_is_kept_by_its_index() {
        let spans = ["app", "JSONResponse"];
        assert_eq!(
            inline_kept("JSONResponse", &spans, "Devuelve `app` y `JSONResponse`."),
            Some(InlineKept::Span(1))
        );
    }

    #[test]
    fn an_inline_span_turned_into_quotes_or_text_is_kept() {
        for text in [
            "Die Liste unter dem Schlüssel „items“ enthält alles.",
            "La liste sous la clé «items» contient tout.",
            "La lista bajo la clave \"items\" lo contiene todo.",
            "レスポンスは「items」キーを持ちます。",
            "レスポンスはitemsを返します。",
        ] {
            for english in ["\"items\"", "items"] {
                assert_eq!(
                    inline_kept(english, &[], text),
                    Some(InlineKept::Text),
                    "{english} in {text}"
                );
            }
        }
        // Part of a longer token, or inside another code span, it is not there.
        for text in [
            "Ver itemsList.",
            "Ver app.items.",
            "レスポンスはitemsListを返す。",
            "Ver `items`.",
        ] {
            assert_eq!(inline_kept("items", &[], text), None, "{text}");
        }
        assert_eq!(inline_kept("v1.2", &[], "Instale la v1.2.3."), None);
        // Two letters are too easily a word of the translation's own.
        assert_eq!(inline_kept("in", &[], "Das steht in der Liste."), None);
    }

    #[test]
    fn a_localized_file_name_or_value_keeps_the_structure() {
        assert_eq!(
            inline_kept(
                "Hello world.txt",
                &["main.py", "Hallo Welt.txt"],
                "Öffne `main.py` und `Hallo Welt.txt`."
            ),
            Some(InlineKept::Span(1))
        );
        assert_eq!(
            inline_kept(
                "Hello world.txt",
                &["こんにちは世界.txt"],
                "ファイル`こんにちは世界.txt`を開きます。"
            ),
            Some(InlineKept::Span(0))
        );
        assert_eq!(
            inline_kept("\"Hello World\"", &["\"Hola Mundo\""], ""),
            Some(InlineKept::Span(0))
        );
        assert_eq!(
            inline_kept("Hello world.txt", &["Hallo Welt.md"], ""),
            None,
            "an extension"
        );
    }

    #[test]
    fn a_changed_number_identifier_key_or_route_is_not_kept() {
        for (english, translation) in [
            ("v1.2", "v1.3"),
            ("JSONResponse", "HTMLResponse"),
            ("read_item()", "leer_item()"),
            ("read()", "leer()"),
            ("\"items\"", "\"elementos\""),
            ("/items/", "/elementos/"),
            ("main.py", "principal.py"),
            ("--name", "--nombre"),
            ("pip install fastapi", "pip instalar fastapi"),
        ] {
            assert_eq!(
                inline_kept(english, &[translation], ""),
                None,
                "{english} → {translation}"
            );
        }
    }

    #[test]
    fn a_plain_word_or_a_label_may_be_translated_but_not_a_literal() {
        for (english, translation) in [("true", "verdadero"), ("None", "Ninguno")] {
            assert_eq!(inline_kept(english, &[translation], ""), None, "{english}");
        }
        for (english, translation) in [
            ("items", "elementos"),
            ("Execute", "Ejecutar"),
            ("Tracer", "トレーサー"),
        ] {
            assert_eq!(
                inline_kept(english, &["2", translation], ""),
                Some(InlineKept::Span(1)),
                "{english}"
            );
            assert_eq!(inline_kept(english, &["item_id"], ""), None, "{english}");
        }
        assert_eq!(
            inline_kept("Try it out", &["3", "Probar"], ""),
            Some(InlineKept::Span(1))
        );
        assert_eq!(
            inline_kept("Try it out", &["試してみる"], ""),
            Some(InlineKept::Span(0))
        );
        assert_eq!(inline_kept("Try it out", &["--try"], ""), None);
    }

    #[test]
    fn a_quoted_value_in_the_translations_quotation_marks_is_kept() {
        for (english, text) in [
            ("\"tax\": 20.2", "l’attribut « tax »: 20.2, le modèle"),
            ("\"*\"", "le caractère générique « * »."),
            ("\"me\"", "le scope « me » déclaré"),
        ] {
            assert_eq!(
                inline_kept(english, &[], text),
                Some(InlineKept::Text),
                "{english}"
            );
        }
        assert_eq!(inline_kept("\"tax\": 20.2", &[], "« tax »: 20.3"), None);
        assert_eq!(
            inline_kept("1", &[], "大于或等于」1。"),
            Some(InlineKept::Text)
        );
        assert_eq!(inline_kept("1", &[], "大于或等于」2。"), None);
        assert_eq!(inline_kept("\"me\"", &[], "« moi »"), None);
    }

    #[test]
    fn a_span_written_as_translators_write_it_is_equivalent() {
        for (english, translation) in [
            ("url", "URL"),
            ("traces", "traces:"),
            ("ServiceMonitors", "ServiceMonitor"),
            ("Client", "Client（クライアント）"),
            ("<StarlightPage />", "<StarlightPage>"),
            ("en/about.md", "de/about.md"),
            ("\"pt-BR\"", "\"zh-CN\""),
        ] {
            assert!(
                equivalent(english, translation),
                "{english} → {translation}"
            );
        }
        for (english, translation) in [
            ("id", "fr"),
            ("<Card>", "<Ca\u{200B}rd>"),
            ("items", "item_id"),
            ("", "("),
            ("v1.2", "v1.3"),
        ] {
            assert!(
                !equivalent(english, translation),
                "{english} → {translation}"
            );
        }
        assert!(equivalent("parent-span\"", "parent-span"));
        for (english, translation) in [
            ("{verb} {object}", "{動詞} {目的語}"),
            ("[example][]", "[exemplu][]"),
            ("TracerProvider", "トレーサープロバイダー"),
            ("inline code", "code incorporé au texte"),
        ] {
            assert_eq!(
                inline_kept(english, &[translation], ""),
                Some(InlineKept::Span(0)),
                "{english} → {translation}"
            );
        }
        assert_eq!(inline_kept("TracerProvider", &["TraceProvider"], ""), None);
        assert!(is_plain("how to establish a secure communication"));
        assert!(!is_plain("transync check"));
        assert_eq!(
            inline_kept("Ctrl+Space", &["Strg+Leertaste"], ""),
            Some(InlineKept::Span(0))
        );
        assert_eq!(inline_kept("Ctrl+Space", &["Ctrl"], ""), None);
        assert_eq!(inline_kept("a+b", &["c+d"], ""), None);
    }

    #[test]
    fn each_translation_span_keeps_one_english_span() {
        assert_eq!(
            unkept(
                &["Hello world.txt", "Goodbye world.txt"],
                &["Hallo Welt.txt"],
                ""
            ),
            ["Goodbye world.txt"]
        );
        assert_eq!(
            unkept(&["items", "items"], &["items"], "Die `items`."),
            ["items"]
        );
        // Equal spans are taken first: the label cannot take the one `items` needs.
        assert!(unkept(&["Try it out", "items"], &["items", "Probar"], "").is_empty());
    }

    proptest! {
        /// Markup and diagrams are read from any text without a panic (the markup
        /// lexer slices by byte offsets).
        #[test]
        fn any_text_is_read_as_markup(
            text in "[<>/{}\\[\\]()|:!`#*=\"' \na-zé你-]{0,80}",
            lang in prop::sample::select(vec![
                "md", "mdx", "html", "vue", "astro", "jsx", "tsx", "mermaid", "plantuml", "dot",
            ]),
        ) {
            let _ = structure(lang, &text);
        }

        /// Any span is kept by its copy, wherever that is among the translation's spans.
        #[test]
        fn an_inline_span_is_kept_by_its_copy(
            span in "[a-zA-Zé你 ._/()\"'-]{0,20}",
            other in "[a-zA-Zé你 ._/()\"'-]{0,20}",
            text in "[a-zA-Zé你 .`\"'«»-]{0,40}",
        ) {
            let spans = [other.as_str(), span.as_str()];
            let k = spans.iter().position(|s| *s == span).unwrap();
            prop_assert_eq!(inline_kept(&span, &spans, &text), Some(InlineKept::Span(k)));
            let _ = inline_kept(&span, &[other.as_str()], &text);
        }

        /// Whatever the code before it, a comment (or, in a session, output) after a
        /// blank line leaves the structure alone; so do trailing blank lines, in any
        /// language and any text.
        #[test]
        fn comments_and_blank_lines_never_change_the_structure(
            code in "[ -~\n¡é…]{0,80}",
            comment in "[A-Za-z¡é… ]{0,20}",
            marker in prop::sample::select(vec![
                ("sh", "#"), ("python", "#"), ("yaml", "#"), ("js", "//"), ("sql", "--"),
                ("text", "#"), ("console", ""), ("mystery", "# "),
            ]),
            any in "[\\PC\\n]{0,60}",
        ) {
            let (lang, marker) = marker;
            let commented = format!("{code}\n\n{marker}{comment}");
            prop_assert_eq!(structure(lang, &code), structure(lang, &commented));
            prop_assert_eq!(structure(lang, &any), structure(lang, &format!("{any}\n\n")));
        }
    }
}
