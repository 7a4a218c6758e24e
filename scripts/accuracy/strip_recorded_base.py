#!/usr/bin/env python3
"""Remove `default_lang_commit:` from the front matter of every OpenTelemetry
translation in a work tree (content/<lang>/**/*.md, lang != en), in the work
tree only (nothing is committed), so that transync has to infer the bases:
    python3 strip_recorded_base.py /tmp/real/otel-inferred
"""
import glob
import os
import re
import sys

root = sys.argv[1]
n = 0
for lang in sorted(os.listdir(os.path.join(root, "content"))):
    if lang == "en":
        continue
    for p in glob.glob(os.path.join(root, "content", lang, "**", "*.md"), recursive=True):
        t = open(p, encoding="utf-8", newline="").read()
        m = re.match(r"(---\r?\n)(.*?)(\r?\n---)", t, re.S)
        if not m:
            continue
        fm = re.sub(r"^default_lang_commit:.*(\r?\n|$)", "", m.group(2), flags=re.M)
        if fm == m.group(2):
            continue
        fm = fm.rstrip("\r\n")
        head = m.group(1) + fm + m.group(3) if fm else m.group(1) + m.group(3).lstrip("\r\n")
        open(p, "w", encoding="utf-8", newline="").write(head + t[m.end():])
        n += 1
print("%s: removed default_lang_commit from %d translations (work tree only)" % (root, n))
