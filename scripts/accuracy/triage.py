#!/usr/bin/env python3
"""Sort transync's failures on a labelled repository into classes, by reading
the English and translated text each finding points at.

    python3 triage.py --repo /tmp/real/otel --labels /tmp/labels/otel.tsv \
                      --json /tmp/labels/otel.base.status.json [--examples 3]

The status JSON is the one score.py saved (<out-dir>/<name>.status.json).
Looks at (1) every drift item on an in-sync pair (metric c), (2) every drift
item of a false-stale pair whose staleness came from drift (inferred bases),
(3) false-stale pairs with a recorded base (changed blocks), (4) false-current
pairs (the label's evidence).  Prints counts per class and a few examples with
path, line and what differed.  A heuristic, for triage: read the examples.
Stdlib only.
"""

import argparse
import csv
import difflib
import json
import os
import re
import subprocess
from collections import Counter, defaultdict

csv.field_size_limit(1 << 30)
CJK = {"ja", "zh", "ko", "zh-hant", "zh-cn", "zh-tw"}
FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([^\s`{]*)")
COMMENT = [re.compile(p) for p in (r"(^|\s)#.*$", r"//.*$", r"/\*.*?\*/", r"<!--.*?-->", r"(^|\s)--\s.*$",
                                    r"^\s*\*.*$", r"(^|\s);.*$", r"^\s*%.*$")]
STRING = re.compile(r"\"(\\.|[^\"\\])*\"|'(\\.|[^'\\])*'|`[^`]*`")


def read_lines(repo, path):
    try:
        return open(os.path.join(repo, path), encoding="utf-8", errors="replace").read().split("\n")
    except OSError:
        return []


def code_block(lines, line):
    """(info, body lines) of the fenced block starting at 1-based `line`."""
    i = (line or 1) - 1
    if i >= len(lines):
        return "", []
    m = FENCE.match(lines[i])
    if not m:
        # maybe the block starts a line or two later (a shortcode, an attribute)
        for j in range(i, min(i + 3, len(lines))):
            m = FENCE.match(lines[j])
            if m:
                i = j
                break
        else:
            return "", lines[i:i + 1]
    fence = m.group(1)
    body = []
    for j in range(i + 1, len(lines)):
        s = lines[j].strip()
        if s.startswith(fence[0] * len(fence)) and set(s) <= {fence[0]}:
            break
        body.append(lines[j])
    return m.group(2).lower(), body


def paragraph(lines, line):
    i = (line or 1) - 1
    out = []
    for j in range(i, min(len(lines), i + 40)):
        if not lines[j].strip() and out:
            break
        out.append(lines[j])
    return " ".join(l.strip() for l in out)


def strip_comments(s):
    for p in COMMENT:
        s = p.sub("", s)
    return s


def classify_code(info, en, tr):
    if info in ("mermaid", "text", "txt", "plaintext", "plain", "ascii", "") and en and tr:
        diagram = info == "mermaid"
    else:
        diagram = False
    if [l.strip() for l in en] == [l.strip() for l in tr]:
        return "code: indentation only"
    if "".join("".join(en).split()) == "".join("".join(tr).split()):
        return "code: whitespace/wrapping only"
    sm = difflib.SequenceMatcher(None, en, tr, autojunk=False)
    kinds = set()
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        ea, tb = en[a1:a2], tr[b1:b2]
        if op != "replace" or len(ea) != len(tb):
            # added/removed lines: comment-only lines?
            if all(not strip_comments(l).strip() for l in ea + tb):
                kinds.add("comments")
            else:
                kinds.add("lines added/removed")
            continue
        for x, y in zip(ea, tb):
            if strip_comments(x).split() == strip_comments(y).split():
                kinds.add("comments")
            elif STRING.sub('""', strip_comments(x)).split() == STRING.sub('""', strip_comments(y)).split():
                kinds.add("strings")
            elif diagram:
                kinds.add("diagram labels")
            elif re.sub(r"[A-Za-z0-9_\-./:]", "", x) != re.sub(r"[A-Za-z0-9_\-./:]", "", y) and \
                    re.search(r"[^\x00-\x7f]", y) and not re.search(r"[^\x00-\x7f]", x):
                kinds.add("text translated (output/prose in code)")
            else:
                kinds.add("code differs")
    if diagram and kinds - {"comments", "strings"}:
        return "code: diagram labels translated"
    if kinds <= {"comments"}:
        return "code: comments translated"
    if kinds <= {"comments", "strings"}:
        return "code: strings (+comments) translated"
    if kinds <= {"comments", "strings", "text translated (output/prose in code)"}:
        return "code: output/prose text translated"
    if "lines added/removed" in kinds and kinds <= {"lines added/removed", "comments"}:
        return "code: lines added/removed"
    return "code: code differs"


def classify_drift(d, lab, en_lines, tr_lines):
    what = d.get("what")
    msg = d.get("message") or ""
    lang = lab["language"]
    if what == "code block":
        info, en = code_block(en_lines, d.get("english_line"))
        _, tr = code_block(tr_lines, d.get("translation_line"))
        if d.get("translation_line") is None:
            return "code: block missing in translation", ""
        return classify_code(info, en, tr), "\n".join("%s%s" % (t, l) for t, l in
                                                       (("-", x) for x in en if x not in tr))[:300] + \
            " => " + "\n".join("+" + y for y in tr if y not in en)[:300]
    if what == "sentences":
        m = re.search(r"has (\d+) sentences, the translation \(line \d+\) (\d+)", msg)
        en_p = paragraph(en_lines, d.get("english_line"))
        tr_p = paragraph(tr_lines, d.get("translation_line"))
        if lang in CJK:
            c = "sentences: CJK translation"
        elif re.search(r"\b(e\.g|i\.e|etc|vs|cf|approx|Mr|Dr|No)\.|\d\.\d|\.\w{2,4}\b", en_p):
            c = "sentences: abbreviation / version / file name dot in English"
        elif re.search(r"[:;]\s|\s[—–-]\s", tr_p):
            c = "sentences: joined with : ; or dash in translation"
        else:
            c = "sentences: fewer sentences (other)"
        return c, "EN: %s || TR: %s" % (en_p[:200], tr_p[:200])
    if what == "inline code":
        codes = re.findall(r"`([^`]*)`", msg.split(", missing")[0])
        tr_p = paragraph(tr_lines, d.get("translation_line"))
        tr_codes = re.findall(r"`([^`]*)`", tr_p)
        if d.get("translation_line") is None:
            c = "inline code: no counterpart block"
        elif all(x in tr_p for x in codes) and not all(x in tr_codes for x in codes):
            c = "inline code: present without backticks"
        elif any(x in " ".join(tr_codes) for x in codes):
            c = "inline code: present elsewhere/partly"
        elif len(tr_codes) and not all(x in tr_p for x in codes):
            c = "inline code: translated or paraphrased"
        else:
            c = "inline code: absent from aligned paragraph"
        return c, "missing %s || TR: %s" % (codes, tr_p[:220])
    if what == "number":
        nums = re.findall(r"\d[\d.,]*", msg.split(", missing")[0].split("has", 1)[-1])
        tr_p = paragraph(tr_lines, d.get("translation_line"))
        en_p = paragraph(en_lines, d.get("english_line"))
        if re.search(r"[０-９]", tr_p):
            c = "number: full-width digits"
        elif any(re.search(r"\b%s\b" % re.escape(n), " ".join(re.findall(r"`[^`]*`|\]\([^)]*\)", en_p))) for n in nums):
            c = "number: inside code/link in English"
        elif lang in CJK or any(n in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12") for n in nums):
            c = "number: small number written as a word / restructured"
        else:
            c = "number: other"
        return c, "EN has %s || TR: %s" % (nums, tr_p[:200])
    if what == "link":
        target = msg.split("a link to ", 1)[-1].split(", missing")[0]
        tr_p = paragraph(tr_lines, d.get("translation_line"))
        if target.strip() == "":
            c = "link: empty target reported"
        elif "#" in target and target.split("#")[0] and re.search(
                r"[(/\"']%s/?#" % re.escape(target.split("#")[0]), "\n".join(tr_lines)):
            c = "link: fragment differs (translated anchor)"
        elif "#" in target and target.startswith("#"):
            c = "link: same-page fragment missing (translated anchor?)"
        elif target in tr_p:
            c = "link: target present in another form"
        else:
            c = "link: target absent from aligned paragraph"
        return c, "target %s || TR: %s" % (target, tr_p[:200])
    return "structure: " + str(what), msg[:200]


def coarse(c, lab):
    if c.startswith("code: comments") or c.startswith("code: strings") or c.startswith("code: output") \
            or c.startswith("code: diagram"):
        return "code-block comments/strings/text translated"
    if c.startswith("code: indentation") or c.startswith("code: whitespace"):
        return "code-block whitespace/wrapping"
    if c.startswith("code:"):
        return "code-block content differs" + (" (MDX page)" if lab["translation_path"].endswith(".mdx") else "")
    if c.startswith("link: fragment") or c.startswith("link: same-page fragment"):
        return "fragments/anchors (translated heading ids)"
    if c.startswith("link: empty"):
        return "links: site-root/locale-home link (empty target)"
    if c.startswith("link:"):
        return "links: other"
    if c.startswith("sentences: CJK"):
        return "sentence counts (CJK)"
    if c.startswith("sentences:"):
        return "sentence counts (hi)" if lab["language"] == "hi" else "sentence counts (non-CJK)"
    if c.startswith("number:"):
        return "numbers"
    if c.startswith("inline code:"):
        return "inline code"
    if c.startswith("changed: front matter"):
        return "English commits that needed no translation (front matter)"
    if c.startswith("inferred base later"):
        return "base fooled by a maintenance commit"
    if c.startswith("English link-target"):
        return "link-target edits taken as cosmetic"
    if c.startswith("English edits of class"):
        return "English commits that needed no translation (%s)" % c.split("class ")[1].split(" ")[0]
    if c.startswith("changed:"):
        return "English commits that needed no translation (" + c[9:60] + ")"
    return "other (" + c + ")"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--truth-column", default="truth")
    ap.add_argument("--out", help="TSV of every classified item (default: <json>.triage.tsv)")
    args = ap.parse_args()
    rep = json.load(open(args.json))
    by = {t["path"]: t for d in rep["documents"] for t in d["translations"] if t.get("path")}
    labels = list(csv.DictReader(open(args.labels, encoding="utf-8"), delimiter="\t"))
    groups = {"in-sync pairs with drift": defaultdict(list), "false-stale from drift (inferred base)": defaultdict(list),
              "false-stale from English changes": defaultdict(list), "false-current": defaultdict(list)}
    pair_count = {k: Counter() for k in groups}
    cache = {}

    def lines(p):
        if p not in cache:
            cache[p] = read_lines(args.repo, p)
        return cache[p]

    out_rows = []
    for lab in labels:
        tr = by.get(lab["translation_path"])
        if not tr:
            continue
        truth = lab[args.truth_column]
        en_l, tr_l = lines(lab["english_path"]), lines(lab["translation_path"])
        targets = []
        if lab["in_sync"] == "true" and tr.get("drift"):
            targets.append("in-sync pairs with drift")
        if truth == "current" and tr["status"] == "stale":
            if not tr.get("changed_blocks") and tr.get("drift"):
                targets.append("false-stale from drift (inferred base)")
            else:
                g = "false-stale from English changes"
                kinds = sorted(set(b.get("kind", "") for b in tr.get("changed_blocks") or []))
                ev = sorted(set(e.split(":")[1] for e in lab["evidence"].split(" | ") if e.count(":") >= 2))
                if kinds and all(k.startswith("front matter") for k in kinds):
                    c = "changed: " + ", ".join(kinds)[:120]
                else:
                    c = "English edits of class %s (label evidence)" % "+".join(ev)
                groups[g][c].append((lab, None, "%s" % "; ".join(
                    "%s %s→%s" % (b.get("kind"), (b.get("before") or "")[:60], (b.get("after") or "")[:60])
                    for b in (tr.get("changed_blocks") or [])[:2])))
                pair_count[g][c] += 1
        if truth == "stale" and tr["status"] == "current":
            g = "false-current"
            ev = [e.split(":")[1] for e in lab["evidence"].split(" | ") if e.count(":") >= 2]
            base = (tr.get("base") or {})
            if base.get("origin") == "inferred":
                c = "inferred base later than the real one (%s)" % (
                    "maintenance commit" if not base.get("commit", "").startswith(lab["base"][:10]) else "same base")
            elif set(ev) & {"link"} and not set(ev) & {"real"}:
                c = "English link-target edits treated as cosmetic"
            else:
                c = "real English change missed"
            groups[g][c].append((lab, None, "transync base %s, label base %s; %s" % (
                base.get("commit", "-")[:9], lab["base"][:9], lab["evidence"][:200])))
            pair_count[g][c] += 1
        for g in targets:
            seen = set()
            for d in tr.get("drift") or []:
                c, detail = classify_drift(d, lab, en_l, tr_l)
                groups[g][c].append((lab, d, detail))
                out_rows.append((g, c, lab["language"], lab["translation_path"], d.get("english_line"),
                                 d.get("translation_line"), d.get("what"), detail))
                if c not in seen:
                    pair_count[g][c] += 1
                    seen.add(c)
    for g, classes in groups.items():
        if not classes:
            continue
        print("=" * 100)
        print("%s: %d pairs" % (g, len(set(lab["translation_path"] for items in classes.values() for lab, _, _ in items))))
        for c, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            print("  %-60s items %4d  pairs %4d  langs %s" % (c, len(items), pair_count[g][c],
                                                              dict(Counter(l["language"] for l, _, _ in items).most_common(6))))
            for lab, d, detail in items[: args.examples]:
                where = ("en %s / tr %s" % (d.get("english_line"), d.get("translation_line"))) if d else ""
                print("      %s %s: %s" % (lab["translation_path"], where, detail.replace("\n", " ")[:330]))
    # The coarse classes of the accuracy brief: per group, the pairs with at least one
    # item of the class, and the pairs for which it is the only class (fixing it alone
    # would fix the pair).
    print("=" * 100)
    print("coarse classes (pairs with the class / pairs where it is the only class):")
    for g, classes in groups.items():
        per_pair = defaultdict(set)
        for c, items in classes.items():
            for lab, d, _ in items:
                per_pair[lab["translation_path"]].add(coarse(c, lab))
        if not per_pair:
            continue
        anyc, only = Counter(), Counter()
        for p, cs in per_pair.items():
            for c in cs:
                anyc[c] += 1
            if len(cs) == 1:
                only[next(iter(cs))] += 1
        print("  %s (%d pairs)" % (g, len(per_pair)))
        for c, n in anyc.most_common():
            print("     %-58s %4d / %4d" % (c, n, only[c]))
    out = args.out or args.json.rsplit(".json", 1)[0] + ".triage.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write("group\tclass\tlanguage\tpath\tenglish_line\ttranslation_line\twhat\tdetail\n")
        for r in out_rows:
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print("items: %s" % out)


if __name__ == "__main__":
    main()
