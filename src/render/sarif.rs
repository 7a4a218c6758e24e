//! SARIF 2.1.0 for code-scanning uploads (`github/codeql-action/upload-sarif`): one rule
//! per finding kind, one result per finding.

use std::io::{self, Write};

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;

use crate::model::{FindingKind, Level};
use crate::policy::Outcome;
use crate::report::Report;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    results: Vec<SarifResult>,
    properties: RunProperties,
}

#[derive(Serialize)]
struct RunProperties {
    /// The commit analysed.
    revision: String,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: &'static str,
    short_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    properties: Properties,
}

#[derive(Serialize)]
struct Properties {
    language: String,
    document: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    uri_base_id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
}

/// Characters that cannot appear raw in a URI path segment (RFC 3986 `pchar`).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A repository path as a relative URI reference: each segment percent-encoded (UTF-8).
fn uri(path: &str) -> String {
    path.split('/')
        .map(|segment| utf8_percent_encode(segment, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

fn rule_id(kind: FindingKind) -> String {
    format!("transync/{}", kind.as_str())
}

pub(crate) fn render(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let rules = FindingKind::ALL
        .iter()
        .map(|kind| Rule {
            id: rule_id(*kind),
            name: kind.title(),
            short_description: Text {
                text: kind.description().to_string(),
            },
            default_configuration: Configuration { level: "warning" },
        })
        .collect();
    let results = outcome
        .findings
        .iter()
        .map(|f| SarifResult {
            rule_id: rule_id(f.kind),
            rule_index: FindingKind::ALL
                .iter()
                .position(|k| *k == f.kind)
                .unwrap_or(0),
            level: match f.level {
                Level::Error => "error",
                Level::Warning => "warning",
                Level::Note => "note",
            },
            message: Text {
                text: format!(
                    "{} ({}): {}",
                    f.kind.title(),
                    f.language,
                    f.message.english()
                ),
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: uri(&f.path),
                        uri_base_id: "%SRCROOT%",
                    },
                    region: f.line.map(|line| Region { start_line: line }),
                },
            }],
            properties: Properties {
                language: f.language.to_string(),
                document: f.document.clone(),
            },
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "transync",
                    version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            results,
            properties: RunProperties {
                revision: report.revision.to_string(),
            },
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("content/es/a b.md"), "content/es/a%20b.md");
        assert_eq!(uri("content/es/100%.md"), "content/es/100%25.md");
        assert_eq!(uri("content/es/ünï.md"), "content/es/%C3%BCn%C3%AF.md");
        assert_eq!(uri("content/es/pct%0A.md"), "content/es/pct%250A.md");
    }
}
