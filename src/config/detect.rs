//! The layout of a repository without `transync.toml`: read from the site generator's
//! own configuration where there is one (Docusaurus, Hugo, Astro Starlight, MkDocs with
//! the i18n plugin, Lunaria), else from the tree (language-named folders or suffixes that
//! mirror a tree of source pages). What is found is a [`ConfigFile`], the same thing
//! `transync init` writes, and why it was chosen; two readings that disagree are an error
//! naming both, never a silent guess.
//!
//! Generator configurations are JavaScript or TypeScript for Docusaurus and Astro: they
//! are read, not run, so only literal values are understood (`locales: ['en', 'fr']`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::file::{CollectionConfig, ConfigFile};
use crate::model::Lang;
use crate::model::i18n::Message;

/// Page files transync reads.
const PAGE_EXTENSIONS: [&str; 3] = [".md", ".mdx", ".markdown"];

/// A layout found without configuration.
#[derive(Debug, Clone)]
pub(crate) struct Detected {
    /// The equivalent configuration.
    pub file: ConfigFile,
    /// Why: the generator configuration it came from, or what the tree shows.
    pub reason: Message,
}

/// The repository as detection sees it: its files (repository-relative, `/`) and a way
/// to read one.
pub(crate) struct Tree<'a> {
    pub files: &'a [String],
    pub read: &'a dyn Fn(&str) -> Option<String>,
}

impl Tree<'_> {
    fn has(&self, path: &str) -> bool {
        self.files
            .binary_search_by(|f| f.as_str().cmp(path))
            .is_ok()
    }

    /// Whether any page file lies under `dir` (`""` is the root).
    fn has_pages_under(&self, dir: &str) -> bool {
        self.files.iter().any(|f| under(f, dir) && is_page(f))
    }
}

/// Where to look for a generator configuration: the directories from the start
/// directory up to the repository root, then the root's usual site folders.
pub(crate) const SITE_FOLDERS: [&str; 3] = ["docs", "website", "site"];

/// Detects the layout. `dirs` are the repository-relative directories to look in for a
/// generator configuration, nearest first.
pub(crate) fn detect(tree: &Tree<'_>, dirs: &[String]) -> Result<Option<Detected>, Message> {
    for dir in dirs {
        let mut found: Vec<Detected> = [docusaurus, hugo, starlight, mkdocs]
            .iter()
            .filter_map(|detector| detector(tree, dir))
            .collect();
        // Lunaria tracks translations, it builds nothing: the generator's own reading
        // wins where there is one.
        if found.is_empty() {
            found.extend(lunaria(tree, dir));
        }
        match found.len() {
            0 => continue,
            1 => return Ok(found.into_iter().next()),
            _ => {
                let names: Vec<String> = found.iter().map(|d| d.reason.english()).collect();
                return Err(msg!(
                    "detect-ambiguous",
                    dir = shown(dir),
                    candidates = names.join("; ")
                ));
            }
        }
    }
    from_tree(tree)
}

/// The source languages a Fluent-only repository may have: Mozilla's projects use
/// `en-US` (and some translate into `en-GB`), others `en` or `en-GB`.
const FLUENT_SOURCES: [&str; 3] = ["en-US", "en", "en-GB"];

/// A repository of Fluent files and no pages, when the default `locales/` has none:
/// language folders at the root (`en-US/**/*.ftl` beside `de/**/*.ftl`), or one file per
/// language in each component (`src/<crate>/locales/en-US.ftl`). `None` when neither
/// shows, or when the tree has pages (the content layout decides then).
pub(crate) fn fluent(tree: &Tree<'_>) -> Option<Detected> {
    let ftl: Vec<&str> = tree
        .files
        .iter()
        .map(String::as_str)
        .filter(|f| f.ends_with(".ftl"))
        .collect();
    if ftl.is_empty() || ftl.iter().any(|f| f.starts_with("locales/")) {
        return None;
    }
    // compare-locales' configuration names the source folder and the locales: where the
    // project has one, it is what the project itself checks with.
    if let Some(config) = l10n_config(tree) {
        let mut file = ConfigFile::default();
        file.fluent.l10n_toml = Some(config.clone());
        let reason = msg!("detect-fluent-l10n-toml", file = config.as_str());
        return Some(Detected { file, reason });
    }
    let is_lang = |name: &str| FLUENT_SOURCES.contains(&name) || Lang::guess(name).is_some();
    // Language folders at the root.
    let folders: Vec<&str> = ftl
        .iter()
        .filter_map(|f| f.split_once('/').map(|(first, _)| first))
        .filter(|first| is_lang(first))
        .collect();
    let mut distinct = folders.clone();
    distinct.dedup();
    // `en-US` or `en`, whichever has more files (a project may keep an old copy of the
    // other); `en-GB` only without either, as it is often a translation of `en-US`.
    let source = |names: &[&str]| {
        let count = |tag: &str| names.iter().filter(|n| **n == tag).count();
        let (us, en, gb) = (count("en-US"), count("en"), count("en-GB"));
        let tag = match (us, en) {
            (0, 0) if gb > 0 => "en-GB",
            (0, 0) => return None,
            (us, en) if us >= en => "en-US",
            _ => "en",
        };
        Some(tag.to_string())
    };
    let fluent_file = |paths: &str, source: String, reason: Message| {
        let mut file = ConfigFile {
            source_language: Some(source),
            ..ConfigFile::default()
        };
        file.fluent.paths = vec![paths.to_string()];
        Some(Detected { file, reason })
    };
    if distinct.len() >= 2
        && let Some(english) = source(&folders)
    {
        let reason = msg!("detect-fluent-folders", english = english.as_str());
        return fluent_file("{lang}/{path}", english, reason);
    }
    // One file per language in each component.
    let stems: Vec<&str> = ftl
        .iter()
        .filter_map(|f| f.rsplit('/').next()?.strip_suffix(".ftl"))
        .filter(|stem| is_lang(stem))
        .collect();
    if let Some(english) = source(&stems) {
        let components = ftl
            .iter()
            .filter(|f| f.ends_with(&format!("/{english}.ftl")))
            .count();
        let reason = msg!(
            "detect-fluent-components",
            english = english.as_str(),
            count = components
        );
        return fluent_file("{path}/{lang}.ftl", english, reason);
    }
    None
}

/// A compare-locales project configuration: `l10n.toml` at the root or in a `configs/`
/// folder, else another TOML file there with `[[paths]]` of `reference` and `l10n`
/// (`configs/pontoon.toml`), `l10n.toml` and `pontoon.toml` first.
fn l10n_config(tree: &Tree<'_>) -> Option<String> {
    let mut candidates: Vec<&String> = tree
        .files
        .iter()
        .filter(|f| f.ends_with(".toml"))
        .filter(|f| match f.split_once('/') {
            None => true,
            Some((dir, rest)) => {
                ["configs", "_configs", "l10n"].contains(&dir) && !rest.contains('/')
            }
        })
        .collect();
    let rank = |f: &str| match f.rsplit('/').next().unwrap_or(f) {
        "l10n.toml" => 0,
        "pontoon.toml" => 1,
        _ => 2,
    };
    candidates.sort_by_key(|f| (rank(f), f.len()));
    candidates.into_iter().find_map(|f| {
        let text = (tree.read)(f)?;
        let paths = text.contains("reference") && text.contains("l10n") && text.contains("paths");
        (paths && (text.contains("{locale}") || text.contains("{l}"))).then(|| f.clone())
    })
}

fn shown(dir: &str) -> String {
    if dir.is_empty() {
        tr!("inventory-repository-root")
    } else {
        format!("{dir}/")
    }
}

fn join(dir: &str, path: &str) -> String {
    if dir.is_empty() {
        path.to_string()
    } else {
        format!("{dir}/{path}")
    }
}

fn under(path: &str, dir: &str) -> bool {
    dir.is_empty()
        || path
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

fn is_page(path: &str) -> bool {
    PAGE_EXTENSIONS.iter().any(|ext| path.ends_with(ext))
}

/// The first of `names` under `dir` that the repository has.
fn first_file(tree: &Tree<'_>, dir: &str, names: &[&str]) -> Option<String> {
    names
        .iter()
        .map(|name| join(dir, name))
        .find(|path| tree.has(path))
}

fn collection(name: &str, source: String, translation: String) -> CollectionConfig {
    CollectionConfig {
        name: Some(name.to_string()),
        source,
        translation,
        include: None,
        exclude: Vec::new(),
    }
}

/// The configuration for `collections` in `languages` (source first).
fn config(source: &str, languages: Vec<String>, collections: Vec<CollectionConfig>) -> ConfigFile {
    let mut file = ConfigFile {
        source_language: Some(source.to_string()),
        languages: Some(languages),
        ..ConfigFile::default()
    };
    if collections.len() == 1 {
        let only = collections.into_iter().next().expect("one collection");
        file.source = Some(only.source);
        file.translation = Some(only.translation);
        file.include = only.include;
        file.exclude = only.exclude;
    } else {
        file.collection = collections;
    }
    file
}

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"['"`]([^'"`]+)['"`]"#).expect("valid regex"));

/// The quoted strings in a JavaScript array literal's text.
fn quoted(text: &str) -> Vec<String> {
    QUOTED
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .collect()
}

/// The text of the `{…}` or `[…]` that opens at byte `open` of `text`, without the
/// delimiters; strings are skipped so that a brace in a label does not count.
fn balanced(text: &str, open: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let (opening, closing) = match bytes.get(open)? {
        b'{' => (b'{', b'}'),
        b'[' => (b'[', b']'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = open;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if matches!(b, b'\'' | b'"' | b'`') => quote = Some(b),
            None if b == opening => depth += 1,
            None if b == closing => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[open + 1..i]);
                }
            }
            None => {}
        }
        i += 1;
    }
    None
}

/// The value text of `key:` in a JavaScript object's text: the balanced `{…}`/`[…]`
/// after it, or the quoted string.
fn js_value<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    // `key: value` in an object, or `const key = value` beside it (Starlight sites often
    // declare `locales` apart and pass it in by name).
    let pattern = Regex::new(&format!(
        r#"(?:^|[\s,{{])['"]?{}['"]?\s*[:=]\s*"#,
        regex::escape(key)
    ))
    .expect("valid regex");
    let found = pattern.find(text)?;
    let at = found.end();
    match text.as_bytes().get(at)? {
        b'{' | b'[' => balanced(text, at),
        b'\'' | b'"' | b'`' => {
            let quote = text.as_bytes()[at] as char;
            let rest = &text[at + 1..];
            rest.find(quote).map(|end| &rest[..end])
        }
        _ => None,
    }
}

/// Docusaurus: `docusaurus.config.{js,ts,mjs,cjs}` with `i18n: { defaultLocale, locales }`;
/// docs in `docs/`, the blog in `blog/`, pages in `src/pages/`, each translated under
/// `i18n/<locale>/docusaurus-plugin-content-{docs/current,blog,pages}/`.
fn docusaurus(tree: &Tree<'_>, dir: &str) -> Option<Detected> {
    let names = [
        "docusaurus.config.js",
        "docusaurus.config.ts",
        "docusaurus.config.mjs",
        "docusaurus.config.cjs",
        "docusaurus.config.mts",
    ];
    let path = first_file(tree, dir, &names)?;
    let text = (tree.read)(&path)?;
    let i18n = js_value(&text, "i18n")?;
    let default = js_value(i18n, "defaultLocale").unwrap_or("en").to_string();
    let locales: Vec<String> = js_value(i18n, "locales").map(quoted).unwrap_or_default();
    let languages: Vec<String> = locales.into_iter().filter(|l| *l != default).collect();
    let mut collections = Vec::new();
    let mut add = |name: String, source_dir: String, plugin: String| {
        if tree.has_pages_under(&source_dir) {
            let mut c = collection(
                &name,
                format!("{source_dir}/{{path}}"),
                join(dir, &format!("i18n/{{lang}}/{plugin}/{{path}}")),
            );
            // Docusaurus's default exclude: partials and test files are no pages.
            c.exclude = vec!["**/_*".into(), "**/_*/**".into(), "**/*.test.*".into()];
            collections.push(c);
        }
    };
    add(
        "docs".into(),
        join(dir, "docs"),
        "docusaurus-plugin-content-docs/current".into(),
    );
    // Versioned docs: `versions.json` lists them, newest first.
    let versions = (tree.read)(&join(dir, "versions.json"))
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_default();
    for version in &versions {
        add(
            format!("version-{version}"),
            join(dir, &format!("versioned_docs/version-{version}")),
            format!("docusaurus-plugin-content-docs/version-{version}"),
        );
    }
    // Other docs plugin instances: `['@docusaurus/plugin-content-docs', { id, path }]`.
    for (at, _) in text.match_indices("plugin-content-docs") {
        let Some(open) = text[at..].find('{').map(|i| at + i) else {
            continue;
        };
        let Some(options) = balanced(&text, open) else {
            continue;
        };
        let (Some(id), Some(folder)) = (js_value(options, "id"), js_value(options, "path")) else {
            continue;
        };
        if id != "default" {
            add(
                id.to_string(),
                join(dir, folder),
                format!("docusaurus-plugin-content-docs-{id}/current"),
            );
        }
    }
    add(
        "blog".into(),
        join(dir, "blog"),
        "docusaurus-plugin-content-blog".into(),
    );
    add(
        "pages".into(),
        join(dir, "src/pages"),
        "docusaurus-plugin-content-pages".into(),
    );
    if collections.is_empty() {
        return None;
    }
    Some(Detected {
        file: config(&default, languages, collections),
        reason: msg!("detect-generator", generator = "Docusaurus", file = path),
    })
}

/// Hugo: `hugo.*` or `config.*` (or `config/_default/`) with `[languages]`. Languages
/// with their own `contentDir` are folders; without, translations are `page.<lang>.md`
/// beside the page.
fn hugo(tree: &Tree<'_>, dir: &str) -> Option<Detected> {
    let mut candidates = Vec::new();
    for base in [
        "hugo",
        "config",
        "config/_default/hugo",
        "config/_default/config",
    ] {
        for ext in ["toml", "yaml", "yml", "json"] {
            candidates.push(format!("{base}.{ext}"));
        }
    }
    let names: Vec<&str> = candidates.iter().map(String::as_str).collect();
    let path = first_file(tree, dir, &names)?;
    let text = (tree.read)(&path)?;
    let mut value = parse_any(&path, &text)?;
    // Hugo also reads languages from their own file beside the main one.
    if value.get("languages").is_none() {
        let own = path.rsplit_once('/').map_or("", |(d, _)| d);
        for ext in ["toml", "yaml", "yml", "json"] {
            let languages = join(own, &format!("languages.{ext}"));
            if let Some(parsed) = (tree.read)(&languages).and_then(|t| parse_any(&languages, &t)) {
                value["languages"] = parsed;
                break;
            }
        }
    }
    let object = value.as_object()?;
    let get = |key: &str| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    };
    let languages = get("languages")?.as_object()?;
    if languages.is_empty() {
        return None;
    }
    let default = get("defaultContentLanguage")
        .and_then(Value::as_str)
        .unwrap_or("en")
        .to_string();
    let content = get("contentDir")
        .and_then(Value::as_str)
        .unwrap_or("content");
    let dir_of = |code: &str| {
        languages
            .get(code)
            .and_then(|l| l.get("contentDir").or_else(|| l.get("contentdir")))
            .and_then(Value::as_str)
            .map(|d| d.trim_end_matches('/').to_string())
    };
    let others: Vec<String> = languages
        .keys()
        .filter(|k| **k != default)
        .cloned()
        .collect();
    let mut file = match dir_of(&default) {
        Some(source_dir) => {
            // contentDir per language: `content/en` and `content/ja` are one pattern
            // when they are siblings named after their languages.
            let parent = source_dir
                .rsplit_once('/')
                .map_or("", |(p, _)| p)
                .to_string();
            let folder = |code: &str| dir_of(code).unwrap_or_else(|| join(content, code));
            let mut aliases = BTreeMap::new();
            for code in std::iter::once(&default).chain(&others) {
                let folder = folder(code);
                let (p, name) = folder.rsplit_once('/').unwrap_or(("", folder.as_str()));
                if p != parent {
                    return None;
                }
                if !name.eq_ignore_ascii_case(code) {
                    aliases.insert(name.to_string(), code.clone());
                }
            }
            let pattern = join(dir, &join(&parent, "{lang}/{path}"));
            let mut file = config(
                &default,
                others,
                vec![collection("content", pattern.clone(), pattern)],
            );
            file.aliases = aliases;
            file
        }
        // Languages mounted from `content/<lang>` (Hugo modules) rather than contentDir.
        None if tree.has_pages_under(&join(dir, &join(content, &default))) => {
            let pattern = join(dir, &join(content, "{lang}/{path}"));
            config(
                &default,
                others,
                vec![collection("content", pattern.clone(), pattern)],
            )
        }
        None => {
            let root = join(dir, content);
            config(
                &default,
                others,
                vec![collection(
                    "content",
                    format!("{root}/{{path}}.{{ext}}"),
                    format!("{root}/{{path}}.{{lang}}.{{ext}}"),
                )],
            )
        }
    };
    file.include = Some(vec!["**/*.md".into(), "**/*.markdown".into()]);
    Some(Detected {
        file,
        reason: msg!("detect-generator", generator = "Hugo", file = path),
    })
}

/// Astro Starlight: `astro.config.*` with `starlight({ locales: { root: …, fr: … } })`;
/// pages in `src/content/docs/`, the root locale's at its top, the others in folders
/// named after their locale key.
fn starlight(tree: &Tree<'_>, dir: &str) -> Option<Detected> {
    let names = [
        "astro.config.mjs",
        "astro.config.ts",
        "astro.config.js",
        "astro.config.mts",
        "astro.config.cjs",
    ];
    let path = first_file(tree, dir, &names)?;
    let text = (tree.read)(&path)?;
    if !text.contains("starlight") {
        return None;
    }
    let locales = js_value(&text, "locales")?;
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:^|[\s,{])(?:([A-Za-z_][\w-]*)|'([^']+)'|"([^"]+)")\s*:\s*\{"#)
            .expect("valid regex")
    });
    let mut keys: Vec<(String, Option<String>)> = Vec::new();
    let mut at = 0;
    while let Some(caps) = KEY.captures(&locales[at..]) {
        let whole = caps.get(0).expect("a match");
        let key = caps
            .get(1)
            .or(caps.get(2))
            .or(caps.get(3))
            .expect("one alternative")
            .as_str()
            .to_string();
        let open = at + whole.end() - 1;
        let body = balanced(locales, open).unwrap_or_default();
        let lang = js_value(body, "lang").map(str::to_string);
        keys.push((key, lang));
        at = open + body.len() + 2;
    }
    if keys.is_empty() {
        return None;
    }
    let default_key = js_value(&text, "defaultLocale")
        .unwrap_or("root")
        .to_string();
    let content = join(dir, "src/content/docs");
    let tag = |key: &str, lang: &Option<String>| lang.clone().unwrap_or_else(|| key.to_string());
    let (source, root) = keys
        .iter()
        .find(|(k, _)| *k == default_key || (default_key == "root" && k == "root"))
        .map(|(k, l)| (tag(k, l), k == "root"))
        .unwrap_or_else(|| ("en".to_string(), false));
    let mut aliases = BTreeMap::new();
    let mut languages = Vec::new();
    for (key, lang) in &keys {
        if key == "root" || *key == default_key {
            continue;
        }
        let tag = tag(key, lang);
        if !key.eq_ignore_ascii_case(&tag) {
            aliases.insert(key.clone(), tag.clone());
        }
        languages.push(tag);
    }
    let source_pattern = if root {
        format!("{content}/{{path}}")
    } else {
        if !default_key.eq_ignore_ascii_case(&source) {
            aliases.insert(default_key.clone(), source.clone());
        }
        format!("{content}/{{lang}}/{{path}}")
    };
    let mut docs = collection(
        "docs",
        source_pattern,
        format!("{content}/{{lang}}/{{path}}"),
    );
    // Starlight's loader skips files whose name starts with `_`.
    docs.exclude = vec!["**/_*".into()];
    let mut file = config(&source, languages, vec![docs]);
    file.aliases = aliases;
    Some(Detected {
        file,
        reason: msg!(
            "detect-generator",
            generator = "Astro Starlight",
            file = path
        ),
    })
}

/// Lunaria, the translation tracker: `lunaria.config.json` (`defaultLocale`, `locales`,
/// `files[].pattern`) or `lunaria.config.{ts,js,mjs}` (`sourceLocale`, `locales`,
/// `files[].pattern`, a string or `{ source, locales }`), where `@lang` and `@path` stand
/// for transync's `{lang}` and `{path}`; a pattern's `@lang/` is absent from the source
/// language's paths.
fn lunaria(tree: &Tree<'_>, dir: &str) -> Option<Detected> {
    let names = [
        "lunaria.config.json",
        "lunaria.config.ts",
        "lunaria.config.mts",
        "lunaria.config.js",
        "lunaria.config.mjs",
    ];
    let path = first_file(tree, dir, &names)?;
    let text = (tree.read)(&path)?;
    let placeholders = |pattern: &str| {
        join(
            dir,
            &pattern
                .trim_start_matches("./")
                .replace("@lang", "{lang}")
                .replace("@path", "{path}"),
        )
    };
    let mut patterns: Vec<(String, String)> = Vec::new();
    let (source, languages) = if path.ends_with(".json") {
        let value: Value = serde_json::from_str(&text).ok()?;
        let lang_of = |v: &Value| v.get("lang").and_then(Value::as_str).map(String::from);
        let source = value
            .get("defaultLocale")
            .or_else(|| value.get("sourceLocale"))
            .and_then(lang_of)?;
        let languages: Vec<String> = value
            .get("locales")?
            .as_array()?
            .iter()
            .filter_map(lang_of)
            .collect();
        for file in value.get("files")?.as_array()? {
            match file.get("pattern")? {
                Value::String(p) => patterns.push((p.replace("@lang/", ""), p.clone())),
                pattern => patterns.push((
                    pattern.get("source")?.as_str()?.to_string(),
                    pattern.get("locales")?.as_str()?.to_string(),
                )),
            }
        }
        (source, languages)
    } else {
        let source = js_value(js_value(&text, "sourceLocale")?, "lang")?.to_string();
        let locales = js_value(&text, "locales")?;
        static LANG: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r#"lang\s*:\s*['"`]([^'"`]+)['"`]"#).expect("valid regex"));
        let languages = LANG
            .captures_iter(locales)
            .map(|c| c[1].to_string())
            .collect();
        let files = js_value(&text, "files")?;
        match js_value(files, "pattern") {
            Some(pattern) if !pattern.contains("source") => {
                patterns.push((pattern.replace("@lang/", ""), pattern.to_string()));
            }
            _ => {
                let object = js_value(files, "pattern")?;
                patterns.push((
                    js_value(object, "source")?.to_string(),
                    js_value(object, "locales")?.to_string(),
                ));
            }
        }
        (source, languages)
    };
    if patterns.is_empty() {
        return None;
    }
    let collections = patterns
        .iter()
        .enumerate()
        .map(|(i, (source, translation))| {
            let name = if patterns.len() == 1 {
                String::new()
            } else {
                format!("files-{}", i + 1)
            };
            collection(&name, placeholders(source), placeholders(translation))
        })
        .collect();
    Some(Detected {
        file: config(&source, languages, collections),
        reason: msg!("detect-generator", generator = "Lunaria", file = path),
    })
}

/// MkDocs with the i18n plugin (mkdocs-static-i18n): `docs_structure: suffix` puts
/// `page.fr.md` beside `page.md`, `folder` puts `fr/page.md` beside `en/page.md`.
fn mkdocs(tree: &Tree<'_>, dir: &str) -> Option<Detected> {
    let path = first_file(tree, dir, &["mkdocs.yml", "mkdocs.yaml"])?;
    let text = (tree.read)(&path)?;
    // Python tags (`!!python/name:…`) mean nothing here; without them the file is YAML.
    let cleaned: String = text
        .lines()
        .map(|line| match line.find("!!python") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let value: Value = serde_saphyr::from_str(&cleaned).ok()?;
    let docs = value
        .get("docs_dir")
        .and_then(Value::as_str)
        .unwrap_or("docs");
    let plugins = value.get("plugins")?.as_array()?;
    let i18n = plugins.iter().find_map(|p| p.get("i18n"))?;
    let structure = i18n
        .get("docs_structure")
        .and_then(Value::as_str)
        .unwrap_or("suffix");
    let mut default = None;
    let mut languages = Vec::new();
    match i18n.get("languages") {
        Some(Value::Array(items)) => {
            for item in items {
                let Some(locale) = item.get("locale").and_then(Value::as_str) else {
                    continue;
                };
                if item.get("default").and_then(Value::as_bool) == Some(true) {
                    default = Some(locale.to_string());
                } else {
                    languages.push(locale.to_string());
                }
            }
        }
        // The plugin's older form: `default_language: en`, `languages: {fr: …}`.
        Some(Value::Object(map)) => languages.extend(map.keys().cloned()),
        _ => {}
    }
    let default = default
        .or_else(|| {
            i18n.get("default_language")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_else(|| "en".to_string());
    languages.retain(|l| *l != default);
    let root = join(dir, docs);
    let (source, translation) = match structure {
        "folder" => (
            format!("{root}/{{lang}}/{{path}}"),
            format!("{root}/{{lang}}/{{path}}"),
        ),
        _ => (
            format!("{root}/{{path}}.{{ext}}"),
            format!("{root}/{{path}}.{{lang}}.{{ext}}"),
        ),
    };
    Some(Detected {
        file: config(
            &default,
            languages,
            vec![collection("docs", source, translation)],
        ),
        reason: msg!(
            "detect-generator",
            generator = "MkDocs (i18n plugin)",
            file = path
        ),
    })
}

/// TOML, YAML or JSON by the file's extension.
/// The commit-message keywords of a Lunaria configuration at the repository root or in
/// `docs/`: `tracking.ignoredKeywords` (Lunaria 1, JavaScript or TypeScript) or
/// `ignoreKeywords` (`lunaria.config.json`), Lunaria's defaults when the file sets none.
/// `None` without a Lunaria configuration.
pub(crate) fn lunaria_keywords(root: &std::path::Path) -> Option<Vec<String>> {
    const NAMES: [&str; 5] = ["json", "ts", "mts", "js", "mjs"];
    let (path, text) = ["", "docs/"].iter().find_map(|dir| {
        NAMES.iter().find_map(|ext| {
            let path = format!("{dir}lunaria.config.{ext}");
            crate::model::paths::Confinement::new(root)
                .read(std::path::Path::new(&path))
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .map(|text| (path, text))
        })
    })?;
    let found = if path.ends_with(".json") {
        let value: Value = serde_json::from_str(&text).ok()?;
        let list = value
            .get("ignoreKeywords")
            .or_else(|| value.pointer("/tracking/ignoredKeywords"));
        list.and_then(Value::as_array).map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
    } else {
        js_value(&text, "ignoredKeywords")
            .or_else(|| js_value(&text, "ignoreKeywords"))
            .map(quoted)
    };
    Some(found.unwrap_or_else(|| vec!["lunaria-ignore".into(), "fix typo".into()]))
}

fn parse_any(path: &str, text: &str) -> Option<Value> {
    if path.ends_with(".toml") {
        // Only strings and tables are read: a TOML date may stay as toml's own form.
        toml::from_str::<Value>(text).ok()
    } else if path.ends_with(".json") {
        serde_json::from_str(text).ok()
    } else {
        serde_saphyr::from_str(text).ok()
    }
}

/// A layout seen in the tree: how many page files it pairs with a source page.
#[derive(Debug, Clone)]
struct Candidate {
    source: String,
    translation: String,
    languages: BTreeSet<String>,
    /// Translation files whose source page exists.
    pairs: usize,
    reason: Message,
}

/// The layouts the tree shows. Each is scored by the translations it pairs with a source
/// page; the best wins unless another, of a different shape, pairs nearly as many.
fn from_tree(tree: &Tree<'_>) -> Result<Option<Detected>, Message> {
    let pages: Vec<&str> = tree
        .files
        .iter()
        .map(String::as_str)
        .filter(|f| is_page(f))
        .collect();
    let set: BTreeSet<&str> = pages.iter().copied().collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    // Folders named after languages, under a common parent: `P/en/x` ↔ `P/fr/x` (English
    // in a folder of its own) or `P/x` ↔ `P/fr/x` (English at the top).
    let mut by_parent: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for page in &pages {
        let parts: Vec<&str> = page.split('/').collect();
        for i in 0..parts.len().saturating_sub(1) {
            if Lang::guess(parts[i]).is_some() {
                let parent = parts[..i].join("/");
                let rest = parts[i + 1..].join("/");
                by_parent
                    .entry(parent)
                    .or_default()
                    .entry(parts[i].to_string())
                    .or_default()
                    .push(rest);
            }
        }
    }
    for (parent, langs) in &by_parent {
        let english = langs
            .keys()
            .find(|l| Lang::guess(l).is_some_and(|t| t.as_str() == "en"))
            .cloned();
        match english {
            Some(en) => {
                let sources: BTreeSet<&str> = langs[&en].iter().map(String::as_str).collect();
                let mut pairs = 0;
                let mut languages = BTreeSet::new();
                for (lang, files) in langs.iter().filter(|(l, _)| **l != en) {
                    let n = files
                        .iter()
                        .filter(|f| sources.contains(f.as_str()))
                        .count();
                    if n > 0 {
                        pairs += n;
                        languages.insert(lang.clone());
                    }
                }
                let pattern = join(parent, "{lang}/{path}");
                candidates.push(Candidate {
                    source: pattern.clone(),
                    translation: pattern,
                    languages,
                    pairs,
                    reason: msg!("detect-tree-folders", dir = shown(parent), english = en),
                });
            }
            None => {
                let mut pairs = 0;
                let mut languages = BTreeSet::new();
                for (lang, files) in langs {
                    let n = files
                        .iter()
                        .filter(|f| set.contains(join(parent, f).as_str()))
                        .count();
                    if n > 0 {
                        pairs += n;
                        languages.insert(lang.clone());
                    }
                }
                candidates.push(Candidate {
                    source: join(parent, "{path}"),
                    translation: join(parent, "{lang}/{path}"),
                    languages,
                    pairs,
                    reason: msg!("detect-tree-root", dir = shown(parent)),
                });
            }
        }
    }
    // Suffixes: `x.fr.md` beside `x.md`, under the top folder that has them.
    let mut suffix: BTreeMap<String, (BTreeSet<String>, usize)> = BTreeMap::new();
    for page in &pages {
        let (dir, name) = page.rsplit_once('/').unwrap_or(("", page));
        let mut parts = name.rsplitn(3, '.');
        let (Some(ext), Some(lang), Some(stem)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if Lang::guess(lang).is_none()
            || !set.contains(join(dir, &format!("{stem}.{ext}")).as_str())
        {
            continue;
        }
        let top = dir.split('/').next().unwrap_or("").to_string();
        let entry = suffix.entry(top).or_default();
        entry.0.insert(lang.to_string());
        entry.1 += 1;
    }
    for (top, (languages, pairs)) in suffix {
        candidates.push(Candidate {
            source: join(&top, "{path}.{ext}"),
            translation: join(&top, "{path}.{lang}.{ext}"),
            languages,
            pairs,
            reason: msg!("detect-tree-suffix", dir = shown(&top)),
        });
    }
    // Sibling trees: `pages/x` ↔ `pages.fr/x` (tldr-pages), `docs-fr/x`.
    let mut siblings: BTreeMap<(String, String, char), (BTreeSet<String>, usize)> = BTreeMap::new();
    for page in &pages {
        let parts: Vec<&str> = page.split('/').collect();
        for i in 0..parts.len().saturating_sub(1) {
            for separator in ['.', '-', '_'] {
                let Some((base, lang)) = parts[i].rsplit_once(separator) else {
                    continue;
                };
                if base.is_empty() || Lang::guess(lang).is_none() {
                    continue;
                }
                let parent = parts[..i].join("/");
                let mut source: Vec<&str> = parts[..i].to_vec();
                source.push(base);
                source.extend(&parts[i + 1..]);
                if set.contains(source.join("/").as_str()) {
                    let entry = siblings
                        .entry((parent, base.to_string(), separator))
                        .or_default();
                    entry.0.insert(lang.to_string());
                    entry.1 += 1;
                }
            }
        }
    }
    for ((parent, base, separator), (languages, pairs)) in siblings {
        candidates.push(Candidate {
            source: join(&parent, &format!("{base}/{{path}}")),
            translation: join(&parent, &format!("{base}{separator}{{lang}}/{{path}}")),
            languages,
            pairs,
            reason: msg!("detect-tree-siblings", dir = join(&parent, &base)),
        });
    }
    candidates.retain(|c| c.pairs > 0);
    candidates.sort_by(|a, b| b.pairs.cmp(&a.pairs).then(a.source.cmp(&b.source)));
    let Some(best) = candidates.first() else {
        return Ok(None);
    };
    // A rival pairing at least half as many files, of another shape: say so.
    if let Some(rival) = candidates
        .iter()
        .skip(1)
        .find(|c| c.pairs * 2 >= best.pairs && !overlaps(c, best))
    {
        let describe = |c: &Candidate| {
            format!(
                "{} → {} ({} {})",
                c.source,
                c.translation,
                c.pairs,
                tr!("detect-pairs")
            )
        };
        return Err(msg!(
            "detect-tree-ambiguous",
            first = describe(best),
            second = describe(rival)
        ));
    }
    let file = config(
        "en",
        best.languages.iter().cloned().collect(),
        vec![collection(
            "content",
            best.source.clone(),
            best.translation.clone(),
        )],
    );
    Ok(Some(Detected {
        file: ConfigFile {
            // Tree detection knows only the languages it saw: let the tree decide.
            languages: None,
            ..file
        },
        reason: best.reason.clone(),
    }))
}

/// Whether two tree candidates describe the same files (one folder seen at two depths).
fn overlaps(a: &Candidate, b: &Candidate) -> bool {
    let root = |p: &str| {
        p.split('{')
            .next()
            .unwrap_or("")
            .trim_end_matches('/')
            .to_string()
    };
    let (ra, rb) = (root(&a.translation), root(&b.translation));
    under(&ra, &rb) || under(&rb, &ra) || ra == rb
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree of `(path, contents)`; pages can have empty contents.
    fn detect_in(files: &[(&str, &str)], dirs: &[&str]) -> Result<Option<Detected>, Message> {
        let mut paths: Vec<String> = files.iter().map(|(p, _)| p.to_string()).collect();
        paths.sort();
        let read = |path: &str| {
            files
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, text)| text.to_string())
        };
        let dirs: Vec<String> = dirs.iter().map(|d| d.to_string()).collect();
        detect(
            &Tree {
                files: &paths,
                read: &read,
            },
            &dirs,
        )
    }

    /// The Fluent-only detection of a tree of `(path, contents)`.
    fn fluent_in(files: &[(&str, &str)]) -> Option<ConfigFile> {
        let mut paths: Vec<String> = files.iter().map(|(p, _)| p.to_string()).collect();
        paths.sort();
        let read = |path: &str| {
            files
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, text)| text.to_string())
        };
        fluent(&Tree {
            files: &paths,
            read: &read,
        })
        .map(|found| found.file)
    }

    #[test]
    fn fluent_language_folders_at_the_root_prefer_en_us_as_the_source() {
        let file = fluent_in(&[
            ("README.md", ""),
            ("de/a.ftl", ""),
            ("en-GB/a.ftl", ""),
            ("en-US/a.ftl", ""),
        ])
        .unwrap();
        assert_eq!(file.source_language.as_deref(), Some("en-US"));
        assert_eq!(file.fluent.paths, ["{lang}/{path}"]);
    }

    #[test]
    fn fluent_folders_take_the_english_with_more_files() {
        let file = fluent_in(&[
            ("de/a.ftl", ""),
            ("de/b.ftl", ""),
            ("en-US/old.ftl", ""),
            ("en/a.ftl", ""),
            ("en/b.ftl", ""),
        ])
        .unwrap();
        assert_eq!(file.source_language.as_deref(), Some("en"));
        let file = fluent_in(&[("de/a.ftl", ""), ("en-GB/a.ftl", "")]).unwrap();
        assert_eq!(file.source_language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn fluent_files_named_by_language_are_components() {
        let file = fluent_in(&[
            ("src/cat/locales/en-US.ftl", ""),
            ("src/cat/locales/fr-FR.ftl", ""),
            ("src/ls/locales/en-US.ftl", ""),
        ])
        .unwrap();
        assert_eq!(file.source_language.as_deref(), Some("en-US"));
        assert_eq!(file.fluent.paths, ["{path}/{lang}.ftl"]);
    }

    #[test]
    fn a_compare_locales_configuration_wins_over_the_folders() {
        let config =
            "basepath = \"..\"\n[[paths]]\nreference = \"en/**\"\nl10n = \"{locale}/**\"\n";
        let file = fluent_in(&[
            ("configs/pontoon.toml", config),
            ("de/a.ftl", ""),
            ("en-US/a.ftl", ""),
            ("en/a.ftl", ""),
        ])
        .unwrap();
        assert_eq!(
            file.fluent.l10n_toml.as_deref(),
            Some("configs/pontoon.toml")
        );
        assert_eq!(file.source_language, None);
    }

    #[test]
    fn the_default_locales_folder_and_trees_without_fluent_are_left_alone() {
        assert!(fluent_in(&[("locales/en/a.ftl", ""), ("locales/fr/a.ftl", "")]).is_none());
        assert!(fluent_in(&[("en/a.md", ""), ("fr/a.md", "")]).is_none());
    }

    #[test]
    fn starlight_locales_declared_apart_with_a_root_locale() {
        let config = "import starlight from '@astrojs/starlight';\n\
            /** @satisfies {import('@astrojs/starlight/types').StarlightUserConfig['locales']} */\n\
            export const locales = {\n\troot: { label: 'English', lang: 'en' },\n\
            \t'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },\n\
            \tfa: { label: 'فارسی', lang: 'fa', dir: 'rtl' },\n};\n\
            export default defineConfig({ integrations: [starlight({ title: 'x', locales })] });\n";
        let found = detect_in(
            &[
                ("docs/astro.config.mjs", config),
                ("docs/src/content/docs/index.mdx", ""),
                ("docs/src/content/docs/pt-br/index.mdx", ""),
            ],
            &["", "docs"],
        )
        .unwrap()
        .unwrap();
        assert!(
            found.reason.english().contains("Astro Starlight"),
            "{}",
            found.reason.english()
        );
        assert_eq!(
            found.file.source.as_deref(),
            Some("docs/src/content/docs/{path}")
        );
        assert_eq!(
            found.file.translation.as_deref(),
            Some("docs/src/content/docs/{lang}/{path}")
        );
        assert_eq!(
            found.file.languages.as_deref(),
            Some(&["pt-BR".to_string(), "fa".to_string()][..])
        );
        // `pt-br` is `pt-BR` already (tags are read case-insensitively): no alias needed.
        assert!(found.file.aliases.is_empty(), "{:?}", found.file.aliases);
    }

    #[test]
    fn docusaurus_docs_versions_plugins_and_blog() {
        let config = "module.exports = {\n  i18n: { defaultLocale: 'en', locales: ['en', 'fr', 'pt-BR'] },\n\
            presets: [['classic', { docs: {}, blog: {} }]],\n\
            plugins: [['@docusaurus/plugin-content-docs', { id: 'community', path: 'community' }]],\n};\n";
        let found = detect_in(
            &[
                ("docusaurus.config.js", config),
                ("versions.json", "[\"2\"]"),
                ("docs/intro.md", ""),
                ("versioned_docs/version-2/intro.md", ""),
                ("community/meet.mdx", ""),
                ("blog/2024-01-01-post.md", ""),
            ],
            &[""],
        )
        .unwrap()
        .unwrap();
        let names: Vec<&str> = found
            .file
            .collection
            .iter()
            .filter_map(|c| c.name.as_deref())
            .collect();
        assert_eq!(names, ["docs", "version-2", "community", "blog"]);
        let community = &found.file.collection[2];
        assert_eq!(
            community.translation,
            "i18n/{lang}/docusaurus-plugin-content-docs-community/current/{path}"
        );
        assert!(community.exclude.contains(&"**/_*".to_string()));
        assert_eq!(
            found.file.languages.as_deref(),
            Some(&["fr".to_string(), "pt-BR".to_string()][..])
        );
    }

    #[test]
    fn hugo_languages_in_folders_or_as_suffixes() {
        let folders = "defaultContentLanguage = 'en'\n[languages.en]\ncontentDir = 'content/en'\n\
            [languages.zh-cn]\ncontentDir = 'content/zh'\n";
        let found = detect_in(
            &[("hugo.toml", folders), ("content/en/_index.md", "")],
            &[""],
        )
        .unwrap()
        .unwrap();
        assert_eq!(found.file.source.as_deref(), Some("content/{lang}/{path}"));
        assert_eq!(
            found.file.aliases.get("zh").map(String::as_str),
            Some("zh-cn")
        );
        let suffix = "languages:\n  en: {weight: 1}\n  fr: {weight: 2}\n";
        let found = detect_in(&[("config.yaml", suffix), ("content/a.md", "")], &[""])
            .unwrap()
            .unwrap();
        assert_eq!(
            found.file.translation.as_deref(),
            Some("content/{path}.{lang}.{ext}")
        );
        // Languages mounted from content/<lang> (modules), no contentDir.
        let mounted = "defaultContentLanguage: en\nlanguages:\n  en: {}\n  ja: {}\n";
        let found = detect_in(
            &[
                ("config/_default/hugo.yaml", mounted),
                ("content/en/docs/a.md", ""),
            ],
            &[""],
        )
        .unwrap()
        .unwrap();
        assert_eq!(found.file.source.as_deref(), Some("content/{lang}/{path}"));
        assert_eq!(
            found.file.languages.as_deref(),
            Some(&["ja".to_string()][..])
        );
    }

    #[test]
    fn mkdocs_i18n_plugin_suffix_and_folder() {
        let suffix = "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n\
            plugins:\n  - search\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n        - locale: zh\n";
        let found = detect_in(&[("mkdocs.yml", suffix), ("docs/index.md", "")], &[""])
            .unwrap()
            .unwrap();
        assert_eq!(found.file.source.as_deref(), Some("docs/{path}.{ext}"));
        assert_eq!(
            found.file.languages.as_deref(),
            Some(&["zh".to_string()][..])
        );
        let folder = "plugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: fr\n        - locale: en\n          default: true\n";
        let found = detect_in(&[("mkdocs.yml", folder), ("docs/en/index.md", "")], &[""])
            .unwrap()
            .unwrap();
        assert_eq!(
            found.file.translation.as_deref(),
            Some("docs/{lang}/{path}")
        );
    }

    #[test]
    fn the_tree_shows_folders_roots_suffixes_and_siblings() {
        let layout = |files: &[&str]| {
            let files: Vec<(&str, &str)> = files.iter().map(|f| (*f, "")).collect();
            let found = detect_in(&files, &[""]).unwrap().unwrap();
            (found.file.source.unwrap(), found.file.translation.unwrap())
        };
        assert_eq!(
            layout(&["site/en/a.md", "site/en/b.md", "site/es/a.md"]),
            ("site/{lang}/{path}".into(), "site/{lang}/{path}".into())
        );
        assert_eq!(
            layout(&[
                "docs/a.md",
                "docs/b/c.mdx",
                "docs/fr/a.md",
                "docs/fr/b/c.mdx"
            ]),
            ("docs/{path}".into(), "docs/{lang}/{path}".into())
        );
        assert_eq!(
            layout(&[
                "content/a.md",
                "content/a.de.md",
                "content/x/b.md",
                "content/x/b.de.md"
            ]),
            (
                "content/{path}.{ext}".into(),
                "content/{path}.{lang}.{ext}".into()
            )
        );
        // Many sibling pages outweigh a few suffixed ones elsewhere: no ambiguity.
        assert_eq!(
            layout(&[
                "pages/common/a.md",
                "pages/common/b.md",
                "pages/linux/c.md",
                "pages.pt_BR/common/a.md",
                "pages.pt_BR/common/b.md",
                "pages.ko/linux/c.md",
                "guides/style.md",
                "guides/style.ko.md",
            ]),
            ("pages/{path}".into(), "pages.{lang}/{path}".into())
        );
    }

    #[test]
    fn two_layouts_of_equal_weight_are_an_error_naming_both() {
        let files: Vec<(&str, &str)> = ["a/en/x.md", "a/fr/x.md", "b/y.md", "b/y.fr.md"]
            .iter()
            .map(|f| (*f, ""))
            .collect();
        let err = detect_in(&files, &[""]).unwrap_err().english();
        assert!(
            err.contains("a/{lang}/{path}") && err.contains("b/{path}.{lang}.{ext}"),
            "{err}"
        );
    }

    #[test]
    fn nothing_mirrored_is_nothing_detected() {
        let files = [("content/en/a.md", ""), ("README.md", "")];
        assert!(detect_in(&files, &[""]).unwrap().is_none());
    }
}
