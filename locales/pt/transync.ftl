# Mensagens do transync em português. Fonte: locales/en/transync.ftl.

## Errors and notes (every command)

error-prefix = erro
caused-by = causa
hint-prefix = dica

error-cannot-read = não é possível ler { $path }

error-write-report = não é possível escrever o relatório
error-current-directory = não é possível ler o diretório atual
error-path-names-nothing = { $path } não existe e não designa nenhum documento
error-invalid-lang = --lang inválido
error-lang-is-source = --lang { $lang }: { $lang } é o idioma de origem; escolha entre { $known }
error-lang-unknown = --lang { $lang }: não é um idioma deste projeto; escolha entre { $known }
error-path-outside-roots = { $path } não é nem um id de documento nem um caminho na raiz de conteúdo { $root }/ ou na raiz de locales { $locales }/
error-open-repo = não é possível abrir o repositório git em { $path }
error-read-head = não é possível ler o commit para o qual HEAD aponta
error-rev-not-found = { $rev } não é um commit, ramo ou etiqueta deste repositório
error-rev-too-far = { $rev } recua para lá do primeiro commit deste histórico (um clone superficial só tem os últimos commits)
error-rev-ambiguous = { $rev } é ambíguo: o id de mais de um objeto começa assim
hint-rev-longer = dê mais dígitos do id do commit (`git log --oneline` mostra-os)
error-rev-not-a-commit = { $rev } é { $kind ->
    [blob] o conteúdo de um ficheiro (um blob)
    [tree] uma pasta (uma árvore)
    [tag] uma etiqueta de algo que não é um commit
   *[other] um objeto
}, não um commit
hint-rev-list = indique um commit: `git log --oneline` lista-os, `git branch -a` e `git tag` os nomes (um ramo remoto pode precisar de `git fetch` antes)
error-no-commits = o repositório ainda não tem commits
hint-commit-first = o transync compara as traduções com o histórico do original; faça primeiro o commit do conteúdo
error-not-an-ancestor = `{ $rev }` ({ $commit }) não é um ancestral de HEAD: uma base deve ser um commit deste ramo
error-no-common-history = `{ $reference }` e { $commit } não têm histórico em comum
hint-fetch-base-branch = baixe o ramo base com o histórico (`git fetch origin main`, `fetch-depth: 0`)
warning-name-not-utf8 = { $name } é ignorado: o nome do arquivo não é UTF-8 válido; renomeie-o
error-use-directory = não é possível usar o diretório { $path }
error-config-is-directory = --config { $path }: é um diretório; indique o arquivo, por ex. { $example }
error-config-missing = o arquivo de configuração { $path } não existe
error-config-invalid = configuração inválida em { $path }
error-config-default-invalid = configuração padrão inválida
error-config-read = não é possível ler o arquivo de configuração { $path }
error-open-repo-cause = não é possível abrir o repositório git de { $path }: { $cause }
hint-git-config = não foi possível ler a configuração do próprio git: verifique que $HOME é a pasta do utilizador que executa o transync e que o seu .gitconfig (e $XDG_CONFIG_HOME/git/config) pode ser lido
hint-open-repo = verifique o repositório com `git status`; se o git o abrir, comunique isto ao transync
error-not-a-repo = { $path } não está dentro de um repositório git
hint-not-a-repo = o transync compara as traduções com o histórico do original; execute-o dentro de uma árvore de trabalho git (ou faça `git init` e o commit do conteúdo primeiro)
error-unsafe-repo = { $path } pertence a outro utilizador, e o git não confia em repositórios de outros utilizadores
hint-unsafe-repo = se confia nele, marque-o como seguro: `git config --global --add safe.directory { $path }` (o que o próprio git pede), ou execute o transync como o seu dono
error-bare-repo = o repositório git é «bare» (não tem árvore de trabalho, por isso não há páginas para ler); execute o transync num clone (`git clone`) ou numa árvore de trabalho adicionada com `git worktree add`
error-outside-repo = { $path } está fora do repositório { $root }

warning-name-forms-differ = { $path } e { $other } são o mesmo nome escrito em duas formas Unicode (decomposta, como o macOS a guarda, e composta): o transync emparelha-os, mas ligações, servidores web e o git noutros sistemas talvez não; renomeie { $path } para a forma composta
warning-case-collision = { $paths } só diferem em maiúsculas: numa cópia de trabalho em macOS ou Windows um substitui o outro, e o git mostra o perdido como modificado; mude o nome de um deles
warning-link-outside = páginas não lidas: { $refusal }
warning-duplicate-version = { $path } é ignorado: { $kept } já é a versão { $lang } de { $id }
inventory-repository-root = a raiz do repositório
inventory-no-source-documents = nenhum documento { $source } encontrado em { $place } (esperado: { $expected })
hint-inventory-settings = defina `content-root`, `source-language` ou `layout` no transync.toml

config-key = chave `{ $key }`
config-table = tabela `[{ $table }]`
lang-not-a-tag = `{ $tag }` não é uma etiqueta de idioma BCP 47 (por ex. `es`, `pt-BR`)
lang-subtag-length = `{ $tag }` não é uma etiqueta de idioma: a subetiqueta de idioma deve ter 2 ou 3 letras (por ex. `en`, `pt-BR`, `fil`)

fs-no-directory = o caminho não tem diretório pai
fs-cannot-replace = não é possível substituir { $path }
fs-cannot-create = não é possível criar { $path }
fs-already-exists = { $path } já existe
path-link-outside = { $path } é um link simbólico para { $target }, fora do repositório; o transync não lê nem escreve fora dele: substitua o link pelo próprio arquivo ou faça-o apontar para dentro do repositório
path-link-loop = { $path } é um link simbólico que nunca termina (um ciclo, ou mais de 40 links seguidos): faça-o apontar para um arquivo real
path-link-dangling = { $path } é um link simbólico para { $target }, que não existe: corrija o link ou remova-o
path-not-a-file = { $path } é { $kind ->
        [fifo] um pipe nomeado (FIFO)
        [socket] um socket
        [device] um dispositivo
        [directory] um diretório
       *[other] outra coisa
    }, não um arquivo comum; o transync só lê arquivos comuns: coloque ali a própria página
path-too-large = { $path } tem { $size } MiB, mais do que os { $limit } MiB que o transync lê: uma página tão grande muito provavelmente não é uma página; tire-a das raízes de conteúdo
path-denied = não é possível ler { $path }: permissão negada; torne-o legível para o utilizador que executa o transync (`chmod u+r { $path }`, ou corrija o seu dono)
path-io = não é possível ler { $path }: { $error }
fs-cannot-move = não é possível mover { $from } para { $to }
fs-cannot-remove = não é possível remover { $path }
hint-file-write-failed = { $kind ->
    [full] liberte espaço nesse disco e execute de novo
    [quota] liberte parte da sua quota e execute de novo
    [too-large] aumente o limite de tamanho de ficheiro (`ulimit -f`) e execute de novo
    [denied] torne a sua pasta gravável pelo utilizador que executa o transync
    [read-only] execute-o onde o repositório seja gravável
   *[other] verifique a pasta e execute de novo
}; { $path } não foi alterado
fs-cannot-set-permissions = não é possível definir as permissões do arquivo

warning-prefix = aviso
warning-ui-lang-unknown = o transync não tem mensagens em `{ $lang }`; usando o inglês (disponíveis: { $available })

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

# Uma mensagem repassada tal como está (de uma biblioteca, ou do analisador de outro formato).
plain = { $text }

missing-expected-at = esperada em { $path }
orphan-renamed = o original em inglês { $source } foi renomeado para { $to } em { $commit }; mova a tradução de acordo
orphan-renamed-gone = o original em inglês { $source } foi renomeado para { $to } em { $commit }, que já não existe; apague a tradução ou restaure o original
orphan-deleted = o original em inglês { $source } foi apagado em { $commit }; apague a tradução ou restaure o original
orphan-deleted-uncommitted = o original em inglês { $source } está apagado na árvore de trabalho (sem commit)
orphan-renamed-uncommitted = o original em inglês { $source } foi movido para { $to } na árvore de trabalho (sem commit); `transync sync` move a tradução para corresponder
orphan-no-source = não existe o original em inglês { $source }
error-source-at-base = não é possível ler o original em inglês na base: { $cause }
stale-uncommitted-source = o original em inglês { $source } tem alterações sem commit
stale-source-was = na base, o original em inglês era { $path }
stale-source-new = o original em inglês { $source } não existia no commit base { $commit }
stale-masked-by-drift = a estrutura da tradução difere do inglês (ver divergências): uma edição posterior da tradução pode esconder uma alteração do inglês
error-not-utf8 = não é UTF-8 válido (byte { $byte }); salve o arquivo em UTF-8
error-binary = um ficheiro binário (um byte NUL no byte { $byte }), não uma página; reponha o texto ou retire o ficheiro da raiz de conteúdo
error-source-unreadable = não é possível ler o original em inglês { $source }, por isso esta tradução não pode ser comparada com ele: { $cause }
error-source-vanished = desapareceu enquanto o transync corria
error-source-binary = o original em inglês { $source } é um ficheiro binário (um byte NUL no byte { $byte }, linha { $line }), não uma página, por isso esta tradução não pode ser comparada com ele: reponha o texto em inglês ou retire o ficheiro da raiz de conteúdo
error-source-not-utf8 = o original em inglês { $source } não é UTF-8 válido (byte { $byte }, linha { $line }), por isso esta tradução não pode ser comparada com ele: guarde o inglês como UTF-8
note-source-not-utf8 = a fonte em inglês { $path } não é UTF-8 válido (byte { $byte }); salve-a como UTF-8
note-source-invalid = a fonte em inglês { $path }, linha { $line }: { $error }
error-shallow-no-base = nenhuma base registrada, e este clone raso não tem o histórico para deduzi-la; baixe-o com `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`) ou registre `source_commit` nos metadados
note-uncommitted-translation = ainda sem commit e sem base registrada: supõe-se feita a partir de HEAD
error-never-committed = nenhum commit do histórico alterou este arquivo
base-not-a-hash = `{ $key }: { $value }` não é um hash de commit; escreva o hash completo do commit em inglês de que a tradução foi feita (veja `git log` do arquivo em inglês)
base-not-in-shallow-clone = o commit base { $value } (`{ $key }`) não está neste clone raso; baixe o histórico com `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)
base-unknown = o commit base { $value } (`{ $key }`) não existe neste repositório; verifique o hash (o histórico foi reescrito?) e registre um commit existente
base-ambiguous = o commit base { $value } (`{ $key }`) é ambíguo: vários objetos começam assim; escreva mais dígitos (o hash completo de 40 caracteres é o mais seguro)
base-not-a-commit = `{ $key }: { $value }` designa um objeto git que não é um commit
base-not-an-ancestor = o commit base { $commit } (`{ $key }`) não é um ancestral de { $against }: está noutro ramo ou foi reescrito por um rebase; faça primeiro o merge desse ramo ou registre um commit deste

## Drift: the translation's structure against the English now

drift-no-section = a tradução não tem equivalente para a seção '{ $heading }', linha { $line } do inglês
drift-no-list = a tradução não tem equivalente para a lista, linha { $line } do inglês
drift-no-block = a tradução não tem equivalente para este bloco ({ $kind }), linha { $line } do inglês
drift-list-items = a lista da linha { $line } do inglês tem { $english } itens, a tradução { $translation }
drift-code-block = o bloco de código da linha { $line } do inglês difere na tradução (linha { $tline }) em mais do que comentários, strings e nomes
drift-table = a tabela da linha { $line } do inglês tem { $rows } linhas × { $columns } colunas, a tradução { $trows } × { $tcolumns }
drift-anchor = o título da linha { $line } do inglês tem a âncora { $anchor }, a tradução (linha { $tline }) { $tanchor }
drift-anchor-none = o título da linha { $line } do inglês tem a âncora { $anchor }, a tradução (linha { $tline }) nenhuma
drift-shortcode = o shortcode da linha { $line } do inglês é { $name } na tradução (linha { $tline })
drift-missing-at = a linha { $line } do inglês tem { $what }, que falta na tradução (linha { $tline })
drift-missing = a linha { $line } do inglês tem { $what }, que falta na tradução
drift-missing-link-at = a linha { $line } do inglês tem um link para { $links }, que falta na tradução (linha { $tline })
drift-missing-link = a linha { $line } do inglês tem um link para { $links }, que falta na tradução
drift-sentences = o texto a partir da linha { $line } do inglês tem { $english } frases, a tradução (linha { $tline }) { $translation }
drift-sentences-missing = o texto a partir da linha { $line } do inglês ({ $english } frases) não está na tradução
drift-image = a imagem { $image } da linha { $line } do inglês não está na tradução

## Status words, levels and severities

label-current = em dia
label-stale = desatualizada
label-missing = em falta
label-orphaned = órfã
label-error = erro
label-drift = divergência
level-error = erro
level-warning = aviso
level-note = nota
severity-minor = menor
severity-major = maior
note-prefix = nota

## The status table and its notes

status-at = em { $commit }
status-at-worktree = em HEAD { $commit } + árvore de trabalho
status-no-languages = nenhum idioma de destino: adicione um diretório por idioma ao lado de { $source }/ (por ex. pt/) ou liste-os em `languages` no transync.toml
status-no-documents = nenhum documento a mostrar
status-column-document = DOCUMENTO
status-module-row = { $dir }/ (módulo, { $pages } páginas)
status-module-cell = { $current }/{ $total } em dia
status-legend-behind = desatualizada (N): N commits em inglês desde a base da tradução
status-legend-inferred = * base deduzida do último commit que traduziu a tradução, descontada a manutenção (nenhuma registrada nos seus metadados)
status-attention-heading = Requer atenção
status-drift-detail = divergência: { $message }
status-drift-more = … e mais { $count } divergências (todas: `transync check { $path }`)
status-percent-current = % em dia
status-fluent-heading = Mensagens Fluent
stale-source-changed = o original em inglês mudou
stale-summary =
    { $what }, +{ $added } -{ $removed } linhas{ $severity ->
        [minor] {" "}(menor)
        [major] {" "}(maior)
       *[none] {""}
    }
detail-lines = +{ $added } -{ $removed } linhas
detail-cosmetic =
    { $count ->
        [one] { $count } cosmética
       *[other] { $count } cosméticas
    }
detail-base-recorded = base { $commit } (registrada em `{ $key }`)
detail-base-front-matter = base { $commit } (registrada nos metadados)
detail-base-inferred = base { $commit } (deduzida)
fluent-file-to-translate = ({ $count } mensagens por traduzir)
fluent-file-counts = em dia: { $current }, desatualizadas: { $stale }, em falta: { $missing }
fluent-unlisted-warnings =
    { $count ->
        [one] e mais { $count } aviso (não traduzido, obsoleto…): `transync check` lista todas as constatações
       *[other] e mais { $count } avisos (não traduzidos, obsoletos…): `transync check` lista todas as constatações
    }
fluent-language-counts = mensagens em dia: { $current }, desatualizadas: { $stale }, em falta: { $missing } ({ $percent } em dia)
count-errors =
    { $count ->
        [one] { $count } erro
       *[other] { $count } erros
    }
count-warnings =
    { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
note-shallow-clone = este é um clone raso: o histórico está cortado, por isso as bases deduzidas podem estar erradas e as bases registradas antigas não são encontradas; baixe-o completo com `git fetch --unshallow` (GitHub Actions: `fetch-depth: 0`)

label-draft = rascunho
draft-note = um rascunho (`draft: true`): começado, ainda não traduzido; remova `draft` e execute `transync mark` quando estiver traduzido

frontmatter-unclosed = os metadados abertos com `{ $delimiter }` na linha 1 nunca são fechados; adicione uma linha `{ $delimiter }` após a última chave
yaml-budget = { $kind ->
    [depth] os seus valores estão aninhados mais fundo do que qualquer página precisa, por isso não foi lido: aplane-o
   *[size] expande-se em mais valores do que qualquer página precisa (aliases que repetem aliases), por isso não foi lido: escreva os valores ou retire os aliases repetidos
}
frontmatter-invalid-yaml = metadados YAML inválidos: { $error }; corrija o YAML nesse ponto (o habitual é uma aspa ou um parêntese reto por fechar)
frontmatter-invalid-toml = metadados TOML inválidos: { $error }

## check

check-passed = verificação aprovada
check-failed = verificação reprovada
check-counts =
    { $errors ->
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }, { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }
check-outside-change =
    { $count ->
        [one] { $count } constatação não mostrada em traduções que a alteração não tocou
       *[other] { $count } constatações não mostradas em traduções que a alteração não tocou
    }
finding-stale-todo = { $summary }; veja com `transync diff` o que atualizar e depois `transync mark`
finding-stale-young = { $message } (desatualizada há { $days } dias, abaixo do limite de { $limit } dias)
finding-missing = ainda não há tradução { $language } (esperada em { $path })
finding-changed-in-branch = o inglês mudou neste ramo: { $message }
finding-ftl-id = { $check } `{ $id }`: { $message }
finding-ftl = { $check }: { $message }
note-unknown-policy-language = [check.languages.{ $tag }] na configuração não designa nenhum idioma deste projeto ({ $languages }); não tem efeito
check-shallow-clone = este é um clone raso: o transync precisa do histórico desde os commits base das traduções
hint-unshallow = baixe-o com `git fetch --unshallow`; no GitHub Actions defina `fetch-depth: 0` em actions/checkout, no GitLab CI `GIT_DEPTH: 0`
check-fail-on-none = --fail-on none significa que nada falha; não pode ser combinado com outros tipos

## Fluent checks (locales/*.ftl)

list-and = { $init } e { $last }
ftl-skips-entry = o fluent ignora `{ $id }` até que seja corrigido
ftl-skips-line = o fluent ignora a linha { $line } até que seja corrigida
ftl-skips-lines = o fluent ignora as linhas { $first }-{ $last } até que sejam corrigidas
ftl-skips-unknown = o fluent ignora a entrada até que seja corrigida
ftl-no-default-variant =
    expressão de seleção sem variante padrão{ $place ->
        [english] {" "}no arquivo em inglês
       *[translation] {""}
    }: marque com `*` a variante a usar quando nenhuma corresponde, por ex. `*[other]`; { $skipped }
ftl-syntax-error =
    erro de sintaxe{ $place ->
        [english] {" "}no arquivo em inglês
       *[translation] {""}
    }: { $error }; { $skipped }
ftl-duplicate =
    `{ $id }` é definido de novo{ $place ->
        [english] {" "}no arquivo em inglês
       *[translation] {""}
    } (primeiro na linha { $line }); o fluent usa a primeira definição, por isso remova ou renomeie esta
ftl-missing =
    { $kind ->
        [term] o termo
       *[message] a mensagem
    } `{ $id }` não está traduzido; adicione-o à tradução (linha { $line } em inglês)
ftl-obsolete =
    { $kind ->
        [term] o termo
       *[message] a mensagem
    } `{ $id }` não está no arquivo em inglês; remova-o, ou renomeie-o se o id em inglês mudou
ftl-missing-value = `{ $id }` tem um valor em inglês (linha { $line }) mas só atributos na tradução; traduza o valor
ftl-obsolete-value = `{ $id }` tem um valor mas a mensagem em inglês só tem atributos; remova o valor
ftl-duplicate-attribute = o atributo `.{ $name }` de `{ $id }` é definido de novo (primeiro na linha { $line }); o fluent usa a primeira definição, por isso remova ou renomeie este
ftl-obsolete-attribute = o atributo `.{ $name }` de `{ $id }` não está no arquivo em inglês; remova-o, ou renomeie-o se o nome em inglês mudou
ftl-missing-attribute = o atributo `.{ $name }` de `{ $id }` não está traduzido; adicione-o à tradução (linha { $line } em inglês)
ftl-english-uses-no-variables = o texto em inglês não usa variáveis
ftl-english-uses = o inglês usa { $variables }
ftl-unknown-variable = `${ $name }` não é uma variável do `{ $id }` em inglês, por isso a aplicação não a passa; { $known }
ftl-dropped-variable = o `{ $id }` em inglês mostra `{"{"} ${ $name } {"}"}` mas a tradução não; inclua-a, a menos que o idioma não precise dela
ftl-unknown-reference = `{"{"} { $key } {"}"}` não é referenciado pelo `{ $id }` em inglês; use as mesmas mensagens e termos que o texto em inglês
ftl-dropped-reference = o `{ $id }` em inglês usa `{"{"} { $key } {"}"}` mas a tradução não; inclua-o para que os nomes partilhados fiquem coerentes
ftl-untranslated = `{ $id }` diz `{ $text }`, igual ao inglês; traduza-o, ou permita-o como não traduzido se for igual neste idioma
ftl-missing-plural-category =
    a seleção sobre `${ $variable }` não tem variante para a categoria { $kind ->
        [ordinal] de plural ordinal
       *[cardinal] de plural
    } `{ $category }` de `{ $lang }`; adicione uma variante `[{ $category }]`
ftl-missing-plural-categories =
    a seleção sobre `${ $variable }` não tem variante para as categorias { $kind ->
        [ordinal] de plural ordinal
       *[cardinal] de plural
    } { $categories } de `{ $lang }`; adicione as variantes { $variants }
ftl-format = `{ $id }` não pode ser formatado: { $explained }
ftl-unknown-function = `{ $id }()` não é nem uma função embutida do fluent nem uma função usada pelo arquivo em inglês; use uma dessas
ftl-variable-without-value = `${ $id }` não tem valor; use as variáveis do texto em inglês
ftl-no-value = `{"{"} { $id } {"}"}` só tem atributos, não tem valor; referencie um dos seus atributos, por ex. `{"{"} { $id }.attr {"}"}`
ftl-cyclic = as suas referências levam de volta a si mesmo; quebre o ciclo
ftl-other-format-error = { $error }; corrija as expressões
ftl-unknown-attribute-reference = `{"{"} { $key } {"}"}` refere-se a um atributo que `{ $entry }` não tem nos arquivos carregados com este; adicione-o ou corrija a referência
ftl-undefined-reference = `{"{"} { $key } {"}"}` não está definido em nenhum dos arquivos carregados com este; defina-o ou corrija a referência
ftl-unknown-reference-undefined = `{"{"} { $key } {"}"}` não é referenciado pelo `{ $id }` em inglês e não está definido em nenhum dos arquivos carregados com este, por isso aparece como `{"{"}{ $key }{"}"}`; use as mesmas mensagens e termos que o texto em inglês
ftl-unknown-term-attribute = `{ $key }` não é referenciado pelo `{ $id }` em inglês e não está definido em nenhum dos arquivos carregados com este, por isso a seleção sobre ele toma sempre a variante predefinida; defina o atributo no termo ou selecione sobre um que ele tenha
ftl-plural-number-partial = a seleção sobre `${ $variable }` tem `[{ $number }]`, mas a categoria de plural `{ $category }` de `{ $lang }` também inclui { $others }; use `[{ $category }]` em vez de `[{ $number }]`, a menos que { $number } precise de um texto próprio
ftl-obsolete-file = nenhum arquivo em inglês tem as mensagens deste arquivo (esperado { $english }); remova-o, ou renomeie-o como o arquivo em inglês foi renomeado
ftl-stale =
    { $kind ->
        [term] o termo
       *[message] a mensagem
    } em inglês `{ $id }` mudou desde o commit base da tradução; atualize a tradução e depois registre o novo commit base (`transync mark <arquivo>`)
ftl-file-missing = não há tradução { $language } deste arquivo; crie { $path }
ftl-base-unusable = linha { $line }: { $reason }; as mensagens desatualizadas não são verificadas

finding-draft = a tradução { $language } é um rascunho, ainda não traduzido ({ $path })

## diff

diff-nothing-to-compare = nenhuma tradução a comparar
diff-english-source = inglês: { $path }
diff-no-english-source = (sem original em inglês)
diff-no-translations = nenhuma tradução nos idiomas escolhidos
diff-missing-path = (em falta)
diff-commits-since =
    { $count ->
        [one] { $count } commit em inglês desde então
       *[other] { $count } commits em inglês desde então
    }
diff-base-recorded = base { $commit } (registrada)
diff-base-inferred = base { $commit } (deduzida)
diff-base-skipped = commits mais recentes da tradução descartados como base (não traduziam):
diff-english-skipped = commits em inglês desde a base que não exigem tradução (excluídos das mudanças):
skip-cosmetic = { $commit } ({ $date }): apenas mudanças cosméticas (espaços, marcação, destinos de links, chaves não traduzidas)
skip-bulk = { $commit } ({ $date }): alterou esta página em { $languages } idiomas de uma vez (manutenção)
skip-message = { $commit } ({ $date }): a mensagem diz “{ $keyword }”
diff-nothing-to-translate = nada a traduzir: o inglês não mudou de fato desde a base
diff-cosmetic-not-shown =
    { $count ->
        [one] { $count } alteração cosmética não mostrada (quebras de linha, ênfase, marcadores, estilo de título ou de bloco, forma de link, metadados não traduzíveis)
       *[other] { $count } alterações cosméticas não mostradas (quebras de linha, ênfase, marcadores, estilo de título ou de bloco, forma de link, metadados não traduzíveis)
    }
diff-drift-heading = (inglês atual frente à tradução atual):
diff-insert-after = inserir após a linha { $line }
diff-line = linha { $line }
diff-lines = linhas { $first }–{ $last }
diff-english-at-base = inglês { $lines } na base
diff-english-lines = inglês { $lines }
diff-translation-lines = tradução { $lines }
diff-block-change =
    { $kind }: { $op ->
        [added] adicionado
        [removed] removido
       *[changed] alterado
    }
diff-not-translated-yet = ainda não traduzido
diff-fluent-changed = { $id } mudou em inglês — linha { $line } da tradução
diff-other-findings = outras constatações
block-kind =
    { $kind ->
        [heading] título
        [paragraph] parágrafo
        [list-item] item de lista
        [code-block] bloco de código
        [table] tabela
        [html-block] bloco HTML
        [shortcode] shortcode
        [thematic-break] separador
        [list] lista
        [inline-code] código em linha
        [number] número
        [link] link
        [sentences] frases
        [image] imagem
        [anchor] âncora
       *[other] { $kind }
    }
block-kind-front-matter = metadados: { $key }
diff-not-at-revision = { $target } não existe em { $rev }: nada a comparar aí
diff-unknown-target = { $target } não é nem um id de documento nem um arquivo em { $root }/
diff-unknown-target-hint = use o caminho de uma tradução (por ex. { $root }/pt/…/page.md) ou um id de documento (o seu caminho abaixo do diretório do idioma)
diff-not-a-fluent-file = { $target } não é um arquivo Fluent traduzido em { $root }/
diff-fluent-hint = indique uma tradução como { $root }/pt/app.ftl, ou o arquivo em inglês para todos os idiomas

## mark

mark-failed-count =
    { $total ->
        [one] { $failed } de { $total } arquivo não marcado
       *[other] { $failed } de { $total } arquivos não marcados
    }
mark-no-such-file = arquivo inexistente
mark-is-directory = é um diretório: indique os arquivos de tradução que você atualizou (um padrão do shell como `dir/*.md` serve); cada um é verificado separadamente
mark-not-a-document = não é um documento em { $root }/
mark-english-source = este é o original em inglês; marque as suas traduções
mark-orphan = não há original em inglês para { $id }: uma órfã não tem base a registrar
mark-uncommitted-source = o original em inglês { $source } tem alterações sem commit; faça antes o commit, para que a base designe o que foi traduzido
mark-drift = a estrutura da tradução ainda difere do inglês ({ $drift }); termine-a, ou use --force se for intencional
mark-drift-more = e mais { $count }
mark-already = já registra { $key }: { $commit }
mark-would-change = mudaria { $key }: { $old } → { $commit }
mark-added = adicionado { $key }: { $commit }
mark-would-add = adicionaria { $key }: { $commit }
mark-dry-run = (simulação)
mark-read-only = { $path } é só de leitura: torne-o gravável (`chmod u+w { $path }`) ou use --force para o substituir mesmo assim
mark-ftl-outside-locales = um arquivo .ftl a marcar deve estar em { $root }/
mark-not-a-language-dir = `{ $dir }` não é um diretório de idioma
mark-no-english-ftl = não há { $name } em inglês em { $root }/
mark-flow-mapping = linha { $line }: os metadados são um mapeamento em linha (entre chaves, {"{"} … {"}"}), ao qual não se pode acrescentar uma linha; acrescente `{ $key }` dentro das chaves à mão, ou escreva os metadados com um `chave: valor` por linha
mark-l10n-without-source-commit = os metadados têm uma tabela `l10n` sem `sourceCommit`; acrescente `sourceCommit` à mão uma vez e o transync o atualizará a partir de então
mark-would-break = acrescentar `{ $key }` a este front matter iria parti-lo ou não seria lido de volta (as suas entradas estão indentadas ou escritas de um modo a que uma linha nova não se pode juntar); acrescente `{ $key }: <commit>` à mão, no estilo do bloco
mark-source-absent = a fonte em inglês { $source } não existe em { $commit }; marque a partir de um commit que a tenha (--rev)
mark-ftl-errors = a tradução ainda tem erros em relação ao inglês ({ $errors }); corrija-os, ou use --force se for intencional

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
sync-index-locked = o índice do git está bloqueado ({ $path }): nenhuma tradução foi movida
hint-index-locked = outro comando do git está a correr, ou um terminou sem limpar; espere, ou remova { $path } se nenhum comando do git estiver a correr, e volte a executar `transync sync`
sync-move-undone = { $from } fica onde estava: a sua mudança para { $to } não pôde ser registada no índice do git
sync-move-not-undone = { $from } foi movido para { $to } mas o índice do git não o pôde registar, e devolvê-lo falhou ({ $reason }): execute `git add -A -- { $from } { $to }` para registar a mudança
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

bundle-summary = em dia: { $current }, desatualizadas (com aviso): { $stale }, em inglês: { $fallback }, de fora: { $unpublished }
bundle-uncommitted =
    { $count ->
        [one] { $count } arquivo nas raízes de conteúdo e locales difere de { $commit }; o pacote contém a versão com commit
       *[other] { $count } arquivos nas raízes de conteúdo e locales diferem de { $commit }; o pacote contém as versões com commit
    }
bundle-policy-failed =
    { $count ->
        [one] { $lang }: não construído, { $count } documento viola a política
       *[other] { $lang }: não construído, { $count } documentos violam a política
    }
bundle-reason-missing = não traduzido (--missing)
bundle-reason-draft = apenas um rascunho (--missing)
bundle-reason-error = a tradução está danificada; veja `transync status` (--missing)
bundle-reason-stale = a tradução está desatualizada (--stale)
bundle-reason-stale-excluded = a tradução está desatualizada e --stale exclude deixa-a de fora
bundle-reason-module-incomplete = o módulo { $module } não é publicado: { $page } fica de fora
bundle-asset-missing = { $page } refere { $reference }, que não está no commit
bundle-asset-outside = { $page } remete a { $reference }, fora do diretório do idioma, que é tudo o que um pacote contém; remeta ao arquivo como a página em inglês faz (a cópia inglesa é usada quando o idioma não tem uma)
bundle-file-missing = { $path } não está no commit
bundle-symlink-escapes = { $path } é um link simbólico para { $target }, fora do repositório; o pacote só lê o repositório
bundle-symlink-loop = { $path }: demasiados níveis de links simbólicos
bundle-refuse-overwrite = { $path } existe e não foi escrito pelo transync; não é substituído
bundle-refuse-overwrite-hint = escolha outro diretório --out, ou mova o arquivo
# Palavras das páginas, quando os arquivos Fluent do site não as definem.
bundle-site-title = Documentação
bundle-skip = Ir para o conteúdo
bundle-generated = Publicado com o transync.
bundle-banner-stale = Esta tradução pode estar desatualizada: o original em inglês mudou desde então.
bundle-read-original = Ler o original em inglês.
bundle-banner-fallback = Esta página ainda não está traduzida; é mostrada em inglês.
bundle-lesson-position = Lição { $current } de { $total }
bundle-lesson-previous = Lição anterior
bundle-lesson-next = Próxima lição
bundle-back-to-module = Apresentação do módulo
bundle-lessons = Lições
bundle-lessons-count =
    { $count ->
        [one] { $count } lição
       *[other] { $count } lições
    }
bundle-modules = Módulos de aprendizagem
bundle-articles = Artigos
bundle-note-stale = pode estar desatualizada
bundle-note-fallback = em inglês

bundle-duplicate-path = dois arquivos do pacote seriam ambos { $path }
bundle-out-not-a-directory = --out { $path } é um arquivo, não um diretório; escolha um diretório para os pacotes
fs-write-failed = não é possível escrever { $path }: { $kind ->
    [full] o disco está cheio
    [quota] a quota de disco está esgotada
    [too-large] o ficheiro excederia o tamanho que o sistema permite
    [denied] permissão negada
    [read-only] o sistema de ficheiros é só de leitura
   *[other] { $cause }
}
hint-bundle-write-failed = { $kind ->
    [full] liberte espaço no disco que contém { $dir }, ou dê a --out uma pasta noutro disco
    [quota] liberte parte da sua quota, ou dê a --out uma pasta noutro disco
    [too-large] aumente o limite de tamanho de ficheiro (`ulimit -f`), ou empacote menos línguas de cada vez com --lang
    [denied] dê a --out uma pasta onde possa escrever
    [read-only] dê a --out uma pasta num disco com escrita
   *[other] verifique { $dir } e tente de novo
}; o ficheiro parcial foi removido e qualquer pacote anterior com esse nome está inalterado
bundle-partly-written = os pacotes de { $written } foram escritos e estão completos; os de { $missing } não
bundle-out-inside-root = --out { $path } está dentro de { $root }/, onde a próxima execução leria os pacotes como traduções; escolha um diretório fora dele (por exemplo dist/)
bundle-svg-active = { $path } fica de fora: um SVG com conteúdo ativo ({ $found }) o executaria no site ao ser aberto; remova-o da imagem
bundle-case-collision = { $paths } só diferem em maiúsculas: ao desempacotar em macOS ou Windows, um substitui o outro; mude o nome de um deles

## Linha de comando: --help e erros de uso
# cli-<command>-about / -after: o resumo de um comando e o seu texto final.
# cli-<command>-arg-<flag>, senão cli-arg-<flag>: a ajuda de um argumento.
# cli-<command>-value-<flag>-<value>, senão cli-value-<flag>-<value>: a ajuda de um dos seus
# valores.

cli-about = Mantém a documentação Markdown traduzida e as mensagens Fluent em sincronia com o inglês.
cli-after =
    Execute-o de qualquer lugar dentro de um repositório git. O transync lê o
    `transync.toml` do diretório mais próximo acima do diretório de trabalho (ou da raiz do
    repositório); sem ele, espera `content/<lang>/…` com o inglês como idioma de origem.

    Códigos de saída: 0 sucesso, 1 constatações que a política do comando reprova, 2 erro.
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opções
cli-possible-values = valores possíveis
cli-default = padrão
cli-help = Mostra a ajuda
cli-help-summary = Mostra a ajuda (veja mais com '--help')
cli-help-full = Mostra a ajuda (veja um resumo com '-h')
cli-version = Mostra a versão
cli-help-command = Mostra esta mensagem ou a ajuda do(s) subcomando(s) indicado(s)
cli-help-command-arg = Mostra a ajuda do(s) subcomando(s)

cli-arg-directory = Executa como se o transync fosse iniciado em DIR, e não no diretório atual.
cli-arg-config = Usa este arquivo de configuração em vez de procurar o `transync.toml`.
cli-arg-color = Quando usar cores: auto respeita NO_COLOR, CLICOLOR_FORCE e se a stdout é um terminal.
cli-arg-ui-lang =
    Idioma das mensagens do próprio transync: en, es, fr ou pt. Padrão: TRANSYNC_LANG,
    depois LC_ALL, LC_MESSAGES, LANG; senão, inglês. Os formatos para máquinas (JSON…)
    ficam em inglês.
cli-arg-no-cache = Não ler nem escrever o índice do histórico guardado no diretório do git (`.git/transync/`): percorrer de novo todo o histórico.
cli-arg-paths = Limita o relatório aos documentos sob estes caminhos (arquivo ou diretório, qualquer idioma) ou com estes ids (`blog/post.md`, `modules/dc-101`).
cli-arg-lang = Só estes idiomas de destino (separados por vírgula ou repetidos), ex.: `--lang es,pt-BR`.
cli-arg-rev = Analisa este commit em vez da árvore de trabalho (por ex. `HEAD` na CI).
cli-arg-format = Formato de saída.
cli-value-format-text = Para pessoas, com cores quando a stdout é um terminal.
cli-value-format-json = O formato de intercâmbio versionado (ver o README), para scripts.

cli-status-about = Mostra quais traduções estão em dia, desatualizadas, em falta ou órfãs.
cli-status-after =
    Uma tradução está em dia quando o original em inglês não mudou desde o commit base da
    tradução: o commit registrado nos seus metadados (`source_commit`, `l10n.sourceCommit`
    ou `default_lang_commit`), ou então o último commit que alterou o arquivo da tradução
    (mostrado como deduzido). Por padrão, o inglês «atual» é a árvore de trabalho, por isso
    as edições em inglês sem commit contam; use --rev HEAD para analisar o último commit.

    Exemplos:
      transync status                       todos os documentos, todos os idiomas
      transync status --lang es,fr          só espanhol e francês
      transync status content/en/modules    só os documentos sob um diretório
      transync status --format json | jq '.summary'

cli-diff-about = Mostra o que mudou em inglês desde a base de uma tradução e onde isso entra.
cli-diff-after =
    Para cada tradução do documento: os blocos em inglês que mudaram de fato desde a base da
    tradução (as edições cosméticas, como quebras de linha, ênfase ou estilo de marcadores,
    são apenas contadas), cada um com a sua gravidade e as linhas da tradução a atualizar;
    depois, qualquer divergência estrutural entre o inglês e a tradução. Os commits descartados
    são listados com o motivo: commits mais recentes da tradução que não a traduziram
    (cosméticos, em vários idiomas de uma vez ou marcados na mensagem) e commits em inglês que
    não exigem tradução (um trailer `Translation: none` ou uma palavra de
    `[history] ignore-keywords`).

    Exemplos:
      transync diff content/es/blog/post.md        uma tradução
      transync diff blog/post.md                   cada tradução de um documento (pelo id)
      transync diff blog/post.md --lang fr --word  alterações palavra a palavra
cli-diff-arg-target = Uma tradução, um arquivo em inglês ou um id de documento (o caminho sob a raiz do idioma).
cli-diff-arg-lang =
    Só estes idiomas (separados por vírgula). Padrão: o idioma de PATH quando é uma
    tradução, senão todos os idiomas.
cli-diff-arg-rev = Compara com este commit em vez da árvore de trabalho.
cli-diff-arg-word = Mostra as alterações palavra a palavra em vez de linha a linha.

cli-mark-about = Registra que as traduções estão em dia: escreve o commit base em cada arquivo.
cli-mark-after =
    Escreve o hash completo de REV (padrão: HEAD) como commit base da tradução, na convenção
    que o arquivo já usa (`source_commit`, `l10n.sourceCommit`, `default_lang_commit`), ou
    adiciona a `commit-key` configurada; cria os metadados quando o arquivo não os tem; num
    arquivo `.ftl`, o comentário de recurso `### source_commit: <hash>`. Nada mais muda no
    arquivo (fins de linha, BOM, comentários, ordem das chaves, corpo), e o arquivo é
    substituído de forma atômica, mantendo as suas permissões.

    Recusa-se, explicando o motivo, quando o original em inglês tem alterações sem commit (a
    base mentiria), quando REV não é um ancestral de HEAD, ou quando a tradução ainda mostra
    divergência estrutural em relação ao inglês (use --force depois de a verificar).

    Exemplos:
      transync mark content/es/blog/post.md           após atualizar o post em espanhol
      transync mark locales/fr/app.ftl --dry-run      mostra o que mudaria
      transync mark content/pt/guide.md --rev 4630fa5 traduzido de um inglês anterior
cli-mark-arg-paths = Arquivos de tradução (Markdown ou `.ftl`) a marcar.
cli-mark-arg-rev = O commit em inglês a partir do qual as traduções foram feitas.
cli-mark-arg-dry-run = Mostra o que mudaria, sem escrever.
cli-mark-arg-force = Marca mesmo quando a estrutura da tradução difere do inglês ou o ficheiro é só de leitura.

cli-scaffold-about = Inicia traduções: cria os arquivos em falta como rascunhos, a partir do inglês com commit.
cli-scaffold-after =
    Cria cada tradução em falta dos documentos selecionados (padrão: todos os documentos) em
    cada --lang: o arquivo em inglês tal como está no commit HEAD, com `draft: true` e o
    commit base (a `commit-key` configurada) adicionados aos seus metadados e a linha
    `# transync: translate the title` acima do título. O corpo fica em inglês para o
    tradutor o substituir. Um rascunho nunca conta como em dia em `status` e `check`;
    remova `draft: true` e execute `transync mark` quando a tradução estiver pronta.

    Nunca sobrescreve: uma tradução existente é ignorada, e um arquivo que aparece durante a
    criação é deixado como está. Recusa um documento cujo inglês tem alterações sem commit
    (a base registrada mentiria), a menos que se use --force, que cria mesmo assim a partir
    da versão com commit. O id ou o diretório de um módulo cria a sua página de índice e
    todas as suas lições.

    Códigos de saída: 0 sucesso (também quando tudo já existia), 2 quando um documento não
    pôde ser criado.

    Exemplos:
      transync scaffold --lang es                          cada página em espanhol em falta
      transync scaffold --lang fr blog/post.md             um documento, pelo id
      transync scaffold -l pt content/en/modules/dc-101    um módulo e as suas lições
      transync scaffold --lang es,fr --dry-run             mostra o que seria criado
cli-scaffold-arg-targets =
    Documentos a criar: ids (`blog/post.md`) ou caminhos de arquivo ou diretório de
    qualquer idioma. Padrão: todos os documentos em falta nos idiomas.
cli-scaffold-arg-lang = Idiomas em que criar as traduções (separados por vírgula ou repetidos).
cli-scaffold-arg-dry-run = Mostra o que seria criado, sem escrever.
cli-scaffold-arg-force = Cria a partir do inglês com commit mesmo que este tenha alterações sem commit.

cli-sync-about = Iguala ao inglês os campos compartilhados dos metadados e segue as renomeações do inglês.
cli-sync-after =
    Duas coisas que um tradutor nunca deveria ter de fazer à mão:

    - Campos compartilhados: as chaves dos metadados listadas em `shared-fields` (padrão:
      date, tags, image, weight, aliases) recebem os valores do inglês. Os valores são
      comparados como dados, por isso aspas ou disposição, por si sós, não são diferença.
      A(s) linha(s) da tradução para a chave são substituídas pelas do inglês (adicionadas
      no fim dos seus metadados quando faltam); nada mais muda no arquivo. Uma chave
      compartilhada que só a tradução tem é relatada, nunca apagada.
    - Renomeações: uma tradução ainda no caminho de um arquivo em inglês que o git viu ser
      renomeado é movida para o novo caminho (adicionada ao índice como renomeação quando a
      tradução é rastreada, como `git mv`). Um destino existente nunca é substituído.

    --check não escreve nada, mostra o que difere e sai com 1 quando algo difere: para a CI.

    Códigos de saída: 0 em dia (ou sincronizado), 1 diferenças encontradas com --check,
    2 erro.

    Exemplos:
      transync sync                          aplica a todas as traduções
      transync sync --check                  na CI: falha quando algo está desalinhado
      transync sync --lang fr blog/post.md   um documento em francês
      transync sync --dry-run                mostra o que mudaria
cli-sync-arg-targets =
    Documentos a sincronizar: ids (`blog/post.md`) ou caminhos de arquivo ou diretório de
    qualquer idioma. Padrão: todos os documentos.
cli-sync-arg-lang = Só estes idiomas (separados por vírgula ou repetidos). Padrão: todos os idiomas.
cli-sync-arg-check = Não escreve nada; sai com 1 quando algo está desalinhado.
cli-sync-arg-dry-run = Mostra o que mudaria, sem escrever (sai com 0).

cli-check-about = Falha (saída 1) quando as traduções violam a política: a barreira da CI.
cli-check-after =
    Executa a mesma análise que `status` e aplica uma política: cada tradução desatualizada,
    em falta, órfã ou danificada torna-se uma constatação de nível erro (reprova a
    verificação), aviso ou nota. As opções têm precedência sobre `[check]` no transync.toml,
    que pode definir uma política por idioma em `[check.languages.<tag>]`.

    Política padrão: --fail-on stale,orphaned,error --min-severity minor (as traduções em
    falta são notas). Um clone raso é recusado: a CI tem de baixar o histórico
    (`fetch-depth: 0`).

    Códigos de saída: 0 a política é cumprida, 1 não é, 2 erro (2 prevalece sobre
    --exit-zero).

    Exemplos:
      transync check --rev HEAD --format github              num job do GitHub Actions
      transync check --changed-since origin/main             pull request: só o que tocou
      transync check --fail-on stale,missing --max-age 14    tolera duas semanas de atraso
      transync check --format junit > transync.xml           relatório para GitLab / Jenkins
cli-check-value-format-text = Constatações agrupadas por idioma, depois uma linha de resumo.
cli-check-value-format-json = O formato de intercâmbio do status, mais `findings` e `check`.
cli-check-value-format-github = Comandos de workflow do GitHub Actions (anotações) e um resumo do job.
cli-check-value-format-junit = JUnit XML: uma suíte de testes por idioma, um caso de teste por tradução.
cli-check-value-format-sarif = SARIF 2.1.0, para envio ao code scanning.
cli-check-value-format-markdown = Tabela de resumo e listas de verificação por idioma, para comentários de PR.
cli-check-arg-fail-on = Tipos de constatação que reprovam (separados por vírgula); `none` para só relatar.
cli-check-value-fail-on-none = Nada reprova: apenas relatar.
cli-check-arg-min-severity = Traduções desatualizadas abaixo desta gravidade só geram aviso.
cli-check-arg-max-age = Traduções desatualizadas há menos dias do que o indicado só geram aviso.
cli-check-arg-changed-since =
    Modo pull request: controla só as traduções alteradas desde a base de merge com REF;
    as alterações em inglês no ramo que deixam traduções para trás são avisos.
cli-check-arg-strict =
    Com --changed-since: as traduções deixadas para trás por alterações em inglês no ramo
    reprovam onde a política o indicar, em vez de só gerar aviso.
cli-check-arg-exit-zero = Relata as constatações, mas sai com 0 mesmo quando a política falha.

cli-bundle-about = Exporta pacotes por idioma para publicar: Markdown, HTML, manifesto, mensagens, recursos.
cli-bundle-after =
    Constrói, para cada idioma de destino, um pacote com tudo o que é publicável num commit
    (padrão HEAD; a árvore de trabalho nunca é lida, assim o pacote corresponde ao commit
    de `manifest.json`): cada documento em Markdown e em HTML sanitizado, um `index.html`,
    as imagens e os arquivos referenciados pelas páginas (de preferência a cópia do próprio
    idioma), `messages.json` (as mensagens Fluent do idioma, em inglês onde faltar alguma) e
    `manifest.json` (o que contém: documentos com estado, commit base, SHA-256 e tamanho;
    módulos e as suas lições; o que ficou de fora e o motivo).

    As traduções desatualizadas recebem um aviso com link para o original em inglês
    (incluído em `en-original/`); os substitutos em inglês das traduções em falta recebem um
    aviso «ainda não traduzido». Um módulo de aprendizagem só é publicado quando todas as
    suas páginas o são. As palavras das páginas vêm das mensagens Fluent do site
    (`banner-stale`, `banner-fallback`, `lesson-position`, `lesson-previous`, `lesson-next`,
    `site-title`, …), senão das do próprio transync.

    O mesmo commit gera arquivos compactados idênticos byte a byte. A saída vai para um nome
    temporário e depois é renomeada para o seu lugar; um arquivo que o transync não escreveu
    nunca é substituído.

    Códigos de saída: 0 escrito, 1 uma política `fail` deteve um idioma (nada escrito para
    ele), 2 erro.

    Exemplos:
      transync bundle                                    todos os idiomas, zip em dist/
      transync bundle --lang es --archive dir --out site páginas em espanhol, num diretório
      transync bundle --stale exclude --missing skip     só as traduções em dia
      transync bundle --rev v2.0 --missing fail          uma versão: exige tudo traduzido
cli-bundle-arg-lang = Só estes idiomas de destino (separados por vírgula ou repetidos). Padrão: todos.
cli-bundle-arg-out = Diretório onde escrever os pacotes (criado se necessário).
cli-bundle-arg-archive = Formato do pacote: `transync-<lang>-<commit>.zip`, `.tar.gz` ou um diretório.
cli-bundle-arg-rev = O commit a publicar.
cli-bundle-arg-stale = Traduções desatualizadas: publicar com aviso, excluir (vale então --missing) ou falhar.
cli-bundle-arg-missing = Documentos sem tradução: o inglês com aviso, deixar de fora ou falhar.

# Erros de uso. $arg é como o argumento se escreve (`--format <FORMAT>`), $value o que foi
# dado.
cli-error-invalid-value = valor inválido '{ $value }' para '{ $arg }'
cli-error-value-required = '{ $arg }' precisa de um valor, mas nenhum foi fornecido
cli-error-invalid-value-reason = valor inválido '{ $value }' para '{ $arg }': { $reason }
cli-error-unknown-argument = argumento inesperado '{ $arg }'
cli-error-unknown-command = subcomando '{ $command }' não reconhecido
cli-error-missing-required = os seguintes argumentos obrigatórios não foram fornecidos:
cli-error-conflict = o argumento '{ $arg }' não pode ser usado com '{ $other }'
cli-tip-prefix = dica
cli-tip-similar-argument = existe um argumento semelhante: '{ $suggestion }'
cli-tip-similar-command = existe um subcomando semelhante: '{ $suggestion }'
cli-tip-similar-value = existe um valor semelhante: '{ $suggestion }'
cli-tip-dash-dash = para passar '{ $arg }' como valor, use '-- { $arg }'
cli-error-more = Para mais informações, tente '{ $help }'.

## Git, configuration and front-matter edits
line-prefixed = linha { $line }: { $text }
mark-value-not-found = não é possível encontrar o valor de `{ $key }` para substituir; edite-o à mão uma vez e o transync passa a atualizá-lo
frontmatter-not-a-mapping = o front matter não é uma tabela de chaves e valores
error-walk-history = não é possível percorrer o histórico do git
error-not-in-tree = { $path } não está no commit analisado
error-read-blob = não é possível ler o objeto git { $id }
error-read-index = não é possível ler o índice do git
error-compare-worktree = não é possível comparar a árvore de trabalho com o índice do git
error-stage-move = não é possível registrar no índice do git a mudança de { $path }
error-step-summary-open = não é possível abrir GITHUB_STEP_SUMMARY { $path }
error-step-summary-write = não é possível escrever GITHUB_STEP_SUMMARY { $path }
config-invalid-glob = padrão glob inválido: `{ $pattern }`
config-unknown-layout = chave `layout`: disposição desconhecida `{ $value }`; use "{"{"}lang{"}"}/{"{"}path{"}"}" (content/es/guide.md) ou "{"{"}path{"}"}.{"{"}lang{"}"}.md" (content/guide.es.md)
config-unknown-commit-key = chave `commit-key`: `{ $value }` não é suportado; use uma de { $keys }
config-empty-keyword = chave `history.ignore-keywords`: há uma palavra-chave vazia; remova-a ou escreva a palavra

## Layouts: patterns and collections
layout-pattern-no-path = o padrão não tem o marcador `{"{"}path{"}"}`, então nomeia um só arquivo; escreva por exemplo `docs/{"{"}path{"}"}`
layout-pattern-placeholder = `{ $name }` não é um marcador de padrão de disposição (ou aparece duas vezes); use `{"{"}lang{"}"}`, `{"{"}path{"}"}` e `{"{"}ext{"}"}`, cada um no máximo uma vez
layout-pattern-adjacent = dois marcadores lado a lado não podem ser distinguidos; ponha um `/` ou um `.` entre eles
layout-pattern-not-relative = os padrões são relativos ao arquivo de configuração e ficam dentro do repositório: sem `/` inicial, sem `..`, sem `\`
config-layout-conflict = `{ $key }` não pode ser combinado com `{ $with }`; descreva a disposição de uma só maneira
config-layout-half = falta `{ $key }`: `source` e `translation` andam juntos
config-translation-without-lang = chave `{ $key }`: um padrão de tradução precisa de `{"{"}lang{"}"}`, onde vai o idioma
config-patterns-differ = `{ $source }` e `{ $translation }` devem ter os mesmos marcadores `{"{"}path{"}"}` e `{"{"}ext{"}"}`, para que uma página e suas traduções compartilhem o nome
config-collection-name = chave `{ $key }`: os nomes de coleção devem ser únicos e não vazios (encontrado `{ $name }`); defina `name` em cada `[[collection]]`
config-alias-not-a-name = o alias `{ $name }` não é um nome de diretório nem um sufixo de arquivo
hint-layout-root = para o inglês na raiz da pasta de conteúdo e as traduções em pastas de idioma ao lado, defina layout = "{"{"}path{"}"}"

## Layout detection
layout-from-config = { $file }
layout-from-file = a configuração
layout-detected = detectada: { $reason }
layout-default = a padrão: nenhum transync.toml nem configuração de gerador de site (procurado em { $dirs })
detect-generator = configuração do { $generator } { $file }
detect-fluent-l10n-toml = configuração do compare-locales { $file }
detect-fluent-folders = arquivos Fluent em pastas de idioma na raiz do repositório, `{ $english }` o original
detect-fluent-components = um arquivo Fluent por idioma em { $count } componentes (`…/{ $english }.ftl` o original)
detect-tree-folders = pastas de idioma em { $dir } ao lado de `{ $english }`
detect-tree-root = páginas em inglês em { $dir } com pastas de idioma ao lado
detect-tree-suffix = páginas em { $dir } com traduções chamadas página.<idioma>.md ao lado
detect-tree-siblings = pastas { $dir }.<idioma> ao lado de { $dir }
detect-ambiguous = { $dir } tem mais de uma configuração de site: { $candidates }
detect-tree-ambiguous = a árvore mostra duas disposições: { $first } e { $second }
detect-pairs = páginas traduzidas
hint-detect-ambiguous = diga qual num transync.toml (`transync init` escreve um para começar)
inventory-no-source-documents-origin = disposição: { $origin }
status-layout = disposição: { $patterns } ({ $origin })

## transync init
init-exists = { $path } já existe; o transync o lê, então o init não escreve nada
hint-init-exists = edite esse arquivo, ou veja o que o init escreveria com `transync init --stdout`
init-written = { $path } escrito ({ $origin }): { $patterns }

cli-init-about = Escreve a disposição que o transync detecta num transync.toml comentado.
cli-init-after =
    Lê a configuração do gerador do site (Docusaurus, Hugo, Astro Starlight, MkDocs com o
    plugin i18n) ou, sem ela, a árvore (pastas de idioma, sufixos página.<idioma>.md, pastas
    irmãs como pages.<idioma>), e escreve o que encontra em transync.toml na raiz do
    repositório, com comentários, para você conferir e ajustar. Um transync.toml existente
    nunca é substituído.

    Códigos de saída: 0 escrito (ou mostrado), 2 erro (já existe um transync.toml, duas
    disposições discordam, não é um repositório git).

    Exemplos:
      transync init              escreve transync.toml
      transync init --stdout     mostra-o em vez disso
cli-init-arg-stdout = Mostra a configuração em vez de escrevê-la.
note-missing-objects = { $count } commits ({ $commits }…) mudaram arquivos cujos objetos faltam neste clone (um clone parcial?): as renomeações neles não são seguidas; `git fetch --refetch` os traz
