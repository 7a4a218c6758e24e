//! `transync bundle` end to end, on real temporary git repositories.

mod common;

use std::path::{Path, PathBuf};

use common::{TestRepo, page};

const EN_GUIDE: &str = "## Intro\n\nCities learn.\n\n![Diagram](images/d.svg)\n";
const EN_GUIDE_2: &str = "## Intro\n\nCities learn from cities.\n\n![Diagram](images/d.svg)\n";

/// English: an article, a news item and a module of two lessons; Spanish: the article
/// (then made stale by an English edit), the module complete; French: the module with
/// one lesson missing.
fn repo() -> TestRepo {
    let repo = TestRepo::new();
    repo.write("content/en/guide.md", &page("Guide", "", EN_GUIDE));
    repo.write("content/en/images/d.svg", "<svg>en</svg>\n");
    repo.write("content/en/news.md", &page("News", "", "Fresh news."));
    repo.write(
        "content/en/m/_index.md",
        &page("Module", "", "Overview. [First](01-a.md)"),
    );
    repo.write("content/en/m/01-a.md", &page("First", "", "Lesson one."));
    repo.write("content/en/m/02-b.md", &page("Second", "", "Lesson two."));
    repo.write(
        "locales/en/site.ftl",
        "site-title = Site\nbanner-fallback = Not translated yet.\nhello = Hello\nbye = Bye, { $name }\n",
    );
    repo.write(
        "locales/es/site.ftl",
        "site-title = Sitio\nbanner-fallback = Aún sin traducir.\nhello = Hola\n",
    );
    let english = repo.commit("English");
    let base = format!("source_commit: {english}\n");
    repo.write(
        "content/es/guide.md",
        &page(
            "Guía",
            &base,
            EN_GUIDE
                .replace("Cities learn", "Las ciudades aprenden")
                .as_str(),
        ),
    );
    repo.write("content/es/images/d.svg", "<svg>es</svg>\n");
    repo.write(
        "content/es/m/_index.md",
        &page("Módulo", &base, "Presentación. [Primera](01-a.md)"),
    );
    repo.write(
        "content/es/m/01-a.md",
        &page("Primera", &base, "Lección uno."),
    );
    repo.write(
        "content/es/m/02-b.md",
        &page("Segunda", &base, "Lección dos."),
    );
    repo.write(
        "content/fr/m/_index.md",
        &page("Module", &base, "Présentation."),
    );
    repo.write(
        "content/fr/m/01-a.md",
        &page("Première", &base, "Leçon un."),
    );
    repo.commit("Translations");
    repo.write("content/en/guide.md", &page("Guide", "", EN_GUIDE_2));
    repo.commit("English edit");
    repo
}

fn bundle(repo: &TestRepo, args: &[&str]) -> common::Run {
    let mut all = vec!["bundle", "--out", "out"];
    all.extend_from_slice(args);
    repo.transync(&all)
}

/// The one bundle directory for `lang` under `out/`.
fn dir_of(repo: &TestRepo, lang: &str) -> PathBuf {
    let out = repo.path().join("out");
    let prefix = format!("transync-{lang}-");
    let found: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&prefix)
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found.into_iter().next().unwrap()
}

fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap()
}

fn doc<'a>(manifest: &'a serde_json::Value, id: &str) -> Option<&'a serde_json::Value> {
    manifest["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
}

#[test]
fn the_manifest_records_every_document_with_status_base_and_checksum() {
    let repo = repo();
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let dir = dir_of(&repo, "es");
    let head = repo.head();
    assert!(
        dir.ends_with(format!("transync-es-{}", &head[..7])),
        "{dir:?}"
    );
    let m = manifest(&dir);
    assert_eq!(m["version"], 1);
    assert_eq!(m["language"], "es");
    assert_eq!(m["commit"], head.as_str());
    let time = repo
        .git(&["log", "-1", "--format=%ct"])
        .trim()
        .parse::<i64>()
        .unwrap();
    let built_at = jiff::Timestamp::from_second(time).unwrap().to_string();
    assert_eq!(m["built_at"], built_at.as_str());

    let guide = doc(&m, "guide.md").unwrap();
    assert_eq!(guide["status"], "stale");
    assert_eq!(guide["kind"], "article");
    assert_eq!(guide["title"], "Guía");
    assert_eq!(guide["path"], "guide.md");
    assert_eq!(guide["html"], "guide.html");
    assert_eq!(guide["source"], "content/es/guide.md");
    let english = repo.git(&["rev-parse", "HEAD~2"]).trim().to_string();
    assert_eq!(guide["base_commit"], english.as_str());
    let bytes = std::fs::read(dir.join("guide.md")).unwrap();
    assert_eq!(bytes, repo.read("content/es/guide.md").into_bytes());
    assert_eq!(guide["bytes"], bytes.len());
    let sha = repo.git(&["hash-object", "content/es/guide.md"]);
    assert_ne!(guide["sha256"], sha.trim(), "a SHA-256, not git's SHA-1");
    assert_eq!(guide["sha256"].as_str().unwrap().len(), 64);

    let news = doc(&m, "news.md").unwrap();
    assert_eq!(news["status"], "fallback");
    assert_eq!(news["content_language"], "en");
    assert_eq!(news["source"], "content/en/news.md");
    assert_eq!(news["base_commit"], serde_json::Value::Null);

    let lesson = doc(&m, "m/02-b.md").unwrap();
    assert_eq!(
        (lesson["kind"].as_str(), lesson["order"].as_u64()),
        (Some("lesson"), Some(2))
    );
    assert_eq!(lesson["module"], "m/_index.md");
    let module = &m["modules"][0];
    assert_eq!(module["id"], "m/_index.md");
    assert_eq!(module["published"], true);
    assert_eq!(
        module["lessons"],
        serde_json::json!(["m/01-a.md", "m/02-b.md"])
    );
    assert_eq!(m["summary"]["current"], 3);
    assert_eq!(m["summary"]["stale"], 1);
    assert_eq!(m["summary"]["fallback"], 1);

    // The localized copy of the image is preferred; the stale page's original is there.
    assert_eq!(
        std::fs::read_to_string(dir.join("images/d.svg")).unwrap(),
        "<svg>es</svg>\n"
    );
    assert_eq!(guide["original"], "en-original/guide.html");
    assert!(dir.join("en-original/guide.html").is_file());
    assert!(dir.join("en-original/guide.md").is_file());
    let html = std::fs::read_to_string(dir.join("guide.html")).unwrap();
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("class=\"banner stale\""), "{html}");
    assert!(html.contains("href=\"en-original/guide.html\""), "{html}");
    let index = std::fs::read_to_string(dir.join("m/index.html")).unwrap();
    assert!(
        index.contains("href=\"01-a.html\""),
        "links to pages point at HTML: {index}"
    );
}

#[test]
fn messages_json_resolves_the_language_with_english_fallback() {
    let repo = repo();
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let messages: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir_of(&repo, "es").join("messages.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(messages["messages"]["hello"]["text"], "Hola");
    assert_eq!(messages["messages"]["hello"]["from"], "es");
    assert_eq!(messages["messages"]["bye"]["from"], "en");
    assert_eq!(messages["messages"]["bye"]["source"], "Bye, { $name }");
}

#[test]
fn the_fallback_banner_speaks_the_bundle_language() {
    let repo = repo();
    // No site message for fr, pt or en: transync's own words, in each language.
    repo.write("locales/en/site.ftl", "site-title = Site\n");
    repo.remove("locales/es/site.ftl");
    for lang in ["pt", "de"] {
        repo.write(&format!("content/{lang}/m/_index.md"), &page("M", "", "x"));
    }
    repo.commit("more languages, no site banner");
    let run = bundle(&repo, &["--archive", "dir"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for (lang, words) in [
        ("es", "Esta página aún no está traducida"),
        ("fr", "Cette page n’est pas encore traduite"),
        ("pt", "Esta página ainda não está traduzida"),
        // transync does not speak German: its English words.
        ("de", "This page is not translated yet"),
    ] {
        let html = std::fs::read_to_string(dir_of(&repo, lang).join("news.html")).unwrap();
        assert!(html.contains(words), "{lang}: {html}");
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(
            html.contains("<article lang=\"en\">"),
            "{lang}: the text is English"
        );
    }
    // The site's own words win when it has them.
    let repo = self::repo();
    assert_eq!(bundle(&repo, &["--lang", "es", "--archive", "dir"]).code, 0);
    let html = std::fs::read_to_string(dir_of(&repo, "es").join("news.html")).unwrap();
    assert!(html.contains("Aún sin traducir."), "{html}");
}

#[test]
fn stale_policies() {
    let repo = repo();
    let run = bundle(
        &repo,
        &["--lang", "es", "--archive", "dir", "--stale", "exclude"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = manifest(&dir_of(&repo, "es"));
    // Left out as stale, then --missing fallback: the English stands in.
    assert_eq!(doc(&m, "guide.md").unwrap()["status"], "fallback");

    let repo = self::repo();
    let run = bundle(
        &repo,
        &[
            "--lang",
            "es",
            "--archive",
            "dir",
            "--stale",
            "exclude",
            "--missing",
            "skip",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = manifest(&dir_of(&repo, "es"));
    assert!(doc(&m, "guide.md").is_none());
    let left: Vec<(&str, &str)> = m["unpublished"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["id"].as_str().unwrap(), u["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(left, [("guide.md", "stale"), ("news.md", "missing")]);
    assert!(!dir_of(&repo, "es").join("guide.html").exists());

    let repo = self::repo();
    let run = bundle(&repo, &["--lang", "es", "--stale", "fail"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("guide.md"), "{}", run.stderr);
    assert!(
        !repo.path().join("out").exists()
            || std::fs::read_dir(repo.path().join("out")).unwrap().count() == 0
    );
}

#[test]
fn missing_policies_and_module_completeness() {
    let repo = repo();
    let run = bundle(
        &repo,
        &["--lang", "fr", "--archive", "dir", "--missing", "skip"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = manifest(&dir_of(&repo, "fr"));
    // m/02-b.md has no French: the whole module is left out, and says why.
    assert!(doc(&m, "m/_index.md").is_none() && doc(&m, "m/01-a.md").is_none());
    let module = &m["modules"][0];
    assert_eq!(module["published"], false);
    assert_eq!(module["title"], "Module", "the page's title, not its id");
    assert!(
        module["reason"].as_str().unwrap().contains("m/02-b.md"),
        "{module}"
    );
    let reasons: Vec<(&str, &str)> = m["unpublished"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["id"].as_str().unwrap().starts_with("m/"))
        .map(|u| (u["id"].as_str().unwrap(), u["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("m/01-a.md", "module-incomplete"),
            ("m/02-b.md", "missing"),
            ("m/_index.md", "module-incomplete")
        ]
    );
    let index = std::fs::read_to_string(dir_of(&repo, "fr").join("index.html")).unwrap();
    assert!(!index.contains("m/index.html"), "{index}");

    // With the default fallback the module is complete: the missing lesson in English.
    let repo = self::repo();
    assert_eq!(bundle(&repo, &["--lang", "fr", "--archive", "dir"]).code, 0);
    let m = manifest(&dir_of(&repo, "fr"));
    assert_eq!(m["modules"][0]["published"], true);
    assert_eq!(doc(&m, "m/02-b.md").unwrap()["status"], "fallback");
    let lesson = std::fs::read_to_string(dir_of(&repo, "fr").join("m/01-a.html")).unwrap();
    assert!(lesson.contains("Leçon 1 sur 2"), "{lesson}");
    assert!(
        lesson.contains("href=\"02-b.html\" rel=\"next\""),
        "{lesson}"
    );

    let repo = self::repo();
    let run = bundle(&repo, &["--lang", "fr", "--missing", "fail"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("m/02-b.md") && run.stderr.contains("news.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_same_commit_gives_the_same_bytes() {
    let repo = repo();
    for archive in ["zip", "tar.gz"] {
        let first = bundle(&repo, &["--lang", "es", "--archive", archive]);
        assert_eq!(first.code, 0, "{}", first.stderr);
        let name = format!("transync-es-{}.{archive}", &repo.head()[..7]);
        let path = repo.path().join("out").join(&name);
        let before = std::fs::read(&path).unwrap();
        // Another checkout time, other file times: nothing in the archive may depend on them.
        repo.git(&["checkout", "--", "."]);
        for file in ["content/es/guide.md", "content/en/news.md"] {
            let text = repo.read(file);
            repo.write(file, &text);
            set_modified(&repo.path().join(file), OTHER_FILE_TIME);
        }
        let second = bundle(&repo, &["--lang", "es", "--archive", archive]);
        assert_eq!(second.code, 0, "{}", second.stderr);
        assert_eq!(std::fs::read(&path).unwrap(), before, "{archive} differs");
        // And a fresh clone, elsewhere, builds the very same file.
        let clone = tempfile::tempdir().unwrap();
        common::git_command(repo.path())
            .args(["clone", "-q", ".", clone.path().to_str().unwrap()])
            .status()
            .unwrap();
        let run = common::transync_command(clone.path())
            .args([
                "bundle",
                "--lang",
                "es",
                "--archive",
                archive,
                "--out",
                "out",
            ])
            .output()
            .unwrap();
        assert!(run.status.success());
        assert_eq!(
            std::fs::read(clone.path().join("out").join(&name)).unwrap(),
            before
        );
    }
}

#[test]
fn the_archive_holds_the_same_files_as_the_directory() {
    let repo = repo();
    assert_eq!(bundle(&repo, &["--lang", "es", "--archive", "dir"]).code, 0);
    assert_eq!(bundle(&repo, &["--lang", "es"]).code, 0);
    let dir = dir_of(&repo, "es");
    let zip_path = repo.path().join("out").join(format!(
        "{}.zip",
        dir.file_name().unwrap().to_string_lossy()
    ));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    let mut files: Vec<String> = walk(&dir)
        .into_iter()
        .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(names, files);
    let mut manifest = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("manifest.json").unwrap(), &mut manifest)
        .unwrap();
    assert_eq!(
        manifest,
        std::fs::read_to_string(dir.join("manifest.json")).unwrap()
    );
}

/// A file time far from any run's "now" (2001-09-09), so rewritten files surely differ in
/// their times from the first build's, without waiting for the clock.
const OTHER_FILE_TIME: std::time::Duration = std::time::Duration::from_secs(1_000_000_000);

#[track_caller]
fn set_modified(path: &Path, since_epoch: std::time::Duration) {
    let time = std::time::UNIX_EPOCH + since_epoch;
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(time).unwrap();
    drop(file);
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), time);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// [`repo`] with a current Spanish `news.md` of `body` (not committed yet).
fn with_spanish_news(body: &str) -> TestRepo {
    let repo = repo();
    let base = repo.git(&["rev-parse", "HEAD"]).trim().to_string();
    repo.write(
        "content/es/news.md",
        &page("Noticias", &format!("source_commit: {base}\n"), body),
    );
    repo
}

#[test]
fn scripts_and_event_handlers_from_a_translation_do_not_reach_the_bundle() {
    let repo = with_spanish_news(
        "Hola <script>alert('x')</script>\n\n<img src=\"images/d.svg\" onerror=\"alert(1)\">\n\n[clic](javascript:alert(2))\n\n<div onclick=\"steal()\">texto</div>\n",
    );
    repo.commit("A hostile translation");
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(dir_of(&repo, "es").join("news.html")).unwrap();
    assert!(html.contains("Hola"), "{html}");
    assert!(html.contains("texto"), "{html}");
    for bad in ["<script", "onerror", "onclick", "javascript:", "steal()"] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
}

#[test]
fn an_svg_with_scripts_is_left_out_with_a_warning() {
    let repo = with_spanish_news(
        "![mapa](images/map.svg) ![logo](images/logo.svg) ![d](../../en/images/d.svg)\n",
    );
    repo.write(
        "content/es/images/map.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('//evil')\"><circle r=\"1\"/></svg>\n",
    );
    repo.write(
        "content/es/images/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>\n",
    );
    repo.commit("An SVG with a handler");
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/es/images/map.svg is left out")
            && run.stderr.contains("onload="),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/es/news.md refers to ../../en/images/d.svg, outside the language's directory"
        ),
        "{}",
        run.stderr
    );
    let dir = dir_of(&repo, "es");
    assert!(!dir.join("images/map.svg").exists());
    assert!(dir.join("images/logo.svg").exists());
    let listed: Vec<String> = manifest(&dir)["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        listed.contains(&"images/logo.svg".to_string()),
        "{listed:?}"
    );
    assert!(
        !listed.contains(&"images/map.svg".to_string()),
        "{listed:?}"
    );
}

#[test]
fn a_symlink_leaving_the_repository_is_an_error() {
    let repo = repo();
    std::os::unix::fs::symlink(
        "/etc/hostname",
        repo.path().join("content/es/images/escape.svg"),
    )
    .unwrap();
    let base = repo.head();
    repo.write(
        "content/es/news.md",
        &page(
            "N",
            &format!("source_commit: {base}\n"),
            "![x](images/escape.svg)\n",
        ),
    );
    repo.commit("a link out of the repository");
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("content/es/images/escape.svg"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("outside the repository"),
        "{}",
        run.stderr
    );
    let out = repo.path().join("out");
    assert!(
        !out.exists() || std::fs::read_dir(&out).unwrap().count() == 0,
        "nothing written"
    );

    // A symlink inside the repository is followed.
    let repo = self::repo();
    std::os::unix::fs::symlink(
        "../../en/images/d.svg",
        repo.path().join("content/es/images/same.svg"),
    )
    .unwrap();
    let base = repo.head();
    repo.write(
        "content/es/news.md",
        &page(
            "N",
            &format!("source_commit: {base}\n"),
            "![x](images/same.svg)\n",
        ),
    );
    repo.commit("a link inside");
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copied = std::fs::read_to_string(dir_of(&repo, "es").join("images/same.svg")).unwrap();
    assert_eq!(copied, "<svg>en</svg>\n");
}

#[test]
fn an_interrupted_write_leaves_no_partial_archive() {
    let repo = repo();
    std::fs::create_dir(repo.path().join("out")).unwrap();
    // Files may not grow past 2 KiB: the zip fails half-way through.
    let run = common::transync_with_write_limit(
        repo.path(),
        &["bundle", "--lang", "es", "--out", "out"],
        2048,
    );
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    // The package is named, with the cause in plain words; no zip internals, no temporary name.
    assert!(
        run.stderr.contains("out/transync-es-")
            && run
                .stderr
                .contains(".zip: the file would be larger than the system allows"),
        "{}",
        run.stderr
    );
    for internal in ["ZipWriter", "Io(", "os error", ".partial"] {
        assert!(!run.stderr.contains(internal), "{}", run.stderr);
    }
    let left: Vec<_> = std::fs::read_dir(repo.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // Same for a directory bundle.
    let run = common::transync_with_write_limit(
        repo.path(),
        &["bundle", "--lang", "es", "--out", "out", "--archive", "dir"],
        2048,
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        std::fs::read_dir(repo.path().join("out")).unwrap().count(),
        0
    );
}

#[test]
fn a_file_transync_did_not_write_is_never_replaced() {
    let repo = repo();
    let out = repo.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let name = format!("transync-es-{}.zip", &repo.head()[..7]);
    std::fs::write(out.join(&name), "precious").unwrap();
    let run = bundle(&repo, &["--lang", "es"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("not written by transync"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(out.join(&name)).unwrap(),
        "precious"
    );
    // Its own earlier bundle is replaced without fuss.
    std::fs::remove_file(out.join(&name)).unwrap();
    assert_eq!(bundle(&repo, &["--lang", "es"]).code, 0);
    assert_eq!(bundle(&repo, &["--lang", "es"]).code, 0);
    let dir_name = format!("transync-es-{}", &repo.head()[..7]);
    std::fs::create_dir(out.join(&dir_name)).unwrap();
    std::fs::write(out.join(&dir_name).join("notes.txt"), "mine").unwrap();
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        std::fs::read_to_string(out.join(&dir_name).join("notes.txt")).unwrap(),
        "mine"
    );

    // --out naming a file: said plainly, and the file is left alone.
    std::fs::write(repo.path().join("site"), "a file").unwrap();
    let run = repo.transync(&["bundle", "--out", "site"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--out site is a file, not a directory"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(repo.path().join("site")).unwrap(),
        "a file"
    );
}

#[test]
fn the_sample_bundles_for_every_language() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = common::Run::from(
        common::transync_command(root)
            .args(["bundle", "--archive", "dir", "--out"])
            .arg(out.path())
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for lang in ["es", "fr", "pt"] {
        let dirs: Vec<PathBuf> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("transync-{lang}-"))
            })
            .collect();
        assert_eq!(dirs.len(), 1);
        let m = manifest(&dirs[0]);
        assert_eq!(m["modules"].as_array().unwrap().len(), 2);
        assert!(
            m["summary"]["current"].as_u64().unwrap() >= 10,
            "{lang}: {}",
            m["summary"]
        );
        // The site's own chrome: its banner words, not transync's.
        let messages = std::fs::read_to_string(dirs[0].join("messages.json")).unwrap();
        assert!(messages.contains("\"banner-stale\""), "{lang}");
        assert!(
            !messages.contains("\"bundle-banner-stale\""),
            "transync.ftl is not the site's"
        );
        assert!(
            dirs[0]
                .join("modules/decentralised-cooperation-101/images/forms-of-cooperation.svg")
                .is_file()
        );
    }
}

#[test]
fn an_out_directory_inside_a_content_or_locales_root_is_refused() {
    let repo = repo();
    for out in ["content/es/dist", "./content/../content/x", "locales/out"] {
        let run = repo.transync(&["bundle", "--out", out]);
        assert_eq!(run.code, 2, "{out}: {}", run.stdout);
        let root = if out.starts_with("locales") {
            "locales"
        } else {
            "content"
        };
        assert!(
            run.stderr.contains(&format!("is inside {root}/")) && run.stderr.contains("dist/"),
            "{out}: {}",
            run.stderr
        );
    }
    assert!(!repo.path().join("content/es/dist").exists());
    assert!(!repo.path().join("locales/out").exists());
    // Beside them is fine.
    assert_eq!(repo.transync(&["bundle", "--out", "content-dist"]).code, 0);
}

#[test]
fn names_that_differ_only_in_case_are_bundled_with_a_warning() {
    let repo = repo();
    repo.write(
        "content/en/Guide.md",
        &page("Guide too", "", "Another guide."),
    );
    repo.commit("a second guide");
    let run = bundle(&repo, &["--lang", "es", "--archive", "dir"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("differ only in case") && run.stderr.contains("Guide.md"),
        "{}",
        run.stderr
    );
    let dir = dir_of(&repo, "es");
    for name in ["guide.md", "Guide.md"] {
        assert!(dir.join(name).exists(), "{name}");
    }
}
