//! Keeps the crate's module layering true: the rooms under `src/` form one pipeline, and a
//! room may use only itself and the rooms before it. Nothing else notices when one
//! convenient `use crate::…` points up the pipeline, and a few of those are enough to tie the
//! rooms back into the dependency cycle that issue 12 took apart.
//!
//! The check reads every `.rs` file under `src/` and tokenizes it with proc-macro2, so
//! comments, doc comments and string literals are never mistaken for paths, while paths
//! inside macro invocations (`msg!(…, x = crate::foo::bar())`) are still seen. It collects
//! every `crate::<room>` path and every `super::…` chain that climbs out of its room. A room
//! that is new, renamed or gone fails the test until `ROOMS` below says where it belongs.
//!
//! Run it alone with `cargo test --test layering`.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// The rooms in pipeline order, from the bottom: each may use only the rooms before it.
const ROOMS: &[&str] = &[
    "model",
    "config",
    "inventory",
    "git",
    "markdown",
    "report",
    "analysis",
    "policy",
    "render",
    "bundle",
    "cli",
    "cmd",
    // The fuzz targets' entry points (the `fuzzing` feature): a leaf nothing uses.
    "fuzzing",
];

/// Files at the crate root; they wire the rooms together and may use every one of them.
const ROOT_FILES: &[&str] = &["lib.rs", "main.rs"];

/// A path in one room that names a room after it in the pipeline.
#[derive(Debug, PartialEq, Eq)]
struct Violation {
    path: String,
    line: usize,
    room: String,
    uses: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: room `{}` uses `{}`, which comes after it in the pipeline ({})",
            self.path,
            self.line,
            self.room,
            self.uses,
            ROOMS.join(" → ")
        )
    }
}

/// A name reached from the crate root: a room, or an item at the root (`crate::ExitStatus`
/// from lib.rs, an exported macro such as `crate::tr!`), which is not an edge between rooms.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    line: usize,
    name: String,
}

/// Checks one file, `path` being relative to the crate (`src/config/mod.rs`).
///
/// `Err` when the file cannot be tokenized or lives in a room that `ROOMS` does not list.
fn check_file(path: &str, source: &str) -> Result<Vec<Violation>, String> {
    let rel = path
        .strip_prefix("src/")
        .ok_or_else(|| format!("{path}: not under src/"))?;
    let parts: Vec<&str> = rel.split('/').collect();
    if let [file] = parts[..]
        && ROOT_FILES.contains(&file)
    {
        return Ok(Vec::new());
    }
    let room = parts[0].strip_suffix(".rs").unwrap_or(parts[0]);
    let rank = ROOMS.iter().position(|r| *r == room).ok_or_else(|| {
        format!(
            "{path}: lives in room `{room}`, which is not in the pipeline ({}); \
             add it to ROOMS in tests/layering.rs where it belongs",
            ROOMS.join(" → ")
        )
    })?;
    // How many `super`s climb from this file's module to the crate root: `src/x.rs` and
    // `src/x/mod.rs` are one level below it, `src/x/y.rs` two.
    let depth = if parts.last() == Some(&"mod.rs") {
        parts.len() - 1
    } else {
        parts.len()
    };
    let tokens = TokenStream::from_str(source)
        .map_err(|e| format!("{path}:{}: cannot tokenize: {e}", e.span().start().line))?;
    let mut uses = Vec::new();
    collect(tokens, depth, &mut uses);
    uses.sort();
    uses.dedup();
    Ok(uses
        .into_iter()
        // A name that is not a room (`None`) is an item of the root, never above `rank`.
        .filter(|u| ROOMS.iter().position(|r| *r == u.name) > Some(rank))
        .map(|u| Violation {
            path: path.to_owned(),
            line: u.line,
            room: room.to_owned(),
            uses: u.name,
        })
        .collect())
}

/// Collects the names reached from the crate root in `stream`, whose module sits `depth`
/// levels below the root.
fn collect(stream: TokenStream, depth: usize, out: &mut Vec<Use>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => {
                // The body of an inline `mod name { … }` (a `tests` module) is one level
                // deeper, so its `super` stays where the file is.
                let inline_mod = group.delimiter() == Delimiter::Brace
                    && matches!(
                        &tokens[..i],
                        [.., TokenTree::Ident(kw), TokenTree::Ident(_)] if kw == "mod"
                    );
                collect(group.stream(), depth + usize::from(inline_mod), out);
            }
            // `crate::`, and `$crate::` in a macro body.
            TokenTree::Ident(ident)
                if ident == "crate"
                    && !ends_with_path_sep(&tokens[..i])
                    && starts_with_path_sep(&tokens[i + 1..]) =>
            {
                names_at_root(&tokens[i + 3..], out);
            }
            TokenTree::Ident(ident) if ident == "super" && !ends_with_path_sep(&tokens[..i]) => {
                let mut climbed = 1;
                let mut end = i + 1;
                while starts_with_path_sep(&tokens[end..])
                    && matches!(tokens.get(end + 2), Some(TokenTree::Ident(next)) if next == "super")
                {
                    climbed += 1;
                    end += 3;
                }
                // Climbing as far as the root (or, wrongly, past it) leaves the room: the
                // next name is a room.
                if climbed >= depth && starts_with_path_sep(&tokens[end..]) {
                    names_at_root(&tokens[end + 2..], out);
                }
            }
            _ => {}
        }
    }
}

/// Records the names that `after` (what follows `crate::`) reaches: one, or each head of a
/// `{a::…, b::…}` use tree.
fn names_at_root(after: &[TokenTree], out: &mut Vec<Use>) {
    match after.first() {
        Some(TokenTree::Ident(ident)) if ident != "self" => out.push(Use {
            line: ident.span().start().line,
            name: ident.to_string(),
        }),
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            for segment in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')) {
                names_at_root(segment, out);
            }
        }
        _ => {}
    }
}

fn starts_with_path_sep(tokens: &[TokenTree]) -> bool {
    matches!(
        tokens,
        [TokenTree::Punct(a), TokenTree::Punct(b), ..]
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

fn ends_with_path_sep(tokens: &[TokenTree]) -> bool {
    matches!(
        tokens,
        [.., TokenTree::Punct(a), TokenTree::Punct(b)]
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .path()
        })
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn crate_follows_the_declared_pipeline() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = crate_dir.join("src");
    let mut problems = Vec::new();
    for room in ROOMS {
        if !src.join(format!("{room}.rs")).is_file() && !src.join(room).is_dir() {
            problems.push(format!(
                "room `{room}` is in the pipeline, but neither src/{room}.rs nor src/{room}/ \
                 exists; remove it from ROOMS in tests/layering.rs"
            ));
        }
    }
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("lib.rs")),
        "found no src/lib.rs under {}",
        src.display()
    );
    for file in &files {
        let rel = file
            .strip_prefix(crate_dir)
            .expect("a file under the crate");
        let path = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let source = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        match check_file(&path, &source) {
            Ok(violations) => problems.extend(violations.iter().map(ToString::to_string)),
            Err(problem) => problems.push(problem),
        }
    }
    assert!(
        problems.is_empty(),
        "the module layering is broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn reports_an_upward_import_with_its_line() {
    let source = "//! Settings.\n\nuse crate::model::Lang;\nuse crate::cmd::Session;\n";
    let violations = check_file("src/config/mod.rs", source).unwrap();
    assert_eq!(
        violations
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "src/config/mod.rs:4: room `config` uses `cmd`, which comes after it in the pipeline \
          (model → config → inventory → git → markdown → report → analysis → policy → render \
          → bundle → cli → cmd → fuzzing)"
        ]
    );
}

#[test]
fn reports_a_path_inside_a_macro_invocation() {
    let source = "// crate::cmd in a comment is not a use\n\
                  /// nor in a doc comment: crate::cli\n\
                  fn f() {\n    let _ = msg!(\"crate::render\", y = crate::policy::z());\n}\n";
    let violations = check_file("src/config/file.rs", source).unwrap();
    assert_eq!(
        violations,
        [Violation {
            path: "src/config/file.rs".to_owned(),
            line: 4,
            room: "config".to_owned(),
            uses: "policy".to_owned(),
        }]
    );
}

#[test]
fn reports_each_upward_head_of_a_use_tree() {
    let source = "use crate::{\n    model::Lang,\n    policy::Rule,\n    render::text,\n};\n";
    let violations = check_file("src/report/mod.rs", source).unwrap();
    let edges: Vec<(usize, &str)> = violations
        .iter()
        .map(|v| (v.line, v.uses.as_str()))
        .collect();
    assert_eq!(edges, [(3, "policy"), (4, "render")]);
}

#[test]
fn follows_super_out_of_the_room() {
    // src/analysis/fluent/checks.rs is three levels below the root: two `super`s stay in
    // `analysis`, the third reaches the root.
    let source = "use super::super::compare::slot;\nuse super::super::super::render::text;\n";
    let violations = check_file("src/analysis/fluent/checks.rs", source).unwrap();
    let edges: Vec<(usize, &str)> = violations
        .iter()
        .map(|v| (v.line, v.uses.as_str()))
        .collect();
    assert_eq!(edges, [(2, "render")]);

    let source = "use super::cmd::Session;\n";
    let violations = check_file("src/git/mod.rs", source).unwrap();
    assert_eq!(violations.len(), 1, "{violations:?}");
}

#[test]
fn allows_lower_rooms_itself_and_root_items() {
    let source = "use crate::model::Lang;\n\
                  use crate::config::{Settings, file::Raw};\n\
                  use crate::inventory::Inventory;\n\
                  use super::Commit;\n\
                  pub(crate) fn f() -> String { crate::tr!(\"x\") }\n\
                  #[cfg(test)]\nmod tests {\n    use super::super::Target;\n    use super::*;\n}\n";
    assert_eq!(check_file("src/git/walk.rs", source).unwrap(), []);
    assert_eq!(
        check_file("src/lib.rs", "use crate::cmd::run;\n").unwrap(),
        []
    );
}

#[test]
fn refuses_a_room_not_in_the_pipeline() {
    let problem = check_file("src/history.rs", "use crate::model::Lang;\n").unwrap_err();
    assert!(
        problem.starts_with("src/history.rs: lives in room `history`"),
        "{problem}"
    );
}

#[test]
fn refuses_a_file_that_does_not_tokenize() {
    let problem = check_file("src/model/lang.rs", "fn f() {\n}\n}\n").unwrap_err();
    assert!(
        problem.starts_with("src/model/lang.rs:3: cannot tokenize"),
        "{problem}"
    );
}
