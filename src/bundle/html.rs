//! Pages of a bundle: Markdown rendered by pulldown-cmark and sanitised by ammonia (a
//! translation is untrusted input: no `<script>`, no event handlers, no `javascript:`
//! URLs reach the bundle), inside a small accessible template whose words come from
//! Fluent — the site's own messages first, transync's built-in ones otherwise.
//!
//! The templates are maud's `html!`, which escapes every text and attribute value it is
//! given; the sanitised body is the one piece of HTML that goes in as it is, and its
//! type says so: a [`Markup`], which only [`render_markdown`] and the templates make.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

use crate::markdown::frontmatter;
use crate::model::i18n::{Localizer, Message};

/// The words around the content, in the bundle's language.
pub(crate) struct Chrome {
    /// The language's tag, for `lang` attributes.
    language: String,
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
    let title = frontmatter::deserialize::<Title>(&fm).ok();
    (title.and_then(|t| t.title), &text[fm.body_start..])
}

/// The sanitised HTML of a Markdown body. `rewrite` maps each link and image
/// destination (a `.md` page to its `.html`, say); `references` collects the local ones.
pub(crate) fn render_markdown(
    body: &str,
    rewrite: &dyn Fn(&str) -> String,
    references: &mut Vec<String>,
) -> Markup {
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
/// The only way untrusted HTML reaches a template, so it says so in its type.
fn sanitize(html: &str) -> Markup {
    let clean = ammonia::Builder::default()
        // Heading anchors (`{#id}`) and footnotes link by id.
        .add_generic_attributes(["id"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .clean(html)
        .to_string();
    PreEscaped(clean)
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
    /// The body: sanitised Markdown, or a template's.
    pub content: &'a Markup,
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

/// The HTML of one page.
pub(crate) fn page(page: &Page<'_>) -> String {
    let chrome = page.chrome;
    let site_title = chrome.text("site-title", &[], msg!("bundle-site-title"));
    let markup = html! {
        (DOCTYPE)
        html lang=(chrome.language) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (page.title) " · " (site_title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a class="skip" href="#content" {
                    (chrome.text("skip-to-content", &[], msg!("bundle-skip")))
                }
                (header(chrome, &site_title, &page.home))
                main id="content" class="wrap" {
                    @if let Some(banner) = &page.banner {
                        (banner_note(banner))
                    }
                    @if let Some(nav) = &page.nav {
                        (module_nav(nav))
                    }
                    article lang=[page.content_language] {
                        h1 { (page.title) }
                        (page.content)
                    }
                    @if let Some(nav) = page.nav.as_ref().filter(|nav| !nav.lessons.is_empty()) {
                        section aria-labelledby="lessons" {
                            h2 id="lessons" { (nav.lessons_heading) }
                            ol class="lessons" {
                                @for (url, title) in &nav.lessons {
                                    li { a href=(url) { (title) } }
                                }
                            }
                        }
                    }
                }
                (footer(chrome))
            }
        }
    };
    let mut html = markup.into_string();
    html.push('\n');
    html
}

fn header(chrome: &Chrome, site_title: &str, home: &str) -> Markup {
    html! {
        header class="site" {
            div class="wrap" {
                a href=(home) { (site_title) }
                @if let Some(tagline) = chrome.site_only("site-tagline") {
                    p { (tagline) }
                }
            }
        }
    }
}

fn footer(chrome: &Chrome) -> Markup {
    html! {
        footer class="site" {
            div class="wrap" {
                @if let Some(license) = chrome.site_only("footer-license") {
                    p { (license) }
                }
                p { (chrome.text("bundle-generated", &[], msg!("bundle-generated"))) }
            }
        }
    }
}

fn banner_note(banner: &Banner) -> Markup {
    html! {
        div class={ "banner " (banner.class) } role="note" {
            p {
                (banner.text)
                @if let Some((url, words)) = &banner.link {
                    " "
                    a href=(url) hreflang="en" { (words) }
                }
            }
        }
    }
}

fn module_nav(nav: &ModuleNav) -> Markup {
    let has_links = nav.previous.is_some() || nav.position.is_some() || nav.next.is_some();
    html! {
        nav class="module" aria-label=(nav.label) {
            @if let Some(position) = &nav.position {
                span class="position" { (position) }
                " · "
                a href=(nav.module_url) { (nav.module_title) }
            }
            @if has_links {
                ul {
                    @if let Some((url, words)) = &nav.previous {
                        li { a href=(url) rel="prev" { "← " (words) } }
                    }
                    @if nav.position.is_some() {
                        li { a href=(nav.module_url) { (nav.back) } }
                    }
                    @if let Some((url, words)) = &nav.next {
                        li { a href=(url) rel="next" { (words) " →" } }
                    }
                }
            }
        }
    }
}

/// A section of the index: a heading and its documents (url, title, note).
pub(crate) struct Section {
    pub heading: String,
    pub items: Vec<(String, String, Option<String>)>,
}

/// The language's `index.html`: articles by section, then the learning modules.
pub(crate) fn index(chrome: &Chrome, title: &str, sections: &[Section]) -> String {
    let content = html! {
        @for section in sections {
            section {
                h2 { (section.heading) }
                ul class="documents" {
                    @for (url, title, note) in &section.items {
                        li {
                            a href=(url) { (title) }
                            @if let Some(note) = note {
                                " "
                                small { "(" (note) ")" }
                            }
                        }
                    }
                }
            }
        }
    };
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
    use crate::model::Lang;

    #[test]
    fn scripts_and_event_handlers_do_not_survive() {
        let mut refs = Vec::new();
        let html = render_markdown(
            "Hi <script>alert(1)</script> <img src=x onerror=\"alert(2)\"> \
             [x](javascript:alert(3)) <a href=\"#\" onclick=\"alert(4)\">y</a>\n",
            &|d| d.to_string(),
            &mut refs,
        )
        .into_string();
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
        )
        .into_string();
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
        let (title, body) = split_page("\u{feff}---\r\ntitle: B\r\n---\r\nBody\r\n");
        assert_eq!((title.as_deref(), body), (Some("B"), "Body\r\n"));
        assert_eq!(split_page("---\ntitle: E\n---"), (Some("E".into()), ""));
    }

    #[test]
    fn page_words_are_escaped_and_the_sanitised_body_is_not() {
        let chrome = Chrome::new(&Lang::parse("es").unwrap(), &[], &[]);
        let body = render_markdown("*x* & <b>y</b>\n", &|d| d.to_string(), &mut Vec::new());
        let html = page(&Page {
            chrome: &chrome,
            title: "<script>alert(1)</script> & \"q\"",
            content: &body,
            content_language: Some("en"),
            banner: Some(Banner {
                class: "stale",
                text: "a<b".to_string(),
                link: Some(("x.html?a=1&b=\"2\"".to_string(), "<i>".to_string())),
            }),
            nav: None,
            home: "index.html".to_string(),
        });
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</h1>"),
            "{html}"
        );
        assert!(html.contains("<p><em>x</em> &amp; <b>y</b></p>"), "{html}");
        assert!(
            html.contains(
                "<p>a&lt;b <a href=\"x.html?a=1&amp;b=&quot;2&quot;\" hreflang=\"en\">&lt;i&gt;</a></p>"
            ),
            "{html}"
        );
        assert!(
            html.starts_with("<!DOCTYPE html><html lang=\"es\">"),
            "{html}"
        );
        assert!(html.contains("<article lang=\"en\"><h1>"), "{html}");
    }
}
