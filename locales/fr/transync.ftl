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
error-path-outside-roots = { $path } n’est ni un identifiant de document ni un chemin sous la racine du contenu { $root }/ ou celle des locales { $locales }/
error-open-repo = impossible d’ouvrir le dépôt git dans { $path }
error-read-head = impossible de lire le commit désigné par HEAD
error-rev-not-found = { $rev } n’est ni un commit, ni une branche, ni une étiquette de ce dépôt
error-rev-too-far = { $rev } remonte au-delà du premier commit de cet historique (un clone superficiel n’a que ses derniers commits)
error-rev-ambiguous = { $rev } est ambigu : l’identifiant de plus d’un objet commence ainsi
hint-rev-longer = donnez plus de chiffres de l’identifiant du commit (`git log --oneline` les montre)
error-rev-not-a-commit = { $rev } est { $kind ->
    [blob] le contenu d’un fichier (un blob)
    [tree] un dossier (un arbre)
    [tag] une étiquette d’autre chose qu’un commit
   *[other] un objet
}, pas un commit
hint-rev-list = nommez un commit : `git log --oneline` les liste, `git branch -a` et `git tag` les noms (une branche distante peut demander `git fetch` d’abord)
error-no-commits = le dépôt n’a encore aucun commit
hint-commit-first = transync compare les traductions avec l’historique de leur original ; commitez d’abord le contenu
error-not-an-ancestor = `{ $rev }` ({ $commit }) n’est pas un ancêtre de HEAD : une base doit être un commit de cette branche
error-no-common-history = `{ $reference }` et { $commit } n’ont aucun historique commun
hint-fetch-base-branch = récupérez la branche de base avec son historique (`git fetch origin main`, `fetch-depth: 0`)
warning-name-not-utf8 = { $name } est ignoré : son nom de fichier n’est pas en UTF-8 valide ; renommez-le
error-use-directory = impossible d’utiliser le répertoire { $path }
error-config-is-directory = --config { $path } : c’est un répertoire ; indiquez le fichier, par ex. { $example }
error-config-missing = le fichier de configuration { $path } n’existe pas
error-config-invalid = configuration invalide dans { $path }
error-config-default-invalid = configuration par défaut invalide
error-config-read = impossible de lire le fichier de configuration { $path }
error-open-repo-cause = impossible d’ouvrir le dépôt git de { $path } : { $cause }
hint-git-config = la configuration de git lui-même n’a pas pu être lue : vérifiez que $HOME est le dossier de l’utilisateur qui lance transync et que son .gitconfig (et $XDG_CONFIG_HOME/git/config) est lisible
hint-open-repo = vérifiez le dépôt avec `git status` ; si git l’ouvre, signalez-le à transync
error-not-a-repo = { $path } n’est pas dans un dépôt git
hint-not-a-repo = transync compare les traductions avec l’historique de leur original ; lancez-le dans un arbre de travail git (ou faites `git init` et commitez d’abord le contenu)
error-unsafe-repo = { $path } appartient à un autre utilisateur, et git ne fait pas confiance aux dépôts d’autres utilisateurs
hint-unsafe-repo = si vous lui faites confiance, déclarez-le sûr : `git config --global --add safe.directory { $path }` (ce que git lui-même demande), ou lancez transync en tant que propriétaire
error-bare-repo = le dépôt git est nu (« bare » : il n’a pas d’arbre de travail, donc pas de pages à lire) ; lancez transync dans un clone (`git clone`) ou dans un arbre de travail ajouté par `git worktree add`
error-outside-repo = { $path } est hors du dépôt { $root }

warning-name-forms-differ = { $path } et { $other } sont le même nom écrit sous deux formes Unicode (décomposée, comme macOS l’enregistre, et composée) : transync les apparie, mais les liens, les serveurs web et git sur d’autres systèmes peut-être pas ; renommez { $path } dans la forme composée
warning-case-collision = { $paths } ne diffèrent que par la casse : dans une copie de travail sous macOS ou Windows l’un remplace l’autre, et git montre celui qui est perdu comme modifié ; renommez l’un d’eux
warning-link-outside = pages non lues : { $refusal }
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
path-link-outside = { $path } est un lien symbolique vers { $target }, hors du dépôt ; transync ne lit ni n’écrit hors du dépôt : remplacez le lien par le fichier lui-même, ou faites-le pointer dans le dépôt
path-link-loop = { $path } est un lien symbolique sans fin (une boucle, ou plus de 40 liens à la suite) : faites-le pointer vers un vrai fichier
path-link-dangling = { $path } est un lien symbolique vers { $target }, qui n’existe pas : corrigez le lien ou supprimez-le
path-not-a-file = { $path } est { $kind ->
        [fifo] un tube nommé (FIFO)
        [socket] une socket
        [device] un périphérique
        [directory] un répertoire
       *[other] autre chose
    }, pas un fichier ordinaire ; transync ne lit que des fichiers ordinaires : mettez-y la page elle-même
path-too-large = { $path } fait { $size } Mio, plus que les { $limit } Mio que lit transync : une page aussi grande n’en est sans doute pas une ; sortez-la des racines de contenu
path-denied = impossible de lire { $path } : permission refusée ; rendez-le lisible par l’utilisateur qui lance transync (`chmod u+r { $path }`, ou corrigez son propriétaire)
path-io = impossible de lire { $path } : { $error }
fs-cannot-move = impossible de déplacer { $from } vers { $to }
fs-cannot-remove = impossible de supprimer { $path }
hint-file-write-failed = { $kind ->
    [full] libérez de la place sur ce disque et relancez
    [quota] libérez une partie de votre quota et relancez
    [too-large] relevez la limite de taille des fichiers (`ulimit -f`) et relancez
    [denied] rendez son dossier accessible en écriture à l’utilisateur qui lance transync
    [read-only] lancez-le là où le dépôt est accessible en écriture
   *[other] vérifiez le dossier et relancez
} ; { $path } n’a pas été modifié
fs-cannot-set-permissions = impossible de régler les permissions du fichier

warning-prefix = avertissement
warning-ui-lang-unknown = transync n’a pas de messages en « { $lang } » ; l’anglais est utilisé (disponibles : { $available })

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
orphan-renamed-uncommitted = l’original anglais { $source } est déplacé vers { $to } dans l’arbre de travail (non commité) ; `transync sync` déplace la traduction en conséquence
orphan-no-source = il n’y a pas d’original anglais { $source }
error-source-at-base = impossible de lire l’original anglais à la base : { $cause }
stale-uncommitted-source = l’original anglais { $source } a des modifications non commitées
stale-source-was = à la base, l’original anglais était { $path }
stale-source-new = l’original anglais { $source } n’existait pas au commit de base { $commit }
stale-masked-by-drift = la structure de la traduction diffère de l’anglais (voir écarts) : une modification de l’anglais peut être masquée par une retouche ultérieure de la traduction
error-not-utf8 = pas en UTF-8 valide (octet { $byte }) ; enregistrez le fichier en UTF-8
error-binary = un fichier binaire (un octet NUL à l’octet { $byte }), pas une page ; rétablissez le texte, ou sortez le fichier de la racine du contenu
error-source-unreadable = la source anglaise { $source } ne peut pas être lue, cette traduction ne peut donc pas lui être comparée : { $cause }
error-source-vanished = elle a disparu pendant que transync tournait
error-source-binary = la source anglaise { $source } est un fichier binaire (un octet NUL à l’octet { $byte }, ligne { $line }), pas une page, cette traduction ne peut donc pas lui être comparée : rétablissez le texte anglais, ou sortez le fichier de la racine du contenu
error-source-not-utf8 = la source anglaise { $source } n’est pas en UTF-8 valide (octet { $byte }, ligne { $line }), cette traduction ne peut donc pas lui être comparée : enregistrez l’anglais en UTF-8
note-source-not-utf8 = la source anglaise { $path } n’est pas en UTF-8 valide (octet { $byte }) ; enregistrez-la en UTF-8
note-source-invalid = la source anglaise { $path }, ligne { $line } : { $error }
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
drift-code-block = le bloc de code de la ligne { $line } de l’anglais diffère dans la traduction (ligne { $tline }) par plus que des commentaires, des chaînes et des noms
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
status-legend-inferred = * base déduite du dernier commit qui a traduit la traduction, maintenance écartée (aucune n’est enregistrée dans ses métadonnées)
status-attention-heading = À traiter
status-drift-detail = écart : { $message }
status-drift-more = … et { $count } écarts de plus (tous : `transync check { $path }`)
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
fluent-unlisted-warnings =
    { $count ->
        [one] et { $count } autre avertissement (non traduit, obsolète…) : `transync check` liste tous les constats
       *[other] et { $count } autres avertissements (non traduits, obsolètes…) : `transync check` liste tous les constats
    }
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
yaml-budget = { $kind ->
    [depth] ses valeurs sont imbriquées plus profondément qu’aucune page n’en a besoin, il n’a donc pas été lu : aplatissez-le
   *[size] il se déploie en plus de valeurs qu’aucune page n’en a besoin (des alias qui répètent des alias), il n’a donc pas été lu : écrivez les valeurs, ou retirez les alias répétés
}
frontmatter-invalid-yaml = métadonnées YAML invalides : { $error } ; corrigez le YAML à cet endroit (un guillemet ou un crochet non fermé en est la cause habituelle)
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
    } `{ $id }` n’est pas traduit ; ajoutez-le à la traduction (ligne { $line } en anglais)
ftl-obsolete =
    { $kind ->
        [term] le terme
       *[message] le message
    } `{ $id }` n’est pas dans le fichier anglais ; supprimez-le, ou renommez-le si son identifiant anglais a changé
ftl-missing-value = `{ $id }` a une valeur en anglais (ligne { $line }) mais seulement des attributs dans la traduction ; traduisez la valeur
ftl-obsolete-value = `{ $id }` a une valeur mais le message anglais n’a que des attributs ; supprimez la valeur
ftl-duplicate-attribute = l’attribut `.{ $name }` de `{ $id }` est défini à nouveau (d’abord ligne { $line }) ; fluent utilise la première définition, supprimez ou renommez celle-ci
ftl-obsolete-attribute = l’attribut `.{ $name }` de `{ $id }` n’est pas dans le fichier anglais ; supprimez-le, ou renommez-le si son nom anglais a changé
ftl-missing-attribute = l’attribut `.{ $name }` de `{ $id }` n’est pas traduit ; ajoutez-le à la traduction (ligne { $line } en anglais)
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
ftl-unknown-attribute-reference = `{"{"} { $key } {"}"}` désigne un attribut que `{ $entry }` n’a pas dans les fichiers chargés avec celui-ci ; ajoutez-le ou corrigez la référence
ftl-undefined-reference = `{"{"} { $key } {"}"}` n’est défini dans aucun des fichiers chargés avec celui-ci ; définissez-le ou corrigez la référence
ftl-unknown-reference-undefined = `{"{"} { $key } {"}"}` n’est pas référencé par le `{ $id }` anglais et n’est défini dans aucun des fichiers chargés avec celui-ci, il s’affiche donc `{"{"}{ $key }{"}"}` ; utilisez les mêmes messages et termes que le texte anglais
ftl-unknown-term-attribute = `{ $key }` n’est pas référencé par le `{ $id }` anglais et n’est défini dans aucun des fichiers chargés avec celui-ci, la sélection sur lui prend donc toujours sa variante par défaut ; définissez l’attribut sur le terme ou sélectionnez sur un attribut qu’il a
ftl-plural-number-partial = la sélection sur `${ $variable }` a `[{ $number }]`, mais la catégorie de pluriel `{ $category }` de `{ $lang }` contient aussi { $others } ; utilisez `[{ $category }]` au lieu de `[{ $number }]`, sauf si { $number } demande un texte à part
ftl-obsolete-file = aucun fichier anglais n’a les messages de ce fichier ({ $english } attendu) ; supprimez-le, ou renommez-le comme le fichier anglais l’a été
ftl-stale =
    { $kind ->
        [term] le terme
       *[message] le message
    } anglais `{ $id }` a changé depuis le commit de base de la traduction ; mettez la traduction à jour, puis enregistrez le nouveau commit de base (`transync mark <fichier>`)
ftl-file-missing = pas de traduction { $language } de ce fichier ; créez { $path }
ftl-base-unusable = ligne { $line } : { $reason } ; les messages obsolètes ne sont pas vérifiés

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
diff-base-skipped = commits plus récents de la traduction écartés comme base (ils ne traduisaient pas) :
diff-english-skipped = commits anglais depuis la base qui ne demandent pas de traduction (exclus des changements) :
skip-cosmetic = { $commit } ({ $date }) : changements cosmétiques seulement (espaces, balisage, cibles de liens, clés non traduites)
skip-bulk = { $commit } ({ $date }) : a modifié cette page dans { $languages } langues à la fois (maintenance)
skip-message = { $commit } ({ $date }) : son message dit « { $keyword } »
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
mark-is-directory = un répertoire : nommez les fichiers de traduction que vous avez mis à jour (un motif du shell comme `dir/*.md` convient) ; chacun est vérifié séparément
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
mark-read-only = { $path } est en lecture seule : rendez-le modifiable (`chmod u+w { $path }`) ou passez --force pour le remplacer quand même
mark-ftl-outside-locales = un fichier .ftl à marquer doit être sous { $root }/
mark-not-a-language-dir = `{ $dir }` n’est pas un répertoire de langue
mark-no-english-ftl = pas de { $name } anglais sous { $root }/
mark-flow-mapping = ligne { $line } : les métadonnées sont un mapping en ligne (entre accolades, {"{"} … {"}"}), auquel on ne peut pas ajouter de ligne ; ajoutez `{ $key }` entre les accolades à la main, ou écrivez les métadonnées avec une paire `clé: valeur` par ligne
mark-l10n-without-source-commit = les métadonnées ont une table `l10n` sans `sourceCommit` ; ajoutez `sourceCommit` à la main une fois, transync le met à jour ensuite
mark-would-break = ajouter `{ $key }` à ce front matter le casserait ou ne serait pas relu (ses entrées sont indentées ou écrites d’une façon qu’une nouvelle ligne ne peut pas rejoindre) ; ajoutez `{ $key }: <commit>` à la main, dans le style du bloc
mark-source-absent = la source anglaise { $source } n’existe pas dans { $commit } ; marquez depuis un commit qui la contient (--rev)
mark-ftl-errors = la traduction a encore des erreurs par rapport à l’anglais ({ $errors }) ; corrigez-les, ou utilisez --force si c’est voulu

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
sync-index-locked = l’index de git est verrouillé ({ $path }) : aucune traduction n’a été déplacée
hint-index-locked = une autre commande git est en cours, ou l’une s’est arrêtée sans nettoyer ; attendez-la, ou supprimez { $path } si aucune commande git ne tourne, puis relancez `transync sync`
sync-move-undone = { $from } reste où il était : son déplacement vers { $to } n’a pas pu être enregistré dans l’index de git
sync-move-not-undone = { $from } a été déplacé vers { $to } mais l’index de git n’a pas pu l’enregistrer, et le remettre en place a échoué ({ $reason }) : lancez `git add -A -- { $from } { $to }` pour enregistrer le déplacement
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
bundle-asset-outside = { $page } renvoie à { $reference }, hors du répertoire de la langue, qui est tout ce que contient un paquet ; renvoyez au fichier comme le fait la page anglaise (la copie anglaise sert quand la langue n’en a pas)
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
bundle-out-not-a-directory = --out { $path } est un fichier, pas un répertoire ; choisissez un répertoire pour les paquets
fs-write-failed = impossible d’écrire { $path } : { $kind ->
    [full] le disque est plein
    [quota] le quota disque est épuisé
    [too-large] le fichier dépasserait la taille permise par le système
    [denied] permission refusée
    [read-only] le système de fichiers est en lecture seule
   *[other] { $cause }
}
hint-bundle-write-failed = { $kind ->
    [full] libérez de la place sur le disque qui contient { $dir }, ou donnez à --out un dossier sur un autre disque
    [quota] libérez une partie de votre quota, ou donnez à --out un dossier sur un autre disque
    [too-large] relevez la limite de taille des fichiers (`ulimit -f`), ou empaquetez moins de langues à la fois avec --lang
    [denied] donnez à --out un dossier où vous pouvez écrire
    [read-only] donnez à --out un dossier sur un disque accessible en écriture
   *[other] vérifiez { $dir } et réessayez
} ; le fichier partiel a été supprimé et tout paquet précédent de ce nom est inchangé
bundle-partly-written = les paquets de { $written } ont été écrits et sont complets ; ceux de { $missing } non
bundle-out-inside-root = --out { $path } est dans { $root }/, où la prochaine exécution lirait les paquets comme des traductions ; choisissez un répertoire hors de celui-ci (par exemple dist/)
bundle-svg-active = { $path } est laissé de côté : un SVG au contenu actif ({ $found }) l’exécuterait sur le site à l’ouverture ; retirez-le de l’image
bundle-case-collision = { $paths } ne diffèrent que par la casse : décompressés sous macOS ou Windows, l’un remplace l’autre ; renommez l’un d’eux

## Ligne de commande : --help et erreurs d’utilisation
# cli-<commande>-about / -after : le résumé d’une commande et son texte final.
# cli-<commande>-arg-<option>, sinon cli-arg-<option> : l’aide d’un argument.
# cli-<commande>-value-<option>-<valeur>, sinon cli-value-<option>-<valeur> : l’aide de
# l’une de ses valeurs.

cli-about = Garder la documentation Markdown traduite et les chaînes Fluent en phase avec l’anglais.
cli-after =
    Lancez-le de n’importe où dans un dépôt git. transync lit `transync.toml` dans le
    répertoire le plus proche en remontant depuis le répertoire courant (ou à la racine du
    dépôt) ; sans ce fichier, il attend `content/<lang>/…` avec l’anglais comme langue
    source.

    Codes de sortie : 0 succès, 1 constats qui font échouer la commande selon sa politique,
    2 erreur.
cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-possible-values = valeurs possibles
cli-default = par défaut
cli-help = Afficher l’aide
cli-help-summary = Afficher l’aide (plus de détails avec « --help »)
cli-help-full = Afficher l’aide (un résumé avec « -h »)
cli-version = Afficher la version
cli-help-command = Afficher ce message ou l’aide de la ou des sous-commandes indiquées
cli-help-command-arg = Afficher l’aide de la ou des sous-commandes

cli-arg-directory = Faire comme si transync avait été lancé dans le répertoire DIR.
cli-arg-config = Utiliser ce fichier de configuration au lieu de chercher `transync.toml`.
cli-arg-color = Quand colorer : auto respecte NO_COLOR, CLICOLOR_FORCE et regarde si stdout est un terminal.
cli-arg-ui-lang =
    Langue des messages de transync : en, es, fr ou pt. Par défaut : TRANSYNC_LANG, puis
    LC_ALL, LC_MESSAGES, LANG ; sinon l’anglais. Les formats machine (JSON…) restent en
    anglais.
cli-arg-no-cache = Ne lire ni écrire l’index de l’historique gardé dans le répertoire git (`.git/transync/`) : parcourir de nouveau tout l’historique.
cli-arg-paths = Limiter le rapport aux documents sous ces chemins (fichiers ou répertoires, toute langue) ou à ces identifiants (`blog/post.md`, `modules/dc-101`).
cli-arg-lang = Seulement ces langues cibles (séparées par des virgules ou répétées), par ex. `--lang es,pt-BR`.
cli-arg-rev = Analyser ce commit au lieu de l’arbre de travail (par ex. `HEAD` en CI).
cli-arg-format = Format de sortie.
cli-value-format-text = Pour les humains, en couleur quand stdout est un terminal.
cli-value-format-json = Le format d’échange versionné (voir le README), pour les scripts.

cli-status-about = Indiquer les traductions à jour, obsolètes, manquantes ou orphelines.
cli-status-after =
    Une traduction est à jour quand l’original anglais n’a pas changé depuis le commit de
    base de la traduction : le commit enregistré dans ses métadonnées (`source_commit`,
    `l10n.sourceCommit` ou `default_lang_commit`), ou à défaut le dernier commit qui a
    modifié le fichier traduit (la base est alors signalée comme déduite). Par défaut,
    l’anglais « actuel » est l’arbre de travail, donc les modifications anglaises non
    commitées comptent ; utilisez --rev HEAD pour analyser plutôt le dernier commit.

    Exemples :
      transync status                       tous les documents, toutes les langues
      transync status --lang es,fr          seulement l’espagnol et le français
      transync status content/en/modules    seulement les documents sous un répertoire
      transync status --format json | jq '.summary'

cli-diff-about = Afficher ce qui a changé en anglais depuis la base d’une traduction, et où le reporter.
cli-diff-after =
    Pour chaque traduction du document : les blocs anglais qui ont vraiment changé depuis la
    base de la traduction (les retouches cosmétiques, comme les retours à la ligne,
    l’emphase ou le style des puces, sont seulement comptées), chacun avec sa gravité et les
    lignes de la traduction à mettre à jour, puis tout écart de structure entre l’anglais et
    la traduction. Les commits écartés sont listés avec leur raison : commits plus récents de
    la traduction qui ne la traduisaient pas (cosmétiques, dans plusieurs langues à la fois ou
    marqués dans leur message) et commits anglais qui ne demandent pas de traduction (un
    trailer `Translation: none` ou un mot de `[history] ignore-keywords`).

    Exemples :
      transync diff content/es/blog/post.md        une traduction
      transync diff blog/post.md                   toutes les traductions, par identifiant
      transync diff blog/post.md --lang fr --word  modifications mot par mot
cli-diff-arg-target =
    Une traduction, un fichier anglais ou un identifiant de document (son chemin sous le
    répertoire de langue).
cli-diff-arg-lang =
    Seulement ces langues (séparées par des virgules). Par défaut : la langue de PATH quand
    c’est une traduction, sinon toutes les langues.
cli-diff-arg-rev = Comparer avec ce commit au lieu de l’arbre de travail.
cli-diff-arg-word = Afficher les modifications mot par mot au lieu de ligne par ligne.

cli-mark-about = Noter des traductions comme à jour : écrire le commit de base dans chaque fichier.
cli-mark-after =
    Écrit le hash complet de REV (HEAD par défaut) comme commit de base de la traduction,
    selon la convention que le fichier utilise déjà (`source_commit`, `l10n.sourceCommit`,
    `default_lang_commit`), ou ajoute la clé `commit-key` configurée ; crée les métadonnées
    quand le fichier n’en a pas ; pour un fichier `.ftl`, c’est le commentaire de ressource
    `### source_commit: <hash>`. Rien d’autre ne change dans le fichier (fins de ligne, BOM,
    commentaires, ordre des clés, corps), et le fichier est remplacé de façon atomique, avec
    ses permissions conservées.

    Refuse, en expliquant pourquoi, quand l’original anglais a des modifications non
    commitées (la base mentirait), quand REV n’est pas un ancêtre de HEAD, ou quand la
    structure de la traduction diffère encore de l’anglais (utilisez --force une fois que
    vous l’avez vérifiée).

    Exemples :
      transync mark content/es/blog/post.md          une fois l’article espagnol mis à jour
      transync mark locales/fr/app.ftl --dry-run      afficher ce qui changerait
      transync mark content/pt/guide.md --rev 4630fa5 depuis une ancienne version anglaise
cli-mark-arg-paths = Fichiers traduits (Markdown ou `.ftl`) à marquer.
cli-mark-arg-rev = Le commit anglais à partir duquel les traductions ont été faites.
cli-mark-arg-dry-run = Afficher ce qui changerait, sans rien écrire.
cli-mark-arg-force = Marquer même quand la structure de la traduction diffère de l’anglais ou que le fichier est en lecture seule.

cli-scaffold-about = Amorcer les traductions manquantes : des brouillons copiés de l’anglais commité.
cli-scaffold-after =
    Crée chaque traduction manquante des documents choisis (par défaut : tous les documents)
    dans chaque langue de --lang : le fichier anglais tel que commité à HEAD, avec
    `draft: true` et le commit de base (la clé `commit-key` configurée) ajoutés à ses
    métadonnées, et la ligne `# transync: translate the title` au-dessus du titre. Le corps
    reste en anglais, pour que le traducteur le remplace. Un brouillon ne compte jamais
    comme à jour dans `status` et `check` ; retirez `draft: true` et lancez `transync mark`
    une fois la traduction terminée.

    N’écrase jamais rien : une traduction existante est ignorée, et un fichier apparu
    pendant la création est laissé tel quel. Refuse un document dont l’anglais a des
    modifications non commitées (la base enregistrée mentirait), sauf avec --force, qui part
    quand même de la version commitée. L’identifiant ou le répertoire d’un module crée sa
    page d’index et toutes ses leçons.

    Codes de sortie : 0 succès (y compris quand tout existait déjà), 2 quand un document n’a
    pas pu être créé.

    Exemples :
      transync scaffold --lang es                          chaque page espagnole manquante
      transync scaffold --lang fr blog/post.md             un document, par identifiant
      transync scaffold -l pt content/en/modules/dc-101    un module et ses leçons
      transync scaffold --lang es,fr --dry-run             afficher ce qui serait créé
cli-scaffold-arg-targets =
    Documents dont créer les traductions : identifiants (`blog/post.md`) ou chemins de
    fichiers ou répertoires de n’importe quelle langue. Par défaut : tous les documents
    manquants dans les langues choisies.
cli-scaffold-arg-lang = Langues des traductions à créer (séparées par des virgules ou répétées).
cli-scaffold-arg-dry-run = Afficher ce qui serait créé, sans rien écrire.
cli-scaffold-arg-force = Partir de l’anglais commité même s’il a des modifications non commitées.

cli-sync-about = Aligner les champs de métadonnées partagés sur l’anglais, et suivre ses renommages.
cli-sync-after =
    Deux choses qu’un traducteur ne devrait jamais avoir à faire à la main :

    - Champs partagés : les clés de métadonnées listées dans `shared-fields` (par défaut :
      date, tags, image, weight, aliases) prennent les valeurs anglaises. Les valeurs sont
      comparées en tant que données : une simple différence de guillemets ou de mise en
      forme ne compte pas. Les lignes de la traduction pour la clé sont remplacées par
      celles de l’anglais (ajoutées à la fin de ses métadonnées si elles manquent) ; rien
      d’autre ne change dans le fichier. Une clé partagée que seule la traduction possède
      est signalée, jamais supprimée.
    - Renommages : une traduction restée au chemin d’un fichier anglais que git a vu renommé
      est déplacée vers le nouveau chemin (indexée comme un renommage quand la traduction
      est suivie, comme avec `git mv`). Une destination existante n’est jamais remplacée.

    --check n’écrit rien, affiche les différences et sort avec le code 1 s’il y en a : pour
    la CI.

    Codes de sortie : 0 déjà aligné (ou aligné à l’instant), 1 différences trouvées avec
    --check, 2 erreur.

    Exemples :
      transync sync                          appliquer à toutes les traductions
      transync sync --check                  en CI : échouer si quelque chose est désaligné
      transync sync --lang fr blog/post.md   un document, en français
      transync sync --dry-run                afficher ce qui changerait
cli-sync-arg-targets =
    Documents à synchroniser : identifiants (`blog/post.md`) ou chemins de fichiers ou
    répertoires de n’importe quelle langue. Par défaut : tous les documents.
cli-sync-arg-lang = Seulement ces langues (séparées par des virgules ou répétées). Par défaut : toutes.
cli-sync-arg-check = Ne rien écrire ; sortir avec le code 1 si quelque chose est désaligné.
cli-sync-arg-dry-run = Afficher ce qui changerait, sans rien écrire (code de sortie 0).

cli-check-about = Échouer (code 1) si des traductions enfreignent la politique : le garde-fou de la CI.
cli-check-after =
    Fait la même analyse que `status` et applique une politique : chaque traduction
    obsolète, manquante, orpheline ou cassée devient un constat de niveau erreur (fait
    échouer la vérification), avertissement ou note. Les options l’emportent sur `[check]`
    dans transync.toml, qui peut fixer une politique par langue sous
    `[check.languages.<tag>]`.

    Politique par défaut : --fail-on stale,orphaned,error --min-severity minor (les
    traductions manquantes sont des notes). Un clone superficiel est refusé : la CI doit
    récupérer l’historique (`fetch-depth: 0`).

    Codes de sortie : 0 la politique est respectée, 1 elle ne l’est pas, 2 erreur
    (2 l’emporte sur --exit-zero).

    Exemples :
      transync check --rev HEAD --format github              dans un job GitHub Actions
      transync check --changed-since origin/main             PR : contrôler ce qu’elle touche
      transync check --fail-on stale,missing --max-age 14    tolérer deux semaines de retard
      transync check --format junit > transync.xml           tests pour GitLab / Jenkins
cli-check-value-format-text = Constats groupés par langue, puis une ligne de résumé.
cli-check-value-format-json = Le format d’échange de status, plus `findings` et `check`.
cli-check-value-format-github = Commandes de workflow GitHub Actions (annotations), plus un résumé du job.
cli-check-value-format-junit = JUnit XML : une suite de tests par langue, un cas de test par traduction.
cli-check-value-format-sarif = SARIF 2.1.0, à envoyer à l’analyse de code (code scanning).
cli-check-value-format-markdown = Tableau récapitulatif et liste à cocher par langue, pour commenter une PR.
cli-check-arg-fail-on =
    Types de constats qui font échouer la vérification (séparés par des virgules) ; `none`
    pour seulement les signaler.
cli-check-value-fail-on-none = Rien n’échoue : signaler seulement.
cli-check-arg-min-severity = Sous cette gravité, une traduction obsolète ne fait qu’avertir.
cli-check-arg-max-age = Une traduction obsolète depuis moins de jours que cela ne fait qu’avertir.
cli-check-arg-changed-since =
    Mode pull request : ne contrôler que les traductions modifiées depuis la base de fusion
    avec REF ; les modifications anglaises de la branche qui laissent des traductions en
    retard donnent des avertissements.
cli-check-arg-strict =
    Avec --changed-since : les traductions laissées en retard par les modifications
    anglaises de la branche échouent là où la politique le prévoit, au lieu d’un simple
    avertissement.
cli-check-arg-exit-zero = Signaler les constats mais sortir avec 0 même si la politique échoue.

cli-bundle-about = Exporter des paquets par langue à publier : Markdown, HTML, manifeste, messages, ressources.
cli-bundle-after =
    Construit, pour chaque langue cible, un paquet de tout ce qui est publiable à un commit
    (HEAD par défaut ; l’arbre de travail n’est jamais lu, donc le paquet correspond au
    commit de `manifest.json`) : chaque document en Markdown et en HTML assaini, un
    `index.html`, les images et fichiers référencés par les pages (de préférence la copie
    propre à la langue), `messages.json` (les messages Fluent de la langue, en anglais quand
    l’un manque) et `manifest.json` (son contenu : documents avec état, commit de base,
    SHA-256 et taille ; modules et leurs leçons ; ce qui a été écarté et pourquoi).

    Les traductions obsolètes reçoivent un bandeau renvoyant à l’original anglais (inclus
    sous `en-original/`) ; les remplaçants anglais des traductions manquantes reçoivent un
    bandeau « pas encore traduit ». Un module d’apprentissage n’est publié que si toutes ses
    pages le sont. Les mots des pages viennent des messages Fluent du site
    (`banner-stale`, `banner-fallback`, `lesson-position`, `lesson-previous`, `lesson-next`,
    `site-title`, …), sinon de ceux de transync.

    Le même commit donne des archives identiques à l’octet près. La sortie est écrite sous
    un nom temporaire puis renommée à sa place ; un fichier que transync n’a pas écrit n’est
    jamais remplacé.

    Codes de sortie : 0 écrit, 1 une politique `fail` a arrêté une langue (rien n’est écrit
    pour elle), 2 erreur.

    Exemples :
      transync bundle                                    chaque langue, en zip dans dist/
      transync bundle --lang es --archive dir --out site les pages espagnoles, en répertoire
      transync bundle --stale exclude --missing skip     seulement les traductions à jour
      transync bundle --rev v2.0 --missing fail          une version entièrement traduite
cli-bundle-arg-lang = Seulement ces langues cibles (séparées par des virgules ou répétées). Par défaut : toutes.
cli-bundle-arg-out = Répertoire où écrire les paquets (créé si besoin).
cli-bundle-arg-archive = Format du paquet : `transync-<lang>-<commit>.zip`, `.tar.gz`, ou un répertoire.
cli-bundle-arg-rev = Le commit à publier.
cli-bundle-arg-stale = Traductions obsolètes : publier avec bandeau, écarter (--missing s’applique alors) ou échouer.
cli-bundle-arg-missing = Documents non traduits : publier l’anglais avec un bandeau, écarter ou échouer.

# Erreurs d’utilisation. $arg est l’argument tel qu’il s’écrit (`--format <FORMAT>`),
# $value la valeur donnée.
cli-error-invalid-value = valeur « { $value } » invalide pour « { $arg } »
cli-error-value-required = « { $arg } » demande une valeur, mais aucune n’a été donnée
cli-error-invalid-value-reason = valeur « { $value } » invalide pour « { $arg } » : { $reason }
cli-error-unknown-argument = argument inattendu « { $arg } »
cli-error-unknown-command = sous-commande inconnue « { $command } »
cli-error-missing-required = les arguments obligatoires suivants n’ont pas été fournis :
cli-error-conflict = l’argument « { $arg } » ne peut pas être utilisé avec « { $other } »
cli-tip-prefix = conseil
cli-tip-similar-argument = un argument similaire existe : « { $suggestion } »
cli-tip-similar-command = une sous-commande similaire existe : « { $suggestion } »
cli-tip-similar-value = une valeur similaire existe : « { $suggestion } »
cli-tip-dash-dash = pour passer « { $arg } » comme valeur, utilisez « -- { $arg } »
cli-error-more = Pour plus d’informations, essayez « { $help } ».

## Git, configuration and front-matter edits
line-prefixed = ligne { $line } : { $text }
mark-value-not-found = impossible de trouver la valeur de `{ $key }` à remplacer ; modifiez-la à la main une fois, transync la met à jour ensuite
frontmatter-not-a-mapping = le front matter n’est pas une table de clés et de valeurs
error-walk-history = impossible de parcourir l’historique git
error-not-in-tree = { $path } n’est pas dans le commit analysé
error-read-blob = impossible de lire l’objet git { $id }
error-read-index = impossible de lire l’index git
error-compare-worktree = impossible de comparer l’arbre de travail à l’index git
error-stage-move = impossible d’enregistrer dans l’index git le déplacement de { $path }
error-step-summary-open = impossible d’ouvrir GITHUB_STEP_SUMMARY { $path }
error-step-summary-write = impossible d’écrire GITHUB_STEP_SUMMARY { $path }
config-invalid-glob = motif glob invalide : `{ $pattern }`
config-unknown-layout = clé `layout` : disposition inconnue `{ $value }` ; utilisez "{"{"}lang{"}"}/{"{"}path{"}"}" (content/es/guide.md) ou "{"{"}path{"}"}.{"{"}lang{"}"}.md" (content/guide.es.md)
config-unknown-commit-key = clé `commit-key` : `{ $value }` n’est pas pris en charge ; utilisez l’une de { $keys }
config-empty-keyword = clé `history.ignore-keywords` : un mot-clé est vide ; supprimez-le ou écrivez le mot

## Layouts: patterns and collections
layout-pattern-no-path = le motif n’a pas de marqueur `{"{"}path{"}"}`, il ne désigne donc qu’un fichier ; écrivez par exemple `docs/{"{"}path{"}"}`
layout-pattern-placeholder = `{ $name }` n’est pas un marqueur de motif de disposition (ou apparaît deux fois) ; utilisez `{"{"}lang{"}"}`, `{"{"}path{"}"}` et `{"{"}ext{"}"}`, chacun au plus une fois
layout-pattern-adjacent = deux marqueurs côte à côte ne peuvent pas être distingués ; mettez un `/` ou un `.` entre eux
layout-pattern-not-relative = les motifs sont relatifs au fichier de configuration et restent dans le dépôt : pas de `/` initial, pas de `..`, pas de `\`
config-layout-conflict = `{ $key }` ne peut pas être combiné avec `{ $with }` ; décrivez la disposition d’une seule façon
config-layout-half = `{ $key }` manque : `source` et `translation` vont ensemble
config-translation-without-lang = clé `{ $key }` : un motif de traduction a besoin de `{"{"}lang{"}"}`, là où va la langue
config-patterns-differ = `{ $source }` et `{ $translation }` doivent avoir les mêmes marqueurs `{"{"}path{"}"}` et `{"{"}ext{"}"}`, pour qu’une page et ses traductions partagent un nom
config-collection-name = clé `{ $key }` : les noms de collection doivent être uniques et non vides (trouvé `{ $name }`) ; indiquez `name` dans chaque `[[collection]]`
config-alias-not-a-name = l’alias `{ $name }` n’est ni un nom de répertoire ni un suffixe de fichier
hint-layout-root = pour l’anglais à la racine du dossier de contenu et les traductions dans des dossiers de langue à côté, indiquez layout = "{"{"}path{"}"}"

## Layout detection
layout-from-config = { $file }
layout-from-file = la configuration
layout-detected = détectée : { $reason }
layout-default = celle par défaut : ni transync.toml ni configuration de générateur de site (cherché dans { $dirs })
detect-generator = configuration { $generator } { $file }
detect-fluent-l10n-toml = configuration compare-locales { $file }
detect-fluent-folders = fichiers Fluent dans des dossiers de langue à la racine du dépôt, `{ $english }` l’original
detect-fluent-components = un fichier Fluent par langue dans { $count } composants (`…/{ $english }.ftl` l’original)
detect-tree-folders = dossiers de langue dans { $dir } à côté de `{ $english }`
detect-tree-root = pages anglaises dans { $dir } avec des dossiers de langue à côté
detect-tree-suffix = pages dans { $dir } avec des traductions nommées page.<langue>.md à côté
detect-tree-siblings = dossiers { $dir }.<langue> à côté de { $dir }
detect-ambiguous = { $dir } a plus d’une configuration de site : { $candidates }
detect-tree-ambiguous = l’arborescence montre deux dispositions : { $first } et { $second }
detect-pairs = pages traduites
hint-detect-ambiguous = indiquez laquelle dans un transync.toml (`transync init` en écrit un pour commencer)
inventory-no-source-documents-origin = disposition : { $origin }
status-layout = disposition : { $patterns } ({ $origin })

## transync init
init-exists = { $path } existe déjà ; transync le lit, donc init n’écrit rien
hint-init-exists = modifiez ce fichier, ou affichez ce qu’init écrirait avec `transync init --stdout`
init-written = { $path } écrit ({ $origin }) : { $patterns }

cli-init-about = Écrit la disposition détectée par transync dans un transync.toml commenté.
cli-init-after =
    Lit la configuration du générateur du site (Docusaurus, Hugo, Astro Starlight, MkDocs
    avec le plugin i18n) ou, à défaut, l’arborescence (dossiers de langue, suffixes
    page.<langue>.md, dossiers voisins comme pages.<langue>), et écrit ce qu’il trouve dans
    transync.toml à la racine du dépôt, avec des commentaires, à vérifier et ajuster. Un
    transync.toml existant n’est jamais remplacé.

    Codes de sortie : 0 écrit (ou affiché), 2 erreur (un transync.toml existe, deux
    dispositions se contredisent, pas un dépôt git).

    Exemples :
      transync init              écrit transync.toml
      transync init --stdout     l’affiche à la place
cli-init-arg-stdout = Affiche la configuration au lieu de l’écrire.
note-missing-objects = { $count } commits ({ $commits }…) ont modifié des fichiers dont ce clone n’a pas les objets (un clone partiel ?) : leurs renommages ne sont pas suivis ; `git fetch --refetch` les récupère
