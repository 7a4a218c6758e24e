//! Examples as translation teams translate them, end to end: each class of false drift
//! seen on real documentation sites (Markdoc and Markdown examples whose prose and
//! front matter are translated, diagram aliases, YAML re-wrapped by a formatter,
//! comments in console output, quote style, locale codes in configuration examples,
//! inline code written the reader's way, links to a site in the reader's language,
//! list items in another order, scale words, comments for editors) as a synthetic
//! English–German pair; and the divergences that are real still found.

mod common;

use common::{TestRepo, page, translation};

const EN: &str = r#"## Cards

Use the `<Card>` component with a `title`. Press `Ctrl+Space` to complete a name.

Set `forbid` to refuse extra fields. Name spans `{verb} {object}` and attributes
`{domain}.{component}`. Pages live in `en/about.md`. Each of the `ServiceMonitors` is
read.

A span is `Client` or `Server`. The `async` keyword, and `async` again.

The site was viewed 12 million times, 7.3K of them on one page. Since 2019 it had:

- 3,824 merged pull requests by
- 768 contributors

{{% comment %}}

<div class="card">An older design, kept for later.</div>

{{% /comment %}}

<!-- A note to editors: keep this list short. -->

```markdoc
{% card title="Check this out" icon="star" %}
Interesting content you want to highlight.
{% /card %}
```

```md
---
title: My page of content
description: How to use anchor links
image: ~/assets/logo.png
---

## Introduction

I can link to [my conclusion](#conclusion). Quotes start with a `>`.
```

```mermaid
sequenceDiagram
    participant Client
    participant Server as API server
    Client->>Server: Send a request
```

```yaml
test:
  mysqladmin ping -h 127.0.0.1
retries: 10
```

```console
$ kubectl run echo --image=alpine -- echo hi
# Output
# If you don't see a prompt, press enter.
```

```js
export default {
  locales: { 'pt-BR': { label: 'Português' } },
  greet: () => console.log('Hello'),
};
```

See [the Andromeda constellation](https://en.wikipedia.org/wiki/Andromeda_(constellation))
and [shallow clones](https://git-scm.com/docs/git-clone#_options). Use a
[`?raw` import](https://vite.dev/guide/assets#raw), edit `https://x.dev/USER_NAME/edit/`,
and [add a link](https://docs.astro.build/en/sitemap/). Quotes start with a `>`. You can
highlight `inline code` like `transync check`. It is `'./src/data/'` or `−40°`.
"#;

/// What a German team writes: every difference here is a translator's choice.
const DE: &str = r#"## Karten

Verwende die Komponente `<Card />` mit einem `Title`. Drücke `Strg+Leertaste`, um einen
Namen zu vervollständigen.

Setze **verbieten**, um zusätzliche Felder abzulehnen. Benenne Spans `{Verb} {Objekt}` und
Attribute `{Domäne}.{Komponente}`. Seiten liegen in `de/about.md`. Jeder `ServiceMonitor`
wird gelesen.

Ein Span ist `Client (Kunde)` oder `Server`. Das Schlüsselwort `async`.

Die Seite wurde 12 Millionen Mal aufgerufen, 7.300 Mal davon eine Seite. Seit 2019 gab es:

- 768 Mitwirkende mit
- 3.824 gemergten Pull-Requests

```markdoc
{% card title="Schau dir das an" icon="star" %}
Interessante Inhalte, die du hervorheben möchtest.
{% /card %}
```

```md
---
title: Meine Seite mit Inhalt
description: Wie man Ankerlinks benutzt
image: ../../assets/logo.png
---

## Einleitung

Ich kann auf [meine Schlussfolgerung](#schlussfolgerung) verlinken. Zitate beginnen mit „>“.
```

```mermaid
sequenceDiagram
    participant Client as Kunde
    participant Server as API-Server
    Client->>Server: Sendet eine Anfrage
```

```yaml
test: mysqladmin ping -h 127.0.0.1
retries: 10
```

```console
$ kubectl run echo --image=alpine -- echo hi
# Ausgabe
# Wenn keine Eingabeaufforderung erscheint, drücke Enter.
```

```javascript
export default {
  locales: { 'de-DE': { label: 'Deutsch' } },
  greet: () => console.log("Hallo")
}
```

Siehe [das Sternbild Andromeda](https://de.wikipedia.org/wiki/Andromeda_(Sternbild))
und [flache Klone](https://git-scm.com/docs/git-clone/de#_optionen). Nutze einen
[`?raw`-Import](https://ja.vite.dev/guide/assets#raw), bearbeite
`https://x.dev/BENUTZERNAME/edit/` und [füge einen Link hinzu](https://docs.astro.build/de/sitemap/).
Zitate beginnen mit „>“. Du kannst `Inline-Code` wie `transync check` hervorheben. Es ist
`./src/data/` oder `-40°`.
"#;

fn translated(de: &str) -> TestRepo {
    let repo = TestRepo::new();
    repo.write("content/en/cards.md", &page("Cards", "", EN));
    let base = repo.commit("English");
    let front = format!("source_commit: {base}\n");
    repo.write("content/de/cards.md", &page("Karten", &front, de));
    repo.commit("German");
    repo
}

#[track_caller]
fn drift(de: &str) -> Vec<(String, String)> {
    let json = translated(de).status_json(&[]);
    let t = translation(&json, "cards.md", "de");
    assert_eq!(t["status"], "current", "{t}");
    t["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["what"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn examples_translated_as_teams_do_have_no_drift() {
    assert_eq!(drift(DE), Vec::<(String, String)>::new());
}

#[test]
fn a_changed_command_option_or_value_in_an_example_is_drift() {
    for (from, to) in [
        (
            "mysqladmin ping -h 127.0.0.1",
            "mysqladmin ping -h 127.0.0.2",
        ),
        ("--image=alpine", "--image=alpine --rm"),
        ("{% card title=", "{% tile title="),
        ("participant Server as", "participant Backend as"),
        ("## Einleitung", "### Einleitung"),
        ("console.log(\"Hallo\")", "console.log(\"Hallo\", 2)"),
    ] {
        assert!(DE.contains(from), "{from}");
        let found = drift(&DE.replace(from, to));
        assert!(
            found.iter().any(|(what, _)| what == "code block"),
            "{from} → {to}: {found:?}"
        );
    }
}

#[test]
fn inline_code_that_really_differs_is_drift() {
    // A zero-width space typed into a component name, and another option named.
    let found = drift(&DE.replace("`<Card />`", "`<Ca\u{200B}rd>`"));
    assert!(
        found
            .iter()
            .any(|(what, message)| what == "inline code" && message.contains("<Card>")),
        "{found:?}"
    );
    let found = drift(&DE.replace("`transync check`", "`transync status`"));
    assert!(
        found
            .iter()
            .any(|(what, m)| what == "inline code" && m.contains("transync check")),
        "{found:?}"
    );
    let found = drift(&DE.replace("`{Domäne}.{Komponente}`", "`{Domäne}.{Eigenschaft}.x`"));
    assert!(
        found
            .iter()
            .any(|(what, m)| what == "inline code" && m.contains("{domain}.{component}")),
        "{found:?}"
    );
}

#[test]
fn one_plain_word_written_out_is_kept_but_a_paragraph_that_lost_its_code_is_not() {
    // `forbid` written as a word is the translator's choice (see DE); losing `Client`,
    // `Server` and both `async` spans is a paragraph without its code.
    let found = drift(&DE.replace(
        "Ein Span ist `Client (Kunde)` oder `Server`. Das Schlüsselwort `async`.",
        "Ein Span ist Kunde oder Dienst. Das Schlüsselwort für Nebenläufigkeit.",
    ));
    let inline: Vec<_> = found
        .iter()
        .filter(|(what, _)| what == "inline code")
        .collect();
    assert_eq!(inline.len(), 1, "{found:?}");
    assert!(
        inline[0].1.contains("`Client`, `Server`, `async`"),
        "{found:?}"
    );
}

#[test]
fn a_number_changed_in_a_reordered_list_is_drift() {
    let found = drift(&DE.replace("- 768 Mitwirkende", "- 786 Mitwirkende"));
    assert!(
        found
            .iter()
            .any(|(what, m)| what == "number" && m.contains("768")),
        "{found:?}"
    );
}

#[test]
fn a_link_left_out_is_drift_even_to_a_localized_site() {
    let found = drift(&DE.replace(
        "[das Sternbild Andromeda](https://de.wikipedia.org/wiki/Andromeda_(Sternbild))",
        "das Sternbild Andromeda",
    ));
    assert!(
        found
            .iter()
            .any(|(what, m)| what == "link" && m.contains("wikipedia.org")),
        "{found:?}"
    );
}
