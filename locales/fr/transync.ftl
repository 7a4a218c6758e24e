# Messages de transync en français. Source : locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erreur
caused-by = cause
hint-prefix = conseil
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

## check

## diff

## mark

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
