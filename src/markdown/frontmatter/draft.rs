//! The first draft of a translation: the English file with three additions to its front
//! matter — `draft: true`, the base commit, and a comment above the title saying it is to
//! be translated — and nothing else changed (body, BOM, line endings, comments, key
//! order). Pure text in, text out; `transync scaffold` picks the English blob at HEAD
//! and creates the file without ever overwriting one.
//!
//! The title marker is a comment, so the page still builds and the English title shows
//! until it is translated; it reads the same in YAML and TOML, so one `grep` finds every
//! untranslated title: [`TITLE_MARKER`].

use super::record::record_base;
use super::{EditError, Syntax, entries, newline_of, strip_bom};

/// The comment put on the line above the title of a scaffolded translation.
pub(crate) const TITLE_MARKER: &str = "# transync: translate the title";

/// The text of a new translation of `english`, recording `hash` under `commit_key`.
pub(crate) fn draft(english: &str, commit_key: &str, hash: &str) -> Result<String, EditError> {
    let nl = newline_of(english);
    let with_draft = match super::split(english).map_err(EditError::invalid(true))? {
        None => {
            let (bom, rest) = strip_bom(english);
            format!("{bom}---{nl}draft: true{nl}---{nl}{rest}")
        }
        Some(fm) => {
            // The whole block must parse (a broken one would break the site), said here
            // with its line rather than by the base-recording step below.
            super::recorded_base(&fm).map_err(EditError::invalid(true))?;
            let found = entries(fm.text, fm.syntax);
            if found.flow {
                return Err(EditError::FlowMapping {
                    line: fm.first_line,
                    key: "draft".to_string(),
                });
            }
            let draft = match fm.syntax {
                Syntax::Yaml => format!("draft: true{nl}"),
                Syntax::Toml => format!("draft = true{nl}"),
            };
            // (offset in the block, bytes to remove, text to put there), back to front.
            let mut edits = Vec::new();
            match found.get("draft") {
                Some(entry) => edits.push((entry.span.start, entry.span.len(), draft)),
                None => edits.push((found.insert_at, 0, draft)),
            }
            if let Some(title) = found.get("title") {
                edits.push((title.span.start, 0, format!("{TITLE_MARKER}{nl}")));
            }
            edits.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
            let mut block = fm.text.to_string();
            for (at, len, text) in edits {
                block.replace_range(at..at + len, &text);
            }
            format!(
                "{}{block}{}",
                &english[..fm.span.start],
                &english[fm.span.end..]
            )
        }
    };
    Ok(record_base(&with_draft, commit_key, hash)?.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn marks_the_title_adds_draft_and_the_base() {
        let new = draft(
            "---\ntitle: \"Cities\" # keep\ndate: 2025-01-01\n---\n\n# Cities\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!(
                "---\n{TITLE_MARKER}\ntitle: \"Cities\" # keep\ndate: 2025-01-01\ndraft: true\n\
                 source_commit: {HASH}\n---\n\n# Cities\n"
            )
        );
    }

    #[test]
    fn toml_front_matter_with_tables_crlf_and_an_existing_draft_flag() {
        let new = draft(
            "\u{feff}+++\r\ntitle = 'A'\r\ndraft = false\r\n[extra]\r\nx = 1\r\n+++\r\nbody\r\n",
            "default_lang_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!(
                "\u{feff}+++\r\n{TITLE_MARKER}\r\ntitle = 'A'\r\ndraft = true\r\n\
                 default_lang_commit = \"{HASH}\"\r\n[extra]\r\nx = 1\r\n+++\r\nbody\r\n"
            )
        );
        assert!(new.ends_with("+++\r\nbody\r\n"));
    }

    #[test]
    fn creates_front_matter_when_english_has_none() {
        let new = draft("\u{feff}# Title\n", "source_commit", HASH).unwrap();
        assert_eq!(
            new,
            format!("\u{feff}---\ndraft: true\nsource_commit: {HASH}\n---\n# Title\n")
        );
    }

    #[test]
    fn an_empty_english_base_is_filled_and_a_flow_mapping_refused() {
        let new = draft(
            "---\ntitle: C\nsource_commit: \"\"\n---\n",
            "source_commit",
            HASH,
        )
        .unwrap();
        assert_eq!(
            new,
            format!("---\n{TITLE_MARKER}\ntitle: C\nsource_commit: \"{HASH}\"\ndraft: true\n---\n")
        );
        let refusal = draft("---\n{title: C}\n---\n", "source_commit", HASH).unwrap_err();
        assert_eq!(refusal.line(), Some(2));
        assert!(refusal.to_string().contains("flow mapping"), "{refusal}");
    }

    #[test]
    fn refuses_broken_front_matter() {
        assert!(draft("---\ntitle: x\n", "source_commit", HASH).is_err());
    }

    proptest! {
        /// Removing the three additions gives the English back, byte for byte.
        #[test]
        fn adds_only_its_three_lines(
            comment in "# [ -~]{0,20}", title in "[A-Za-z][A-Za-z ]{0,20}",
            body in "[ -~\n]{0,80}", crlf: bool, bom: bool,
        ) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let body = body.replace('\n', nl);
            let bom = if bom { "\u{feff}" } else { "" };
            let english = format!("{bom}---{nl}{comment}{nl}title: {}{nl}tags: [a]{nl}---{nl}{body}", title.trim_end());
            let new = draft(&english, "source_commit", HASH).unwrap();
            let restored = new
                .replacen(&format!("{TITLE_MARKER}{nl}"), "", 1)
                .replacen(&format!("draft: true{nl}"), "", 1)
                .replacen(&format!("source_commit: {HASH}{nl}"), "", 1);
            prop_assert_eq!(restored, english);
        }
    }
}
