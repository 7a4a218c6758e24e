//! The bundle's first stage, pure: from the analysis at the bundle's commit, which
//! documents go into a language's bundle and how each is shown, which are left out and
//! why, and which make the language fail under a `fail` policy. Nothing is read here.

use std::collections::BTreeMap;

use git2::Oid;

use crate::inventory::{Inventory, Kind};
use crate::model::Lang;
use crate::model::Status;
use crate::model::i18n::Message;
use crate::report::Report;

/// What to do with a translation that is behind its English source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StalePolicy {
    /// Publish it, under a banner pointing to the English original.
    Include,
    /// Leave it out: the document is then treated as missing.
    Exclude,
    /// Refuse to build the language.
    Fail,
}

impl StalePolicy {
    /// The name `manifest.json` records (the `--stale` value).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            StalePolicy::Include => "include",
            StalePolicy::Exclude => "exclude",
            StalePolicy::Fail => "fail",
        }
    }
}

/// What to do with a document that has no (usable) translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum MissingPolicy {
    /// Publish the English original under a "not yet translated" banner.
    Fallback,
    /// Leave the document out.
    Skip,
    /// Refuse to build the language.
    Fail,
}

impl MissingPolicy {
    /// The name `manifest.json` records (the `--missing` value).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MissingPolicy::Fallback => "fallback",
            MissingPolicy::Skip => "skip",
            MissingPolicy::Fail => "fail",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policies {
    pub stale: StalePolicy,
    pub missing: MissingPolicy,
}

/// How a published document is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    Current,
    /// An outdated translation, with a banner.
    Stale,
    /// The English original, with a banner.
    Fallback,
}

impl Shown {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Shown::Current => "current",
            Shown::Stale => "stale",
            Shown::Fallback => "fallback",
        }
    }
}

/// One document going into the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Planned {
    pub id: String,
    pub kind: Kind,
    /// The module index id, for a lesson.
    pub module: Option<String>,
    /// 1-based position among the module's lessons (0 for articles and module pages).
    pub order: usize,
    pub shown: Shown,
    /// The repository file published: the translation, or the English for a fallback.
    pub file: String,
    /// The English file, linked from the banners.
    pub english: String,
    /// Where the translation is or would be: assets are looked up next to it first.
    pub translation_path: String,
    pub base: Option<Oid>,
}

/// A document left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Left {
    pub id: String,
    pub kind: Kind,
    /// `missing`, `stale` (excluded), `module-incomplete`.
    pub reason: &'static str,
    pub detail: Message,
}

/// A document that makes the language fail under a `fail` policy.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Failure {
    pub id: String,
    pub detail: Message,
}

/// What one language's bundle holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Plan {
    pub language: Lang,
    /// The policies it was decided under, which the manifest records.
    pub policies: Policies,
    pub documents: Vec<Planned>,
    pub left_out: Vec<Left>,
    pub failures: Vec<Failure>,
}

/// Decides, from the analysis at the bundle's commit, what goes into `language`'s bundle.
/// A module is published only when every one of its pages is (its index and lessons);
/// otherwise all of them are left out with the reason.
pub(crate) fn plan(
    report: &Report,
    inventory: &Inventory,
    language: &Lang,
    policies: Policies,
) -> Plan {
    let mut documents = Vec::new();
    let mut left_out = Vec::new();
    let mut failures = Vec::new();
    let mut lesson_numbers: BTreeMap<String, usize> = BTreeMap::new();
    for doc in &report.documents {
        // Orphans have no English page: not part of the site.
        let Some(english) = doc.source_path.clone() else {
            continue;
        };
        let translation = doc.translations.iter().find(|t| t.language == *language);
        let order = match (&doc.kind, &doc.module) {
            (Kind::Lesson, Some(module)) => {
                let n = lesson_numbers.entry(module.clone()).or_default();
                *n += 1;
                *n
            }
            _ => 0,
        };
        let translation_path = inventory.path_of(&doc.id, language);
        let planned = |shown: Shown, file: String, base: Option<Oid>| Planned {
            id: doc.id.clone(),
            kind: doc.kind,
            module: doc.module.clone(),
            order,
            shown,
            file,
            english: english.clone(),
            translation_path: translation_path.clone(),
            base,
        };
        let status = translation.map_or(Status::Missing, |t| t.status);
        let path = translation.and_then(|t| t.path.clone());
        let base = translation.and_then(|t| t.base.as_ref()).map(|b| b.commit);
        // What stands in for a translation we cannot use.
        let mut missing = |detail: Message| match policies.missing {
            MissingPolicy::Fallback => Ok(planned(Shown::Fallback, english.clone(), None)),
            MissingPolicy::Skip => Err(Left {
                id: doc.id.clone(),
                kind: doc.kind,
                reason: "missing",
                detail,
            }),
            MissingPolicy::Fail => {
                failures.push(Failure {
                    id: doc.id.clone(),
                    detail,
                });
                Err(Left {
                    id: doc.id.clone(),
                    kind: doc.kind,
                    reason: "missing",
                    detail: msg!("bundle-reason-missing"),
                })
            }
        };
        let outcome = match (status, path) {
            (Status::Current, Some(path)) => Ok(planned(Shown::Current, path, base)),
            (Status::Stale, Some(path)) => match policies.stale {
                StalePolicy::Include => Ok(planned(Shown::Stale, path, base)),
                StalePolicy::Exclude => match missing(msg!("bundle-reason-stale-excluded")) {
                    Err(mut left) => {
                        left.reason = "stale";
                        Err(left)
                    }
                    ok => ok,
                },
                StalePolicy::Fail => {
                    failures.push(Failure {
                        id: doc.id.clone(),
                        detail: msg!("bundle-reason-stale"),
                    });
                    Err(Left {
                        id: doc.id.clone(),
                        kind: doc.kind,
                        reason: "stale",
                        detail: msg!("bundle-reason-stale"),
                    })
                }
            },
            // A broken translation (front matter, base) is not published as if it were fine.
            (Status::Error, Some(_)) => missing(msg!("bundle-reason-error")),
            _ if translation.is_some_and(|t| t.draft) => missing(msg!("bundle-reason-draft")),
            _ => missing(msg!("bundle-reason-missing")),
        };
        match outcome {
            Ok(planned) => documents.push(planned),
            Err(left) => left_out.push(left),
        }
    }
    // Module completeness: one page left out takes the whole module with it.
    let incomplete: BTreeMap<String, String> = left_out
        .iter()
        .filter_map(|l| {
            let module = match l.kind {
                Kind::Module => l.id.clone(),
                Kind::Lesson => report
                    .documents
                    .iter()
                    .find(|d| d.id == l.id)
                    .and_then(|d| d.module.clone())?,
                Kind::Article => return None,
            };
            Some((module, l.id.clone()))
        })
        .collect();
    let mut kept = Vec::new();
    for doc in documents {
        let module = match doc.kind {
            Kind::Module => Some(doc.id.clone()),
            Kind::Lesson => doc.module.clone(),
            Kind::Article => None,
        };
        match module.and_then(|m| incomplete.get(&m).map(|page| (m, page))) {
            Some((module, page)) => left_out.push(Left {
                id: doc.id.clone(),
                kind: doc.kind,
                reason: "module-incomplete",
                detail: msg!(
                    "bundle-reason-module-incomplete",
                    module = module,
                    page = page.clone()
                ),
            }),
            None => kept.push(doc),
        }
    }
    left_out.sort_by(|a, b| a.id.cmp(&b.id));
    Plan {
        language: language.clone(),
        policies,
        documents: kept,
        left_out,
        failures,
    }
}
