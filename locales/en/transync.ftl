# transync's own messages, in English (the source language of this file).
# Translations: locales/{es,fr,pt}/transync.ftl. Keep every message in all four.

## Errors and notes (every command)

error-prefix = error
caused-by = caused by
hint-prefix = hint

error-cannot-read = cannot read { $path }

error-write-report = cannot write the report
error-current-directory = cannot read the current directory
error-path-names-nothing = { $path } does not exist and names no document
error-invalid-lang = invalid --lang
error-lang-is-source = --lang { $lang }: { $lang } is the source language; choose among { $known }
error-lang-unknown = --lang { $lang }: not a language of this project; choose among { $known }
error-path-outside-roots = { $path } is neither a document id nor a path under the content root { $root }/ or the locales root { $locales }/
error-open-repo = cannot open git repository at { $path }
error-read-head = cannot read the commit HEAD points to
error-rev-not-found = { $rev } is not a commit, branch or tag of this repository
error-rev-too-far = { $rev } goes back past the first commit of this history (a shallow clone has only its last commits)
error-rev-ambiguous = { $rev } is ambiguous: more than one object's id starts with it
hint-rev-longer = give more digits of the commit id (`git log --oneline` shows them)
error-rev-not-a-commit = { $rev } is { $kind ->
    [blob] a file's content (a blob)
    [tree] a directory (a tree)
    [tag] a tag of something other than a commit
   *[other] an object
}, not a commit
hint-rev-list = name a commit: `git log --oneline` lists them, `git branch -a` and `git tag` the names (a remote branch may need `git fetch` first)
error-no-commits = the repository has no commits yet
hint-commit-first = transync compares translations with the history of their source; commit the content first
error-not-an-ancestor = `{ $rev }` ({ $commit }) is not an ancestor of HEAD: a base must be a commit of this branch
error-no-common-history = `{ $reference }` and { $commit } have no common history
hint-fetch-base-branch = fetch the base branch with its history (`git fetch origin main`, `fetch-depth: 0`)
warning-name-not-utf8 = { $name } is ignored: its file name is not valid UTF-8; rename it
error-use-directory = cannot use directory { $path }
error-config-is-directory = --config { $path }: is a directory; name the file, e.g. { $example }
error-config-missing = configuration file { $path } does not exist
error-config-invalid = invalid configuration in { $path }
error-config-default-invalid = invalid default configuration
error-config-read = cannot read configuration file { $path }
error-open-repo-cause = cannot open the git repository of { $path }: { $cause }
hint-git-config = git's own configuration could not be read: check that $HOME is the home of the user running transync and that its .gitconfig (and $XDG_CONFIG_HOME/git/config) is readable
hint-open-repo = check the repository with `git status`; if git opens it, report this to transync
error-not-a-repo = { $path } is not inside a git repository
hint-not-a-repo = transync compares translations with the history of their source; run it inside a git work tree (or `git init` and commit the content first)
error-unsafe-repo = { $path } belongs to another user, and git does not trust repositories of other users
hint-unsafe-repo = if you trust it, mark it safe: `git config --global --add safe.directory { $path }` (what git itself asks for), or run transync as its owner
error-bare-repo = the git repository is bare (it has no work tree, so no pages to read); run transync in a clone of it (`git clone`) or in a work tree added with `git worktree add`
error-outside-repo = { $path } is outside the repository { $root }

warning-name-forms-differ = { $path } and { $other } are the same name written in two Unicode forms (decomposed, as macOS saves it, and composed): transync matches them, but links, web servers and git on other systems may not; rename { $path } to the composed form
warning-case-collision = { $paths } differ only in case: in a checkout on macOS or Windows one replaces the other, and git shows the lost one as modified; rename one of them
warning-link-outside = pages not read: { $refusal }
warning-duplicate-version = { $path } is ignored: { $kept } is already the { $lang } version of { $id }
inventory-repository-root = the repository root
inventory-no-source-documents = no { $source } documents found in { $place } (expected { $expected })
hint-inventory-settings = set `content-root`, `source-language` or `layout` in transync.toml

config-key = key `{ $key }`
config-table = table `[{ $table }]`
lang-not-a-tag = `{ $tag }` is not a BCP 47 language tag (e.g. `es`, `pt-BR`)
lang-subtag-length = `{ $tag }` is not a language tag: the language subtag must have 2 or 3 letters (e.g. `en`, `pt-BR`, `fil`)

fs-no-directory = the path has no parent directory
fs-cannot-replace = cannot replace { $path }
fs-cannot-create = cannot create { $path }
fs-already-exists = { $path } already exists
path-link-outside = { $path } is a symbolic link to { $target }, outside the repository; transync neither reads nor writes outside it: replace the link with the file itself, or point it inside the repository
path-link-loop = { $path } is a symbolic link that never ends (a loop, or more than 40 links in a row): point it at a real file
path-link-dangling = { $path } is a symbolic link to { $target }, which does not exist: fix the link or remove it
path-not-a-file = { $path } is { $kind ->
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [device] a device
        [directory] a directory
       *[other] something else
    }, not a regular file; transync reads only regular files: put the page itself there
path-too-large = { $path } is { $size } MiB, more than the { $limit } MiB transync reads: a page this large is most likely not a page; move it out of the content roots
path-denied = cannot read { $path }: permission denied; make it readable by the user running transync (`chmod u+r { $path }`, or fix its owner)
path-io = cannot read { $path }: { $error }
fs-cannot-move = cannot move { $from } to { $to }
fs-cannot-remove = cannot remove { $path }
hint-file-write-failed = { $kind ->
    [full] free space on that disk and run it again
    [quota] free some of your quota and run it again
    [too-large] raise the file size limit (`ulimit -f`) and run it again
    [denied] make its folder writable by the user running transync
    [read-only] run it where the repository is writable
   *[other] check the folder and run it again
}; { $path } was not changed
fs-cannot-set-permissions = cannot set the file's permissions

warning-prefix = warning
warning-ui-lang-unknown = transync has no messages in `{ $lang }`; using English (available: { $available })

## status

commits-behind =
    { $count ->
        [one] { $count } English commit behind
       *[other] { $count } English commits behind
    }
commits-behind-since =
    { $count ->
        [one] { $count } English commit behind since { $date }
       *[other] { $count } English commits behind since { $date }
    }

# A message passed through as it is (from a library, or a parser of another format).
plain = { $text }

missing-expected-at = expected at { $path }
orphan-renamed = the English source { $source } was renamed to { $to } in { $commit }; move the translation to match
orphan-renamed-gone = the English source { $source } was renamed to { $to } in { $commit }, which no longer exists; delete the translation or restore the source
orphan-deleted = the English source { $source } was deleted in { $commit }; delete the translation or restore the source
orphan-deleted-uncommitted = the English source { $source } is deleted in the working tree (not committed)
orphan-renamed-uncommitted = the English source { $source } is moved to { $to } in the working tree (not committed); `transync sync` moves the translation to match
orphan-no-source = there is no English source { $source }
error-source-at-base = cannot read the English source at the base: { $cause }
stale-uncommitted-source = the English source { $source } has uncommitted changes
stale-source-was = the English source was { $path } at the base
stale-source-new = the English source { $source } did not exist at the base commit { $commit }
stale-masked-by-drift = the translation's structure differs from the English (see drift): an English change may be hidden by a later edit of the translation
error-not-utf8 = not valid UTF-8 (byte { $byte }); save the file as UTF-8
error-binary = a binary file (a NUL byte at byte { $byte }), not a page; restore the text, or move the file out of the content root
error-shallow-no-base = no base recorded, and this shallow clone lacks the history to infer it; fetch it with `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`) or record `source_commit` in the front matter
error-source-unreadable = the English source { $source } cannot be read, so this translation cannot be compared with it: { $cause }
error-source-vanished = it disappeared while transync ran
error-source-binary = the English source { $source } is a binary file (a NUL byte at byte { $byte }, line { $line }), not a page, so this translation cannot be compared with it: restore the English text, or move the file out of the content root
error-source-not-utf8 = the English source { $source } is not valid UTF-8 (byte { $byte }, line { $line }), so this translation cannot be compared with it: save the English as UTF-8
note-source-not-utf8 = the English source { $path } is not valid UTF-8 (byte { $byte }); save it as UTF-8
note-source-invalid = the English source { $path }, line { $line }: { $error }
note-uncommitted-translation = not committed yet and no base recorded: assumed to be made from HEAD
error-never-committed = no commit in the history changed this file
base-not-a-hash = `{ $key }: { $value }` is not a commit hash; write the full hash of the English commit the translation was made from (see `git log` of the English file)
base-not-in-shallow-clone = base commit { $value } (`{ $key }`) is not in this shallow clone; fetch the history with `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)
base-unknown = base commit { $value } (`{ $key }`) does not exist in this repository; check the hash (was the history rewritten?) and record an existing commit
base-ambiguous = base commit { $value } (`{ $key }`) is ambiguous: several objects start with it; write more digits (the full 40-character hash is safest)
base-not-a-commit = `{ $key }: { $value }` names a git object that is not a commit
base-not-an-ancestor = base commit { $commit } (`{ $key }`) is not an ancestor of { $against }: it is on another branch or was rewritten by a rebase; merge that branch first or record a commit of this one

## Drift: the translation's structure against the English now

drift-no-section = the translation has no counterpart for the section '{ $heading }', English line { $line }
drift-no-list = the translation has no counterpart for the list, English line { $line }
drift-no-block = the translation has no counterpart for the { $kind }, English line { $line }
drift-list-items = list at English line { $line } has { $english } items, the translation { $translation }
drift-code-block = the code block at English line { $line } differs in the translation (line { $tline }) in more than comments, strings and names
drift-table = table at English line { $line } has { $rows } rows × { $columns } columns, the translation { $trows } × { $tcolumns }
drift-anchor = the heading at English line { $line } has the anchor { $anchor }, the translation (line { $tline }) { $tanchor }
drift-anchor-none = the heading at English line { $line } has the anchor { $anchor }, the translation (line { $tline }) none
drift-shortcode = the shortcode at English line { $line } is { $name } in the translation (line { $tline })
drift-missing-at = English line { $line } has { $what }, missing in the translation (line { $tline })
drift-missing = English line { $line } has { $what }, missing in the translation
drift-missing-link-at = English line { $line } has a link to { $links }, missing in the translation (line { $tline })
drift-missing-link = English line { $line } has a link to { $links }, missing in the translation
drift-sentences = the text from English line { $line } has { $english } sentences, the translation (line { $tline }) { $translation }
drift-sentences-missing = the text from English line { $line } ({ $english } sentences) is not in the translation
drift-image = the image { $image } at English line { $line } is not in the translation

## Status words, levels and severities

label-current = current
label-stale = stale
label-missing = missing
label-orphaned = orphaned
label-error = error
label-drift = drift
level-error = error
level-warning = warning
level-note = note
severity-minor = minor
severity-major = major
note-prefix = note

## The status table and its notes

status-at = at { $commit }
status-at-worktree = at HEAD { $commit } + working tree
status-no-languages = no target languages: add a directory per language next to { $source }/ (e.g. es/) or list them in `languages` in transync.toml
status-no-documents = no documents to report
status-column-document = DOCUMENT
status-module-row = { $dir }/ (module, { $pages } pages)
status-module-cell = { $current }/{ $total } current
status-legend-behind = stale (N): N English commits since the translation's base
status-legend-inferred = * base inferred from the last commit that translated it, maintenance passed over (none recorded in its front matter)
status-attention-heading = Needs attention
status-drift-detail = drift: { $message }
status-drift-more = … and { $count } more drift findings (all of them: `transync check { $path }`)
status-percent-current = % current
status-fluent-heading = Fluent messages
stale-source-changed = the English source changed
stale-summary =
    { $what }, +{ $added } -{ $removed } lines{ $severity ->
        [minor] {" "}(minor)
        [major] {" "}(major)
       *[none] {""}
    }
detail-lines = +{ $added } -{ $removed } lines
detail-cosmetic = { $count } cosmetic
detail-base-recorded = base { $commit } (recorded in `{ $key }`)
detail-base-front-matter = base { $commit } (recorded in front matter)
detail-base-inferred = base { $commit } (inferred)
fluent-file-to-translate = ({ $count } messages to translate)
fluent-file-counts = { $current } current, { $stale } stale, { $missing } missing
fluent-unlisted-warnings =
    { $count ->
        [one] and { $count } more warning (untranslated, obsolete…): `transync check` lists every finding
       *[other] and { $count } more warnings (untranslated, obsolete…): `transync check` lists every finding
    }
fluent-language-counts = { $current } current, { $stale } stale, { $missing } missing messages ({ $percent } current)
count-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
count-warnings =
    { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
note-shallow-clone = this is a shallow clone: history is cut off, so inferred bases may be wrong and older recorded bases cannot be found; fetch it all with `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)

label-draft = draft
draft-note = a draft (`draft: true`): started, not translated yet; remove `draft` and run `transync mark` once it is translated

frontmatter-unclosed = front matter opened with `{ $delimiter }` on line 1 is never closed; add a line `{ $delimiter }` after the last key
yaml-budget = { $kind ->
    [depth] its values are nested deeper than any page needs, so it was not read: flatten it
   *[size] it expands to more values than any page needs (aliases that repeat aliases), so it was not read: write the values out, or remove the repeated aliases
}
frontmatter-invalid-yaml = invalid YAML front matter: { $error }; correct the YAML there (a quote or bracket left open is the usual cause)
frontmatter-invalid-toml = invalid TOML front matter: { $error }

## check

check-passed = check passed
check-failed = check failed
check-counts =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
check-outside-change =
    { $count ->
        [one] { $count } finding in translations the change did not touch not shown
       *[other] { $count } findings in translations the change did not touch not shown
    }
finding-stale-todo = { $summary }; `transync diff` it to see what to update, then `transync mark` it
finding-stale-young = { $message } (stale for { $days } days, under the { $limit }-day limit)
finding-missing = no { $language } translation yet (expected at { $path })
finding-changed-in-branch = the English changed in this branch: { $message }
finding-ftl-id = { $check } `{ $id }`: { $message }
finding-ftl = { $check }: { $message }
note-unknown-policy-language = [check.languages.{ $tag }] in the configuration names no language of this project ({ $languages }); it has no effect

check-shallow-clone = this is a shallow clone: transync needs the history since the translations' base commits
hint-unshallow = fetch it with `git fetch --unshallow`; in GitHub Actions set `fetch-depth: 0` on actions/checkout, in GitLab CI `GIT_DEPTH: 0`
check-fail-on-none = --fail-on none means nothing fails; it cannot be combined with other kinds

## Fluent checks (locales/*.ftl)

list-and = { $init } and { $last }
ftl-skips-entry = fluent skips `{ $id }` until it is fixed
ftl-skips-line = fluent skips line { $line } until it is fixed
ftl-skips-lines = fluent skips lines { $first }-{ $last } until it is fixed
ftl-skips-unknown = fluent skips the entry until it is fixed
ftl-no-default-variant =
    select expression without a default variant{ $place ->
        [english] {" "}in the English file
       *[translation] {""}
    }: mark the variant to use when none matches with `*`, e.g. `*[other]`; { $skipped }
ftl-syntax-error =
    syntax error{ $place ->
        [english] {" "}in the English file
       *[translation] {""}
    }: { $error }; { $skipped }
ftl-duplicate =
    `{ $id }` is defined again{ $place ->
        [english] {" "}in the English file
       *[translation] {""}
    } (first on line { $line }); fluent uses the first definition, so remove or rename this one
ftl-missing =
    { $kind ->
        [term] term
       *[message] message
    } `{ $id }` is not translated; add it to the translation (English line { $line })
ftl-obsolete =
    { $kind ->
        [term] term
       *[message] message
    } `{ $id }` is not in the English file; remove it, or rename it if its English id changed
ftl-missing-value = `{ $id }` has a value in English (line { $line }) but only attributes in the translation; translate the value
ftl-obsolete-value = `{ $id }` has a value but the English message has only attributes; remove the value
ftl-duplicate-attribute = attribute `.{ $name }` of `{ $id }` is defined again (first on line { $line }); fluent uses the first definition, so remove or rename this one
ftl-obsolete-attribute = attribute `.{ $name }` of `{ $id }` is not in the English file; remove it, or rename it if its English name changed
ftl-missing-attribute = attribute `.{ $name }` of `{ $id }` is not translated; add it to the translation (English line { $line })
ftl-english-uses-no-variables = the English text uses no variables
ftl-english-uses = English uses { $variables }
ftl-unknown-variable = `${ $name }` is not a variable of the English `{ $id }`, so the application does not pass it; { $known }
ftl-dropped-variable = the English `{ $id }` shows `{"{"} ${ $name } {"}"}` but the translation does not; include it unless the language has no use for it
ftl-unknown-reference = `{"{"} { $key } {"}"}` is not referenced by the English `{ $id }`; use the same messages and terms as the English text
ftl-dropped-reference = the English `{ $id }` uses `{"{"} { $key } {"}"}` but the translation does not; include it so shared names stay consistent
ftl-untranslated = `{ $id }` reads `{ $text }`, the same as English; translate it, or allow it as untranslated if it is the same in this language
ftl-missing-plural-category =
    the select on `${ $variable }` has no variant for the `{ $lang }` { $kind ->
        [ordinal] ordinal plural
       *[cardinal] plural
    } category `{ $category }`; add a `[{ $category }]` variant
ftl-missing-plural-categories =
    the select on `${ $variable }` has no variant for the `{ $lang }` { $kind ->
        [ordinal] ordinal plural
       *[cardinal] plural
    } categories { $categories }; add variants { $variants }
ftl-format = `{ $id }` fails to format: { $explained }
ftl-unknown-function = `{ $id }()` is neither a fluent built-in nor a function the English file uses; use one of those
ftl-variable-without-value = `${ $id }` has no value; use the variables of the English text
ftl-no-value = `{"{"} { $id } {"}"}` has only attributes, no value; reference one of its attributes instead, e.g. `{"{"} { $id }.attr {"}"}`
ftl-cyclic = its references lead back to itself; break the cycle
ftl-other-format-error = { $error }; fix the placeables
ftl-unknown-attribute-reference = `{"{"} { $key } {"}"}` refers to an attribute `{ $entry }` does not have in the files loaded with this one; add it or fix the reference
ftl-undefined-reference = `{"{"} { $key } {"}"}` is defined in none of the files loaded with this one; define it or fix the reference
ftl-unknown-reference-undefined = `{"{"} { $key } {"}"}` is not referenced by the English `{ $id }` and defined in none of the files loaded with this one, so it shows as `{"{"}{ $key }{"}"}`; use the same messages and terms as the English text
ftl-unknown-term-attribute = `{ $key }` is not referenced by the English `{ $id }` and defined in none of the files loaded with this one, so the select on it always takes its default variant; define the attribute on the term or select on one it has
ftl-plural-number-partial = the select on `${ $variable }` has `[{ $number }]`, but the `{ $lang }` plural category `{ $category }` also holds { $others }; use `[{ $category }]` instead of `[{ $number }]`, unless { $number } needs a text of its own
ftl-obsolete-file = no English file has this file's messages (expected { $english }); remove it, or rename it as the English file was renamed
ftl-stale =
    the English { $kind ->
        [term] term
       *[message] message
    } `{ $id }` changed since the translation's base commit; update the translation, then record the new base commit (`transync mark <file>`)
ftl-file-missing = no { $language } translation of this file; create { $path }
ftl-base-unusable = line { $line }: { $reason }; stale messages are not checked

finding-draft = the { $language } translation is a draft, not translated yet ({ $path })

## diff

diff-nothing-to-compare = no translation to compare
diff-english-source = English: { $path }
diff-no-english-source = (no English source)
diff-no-translations = no translations in the selected languages
diff-missing-path = (missing)
diff-commits-since =
    { $count ->
        [one] { $count } English commit since
       *[other] { $count } English commits since
    }
diff-base-recorded = base { $commit } (recorded)
diff-base-inferred = base { $commit } (inferred)
diff-base-skipped = newer commits of the translation passed over for its base (they did not translate):
diff-english-skipped = English commits since the base that need no translation (left out of the changes):
skip-cosmetic = { $commit } ({ $date }): only cosmetic changes (whitespace, markup, link targets, untranslated keys)
skip-bulk = { $commit } ({ $date }): changed this page in { $languages } languages at once (maintenance)
skip-message = { $commit } ({ $date }): its message says “{ $keyword }”
diff-nothing-to-translate = nothing to translate: the English has not really changed since the base
diff-cosmetic-not-shown =
    { $count ->
        [one] { $count } cosmetic change (wrapping, emphasis, bullets, heading or fence style, link form, untranslatable front matter) not shown
       *[other] { $count } cosmetic changes (wrapping, emphasis, bullets, heading or fence style, link form, untranslatable front matter) not shown
    }
diff-drift-heading = (English now vs translation now):
diff-insert-after = insert after line { $line }
diff-line = line { $line }
diff-lines = lines { $first }–{ $last }
diff-english-at-base = English { $lines } at the base
diff-english-lines = English { $lines }
diff-translation-lines = translation { $lines }
diff-block-change =
    { $kind } { $op ->
        [added] added
        [removed] removed
       *[changed] changed
    }
diff-not-translated-yet = not translated yet
diff-fluent-changed = { $id } changed in English — translation line { $line }
diff-other-findings = other findings
block-kind =
    { $kind ->
        [heading] heading
        [paragraph] paragraph
        [list-item] list item
        [code-block] code block
        [table] table
        [html-block] HTML block
        [shortcode] shortcode
        [thematic-break] thematic break
        [list] list
        [inline-code] inline code
        [number] number
        [link] link
        [sentences] sentences
        [image] image
        [anchor] anchor
       *[other] { $kind }
    }
block-kind-front-matter = front matter: { $key }

diff-not-at-revision = { $target } does not exist at { $rev }: nothing to compare there
diff-unknown-target = { $target } is neither a document id nor a file under { $root }/
diff-unknown-target-hint = use a translation's path (e.g. { $root }/es/…/page.md) or a document id (its path below the language directory)
diff-not-a-fluent-file = { $target } is not a translated Fluent file under { $root }/
diff-fluent-hint = name a translation such as { $root }/es/app.ftl, or its English file for every language

## mark

mark-failed-count =
    { $total ->
        [one] { $failed } of { $total } file not marked
       *[other] { $failed } of { $total } files not marked
    }
mark-no-such-file = no such file
mark-is-directory = a directory: name the translation files you caught up on (a shell glob such as `dir/*.md` works), each is checked on its own
mark-not-a-document = not a document under { $root }/
mark-english-source = this is the English source; mark its translations
mark-orphan = no English source for { $id }: an orphan has no base to record
mark-uncommitted-source = the English source { $source } has uncommitted changes; commit them first, so the base names what was translated
mark-drift = the translation still differs from the English in structure ({ $drift }); finish it, or use --force if it is intended
mark-drift-more = and { $count } more
mark-already = already records { $key }: { $commit }
mark-would-change = would change { $key }: { $old } → { $commit }
mark-added = added { $key }: { $commit }
mark-would-add = would add { $key }: { $commit }
mark-dry-run = (dry run)
mark-read-only = { $path } is read-only: make it writable (`chmod u+w { $path }`) or pass --force to replace it anyway
mark-ftl-outside-locales = a .ftl file to mark must be under { $root }/
mark-not-a-language-dir = `{ $dir }` is not a language directory
mark-no-english-ftl = no English { $name } under { $root }/
mark-flow-mapping = line { $line }: the front matter is a flow mapping (in braces, {"{"} … {"}"}), where a line cannot be added; add `{ $key }` inside the braces by hand, or write the front matter one `key: value` per line
mark-l10n-without-source-commit = the front matter has an `l10n` table without `sourceCommit`; add `sourceCommit` to it by hand once, transync updates it from then on
mark-would-break = adding `{ $key }` to this front matter would break it or not be read back (its entries are indented or written in a way a new line cannot join); add `{ $key }: <commit>` by hand, in the block's own style
mark-source-absent = the English source { $source } does not exist at { $commit }; mark from a commit that has it (--rev)
mark-ftl-errors = the translation still has errors against the English ({ $errors }); fix them, or use --force if it is intended

## scaffold

scaffold-created = created { $path } from { $source } at { $commit }
scaffold-would-create = would create { $path } from { $source } at { $commit } (dry run)
scaffold-exists = skipped { $path }: it already exists (scaffold never overwrites)
scaffold-no-source = skipped { $id }: there is no English source to start from
scaffold-uncommitted = the English source { $source } is not committed; commit it first, so the base names what was copied
scaffold-dirty = the English source { $source } has uncommitted changes; commit them first, so the base names what was copied, or use --force to start from the committed version
scaffold-not-utf8 = the English source { $source } is not valid UTF-8
scaffold-invalid = the English source { $source }, line { $line }: { $message }
scaffold-appeared = { $path } appeared while scaffolding; it was left as it is
scaffold-failed =
    { $count ->
        [one] { $count } of { $total } translations not created
       *[other] { $count } of { $total } translations not created
    }
scaffold-nothing = nothing to scaffold: every selected document exists in the selected languages
scaffold-unknown-target = { $target } is neither a document id nor the path of a document

## sync

sync-moved = moved { $from } → { $to }
sync-index-locked = git's index is locked ({ $path }): no translation was moved
hint-index-locked = another git command is running, or one stopped without cleaning up; wait for it, or remove { $path } if no git command is running, then run `transync sync` again
sync-move-undone = { $from } stays where it was: its move to { $to } could not be recorded in git's index
sync-move-not-undone = { $from } was moved to { $to } but git's index could not record it, and moving it back failed ({ $reason }): run `git add -A -- { $from } { $to }` to record the move
sync-would-move = would move { $from } → { $to } (its English source was renamed)
sync-move-exists = cannot move it to { $to }, where its English source went: that file already exists; merge the two by hand
sync-field-set = { $path }: { $key }: { $old } → { $new }
sync-field-added = { $path }: added { $key }: { $new }
sync-field-differs = { $path }: { $key } is { $old }, the English has { $new }
sync-field-missing = { $path }: { $key } is missing, the English has { $new }
sync-only-in-translation = note: { $path }: { $key } is only in the translation; left as it is
sync-invalid = line { $line }: { $message }
sync-invalid-english = the English source { $source }, line { $line }: { $message }
sync-unconvertible = the English { $key } has no TOML form (TOML has no null); set it by hand
sync-unlocated = cannot tell which lines hold { $key } in the front matter; set it by hand
sync-not-utf8 = { $path } is not valid UTF-8; save the file as UTF-8
sync-in-step =
    { $count ->
        [one] in step: { $count } translation checked
       *[other] in step: { $count } translations checked
    }
sync-check-failed =
    { $count ->
        [one] { $count } translation out of step; run `transync sync` to fix it
       *[other] { $count } translations out of step; run `transync sync` to fix them
    }
sync-failed =
    { $count ->
        [one] { $count } translation could not be synced
       *[other] { $count } translations could not be synced
    }
sync-left-behind = note: { $dir }/ still holds files that are not pages (images…); move them by hand if they belong with the moved pages
sync-unknown-target = { $target } is neither a document id nor the path of a document
sync-shared-fields-invalid = key `shared-fields`: `{ $key }` cannot be shared; list front-matter keys whose value is the same in every language, such as `date` or `tags`

## bundle

bundle-summary = { $current } current, { $stale } stale (with a banner), { $fallback } in English, { $unpublished } left out
bundle-uncommitted =
    { $count ->
        [one] { $count } file under the content and locales roots differs from { $commit }; the bundle holds the committed version
       *[other] { $count } files under the content and locales roots differ from { $commit }; the bundle holds the committed versions
    }
bundle-policy-failed =
    { $count ->
        [one] { $lang }: not built, { $count } document fails the policy
       *[other] { $lang }: not built, { $count } documents fail the policy
    }
bundle-reason-missing = not translated (--missing)
bundle-reason-draft = only a draft (--missing)
bundle-reason-error = the translation is broken; see `transync status` (--missing)
bundle-reason-stale = the translation is stale (--stale)
bundle-reason-stale-excluded = the translation is stale and --stale exclude leaves it out
bundle-reason-module-incomplete = module { $module } is not published: { $page } is left out
bundle-asset-missing = { $page } refers to { $reference }, which is not in the commit
bundle-asset-outside = { $page } refers to { $reference }, outside the language's directory, which is all a bundle holds; refer to the file as the English page does (the English copy is used when the language has none)
bundle-file-missing = { $path } is not in the commit
bundle-symlink-escapes = { $path } is a symbolic link to { $target }, outside the repository; the bundle only reads the repository
bundle-symlink-loop = { $path }: too many levels of symbolic links
bundle-refuse-overwrite = { $path } exists and was not written by transync; not replacing it
bundle-refuse-overwrite-hint = choose another --out directory, or move the file away
# Page words, used when the site's own Fluent files do not define them.
bundle-site-title = Documentation
bundle-skip = Skip to the content
bundle-generated = Published with transync.
bundle-banner-stale = This translation may be out of date: the English original has changed since.
bundle-read-original = Read the English original.
bundle-banner-fallback = This page is not translated yet; it is shown in English.
bundle-lesson-position = Lesson { $current } of { $total }
bundle-lesson-previous = Previous lesson
bundle-lesson-next = Next lesson
bundle-back-to-module = Module overview
bundle-lessons = Lessons
bundle-lessons-count =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
bundle-modules = Learning modules
bundle-articles = Articles
bundle-note-stale = may be out of date
bundle-note-fallback = in English

bundle-duplicate-path = two files of the bundle would both be { $path }
bundle-out-not-a-directory = --out { $path } is a file, not a directory; choose a directory for the bundles
fs-write-failed = cannot write { $path }: { $kind ->
    [full] the disk is full
    [quota] the disk quota is used up
    [too-large] the file would be larger than the system allows
    [denied] permission denied
    [read-only] the file system is read-only
   *[other] { $cause }
}
hint-bundle-write-failed = { $kind ->
    [full] free space on the disk that holds { $dir }, or give --out a directory on another disk
    [quota] free some of your quota, or give --out a directory on another disk
    [too-large] raise the file size limit (`ulimit -f`), or bundle fewer languages at once with --lang
    [denied] give --out a directory you can write to
    [read-only] give --out a directory on a writable disk
   *[other] check { $dir } and try again
}; the partial file was removed and any earlier bundle of that name is unchanged
bundle-partly-written = the bundles of { $written } were written and are complete; those of { $missing } were not
bundle-out-inside-root = --out { $path } is inside { $root }/, where the next run would read the bundles as translations; choose a directory outside it (for example dist/)
bundle-svg-active = { $path } is left out: an SVG with active content ({ $found }) would run it on the site when opened; remove it from the image
bundle-case-collision = { $paths } differ only in case: unpacked on macOS or Windows, one replaces the other; rename one of them

## Command line: --help and usage errors
# cli-<command>-about / -after: a command's summary and its closing text. cli-<command>-arg-<flag>,
# else cli-arg-<flag>: an argument's help. cli-<command>-value-<flag>-<value>, else
# cli-value-<flag>-<value>: the help of one of its values.

cli-about = Keep translated Markdown documentation and Fluent strings in sync with their English source.
cli-after =
    Run from anywhere inside a git repository. transync reads `transync.toml` from the
    nearest directory above the working directory (or the repository root); without one it
    expects `content/<lang>/…` with English as the source language.

    Exit codes: 0 success, 1 findings the command's policy fails on, 2 error.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-possible-values = possible values
cli-default = default
cli-help = Print help
cli-help-summary = Print help (see more with '--help')
cli-help-full = Print help (see a summary with '-h')
cli-version = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-command-arg = Print help for the subcommand(s)

cli-arg-directory = Run as if transync was started in DIR instead of the current directory.
cli-arg-config = Use this configuration file instead of searching for `transync.toml`.
cli-arg-color = When to use colors: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal.
cli-arg-ui-lang =
    Language of transync's own messages: en, es, fr or pt. Default: TRANSYNC_LANG, then
    LC_ALL, LC_MESSAGES, LANG; English otherwise. Machine formats (JSON…) stay English.
cli-arg-no-cache = Neither read nor write the history index kept in the git directory (`.git/transync/`): walk the whole history again.
cli-arg-paths = Limit the report to documents under these paths (any language's file or directory) or with these ids (`blog/post.md`, `modules/dc-101`).
cli-arg-lang = Only these target languages (comma-separated or repeated), e.g. `--lang es,pt-BR`.
cli-arg-rev = Analyse this commit instead of the working tree (e.g. `HEAD` in CI).
cli-arg-format = Output format.
cli-value-format-text = For people, colored when stdout is a terminal.
cli-value-format-json = The versioned wire format (see README), for scripts.

cli-status-about = Show which translations are current, stale, missing or orphaned.
cli-status-after =
    A translation is current when the English source is unchanged since the translation's
    base commit: the commit recorded in its front matter (`source_commit`, `l10n.sourceCommit`
    or `default_lang_commit`), or else the last commit that touched the translation file
    (shown as inferred). By default the English source "now" is the working tree, so
    uncommitted English edits count; use --rev HEAD to analyse the last commit instead.

    Examples:
      transync status                       every document, every language
      transync status --lang es,fr          only Spanish and French
      transync status content/en/modules    only documents under a directory
      transync status --format json | jq '.summary'

cli-diff-about = Show what changed in English since a translation's base, and where it goes.
cli-diff-after =
    For each translation of the document: the English blocks that really changed since the
    translation's base (cosmetic edits such as re-wrapping, emphasis or bullet style are only
    counted), each with its severity and the lines of the translation to update, then any
    structural drift between English and translation. Commits passed over are listed with
    their reason: newer commits of the translation that did not translate it (cosmetic, across
    languages, or marked in their message), and English commits that need no translation
    (a `Translation: none` trailer or a keyword of `[history] ignore-keywords`).

    Examples:
      transync diff content/es/blog/post.md        one translation
      transync diff blog/post.md                   every translation of a document (by id)
      transync diff blog/post.md --lang fr --word  word-level changes
cli-diff-arg-target = A translation or English file, or a document id (its path below the language root).
cli-diff-arg-lang =
    Only these languages (comma-separated). Default: the language of PATH when it is a
    translation, else every language.
cli-diff-arg-rev = Compare with this commit instead of the working tree.
cli-diff-arg-word = Show changes word by word instead of line by line.

cli-mark-about = Record that translations are caught up: write the base commit into each file.
cli-mark-after =
    Writes the full hash of REV (default HEAD) as the translation's base commit, in the
    convention the file already uses (`source_commit`, `l10n.sourceCommit`,
    `default_lang_commit`), or adds the configured `commit-key`; creates front matter when the
    file has none; for a `.ftl` file, the resource comment `### source_commit: <hash>`.
    Nothing else in the file changes (line endings, BOM, comments, key order, body), and the
    file is replaced atomically with its permissions kept.

    Refuses, saying why, when the English source has uncommitted changes (the base would
    lie), when REV is not an ancestor of HEAD, or when the translation still shows structural
    drift from the English (use --force once you have checked it).

    Examples:
      transync mark content/es/blog/post.md          after updating the Spanish post
      transync mark locales/fr/app.ftl --dry-run      show what would change
      transync mark content/pt/guide.md --rev 4630fa5 translated from an older English
cli-mark-arg-paths = Translation files (Markdown or `.ftl`) to mark.
cli-mark-arg-rev = The English commit the translations were made from.
cli-mark-arg-dry-run = Show what would change without writing.
cli-mark-arg-force = Mark even when the translation's structure differs from the English, or the file is read-only.

cli-scaffold-about = Start translations: create the missing files from the committed English, as drafts.
cli-scaffold-after =
    Creates each missing translation of the selected documents (default: every document) in
    each --lang: the English file as committed at HEAD, with `draft: true` and the base commit
    (the configured `commit-key`) added to its front matter and the line
    `# transync: translate the title` above the title. The body stays English for the
    translator to replace. A draft never counts as current in `status` and `check`; remove
    `draft: true` and run `transync mark` when the translation is done.

    Never overwrites: a translation that exists is skipped, and a file that appears while
    scaffolding is left alone. Refuses a document whose English has uncommitted changes (the
    recorded base would lie) unless --force, which scaffolds the committed version anyway.
    A module's id or directory scaffolds its index page and all of its lessons.

    Exit codes: 0 success (also when everything already existed), 2 when a document could not
    be scaffolded.

    Examples:
      transync scaffold --lang es                          every missing Spanish page
      transync scaffold --lang fr blog/post.md             one document, by id
      transync scaffold -l pt content/en/modules/dc-101    a module and its lessons
      transync scaffold --lang es,fr --dry-run             show what would be created
cli-scaffold-arg-targets =
    Documents to scaffold: ids (`blog/post.md`) or paths of any language's file or
    directory. Default: every document missing in the languages.
cli-scaffold-arg-lang = Languages to create translations in (comma-separated or repeated).
cli-scaffold-arg-dry-run = Show what would be created without writing.
cli-scaffold-arg-force = Scaffold from the committed English even when it has uncommitted changes.

cli-sync-about = Keep shared front-matter fields equal to the English, and follow English renames.
cli-sync-after =
    Two things a translator should never have to do by hand:

    - Shared fields: the front-matter keys listed in `shared-fields` (default: date, tags,
      image, weight, aliases) are set to the English values. Values are compared as data, so
      quoting or layout alone is no difference. The translation's line(s) for the key are
      replaced by the English ones (added at the end of its front matter when missing);
      nothing else in the file changes. A shared key only the translation has is reported,
      never deleted.
    - Renames: a translation still at the path of an English file that git saw renamed moves
      to the new path (staged as a rename when the translation is tracked, like `git mv`). An
      existing destination is never replaced.

    --check writes nothing, prints what differs and exits 1 when anything does: for CI.

    Exit codes: 0 in sync (or synced), 1 differences found with --check, 2 error.

    Examples:
      transync sync                          apply to every translation
      transync sync --check                  in CI: fail when something is out of step
      transync sync --lang fr blog/post.md   one document in French
      transync sync --dry-run                show what would change
cli-sync-arg-targets =
    Documents to sync: ids (`blog/post.md`) or paths of any language's file or
    directory. Default: every document.
cli-sync-arg-lang = Only these languages (comma-separated or repeated). Default: every language.
cli-sync-arg-check = Write nothing; exit 1 when anything is out of step.
cli-sync-arg-dry-run = Show what would change without writing (exit 0).

cli-check-about = Fail (exit 1) when translations break the policy: the CI gate.
cli-check-after =
    Runs the same analysis as `status` and applies a policy: each stale, missing, orphaned or
    broken translation becomes a finding of level error (fails the check), warning or note.
    Flags override `[check]` in transync.toml, which may set a policy per language under
    `[check.languages.<tag>]`.

    Default policy: --fail-on stale,orphaned,error --min-severity minor (missing translations
    are notes). A shallow clone is refused: CI must fetch the history (`fetch-depth: 0`).

    Exit codes: 0 the policy passes, 1 it does not, 2 error (2 wins over --exit-zero).

    Examples:
      transync check --rev HEAD --format github              in a GitHub Actions job
      transync check --changed-since origin/main             pull request: gate what it touched
      transync check --fail-on stale,missing --max-age 14    allow two weeks to catch up
      transync check --format junit > transync.xml           GitLab / Jenkins test report
cli-check-value-format-text = Findings grouped by language, then a summary line.
cli-check-value-format-json = The status wire format plus `findings` and `check`.
cli-check-value-format-github = GitHub Actions workflow commands (annotations), plus a job summary.
cli-check-value-format-junit = JUnit XML: a test suite per language, a test case per translation.
cli-check-value-format-sarif = SARIF 2.1.0, for code-scanning uploads.
cli-check-value-format-markdown = A summary table and per-language checklists, for PR comments.
cli-check-arg-fail-on = Finding kinds that fail the check (comma-separated); `none` to only report.
cli-check-value-fail-on-none = Nothing fails: report only.
cli-check-arg-min-severity = Stale translations below this severity only warn.
cli-check-arg-max-age = Translations stale for fewer days than this only warn.
cli-check-arg-changed-since =
    Pull-request mode: gate only translations changed since the merge base with REF;
    English changes in the branch that leave translations behind are warnings.
cli-check-arg-strict =
    With --changed-since: translations left behind by English changes in the branch
    fail where the policy says so, instead of only warning.
cli-check-arg-exit-zero = Report findings but exit 0 even when the policy fails.

cli-bundle-about = Export per-language bundles to publish: Markdown, HTML, manifest, messages, assets.
cli-bundle-after =
    Builds, for each target language, one package of everything publishable at a commit
    (default HEAD; the working tree is never read, so the bundle matches `manifest.json`'s
    commit): every document as Markdown and as sanitised HTML, an `index.html`, the images
    and files the pages reference (the language's own copy preferred), `messages.json` (the
    language's Fluent messages, English where one is missing) and `manifest.json` (what is in
    it: documents with status, base commit, SHA-256 and size; modules and their lessons; what
    was left out and why).

    Stale translations get a banner linking to the English original (included under
    `en-original/`); English stand-ins for missing translations get a "not yet translated"
    banner. A learning module is published only when all its pages are. The page words come
    from the site's Fluent messages (`banner-stale`, `banner-fallback`, `lesson-position`,
    `lesson-previous`, `lesson-next`, `site-title`, …), else from transync's own.

    The same commit gives byte-identical archives. Output goes to a temporary name and is
    renamed into place; a file transync did not write is never replaced.

    Exit codes: 0 written, 1 a `fail` policy stopped a language (nothing written for it), 2 error.

    Examples:
      transync bundle                                    every language, zip files in dist/
      transync bundle --lang es --archive dir --out site every Spanish page, as a directory
      transync bundle --stale exclude --missing skip     only current translations
      transync bundle --rev v2.0 --missing fail          a release: all must be translated
cli-bundle-arg-lang = Only these target languages (comma-separated or repeated). Default: all.
cli-bundle-arg-out = Directory to write the bundles to (created if needed).
cli-bundle-arg-archive = Package format: `transync-<lang>-<commit>.zip`, `.tar.gz`, or a directory.
cli-bundle-arg-rev = The commit to publish.
cli-bundle-arg-stale = Stale translations: publish with a banner, leave out (then --missing applies), or fail.
cli-bundle-arg-missing = Documents without a translation: the English with a banner, leave out, or fail.

# Usage errors. $arg is how the argument is written (`--format <FORMAT>`), $value what was given.
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value-reason = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing-required = the following required arguments were not provided:
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-tip-prefix = tip
cli-tip-similar-argument = a similar argument exists: '{ $suggestion }'
cli-tip-similar-command = a similar subcommand exists: '{ $suggestion }'
cli-tip-similar-value = a similar value exists: '{ $suggestion }'
cli-tip-dash-dash = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-error-more = For more information, try '{ $help }'.

## Git, configuration and front-matter edits
line-prefixed = line { $line }: { $text }
mark-value-not-found = cannot find the value of `{ $key }` to replace; edit it by hand once, transync updates it from then on
frontmatter-not-a-mapping = the front matter is not a mapping of keys to values
error-walk-history = cannot walk the git history
error-not-in-tree = { $path } is not in the analysed commit
error-read-blob = cannot read git object { $id }
error-read-index = cannot read the git index
error-compare-worktree = cannot compare the working tree with the git index
error-stage-move = cannot record the move of { $path } in the git index
error-step-summary-open = cannot open GITHUB_STEP_SUMMARY { $path }
error-step-summary-write = cannot write GITHUB_STEP_SUMMARY { $path }
config-invalid-glob = invalid glob `{ $pattern }`
config-unknown-layout = key `layout`: unknown layout `{ $value }`; use "{"{"}lang{"}"}/{"{"}path{"}"}" (content/es/guide.md) or "{"{"}path{"}"}.{"{"}lang{"}"}.md" (content/guide.es.md)
config-unknown-commit-key = key `commit-key`: `{ $value }` is not supported; use one of { $keys }
config-empty-keyword = key `history.ignore-keywords`: a keyword is empty; remove it or write the word

## Layouts: patterns and collections
layout-pattern-no-path = the pattern has no `{"{"}path{"}"}` placeholder, so it names a single file; write for example `docs/{"{"}path{"}"}`
layout-pattern-placeholder = `{ $name }` is not a placeholder of a layout pattern (or appears twice); use `{"{"}lang{"}"}`, `{"{"}path{"}"}` and `{"{"}ext{"}"}`, each at most once
layout-pattern-adjacent = two placeholders side by side cannot be told apart; put a `/` or `.` between them
layout-pattern-not-relative = patterns are relative to the configuration file and stay inside the repository: no leading `/`, no `..`, no `\`
config-layout-conflict = `{ $key }` cannot be combined with `{ $with }`; describe the layout one way
config-layout-half = `{ $key }` is missing: `source` and `translation` go together
config-translation-without-lang = key `{ $key }`: a translation pattern needs `{"{"}lang{"}"}`, where the language goes
config-patterns-differ = `{ $source }` and `{ $translation }` must have the same `{"{"}path{"}"}` and `{"{"}ext{"}"}` placeholders, so that a page and its translations share a name
config-collection-name = key `{ $key }`: collection names must be unique and not empty (found `{ $name }`); set `name` in each `[[collection]]`
config-alias-not-a-name = alias `{ $name }` is not a directory name or file suffix
hint-layout-root = for English at the root of the content folder and translations in language folders beside it, set layout = "{"{"}path{"}"}"

## Layout detection
layout-from-config = { $file }
layout-from-file = the configuration
layout-detected = detected: { $reason }
layout-default = the default: no transync.toml and no site generator configuration found (looked in { $dirs })
detect-generator = { $generator } configuration { $file }
detect-fluent-l10n-toml = compare-locales configuration { $file }
detect-fluent-folders = Fluent files in language folders at the repository root, `{ $english }` the source
detect-fluent-components = one Fluent file per language in { $count } components (`…/{ $english }.ftl` the source)
detect-tree-folders = language folders in { $dir } beside `{ $english }`
detect-tree-root = English pages in { $dir } with language folders beside them
detect-tree-suffix = pages in { $dir } with translations named page.<lang>.md beside them
detect-tree-siblings = folders { $dir }.<lang> beside { $dir }
detect-ambiguous = { $dir } has more than one site configuration: { $candidates }
detect-tree-ambiguous = the tree shows two layouts: { $first } and { $second }
detect-pairs = translated pages
hint-detect-ambiguous = say which one in a transync.toml (`transync init` writes one to start from)
inventory-no-source-documents-origin = layout: { $origin }
status-layout = layout: { $patterns } ({ $origin })

## transync init
init-exists = { $path } already exists; transync reads it, so init writes nothing
hint-init-exists = edit that file, or print what init would write with `transync init --stdout`
init-written = wrote { $path } ({ $origin }): { $patterns }

cli-init-about = Write the layout transync detects as a commented transync.toml.
cli-init-after =
    Reads the site generator's configuration (Docusaurus, Hugo, Astro Starlight, MkDocs
    with the i18n plugin) or, without one, the tree (language folders, page.<lang>.md
    suffixes, sibling folders such as pages.<lang>), and writes what it finds to
    transync.toml at the repository root, with comments, for you to check and adjust. An
    existing transync.toml is never replaced.

    Exit codes: 0 written (or printed), 2 error (a transync.toml exists, two layouts
    disagree, not a git repository).

    Examples:
      transync init              write transync.toml
      transync init --stdout     print it instead
cli-init-arg-stdout = Print the configuration instead of writing it.
note-missing-objects = { $count } commits ({ $commits }…) changed files whose objects this clone lacks (a partial clone?): renames in them are not followed; `git fetch --refetch` gets them
