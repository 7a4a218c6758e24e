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

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::markdown::Block;

/// Whether an English code block changed only in comments, string contents and white
/// space between `before` and `after` (same language, every token equal).
pub(crate) fn same_structure(before: &Block, after: &Block) -> bool {
    before.code == after.code && Structure::of(before) == Structure::of(after)
}

/// Whether `translation` keeps the code of `english`: the same language and structure,
/// comments, strings and output translated and free words localized at will.
pub(crate) fn translation_keeps(english: &Block, translation: &Block) -> bool {
    english.code == translation.code
        && (english.text == translation.text
            || Structure::of(english).kept_by(&Structure::of(translation)))
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
}

impl Token {
    fn weight(&self) -> usize {
        match self {
            Token::Fixed(_) => 2,
            Token::Free(_) => 1,
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
        let fixed = |line: &[Token]| {
            line.iter()
                .filter(|t| matches!(t, Token::Fixed(_)))
                .cloned()
                .collect::<Vec<_>>()
        };
        let (mut agreed, mut total) = (0, 0);
        for (a, b) in self.lines.iter().zip(&translation.lines) {
            if fixed(a) != fixed(b) {
                return false;
            }
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
        _ => Lexer::new(&syntax, code).run(),
    }
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
}

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
        "c" | "cpp" | "c++" | "h" | "hpp" | "java" | "js" | "javascript" | "jsx" | "mjs" | "ts"
        | "typescript" | "tsx" | "go" | "kotlin" | "kt" | "swift" | "scala" | "cs" | "csharp"
        | "c#" | "dart" | "groovy" | "proto" | "protobuf" => code(SLASHES, C_BLOCK),
        "php" => code(SLASHES_HASH, C_BLOCK),
        "css" => code(&[], C_BLOCK),
        "scss" | "less" => code(SLASHES, C_BLOCK),
        "html" | "xml" | "svg" | "vue" | "md" | "markdown" => code(&[], HTML_BLOCK),
        "mdx" => code(&[], &[("<!--", "-->"), ("{/*", "*/}")]),
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
    let prompt = |line: &str| -> Option<String> {
        if matches!(line, "$" | ">") || (root && line == "#") {
            return Some(String::new());
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
        while let Some(c) = self.rest().chars().next() {
            self.step(c);
        }
        let kind = self.syntax.kind;
        let mut lines = Vec::new();
        let mut continued = false;
        for raw in self.lines.into_iter().filter(|l| !l.is_empty()) {
            let next_continued = matches!(raw.last(), Some(Raw::Punct('\\' | '`' | '^')));
            lines.push(classify(kind, raw, continued));
            continued = kind == Kind::Shell && next_continued;
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
        if let Some((open, close)) = self.syntax.block.iter().find(|(o, _)| rest.starts_with(o)) {
            // An unclosed comment runs to the end, as in the language.
            let body = &rest[open.len()..];
            self.pos += open.len() + body.find(close).map_or(body.len(), |i| i + close.len());
            return;
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
        if leading || (spaced && self.syntax.line.iter().any(|m| rest.starts_with(m))) {
            self.pos += rest.find('\n').unwrap_or(rest.len());
            return;
        }
        if self.syntax.quotes.contains(c)
            && self.opens_string(c)
            && let Some(len) = string_len(rest, c)
        {
            let shown = if self.is_key(&rest[len..]) {
                rest[..len].to_string()
            } else {
                format!("{c}{c}")
            };
            self.push(Raw::Fixed(shown));
            self.pos += len;
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
            Raw::Word(w) if i < keys_end || Some(i) == command => Token::Fixed(w),
            Raw::Word(w) => Token::Free(w),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The structure as text: tokens separated by spaces, free words marked `~`, lines
    /// by ` / `.
    fn shown(lang: &str, code: &str) -> String {
        structure(lang, code)
            .lines
            .iter()
            .map(|line| {
                line.iter()
                    .map(|t| match t {
                        Token::Fixed(s) => s.clone(),
                        Token::Free(s) => format!("~{s}"),
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
        assert_eq!(shown("js", en), "~const ~a = 1 ;");
        assert_eq!(shown("js", en), shown("typescript", es));
        assert_eq!(
            shown("css", "a { color: red; } /* rojo */"),
            "~a { ~color : ~red ; }"
        );
        assert_eq!(shown("scss", "// x\n$a: 1;"), "$ ~a : 1 ;");
        assert_eq!(shown("php", "# x\n$a = 1; // y"), "$ ~a = 1 ;");
    }

    #[test]
    fn markup_sql_lisp_tex_batch_and_vb_comments_go() {
        assert_eq!(shown("html", "<!-- hi -->\n<p>x</p>"), "< ~p > ~x < / ~p >");
        assert_eq!(shown("mdx", "{/* hi */}\n# T"), "# ~T");
        assert_eq!(shown("sql", "SELECT 1; -- one"), "~SELECT 1 ;");
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
        assert_eq!(
            shown("js", "fetch(\"http://x\"); // y"),
            "~fetch ( \"\" ) ;"
        );
        assert_eq!(shown("python", "c = '#fff'  # white"), "~c = ''");
        assert_eq!(shown("sh", "echo \"a # b\" 'c # d'"), "echo \"\" ''");
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

    proptest! {
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
