//! Language tags. Every tag the user writes (config, `--lang`, directory names, file
//! suffixes) is parsed as BCP 47 and kept in canonical form, so `pt-br`, `pt_BR` and
//! `pt-BR` are one language and comparisons never depend on spelling.

use std::fmt;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A canonical BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// Parses any BCP 47 tag; `_` is accepted as a separator as in POSIX locales.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        let id: LanguageIdentifier = tag
            .parse()
            .map_err(|_| format!("`{tag}` is not a BCP 47 language tag (e.g. `es`, `pt-BR`)"))?;
        if id.language.is_empty() {
            return Err(format!("`{tag}` has no language subtag"));
        }
        Ok(Lang(id.to_string()))
    }

    /// Like [`Lang::parse`] but only for names that plausibly are languages when we guess
    /// from directory names or file suffixes: a 2–3 letter primary subtag. `docs`, `blog`
    /// or `images` are syntactically valid tags of 4–8 letters but never meant as one.
    pub fn guess(name: &str) -> Option<Lang> {
        let primary = name.split(['-', '_']).next()?;
        if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        Lang::parse(name).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_case_and_separator() {
        assert_eq!(Lang::parse("pt-br").unwrap().as_str(), "pt-BR");
        assert_eq!(Lang::parse("pt_BR").unwrap().as_str(), "pt-BR");
        assert_eq!(Lang::parse("ZH-hant").unwrap().as_str(), "zh-Hant");
    }

    #[test]
    fn rejects_garbage() {
        assert!(Lang::parse("not a tag").is_err());
        assert!(Lang::parse("").is_err());
    }

    #[test]
    fn guesses_only_short_primary_subtags() {
        assert_eq!(Lang::guess("ko").unwrap().as_str(), "ko");
        assert_eq!(Lang::guess("es-419").unwrap().as_str(), "es-419");
        assert!(Lang::guess("docs").is_none());
        assert!(Lang::guess("guides").is_none());
        assert!(Lang::guess("01").is_none());
    }
}
