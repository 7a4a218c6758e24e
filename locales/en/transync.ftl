# transync's own messages, in English (the source language of this file).
# Translations: locales/{es,fr,pt}/transync.ftl. Keep every message in all four.

## Errors and notes (every command)

error-prefix = error
caused-by = caused by
hint-prefix = hint
warning-prefix = warning

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

## check

## diff

## mark

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
