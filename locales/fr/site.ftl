### Chaînes d'interface du site de lecture CGLU Apprentissage, en français.
### Ce fichier traduit les messages de la locale source, l'anglais (en).

# Le nom de marque du site, utilisé par site-title.
-brand-name = CGLU Apprentissage

## En-tête du site et navigation

site-title = { -brand-name }
site-tagline = L'apprentissage de ville à ville pour les gouvernements locaux et régionaux
nav-home = Accueil
nav-articles = Articles
nav-modules = Modules d'apprentissage
nav-blog = Blog
nav-news = Actualités
# Intitulé du menu qui liste les langues disponibles.
language-switcher = Langue

## Pied de page

footer-license = Contenu adapté de publications de Cités et Gouvernements Locaux Unis (CGLU).

## Listes et métadonnées des pages

read-more = Lire la suite
# Variables:
#   $date (String) - La date de publication de la page, déjà mise en forme.
published-on = Publié le { $date }
tags-label = Mots-clés
summary-label = Résumé

## Modules d'apprentissage

# Variables:
#   $count (Number) - Le nombre de leçons d'un module.
module-lessons-count =
    { $count ->
        [one] { $count } leçon
        [many] { $count } de leçons
       *[other] { $count } leçons
    }
# Variables:
#   $current (Number) - La position de la leçon en cours dans son module.
#   $total (Number) - Le nombre de leçons du module.
lesson-position = Leçon { $current } sur { $total }
lesson-previous = Leçon précédente
lesson-next = Leçon suivante
lesson-back-to-module = Retour à la présentation du module

## Bandeaux d'état de la traduction

# Affiché sur une page traduite dont l'original anglais a changé depuis sa traduction.
banner-stale = Cette traduction n'est peut-être plus à jour. Consultez l'original en anglais pour en lire la version la plus récente.
# Affiché lorsqu'une page n'a pas de traduction dans la langue sélectionnée.
banner-fallback = Cette page n'est pas encore traduite. L'original en anglais est affiché.

## Recherche

# L'intitulé visible figure dans la valeur ; le texte de .placeholder s'affiche dans le champ de recherche vide.
search-placeholder = Rechercher
    .placeholder = Rechercher des articles, des modules et des actualités
# Variables:
#   $query (String) - Le texte recherché par le lecteur.
search-no-results = Aucun résultat pour « { $query } ».
