//! The tool's own words, in the user's language.
//!
//! Messages live in Fluent resources, `locales/{en,es,fr,pt}/transync.ftl`, compiled into
//! the binary. The UI language comes from `--ui-lang`, else `TRANSYNC_LANG`, else the
//! POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), negotiated with fluent-langneg; English
//! is the fallback for any language or message we lack.
//!
//! Only human output is localized. JSON, SARIF, JUnit and GitHub annotations are read by
//! programs, so their renderers ask for [`english`] explicitly.

use std::io::Write as _;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The languages transync speaks, with their resources. English first: it is the fallback.
pub(crate) const RESOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/transync.ftl")),
    ("es", include_str!("../../locales/es/transync.ftl")),
    ("fr", include_str!("../../locales/fr/transync.ftl")),
    ("pt", include_str!("../../locales/pt/transync.ftl")),
];

/// Formats messages in one language, falling back to English message by message.
pub struct Localizer {
    language: &'static str,
    /// The chosen language's bundle, then English (when the chosen one is not English).
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for the best match of `requested` (in order of preference).
    pub fn negotiate(requested: &[LanguageIdentifier]) -> Localizer {
        let available: Vec<LanguageIdentifier> = RESOURCES
            .iter()
            .map(|(tag, _)| tag.parse().expect("built-in language tags are valid"))
            .collect();
        let default = &available[0];
        let chosen = negotiate_languages(
            requested,
            &available,
            Some(default),
            NegotiationStrategy::Lookup,
        );
        let language = chosen
            .first()
            .and_then(|id| {
                RESOURCES
                    .iter()
                    .find(|(tag, _)| id.language.as_str() == *tag)
            })
            .map_or("en", |(tag, _)| *tag);
        Localizer::for_language(language)
    }

    fn for_language(language: &'static str) -> Localizer {
        let mut bundles = vec![bundle(language)];
        if language != "en" {
            bundles.push(bundle("en"));
        }
        Localizer { language, bundles }
    }

    /// The language messages come in (`en`, `es`, `fr` or `pt`).
    pub(crate) fn language(&self) -> &'static str {
        self.language
    }

    /// Message `id` formatted with `args`. A message missing from the chosen language comes
    /// from English; one missing everywhere (a bug, caught by the tests) shows its id.
    pub fn message(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let text = self.format(id, args);
        debug_assert!(text.is_some(), "no message {id} in transync.ftl");
        text.unwrap_or_else(|| id.to_string())
    }

    /// Message `id` without arguments, or `None` when no language has it: for ids built
    /// at run time, such as the help of each command-line flag.
    pub fn try_message(&self, id: &str) -> Option<String> {
        self.format(id, None)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.iter().find(|bundle| bundle.has_message(id))?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        Some(text.into_owned())
    }
}

fn bundle(language: &'static str) -> FluentBundle<FluentResource> {
    let (_, source) = RESOURCES
        .iter()
        .find(|(tag, _)| *tag == language)
        .expect("a built-in language");
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{language}/transync.ftl: {errors:?}"));
    let id: LanguageIdentifier = language.parse().expect("a valid tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output: Unicode isolation marks around arguments would show as garbage.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{language}/transync.ftl: {errors:?}"));
    bundle
}

/// A message as data: its id and arguments, formatted when rendered. The analysis core
/// stores these so that one report can be shown in the user's language and written as
/// JSON in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A message formatted in the same language as the one it is part of.
    Message(Box<Message>),
}

impl From<&Message> for Arg {
    fn from(message: &Message) -> Arg {
        Arg::Message(Box::new(message.clone()))
    }
}

/// Serialized in English: whatever reads serialized data is a program.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `localizer`'s language.
    pub fn format(&self, localizer: &Localizer) -> String {
        if self.args.is_empty() {
            return localizer.message(self.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                // A file name or a text from content: shown, never obeyed.
                Arg::Text(text) => args.set(*name, super::visible(text).into_owned()),
                Arg::Number(n) => args.set(*name, *n),
                Arg::Message(message) => args.set(*name, message.format(localizer)),
            }
        }
        localizer.message(self.id, Some(&args))
    }

    /// The message in the UI language.
    pub fn ui(&self) -> String {
        self.format(ui())
    }

    /// The message in English, for machine-read output.
    pub fn english(&self) -> String {
        self.format(english())
    }
}

/// The name of a kind of Markdown block ("code block", "front matter: title") as a
/// message, so that it reads in the language of the sentence it is put in.
pub(crate) fn block_kind(name: &str) -> Message {
    match name.strip_prefix("front matter: ") {
        Some(key) => Message::new("block-kind-front-matter").arg("key", key),
        None => Message::new("block-kind").arg("kind", name.replace(' ', "-").to_lowercase()),
    }
}

/// Builds a [`Message`]: `msg!("drift-missing-section", heading = h)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::model::i18n::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::model::i18n::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}

static UI: OnceLock<Localizer> = OnceLock::new();
static ENGLISH: OnceLock<Localizer> = OnceLock::new();

/// Chooses the UI language once, at startup. `flag` is `--ui-lang`; without it the
/// environment decides. Later calls are ignored.
pub fn init(flag: Option<&str>) {
    let requested = requested_languages(flag, |name| std::env::var(name).ok());
    let _ = UI.set(Localizer::negotiate(&requested));
}

/// Says on stderr when `--ui-lang` asked for a language transync does not speak (it then
/// speaks English), so a typo does not pass for a choice.
pub fn warn_if_unavailable(asked: &str) {
    let wanted = posix_to_bcp47(asked);
    let english = wanted
        .as_ref()
        .is_none_or(|id| id.language.as_str() == "en");
    if ui().language() == "en" && !english {
        let available: Vec<&str> = RESOURCES.iter().map(|(tag, _)| *tag).collect();
        let yellow = anstyle::AnsiColor::Yellow.on_default().bold();
        let _ = writeln!(
            anstream::stderr(),
            "{yellow}{}:{yellow:#} {}",
            crate::tr!("warning-prefix"),
            crate::tr!(
                "warning-ui-lang-unknown",
                lang = asked,
                available = available.join(", ")
            )
        );
    }
}

/// What the user asked for, most wanted first. `var` reads the environment.
pub(crate) fn requested_languages(
    flag: Option<&str>,
    var: impl Fn(&str) -> Option<String>,
) -> Vec<LanguageIdentifier> {
    // As in POSIX, the first of LC_ALL, LC_MESSAGES and LANG that is set wins, even when
    // it is "C" (English) — a user who sets LC_ALL=C means it.
    let chosen = flag.map(str::to_string).or_else(|| {
        ["TRANSYNC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.trim().is_empty())
    });
    chosen
        .as_deref()
        .and_then(posix_to_bcp47)
        .into_iter()
        .collect()
}

/// `pt_BR.UTF-8@euro` → `pt-BR`; `C` and `POSIX` → none (English).
fn posix_to_bcp47(value: &str) -> Option<LanguageIdentifier> {
    let value = value.trim();
    let value = value.split(['.', '@']).next().unwrap_or(value);
    if value.eq_ignore_ascii_case("C") || value.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    value.replace('_', "-").parse().ok()
}

/// The UI localizer ([`init`] chooses it; English until then, as in library tests).
pub fn ui() -> &'static Localizer {
    UI.get().unwrap_or_else(english)
}

/// English, for machine-read formats and as the fallback.
pub fn english() -> &'static Localizer {
    ENGLISH.get_or_init(|| Localizer::for_language("en"))
}

/// Formats a message of the UI language: `tr!("status-current")`,
/// `tr!("status-behind", count = 3)`. Argument names are the Fluent variable names.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::model::i18n::ui().message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr_in!($crate::model::i18n::ui(), $id, $($name = $value),+)
    };
}

/// Like [`tr!`], in the given [`Localizer`]: `tr_in!(i18n::english(), "id", n = 1)`.
#[macro_export]
macro_rules! tr_in {
    ($localizer:expr, $id:literal) => {
        $localizer.message($id, None)
    };
    ($localizer:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::msg!($id, $($name = $value),+).format($localizer)
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn chosen(flag: Option<&str>, pairs: &[(&str, &str)]) -> &'static str {
        Localizer::negotiate(&requested_languages(flag, env(pairs))).language()
    }

    #[test]
    fn the_flag_beats_the_environment_which_goes_in_posix_order() {
        let all = [
            ("TRANSYNC_LANG", "fr"),
            ("LC_ALL", "es_ES.UTF-8"),
            ("LC_MESSAGES", "pt_BR"),
            ("LANG", "en_US"),
        ];
        assert_eq!(chosen(Some("pt"), &all), "pt");
        assert_eq!(chosen(None, &all), "fr");
        assert_eq!(chosen(None, &all[1..]), "es");
        assert_eq!(chosen(None, &all[2..]), "pt");
        assert_eq!(chosen(None, &all[3..]), "en");
        assert_eq!(chosen(None, &[]), "en");
    }

    #[test]
    fn posix_locales_map_to_our_languages() {
        assert_eq!(chosen(None, &[("LANG", "pt_BR.UTF-8@latin")]), "pt");
        assert_eq!(chosen(None, &[("LANG", "fr_CA")]), "fr");
        assert_eq!(chosen(None, &[("LC_ALL", "C"), ("LANG", "es_ES")]), "en");
        assert_eq!(chosen(None, &[("LANG", "POSIX")]), "en");
        assert_eq!(chosen(None, &[("LANG", "de_DE.UTF-8")]), "en");
        assert_eq!(chosen(None, &[("LC_ALL", ""), ("LANG", "es")]), "es");
        assert_eq!(chosen(Some("not a tag!"), &[("LANG", "es")]), "en");
    }

    /// Every message, attribute-free, with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).expect("parses");
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    variables(pattern, &mut vars);
                }
                out.insert(message.id.name.to_string(), vars);
            }
        }
        out
    }

    fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }

    fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for variant in variants {
                    variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_vars(inline, out),
        }
    }

    fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for arg in &arguments.positional {
                    inline_vars(arg, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_english_message_with_the_same_variables() {
        let english = messages(RESOURCES[0].1);
        assert!(!english.is_empty());
        for (tag, source) in &RESOURCES[1..] {
            let translated = messages(source);
            for (id, vars) in &english {
                let theirs = translated
                    .get(id)
                    .unwrap_or_else(|| panic!("locales/{tag}/transync.ftl lacks {id}"));
                assert!(
                    theirs.is_subset(vars),
                    "locales/{tag}/transync.ftl: {id} uses {theirs:?}, English passes {vars:?}"
                );
            }
            for id in translated.keys() {
                assert!(english.contains_key(id), "{tag} has {id}, English does not");
            }
        }
    }

    #[test]
    fn every_resource_formats_without_errors() {
        for (tag, _) in RESOURCES {
            let localizer = Localizer::for_language(tag);
            assert_eq!(localizer.language(), *tag);
            // Messages without variables; the others are formatted by the command tests.
            for (id, vars) in messages(RESOURCES[0].1) {
                if vars.is_empty() {
                    assert!(!localizer.message(&id, None).is_empty(), "{tag} {id}");
                }
            }
        }
    }

    #[test]
    fn arguments_are_formatted_without_isolation_marks() {
        let es = Localizer::for_language("es");
        let text = tr_in!(&es, "error-prefix");
        assert!(!text.is_empty());
        let behind = tr_in!(&es, "commits-behind", count = 3);
        assert!(
            behind.contains('3') && !behind.contains('\u{2068}'),
            "{behind}"
        );
    }
}
