# Mensagens do transync em português. Fonte: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erro
caused-by = causa
hint-prefix = dica
warning-prefix = aviso

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

scaffold-created = criado { $path } a partir de { $source } em { $commit }
scaffold-would-create = seria criado { $path } a partir de { $source } em { $commit } (simulação)
scaffold-exists = ignorado { $path }: já existe (scaffold nunca sobrescreve)
scaffold-no-source = ignorado { $id }: não há fonte em inglês de onde partir
scaffold-uncommitted = a fonte em inglês { $source } não está em nenhum commit; faça o commit primeiro, para que a base indique o que foi copiado
scaffold-dirty = a fonte em inglês { $source } tem alterações sem commit; faça o commit primeiro, para que a base indique o que foi copiado, ou use --force para partir da versão com commit
scaffold-not-utf8 = a fonte em inglês { $source } não é UTF-8 válido
scaffold-invalid = a fonte em inglês { $source }, linha { $line }: { $message }
scaffold-appeared = { $path } apareceu durante a criação; foi deixado como está
scaffold-failed =
    { $count ->
        [one] { $count } de { $total } traduções não criada
       *[other] { $count } de { $total } traduções não criadas
    }
scaffold-nothing = nada a criar: todos os documentos selecionados existem nos idiomas selecionados
scaffold-unknown-target = { $target } não é um id de documento nem o caminho de um documento

## sync

sync-moved = movido { $from } → { $to }
sync-would-move = seria movido { $from } → { $to } (a fonte em inglês foi renomeada)
sync-move-exists = não é possível movê-lo para { $to }, para onde foi a fonte em inglês: esse arquivo já existe; junte os dois à mão
sync-field-set = { $path }: { $key }: { $old } → { $new }
sync-field-added = { $path }: adicionado { $key }: { $new }
sync-field-differs = { $path }: { $key } é { $old }, o inglês tem { $new }
sync-field-missing = { $path }: falta { $key }, o inglês tem { $new }
sync-only-in-translation = nota: { $path }: { $key } só existe na tradução; deixado como está
sync-invalid = linha { $line }: { $message }
sync-invalid-english = a fonte em inglês { $source }, linha { $line }: { $message }
sync-unconvertible = o valor inglês de { $key } não tem forma em TOML (TOML não tem null); defina-o à mão
sync-unlocated = não é possível saber quais linhas contêm { $key } no front matter; defina-o à mão
sync-not-utf8 = { $path } não é UTF-8 válido; salve o arquivo como UTF-8
sync-in-step =
    { $count ->
        [one] tudo em dia: { $count } tradução verificada
       *[other] tudo em dia: { $count } traduções verificadas
    }
sync-check-failed =
    { $count ->
        [one] { $count } tradução desalinhada; execute `transync sync` para corrigi-la
       *[other] { $count } traduções desalinhadas; execute `transync sync` para corrigi-las
    }
sync-failed =
    { $count ->
        [one] { $count } tradução não pôde ser sincronizada
       *[other] { $count } traduções não puderam ser sincronizadas
    }
sync-left-behind = nota: { $dir }/ ainda contém arquivos que não são páginas (imagens…); mova-os à mão se pertencem às páginas movidas
sync-unknown-target = { $target } não é um id de documento nem o caminho de um documento
sync-shared-fields-invalid = chave `shared-fields`: `{ $key }` não pode ser compartilhada; liste chaves do front matter cujo valor seja o mesmo em todos os idiomas, como `date` ou `tags`

## bundle
