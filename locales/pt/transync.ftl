# Mensagens do transync em português. Fonte: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erro
caused-by = causa
hint-prefix = dica

## status

commits-behind =
    { $count ->
        [one] { $count } commit em inglês de atraso
       *[other] { $count } commits em inglês de atraso
    }
commits-behind-since =
    { $count ->
        [one] { $count } commit em inglês de atraso desde { $date }
       *[other] { $count } commits em inglês de atraso desde { $date }
    }

## check

## diff

## mark

## scaffold

## sync

## bundle
