//! The CLDR plural categories of a language, as fluent-bundle will select them.
//!
//! The rules come from `intl_pluralrules`, the crate fluent-bundle itself uses, and the
//! language is negotiated the same way fluent-bundle does, so a category is required
//! exactly when the application can actually select it. That crate exposes a rule per
//! language but not the list of categories the rule returns, so the list is found by
//! running the rule over sample numbers that exercise every CLDR condition (integers up to
//! 1000, large powers of ten, and decimals with one to three fraction digits).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// One plural category of a language and the sample numbers that fall in it.
#[derive(Debug)]
pub(crate) struct Category {
    pub name: &'static str,
    /// Distinct sample values, sorted, to tell whether number keys cover the category.
    pub samples: Vec<f64>,
    /// Whether an integer written without decimals falls in it: a count can select it.
    pub integers: bool,
}

/// The categories of `lang` as fluent-bundle resolves it (a region falls back to its
/// language, an unknown language to English), in CLDR order: `zero` … `other`.
pub(crate) fn categories(lang: &LanguageIdentifier, ordinal: bool) -> Vec<Category> {
    let kind = if ordinal {
        PluralRuleType::ORDINAL
    } else {
        PluralRuleType::CARDINAL
    };
    let Some(rules) = rules_for(lang, kind) else {
        return Vec::new();
    };
    let mut found: Vec<Category> = Vec::new();
    for sample in samples() {
        let (Ok(category), Ok(value)) = (rules.select(sample.as_str()), sample.parse::<f64>())
        else {
            continue;
        };
        let name = name(&category);
        let integer = !sample.contains('.');
        match found.iter_mut().find(|c| c.name == name) {
            Some(c) => {
                c.samples.push(value);
                c.integers |= integer;
            }
            None => found.push(Category {
                name,
                samples: vec![value],
                integers: integer,
            }),
        }
    }
    for category in &mut found {
        category.samples.sort_by(f64::total_cmp);
        category.samples.dedup();
    }
    found.sort_by_key(|c| order(c.name));
    found
}

/// The rules fluent-bundle's `PluralRules` memoizer picks for `lang`: lookup negotiation
/// against the languages the crate knows, defaulting to English.
fn rules_for(lang: &LanguageIdentifier, kind: PluralRuleType) -> Option<PluralRules> {
    let available = PluralRules::get_locales(kind);
    let default: LanguageIdentifier = "en".parse().ok()?;
    let chosen = negotiate_languages(
        std::slice::from_ref(lang),
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|&l| l.clone())?;
    PluralRules::create(chosen, kind).ok()
}

fn samples() -> Vec<String> {
    const FRACTIONS: [&str; 23] = [
        "0", "1", "2", "3", "5", "9", "00", "01", "02", "03", "05", "10", "11", "12", "19", "20",
        "21", "25", "50", "99", "000", "001", "111",
    ];
    let integers = (0..=1000u64).map(|i| i.to_string());
    let large = (4..=9).flat_map(|k| [10u64.pow(k), 10u64.pow(k) + 1].map(|n| n.to_string()));
    let decimals = (0..=110).flat_map(|i| FRACTIONS.iter().map(move |f| format!("{i}.{f}")));
    integers.chain(large).chain(decimals).collect()
}

fn name(category: &PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn order(name: &str) -> usize {
    super::walk::PLURAL_CATEGORIES
        .iter()
        .position(|&c| c == name)
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn names(lang: &str, ordinal: bool) -> Vec<&'static str> {
        let lang: LanguageIdentifier = lang.parse().expect("valid tag");
        categories(&lang, ordinal).iter().map(|c| c.name).collect()
    }

    #[test]
    fn cardinal_categories_follow_the_cldr_data_fluent_uses() {
        // intl_pluralrules 7 embeds CLDR 37, before `many` was added to es, fr and pt.
        assert_eq!(names("es", false), ["one", "other"]);
        assert_eq!(names("fr", false), ["one", "other"]);
        assert_eq!(names("pt", false), ["one", "other"]);
        assert_eq!(names("ko", false), ["other"]);
        assert_eq!(names("ru", false), ["one", "few", "many", "other"]);
        assert_eq!(
            names("ar", false),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(names("lv", false), ["zero", "one", "other"]);
    }

    #[test]
    fn regions_fall_back_to_the_language_and_unknown_tags_to_english() {
        assert_eq!(names("pt-BR", false), ["one", "other"]);
        assert_eq!(names("fr-CA", false), ["one", "other"]);
        assert_eq!(names("tlh", false), ["one", "other"]);
    }

    #[test]
    fn ordinal_categories_differ_from_cardinal_ones() {
        assert_eq!(names("en", true), ["one", "two", "few", "other"]);
        assert_eq!(names("fr", true), ["one", "other"]);
    }

    #[test]
    fn samples_tell_which_numbers_a_category_holds() {
        let en: LanguageIdentifier = "en".parse().expect("valid tag");
        let one = categories(&en, false)
            .into_iter()
            .find(|c| c.name == "one")
            .expect("English has `one`");
        assert_eq!(one.samples, [1.0]);
    }
}
