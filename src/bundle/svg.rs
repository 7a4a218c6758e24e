//! SVG images are documents: opened on their own (a link, "open image in new tab"), they
//! run their scripts with the site's origin. The HTML pages are sanitised; an SVG the
//! pages reference is checked here and left out of the bundle when it carries active
//! content, since rewriting it would change an image its author may need as it is.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Elements that run code or embed documents that can.
const ACTIVE_ELEMENTS: &[&str] = &[
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
];

/// URL attributes whose value may be a script (`href`, `xlink:href`, animation values).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "values",
    "to",
    "from",
    "by",
];

/// What makes `svg` unsafe to publish as a file, if anything: the first script element,
/// event-handler attribute, script URL, entity declaration (entities can expand into any
/// of those) or XML error (a reader that cannot parse it cannot vouch for it).
pub(crate) fn active_content(svg: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(svg);
    let mut buffer = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buffer) {
            Ok(event) => event,
            Err(err) => return Some(format!("not well-formed XML: {err}")),
        };
        match event {
            Event::Start(element) | Event::Empty(element) => {
                if let Some(found) = active_element(&element) {
                    return Some(found);
                }
            }
            Event::DocType(doctype) if String::from_utf8_lossy(&doctype).contains("<!ENTITY") => {
                return Some("<!ENTITY>".to_string());
            }
            Event::Eof => return None,
            _ => {}
        }
        buffer.clear();
    }
}

fn active_element(element: &BytesStart<'_>) -> Option<String> {
    let name = String::from_utf8_lossy(element.local_name().as_ref()).to_ascii_lowercase();
    if ACTIVE_ELEMENTS.contains(&name.as_str()) {
        return Some(format!("<{name}>"));
    }
    for attribute in element.attributes().with_checks(false) {
        let Ok(attribute) = attribute else {
            return Some(format!("<{name}> with an unreadable attribute"));
        };
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).to_ascii_lowercase();
        if key.starts_with("on") {
            return Some(format!("{key}="));
        }
        let Ok(value) = attribute.normalized_value(quick_xml::XmlVersion::Implicit1_0) else {
            return Some(format!("{key}= with an unknown entity"));
        };
        // Browsers ignore whitespace and control characters inside a URL scheme.
        let value: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        let scripted = [
            "javascript:",
            "vbscript:",
            "data:text/html",
            "data:image/svg+xml",
        ]
        .iter()
        .any(|scheme| value.contains(scheme));
        if URL_ATTRIBUTES.contains(&key.as_str()) && scripted {
            return Some(format!("{key}=\"{}…\"", &value[..value.len().min(16)]));
        }
        // `<set attributeName="onclick" …>` or an animated `href` sets the same things.
        if key == "attributename" && (value.starts_with("on") || value.ends_with("href")) {
            return Some(format!("attributeName=\"{value}\""));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drawings_pass() {
        let svg = br##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
  <title>Cities &amp; networks</title>
  <style>circle { fill: #c33; }</style>
  <defs><linearGradient id="g"/></defs>
  <a href="https://www.uclg.org/"><circle cx="5" cy="5" r="4"/></a>
  <use xlink:href="#g"/>
  <animate attributeName="r" from="1" to="4" dur="1s"/>
</svg>"##;
        assert_eq!(active_content(svg), None);
    }

    #[test]
    fn scripts_handlers_and_script_urls_are_found() {
        let cases: &[(&[u8], &str)] = &[
            (b"<svg><script>alert(1)</script></svg>", "<script>"),
            (b"<svg><SCRIPT>alert(1)</SCRIPT></svg>", "<script>"),
            (b"<svg xmlns:s='x'><s:script/></svg>", "<script>"),
            (b"<svg onload=\"alert(1)\"/>", "onload="),
            (b"<svg><rect ONCLICK='x()'/></svg>", "onclick="),
            (
                b"<svg><a href=' java&#x09;script:alert(1)'>x</a></svg>",
                "href=",
            ),
            (
                b"<svg><a xlink:href='JavaScript:alert(1)'>x</a></svg>",
                "href=",
            ),
            (
                b"<svg><set attributeName='onmouseover' to='alert(1)'/></svg>",
                "attributeName=",
            ),
            (
                b"<svg><animate attributeName='href' values='javascript:x()'/></svg>",
                "attributeName=",
            ),
            (b"<svg><animate values='javascript:x()'/></svg>", "values="),
            (
                b"<svg><foreignObject><p>x</p></foreignObject></svg>",
                "<foreignobject>",
            ),
            (
                b"<!DOCTYPE svg [<!ENTITY x '&#60;script'>]><svg>&x;</svg>",
                "<!ENTITY>",
            ),
            (b"<svg><a></b></svg>", "not well-formed"),
        ];
        for (svg, expected) in cases {
            let found = active_content(svg);
            assert!(
                found.as_deref().is_some_and(|f| f.contains(expected)),
                "{}: {found:?}",
                String::from_utf8_lossy(svg)
            );
        }
    }
}
