# Mensajes de transync en español. Fuente: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = error
caused-by = causa
hint-prefix = sugerencia

## status

commits-behind =
    { $count ->
        [one] { $count } commit en inglés de retraso
       *[other] { $count } commits en inglés de retraso
    }
commits-behind-since =
    { $count ->
        [one] { $count } commit en inglés de retraso desde el { $date }
       *[other] { $count } commits en inglés de retraso desde el { $date }
    }

## check

## diff

## mark

## scaffold

## sync

## bundle
