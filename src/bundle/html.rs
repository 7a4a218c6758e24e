//! Pages of a bundle: Markdown rendered by pulldown-cmark and sanitised by ammonia (a
//! translation is untrusted input: no `<script>`, no event handlers, no `javascript:`
//! URLs reach the bundle), inside a small accessible template whose words come from
//! Fluent — the site's own messages first, transync's built-in ones otherwise.

use std::fmt::Write as _;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

use crate::markdown::frontmatter::{self, Syntax};
use crate::model::i18n::{Localizer, Message};

/// The words around the content, in the bundle's language.
pub(crate) struct Chrome {
    /// The language's tag, for `lang` attributes.
    pub language: String,
    site: Option<FluentBundle<FluentResource>>,
    site_english: Option<FluentBundle<FluentResource>>,
    builtin: Localizer,
    /// Whether transync has messages in this language (else its English ones are used).
    builtin_speaks: bool,
}

impl Chrome {
    /// `site` and `site_english` are the sources of the site's `.ftl` files in the
    /// bundle's language and in English.
    pub(crate) fn new(
        language: &crate::model::Lang,
        site: &[String],
        site_english: &[String],
    ) -> Chrome {
        let id: unic_langid::LanguageIdentifier = language
            .as_str()
            .parse()
            .unwrap_or_else(|_| "en".parse().expect("valid"));
        let builtin = Localizer::negotiate(std::slice::from_ref(&id));
        let builtin_speaks = builtin.language() == id.language.as_str();
        Chrome {
            language: language.to_string(),
            site: site_bundle(&id, site),
            site_english: site_bundle(&"en".parse().expect("valid"), site_english),
            builtin,
            builtin_speaks,
        }
    }

    /// The site's message `site_id` if it defines it in this language, else transync's
    /// `builtin` message in this language, else the site's English, else transync's English.
    pub(crate) fn text(&self, site_id: &str, args: &[(&str, String)], builtin: Message) -> String {
        if let Some(text) = format_site(self.site.as_ref(), site_id, args) {
            return text;
        }
        if self.builtin_speaks {
            return builtin.format(&self.builtin);
        }
        if let Some(text) = format_site(self.site_english.as_ref(), site_id, args) {
            return text;
        }
        builtin.format(&self.builtin)
    }

    /// The site's message only (for optional chrome such as a tagline).
    pub(crate) fn site_only(&self, site_id: &str) -> Option<String> {
        format_site(self.site.as_ref(), site_id, &[])
            .or_else(|| format_site(self.site_english.as_ref(), site_id, &[]))
    }
}

fn site_bundle(
    id: &unic_langid::LanguageIdentifier,
    sources: &[String],
) -> Option<FluentBundle<FluentResource>> {
    if sources.is_empty() {
        return None;
    }
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    bundle.set_use_isolating(false);
    for source in sources {
        // A broken file is reported by `check`; what parses is still usable here.
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    Some(bundle)
}

fn format_site(
    bundle: Option<&FluentBundle<FluentResource>>,
    id: &str,
    args: &[(&str, String)],
) -> Option<String> {
    let bundle = bundle?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        // Numbers format as numbers (plural selection needs them).
        match value.parse::<i64>() {
            Ok(n) => fluent_args.set(*name, n),
            Err(_) => fluent_args.set(*name, value.clone()),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// `text` safe in HTML text and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page's title (from its front matter) and its Markdown body.
pub(crate) fn split_page(text: &str) -> (Option<String>, &str) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(Some(fm)) = frontmatter::split(text) else {
        return (None, text);
    };
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Title {
        title: Option<String>,
    }
    let title: Option<Title> = match fm.syntax {
        Syntax::Yaml => serde_saphyr::from_str(fm.text).ok(),
        Syntax::Toml => toml::from_str(fm.text).ok(),
    };
    // The body starts after the closing delimiter line.
    let end = fm.text.as_ptr() as usize - text.as_ptr() as usize + fm.text.len();
    let body = match text[end..].find('\n') {
        Some(i) => &text[end + i + 1..],
        None => "",
    };
    (title.and_then(|t| t.title), body)
}

/// The sanitised HTML of a Markdown body. `rewrite` maps each link and image
/// destination (a `.md` page to its `.html`, say); `references` collects the local ones.
pub(crate) fn render_markdown(
    body: &str,
    rewrite: &dyn Fn(&str) -> String,
    references: &mut Vec<String>,
) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let events = Parser::new_ext(body, options).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            references.push(dest_url.to_string());
            Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::from(rewrite(&dest_url)),
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            references.push(dest_url.to_string());
            Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::from(rewrite(&dest_url)),
                title,
                id,
            })
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitize(&html)
}

/// What a translation may put in a page: Markdown's HTML, minus anything that runs code.
pub(crate) fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        // Heading anchors (`{#id}`) and footnotes link by id.
        .add_generic_attributes(["id"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .clean(html)
        .to_string()
}

/// A banner above the content.
pub(crate) struct Banner {
    /// `stale` or `fallback`.
    pub class: &'static str,
    pub text: String,
    /// A link to the English original, with its words.
    pub link: Option<(String, String)>,
}

/// Module navigation on a lesson or module page.
pub(crate) struct ModuleNav {
    pub module_title: String,
    pub module_url: String,
    /// "Lesson 2 of 5", for a lesson.
    pub position: Option<String>,
    pub previous: Option<(String, String)>,
    pub next: Option<(String, String)>,
    /// The lessons, listed on the module's own page: (url, title).
    pub lessons: Vec<(String, String)>,
    pub label: String,
    pub back: String,
    pub lessons_heading: String,
}

/// One page of the bundle.
pub(crate) struct Page<'a> {
    pub chrome: &'a Chrome,
    pub title: &'a str,
    /// The sanitised body.
    pub content: &'a str,
    /// The language of `content` (`en` for a fallback) when it differs from the page's.
    pub content_language: Option<&'a str>,
    pub banner: Option<Banner>,
    pub nav: Option<ModuleNav>,
    /// Relative URL of the bundle's index.html.
    pub home: String,
}

const STYLE: &str = "\
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--accent:#0b5cad;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0;font:1.05rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:2}
header.site,footer.site{background:#f6f8fa;border-bottom:1px solid var(--line)}
footer.site{border-top:1px solid var(--line);border-bottom:0;margin-top:3rem;color:var(--muted);font-size:.9rem}
.wrap{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
header.site a{color:var(--ink);font-weight:700;text-decoration:none;font-size:1.15rem}
header.site p{margin:.2rem 0 0;color:var(--muted);font-size:.95rem}
a{color:var(--accent)}
h1{line-height:1.25;margin:.5rem 0 1rem}
img{max-width:100%;height:auto}
pre{overflow:auto;background:#f6f8fa;padding:.75rem;border-radius:6px}
table{border-collapse:collapse}td,th{border:1px solid var(--line);padding:.35rem .6rem}
.banner{border-left:6px solid;padding:.75rem 1rem;margin:1rem 0;border-radius:4px}
.banner.stale{border-color:#9a6700;background:#fff8c5}
.banner.fallback{border-color:#0b5cad;background:#ddf4ff}
nav.module{border:1px solid var(--line);border-radius:6px;padding:.6rem 1rem;margin:1rem 0;font-size:.95rem}
nav.module ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:.3rem 0 0}
.position{font-weight:600}
ol.lessons li,ul.documents li{margin:.3rem 0}
";

pub(crate) fn page(page: &Page<'_>) -> String {
    let chrome = page.chrome;
    let site_title = chrome.text("site-title", &[], msg!("bundle-site-title"));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · {site}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#content\">{skip}</a>\n",
        lang = escape(&chrome.language),
        title = escape(page.title),
        site = escape(&site_title),
        skip = escape(&chrome.text("skip-to-content", &[], msg!("bundle-skip"))),
    );
    header(&mut out, chrome, &site_title, &page.home);
    out.push_str("<main id=\"content\" class=\"wrap\">\n");
    if let Some(banner) = &page.banner {
        let _ = write!(
            out,
            "<div class=\"banner {}\" role=\"note\"><p>{}",
            banner.class,
            escape(&banner.text)
        );
        if let Some((url, words)) = &banner.link {
            let _ = write!(
                out,
                " <a href=\"{}\" hreflang=\"en\">{}</a>",
                escape(url),
                escape(words)
            );
        }
        out.push_str("</p></div>\n");
    }
    if let Some(nav) = &page.nav {
        module_nav(&mut out, nav);
    }
    let lang = page
        .content_language
        .map(|l| format!(" lang=\"{}\"", escape(l)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<article{lang}>\n<h1>{}</h1>\n{}</article>\n",
        escape(page.title),
        page.content
    );
    if let Some(nav) = &page.nav
        && !nav.lessons.is_empty()
    {
        let _ = write!(
            out,
            "<section aria-labelledby=\"lessons\">\n<h2 id=\"lessons\">{}</h2>\n<ol class=\"lessons\">\n",
            escape(&nav.lessons_heading)
        );
        for (url, title) in &nav.lessons {
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{}</a></li>",
                escape(url),
                escape(title)
            );
        }
        out.push_str("</ol>\n</section>\n");
    }
    out.push_str("</main>\n");
    footer(&mut out, chrome);
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, chrome: &Chrome, site_title: &str, home: &str) {
    let _ = write!(
        out,
        "<header class=\"site\"><div class=\"wrap\"><a href=\"{}\">{}</a>",
        escape(home),
        escape(site_title)
    );
    if let Some(tagline) = chrome.site_only("site-tagline") {
        let _ = write!(out, "<p>{}</p>", escape(&tagline));
    }
    out.push_str("</div></header>\n");
}

fn footer(out: &mut String, chrome: &Chrome) {
    out.push_str("<footer class=\"site\"><div class=\"wrap\">");
    if let Some(license) = chrome.site_only("footer-license") {
        let _ = write!(out, "<p>{}</p>", escape(&license));
    }
    let _ = writeln!(
        out,
        "<p>{}</p></div></footer>",
        escape(&chrome.text("bundle-generated", &[], msg!("bundle-generated")))
    );
}

fn module_nav(out: &mut String, nav: &ModuleNav) {
    let _ = write!(
        out,
        "<nav class=\"module\" aria-label=\"{}\">",
        escape(&nav.label)
    );
    if let Some(position) = &nav.position {
        let _ = write!(
            out,
            "<span class=\"position\">{}</span> · <a href=\"{}\">{}</a>",
            escape(position),
            escape(&nav.module_url),
            escape(&nav.module_title)
        );
    }
    let mut links = Vec::new();
    if let Some((url, words)) = &nav.previous {
        links.push(format!(
            "<li><a href=\"{}\" rel=\"prev\">← {}</a></li>",
            escape(url),
            escape(words)
        ));
    }
    if nav.position.is_some() {
        links.push(format!(
            "<li><a href=\"{}\">{}</a></li>",
            escape(&nav.module_url),
            escape(&nav.back)
        ));
    }
    if let Some((url, words)) = &nav.next {
        links.push(format!(
            "<li><a href=\"{}\" rel=\"next\">{} →</a></li>",
            escape(url),
            escape(words)
        ));
    }
    if !links.is_empty() {
        let _ = write!(out, "<ul>{}</ul>", links.join(""));
    }
    out.push_str("</nav>\n");
}

/// A section of the index: a heading and its documents (url, title, note).
pub(crate) struct Section {
    pub heading: String,
    pub items: Vec<(String, String, Option<String>)>,
}

/// The language's `index.html`: articles by section, then the learning modules.
pub(crate) fn index(chrome: &Chrome, title: &str, sections: &[Section]) -> String {
    let mut content = String::new();
    for section in sections {
        let _ = write!(
            content,
            "<section>\n<h2>{}</h2>\n<ul class=\"documents\">\n",
            escape(&section.heading)
        );
        for (url, title, note) in &section.items {
            let note = note
                .as_ref()
                .map(|n| format!(" <small>({})</small>", escape(n)))
                .unwrap_or_default();
            let _ = writeln!(
                content,
                "<li><a href=\"{}\">{}</a>{note}</li>",
                escape(url),
                escape(title)
            );
        }
        content.push_str("</ul>\n</section>\n");
    }
    page(&Page {
        chrome,
        title,
        content: &content,
        content_language: None,
        banner: None,
        nav: None,
        home: "index.html".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_event_handlers_do_not_survive() {
        let mut refs = Vec::new();
        let html = render_markdown(
            "Hi <script>alert(1)</script> <img src=x onerror=\"alert(2)\"> \
             [x](javascript:alert(3)) <a href=\"#\" onclick=\"alert(4)\">y</a>\n",
            &|d| d.to_string(),
            &mut refs,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(
            !html.contains("onerror") && !html.contains("onclick"),
            "{html}"
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("Hi"), "{html}");
    }

    #[test]
    fn links_are_rewritten_and_collected() {
        let mut refs = Vec::new();
        let html = render_markdown(
            "## Title {#t}\n\n[next](02-b.md) ![d](images/d.svg)\n",
            &|d| d.replace(".md", ".html"),
            &mut refs,
        );
        assert!(html.contains("href=\"02-b.html\""), "{html}");
        assert!(html.contains("src=\"images/d.svg\""), "{html}");
        assert!(html.contains("id=\"t\""), "{html}");
        assert_eq!(refs, ["02-b.md", "images/d.svg"]);
    }

    #[test]
    fn title_and_body_are_split() {
        let (title, body) = split_page("---\ntitle: \"A: b\"\ndate: 2025-01-01\n---\n\nBody\n");
        assert_eq!(title.as_deref(), Some("A: b"));
        assert_eq!(body, "\nBody\n");
        let (title, body) = split_page("+++\ntitle = \"T\"\n+++\nB\n");
        assert_eq!(title.as_deref(), Some("T"));
        assert_eq!(body, "B\n");
        assert_eq!(split_page("No front matter\n"), (None, "No front matter\n"));
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
