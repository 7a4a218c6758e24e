# Mensajes de transync en español. Fuente: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = error
caused-by = causa
hint-prefix = sugerencia

error-cannot-read = no se puede leer { $path }

error-write-report = no se puede escribir el informe
error-current-directory = no se puede leer el directorio actual
error-path-names-nothing = { $path } no existe y no designa ningún documento
error-invalid-lang = --lang no válido
error-lang-is-source = --lang { $lang }: { $lang } es el idioma de origen; elija entre { $known }
error-lang-unknown = --lang { $lang }: no es un idioma de este proyecto; elija entre { $known }
error-path-outside-roots = { $path } no es ni un id de documento ni una ruta bajo la raíz de contenido { $root }/ o la raíz de locales { $locales }/
error-open-repo = no se puede abrir el repositorio git en { $path }
error-read-head = no se puede leer el commit al que apunta HEAD
error-rev-not-found = { $rev } no es un commit, una rama ni una etiqueta de este repositorio
error-rev-too-far = { $rev } retrocede más allá del primer commit de este historial (un clon superficial solo tiene sus últimos commits)
error-rev-ambiguous = { $rev } es ambiguo: el id de más de un objeto empieza así
hint-rev-longer = da más dígitos del id del commit (`git log --oneline` los muestra)
error-rev-not-a-commit = { $rev } es { $kind ->
    [blob] el contenido de un archivo (un blob)
    [tree] un directorio (un árbol)
    [tag] una etiqueta de algo que no es un commit
   *[other] un objeto
}, no un commit
hint-rev-list = indica un commit: `git log --oneline` los lista, `git branch -a` y `git tag` los nombres (una rama remota puede necesitar antes `git fetch`)
error-no-commits = el repositorio aún no tiene commits
hint-commit-first = transync compara las traducciones con el historial de su original; haga primero un commit del contenido
error-not-an-ancestor = `{ $rev }` ({ $commit }) no es un ancestro de HEAD: una base debe ser un commit de esta rama
error-no-common-history = `{ $reference }` y { $commit } no tienen historial en común
hint-fetch-base-branch = descargue la rama base con su historial (`git fetch origin main`, `fetch-depth: 0`)
warning-name-not-utf8 = { $name } se ignora: su nombre de archivo no es UTF-8 válido; renómbrelo
error-use-directory = no se puede usar el directorio { $path }
error-config-is-directory = --config { $path }: es un directorio; indique el archivo, p. ej. { $example }
error-config-missing = el archivo de configuración { $path } no existe
error-config-invalid = configuración no válida en { $path }
error-config-default-invalid = configuración por defecto no válida
error-config-read = no se puede leer el archivo de configuración { $path }
error-open-repo-cause = no se puede abrir el repositorio git de { $path }: { $cause }
hint-git-config = no se pudo leer la configuración propia de git: comprueba que $HOME es el directorio del usuario que ejecuta transync y que su .gitconfig (y $XDG_CONFIG_HOME/git/config) se puede leer
hint-open-repo = comprueba el repositorio con `git status`; si git lo abre, informa de esto a transync
error-not-a-repo = { $path } no está dentro de un repositorio git
hint-not-a-repo = transync compara las traducciones con el historial de su original; ejecútelo dentro de un árbol de trabajo git (o haga `git init` y un commit del contenido primero)
error-unsafe-repo = { $path } pertenece a otro usuario, y git no confía en repositorios de otros usuarios
hint-unsafe-repo = si confía en él, márquelo como seguro: `git config --global --add safe.directory { $path }` (lo que pide el propio git), o ejecute transync como su propietario
error-bare-repo = el repositorio git es «bare» (no tiene árbol de trabajo, así que no hay páginas que leer); ejecuta transync en un clon (`git clone`) o en un árbol de trabajo añadido con `git worktree add`
error-outside-repo = { $path } está fuera del repositorio { $root }

warning-name-forms-differ = { $path } y { $other } son el mismo nombre escrito en dos formas Unicode (descompuesta, como la guarda macOS, y compuesta): transync los empareja, pero los enlaces, los servidores web y git en otros sistemas quizá no; renombra { $path } a la forma compuesta
warning-case-collision = { $paths } solo difieren en mayúsculas: en una copia de trabajo en macOS o Windows uno reemplaza al otro, y git muestra el perdido como modificado; renombra uno de ellos
warning-link-outside = páginas no leídas: { $refusal }
warning-duplicate-version = { $path } se ignora: { $kept } ya es la versión { $lang } de { $id }
inventory-repository-root = la raíz del repositorio
inventory-no-source-documents = no se encontraron documentos en { $source } en { $place } (se esperaba { $expected })
hint-inventory-settings = configure `content-root`, `source-language` o `layout` en transync.toml

config-key = clave `{ $key }`
config-table = tabla `[{ $table }]`
lang-not-a-tag = `{ $tag }` no es una etiqueta de idioma BCP 47 (p. ej. `es`, `pt-BR`)
lang-subtag-length = `{ $tag }` no es una etiqueta de idioma: la subetiqueta de idioma debe tener 2 o 3 letras (p. ej. `en`, `pt-BR`, `fil`)

fs-no-directory = la ruta no tiene directorio padre
fs-cannot-replace = no se puede reemplazar { $path }
fs-cannot-create = no se puede crear { $path }
fs-already-exists = { $path } ya existe
path-link-outside = { $path } es un enlace simbólico a { $target }, fuera del repositorio; transync no lee ni escribe fuera de él: sustituya el enlace por el propio archivo o haga que apunte dentro del repositorio
path-link-loop = { $path } es un enlace simbólico que no termina nunca (un bucle, o más de 40 enlaces seguidos): haga que apunte a un archivo real
path-link-dangling = { $path } es un enlace simbólico a { $target }, que no existe: corrija el enlace o elimínelo
path-not-a-file = { $path } es { $kind ->
        [fifo] una tubería con nombre (FIFO)
        [socket] un socket
        [device] un dispositivo
        [directory] un directorio
       *[other] otra cosa
    }, no un archivo normal; transync solo lee archivos normales: ponga ahí la propia página
path-too-large = { $path } ocupa { $size } MiB, más de los { $limit } MiB que lee transync: una página tan grande no es, casi seguro, una página; sáquela de las raíces de contenido
path-denied = no se puede leer { $path }: permiso denegado; hazlo legible para el usuario que ejecuta transync (`chmod u+r { $path }`, o corrige su propietario)
path-io = no se puede leer { $path }: { $error }
fs-cannot-move = no se puede mover { $from } a { $to }
fs-cannot-remove = no se puede borrar { $path }
hint-file-write-failed = { $kind ->
    [full] libera espacio en ese disco y vuelve a ejecutarlo
    [quota] libera parte de tu cuota y vuelve a ejecutarlo
    [too-large] sube el límite de tamaño de archivo (`ulimit -f`) y vuelve a ejecutarlo
    [denied] haz que su carpeta se pueda escribir por el usuario que ejecuta transync
    [read-only] ejecútalo donde el repositorio se pueda escribir
   *[other] revisa la carpeta y vuelve a ejecutarlo
}; { $path } no se modificó
fs-cannot-set-permissions = no se pueden fijar los permisos del archivo

warning-prefix = aviso
warning-ui-lang-unknown = transync no tiene mensajes en `{ $lang }`; se usa el inglés (disponibles: { $available })

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

# Un mensaje que se transmite tal cual (de una biblioteca o del analizador de otro formato).
plain = { $text }

missing-expected-at = se espera en { $path }
orphan-renamed = el original en inglés { $source } se renombró a { $to } en { $commit }; mueva la traducción en consecuencia
orphan-renamed-gone = el original en inglés { $source } se renombró a { $to } en { $commit }, que ya no existe; borre la traducción o restaure el original
orphan-deleted = el original en inglés { $source } se borró en { $commit }; borre la traducción o restaure el original
orphan-deleted-uncommitted = el original en inglés { $source } está borrado en el árbol de trabajo (sin commit)
orphan-renamed-uncommitted = el original en inglés { $source } está movido a { $to } en el árbol de trabajo (sin commit); `transync sync` mueve la traducción para que coincida
orphan-no-source = no existe el original en inglés { $source }
error-source-at-base = no se puede leer el original en inglés en la base: { $cause }
stale-uncommitted-source = el original en inglés { $source } tiene cambios sin commit
stale-source-was = en la base, el original en inglés era { $path }
stale-source-new = el original en inglés { $source } no existía en el commit base { $commit }
stale-masked-by-drift = la estructura de la traducción difiere del inglés (ver divergencias): una edición posterior de la traducción puede ocultar un cambio del inglés
error-not-utf8 = no es UTF-8 válido (byte { $byte }); guarde el archivo en UTF-8
error-binary = un archivo binario (un byte NUL en el byte { $byte }), no una página; restaura el texto o saca el archivo de la raíz de contenido
error-source-unreadable = no se puede leer el original en inglés { $source }, así que esta traducción no se puede comparar con él: { $cause }
error-source-vanished = desapareció mientras transync se ejecutaba
error-source-binary = el original en inglés { $source } es un archivo binario (un byte NUL en el byte { $byte }, línea { $line }), no una página, así que esta traducción no se puede comparar con él: restaura el texto en inglés o saca el archivo de la raíz de contenido
error-source-not-utf8 = el original en inglés { $source } no es UTF-8 válido (byte { $byte }, línea { $line }), así que esta traducción no se puede comparar con él: guarda el inglés como UTF-8
note-source-not-utf8 = la fuente en inglés { $path } no es UTF-8 válido (byte { $byte }); guárdela como UTF-8
note-source-invalid = la fuente en inglés { $path }, línea { $line }: { $error }
error-shallow-no-base = no hay base registrada y a este clon superficial le falta el historial para deducirla; descárguelo con `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`) o registre `source_commit` en los metadatos
note-uncommitted-translation = aún sin commit y sin base registrada: se supone hecha a partir de HEAD
error-never-committed = ningún commit del historial modificó este archivo
base-not-a-hash = `{ $key }: { $value }` no es un hash de commit; escriba el hash completo del commit en inglés del que se hizo la traducción (vea `git log` del archivo en inglés)
base-not-in-shallow-clone = el commit base { $value } (`{ $key }`) no está en este clon superficial; descargue el historial con `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)
base-unknown = el commit base { $value } (`{ $key }`) no existe en este repositorio; compruebe el hash (¿se reescribió el historial?) y registre un commit existente
base-ambiguous = el commit base { $value } (`{ $key }`) es ambiguo: varios objetos empiezan así; escriba más dígitos (lo más seguro es el hash completo de 40 caracteres)
base-not-a-commit = `{ $key }: { $value }` designa un objeto git que no es un commit
base-not-an-ancestor = el commit base { $commit } (`{ $key }`) no es un ancestro de { $against }: está en otra rama o lo reescribió un rebase; fusione antes esa rama o registre un commit de esta

## Drift: the translation's structure against the English now

drift-no-section = la traducción no tiene equivalente para la sección '{ $heading }', línea { $line } del inglés
drift-no-list = la traducción no tiene equivalente para la lista, línea { $line } del inglés
drift-no-block = la traducción no tiene equivalente para este bloque ({ $kind }), línea { $line } del inglés
drift-list-items = la lista de la línea { $line } del inglés tiene { $english } elementos, la traducción { $translation }
drift-code-block = el bloque de código de la línea { $line } del inglés difiere en la traducción (línea { $tline }) en algo más que comentarios, cadenas y nombres
drift-table = la tabla de la línea { $line } del inglés tiene { $rows } filas × { $columns } columnas, la traducción { $trows } × { $tcolumns }
drift-anchor = el encabezado de la línea { $line } del inglés tiene el ancla { $anchor }, la traducción (línea { $tline }) { $tanchor }
drift-anchor-none = el encabezado de la línea { $line } del inglés tiene el ancla { $anchor }, la traducción (línea { $tline }) ninguna
drift-shortcode = el shortcode de la línea { $line } del inglés es { $name } en la traducción (línea { $tline })
drift-missing-at = la línea { $line } del inglés tiene { $what }, que falta en la traducción (línea { $tline })
drift-missing = la línea { $line } del inglés tiene { $what }, que falta en la traducción
drift-missing-link-at = la línea { $line } del inglés tiene un enlace a { $links }, que falta en la traducción (línea { $tline })
drift-missing-link = la línea { $line } del inglés tiene un enlace a { $links }, que falta en la traducción
drift-sentences = el texto desde la línea { $line } del inglés tiene { $english } frases, la traducción (línea { $tline }) { $translation }
drift-sentences-missing = el texto desde la línea { $line } del inglés ({ $english } frases) no está en la traducción
drift-image = la imagen { $image } de la línea { $line } del inglés no está en la traducción

## Status words, levels and severities

label-current = al día
label-stale = desfasada
label-missing = falta
label-orphaned = huérfana
label-error = error
label-drift = divergencia
level-error = error
level-warning = aviso
level-note = nota
severity-minor = menor
severity-major = mayor
note-prefix = nota

## The status table and its notes

status-at = en { $commit }
status-at-worktree = en HEAD { $commit } + árbol de trabajo
status-no-languages = no hay idiomas de destino: añada un directorio por idioma junto a { $source }/ (p. ej. es/) o enumérelos en `languages` en transync.toml
status-no-documents = no hay documentos que mostrar
status-column-document = DOCUMENTO
status-module-row = { $dir }/ (módulo, { $pages } páginas)
status-module-cell = { $current }/{ $total } al día
status-legend-behind = desfasada (N): N commits en inglés desde la base de la traducción
status-legend-inferred = * base deducida del último commit que tradujo la traducción, sin contar el mantenimiento (no hay ninguna registrada en sus metadatos)
status-attention-heading = Requiere atención
status-drift-detail = divergencia: { $message }
status-drift-more = … y { $count } divergencias más (todas: `transync check { $path }`)
status-percent-current = % al día
status-fluent-heading = Mensajes Fluent
stale-source-changed = el original en inglés cambió
stale-summary =
    { $what }, +{ $added } -{ $removed } líneas{ $severity ->
        [minor] {" "}(menor)
        [major] {" "}(mayor)
       *[none] {""}
    }
detail-lines = +{ $added } -{ $removed } líneas
detail-cosmetic =
    { $count ->
        [one] { $count } cosmético
       *[other] { $count } cosméticos
    }
detail-base-recorded = base { $commit } (registrada en `{ $key }`)
detail-base-front-matter = base { $commit } (registrada en los metadatos)
detail-base-inferred = base { $commit } (deducida)
fluent-file-to-translate = ({ $count } mensajes por traducir)
fluent-file-counts = al día: { $current }, desfasados: { $stale }, faltan: { $missing }
fluent-unlisted-warnings =
    { $count ->
        [one] y { $count } aviso más (sin traducir, obsoleto…): `transync check` lista todos los hallazgos
       *[other] y { $count } avisos más (sin traducir, obsoletos…): `transync check` lista todos los hallazgos
    }
fluent-language-counts = mensajes al día: { $current }, desfasados: { $stale }, faltan: { $missing } ({ $percent } al día)
count-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
count-warnings =
    { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
note-shallow-clone = este es un clon superficial: el historial está cortado, así que las bases deducidas pueden ser erróneas y no se encuentran las bases registradas antiguas; descárguelo entero con `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)

label-draft = borrador
draft-note = un borrador (`draft: true`): empezado, aún sin traducir; quite `draft` y ejecute `transync mark` cuando esté traducido

frontmatter-unclosed = los metadatos abiertos con `{ $delimiter }` en la línea 1 nunca se cierran; añada una línea `{ $delimiter }` tras la última clave
yaml-budget = { $kind ->
    [depth] sus valores están anidados más de lo que ninguna página necesita, así que no se leyó: aplánalo
   *[size] se expande a más valores de los que ninguna página necesita (alias que repiten alias), así que no se leyó: escribe los valores o quita los alias repetidos
}
frontmatter-invalid-yaml = metadatos YAML no válidos: { $error }; corrige el YAML en ese punto (lo habitual es una comilla o un corchete sin cerrar)
frontmatter-invalid-toml = metadatos TOML no válidos: { $error }

## check

check-passed = comprobación superada
check-failed = comprobación fallida
check-counts =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }, { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }
check-outside-change =
    { $count ->
        [one] no se muestra { $count } hallazgo en traducciones que el cambio no tocó
       *[other] no se muestran { $count } hallazgos en traducciones que el cambio no tocó
    }
finding-stale-todo = { $summary }; use `transync diff` para ver qué actualizar y luego `transync mark`
finding-stale-young = { $message } (desfasada desde hace { $days } días, por debajo del límite de { $limit } días)
finding-missing = aún no hay traducción al { $language } (se espera en { $path })
finding-changed-in-branch = el inglés cambió en esta rama: { $message }
finding-ftl-id = { $check } `{ $id }`: { $message }
finding-ftl = { $check }: { $message }
note-unknown-policy-language = [check.languages.{ $tag }] en la configuración no designa ningún idioma de este proyecto ({ $languages }); no tiene efecto
check-shallow-clone = este es un clon superficial: transync necesita el historial desde los commits base de las traducciones
hint-unshallow = descárguelo con `git fetch --unshallow`; en GitHub Actions ponga `fetch-depth: 0` en actions/checkout, en GitLab CI `GIT_DEPTH: 0`
check-fail-on-none = --fail-on none significa que nada falla; no se puede combinar con otros tipos

## Fluent checks (locales/*.ftl)

list-and = { $init } y { $last }
ftl-skips-entry = fluent omite `{ $id }` hasta que se corrija
ftl-skips-line = fluent omite la línea { $line } hasta que se corrija
ftl-skips-lines = fluent omite las líneas { $first }-{ $last } hasta que se corrijan
ftl-skips-unknown = fluent omite la entrada hasta que se corrija
ftl-no-default-variant =
    expresión de selección sin variante por defecto{ $place ->
        [english] {" "}en el archivo en inglés
       *[translation] {""}
    }: marque con `*` la variante que se usa cuando ninguna coincide, p. ej. `*[other]`; { $skipped }
ftl-syntax-error =
    error de sintaxis{ $place ->
        [english] {" "}en el archivo en inglés
       *[translation] {""}
    }: { $error }; { $skipped }
ftl-duplicate =
    `{ $id }` se define de nuevo{ $place ->
        [english] {" "}en el archivo en inglés
       *[translation] {""}
    } (primero en la línea { $line }); fluent usa la primera definición, así que elimine o renombre esta
ftl-missing =
    { $kind ->
        [term] el término
       *[message] el mensaje
    } `{ $id }` no está traducido; añádalo a la traducción (línea { $line } en inglés)
ftl-obsolete =
    { $kind ->
        [term] el término
       *[message] el mensaje
    } `{ $id }` no está en el archivo en inglés; elimínelo, o renómbrelo si cambió su id en inglés
ftl-missing-value = `{ $id }` tiene un valor en inglés (línea { $line }) pero solo atributos en la traducción; traduzca el valor
ftl-obsolete-value = `{ $id }` tiene un valor pero el mensaje en inglés solo tiene atributos; elimine el valor
ftl-duplicate-attribute = el atributo `.{ $name }` de `{ $id }` se define de nuevo (primero en la línea { $line }); fluent usa la primera definición, así que elimine o renombre este
ftl-obsolete-attribute = el atributo `.{ $name }` de `{ $id }` no está en el archivo en inglés; elimínelo, o renómbrelo si cambió su nombre en inglés
ftl-missing-attribute = el atributo `.{ $name }` de `{ $id }` no está traducido; añádalo a la traducción (línea { $line } en inglés)
ftl-english-uses-no-variables = el texto en inglés no usa variables
ftl-english-uses = el inglés usa { $variables }
ftl-unknown-variable = `${ $name }` no es una variable del `{ $id }` en inglés, así que la aplicación no la pasa; { $known }
ftl-dropped-variable = el `{ $id }` en inglés muestra `{"{"} ${ $name } {"}"}` pero la traducción no; inclúyala salvo que el idioma no la necesite
ftl-unknown-reference = el `{ $id }` en inglés no hace referencia a `{"{"} { $key } {"}"}`; use los mismos mensajes y términos que el texto en inglés
ftl-dropped-reference = el `{ $id }` en inglés usa `{"{"} { $key } {"}"}` pero la traducción no; inclúyalo para que los nombres compartidos sean coherentes
ftl-untranslated = `{ $id }` dice `{ $text }`, igual que en inglés; tradúzcalo, o permítalo como no traducido si es igual en este idioma
ftl-missing-plural-category =
    la selección sobre `${ $variable }` no tiene variante para la categoría { $kind ->
        [ordinal] de plural ordinal
       *[cardinal] de plural
    } `{ $category }` de `{ $lang }`; añada una variante `[{ $category }]`
ftl-missing-plural-categories =
    la selección sobre `${ $variable }` no tiene variante para las categorías { $kind ->
        [ordinal] de plural ordinal
       *[cardinal] de plural
    } { $categories } de `{ $lang }`; añada las variantes { $variants }
ftl-format = `{ $id }` no se puede formatear: { $explained }
ftl-unknown-function = `{ $id }()` no es ni una función integrada de fluent ni una función que use el archivo en inglés; use una de esas
ftl-variable-without-value = `${ $id }` no tiene valor; use las variables del texto en inglés
ftl-no-value = `{"{"} { $id } {"}"}` solo tiene atributos, no valor; haga referencia a uno de sus atributos, p. ej. `{"{"} { $id }.attr {"}"}`
ftl-cyclic = sus referencias llevan de vuelta a sí mismo; rompa el ciclo
ftl-other-format-error = { $error }; corrija las expresiones
ftl-unknown-attribute-reference = `{"{"} { $key } {"}"}` se refiere a un atributo que `{ $entry }` no tiene en los archivos cargados con este; añádalo o corrija la referencia
ftl-undefined-reference = `{"{"} { $key } {"}"}` no está definido en ninguno de los archivos cargados con este; defínalo o corrija la referencia
ftl-unknown-reference-undefined = el `{ $id }` en inglés no hace referencia a `{"{"} { $key } {"}"}`, que no está definido en ninguno de los archivos cargados con este, así que se muestra como `{"{"}{ $key }{"}"}`; use los mismos mensajes y términos que el texto en inglés
ftl-unknown-term-attribute = el `{ $id }` en inglés no hace referencia a `{ $key }`, que no está definido en ninguno de los archivos cargados con este, así que la selección sobre él siempre toma su variante por defecto; defina el atributo en el término o seleccione sobre uno que tenga
ftl-plural-number-partial = la selección sobre `${ $variable }` tiene `[{ $number }]`, pero la categoría de plural `{ $category }` de `{ $lang }` también incluye { $others }; use `[{ $category }]` en lugar de `[{ $number }]`, salvo que { $number } necesite un texto propio
ftl-obsolete-file = ningún archivo en inglés tiene los mensajes de este archivo (se esperaba { $english }); elimínelo, o renómbrelo como se renombró el archivo en inglés
ftl-stale =
    { $kind ->
        [term] el término
       *[message] el mensaje
    } en inglés `{ $id }` cambió desde el commit base de la traducción; actualice la traducción y registre el nuevo commit base (`transync mark <archivo>`)
ftl-file-missing = no hay traducción al { $language } de este archivo; cree { $path }
ftl-base-unusable = línea { $line }: { $reason }; no se comprueban los mensajes desfasados

finding-draft = la traducción al { $language } es un borrador, aún sin traducir ({ $path })

## diff

diff-nothing-to-compare = no hay traducción que comparar
diff-english-source = inglés: { $path }
diff-no-english-source = (sin original en inglés)
diff-no-translations = no hay traducciones en los idiomas seleccionados
diff-missing-path = (falta)
diff-commits-since =
    { $count ->
        [one] { $count } commit en inglés desde entonces
       *[other] { $count } commits en inglés desde entonces
    }
diff-base-recorded = base { $commit } (registrada)
diff-base-inferred = base { $commit } (deducida)
diff-base-skipped = commits más recientes de la traducción descartados como base (no traducían):
diff-english-skipped = commits en inglés desde la base que no requieren traducción (excluidos de los cambios):
skip-cosmetic = { $commit } ({ $date }): solo cambios cosméticos (espacios, marcado, destinos de enlaces, claves no traducidas)
skip-bulk = { $commit } ({ $date }): cambió esta página en { $languages } idiomas a la vez (mantenimiento)
skip-message = { $commit } ({ $date }): su mensaje dice «{ $keyword }»
diff-nothing-to-translate = nada que traducir: el inglés no ha cambiado realmente desde la base
diff-cosmetic-not-shown =
    { $count ->
        [one] no se muestra { $count } cambio cosmético (saltos de línea, énfasis, viñetas, estilo de encabezado o de bloque, forma de enlace, metadatos no traducibles)
       *[other] no se muestran { $count } cambios cosméticos (saltos de línea, énfasis, viñetas, estilo de encabezado o de bloque, forma de enlace, metadatos no traducibles)
    }
diff-drift-heading = (inglés actual frente a traducción actual):
diff-insert-after = insertar tras la línea { $line }
diff-line = línea { $line }
diff-lines = líneas { $first }–{ $last }
diff-english-at-base = inglés { $lines } en la base
diff-english-lines = inglés { $lines }
diff-translation-lines = traducción { $lines }
diff-block-change =
    { $kind }: { $op ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
diff-not-translated-yet = aún sin traducir
diff-fluent-changed = { $id } cambió en inglés — línea { $line } de la traducción
diff-other-findings = otros hallazgos
block-kind =
    { $kind ->
        [heading] encabezado
        [paragraph] párrafo
        [list-item] elemento de lista
        [code-block] bloque de código
        [table] tabla
        [html-block] bloque HTML
        [shortcode] shortcode
        [thematic-break] separador
        [list] lista
        [inline-code] código en línea
        [number] número
        [link] enlace
        [sentences] frases
        [image] imagen
        [anchor] ancla
       *[other] { $kind }
    }
block-kind-front-matter = metadatos: { $key }
diff-not-at-revision = { $target } no existe en { $rev }: no hay nada que comparar allí
diff-unknown-target = { $target } no es ni un id de documento ni un archivo bajo { $root }/
diff-unknown-target-hint = use la ruta de una traducción (p. ej. { $root }/es/…/page.md) o un id de documento (su ruta bajo el directorio del idioma)
diff-not-a-fluent-file = { $target } no es un archivo Fluent traducido bajo { $root }/
diff-fluent-hint = indique una traducción como { $root }/es/app.ftl, o su archivo en inglés para todos los idiomas

## mark

mark-failed-count =
    { $total ->
        [one] { $failed } de { $total } archivo sin marcar
       *[other] { $failed } de { $total } archivos sin marcar
    }
mark-no-such-file = no existe el archivo
mark-is-directory = es un directorio: indique los archivos de traducción que ha puesto al día (un patrón del shell como `dir/*.md` sirve); cada uno se comprueba por separado
mark-not-a-document = no es un documento bajo { $root }/
mark-english-source = este es el original en inglés; marque sus traducciones
mark-orphan = no hay original en inglés para { $id }: una huérfana no tiene base que registrar
mark-uncommitted-source = el original en inglés { $source } tiene cambios sin commit; haga antes el commit, para que la base designe lo que se tradujo
mark-drift = la traducción aún difiere del inglés en su estructura ({ $drift }); termínela, o use --force si es intencionado
mark-drift-more = y { $count } más
mark-already = ya registra { $key }: { $commit }
mark-would-change = cambiaría { $key }: { $old } → { $commit }
mark-added = añadido { $key }: { $commit }
mark-would-add = añadiría { $key }: { $commit }
mark-dry-run = (simulación)
mark-read-only = { $path } es de solo lectura: hazlo escribible (`chmod u+w { $path }`) o usa --force para reemplazarlo de todos modos
mark-ftl-outside-locales = un archivo .ftl que marcar debe estar bajo { $root }/
mark-not-a-language-dir = `{ $dir }` no es un directorio de idioma
mark-no-english-ftl = no hay { $name } en inglés bajo { $root }/
mark-flow-mapping = línea { $line }: los metadatos son un mapeo en línea (entre llaves, {"{"} … {"}"}), al que no se puede añadir una línea; añada `{ $key }` dentro de las llaves a mano, o escriba los metadatos con un `clave: valor` por línea
mark-l10n-without-source-commit = los metadatos tienen una tabla `l10n` sin `sourceCommit`; añada `sourceCommit` a mano una vez y transync la actualizará desde entonces
mark-would-break = añadir `{ $key }` a este front matter lo rompería o no se volvería a leer (sus entradas están sangradas o escritas de un modo al que una línea nueva no puede unirse); añade `{ $key }: <commit>` a mano, con el estilo del bloque
mark-source-absent = la fuente en inglés { $source } no existe en { $commit }; marque desde un commit que la tenga (--rev)
mark-ftl-errors = la traducción aún tiene errores respecto al inglés ({ $errors }); corríjalos, o use --force si es intencionado

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
sync-index-locked = el índice de git está bloqueado ({ $path }): no se movió ninguna traducción
hint-index-locked = otro comando de git está en marcha, o uno terminó sin limpiar; espere, o borre { $path } si no hay ningún comando de git en marcha, y vuelva a ejecutar `transync sync`
sync-move-undone = { $from } se queda donde estaba: su traslado a { $to } no pudo registrarse en el índice de git
sync-move-not-undone = { $from } se movió a { $to } pero el índice de git no pudo registrarlo, y devolverlo falló ({ $reason }): ejecute `git add -A -- { $from } { $to }` para registrar el traslado
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

bundle-summary = al día: { $current }, desfasadas (con aviso): { $stale }, en inglés: { $fallback }, omitidos: { $unpublished }
bundle-uncommitted =
    { $count ->
        [one] { $count } archivo bajo las raíces de contenido y locales difiere de { $commit }; el paquete contiene la versión con commit
       *[other] { $count } archivos bajo las raíces de contenido y locales difieren de { $commit }; el paquete contiene las versiones con commit
    }
bundle-policy-failed =
    { $count ->
        [one] { $lang }: no se construye, { $count } documento incumple la política
       *[other] { $lang }: no se construye, { $count } documentos incumplen la política
    }
bundle-reason-missing = sin traducir (--missing)
bundle-reason-draft = solo un borrador (--missing)
bundle-reason-error = la traducción está dañada; vea `transync status` (--missing)
bundle-reason-stale = la traducción está desfasada (--stale)
bundle-reason-stale-excluded = la traducción está desfasada y --stale exclude la omite
bundle-reason-module-incomplete = el módulo { $module } no se publica: se omite { $page }
bundle-asset-missing = { $page } hace referencia a { $reference }, que no está en el commit
bundle-asset-outside = { $page } remite a { $reference }, fuera del directorio del idioma, que es todo lo que contiene un paquete; remita al archivo como lo hace la página en inglés (se usa la copia inglesa cuando el idioma no tiene una)
bundle-file-missing = { $path } no está en el commit
bundle-symlink-escapes = { $path } es un enlace simbólico a { $target }, fuera del repositorio; el paquete solo lee el repositorio
bundle-symlink-loop = { $path }: demasiados niveles de enlaces simbólicos
bundle-refuse-overwrite = { $path } existe y no lo escribió transync; no se reemplaza
bundle-refuse-overwrite-hint = elija otro directorio --out, o aparte el archivo
# Palabras de las páginas, cuando los archivos Fluent del sitio no las definen.
bundle-site-title = Documentación
bundle-skip = Ir al contenido
bundle-generated = Publicado con transync.
bundle-banner-stale = Esta traducción puede estar desactualizada: el original en inglés ha cambiado desde entonces.
bundle-read-original = Leer el original en inglés.
bundle-banner-fallback = Esta página aún no está traducida; se muestra en inglés.
bundle-lesson-position = Lección { $current } de { $total }
bundle-lesson-previous = Lección anterior
bundle-lesson-next = Lección siguiente
bundle-back-to-module = Presentación del módulo
bundle-lessons = Lecciones
bundle-lessons-count =
    { $count ->
        [one] { $count } lección
       *[other] { $count } lecciones
    }
bundle-modules = Módulos de aprendizaje
bundle-articles = Artículos
bundle-note-stale = puede estar desactualizada
bundle-note-fallback = en inglés

bundle-duplicate-path = dos archivos del paquete serían ambos { $path }
bundle-out-not-a-directory = --out { $path } es un archivo, no un directorio; elija un directorio para los paquetes
fs-write-failed = no se puede escribir { $path }: { $kind ->
    [full] el disco está lleno
    [quota] la cuota de disco está agotada
    [too-large] el archivo superaría el tamaño que permite el sistema
    [denied] permiso denegado
    [read-only] el sistema de archivos es de solo lectura
   *[other] { $cause }
}
hint-bundle-write-failed = { $kind ->
    [full] libera espacio en el disco que contiene { $dir }, o da a --out un directorio en otro disco
    [quota] libera parte de tu cuota, o da a --out un directorio en otro disco
    [too-large] sube el límite de tamaño de archivo (`ulimit -f`), o empaqueta menos idiomas a la vez con --lang
    [denied] da a --out un directorio en el que puedas escribir
    [read-only] da a --out un directorio en un disco escribible
   *[other] revisa { $dir } y vuelve a intentarlo
}; el archivo parcial se eliminó y cualquier paquete anterior con ese nombre sigue igual
bundle-partly-written = los paquetes de { $written } se escribieron y están completos; los de { $missing } no
bundle-out-inside-root = --out { $path } está dentro de { $root }/, donde la próxima ejecución leería los paquetes como traducciones; elija un directorio fuera de él (por ejemplo dist/)
bundle-svg-active = { $path } queda fuera: un SVG con contenido activo ({ $found }) lo ejecutaría en el sitio al abrirse; quítelo de la imagen
bundle-case-collision = { $paths } solo difieren en mayúsculas: al desempaquetarlos en macOS o Windows, uno reemplaza al otro; cambie el nombre de uno

## Línea de comandos: --help y errores de uso
# cli-<command>-about / -after: el resumen de un comando y su texto final.
# cli-<command>-arg-<flag>, si no cli-arg-<flag>: la ayuda de un argumento.
# cli-<command>-value-<flag>-<value>, si no cli-value-<flag>-<value>: la ayuda de uno de
# sus valores.

cli-about = Sincroniza la documentación Markdown traducida y los textos Fluent con su original en inglés.
cli-after =
    Ejecútelo desde cualquier lugar de un repositorio git. transync lee `transync.toml` del
    directorio más cercano por encima del directorio de trabajo (o de la raíz del
    repositorio); si no lo hay, espera `content/<lang>/…` con el inglés como idioma de
    origen.

    Códigos de salida: 0 éxito, 1 hallazgos que la política del comando no admite, 2 error.
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-possible-values = valores posibles
cli-default = por defecto
cli-help = Muestra la ayuda
cli-help-summary = Muestra la ayuda (más detalles con '--help')
cli-help-full = Muestra la ayuda (un resumen con '-h')
cli-version = Muestra la versión
cli-help-command = Muestra este mensaje o la ayuda de los subcomandos indicados
cli-help-command-arg = Muestra la ayuda de los subcomandos

cli-arg-directory = Actúa como si transync se iniciara en DIR y no en el directorio actual.
cli-arg-config = Usa este archivo de configuración en lugar de buscar `transync.toml`.
cli-arg-color = Cuándo usar colores: auto respeta NO_COLOR, CLICOLOR_FORCE y si stdout es un terminal.
cli-arg-ui-lang =
    Idioma de los mensajes de transync: en, es, fr o pt. Por defecto: TRANSYNC_LANG, luego
    LC_ALL, LC_MESSAGES, LANG; si no, inglés. Los formatos para máquinas (JSON…) siguen en
    inglés.
cli-arg-no-cache = No leer ni escribir el índice del historial guardado en el directorio de git (`.git/transync/`): recorrer de nuevo todo el historial.
cli-arg-paths = Solo los documentos bajo estas rutas (archivo o directorio de cualquier idioma) o con estos ids (`blog/post.md`, `modules/dc-101`).
cli-arg-lang = Solo estos idiomas de destino (separados por comas o repetidos), p. ej. `--lang es,pt-BR`.
cli-arg-rev = Analiza este commit en lugar del árbol de trabajo (p. ej. `HEAD` en CI).
cli-arg-format = Formato de salida.
cli-value-format-text = Para personas, con colores cuando stdout es un terminal.
cli-value-format-json = El formato de intercambio versionado (vea el README), para scripts.

cli-status-about = Muestra qué traducciones están al día, desfasadas, ausentes o huérfanas.
cli-status-after =
    Una traducción está al día cuando el original en inglés no ha cambiado desde el commit
    base de la traducción: el commit registrado en sus metadatos (`source_commit`,
    `l10n.sourceCommit` o `default_lang_commit`) o, si no, el último commit que modificó el
    archivo de la traducción (se muestra como base deducida). Por defecto, el inglés
    «actual» es el árbol de trabajo, así que cuentan las ediciones del inglés sin commit;
    use --rev HEAD para analizar en su lugar el último commit.

    Ejemplos:
      transync status                       todos los documentos, todos los idiomas
      transync status --lang es,fr          solo español y francés
      transync status content/en/modules    solo los documentos bajo un directorio
      transync status --format json | jq '.summary'

cli-diff-about = Muestra qué cambió en inglés desde la base de una traducción y dónde aplicarlo.
cli-diff-after =
    Para cada traducción del documento: los bloques en inglés que cambiaron realmente desde
    la base de la traducción (las ediciones cosméticas, como cambiar los saltos de línea, el
    énfasis o el estilo de las viñetas, solo se cuentan), cada uno con su gravedad y las
    líneas de la traducción que hay que actualizar; después, cualquier divergencia
    estructural entre el inglés y la traducción. Los commits descartados se listan con su
    motivo: commits más recientes de la traducción que no la tradujeron (cosméticos, en varios
    idiomas a la vez o marcados en su mensaje) y commits en inglés que no requieren traducción
    (un trailer `Translation: none` o una palabra de `[history] ignore-keywords`).

    Ejemplos:
      transync diff content/es/blog/post.md        una traducción
      transync diff blog/post.md                   cada traducción de un documento (por id)
      transync diff blog/post.md --lang fr --word  cambios palabra por palabra
cli-diff-arg-target = Una traducción, un archivo en inglés o un id de documento (su ruta bajo la raíz del idioma).
cli-diff-arg-lang =
    Solo estos idiomas (separados por comas). Por defecto: el idioma de PATH si es una
    traducción; si no, todos los idiomas.
cli-diff-arg-rev = Compara con este commit en lugar del árbol de trabajo.
cli-diff-arg-word = Muestra los cambios palabra por palabra en lugar de línea por línea.

cli-mark-about = Registra que las traducciones están al día: escribe el commit base en cada archivo.
cli-mark-after =
    Escribe el hash completo de REV (por defecto HEAD) como commit base de la traducción,
    con la convención que ya usa el archivo (`source_commit`, `l10n.sourceCommit`,
    `default_lang_commit`), o añade la `commit-key` configurada; crea los metadatos si el
    archivo no los tiene; en un archivo `.ftl`, el comentario de recurso
    `### source_commit: <hash>`. Nada más cambia en el archivo (finales de línea, BOM,
    comentarios, orden de las claves, cuerpo), y el archivo se reemplaza de forma atómica
    conservando sus permisos.

    Se niega, explicando por qué, cuando el original en inglés tiene cambios sin commit (la
    base mentiría), cuando REV no es un ancestro de HEAD o cuando la traducción aún muestra
    divergencias estructurales respecto al inglés (use --force cuando lo haya comprobado).

    Ejemplos:
      transync mark content/es/blog/post.md           tras actualizar la entrada en español
      transync mark locales/fr/app.ftl --dry-run      muestra qué cambiaría
      transync mark content/pt/guide.md --rev 4630fa5 traducida de un inglés anterior
cli-mark-arg-paths = Archivos de traducción (Markdown o `.ftl`) que marcar.
cli-mark-arg-rev = El commit en inglés a partir del cual se hicieron las traducciones.
cli-mark-arg-dry-run = Muestra qué cambiaría sin escribir nada.
cli-mark-arg-force = Marca incluso cuando la estructura de la traducción difiere del inglés o el archivo es de solo lectura.

cli-scaffold-about = Empieza traducciones: crea como borradores las que faltan, a partir del inglés con commit.
cli-scaffold-after =
    Crea cada traducción que falta de los documentos seleccionados (por defecto: todos) en
    cada --lang: el archivo en inglés tal como está en el commit HEAD, con `draft: true` y
    el commit base (la `commit-key` configurada) añadidos a sus metadatos, y la línea
    `# transync: translate the title` encima del título. El cuerpo queda en inglés para que
    el traductor lo sustituya. Un borrador nunca cuenta como al día en `status` ni en
    `check`; quite `draft: true` y ejecute `transync mark` cuando la traducción esté lista.

    Nunca sobrescribe: una traducción que ya existe se omite, y un archivo que aparece
    durante la creación se deja tal cual. Rechaza un documento cuyo inglés tenga cambios sin
    commit (la base registrada mentiría), salvo con --force, que parte igualmente de la
    versión con commit. El id o el directorio de un módulo crea su página índice y todas sus
    lecciones.

    Códigos de salida: 0 éxito (también cuando ya existía todo), 2 cuando no se pudo crear
    un documento.

    Ejemplos:
      transync scaffold --lang es                          las páginas en español que faltan
      transync scaffold --lang fr blog/post.md             un documento, por id
      transync scaffold -l pt content/en/modules/dc-101    un módulo y sus lecciones
      transync scaffold --lang es,fr --dry-run             muestra qué se crearía
cli-scaffold-arg-targets =
    Documentos que crear: ids (`blog/post.md`) o rutas de un archivo o directorio de
    cualquier idioma. Por defecto: todos los documentos que faltan en los idiomas.
cli-scaffold-arg-lang = Idiomas en los que crear traducciones (separados por comas o repetidos).
cli-scaffold-arg-dry-run = Muestra qué se crearía sin escribir nada.
cli-scaffold-arg-force = Parte del inglés con commit incluso cuando tiene cambios sin commit.

cli-sync-about = Iguala los campos compartidos de los metadatos con el inglés y sigue sus cambios de nombre.
cli-sync-after =
    Dos cosas que un traductor nunca debería tener que hacer a mano:

    - Campos compartidos: las claves de los metadatos enumeradas en `shared-fields` (por
      defecto: date, tags, image, weight, aliases) reciben los valores del inglés. Los
      valores se comparan como datos, así que las comillas o la disposición por sí solas no
      son una diferencia. Las líneas de la clave en la traducción se sustituyen por las del
      inglés (se añaden al final de sus metadatos si faltan); nada más cambia en el archivo.
      Una clave compartida que solo tiene la traducción se señala, nunca se borra.
    - Cambios de nombre: una traducción que sigue en la ruta de un archivo en inglés que git
      vio renombrado se mueve a la nueva ruta (preparada como renombrado si la traducción
      está versionada, como `git mv`). Nunca se reemplaza un destino que ya existe.

    --check no escribe nada, muestra lo que difiere y sale con 1 si algo difiere: para CI.

    Códigos de salida: 0 al día (o sincronizado), 1 diferencias encontradas con --check,
    2 error.

    Ejemplos:
      transync sync                          aplica a todas las traducciones
      transync sync --check                  en CI: falla si algo está desalineado
      transync sync --lang fr blog/post.md   un documento en francés
      transync sync --dry-run                muestra qué cambiaría
cli-sync-arg-targets =
    Documentos que sincronizar: ids (`blog/post.md`) o rutas de un archivo o directorio de
    cualquier idioma. Por defecto: todos los documentos.
cli-sync-arg-lang = Solo estos idiomas (separados por comas o repetidos). Por defecto: todos.
cli-sync-arg-check = No escribe nada; sale con 1 si algo está desalineado.
cli-sync-arg-dry-run = Muestra qué cambiaría sin escribir nada (sale con 0).

cli-check-about = Falla (sale con 1) si las traducciones incumplen la política: el control de CI.
cli-check-after =
    Hace el mismo análisis que `status` y aplica una política: cada traducción desfasada,
    ausente, huérfana o dañada se convierte en un hallazgo de nivel error (hace fallar la
    comprobación), aviso o nota. Las opciones prevalecen sobre `[check]` en transync.toml,
    que puede fijar una política por idioma en `[check.languages.<tag>]`.

    Política por defecto: --fail-on stale,orphaned,error --min-severity minor (las
    traducciones que faltan son notas). Se rechaza un clon superficial: CI debe descargar el
    historial (`fetch-depth: 0`).

    Códigos de salida: 0 la política se cumple, 1 no se cumple, 2 error (el 2 prevalece
    sobre --exit-zero).

    Ejemplos:
      transync check --rev HEAD --format github              en un trabajo de GitHub Actions
      transync check --changed-since origin/main             pull request: solo lo que toca
      transync check --fail-on stale,missing --max-age 14    dos semanas para ponerse al día
      transync check --format junit > transync.xml           pruebas para GitLab / Jenkins
cli-check-value-format-text = Hallazgos agrupados por idioma y una línea de resumen al final.
cli-check-value-format-json = El formato de intercambio de status, más `findings` y `check`.
cli-check-value-format-github = Comandos de flujo de trabajo de GitHub Actions (anotaciones) y un resumen del trabajo.
cli-check-value-format-junit = XML de JUnit: una suite de pruebas por idioma, un caso por traducción.
cli-check-value-format-sarif = SARIF 2.1.0, para subirlo al análisis de código.
cli-check-value-format-markdown = Una tabla resumen y listas de tareas por idioma, para comentarios de PR.
cli-check-arg-fail-on = Tipos de hallazgo que hacen fallar (separados por comas); `none` para solo informar.
cli-check-value-fail-on-none = Nada falla: solo se informa.
cli-check-arg-min-severity = Las traducciones desfasadas de menor gravedad que esta solo dan un aviso.
cli-check-arg-max-age = Las traducciones desfasadas desde hace menos días que estos solo dan un aviso.
cli-check-arg-changed-since =
    Modo pull request: controla solo las traducciones modificadas desde la base de fusión
    con REF; los cambios del inglés en la rama que dejan atrás traducciones son avisos.
cli-check-arg-strict =
    Con --changed-since: las traducciones que los cambios del inglés en la rama dejan atrás
    fallan donde la política lo indique, en lugar de solo generar un aviso.
cli-check-arg-exit-zero = Informa de los hallazgos, pero sale con 0 aunque la política falle.

cli-bundle-about = Exporta paquetes por idioma para publicar: Markdown, HTML, manifiesto, mensajes, recursos.
cli-bundle-after =
    Construye, para cada idioma de destino, un paquete con todo lo publicable en un commit
    (por defecto HEAD; el árbol de trabajo nunca se lee, así que el paquete coincide con el
    commit de `manifest.json`): cada documento en Markdown y en HTML saneado, un
    `index.html`, las imágenes y archivos a los que hacen referencia las páginas (se
    prefiere la copia propia del idioma), `messages.json` (los mensajes Fluent del idioma,
    en inglés donde falte alguno) y `manifest.json` (lo que contiene: documentos con estado,
    commit base, SHA-256 y tamaño; módulos y sus lecciones; lo que se dejó fuera y por qué).

    Las traducciones desfasadas llevan un aviso con enlace al original en inglés (incluido
    en `en-original/`); las páginas en inglés que sustituyen a traducciones que faltan
    llevan un aviso de «aún sin traducir». Un módulo de aprendizaje solo se publica si lo
    están todas sus páginas. Los textos de las páginas salen de los mensajes Fluent del
    sitio (`banner-stale`, `banner-fallback`, `lesson-position`, `lesson-previous`,
    `lesson-next`, `site-title`, …) o, si no, de los propios de transync.

    El mismo commit da archivos comprimidos idénticos byte a byte. La salida se escribe con
    un nombre temporal y luego se renombra a su sitio; nunca se reemplaza un archivo que
    transync no haya escrito.

    Códigos de salida: 0 escrito, 1 una política `fail` detuvo un idioma (no se escribió
    nada para él), 2 error.

    Ejemplos:
      transync bundle                                    cada idioma, archivos zip en dist/
      transync bundle --lang es --archive dir --out site páginas en español, como directorio
      transync bundle --stale exclude --missing skip     solo las traducciones al día
      transync bundle --rev v2.0 --missing fail          una versión: exige todo traducido
cli-bundle-arg-lang = Solo estos idiomas de destino (separados por comas o repetidos). Por defecto: todos.
cli-bundle-arg-out = Directorio en el que escribir los paquetes (se crea si hace falta).
cli-bundle-arg-archive = Formato del paquete: `transync-<lang>-<commit>.zip`, `.tar.gz` o un directorio.
cli-bundle-arg-rev = El commit que publicar.
cli-bundle-arg-stale = Traducciones desfasadas: publicar con aviso, omitir (y se aplica --missing) o fallar.
cli-bundle-arg-missing = Documentos sin traducción: publicar el inglés con aviso, omitir o fallar.

# Errores de uso. $arg es cómo se escribe el argumento (`--format <FORMAT>`), $value lo que
# se indicó.
cli-error-invalid-value = valor '{ $value }' no válido para '{ $arg }'
cli-error-value-required = '{ $arg }' necesita un valor, pero no se dio ninguno
cli-error-invalid-value-reason = valor '{ $value }' no válido para '{ $arg }': { $reason }
cli-error-unknown-argument = argumento inesperado '{ $arg }'
cli-error-unknown-command = subcomando no reconocido '{ $command }'
cli-error-missing-required = no se indicaron los siguientes argumentos obligatorios:
cli-error-conflict = el argumento '{ $arg }' no se puede usar con '{ $other }'
cli-tip-prefix = consejo
cli-tip-similar-argument = existe un argumento parecido: '{ $suggestion }'
cli-tip-similar-command = existe un subcomando parecido: '{ $suggestion }'
cli-tip-similar-value = existe un valor parecido: '{ $suggestion }'
cli-tip-dash-dash = para pasar '{ $arg }' como valor, use '-- { $arg }'
cli-error-more = Para más información, pruebe '{ $help }'.

## Git, configuration and front-matter edits
line-prefixed = línea { $line }: { $text }
mark-value-not-found = no se encuentra el valor de `{ $key }` para reemplazarlo; edítelo a mano una vez y transync lo actualizará a partir de entonces
frontmatter-not-a-mapping = el front matter no es una tabla de claves y valores
error-walk-history = no se puede recorrer el historial de git
error-not-in-tree = { $path } no está en el commit analizado
error-read-blob = no se puede leer el objeto git { $id }
error-read-index = no se puede leer el índice de git
error-compare-worktree = no se puede comparar el árbol de trabajo con el índice de git
error-stage-move = no se puede registrar en el índice de git el traslado de { $path }
error-step-summary-open = no se puede abrir GITHUB_STEP_SUMMARY { $path }
error-step-summary-write = no se puede escribir GITHUB_STEP_SUMMARY { $path }
config-invalid-glob = patrón glob no válido: `{ $pattern }`
config-unknown-layout = clave `layout`: disposición desconocida `{ $value }`; use "{"{"}lang{"}"}/{"{"}path{"}"}" (content/es/guide.md) o "{"{"}path{"}"}.{"{"}lang{"}"}.md" (content/guide.es.md)
config-unknown-commit-key = clave `commit-key`: `{ $value }` no es compatible; use una de { $keys }
config-empty-keyword = clave `history.ignore-keywords`: hay una palabra clave vacía; elimínela o escriba la palabra

## Layouts: patterns and collections
layout-pattern-no-path = el patrón no tiene el marcador `{"{"}path{"}"}`, así que nombra un solo archivo; escriba por ejemplo `docs/{"{"}path{"}"}`
layout-pattern-placeholder = `{ $name }` no es un marcador de un patrón de disposición (o aparece dos veces); use `{"{"}lang{"}"}`, `{"{"}path{"}"}` y `{"{"}ext{"}"}`, cada uno una vez como máximo
layout-pattern-adjacent = dos marcadores seguidos no se pueden distinguir; ponga un `/` o un `.` entre ellos
layout-pattern-not-relative = los patrones son relativos al archivo de configuración y no salen del repositorio: sin `/` inicial, sin `..`, sin `\`
config-layout-conflict = `{ $key }` no se puede combinar con `{ $with }`; describa la disposición de una sola manera
config-layout-half = falta `{ $key }`: `source` y `translation` van juntos
config-translation-without-lang = clave `{ $key }`: un patrón de traducción necesita `{"{"}lang{"}"}`, donde va el idioma
config-patterns-differ = `{ $source }` y `{ $translation }` deben tener los mismos marcadores `{"{"}path{"}"}` y `{"{"}ext{"}"}`, para que una página y sus traducciones compartan nombre
config-collection-name = clave `{ $key }`: los nombres de colección deben ser únicos y no vacíos (se encontró `{ $name }`); indique `name` en cada `[[collection]]`
config-alias-not-a-name = el alias `{ $name }` no es un nombre de directorio ni un sufijo de archivo
hint-layout-root = para el inglés en la raíz de la carpeta de contenido y las traducciones en carpetas de idioma al lado, indique layout = "{"{"}path{"}"}"

## Layout detection
layout-from-config = { $file }
layout-from-file = la configuración
layout-detected = detectada: { $reason }
layout-default = la predeterminada: no hay transync.toml ni configuración de un generador de sitios (se buscó en { $dirs })
detect-generator = configuración de { $generator } { $file }
detect-fluent-l10n-toml = configuración de compare-locales { $file }
detect-fluent-folders = archivos Fluent en carpetas de idioma en la raíz del repositorio, `{ $english }` el original
detect-fluent-components = un archivo Fluent por idioma en { $count } componentes (`…/{ $english }.ftl` el original)
detect-tree-folders = carpetas de idioma en { $dir } junto a `{ $english }`
detect-tree-root = páginas en inglés en { $dir } con carpetas de idioma al lado
detect-tree-suffix = páginas en { $dir } con traducciones llamadas página.<idioma>.md al lado
detect-tree-siblings = carpetas { $dir }.<idioma> junto a { $dir }
detect-ambiguous = { $dir } tiene más de una configuración de sitio: { $candidates }
detect-tree-ambiguous = el árbol muestra dos disposiciones: { $first } y { $second }
detect-pairs = páginas traducidas
hint-detect-ambiguous = indique cuál en un transync.toml (`transync init` escribe uno para empezar)
inventory-no-source-documents-origin = disposición: { $origin }
status-layout = disposición: { $patterns } ({ $origin })

## transync init
init-exists = { $path } ya existe; transync lo lee, así que init no escribe nada
hint-init-exists = edite ese archivo, o vea lo que init escribiría con `transync init --stdout`
init-written = se escribió { $path } ({ $origin }): { $patterns }

cli-init-about = Escribe la disposición que detecta transync como un transync.toml comentado.
cli-init-after =
    Lee la configuración del generador del sitio (Docusaurus, Hugo, Astro Starlight, MkDocs
    con el plugin i18n) o, si no la hay, el árbol (carpetas de idioma, sufijos
    página.<idioma>.md, carpetas hermanas como pages.<idioma>), y escribe lo encontrado en
    transync.toml en la raíz del repositorio, con comentarios, para que lo revise y ajuste.
    Nunca reemplaza un transync.toml existente.

    Códigos de salida: 0 escrito (o mostrado), 2 error (ya existe un transync.toml, dos
    disposiciones no coinciden, no es un repositorio git).

    Ejemplos:
      transync init              escribe transync.toml
      transync init --stdout     lo muestra en su lugar
cli-init-arg-stdout = Muestra la configuración en lugar de escribirla.
note-missing-objects = { $count } commits ({ $commits }…) cambiaron archivos cuyos objetos faltan en este clon (¿un clon parcial?): no se siguen sus renombres; `git fetch --refetch` los trae
