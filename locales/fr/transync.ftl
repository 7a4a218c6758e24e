# Messages de transync en français. Source : locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erreur
caused-by = cause
hint-prefix = conseil

error-cannot-read = impossible de lire { $path }

error-write-report = impossible d’écrire le rapport
error-current-directory = impossible de lire le répertoire courant
error-path-names-nothing = { $path } n’existe pas et ne désigne aucun document
error-invalid-lang = --lang invalide
error-lang-is-source = --lang { $lang } : { $lang } est la langue source ; choisissez parmi { $known }
error-lang-unknown = --lang { $lang } : ce n’est pas une langue de ce projet ; choisissez parmi { $known }
error-path-outside-roots = { $path } n’est ni sous la racine du contenu { $root }/ ni sous la racine des locales { $locales }/
error-open-repo = impossible d’ouvrir le dépôt git dans { $path }
error-resolve-revision = impossible de résoudre la révision `{ $rev }`
error-read-head = impossible de lire le commit désigné par HEAD
error-no-commits = le dépôt n’a encore aucun commit
hint-commit-first = transync compare les traductions avec l’historique de leur original ; commitez d’abord le contenu
error-not-an-ancestor = `{ $rev }` ({ $commit }) n’est pas un ancêtre de HEAD : une base doit être un commit de cette branche
error-resolve-changed-since = impossible de résoudre --changed-since `{ $reference }`
error-no-common-history = `{ $reference }` et { $commit } n’ont aucun historique commun
hint-fetch-base-branch = récupérez la branche de base avec son historique (`git fetch origin main`, `fetch-depth: 0`)
warning-name-not-utf8 = { $name } est ignoré : son nom de fichier n’est pas en UTF-8 valide ; renommez-le
error-use-directory = impossible d’utiliser le répertoire { $path }
error-config-is-directory = --config { $path } : c’est un répertoire ; indiquez le fichier, par ex. { $example }
error-config-missing = le fichier de configuration { $path } n’existe pas
error-config-invalid = configuration invalide dans { $path }
error-config-default-invalid = configuration par défaut invalide
error-config-read = impossible de lire le fichier de configuration { $path }
error-not-a-repo = { $path } n’est pas dans un dépôt git
hint-not-a-repo = transync compare les traductions avec l’historique de leur original ; lancez-le dans un arbre de travail git (ou faites `git init` et commitez d’abord le contenu)
error-bare-repo = le dépôt git est nu (« bare ») ; transync a besoin d’un arbre de travail
error-outside-repo = { $path } est hors du dépôt { $root }

warning-duplicate-version = { $path } est ignoré : { $kept } est déjà la version { $lang } de { $id }
inventory-repository-root = la racine du dépôt
inventory-no-source-documents = aucun document { $source } trouvé dans { $place } (attendu : { $expected })
hint-inventory-settings = réglez `content-root`, `source-language` ou `layout` dans transync.toml

config-key = clé `{ $key }`
config-table = table `[{ $table }]`
lang-not-a-tag = `{ $tag }` n’est pas une étiquette de langue BCP 47 (par ex. `es`, `pt-BR`)
lang-subtag-length = `{ $tag }` n’est pas une étiquette de langue : la sous-étiquette de langue doit avoir 2 ou 3 lettres (par ex. `en`, `pt-BR`, `fil`)

fs-no-directory = le chemin n’a pas de répertoire parent
fs-cannot-replace = impossible de remplacer { $path }
fs-cannot-create = impossible de créer { $path }
fs-already-exists = { $path } existe déjà
fs-cannot-move = impossible de déplacer { $from } vers { $to }
fs-cannot-remove = impossible de supprimer { $path }
fs-cannot-create-temp = impossible de créer un fichier temporaire dans { $dir }
fs-cannot-write-temp = impossible d’écrire le fichier temporaire
fs-cannot-set-permissions = impossible de régler les permissions du fichier

warning-prefix = avertissement

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

# Un message transmis tel quel (d’une bibliothèque, ou de l’analyseur d’un autre format).
plain = { $text }

missing-expected-at = attendue dans { $path }
orphan-renamed = l’original anglais { $source } a été renommé en { $to } dans { $commit } ; déplacez la traduction en conséquence
orphan-renamed-gone = l’original anglais { $source } a été renommé en { $to } dans { $commit }, qui n’existe plus ; supprimez la traduction ou restaurez l’original
orphan-deleted = l’original anglais { $source } a été supprimé dans { $commit } ; supprimez la traduction ou restaurez l’original
orphan-deleted-uncommitted = l’original anglais { $source } est supprimé dans l’arbre de travail (non commité)
orphan-no-source = il n’y a pas d’original anglais { $source }
error-source-at-base = impossible de lire l’original anglais à la base : { $cause }
stale-uncommitted-source = l’original anglais { $source } a des modifications non commitées
stale-source-was = à la base, l’original anglais était { $path }
stale-source-new = l’original anglais { $source } n’existait pas au commit de base { $commit }
stale-masked-by-drift = la structure de la traduction diffère de l’anglais (voir écarts) : une modification de l’anglais peut être masquée par une retouche ultérieure de la traduction
error-not-utf8 = pas en UTF-8 valide (octet { $byte }) ; enregistrez le fichier en UTF-8
error-shallow-no-base = aucune base enregistrée, et ce clone superficiel n’a pas l’historique pour la déduire ; récupérez-le avec `git fetch --unshallow` (GitHub Actions : `fetch-depth: 0`) ou enregistrez `source_commit` dans les métadonnées
note-uncommitted-translation = pas encore commitée et sans base enregistrée : supposée faite à partir de HEAD
error-never-committed = aucun commit de l’historique n’a modifié ce fichier
base-not-a-hash = `{ $key }: { $value }` n’est pas un hash de commit ; écrivez le hash complet du commit anglais d’où vient la traduction (voir `git log` du fichier anglais)
base-not-in-shallow-clone = le commit de base { $value } (`{ $key }`) n’est pas dans ce clone superficiel ; récupérez l’historique avec `git fetch --unshallow` (GitHub Actions : `fetch-depth: 0`)
base-unknown = le commit de base { $value } (`{ $key }`) n’existe pas dans ce dépôt ; vérifiez le hash (l’historique a-t-il été réécrit ?) et enregistrez un commit existant
base-ambiguous = le commit de base { $value } (`{ $key }`) est ambigu : plusieurs objets commencent ainsi ; écrivez plus de chiffres (le hash complet de 40 caractères est le plus sûr)
base-not-a-commit = `{ $key }: { $value }` désigne un objet git qui n’est pas un commit
base-not-an-ancestor = le commit de base { $commit } (`{ $key }`) n’est pas un ancêtre de { $against } : il est sur une autre branche ou a été réécrit par un rebase ; fusionnez d’abord cette branche ou enregistrez un commit de celle-ci

## Drift: the translation's structure against the English now

drift-no-section = la traduction n’a pas d’équivalent pour la section « { $heading } », ligne { $line } de l’anglais
drift-no-list = la traduction n’a pas d’équivalent pour la liste, ligne { $line } de l’anglais
drift-no-block = la traduction n’a pas d’équivalent pour ce bloc ({ $kind }), ligne { $line } de l’anglais
drift-list-items = la liste de la ligne { $line } de l’anglais a { $english } éléments, la traduction { $translation }
drift-code-block = le bloc de code de la ligne { $line } de l’anglais diffère dans la traduction (ligne { $tline }) ; le code ne se traduit pas
drift-table = le tableau de la ligne { $line } de l’anglais a { $rows } lignes × { $columns } colonnes, la traduction { $trows } × { $tcolumns }
drift-anchor = le titre de la ligne { $line } de l’anglais a l’ancre { $anchor }, la traduction (ligne { $tline }) { $tanchor }
drift-anchor-none = le titre de la ligne { $line } de l’anglais a l’ancre { $anchor }, la traduction (ligne { $tline }) aucune
drift-shortcode = le shortcode de la ligne { $line } de l’anglais est { $name } dans la traduction (ligne { $tline })
drift-missing-at = la ligne { $line } de l’anglais contient { $what }, absent de la traduction (ligne { $tline })
drift-missing = la ligne { $line } de l’anglais contient { $what }, absent de la traduction
drift-missing-link-at = la ligne { $line } de l’anglais contient un lien vers { $links }, absent de la traduction (ligne { $tline })
drift-missing-link = la ligne { $line } de l’anglais contient un lien vers { $links }, absent de la traduction
drift-sentences = le texte à partir de la ligne { $line } de l’anglais a { $english } phrases, la traduction (ligne { $tline }) { $translation }
drift-sentences-missing = le texte à partir de la ligne { $line } de l’anglais ({ $english } phrases) n’est pas dans la traduction
drift-image = l’image { $image } de la ligne { $line } de l’anglais n’est pas dans la traduction

## Status words, levels and severities

label-current = à jour
label-stale = obsolète
label-missing = manquante
label-orphaned = orpheline
label-error = erreur
label-drift = écart
level-error = erreur
level-warning = avertissement
level-note = note
severity-minor = mineur
severity-major = majeur
note-prefix = note

## The status table and its notes

status-at = à { $commit }
status-at-worktree = à HEAD { $commit } + arbre de travail
status-no-languages = aucune langue cible : ajoutez un répertoire par langue à côté de { $source }/ (par ex. fr/) ou listez-les dans `languages` dans transync.toml
status-no-documents = aucun document à présenter
status-column-document = DOCUMENT
status-module-row = { $dir }/ (module, { $pages } pages)
status-module-cell = { $current }/{ $total } à jour
status-legend-behind = obsolète (N) : N commits anglais depuis la base de la traduction
status-legend-inferred = * base déduite du dernier commit qui a modifié la traduction (aucune n’est enregistrée dans ses métadonnées)
status-attention-heading = À traiter
status-drift-detail = écart : { $message }
status-percent-current = % à jour
status-fluent-heading = Messages Fluent
stale-source-changed = l’original anglais a changé
stale-summary =
    { $what }, +{ $added } -{ $removed } lignes{ $severity ->
        [minor] {" "}(mineur)
        [major] {" "}(majeur)
       *[none] {""}
    }
detail-lines = +{ $added } -{ $removed } lignes
detail-cosmetic =
    { $count ->
        [one] { $count } cosmétique
       *[other] { $count } cosmétiques
    }
detail-base-recorded = base { $commit } (enregistrée dans `{ $key }`)
detail-base-front-matter = base { $commit } (enregistrée dans les métadonnées)
detail-base-inferred = base { $commit } (déduite)
fluent-file-to-translate = ({ $count } messages à traduire)
fluent-file-counts = à jour : { $current }, obsolètes : { $stale }, manquants : { $missing }
fluent-language-counts = messages à jour : { $current }, obsolètes : { $stale }, manquants : { $missing } ({ $percent } à jour)
count-errors =
    { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
count-warnings =
    { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
note-shallow-clone = ceci est un clone superficiel : l’historique est tronqué, les bases déduites peuvent donc être fausses et les bases enregistrées anciennes introuvables ; récupérez-le en entier avec `git fetch --unshallow` (GitHub Actions : `fetch-depth: 0`)

label-draft = brouillon
draft-note = un brouillon (`draft: true`) : commencé, pas encore traduit ; retirez `draft` et lancez `transync mark` une fois traduit

frontmatter-unclosed = les métadonnées ouvertes par `{ $delimiter }` à la ligne 1 ne sont jamais fermées ; ajoutez une ligne `{ $delimiter }` après la dernière clé
frontmatter-invalid-yaml = métadonnées YAML invalides : { $error }
frontmatter-invalid-toml = métadonnées TOML invalides : { $error }

## check

check-passed = vérification réussie
check-failed = vérification échouée
check-counts =
    { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
check-outside-change =
    { $count ->
        [one] { $count } constat non affiché dans des traductions que la modification n’a pas touchées
       *[other] { $count } constats non affichés dans des traductions que la modification n’a pas touchées
    }
finding-stale-todo = { $summary } ; voyez avec `transync diff` ce qu’il faut mettre à jour, puis `transync mark`
finding-stale-young = { $message } (obsolète depuis { $days } jours, sous la limite de { $limit } jours)
finding-missing = pas encore de traduction { $language } (attendue dans { $path })
finding-changed-in-branch = l’anglais a changé dans cette branche : { $message }
finding-ftl-id = { $check } `{ $id }` : { $message }
finding-ftl = { $check } : { $message }
note-unknown-policy-language = [check.languages.{ $tag }] dans la configuration ne désigne aucune langue de ce projet ({ $languages }) ; sans effet
check-shallow-clone = ceci est un clone superficiel : transync a besoin de l’historique depuis les commits de base des traductions
hint-unshallow = récupérez-le avec `git fetch --unshallow` ; dans GitHub Actions mettez `fetch-depth: 0` sur actions/checkout, dans GitLab CI `GIT_DEPTH: 0`
check-fail-on-none = --fail-on none signifie que rien n’échoue ; impossible de le combiner avec d’autres types

## Fluent checks (locales/*.ftl)

list-and = { $init } et { $last }
ftl-skips-entry = fluent ignore `{ $id }` tant qu’il n’est pas corrigé
ftl-skips-line = fluent ignore la ligne { $line } tant qu’elle n’est pas corrigée
ftl-skips-lines = fluent ignore les lignes { $first }-{ $last } tant qu’elles ne sont pas corrigées
ftl-skips-unknown = fluent ignore l’entrée tant qu’elle n’est pas corrigée
ftl-no-default-variant =
    expression de sélection sans variante par défaut{ $place ->
        [english] {" "}dans le fichier anglais
       *[translation] {""}
    } : marquez avec `*` la variante à utiliser quand aucune ne correspond, par ex. `*[other]` ; { $skipped }
ftl-syntax-error =
    erreur de syntaxe{ $place ->
        [english] {" "}dans le fichier anglais
       *[translation] {""}
    } : { $error } ; { $skipped }
ftl-duplicate =
    `{ $id }` est défini à nouveau{ $place ->
        [english] {" "}dans le fichier anglais
       *[translation] {""}
    } (d’abord ligne { $line }) ; fluent utilise la première définition, supprimez ou renommez celle-ci
ftl-missing =
    { $kind ->
        [term] le terme
       *[message] le message
    } `{ $id }` n’est pas traduit ; ajoutez-le à la traduction
ftl-obsolete =
    { $kind ->
        [term] le terme
       *[message] le message
    } `{ $id }` n’est pas dans le fichier anglais ; supprimez-le, ou renommez-le si son identifiant anglais a changé
ftl-missing-value = `{ $id }` a une valeur en anglais mais seulement des attributs dans la traduction ; traduisez la valeur
ftl-obsolete-value = `{ $id }` a une valeur mais le message anglais n’a que des attributs ; supprimez la valeur
ftl-duplicate-attribute = l’attribut `.{ $name }` de `{ $id }` est défini à nouveau (d’abord ligne { $line }) ; fluent utilise la première définition, supprimez ou renommez celle-ci
ftl-obsolete-attribute = l’attribut `.{ $name }` de `{ $id }` n’est pas dans le fichier anglais ; supprimez-le, ou renommez-le si son nom anglais a changé
ftl-missing-attribute = l’attribut `.{ $name }` de `{ $id }` n’est pas traduit ; ajoutez-le à la traduction
ftl-english-uses-no-variables = le texte anglais n’utilise aucune variable
ftl-english-uses = l’anglais utilise { $variables }
ftl-unknown-variable = `${ $name }` n’est pas une variable du `{ $id }` anglais, l’application ne la transmet donc pas ; { $known }
ftl-dropped-variable = le `{ $id }` anglais affiche `{"{"} ${ $name } {"}"}` mais pas la traduction ; incluez-la, sauf si la langue n’en a pas l’usage
ftl-unknown-reference = `{"{"} { $key } {"}"}` n’est pas référencé par le `{ $id }` anglais ; utilisez les mêmes messages et termes que le texte anglais
ftl-dropped-reference = le `{ $id }` anglais utilise `{"{"} { $key } {"}"}` mais pas la traduction ; incluez-le pour que les noms partagés restent cohérents
ftl-untranslated = `{ $id }` se lit `{ $text }`, comme en anglais ; traduisez-le, ou autorisez-le comme non traduit s’il est identique dans cette langue
ftl-missing-plural-category =
    la sélection sur `${ $variable }` n’a pas de variante pour la catégorie { $kind ->
        [ordinal] de pluriel ordinal
       *[cardinal] de pluriel
    } `{ $category }` de `{ $lang }` ; ajoutez une variante `[{ $category }]`
ftl-missing-plural-categories =
    la sélection sur `${ $variable }` n’a pas de variante pour les catégories { $kind ->
        [ordinal] de pluriel ordinal
       *[cardinal] de pluriel
    } { $categories } de `{ $lang }` ; ajoutez les variantes { $variants }
ftl-format = `{ $id }` ne peut pas être formaté : { $explained }
ftl-unknown-function = `{ $id }()` n’est ni une fonction intégrée de fluent ni une fonction utilisée par le fichier anglais ; utilisez l’une de celles-ci
ftl-variable-without-value = `${ $id }` n’a pas de valeur ; utilisez les variables du texte anglais
ftl-no-value = `{"{"} { $id } {"}"}` n’a que des attributs, pas de valeur ; référencez plutôt l’un de ses attributs, par ex. `{"{"} { $id }.attr {"}"}`
ftl-cyclic = ses références ramènent à lui-même ; rompez le cycle
ftl-other-format-error = { $error } ; corrigez les expressions
ftl-unknown-attribute-reference = `{"{"} { $key } {"}"}` désigne un attribut que `{ $entry }` n’a pas dans ce fichier ; ajoutez-le ou corrigez la référence
ftl-undefined-reference = `{"{"} { $key } {"}"}` désigne quelque chose qui n’est pas défini dans ce fichier ; définissez-le ou corrigez la référence
ftl-stale =
    { $kind ->
        [term] le terme
       *[message] le message
    } anglais `{ $id }` a changé depuis le commit de base de la traduction ; mettez la traduction à jour, puis enregistrez le nouveau commit de base (`transync mark <fichier>`)
ftl-file-missing = pas de traduction { $language } de ce fichier ; créez { $path }
ftl-base-unusable = ligne { $line } : le commit de base { $hash } est inutilisable (inconnu, ambigu ou hors de cette branche) ; les messages obsolètes ne sont pas vérifiés
ftl-base-not-a-hash = ligne { $line } : `{ $hash }` n’est pas un hash de commit ; les messages obsolètes ne sont pas vérifiés

finding-draft = la traduction { $language } est un brouillon, pas encore traduite ({ $path })

## diff

diff-nothing-to-compare = aucune traduction à comparer
diff-english-source = anglais : { $path }
diff-no-english-source = (pas d’original anglais)
diff-no-translations = aucune traduction dans les langues choisies
diff-missing-path = (manquante)
diff-commits-since =
    { $count ->
        [one] { $count } commit anglais depuis
       *[other] { $count } commits anglais depuis
    }
diff-base-recorded = base { $commit } (enregistrée)
diff-base-inferred = base { $commit } (déduite)
diff-nothing-to-translate = rien à traduire : l’anglais n’a pas vraiment changé depuis la base
diff-cosmetic-not-shown =
    { $count ->
        [one] { $count } modification cosmétique non affichée (retours à la ligne, emphase, puces, style de titre ou de bloc, forme de lien, métadonnées non traduisibles)
       *[other] { $count } modifications cosmétiques non affichées (retours à la ligne, emphase, puces, style de titre ou de bloc, forme de lien, métadonnées non traduisibles)
    }
diff-drift-heading = (anglais actuel face à la traduction actuelle) :
diff-insert-after = insérer après la ligne { $line }
diff-line = ligne { $line }
diff-lines = lignes { $first }–{ $last }
diff-english-at-base = anglais { $lines } à la base
diff-english-lines = anglais { $lines }
diff-translation-lines = traduction { $lines }
diff-block-change =
    { $kind } : { $op ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
diff-not-translated-yet = pas encore traduit
diff-fluent-changed = { $id } a changé en anglais — ligne { $line } de la traduction
diff-other-findings = autres constats
block-kind =
    { $kind ->
        [heading] titre
        [paragraph] paragraphe
        [list-item] élément de liste
        [code-block] bloc de code
        [table] tableau
        [html-block] bloc HTML
        [shortcode] shortcode
        [thematic-break] séparateur
        [list] liste
        [inline-code] code en ligne
        [number] nombre
        [link] lien
        [sentences] phrases
        [image] image
        [anchor] ancre
       *[other] { $kind }
    }
block-kind-front-matter = métadonnées : { $key }
diff-not-at-revision = { $target } n’existe pas à { $rev } : rien à comparer là
diff-unknown-target = { $target } n’est ni un identifiant de document ni un fichier sous { $root }/
diff-unknown-target-hint = utilisez le chemin d’une traduction (par ex. { $root }/fr/…/page.md) ou un identifiant de document (son chemin sous le répertoire de langue)
diff-not-a-fluent-file = { $target } n’est pas un fichier Fluent traduit sous { $root }/
diff-fluent-hint = indiquez une traduction comme { $root }/fr/app.ftl, ou son fichier anglais pour toutes les langues

## mark

mark-failed-count =
    { $failed ->
        [one] { $failed } fichier sur { $total } non marqué
       *[other] { $failed } fichiers sur { $total } non marqués
    }
mark-no-such-file = fichier introuvable
mark-not-a-document = ce n’est pas un document sous { $root }/
mark-english-source = c’est l’original anglais ; marquez ses traductions
mark-orphan = pas d’original anglais pour { $id } : une orpheline n’a pas de base à enregistrer
mark-uncommitted-source = l’original anglais { $source } a des modifications non commitées ; commitez-les d’abord, pour que la base désigne ce qui a été traduit
mark-drift = la structure de la traduction diffère encore de l’anglais ({ $drift }) ; terminez-la, ou utilisez --force si c’est voulu
mark-drift-more = et { $count } de plus
mark-already = enregistre déjà { $key }: { $commit }
mark-would-change = changerait { $key }: { $old } → { $commit }
mark-added = ajouté { $key }: { $commit }
mark-would-add = ajouterait { $key }: { $commit }
mark-dry-run = (simulation)
mark-ftl-outside-locales = un fichier .ftl à marquer doit être sous { $root }/
mark-ftl-layout = attendu : { $root }/<langue>/<fichier>.ftl
mark-not-a-language-dir = `{ $dir }` n’est pas un répertoire de langue
mark-no-english-ftl = pas de { $name } anglais sous { $root }/

## scaffold

scaffold-created = créé { $path } à partir de { $source } au commit { $commit }
scaffold-would-create = créerait { $path } à partir de { $source } au commit { $commit } (simulation)
scaffold-exists = ignoré { $path } : il existe déjà (scaffold n’écrase jamais)
scaffold-no-source = ignoré { $id } : aucune source anglaise dont partir
scaffold-uncommitted = la source anglaise { $source } n’est pas commitée ; commitez-la d’abord, pour que la base désigne ce qui a été copié
scaffold-dirty = la source anglaise { $source } a des modifications non commitées ; commitez-les d’abord, pour que la base désigne ce qui a été copié, ou utilisez --force pour partir de la version commitée
scaffold-not-utf8 = la source anglaise { $source } n’est pas de l’UTF-8 valide
scaffold-invalid = la source anglaise { $source }, ligne { $line } : { $message }
scaffold-appeared = { $path } est apparu pendant la création ; il a été laissé tel quel
scaffold-failed =
    { $count ->
        [one] { $count } traduction sur { $total } non créée
       *[other] { $count } traductions sur { $total } non créées
    }
scaffold-nothing = rien à créer : chaque document sélectionné existe dans les langues sélectionnées
scaffold-unknown-target = { $target } n’est ni un identifiant de document ni le chemin d’un document

## sync

sync-moved = déplacé { $from } → { $to }
sync-would-move = déplacerait { $from } → { $to } (sa source anglaise a été renommée)
sync-move-exists = impossible de le déplacer vers { $to }, où est allée sa source anglaise : ce fichier existe déjà ; fusionnez les deux à la main
sync-field-set = { $path } : { $key } : { $old } → { $new }
sync-field-added = { $path } : ajouté { $key } : { $new }
sync-field-differs = { $path } : { $key } vaut { $old }, l’anglais a { $new }
sync-field-missing = { $path } : { $key } manque, l’anglais a { $new }
sync-only-in-translation = note : { $path } : { $key } n’existe que dans la traduction ; laissé tel quel
sync-invalid = ligne { $line } : { $message }
sync-invalid-english = la source anglaise { $source }, ligne { $line } : { $message }
sync-unconvertible = la valeur anglaise de { $key } n’a pas de forme TOML (TOML n’a pas de null) ; fixez-la à la main
sync-unlocated = impossible de savoir quelles lignes contiennent { $key } dans le front matter ; fixez-la à la main
sync-not-utf8 = { $path } n’est pas de l’UTF-8 valide ; enregistrez le fichier en UTF-8
sync-in-step =
    { $count ->
        [one] tout est à jour : { $count } traduction vérifiée
       *[other] tout est à jour : { $count } traductions vérifiées
    }
sync-check-failed =
    { $count ->
        [one] { $count } traduction désalignée ; lancez `transync sync` pour la corriger
       *[other] { $count } traductions désalignées ; lancez `transync sync` pour les corriger
    }
sync-failed =
    { $count ->
        [one] { $count } traduction n’a pas pu être synchronisée
       *[other] { $count } traductions n’ont pas pu être synchronisées
    }
sync-left-behind = note : { $dir }/ contient encore des fichiers qui ne sont pas des pages (images…) ; déplacez-les à la main s’ils vont avec les pages déplacées
sync-unknown-target = { $target } n’est ni un identifiant de document ni le chemin d’un document
sync-shared-fields-invalid = clé `shared-fields` : `{ $key }` ne peut pas être partagée ; indiquez des clés de front matter dont la valeur est la même dans toutes les langues, comme `date` ou `tags`

## bundle

bundle-summary = à jour : { $current }, obsolètes (avec bandeau) : { $stale }, en anglais : { $fallback }, écartés : { $unpublished }
bundle-uncommitted =
    { $count ->
        [one] { $count } fichier sous les racines du contenu et des locales diffère de { $commit } ; le paquet contient la version commitée
       *[other] { $count } fichiers sous les racines du contenu et des locales diffèrent de { $commit } ; le paquet contient les versions commitées
    }
bundle-policy-failed =
    { $count ->
        [one] { $lang } : non construit, { $count } document enfreint la politique
       *[other] { $lang } : non construit, { $count } documents enfreignent la politique
    }
bundle-reason-missing = non traduit (--missing)
bundle-reason-draft = seulement un brouillon (--missing)
bundle-reason-error = la traduction est cassée ; voir `transync status` (--missing)
bundle-reason-stale = la traduction est obsolète (--stale)
bundle-reason-stale-excluded = la traduction est obsolète et --stale exclude l’écarte
bundle-reason-module-incomplete = le module { $module } n’est pas publié : { $page } est écarté
bundle-asset-missing = { $page } renvoie à { $reference }, absent du commit
bundle-file-missing = { $path } n’est pas dans le commit
bundle-symlink-escapes = { $path } est un lien symbolique vers { $target }, hors du dépôt ; le paquet ne lit que le dépôt
bundle-symlink-loop = { $path } : trop de niveaux de liens symboliques
bundle-refuse-overwrite = { $path } existe et n’a pas été écrit par transync ; il n’est pas remplacé
bundle-refuse-overwrite-hint = choisissez un autre répertoire --out, ou déplacez le fichier
# Mots des pages, quand les fichiers Fluent du site ne les définissent pas.
bundle-site-title = Documentation
bundle-skip = Aller au contenu
bundle-generated = Publié avec transync.
bundle-banner-stale = Cette traduction n’est peut-être plus à jour : l’original anglais a changé depuis.
bundle-read-original = Lire l’original en anglais.
bundle-banner-fallback = Cette page n’est pas encore traduite ; elle est affichée en anglais.
bundle-lesson-position = Leçon { $current } sur { $total }
bundle-lesson-previous = Leçon précédente
bundle-lesson-next = Leçon suivante
bundle-back-to-module = Présentation du module
bundle-lessons = Leçons
bundle-lessons-count =
    { $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }
bundle-modules = Modules d’apprentissage
bundle-articles = Articles
bundle-note-stale = peut-être plus à jour
bundle-note-fallback = en anglais

bundle-duplicate-path = deux fichiers du paquet seraient tous deux { $path }
