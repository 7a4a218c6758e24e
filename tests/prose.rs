//! Drift and severity on translated prose, end to end: each class of false finding seen
//! on real repositories (anchors that follow translated headings, merged or dropped
//! sentences, a compact language, numbers in a locale's own form, a heading recased) as
//! a synthetic English–Japanese and English–French pair, and real omissions still caught.

mod common;

use common::{TestRepo, page, translation};

const EN: &str = "\
## Why transync

Translations fall behind when nobody notices. A stale page looks current to its readers.

It reads the history of every page. It compares the structure of both languages. It tells \
what changed and where. It runs in CI as well.

## Create a new project

Run `transync init` in the repository. Dr. Smith's team set it up for 1,000 pages in 2025. \
The 1st run takes about 50% of a minute.

Version 1.2 shipped on 2025-03-05. It reads Hugo and Docusaurus sites.

## Use templates {#templates}

Templates live in `layouts/`. Each one is a Markdown file. Most sites need only three of them.

## Next steps

Go back to [the first step](#create-a-new-project), read about [templates](#templates), or \
see [the guide](/docs/guide#using-templates) and [the FAQ](/docs/faq).

- Check the status.
- Fix what drifted.
";

/// Japanese: about 40 % of the English characters, sentences merged (three into one under
/// "Use templates"), full-width digits, a date in its own order, anchors to translated
/// headings and to a page's translated heading.
const JA: &str = "\
## transync を使う理由

誰も気づかないと翻訳は遅れる。古いページも読者には最新に見える。

すべてのページの履歴を読み、両言語の構造を比べ、何がどこで変わったかを伝える。CIでも動く。

## 新しいプロジェクトの作成

リポジトリで `transync init` を実行します。Dr. Smith のチームは2025年に１，０００ページ向けに\
これを設定しました。第1回の実行には１分の５０％ほどかかります。

バージョン1.2は2025年3月5日に公開されました。HugoとDocusaurusのサイトを読みます。

## テンプレートを使う {#templates}

テンプレートは `layouts/` にあり、それぞれがMarkdownファイルで、ほとんどのサイトでは三つで足ります。

## 次のステップ

[最初のステップ](#新しいプロジェクトの作成)に戻るか、[テンプレート](#templates)について読むか、\
[ガイド](/ja/docs/guide#テンプレートの使用)と[FAQ](/ja/docs/faq)を参照してください。

- 状態を確認する。
- ずれを直す。
";

/// French: one sentence fewer under "Use templates", `1 000`, `50 %`, `1re`, a dotted
/// date, anchors to translated headings.
const FR: &str = "\
## Pourquoi transync

Les traductions prennent du retard quand personne ne le remarque. Une page périmée semble à \
jour pour ses lecteurs.

Il lit l’historique de chaque page. Il compare la structure des deux langues. Il dit ce qui a \
changé et où. Il tourne aussi en CI.

## Créer un nouveau projet

Lancez `transync init` dans le dépôt. L’équipe du Dr Smith l’a configuré pour 1 000 pages en \
2025. La 1re exécution prend environ 50 % d’une minute.

La version 1.2 est sortie le 05.03.2025 et lit les sites Hugo et Docusaurus.

## Utiliser des modèles {#templates}

Les modèles se trouvent dans `layouts/`. Chacun est un fichier Markdown.

## Étapes suivantes

Revenez à [la première étape](#créer-un-nouveau-projet), lisez la page sur \
[les modèles](#templates), ou consultez [le guide](/fr/docs/guide#utilisation-des-modèles) \
et [la FAQ](/fr/docs/faq).

- Vérifiez l’état.
- Corrigez ce qui a dérivé.
";

/// English committed, then the Japanese and French translations with their base recorded.
fn translated(ja: &str, fr: &str) -> TestRepo {
    let repo = TestRepo::new();
    repo.write("content/en/start.md", &page("Getting started", "", EN));
    let base = repo.commit("English");
    let front = format!("source_commit: {base}\n");
    repo.write("content/ja/start.md", &page("はじめに", &front, ja));
    repo.write("content/fr/start.md", &page("Premiers pas", &front, fr));
    repo.commit("Japanese and French");
    repo
}

#[track_caller]
fn drift_of(json: &serde_json::Value, lang: &str) -> Vec<String> {
    translation(json, "start.md", lang)["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn faithful_japanese_and_french_translations_have_no_drift() {
    let repo = translated(JA, FR);
    let json = repo.status_json(&[]);
    for lang in ["ja", "fr"] {
        assert_eq!(translation(&json, "start.md", lang)["status"], "current");
        assert_eq!(drift_of(&json, lang), Vec::<String>::new(), "{lang}");
    }
}

#[test]
fn a_paragraph_left_out_is_still_drift() {
    let ja = JA.replace(
        "\n\nすべてのページの履歴を読み、両言語の構造を比べ、何がどこで変わったかを伝える。CIでも動く。",
        "",
    );
    let fr = FR.replace(
        "Les modèles se trouvent dans `layouts/`. Chacun est un fichier Markdown.\n\n",
        "",
    );
    let json = translated(&ja, &fr).status_json(&[]);
    assert_eq!(
        drift_of(&json, "ja"),
        ["the text from English line 8 has 6 sentences, the translation (line 9) 2"]
    );
    let fr = drift_of(&json, "fr");
    assert!(
        fr.iter()
            .any(|m| m.contains("(3 sentences) is not in the translation")),
        "{fr:?}"
    );
}

#[test]
fn a_recased_heading_is_cosmetic_and_a_new_negation_is_major() {
    let repo = translated(JA, FR);
    repo.write(
        "content/en/start.md",
        &page(
            "Getting Started",
            "",
            &EN.replace("## Next steps", "## Next Steps"),
        ),
    );
    repo.commit("English: title case");
    let json = repo.status_json(&[]);
    assert_eq!(translation(&json, "start.md", "ja")["status"], "current");

    repo.write(
        "content/en/start.md",
        &page(
            "Getting Started",
            "",
            &EN.replace("A stale page looks", "A stale page never looks"),
        ),
    );
    repo.commit("English: one word");
    let t = translation(&repo.status_json(&[]), "start.md", "fr").clone();
    assert_eq!(t["status"], "stale");
    assert_eq!(t["severity"], "major", "{t:#}");
}
