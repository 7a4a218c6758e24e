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
            let age_days = t.stale_since.map(|since| (now - since).max(0) / 86_400);
            // An age history cannot tell (a change masked by a later edit) is no excuse.
            let young = policy
                .max_age
                .zip(age_days)
                .is_some_and(|(max, age)| age < i64::from(max));
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
                    days = age_days.unwrap_or(0),
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use git2::Oid;

    use super::*;
    use crate::config::{ConfigFile, Settings};
    use crate::inventory::Kind;
    use crate::report::{ChangedBlock, DocumentReport, Drift, FileReport, FluentFile, Op};
    use crate::report::{Check, FluentFinding};

    const DAY: i64 = 86_400;
    /// The analysed revision's time: "now" for `max-age`.
    const NOW: i64 = 100 * DAY;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    fn layer(
        fail_on: Option<&[FindingKind]>,
        min: Option<Severity>,
        age: Option<u32>,
    ) -> PolicyConfig {
        PolicyConfig {
            fail_on: fail_on.map(<[FindingKind]>::to_vec),
            min_severity: min,
            max_age: age,
        }
    }

    /// One policy for every language, as `[check]` would set it.
    fn policies(
        fail_on: Option<&[FindingKind]>,
        min: Option<Severity>,
        age: Option<u32>,
    ) -> Policies {
        let config = CheckConfig {
            fail_on: fail_on.map(<[FindingKind]>::to_vec),
            min_severity: min,
            max_age: age,
            languages: BTreeMap::new(),
        };
        Policies::resolve(&config, &PolicyConfig::default())
    }

    fn inventory() -> Inventory {
        let settings = Settings::for_tests(ConfigFile::default(), Path::new("/r")).unwrap();
        Inventory::build(
            &settings,
            ["content/en/a.md", "content/es/a.md", "content/en/b.md"],
        )
        .unwrap()
    }

    fn translation(status: Status) -> Translation {
        let path = (status != Status::Missing).then(|| "content/es/a.md".to_string());
        Translation::new(lang("es"), path, status)
    }

    fn stale(severity: Option<Severity>, days: i64) -> Translation {
        Translation {
            severity,
            commits_behind: 1,
            stale_since: Some(NOW - days * DAY),
            lines_added: 2,
            ..translation(Status::Stale)
        }
    }

    fn drift(severity: Severity, line: usize) -> Drift {
        Drift {
            what: "heading".to_string(),
            message: msg!("plain", text = "a heading is missing"),
            english_line: Some(line),
            translation_line: Some(line + 1),
            severity,
        }
    }

    fn changed_block() -> ChangedBlock {
        ChangedBlock {
            kind: "paragraph".to_string(),
            op: Op::Changed,
            before: Some("Cities learn.\n".to_string()),
            after: Some("Cities learn from cities.\n".to_string()),
            english_before: Some(3..4),
            english_after: Some(3..4),
            translation: Some(3..4),
            severity: Severity::Major,
        }
    }

    /// A report of the document `a.md` with one Spanish translation.
    fn report(t: Translation) -> Report {
        Report {
            revision: Oid::ZERO_SHA1,
            revision_time: NOW,
            worktree: false,
            source_language: lang("en"),
            languages: vec![lang("es")],
            documents: vec![DocumentReport {
                id: "a.md".to_string(),
                kind: Kind::Article,
                module: None,
                source_path: Some("content/en/a.md".to_string()),
                translations: vec![t],
            }],
            notes: Vec::new(),
            layout: Default::default(),
            fluent: Vec::new(),
        }
    }

    fn check(t: Translation, policies: &Policies) -> Outcome {
        evaluate(&report(t), &inventory(), policies, None)
    }

    #[track_caller]
    fn only(outcome: &Outcome) -> &Finding {
        assert_eq!(outcome.findings.len(), 1, "{:#?}", outcome.findings);
        &outcome.findings[0]
    }

    fn scope(changed: &[&str], strict: bool) -> Scope {
        Scope {
            changed: changed.iter().map(|p| p.to_string()).collect(),
            strict,
        }
    }

    #[test]
    fn resolve_without_configuration_gives_the_defaults() {
        let policies = Policies::resolve(&CheckConfig::default(), &PolicyConfig::default());
        let es = policies.for_language(&lang("es"));
        assert_eq!(*es, Policy::default());
        assert_eq!(
            es.fail_on,
            [
                FindingKind::Stale,
                FindingKind::Orphaned,
                FindingKind::Error
            ]
            .into()
        );
        assert_eq!((es.min_severity, es.max_age), (Severity::Minor, None));
    }

    #[test]
    fn resolve_check_overrides_the_defaults_it_sets() {
        let policies = policies(Some(&[FindingKind::Missing]), None, Some(7));
        let es = policies.for_language(&lang("es"));
        assert_eq!(es.fail_on, [FindingKind::Missing].into());
        assert_eq!(es.min_severity, Severity::Minor, "not set: the default");
        assert_eq!(es.max_age, Some(7));
    }

    #[test]
    fn resolve_a_language_overrides_check_for_itself_only() {
        let config = CheckConfig {
            fail_on: Some(vec![FindingKind::Stale, FindingKind::Drift]),
            min_severity: Some(Severity::Major),
            max_age: None,
            languages: [("ko".to_string(), layer(Some(&[]), None, Some(3)))].into(),
        };
        let policies = Policies::resolve(&config, &PolicyConfig::default());
        let ko = policies.for_language(&lang("ko"));
        assert!(ko.fail_on.is_empty());
        assert_eq!(ko.min_severity, Severity::Major, "inherited from [check]");
        assert_eq!(ko.max_age, Some(3));
        let es = policies.for_language(&lang("es"));
        assert_eq!(es.fail_on, [FindingKind::Stale, FindingKind::Drift].into());
        assert_eq!((es.min_severity, es.max_age), (Severity::Major, None));
    }

    #[test]
    fn resolve_flags_override_every_layer() {
        let config = CheckConfig {
            fail_on: Some(vec![FindingKind::Stale]),
            min_severity: Some(Severity::Major),
            max_age: Some(30),
            languages: [(
                "ko".to_string(),
                layer(Some(&[]), Some(Severity::Major), Some(3)),
            )]
            .into(),
        };
        let flags = layer(Some(&[FindingKind::Drift]), Some(Severity::Minor), None);
        let policies = Policies::resolve(&config, &flags);
        for tag in ["ko", "es"] {
            let policy = policies.for_language(&lang(tag));
            assert_eq!(policy.fail_on, [FindingKind::Drift].into(), "{tag}");
            assert_eq!(policy.min_severity, Severity::Minor, "{tag}");
        }
        // A flag not given leaves each layer's value.
        assert_eq!(policies.for_language(&lang("ko")).max_age, Some(3));
        assert_eq!(policies.for_language(&lang("es")).max_age, Some(30));
    }

    #[test]
    fn a_current_translation_has_no_finding() {
        let outcome = check(translation(Status::Current), &Policies::default());
        assert!(outcome.findings.is_empty());
        assert!(outcome.passed());
    }

    #[test]
    fn stale_fails_and_points_at_the_translation() {
        let outcome = check(stale(Some(Severity::Minor), 5), &Policies::default());
        let f = only(&outcome);
        assert_eq!((f.kind, f.level), (FindingKind::Stale, Level::Error));
        assert_eq!(
            (f.document.as_str(), f.path.as_str()),
            ("a.md", "content/es/a.md")
        );
        assert_eq!(f.severity, Some(Severity::Minor));
        assert_eq!(f.message.id, "finding-stale-todo");
        assert!(!outcome.passed());
    }

    #[test]
    fn stale_below_min_severity_warns() {
        let policies = policies(None, Some(Severity::Major), None);
        let minor = check(stale(Some(Severity::Minor), 5), &policies);
        assert_eq!(only(&minor).level, Level::Warning);
        assert!(minor.passed());
        let major = check(stale(Some(Severity::Major), 5), &policies);
        assert_eq!(only(&major).level, Level::Error);
    }

    #[test]
    fn stale_without_a_severity_counts_as_major() {
        let outcome = check(stale(None, 5), &policies(None, Some(Severity::Major), None));
        let f = only(&outcome);
        assert_eq!(f.level, Level::Error);
        assert_eq!(f.severity, Some(Severity::Major));
    }

    #[test]
    fn max_age_makes_young_stale_a_warning() {
        let policies = policies(None, None, Some(10));
        let young = check(stale(Some(Severity::Major), 3), &policies);
        let f = only(&young);
        assert_eq!(f.level, Level::Warning);
        assert_eq!(f.message.id, "finding-stale-young");
        assert!(
            f.message
                .english()
                .contains("stale for 3 days, under the 10-day limit"),
            "{}",
            f.message.english()
        );
        // At the limit it is old enough to fail.
        let old = check(stale(Some(Severity::Major), 10), &policies);
        assert_eq!(only(&old).level, Level::Error);
        assert_eq!(only(&old).message.id, "finding-stale-todo");
    }

    #[test]
    fn max_age_never_excuses_a_stale_translation_of_unknown_age() {
        // History says current but drift made it stale: no English commit dates it.
        let masked = Translation {
            stale_since: None,
            commits_behind: 0,
            ..stale(Some(Severity::Major), 0)
        };
        let outcome = check(masked, &policies(None, None, Some(10)));
        assert_eq!(only(&outcome).level, Level::Error);
        assert_eq!(only(&outcome).message.id, "finding-stale-todo");
    }

    #[test]
    fn missing_is_a_note_at_the_english_path() {
        let outcome = check(translation(Status::Missing), &Policies::default());
        let f = only(&outcome);
        assert_eq!((f.kind, f.level), (FindingKind::Missing, Level::Note));
        assert_eq!(f.path, "content/en/a.md");
        assert_eq!(f.severity, None);
        assert!(
            f.message.english().contains("expected at content/es/a.md"),
            "{}",
            f.message.english()
        );
        assert!(outcome.passed());
        assert_eq!(outcome.count(Level::Note), 1);
    }

    #[test]
    fn missing_fails_with_fail_on_missing() {
        let outcome = check(
            translation(Status::Missing),
            &policies(Some(&[FindingKind::Missing]), None, None),
        );
        assert_eq!(only(&outcome).level, Level::Error);
        assert!(!outcome.passed());
    }

    #[test]
    fn a_draft_is_missing_with_its_own_message() {
        let draft = Translation {
            path: Some("content/es/a.md".to_string()),
            draft: true,
            ..translation(Status::Missing)
        };
        let outcome = check(draft, &Policies::default());
        let f = only(&outcome);
        assert_eq!((f.kind, f.level), (FindingKind::Missing, Level::Note));
        assert_eq!(f.message.id, "finding-draft");
        assert_eq!(f.path, "content/es/a.md");
    }

    #[test]
    fn orphaned_and_error_fail_with_their_message() {
        for (status, kind) in [
            (Status::Orphaned, FindingKind::Orphaned),
            (Status::Error, FindingKind::Error),
        ] {
            let t = Translation {
                message: Some(msg!("plain", text = "why")),
                line: Some(4),
                ..translation(status)
            };
            let outcome = check(t, &Policies::default());
            let f = only(&outcome);
            assert_eq!((f.kind, f.level), (kind, Level::Error));
            assert_eq!(f.place(), "content/es/a.md:4");
            assert_eq!(f.message.english(), "why");
        }
    }

    #[test]
    fn drift_beside_a_current_translation_warns_at_its_line() {
        let t = Translation {
            drift: vec![drift(Severity::Major, 7)],
            ..translation(Status::Current)
        };
        let outcome = check(t, &Policies::default());
        let f = only(&outcome);
        assert_eq!((f.kind, f.level), (FindingKind::Drift, Level::Warning));
        assert_eq!(f.place(), "content/es/a.md:8");
        assert_eq!(f.severity, Some(Severity::Major));
    }

    #[test]
    fn drift_fails_with_fail_on_drift_from_min_severity() {
        let t = Translation {
            drift: vec![drift(Severity::Minor, 1), drift(Severity::Major, 5)],
            ..translation(Status::Current)
        };
        let outcome = check(
            t,
            &policies(Some(&[FindingKind::Drift]), Some(Severity::Major), None),
        );
        let levels: Vec<Level> = outcome.findings.iter().map(|f| f.level).collect();
        assert_eq!(levels, [Level::Warning, Level::Error]);
    }

    #[test]
    fn drift_beside_a_stale_translation_with_changed_blocks_is_left_out() {
        let t = Translation {
            changed_blocks: vec![changed_block()],
            drift: vec![drift(Severity::Major, 1)],
            ..stale(Some(Severity::Major), 5)
        };
        let outcome = check(t, &Policies::default());
        assert_eq!(only(&outcome).kind, FindingKind::Stale);
    }

    #[test]
    fn drift_beside_a_stale_translation_without_changed_blocks_is_reported() {
        // An English change masked by a later edit: drift is what tells.
        let t = Translation {
            drift: vec![drift(Severity::Major, 1)],
            ..stale(Some(Severity::Major), 5)
        };
        let outcome = check(t, &Policies::default());
        let kinds: Vec<FindingKind> = outcome.findings.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [FindingKind::Stale, FindingKind::Drift]);
    }

    #[test]
    fn scope_counts_out_files_the_change_did_not_touch() {
        let scope = scope(&["content/en/b.md", "content/es/other.md"], false);
        let outcome = evaluate(
            &report(stale(Some(Severity::Major), 5)),
            &inventory(),
            &Policies::default(),
            Some(&scope),
        );
        assert!(outcome.findings.is_empty());
        assert_eq!(outcome.outside_change, 1);
        assert!(outcome.passed());
    }

    #[test]
    fn scope_gates_a_touched_translation_as_usual() {
        let scope = scope(&["content/es/a.md"], false);
        let outcome = evaluate(
            &report(stale(Some(Severity::Major), 5)),
            &inventory(),
            &Policies::default(),
            Some(&scope),
        );
        let f = only(&outcome);
        assert_eq!(f.level, Level::Error);
        assert_eq!(f.message.id, "finding-stale-todo");
        assert_eq!(outcome.outside_change, 0);
    }

    #[test]
    fn scope_with_only_the_english_changed_warns_unless_strict() {
        for (strict, level) in [(false, Level::Warning), (true, Level::Error)] {
            let scope = scope(&["content/en/a.md"], strict);
            let outcome = evaluate(
                &report(stale(Some(Severity::Major), 5)),
                &inventory(),
                &Policies::default(),
                Some(&scope),
            );
            let f = only(&outcome);
            assert_eq!(f.level, level, "strict: {strict}");
            assert_eq!(f.message.id, "finding-changed-in-branch");
            assert!(
                f.message
                    .english()
                    .starts_with("the English changed in this branch: "),
                "{}",
                f.message.english()
            );
        }
    }

    #[test]
    fn scope_leaves_a_missing_translation_a_note() {
        let scope = scope(&["content/en/a.md"], false);
        let outcome = evaluate(
            &report(translation(Status::Missing)),
            &inventory(),
            &Policies::default(),
            Some(&scope),
        );
        let f = only(&outcome);
        assert_eq!(f.level, Level::Note);
        assert_eq!(f.message.id, "finding-changed-in-branch");
    }

    fn fluent_finding(check: Check, file: Side, id: Option<&str>, line: usize) -> FluentFinding {
        FluentFinding {
            check,
            level: check.level(),
            file,
            id: id.map(str::to_string),
            line,
            column: 1,
            message: msg!("plain", text = "look here"),
            english_before: None,
            english_after: None,
        }
    }

    /// A report with no documents and one Spanish `.ftl` file: an error (a message
    /// missing, shown at the English definition) and a warning in the translation.
    fn fluent_report() -> Report {
        let mut report = report(translation(Status::Current));
        report.documents.clear();
        report.fluent.push(FluentFile {
            language: lang("es"),
            path: "locales/es/site.ftl".to_string(),
            english_path: "locales/en/site.ftl".to_string(),
            exists: true,
            base: None,
            report: FileReport {
                findings: vec![
                    fluent_finding(Check::Missing, Side::English, Some("bye"), 4),
                    fluent_finding(Check::Obsolete, Side::Translation, None, 2),
                ],
                ..FileReport::default()
            },
            message: None,
        });
        report
    }

    #[test]
    fn fluent_findings_warn_unless_fail_on_ftl() {
        let outcome = evaluate(&fluent_report(), &inventory(), &Policies::default(), None);
        let levels: Vec<Level> = outcome.findings.iter().map(|f| f.level).collect();
        assert_eq!(levels, [Level::Warning, Level::Warning]);
    }

    #[test]
    fn fluent_errors_fail_with_fail_on_ftl() {
        let policies = policies(Some(&[FindingKind::Ftl]), None, None);
        let outcome = evaluate(&fluent_report(), &inventory(), &policies, None);
        let levels: Vec<Level> = outcome.findings.iter().map(|f| f.level).collect();
        assert_eq!(levels, [Level::Error, Level::Warning]);
    }

    #[test]
    fn fluent_findings_point_at_the_file_they_are_in() {
        let outcome = evaluate(&fluent_report(), &inventory(), &Policies::default(), None);
        let [missing, obsolete] = outcome.findings.as_slice() else {
            panic!("{:#?}", outcome.findings);
        };
        assert_eq!(missing.kind, FindingKind::Ftl);
        assert_eq!(missing.place(), "locales/en/site.ftl:4");
        assert_eq!(missing.document, "locales/es/site.ftl");
        assert_eq!(missing.message.english(), "missing `bye`: look here");
        assert_eq!(obsolete.place(), "locales/es/site.ftl:2");
        assert_eq!(obsolete.message.english(), "obsolete: look here");
        assert_eq!(obsolete.language, lang("es"));
    }

    #[test]
    fn fluent_findings_are_scoped_by_their_files() {
        let report = fluent_report();
        let untouched = scope(&["content/en/a.md"], false);
        let outcome = evaluate(
            &report,
            &inventory(),
            &Policies::default(),
            Some(&untouched),
        );
        assert_eq!((outcome.findings.len(), outcome.outside_change), (0, 2));
        let policies = policies(Some(&[FindingKind::Ftl]), None, None);
        let english = scope(&["locales/en/site.ftl"], false);
        let outcome = evaluate(&report, &inventory(), &policies, Some(&english));
        let levels: Vec<Level> = outcome.findings.iter().map(|f| f.level).collect();
        assert_eq!(
            levels,
            [Level::Warning, Level::Warning],
            "only English changed"
        );
    }
}
