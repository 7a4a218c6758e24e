#!/usr/bin/env bash
# Seed corpora for the fuzz targets from the project's own sample (content/, locales/):
#   sh fuzz/seed.sh [DIR]      (DIR defaults to fuzz/corpus; a folder per target)
# Each target's input format is in its source; the corpora are not committed.
set -eu
out=${1:-$(dirname "$0")/corpus}
mkdir -p "$out" && out=$(cd "$out" && pwd)
cd "$(dirname "$0")"
for t in front_matter_mark markdown_blocks fluent_check layout_match; do mkdir -p "$out/$t"; done
i=0
find ../content -name '*.md' -o -name '*.mdx' | sort | while read -r f; do
    i=$((i + 1))
    # One byte of parameters (key / flavor), then the page.
    { printf '\x00'; cat "$f"; } > "$out/front_matter_mark/$i"
    { printf '\x01'; cat "$f"; } > "$out/front_matter_mark/$i-l10n"
    { printf '\x00'; cat "$f"; } > "$out/markdown_blocks/$i"
    { printf '\x01'; cat "$f"; } > "$out/markdown_blocks/$i-mdx"
done
find ../locales -name '*.ftl' | sort | while read -r f; do
    cp "$f" "$out/fluent_check/$(echo "$f" | tr '/' '_')"
done
n=0
for pattern in 'content/{lang}/{path}' 'docs/{path}.{lang}.md' 'i18n/{lang}/docusaurus-plugin-content-docs/current/{path}' 'src/content/docs/{lang}/{path}.{ext}' '{lang}/{path}'; do
    for path in content/es/guide.md docs/intro.fr.md i18n/ja/docusaurus-plugin-content-docs/current/a/b.mdx src/content/docs/pt-br/x.mdx fr/index.md; do
        n=$((n + 1))
        printf '%s\n%s' "$pattern" "$path" > "$out/layout_match/$n"
    done
done
echo "seeded: $(find "$out" -type f | wc -l) files in $out"
