//! Language tags. Every tag the user writes (config, `--lang`, directory names, file
//! suffixes) is parsed as BCP 47 and kept in canonical form, so `pt-br`, `pt_BR` and
//! `pt-BR` are one language and comparisons never depend on spelling.

use std::fmt;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A canonical BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub(crate) struct Lang(String);

impl Lang {
    /// Parses a BCP 47 tag; `_` is accepted as a separator as in POSIX locales. The
    /// primary language subtag must have 2 or 3 letters: longer ones are syntactically
    /// allowed but no language is registered with one, so `english` is a mistake.
    pub(crate) fn parse(tag: &str) -> Result<Lang, String> {
        let id: LanguageIdentifier = tag.parse().map_err(|_| tr!("lang-not-a-tag", tag = tag))?;
        if !(2..=3).contains(&id.language.as_str().len()) {
            return Err(tr!("lang-subtag-length", tag = tag));
        }
        Ok(Lang(id.to_string()))
    }

    /// Like [`Lang::parse`] but only for names that are languages beyond doubt, for
    /// guessing from directory names and file suffixes: a two-letter ISO 639-1 code,
    /// with optional script and region. `docs`, `src` or `lib` are never guessed; languages
    /// with only a three-letter code (`fil`, `yue`) must be configured.
    pub(crate) fn guess(name: &str) -> Option<Lang> {
        let primary = name.split(['-', '_']).next()?;
        if primary.len() != 2
            || isolang::Language::from_639_1(&primary.to_ascii_lowercase()).is_none()
        {
            return None;
        }
        Lang::parse(name).ok()
    }

    pub(crate) fn as_str(&self) -> &str {
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
    fn rejects_garbage_and_long_primary_subtags() {
        assert!(Lang::parse("not a tag").is_err());
        assert!(Lang::parse("").is_err());
        assert!(Lang::parse("english").is_err());
        assert_eq!(Lang::parse("fil").unwrap().as_str(), "fil");
    }

    #[test]
    fn guesses_only_short_primary_subtags() {
        assert_eq!(Lang::guess("ko").unwrap().as_str(), "ko");
        assert_eq!(Lang::guess("es-419").unwrap().as_str(), "es-419");
        assert_eq!(Lang::guess("zh-Hant").unwrap().as_str(), "zh-Hant");
        for name in ["docs", "guides", "01", "src", "lib", "js", "zz"] {
            assert!(Lang::guess(name).is_none(), "{name}");
        }
    }
}
