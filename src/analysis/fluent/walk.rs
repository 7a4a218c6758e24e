//! What a pattern uses: variables, references, functions and plural selects, found
//! anywhere inside it (nested placeables, selectors, every variant). Comparing these
//! between the English and the translated pattern is what catches a translator's typo in
//! `{ $count }` before a user sees `{$cuont}` on screen.

use std::collections::BTreeMap;

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement, VariantKey};

/// The plural category names CLDR defines, the only identifiers a number can select.
pub(crate) const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Everything one pattern (a value or an attribute) uses. Maps are keyed by the name as
/// written (`count`, `-brand`, `msg.attr`) and hold the first slice that uses it, for
/// positions.
#[derive(Default)]
pub(crate) struct Usage<'s> {
    pub variables: BTreeMap<&'s str, &'s str>,
    pub references: BTreeMap<String, Reference<'s>>,
    pub functions: BTreeMap<&'s str, &'s str>,
    pub plural_selects: Vec<PluralSelect<'s>>,
    /// Variables used where only a number makes sense: plural selectors, `NUMBER()`.
    pub numeric_variables: Vec<&'s str>,
    /// Whether any text (or string literal) has a letter, i.e. is something to translate.
    pub has_letters: bool,
}

/// A message or term reference; `name` is the slice of the id, for positions.
#[derive(Clone, Copy)]
pub(crate) struct Reference<'s> {
    pub name: &'s str,
    pub term: bool,
}

/// A select expression that chooses by plural category: its selector is a variable (or
/// `NUMBER($var, …)`) and its keys are category names or numbers.
pub(crate) struct PluralSelect<'s> {
    pub variable: &'s str,
    /// The slice the selector starts with (the variable name or function name).
    pub selector: &'s str,
    /// Whether `$var` is preceded by a `$` at `selector` (as opposed to a function name).
    pub selector_is_variable: bool,
    pub ordinal: bool,
    pub categories: Vec<&'s str>,
    pub numbers: Vec<f64>,
}

/// Collects what `pattern` uses.
pub(crate) fn usage<'s>(pattern: &ast::Pattern<&'s str>) -> Usage<'s> {
    let mut usage = Usage::default();
    usage.pattern(pattern);
    usage
}

impl<'s> Usage<'s> {
    fn pattern(&mut self, pattern: &ast::Pattern<&'s str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.text(value),
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn text(&mut self, text: &str) {
        self.has_letters |= text.chars().any(char::is_alphabetic);
    }

    fn expression(&mut self, expression: &Expression<&'s str>) {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                if let Some(select) = plural_select(selector, variants) {
                    self.numeric_variables.push(select.variable);
                    self.plural_selects.push(select);
                }
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&'s str>) {
        match inline {
            InlineExpression::StringLiteral { value } => self.text(value),
            InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::VariableReference { id } => {
                self.variables.entry(id.name).or_insert(id.name);
            }
            InlineExpression::MessageReference { id, attribute } => {
                let key = match attribute {
                    Some(attr) => format!("{}.{}", id.name, attr.name),
                    None => id.name.to_string(),
                };
                self.references.entry(key).or_insert(Reference {
                    name: id.name,
                    term: false,
                });
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let key = match attribute {
                    Some(attr) => format!("-{}.{}", id.name, attr.name),
                    None => format!("-{}", id.name),
                };
                self.references.entry(key).or_insert(Reference {
                    name: id.name,
                    term: true,
                });
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::FunctionReference { id, arguments } => {
                self.functions.entry(id.name).or_insert(id.name);
                if id.name == "NUMBER"
                    && let Some(InlineExpression::VariableReference { id }) =
                        arguments.positional.first()
                {
                    self.numeric_variables.push(id.name);
                }
                self.arguments(arguments);
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&'s str>) {
        for positional in &arguments.positional {
            self.inline(positional);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

/// Recognises a select by plural category. A select whose only key is `other` says
/// nothing about plurals, and one with any other identifier key (`[masculine]`) chooses
/// by string, so neither counts.
fn plural_select<'s>(
    selector: &InlineExpression<&'s str>,
    variants: &[ast::Variant<&'s str>],
) -> Option<PluralSelect<'s>> {
    let (variable, selector_slice, selector_is_variable, ordinal) = match selector {
        InlineExpression::VariableReference { id } => (id.name, id.name, true, false),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            let Some(InlineExpression::VariableReference { id: variable }) =
                arguments.positional.first()
            else {
                return None;
            };
            let ordinal = arguments.named.iter().any(|arg| {
                arg.name.name == "type"
                    && matches!(arg.value, InlineExpression::StringLiteral { value } if value == "ordinal")
            });
            (variable.name, id.name, false, ordinal)
        }
        _ => return None,
    };
    let mut categories = Vec::new();
    let mut numbers = Vec::new();
    for variant in variants {
        match variant.key {
            VariantKey::Identifier { name } if PLURAL_CATEGORIES.contains(&name) => {
                categories.push(name);
            }
            VariantKey::NumberLiteral { value } => numbers.push(value.parse().ok()?),
            VariantKey::Identifier { .. } => return None,
        }
    }
    if categories.iter().all(|&c| c == "other") && numbers.is_empty() {
        return None;
    }
    Some(PluralSelect {
        variable,
        selector: selector_slice,
        selector_is_variable,
        ordinal,
        categories,
        numbers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser;

    #[track_caller]
    fn value_usage(ftl: &'static str) -> Usage<'static> {
        let resource = parser::parse(ftl).expect("valid FTL");
        let Some(ast::Entry::Message(msg)) = resource.body.into_iter().next() else {
            panic!("first entry is a message");
        };
        let pattern = msg.value.expect("message has a value");
        // The usage borrows slices of `ftl`, not of the AST, so it outlives the pattern.
        usage(&pattern)
    }

    #[test]
    fn finds_variables_and_references_inside_selects_and_calls() {
        let u = value_usage(
            "m = { $n ->\n  [one] { -brand(case: \"x\") } { other.attr }\n *[other] { NUMBER($n) } { $who }\n}\n",
        );
        assert_eq!(
            u.variables.keys().copied().collect::<Vec<_>>(),
            ["n", "who"]
        );
        assert_eq!(
            u.references.keys().map(String::as_str).collect::<Vec<_>>(),
            ["-brand", "other.attr"]
        );
        assert_eq!(u.functions.keys().copied().collect::<Vec<_>>(), ["NUMBER"]);
        assert!(u.has_letters);
    }

    #[test]
    fn recognises_plural_selects_and_their_kind() {
        let u = value_usage(
            "m = { NUMBER($pos, type: \"ordinal\") ->\n [one] a\n [2] b\n *[other] c\n}\n",
        );
        let select = &u.plural_selects[0];
        assert_eq!(select.variable, "pos");
        assert!(select.ordinal);
        assert_eq!(select.categories, ["one", "other"]);
        assert_eq!(select.numbers, [2.0]);
    }

    #[test]
    fn string_selects_and_other_only_selects_are_not_plural() {
        assert!(
            value_usage("m = { $g ->\n [feminine] a\n *[other] b\n}\n")
                .plural_selects
                .is_empty()
        );
        assert!(
            value_usage("m = { $n ->\n *[other] b\n}\n")
                .plural_selects
                .is_empty()
        );
    }

    #[test]
    fn placeables_alone_have_no_letters() {
        assert!(!value_usage("m = { -brand } { $n } 42 %\n").has_letters);
    }
}
