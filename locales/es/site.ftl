### source_commit: 82b9cc0cd6f497a4eaf11924601149ec9345c846
### Cadenas de la interfaz del sitio web de lectura de Aprendizaje CGLU, en español.
### La configuración regional de origen es el inglés: este archivo traduce sus mensajes.

# El nombre de marca del sitio, utilizado por site-title.
-brand-name = Aprendizaje CGLU

## Cabecera y navegación del sitio

site-title = { -brand-name }
site-tagline = Aprendizaje de ciudad a ciudad para los gobiernos locales y regionales
nav-home = Inicio
nav-articles = Artículos
nav-modules = Módulos de aprendizaje
nav-blog = Blog
nav-news = Noticias
# Etiqueta del menú que enumera los idiomas disponibles.
language-switcher = Idioma

## Pie de página

footer-license = Contenido adaptado de publicaciones de Ciudades y Gobiernos Locales Unidos (CGLU).

## Listas y metadatos de página

read-more = Leer más
# Variables:
#   $date (String) - La fecha de publicación de la página, ya formateada.
published-on = Publicado el { $date }
tags-label = Etiquetas
summary-label = Resumen

## Módulos de aprendizaje

# Variables:
#   $count (Number) - El número de lecciones de un módulo.
module-lessons-count =
    { $count ->
        [one] { $count } lección
       *[other] { $count } lecciones
    }
# Variables:
#   $current (Number) - La posición de la lección actual dentro de su módulo.
#   $total (Number) - El número de lecciones del módulo.
lesson-position = Lección { $current } de { $total }
lesson-previous = Lección anterior
lesson-next = Lección siguiente
lesson-back-to-module = Volver a la presentación del módulo

## Avisos sobre el estado de la traducción

# Se muestra en una página traducida cuyo original en inglés ha cambiado desde que se tradujo.
banner-stale = Esta traducción puede estar desactualizada. El original en inglés tiene la versión más reciente.
# Se muestra cuando una página no tiene traducción en el idioma seleccionado.
banner-fallback = Esta página aún no está traducida. Se muestra el original en inglés.

## Búsqueda

# La etiqueta visible va en el valor; el texto de .placeholder se muestra dentro del cuadro de búsqueda vacío.
search-placeholder = Buscar
    .placeholder = Buscar artículos, módulos y noticias
# Variables:
#   $query (String) - El texto que buscó el lector.
search-no-results = No hay resultados para «{ $query }».
