# Messages de transync en français. Source : locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erreur
caused-by = cause
hint-prefix = conseil

## status

commits-behind =
    { $count ->
        [one] { $count } commit anglais de retard
       *[other] { $count } commits anglais de retard
    }
commits-behind-since =
    { $count ->
        [one] { $count } commit anglais de retard depuis le { $date }
       *[other] { $count } commits anglais de retard depuis le { $date }
    }

## check

## diff

## mark

## scaffold

## sync

## bundle
