//! Where things go in a bundle and how its pages link to each other: a document's page,
//! the bundle's own files, relative URLs between pages, and which references in a page's
//! Markdown are other pages and which are files to copy with it.

/// The English originals of stale pages live under this directory of the bundle.
pub(crate) const ORIGINALS: &str = "en-original";

/// Where a document goes in the bundle: `articles/x.md` → `articles/x.html`, a module's
/// `_index.md` → `…/index.html`. The bundle's own `index.html` (the listing) keeps its
/// name: a page at the very root that would take it becomes `home.html`.
pub(crate) fn html_path(id: &str) -> String {
    let stem = id.strip_suffix(".md").unwrap_or(id);
    match stem.rsplit_once('/') {
        Some((dir, "_index")) => format!("{dir}/index.html"),
        None if matches!(stem, "_index" | "index") => "home.html".to_string(),
        _ => format!("{stem}.html"),
    }
}

/// Paths of the bundle that are transync's, not the site's.
pub(crate) fn is_reserved(path: &str) -> bool {
    matches!(path, "index.html" | "manifest.json" | "messages.json")
        || path.starts_with(&format!("{ORIGINALS}/"))
}

/// The relative URL from the page at `from` (a bundle path) to the bundle path `to`.
pub(crate) fn relative_url(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts[..to_parts.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let mut url = "../".repeat(from_dirs.len() - common);
    url.push_str(&to_parts[common..].join("/"));
    url
}

/// Relative references (images, links to files) in Markdown: what to copy with a page.
pub(crate) fn is_local_reference(dest: &str) -> bool {
    !(dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with("//")
        || dest.contains(':'))
}

/// A local reference that is a file to copy (not another page).
pub(crate) fn is_asset(dest: &str) -> bool {
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    is_local_reference(dest) && !path.is_empty() && !path.ends_with(".md")
}

/// `dir` joined with the relative `path`, `.` and `..` resolved; `None` above the root.
pub(crate) fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

pub(crate) fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// [`rewrite_link`] for a link on the page whose Markdown is at `page` in the bundle: a
/// link to the root index page goes to where that page is published (`home.html`, since
/// `index.html` is the bundle's listing).
pub(crate) fn rewrite_link_from(page: &str, dest: &str) -> String {
    let in_originals = page.starts_with(&format!("{ORIGINALS}/"));
    if !in_originals && is_local_reference(dest) {
        let (path, fragment) = dest.split_at(dest.find('#').unwrap_or(dest.len()));
        let target = join(dir_of(page), path);
        if let Some(root @ ("index.md" | "_index.md")) = target.as_deref() {
            let home = html_path(root);
            return format!("{}{fragment}", relative_url(page, &home));
        }
    }
    rewrite_link(dest)
}

/// Links to other pages point at their HTML; everything else is left as written.
fn rewrite_link(dest: &str) -> String {
    if !is_local_reference(dest) {
        return dest.to_string();
    }
    let (path, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    if !path.ends_with(".md") {
        return dest.to_string();
    }
    let html = match path.rsplit_once('/') {
        Some((dir, "_index.md" | "index.md")) => format!("{dir}/index.html"),
        None if path == "_index.md" || path == "index.md" => "index.html".to_string(),
        _ => format!("{}.html", &path[..path.len() - 3]),
    };
    format!("{html}{fragment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_paths_and_relative_urls() {
        assert_eq!(html_path("articles/a.md"), "articles/a.html");
        assert_eq!(html_path("modules/m/_index.md"), "modules/m/index.html");
        assert_eq!(html_path("modules/m/01-x.md"), "modules/m/01-x.html");
        assert_eq!(html_path("index.md"), "home.html");
        assert_eq!(html_path("docs/index.md"), "docs/index.html");
        assert!(is_reserved("manifest.json") && is_reserved("en-original/a.html"));
        assert!(!is_reserved("images/manifest.json"));
        assert_eq!(
            relative_url("modules/m/01.html", "index.html"),
            "../../index.html"
        );
        assert_eq!(relative_url("index.html", "a/b.html"), "a/b.html");
        assert_eq!(relative_url("m/01.html", "m/02.html"), "02.html");
        assert_eq!(relative_url("m/a/x.html", "m/b/y.html"), "../b/y.html");
        assert_eq!(
            relative_url("guide.html", "en-original/guide.html"),
            "en-original/guide.html"
        );
        assert!(is_local_reference("images/a.svg"));
        assert!(!is_local_reference("https://example.org/a.png"));
        assert!(!is_local_reference("#top"));
        assert!(!is_local_reference("mailto:a@b"));
    }

    #[test]
    fn page_links_become_html_links() {
        assert_eq!(rewrite_link("02-actors.md"), "02-actors.html");
        assert_eq!(rewrite_link("../m/_index.md#x"), "../m/index.html#x");
        assert_eq!(rewrite_link("images/a.svg"), "images/a.svg");
        assert_eq!(rewrite_link("https://x.org/a.md"), "https://x.org/a.md");
        // The root index page is published as home.html; index.html is the listing.
        assert_eq!(
            rewrite_link_from("blog/post.md", "../index.md#top"),
            "../home.html#top"
        );
        assert_eq!(rewrite_link_from("about.md", "_index.md"), "home.html");
        assert_eq!(rewrite_link_from("blog/post.md", "index.md"), "index.html");
    }

    #[test]
    fn files_to_copy_are_local_references_that_are_not_pages() {
        assert!(is_asset("images/a.svg"));
        assert!(is_asset("files/report.pdf#page=2"));
        assert!(!is_asset("02-b.md"));
        assert!(!is_asset("02-b.md#part"));
        assert!(!is_asset("#top"));
        assert!(!is_asset("?q=1"));
        assert!(!is_asset("https://example.org/a.png"));
    }
}
