//! `.mdx` pages read as MDX: imports, exports, JSX components and expressions are not
//! Markdown blocks, the Markdown inside components is, so a faithful translation of a
//! component-heavy page is current with no drift, and a real English change is mapped.

mod common;

use common::{TestRepo, translation};

const EN: &str = "---\ntitle: Setup\n---\nimport { Tabs, TabItem } from '@theme/Tabs';\nexport const version = '2.0';\n\n# Setup\n\n<Tabs>\n  <TabItem value=\"npm\" label=\"npm\">\n\n    Install it with npm, then run the setup once.\n\n    ```sh\n    npm install transync\n    ```\n\n  </TabItem>\n</Tabs>\n\nVersion {version} needs a config file.\n";

const ES: &str = "---\ntitle: Instalación\n---\nimport { Tabs, TabItem } from '@theme/Tabs';\nexport const version = '2.0';\n\n# Instalación\n\n<Tabs>\n  <TabItem value=\"npm\" label=\"npm\">\n\n    Instálelo con npm y ejecute la configuración una vez.\n\n    ```sh\n    npm install transync\n    ```\n\n  </TabItem>\n</Tabs>\n\nLa versión {version} necesita un archivo de configuración.\n";

#[test]
fn a_faithful_translation_of_a_component_page_is_current_without_drift() {
    let repo = TestRepo::new();
    repo.write("content/en/setup.mdx", EN);
    repo.commit("English");
    repo.write("content/es/setup.mdx", ES);
    repo.commit("Spanish");
    let json = repo.status_json(&[]);
    let t = translation(&json, "setup.mdx", "es");
    assert_eq!(t["status"], "current", "{t:#}");
    assert_eq!(t["drift"], serde_json::json!([]), "{t:#}");
}

#[test]
fn a_paragraph_added_inside_a_component_is_a_change_mapped_to_the_translation() {
    let repo = TestRepo::new();
    repo.write("content/en/setup.mdx", EN);
    repo.commit("English");
    repo.write("content/es/setup.mdx", ES);
    repo.commit("Spanish");
    repo.write(
        "content/en/setup.mdx",
        &EN.replace(
            "    ```sh\n    npm install transync\n    ```\n",
            "    ```sh\n    npm install transync\n    ```\n\n    Restart your editor afterwards so that it finds the new command.\n",
        ),
    );
    repo.commit("English grows");
    let json = repo.status_json(&[]);
    let t = translation(&json, "setup.mdx", "es");
    assert_eq!(t["status"], "stale", "{t:#}");
    let blocks = t["changed_blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), 1, "{t:#}");
    assert_eq!(blocks[0]["change"], "added", "{t:#}");
    assert_eq!(blocks[0]["kind"], "paragraph", "{t:#}");
    // It belongs right after the translation's code block (lines 14–16 of the Spanish
    // file): an empty range starting at line 17.
    assert_eq!(blocks[0]["translation"][0], 17, "{t:#}");
    assert_eq!(
        blocks[0]["english_after"],
        serde_json::json!([18, 18]),
        "{t:#}"
    );
}
