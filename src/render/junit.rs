//! JUnit XML for CI test reports (GitLab, Jenkins, Azure): a test suite per language, a
//! test case per translation; error-level findings are failures, the others are kept as
//! the test case's output.

use std::collections::HashMap;
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::model::Level;
use crate::policy::{Finding, Outcome};
use crate::report::Report;

pub(crate) fn render(report: &Report, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let mut by_translation: HashMap<(&str, &str), Vec<&Finding>> = HashMap::new();
    for f in &outcome.findings {
        by_translation
            .entry((f.language.as_str(), f.document.as_str()))
            .or_default()
            .push(f);
    }
    // A test case per translation, and per translated Fluent file: (language, name, file).
    let mut cases: Vec<(&str, &str, &str)> = Vec::new();
    for doc in &report.documents {
        for t in &doc.translations {
            let file = t
                .path
                .as_deref()
                .or(doc.source_path.as_deref())
                .unwrap_or(&doc.id);
            cases.push((t.language.as_str(), doc.id.as_str(), file));
        }
    }
    for f in &report.fluent {
        cases.push((f.language.as_str(), f.path.as_str(), f.path.as_str()));
    }
    let failures = |lang: Option<&str>| {
        cases
            .iter()
            .filter(|(l, name, _)| {
                lang.is_none_or(|want| *l == want) && failed(&by_translation, l, name)
            })
            .count()
    };
    let mut writer = Writer::new_with_indent(out, b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("testsuites")
        .with_attribute(("name", "transync"))
        .with_attribute(("tests", cases.len().to_string().as_str()))
        .with_attribute(("failures", failures(None).to_string().as_str()))
        .write_inner_content(|w| {
            for lang in &report.languages {
                let suite: Vec<_> = cases
                    .iter()
                    .filter(|(l, _, _)| *l == lang.as_str())
                    .collect();
                w.create_element("testsuite")
                    .with_attribute(("name", format!("transync {lang}").as_str()))
                    .with_attribute(("tests", suite.len().to_string().as_str()))
                    .with_attribute((
                        "failures",
                        failures(Some(lang.as_str())).to_string().as_str(),
                    ))
                    .with_attribute(("errors", "0"))
                    .write_inner_content(|w| {
                        for &&(_, name, file) in &suite {
                            let findings = by_translation.get(&(lang.as_str(), name));
                            let (name, file) = (xml_safe(name), xml_safe(file));
                            let case = w
                                .create_element("testcase")
                                .with_attribute(("classname", format!("transync.{lang}").as_str()))
                                .with_attribute(("name", name.as_str()))
                                .with_attribute(("file", file.as_str()));
                            let Some(findings) = findings else {
                                case.write_empty()?;
                                continue;
                            };
                            case.write_inner_content(|w| {
                                let mut output = Vec::new();
                                for f in findings {
                                    if f.level == Level::Error {
                                        w.create_element("failure")
                                            .with_attribute(("type", f.kind.as_str()))
                                            .with_attribute((
                                                "message",
                                                xml_safe(&f.message.english()).as_str(),
                                            ))
                                            .write_text_content(BytesText::new(&xml_safe(
                                                &detail(f),
                                            )))?;
                                    } else {
                                        output.push(format!("{}: {}", f.level.as_str(), detail(f)));
                                    }
                                }
                                if !output.is_empty() {
                                    w.create_element("system-out").write_text_content(
                                        BytesText::new(&xml_safe(&output.join("\n"))),
                                    )?;
                                }
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    writeln!(writer.get_mut())
}

/// XML 1.0 cannot carry control characters (other than tab and line breaks), even
/// escaped: a file name with one would make the report unreadable, so they are replaced.
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn failed(by: &HashMap<(&str, &str), Vec<&Finding>>, lang: &str, id: &str) -> bool {
    by.get(&(lang, id))
        .is_some_and(|fs| fs.iter().any(|f| f.level == Level::Error))
}

fn detail(f: &Finding) -> String {
    let place = f.place();
    format!(
        "{place}: {} ({}): {}",
        f.kind.as_str(),
        f.language,
        f.message.english()
    )
}
