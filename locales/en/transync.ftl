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

## sync

## bundle
