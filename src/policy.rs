//! The CI policy: which findings of a [`Report`] fail a `check`. Findings are plain data
//! with a level; the renderers of `check` only display them and the command turns "any
//! error-level finding" into exit code 1.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::config::{CheckConfig, PolicyConfig};
use crate::inventory::Inventory;
use crate::model::i18n::Message;
use crate::model::{FindingKind, Lang, Level, Severity, Status};
use crate::report::{Report, Side, Translation};

/// One thing `check` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub kind: FindingKind,
    pub level: Level,
    pub language: Lang,
    /// Document id.
    pub document: String,
    /// The file to point at: the translation, or the English source for a missing one.
    pub path: String,
    pub line: Option<usize>,
    pub severity: Option<Severity>,
    pub message: Message,
}

impl Finding {
    /// `path:line`, or the path alone.
    pub(crate) fn place(&self) -> String {
        match self.line {
            Some(line) => format!("{}:{line}", self.path),
            None => self.path.clone(),
        }
    }
}

/// The resolved policy for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Policy {
    pub fail_on: BTreeSet<FindingKind>,
    pub min_severity: Severity,
    /// Stale for fewer days than this: a warning, not a failure.
    pub max_age: Option<u32>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            fail_on: [
                FindingKind::Stale,
                FindingKind::Orphaned,
                FindingKind::Error,
            ]
            .into(),
            min_severity: Severity::Minor,
            max_age: None,
        }
    }
}

impl Policy {
    fn apply(&mut self, layer: &PolicyConfig) {
        if let Some(kinds) = &layer.fail_on {
            self.fail_on = kinds.iter().copied().collect();
        }
        if let Some(severity) = layer.min_severity {
            self.min_severity = severity;
        }
        if let Some(days) = layer.max_age {
            self.max_age = Some(days);
        }
    }
}

/// Policies per language: defaults, then `[check]`, then `[check.languages.<tag>]`, then
/// the command-line flags, each overriding what it sets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Policies {
    default: Policy,
    languages: BTreeMap<Lang, Policy>,
}

impl Policies {
    pub(crate) fn resolve(config: &CheckConfig, flags: &PolicyConfig) -> Policies {
        let global = PolicyConfig {
            fail_on: config.fail_on.clone(),
            min_severity: config.min_severity,
            max_age: config.max_age,
        };
        let mut default = Policy::default();
        default.apply(&global);
        let mut languages = BTreeMap::new();
        for (tag, layer) in &config.languages {
            // Tags were validated with the configuration.
            let Ok(lang) = Lang::parse(tag) else { continue };
            let mut policy = default.clone();
            policy.apply(layer);
            policy.apply(flags);
            languages.insert(lang, policy);
        }
        default.apply(flags);
        Policies { default, languages }
    }

    pub(crate) fn for_language(&self, lang: &Lang) -> &Policy {
        self.languages.get(lang).unwrap_or(&self.default)
    }
}

/// Pull-request mode: only what the change touched is gated.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    /// Repository paths changed since the merge base.
    pub changed: HashSet<String>,
    /// Keep the policy's verdict (fail) for translations left behind by English changes
    /// in the branch, instead of only warning.
    pub strict: bool,
}

/// Findings of a check, in report order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Outcome {
    pub findings: Vec<Finding>,
    /// Findings left out because the change did not touch them (`--changed-since`).
    pub outside_change: usize,
}

impl Outcome {
    /// Adds a finding about `translation` (made from `english`), or in pull-request mode
    /// counts it out when the change touched neither. A touched translation is gated as
    /// usual; an English change that leaves it behind warns (fails with `--strict`).
    fn push(
        &mut self,
        mut finding: Finding,
        translation: Option<&str>,
        english: &str,
        scope: Option<&Scope>,
    ) {
        if let Some(scope) = scope {
            let touched = translation.is_some_and(|p| scope.changed.contains(p));
            if !touched {
                if !scope.changed.contains(english) {
                    self.outside_change += 1;
                    return;
                }
                // The policy's verdict stands with --strict; without it, what would fail
                // only warns: the branch changed the English, not the translation.
                if !scope.strict && finding.level == Level::Error {
                    finding.level = Level::Warning;
                }
                finding.message = msg!("finding-changed-in-branch", message = finding.message);
            }
        }
        self.findings.push(finding);
    }

    /// The findings about `lang`, in report order.
    pub(crate) fn for_language<'a>(
        &'a self,
        lang: &'a Lang,
    ) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.language == *lang)
    }

    pub(crate) fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.level == level).count()
    }

    pub(crate) fn passed(&self) -> bool {
        self.count(Level::Error) == 0
    }
}

/// Applies the policies to every translation of the report. `now` (seconds) is the time
/// of the analysed revision, so a run is reproducible.
pub(crate) fn evaluate(
    report: &Report,
    inventory: &Inventory,
    policies: &Policies,
    scope: Option<&Scope>,
) -> Outcome {
    let mut outcome = Outcome::default();
    for doc in &report.documents {
        let source = doc
            .source_path
            .clone()
            .unwrap_or_else(|| inventory.path_of(&doc.id, &inventory.source_language));
        for t in &doc.translations {
            let expected = inventory.path_of(&doc.id, &t.language);
            let policy = policies.for_language(&t.language);
            let mut found: Vec<Finding> =
                finding(&doc.id, &source, &expected, t, policy, report.revision_time)
                    .into_iter()
                    .collect();
            found.extend(drift_findings(&doc.id, t, policy));
            for finding in found {
                outcome.push(finding, t.path.as_deref(), &source, scope);
            }
        }
    }
    for f in &report.fluent {
        let policy = policies.for_language(&f.language);
        for x in &f.report.findings {
            let path = match x.file {
                Side::Translation => f.path.clone(),
                Side::English => f.english_path.clone(),
            };
            let fails = policy.fail_on.contains(&FindingKind::Ftl) && x.level == Level::Error;
            let finding = Finding {
                kind: FindingKind::Ftl,
                level: if fails { Level::Error } else { Level::Warning },
                language: f.language.clone(),
                document: f.path.clone(),
                path,
                line: Some(x.line),
                severity: None,
                message: match &x.id {
                    Some(id) => msg!(
                        "finding-ftl-id",
                        check = x.check.as_str(),
                        id = id,
                        message = &x.message
                    ),
                    None => msg!(
                        "finding-ftl",
                        check = x.check.as_str(),
                        message = &x.message
                    ),
                },
            };
            outcome.push(finding, Some(&f.path), &f.english_path, scope);
        }
    }
    outcome
}

fn finding(
    id: &str,
    source: &str,
    expected: &str,
    t: &Translation,
    policy: &Policy,
    now: i64,
) -> Option<Finding> {
    let kind = match t.status {
        Status::Current => return None,
        Status::Stale => FindingKind::Stale,
        Status::Missing => FindingKind::Missing,
        Status::Orphaned => FindingKind::Orphaned,
        Status::Error => FindingKind::Error,
    };
    let mut fails = policy.fail_on.contains(&kind);
    let message = match t.status {
        Status::Stale => {
            let severity = t.severity.unwrap_or(Severity::Major);
            fails &= severity >= policy.min_severity;
            let age_days = t
                .stale_since
                .map_or(0, |since| (now - since).max(0) / 86_400);
            let young = policy.max_age.is_some_and(|max| age_days < i64::from(max));
            fails &= !young;
            let summary = stale_summary(t);
            let message = if t.path.is_some() {
                msg!("finding-stale-todo", summary = summary)
            } else {
                summary
            };
            if young {
                msg!(
                    "finding-stale-young",
                    message = message,
                    days = age_days,
                    limit = policy.max_age.unwrap_or(0)
                )
            } else {
                message
            }
        }
        Status::Missing if t.draft => msg!(
            "finding-draft",
            language = t.language.as_str(),
            path = expected
        ),
        Status::Missing => msg!(
            "finding-missing",
            language = t.language.as_str(),
            path = expected
        ),
        _ => t
            .message
            .clone()
            .unwrap_or_else(|| msg!("plain", text = t.status.as_str())),
    };
    let level = match (fails, kind) {
        (true, _) => Level::Error,
        (false, FindingKind::Missing) => Level::Note,
        (false, _) => Level::Warning,
    };
    Some(Finding {
        kind,
        level,
        language: t.language.clone(),
        document: id.to_string(),
        path: t.path.clone().unwrap_or_else(|| source.to_string()),
        line: t.line,
        severity: (t.status == Status::Stale).then(|| t.severity.unwrap_or(Severity::Major)),
        message,
    })
}

/// One finding per drift item; it fails when `drift` is in `fail-on` and its severity
/// reaches `min-severity`.
fn drift_findings(id: &str, t: &Translation, policy: &Policy) -> Vec<Finding> {
    // A translation stale by history is expected to differ from the English: its stale
    // finding and `transync diff` say how. Drift is news beside a current translation, or
    // when drift is what made it stale (an English change masked by a later edit).
    let explained = t.status == Status::Stale && !t.changed_blocks.is_empty();
    let Some(path) = t.path.as_ref().filter(|_| !explained) else {
        return Vec::new();
    };
    t.drift
        .iter()
        .map(|d| Finding {
            kind: FindingKind::Drift,
            level: if policy.fail_on.contains(&FindingKind::Drift)
                && d.severity >= policy.min_severity
            {
                Level::Error
            } else {
                Level::Warning
            },
            language: t.language.clone(),
            document: id.to_string(),
            path: path.clone(),
            line: d.translation_line,
            severity: Some(d.severity),
            message: d.message.clone(),
        })
        .collect()
}

/// "2 English commits since 2025-03-01, +4 -1 lines (major)".
pub(crate) fn stale_summary(t: &Translation) -> Message {
    let what = t
        .behind()
        .or_else(|| t.message.clone())
        .unwrap_or_else(|| msg!("stale-source-changed"));
    msg!(
        "stale-summary",
        what = what,
        added = t.lines_added,
        removed = t.lines_removed,
        severity = t.severity.map_or("none", |s| s.as_str())
    )
}
