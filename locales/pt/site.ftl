### Textos da interface do site de leitura UCLG Learning, em português.
### O idioma de origem é o inglês: este arquivo traduz as mensagens do arquivo en.

# O nome da marca do site, usado por site-title.
-brand-name = UCLG Learning

## Cabeçalho e navegação do site

site-title = { -brand-name }
site-tagline = Aprendizagem cidade a cidade para governos locais e regionais
nav-home = Início
nav-articles = Artigos
nav-modules = Módulos de aprendizagem
nav-blog = Blog
nav-news = Notícias
# Rótulo do menu que lista os idiomas disponíveis.
language-switcher = Idioma

## Rodapé

footer-license = Conteúdo adaptado de publicações de Cidades e Governos Locais Unidos (CGLU).

## Listas e metadados das páginas

read-more = Leia mais
# Variáveis:
#   $date (String) - A data de publicação da página, já formatada.
published-on = Publicado em { $date }
tags-label = Etiquetas
summary-label = Resumo

## Módulos de aprendizagem

# Variáveis:
#   $count (Number) - O número de lições de um módulo.
module-lessons-count =
    { $count ->
        [one] { $count } lição
        [many] { $count } lições
       *[other] { $count } lições
    }
# Variáveis:
#   $current (Number) - A posição da lição atual no módulo.
#   $total (Number) - O número de lições do módulo.
lesson-position = Lição { $current } de { $total }
lesson-previous = Lição anterior
lesson-next = Próxima lição
lesson-back-to-module = Voltar à visão geral do módulo

## Avisos de status da tradução

# Exibido em uma página traduzida cujo original em inglês mudou desde que ela foi traduzida.
banner-stale = Esta tradução pode estar desatualizada. Leia o original em inglês para ver a versão mais recente.
# Exibido quando uma página não tem tradução no idioma selecionado.
banner-fallback = Esta página ainda não foi traduzida. Exibindo o original em inglês.

## Busca

# O rótulo visível fica no valor; o texto de .placeholder é exibido dentro da caixa de busca vazia.
search-placeholder = Buscar
    .placeholder = Buscar artigos, módulos e notícias
# Variáveis:
#   $query (String) - O texto que o leitor buscou.
search-no-results = Nenhum resultado para “{ $query }”.
