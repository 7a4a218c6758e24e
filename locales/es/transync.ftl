# Mensajes de transync en español. Fuente: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = error
caused-by = causa
hint-prefix = sugerencia
warning-prefix = aviso

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

scaffold-created = creado { $path } a partir de { $source } en { $commit }
scaffold-would-create = se crearía { $path } a partir de { $source } en { $commit } (simulación)
scaffold-exists = omitido { $path }: ya existe (scaffold nunca sobrescribe)
scaffold-no-source = omitido { $id }: no hay fuente en inglés de la que partir
scaffold-uncommitted = la fuente en inglés { $source } no está confirmada; confírmela primero, para que la base indique lo que se copió
scaffold-dirty = la fuente en inglés { $source } tiene cambios sin confirmar; confírmelos primero, para que la base indique lo que se copió, o use --force para partir de la versión confirmada
scaffold-not-utf8 = la fuente en inglés { $source } no es UTF-8 válido
scaffold-invalid = la fuente en inglés { $source }, línea { $line }: { $message }
scaffold-appeared = { $path } apareció durante la creación; se ha dejado tal cual
scaffold-failed =
    { $count ->
        [one] { $count } de { $total } traducciones sin crear
       *[other] { $count } de { $total } traducciones sin crear
    }
scaffold-nothing = nada que crear: todos los documentos seleccionados existen en los idiomas seleccionados
scaffold-unknown-target = { $target } no es ni un id de documento ni la ruta de un documento

## sync

sync-moved = movido { $from } → { $to }
sync-would-move = se movería { $from } → { $to } (su fuente en inglés cambió de nombre)
sync-move-exists = no se puede mover a { $to }, adonde fue su fuente en inglés: ese archivo ya existe; combine ambos a mano
sync-field-set = { $path }: { $key }: { $old } → { $new }
sync-field-added = { $path }: añadido { $key }: { $new }
sync-field-differs = { $path }: { $key } vale { $old }, el inglés tiene { $new }
sync-field-missing = { $path }: falta { $key }, el inglés tiene { $new }
sync-only-in-translation = nota: { $path }: { $key } solo está en la traducción; se deja tal cual
sync-invalid = línea { $line }: { $message }
sync-invalid-english = la fuente en inglés { $source }, línea { $line }: { $message }
sync-unconvertible = el valor inglés de { $key } no tiene forma en TOML (TOML no tiene null); fíjelo a mano
sync-unlocated = no se distingue qué líneas contienen { $key } en el front matter; fíjelo a mano
sync-not-utf8 = { $path } no es UTF-8 válido; guarde el archivo como UTF-8
sync-in-step =
    { $count ->
        [one] todo al día: { $count } traducción revisada
       *[other] todo al día: { $count } traducciones revisadas
    }
sync-check-failed =
    { $count ->
        [one] { $count } traducción desalineada; ejecute `transync sync` para corregirla
       *[other] { $count } traducciones desalineadas; ejecute `transync sync` para corregirlas
    }
sync-failed =
    { $count ->
        [one] { $count } traducción no se pudo sincronizar
       *[other] { $count } traducciones no se pudieron sincronizar
    }
sync-left-behind = nota: { $dir }/ aún contiene archivos que no son páginas (imágenes…); muévalos a mano si van con las páginas movidas
sync-unknown-target = { $target } no es ni un id de documento ni la ruta de un documento
sync-shared-fields-invalid = clave `shared-fields`: `{ $key }` no se puede compartir; indique claves del front matter cuyo valor sea el mismo en todos los idiomas, como `date` o `tags`

## bundle
