### UI strings for the UCLG Learning reader website, in English.
### This is the source locale: the es, fr and pt files translate these messages.

# The brand name of the site, used by site-title.
-brand-name = UCLG Learning

## Site header and navigation

site-title = { -brand-name }
site-tagline = City-to-city learning for local and regional governments
nav-home = Home
nav-articles = Articles
nav-modules = Learning modules
nav-blog = Blog
nav-news = News
# Label of the menu that lists the available languages.
language-switcher = Language

## Footer

footer-license = Content adapted from publications of United Cities and Local Governments (UCLG).

## Lists and page metadata

read-more = Read more
# Variables:
#   $date (String) - The publication date of the page, already formatted.
published-on = Published on { $date }
tags-label = Tags
summary-label = Summary

## Learning modules

# Variables:
#   $count (Number) - The number of lessons in a module.
module-lessons-count =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
# Variables:
#   $current (Number) - The position of the current lesson in its module.
#   $total (Number) - The number of lessons in the module.
lesson-position = Lesson { $current } of { $total }
lesson-previous = Previous lesson
lesson-next = Next lesson
lesson-back-to-module = Back to the module overview

## Translation status banners

# Shown on a translated page whose English original has changed since it was translated.
banner-stale = This translation may be out of date. The English original has the latest version.
# Shown when a page has no translation in the selected language.
banner-fallback = This page is not yet translated. Showing the English original.

## Search

# The visible label goes in the value; the .placeholder text is shown inside the empty search box.
search-placeholder = Search
    .placeholder = Search articles, modules and news
# Variables:
#   $query (String) - The text that the reader searched for.
search-no-results = No results for “{ $query }”.
