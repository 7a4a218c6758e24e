//! Formatting each translated message with fluent-bundle, the way the application will,
//! to catch what parses but fails at runtime: references to messages that do not exist,
//! messages without a value, cycles, unknown functions.

use std::collections::BTreeSet;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A message value (`attribute: None`) or attribute to format.
pub(crate) struct Slot<'a> {
    pub message: &'a str,
    pub attribute: Option<&'a str>,
}

/// What to format and with which stand-in arguments.
pub(crate) struct Job<'a> {
    /// The translated file's text (without BOM).
    pub text: &'a str,
    /// The files of its resource set it references, loaded after it.
    pub others: &'a [&'a str],
    pub lang: &'a LanguageIdentifier,
    /// Functions the application is assumed to provide: those the English file calls.
    pub functions: &'a BTreeSet<&'a str>,
    /// Variables given numbers (1, then 5: `one` and `other` in most languages).
    pub numeric: &'a BTreeSet<&'a str>,
    /// Variables given a string.
    pub strings: &'a BTreeSet<&'a str>,
}

/// The runtime errors of each slot, in `slots` order, without repeats.
pub(crate) fn errors(job: &Job<'_>, slots: &[Slot<'_>]) -> Vec<Vec<ResolverError>> {
    // Parse errors were reported already; the partial resource is what the app gets too.
    let resource = match FluentResource::try_new(job.text.to_string()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // The rest of the set, as the application loads it; ids the file defines itself win.
    let others: Vec<FluentResource> = job
        .others
        .iter()
        .map(|text| {
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            match FluentResource::try_new(text.to_string()) {
                Ok(resource) | Err((resource, _)) => resource,
            }
        })
        .collect();
    let mut bundle = FluentBundle::new(vec![job.lang.clone()]);
    bundle.set_use_isolating(false);
    // Duplicate ids are reported by the parity check; the bundle keeps the first, as the
    // application's would. Registering a function twice is equally harmless.
    let _ = bundle.add_resource(&resource);
    for other in &others {
        let _ = bundle.add_resource(other);
    }
    let _ = bundle.add_builtins();
    for &function in job.functions {
        // The real implementation is the application's; passing the first argument
        // through is enough for the message to format.
        let _ = bundle.add_function(function, |positional, _named| {
            positional.first().cloned().unwrap_or(FluentValue::None)
        });
    }

    let numbers: &[i32] = if job.numeric.is_empty() {
        &[1]
    } else {
        &[1, 5]
    };
    let runs: Vec<FluentArgs<'_>> = numbers
        .iter()
        .map(|&n| {
            let mut args = FluentArgs::new();
            for &name in job.strings {
                args.set(name, FluentValue::from(name));
            }
            for &name in job.numeric {
                args.set(name, FluentValue::from(n));
            }
            args
        })
        .collect();

    slots
        .iter()
        .map(|slot| {
            let mut found: Vec<ResolverError> = Vec::new();
            let Some(message) = bundle.get_message(slot.message) else {
                return found;
            };
            let pattern = match slot.attribute {
                Some(attr) => message.get_attribute(attr).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                return found;
            };
            for args in &runs {
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, Some(args), &mut errors);
                for error in errors {
                    if let FluentError::ResolverError(error) = error
                        && !found.contains(&error)
                    {
                        found.push(error);
                    }
                }
            }
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn errors_of(text: &str, message: &str, functions: &[&str]) -> Vec<String> {
        let lang: LanguageIdentifier = "fr".parse().expect("valid tag");
        let functions: BTreeSet<&str> = functions.iter().copied().collect();
        let numeric = BTreeSet::from(["n"]);
        let strings = BTreeSet::from(["who"]);
        let job = Job {
            text,
            others: &[],
            lang: &lang,
            functions: &functions,
            numeric: &numeric,
            strings: &strings,
        };
        let slots = [Slot {
            message,
            attribute: None,
        }];
        errors(&job, &slots)
            .remove(0)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn formats_with_stand_in_arguments() {
        let text = "m = { $n ->\n [one] un { $who }\n *[other] { NUMBER($n) } { $who }\n}\n";
        assert!(errors_of(text, "m", &[]).is_empty());
    }

    #[test]
    fn reports_unknown_references_and_functions_once() {
        let text = "m = { $n ->\n [one] { gone }\n *[other] { gone } { SHOUT($who) }\n}\n";
        assert_eq!(
            errors_of(text, "m", &[]),
            ["Unknown message: gone", "Unknown function: SHOUT()"]
        );
        assert_eq!(errors_of(text, "m", &["SHOUT"]), ["Unknown message: gone"]);
    }

    #[test]
    fn reports_cycles() {
        let text = "a = { b }\nb = { a }\n";
        assert_eq!(errors_of(text, "a", &[]), ["Cyclical dependency detected"]);
    }
}
