//! `messages.json`: a language's Fluent messages for front-end applications, each
//! resolved to the translation when it has the message, else the English.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use fluent_syntax::serializer;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub(crate) struct Messages {
    pub language: String,
    /// Message id (or `id.attribute`) → entry.
    pub messages: BTreeMap<String, Resolved>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Resolved {
    /// The language the text comes from: the bundle's, or English as the fallback.
    pub from: String,
    /// The Fluent source of the value (`Hello, { $name }!`), for a Fluent runtime.
    pub source: String,
    /// The formatted text, for messages that need no arguments.
    pub text: Option<String>,
}

/// Resolves the messages of the English `.ftl` sources against the translated ones.
/// Terms (`-brand`) are not messages an application asks for; they are resolved inside
/// the messages that use them.
pub(crate) fn resolve(language: &str, english: &[String], translated: &[String]) -> Messages {
    let en = entries(english);
    let tr = entries(translated);
    let en_bundle = bundle("en", english);
    let tr_bundle = bundle(language, translated);
    let mut messages = BTreeMap::new();
    for (id, en_source) in &en {
        let (from, source, bundle) = match tr.get(id) {
            Some(source) => (language, source, &tr_bundle),
            None => ("en", en_source, &en_bundle),
        };
        messages.insert(
            id.clone(),
            Resolved {
                from: from.to_string(),
                source: source.clone(),
                text: format(bundle, id),
            },
        );
    }
    Messages {
        language: language.to_string(),
        messages,
    }
}

/// Every message value and attribute of the sources, as Fluent source text.
fn entries(sources: &[String]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for source in sources {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                out.entry(id.clone())
                    .or_insert_with(|| pattern_source(value));
            }
            for attribute in &message.attributes {
                out.entry(format!("{id}.{}", attribute.id.name))
                    .or_insert_with(|| pattern_source(&attribute.value));
            }
        }
    }
    out
}

/// The source of one pattern, serialized the canonical way.
fn pattern_source(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = serializer::serialize(&resource);
    let text = text.strip_prefix("x =").unwrap_or(&text);
    // Multi-line patterns are indented by four spaces under the id.
    text.trim_start_matches(' ')
        .trim_start_matches('\n')
        .lines()
        .map(|line| line.strip_prefix("    ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

type Bundle = fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>;

fn bundle(language: &str, sources: &[String]) -> Bundle {
    let id = language
        .parse()
        .unwrap_or_else(|_| "en".parse().expect("valid"));
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = match fluent_bundle::FluentResource::try_new(source.clone()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The text of `id` (or `id.attr`) when it formats without arguments.
fn format(bundle: &Bundle, id: &str) -> Option<String> {
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_messages_win_and_english_fills_the_gaps() {
        let en = ["-brand = Site\nhello = Hello\nbye = Bye, { $name }\nsearch = S\n    .placeholder = Search\n".to_string()];
        let es = ["-brand = Sitio\nhello = Hola, { -brand }\n".to_string()];
        let m = resolve("es", &en, &es);
        let hello = &m.messages["hello"];
        assert_eq!(
            (hello.from.as_str(), hello.text.as_deref()),
            ("es", Some("Hola, Sitio"))
        );
        let bye = &m.messages["bye"];
        assert_eq!(bye.from, "en");
        assert_eq!(bye.source, "Bye, { $name }");
        assert_eq!(bye.text, None, "needs an argument");
        assert_eq!(
            m.messages["search.placeholder"].text.as_deref(),
            Some("Search")
        );
        assert!(!m.messages.contains_key("-brand"));
    }
}
