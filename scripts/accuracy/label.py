#!/usr/bin/env python3
"""Build a labelled truth set (current / stale, in-sync) for the translations of
a real public repository, from that repository's own history -- never from
transync.

    python3 label.py --strategy otel      --repo /tmp/real/otel
    python3 label.py --strategy fastapi   --repo /tmp/real/fastapi
    python3 label.py --strategy starlight --repo /tmp/real/starlight

Writes /tmp/labels/<name>.tsv (one row per translation pair) and
/tmp/labels/<name>.excluded.tsv (pairs left out, with the reason).  <name> is
--name, default the strategy.  Stdlib only; git through subprocess.

How the truth is decided (see README.md for the full story):

* otel: the base T is the translation's own `default_lang_commit` (the team's
  statement "translated up to English commit T").
* fastapi, starlight: T is the newest commit touching the translation that is a
  real translation commit (commit-message conventions of each project, see
  `is_translation_commit`).

Then every English commit after T (T..HEAD, renames followed) that touched the
English file is classified from its own diff and message:

    ws       whitespace / re-wrapping only (paragraph boundaries kept)
    markup   a no-op Markdown spelling: `[x][]` for `[x]`, list bullets,
             fence characters, `__` for `**` (with whitespace ignored)
    fm       only untranslatable front-matter keys (date, weight, aliases...)
    link     only link targets changed (URLs, anchors, href/src)
    format   a formatter bot's commit ("[ci] format", pre-commit.ci)
    ignored  the project's own "needs no translation" marker (lunaria keywords)
    coedit   the same commit also edited this translation (the change was
             carried into it by whoever made it)
    real     anything else

A pair is **stale** when at least one English commit after T counts (`real`
everywhere; also `link` and `coedit` for otel, whose policy is that locale teams
reconcile link fixes themselves and whose pin is only moved on a real sync) and
the English file at T still differs from the English now beyond the cosmetic
classes (so a change later reverted does not count).  **in_sync** is true when
the English blob at T is the English blob now.
"""

import argparse
import fnmatch
import hashlib
import os
import re
import subprocess
import sys
from collections import defaultdict

UNTRANSLATABLE_FM = {
    "date", "lastmod", "publishdate", "expirydate", "weight", "aliases",
    "draft", "slug", "url", "layout", "type", "cspell:ignore", "outputs",
    "default_lang_commit", "drifted_from_default", "sidebar.order",
    "build", "build.list", "build.render",
}

# --------------------------------------------------------------------------
# git plumbing


class Git:
    def __init__(self, repo):
        self.repo = repo
        self._cat = None
        self._blob_cache = {}
        self._revlist_cache = {}

    def run(self, *args, check=True):
        p = subprocess.run(["git", "-C", self.repo, *args], capture_output=True)
        if check and p.returncode != 0:
            raise RuntimeError("git %s: %s" % (" ".join(args), p.stderr.decode(errors="replace")))
        return p.stdout.decode("utf-8", errors="replace")

    def rev(self, r):
        out = subprocess.run(["git", "-C", self.repo, "rev-parse", "--verify", "-q", r + "^{commit}"],
                             capture_output=True, text=True)
        return out.stdout.strip() if out.returncode == 0 else None

    def show(self, spec):
        """Content of <rev>:<path> as bytes, or None when absent/missing."""
        if spec in self._blob_cache:
            return self._blob_cache[spec]
        if self._cat is None:
            self._cat = subprocess.Popen(["git", "-C", self.repo, "cat-file", "--batch"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._cat.stdin.write(spec.encode() + b"\n")
        self._cat.stdin.flush()
        header = self._cat.stdout.readline().decode()
        parts = header.split()
        if len(parts) < 3 or parts[-1] == "missing" or parts[1] != "blob":
            if len(parts) == 3 and parts[1] != "blob":  # a tree: drain it
                self._cat.stdout.read(int(parts[2]) + 1)
            data = None
        else:
            size = int(parts[2])
            data = self._cat.stdout.read(size)
            self._cat.stdout.read(1)
        if len(self._blob_cache) < 200000:
            self._blob_cache[spec] = data
        return data

    def blob_id(self, rev, path):
        out = subprocess.run(["git", "-C", self.repo, "rev-parse", "-q", "--verify", "%s:%s" % (rev, path)],
                             capture_output=True, text=True)
        return out.stdout.strip() if out.returncode == 0 else None

    def after(self, base):
        """Set of commits in base..HEAD."""
        if base not in self._revlist_cache:
            self._revlist_cache[base] = set(self.run("rev-list", base + "..HEAD").split())
        return self._revlist_cache[base]

    def is_ancestor(self, a, b="HEAD"):
        return subprocess.run(["git", "-C", self.repo, "merge-base", "--is-ancestor", a, b]).returncode == 0


class History:
    """One pass over the history below `pathspec`: per commit its subject, body,
    files and the renames, and per path the commits that touched it."""

    def __init__(self, git, pathspecs):
        self.git = git
        fmt = "%x00%H%x01%P%x01%aI%x01%an%x01%s%x01%b%x02"
        out = git.run("log", "--no-merges", "-M", "--name-status", "--format=" + fmt, "HEAD", "--", *pathspecs)
        self.order = []          # newest first
        self.info = {}           # commit -> dict
        self.events = defaultdict(list)  # path -> [(idx, status, old, new)]
        for rec in out.split("\0")[1:]:
            head, _, rest = rec.partition("\x02")
            h, parents, date, author, subject, body = head.split("\x01", 5)
            files = []
            deleted = []
            idx = len(self.order)
            for line in rest.split("\n"):
                if not line.strip():
                    continue
                cols = line.split("\t")
                st = cols[0]
                if st.startswith("R") or st.startswith("C"):
                    old, new = cols[1], cols[2]
                    files += [old, new]
                    if st.startswith("R"):
                        self.events[new].append((idx, "R", old, new))
                        self.events[old].append((idx, "Rfrom", old, new))
                    else:
                        self.events[new].append((idx, "A", None, new))
                else:
                    p = cols[1]
                    files.append(p)
                    if st[0] == "D":
                        deleted.append(p)
                    self.events[p].append((idx, st[0], p, p))
            self.order.append(h)
            self.info[h] = {"parents": parents.split(), "date": date, "author": author,
                            "subject": subject, "body": body, "files": set(files), "deleted": deleted, "idx": idx}
        self.index = {h: i for i, h in enumerate(self.order)}

    def follow(self, path):
        """Commits (newest first) that changed `path` or its earlier names:
        [(commit, status, path_before, path_after)].  Like git log --follow."""
        res = []
        cur = path
        min_idx = -1
        while True:
            evs = [e for e in self.events.get(cur, []) if e[0] > min_idx and e[1] != "Rfrom"]
            evs.sort()
            switched = False
            for idx, st, old, new in evs:
                h = self.order[idx]
                if st == "R":
                    res.append((h, "R", old, new))
                    cur, min_idx, switched = old, idx, True
                    break
                res.append((h, st, old if st != "A" else None, new))
                if st == "A":
                    return res
            if not switched:
                return res


# --------------------------------------------------------------------------
# text classification

FM_RE = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(\r?\n|\Z)", re.S)
KEY_RE = re.compile(r"^(\s*)([A-Za-z0-9_.:\-]+)\s*[:=](?:\s|$)(.*)$")


def split_fm(text):
    m = FM_RE.match(text)
    if not m:
        return "", text
    return m.group(2), text[m.end():]


def fm_map(fm):
    """Flattened front matter: 'a.b' -> value text.  Line based, good enough to
    tell which top-level/nested keys changed."""
    res = {}
    stack = []  # (indent, key)
    cur = None
    for line in fm.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = KEY_RE.match(line)
        if m and not line.lstrip().startswith("- "):
            ind = len(m.group(1))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            stack.append((ind, m.group(2).lower()))
            cur = ".".join(k for _, k in stack)
            res[cur] = m.group(3).strip()
        elif cur is not None:
            res[cur] = res.get(cur, "") + " " + line.strip()
    return {k: " ".join(v.split()) for k, v in res.items()}


def untranslatable(key):
    return key in UNTRANSLATABLE_FM or key.split(".")[0] in UNTRANSLATABLE_FM


def norm_ws(body):
    paras = re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n").strip())
    return [" ".join(p.split()) for p in paras if p.strip()]


LINK_PATTERNS = [
    (re.compile(r"\]\((<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(\s+(\"[^\"]*\"|'[^']*'))?\)"), "](<L>)"),
    (re.compile(r"^(\s*\[[^\]]+\]):\s*\S+.*$", re.M), r"\1: <L>"),
    (re.compile(r"\b(href|src)\s*=\s*(\"[^\"]*\"|'[^']*')"), r'\1="<L>"'),
    (re.compile(r"<(https?://|mailto:)[^>\s]+>"), "<L>"),
    (re.compile(r"\{\{[<%]\s*(rel)?ref\s+\"[^\"]*\"\s*[%>]\}\}"), "{{ref <L>}}"),
]


def mask_links(text):
    for pat, rep in LINK_PATTERNS:
        text = pat.sub(rep, text)
    return text


MARKUP_PATTERNS = [
    (re.compile(r"\]\[\]"), "]"),                       # [x][] (collapsed) == [x] (shortcut)
    (re.compile(r"^(\s*)[*+](\s+)", re.M), r"\1-\2"),     # list bullets
    (re.compile(r"^(\s*)(`{3,}|~{3,})", re.M), r"\1```"),  # fence characters
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"**\1**"),   # strong markers
]


def norm_markup(text):
    for pat, rep in MARKUP_PATTERNS:
        text = pat.sub(rep, text)
    return text


def classify_change(before, after):
    """ws / fm / link / real / unknown for one English file change."""
    if before is None or after is None:
        return "unknown"
    b = before.decode("utf-8", errors="replace")
    a = after.decode("utf-8", errors="replace")
    if b == a:
        return "ws"
    fb, bb = split_fm(b)
    fa, ba = split_fm(a)
    mb, ma = fm_map(fb), fm_map(fa)
    body_ws = norm_ws(bb) == norm_ws(ba)
    fm_same = mb == ma
    if body_ws and fm_same:
        return "ws"
    if fm_same and norm_ws(norm_markup(bb)) == norm_ws(norm_markup(ba)):
        return "markup"
    fm_tr = {k: v for k, v in mb.items() if not untranslatable(k)} == \
            {k: v for k, v in ma.items() if not untranslatable(k)}
    if body_ws and fm_tr:
        return "fm"
    if fm_tr and norm_ws(mask_links(bb)) == norm_ws(mask_links(ba)):
        return "link"
    if not fm_tr and body_ws:
        return "real"  # a translatable front-matter value changed
    return "real"


def changed_lines(before, after):
    """Rough count of non-blank lines added+removed (multiset difference)."""
    if before is None or after is None:
        return 0
    from collections import Counter
    b = Counter(l.strip() for l in before.decode("utf-8", "replace").split("\n") if l.strip())
    a = Counter(l.strip() for l in after.decode("utf-8", "replace").split("\n") if l.strip())
    return sum((b - a).values()) + sum((a - b).values())


# --------------------------------------------------------------------------
# strategies


class Strategy:
    name = ""
    pathspecs = []
    counted_classes = {"real", "unknown"}
    ignore_keywords = []

    def pairs(self, git):
        raise NotImplementedError

    def is_translation_commit(self, info, lang, trpath):
        raise NotImplementedError

    def is_format_commit(self, info):
        return bool(re.search(r"^\[ci\] format$|pre-commit\.ci|auto ?format", info["subject"], re.I))

    def is_ignored(self, info, path):
        """Lunaria's rules: an ignored keyword in the subject, or a tracker
        directive in the body (`@lunaria-ignore:a;b` / `@lunaria-track:a;b`)."""
        if not self.ignore_keywords:
            return False
        if re.search("(%s)" % "|".join(map(re.escape, self.ignore_keywords)), info["subject"], re.I):
            return True
        m = re.search(r"(@lunaria-track|@lunaria-ignore):([^\n]+)?", info["body"])
        if not m:
            return False
        globs = [g.strip() for g in (m.group(2) or "").split(";") if g.strip()]
        found = any(path == g or path.endswith("/" + g) or fnmatch.fnmatch(path, g) or
                    fnmatch.fnmatch(path, "*/" + g) for g in globs)
        return not found if m.group(1) == "@lunaria-track" else found


def ls_files(git, prefix):
    return [p for p in git.run("ls-files", "-z", "--", prefix).split("\0") if p]


class Otel(Strategy):
    name = "otel"
    pathspecs = ["content"]
    counted_classes = {"real", "unknown", "link", "coedit"}

    def is_format_commit(self, info):
        return False  # the brief's otel rule: only whitespace and front-matter edits are cosmetic

    def pairs(self, git):
        files = ls_files(git, "content")
        en = set(f for f in files if f.startswith("content/en/"))
        for f in files:
            m = re.match(r"content/([^/]+)/(.+\.md)$", f)
            if not m or m.group(1) == "en":
                continue
            lang, rel = m.groups()
            yield lang, "content/en/" + rel, f, ("content/en/" + rel) in en


class Fastapi(Strategy):
    name = "fastapi"
    pathspecs = ["docs"]
    MAINT = re.compile(r"typo|✏|includes?\b|link|anchor|highlight|format|remove|obsolete|"
                       r"redundant|backspace|python version|image missing|rename|migrat|enable|initiali|initiate|"
                       r"set ?up|start |selector|rendering|🔥|🔧|🔨|🛠|♻|🎨|🚚|⬆|✅|🩺|🍱|⚰|👷|💄", re.I)

    def pairs(self, git):
        files = ls_files(git, "docs")
        en = set(f for f in files if f.startswith("docs/en/docs/"))
        for f in files:
            m = re.match(r"docs/([^/]+)/docs/(.+\.md)$", f)
            if not m or m.group(1) == "en":
                continue
            lang, rel = m.groups()
            yield lang, "docs/en/docs/" + rel, f, ("docs/en/docs/" + rel) in en

    def langs_touched(self, info):
        return set(p.split("/")[1] for p in info["files"]
                   if re.match(r"docs/[^/]+/docs/.+\.md$", p))

    def is_translation_commit(self, info, lang, trpath):
        s = info["subject"].strip()
        langs = self.langs_touched(info)
        if langs - {lang}:
            return False  # touches other languages' (or English) pages: maintenance
        if s.startswith("🌐") or s.startswith(":globe_with_meridians:"):
            return not re.search(r"typo|spelling|\blinks?\b|highlight|broken|duplicate|mkdocs|\bremove|rendering|"
                                 r"live docs|enable|initiali|initiate|set ?up|start of|selector", s, re.I)
        return bool(re.search(r"translat|sync", s, re.I)) and not self.MAINT.search(s)


class Starlight(Strategy):
    name = "starlight"
    pathspecs = ["docs/src/content/docs"]
    ignore_keywords = ["lunaria-ignore", "typo", "en-only", "broken link", "i18nReady", "i18nIgnore"]
    ROOT = "docs/src/content/docs/"
    LANGS = None

    def pairs(self, git):
        files = ls_files(git, self.ROOT)
        langs = set()
        for f in files:
            p = f[len(self.ROOT):].split("/")
            if len(p) > 1 and re.fullmatch(r"[a-z]{2}(-[a-z]{2})?", p[0]) and p[0] not in ("en",):
                langs.add(p[0])
        # only folders that are languages (lunaria.config.json lists them)
        cfg = os.path.join(git.repo, "docs/lunaria.config.json")
        if os.path.exists(cfg):
            import json
            langs = set(l["lang"] for l in json.load(open(cfg))["locales"])
        self.LANGS = langs
        en = set(f for f in files if f.split("/")[4] not in langs)
        for f in files:
            rest = f[len(self.ROOT):]
            lang, _, rel = rest.partition("/")
            if lang not in langs or not re.search(r"\.mdx?$", rel):
                continue
            enp = self.ROOT + rel
            if enp not in en:  # Starlight pairs by slug: .md <-> .mdx
                alt = re.sub(r"\.mdx$", ".md", enp) if enp.endswith(".mdx") else enp + "x"
                if alt in en:
                    enp = alt
            yield lang, enp, f, enp in en

    def is_translation_commit(self, info, lang, trpath):
        s = info["subject"]
        if self.is_ignored(info, trpath) or self.is_format_commit(info):
            return False
        m = re.match(r"\s*i18n\(([^)]*)\)", s, re.I)
        if m:
            codes = [c.strip().lower() for c in re.split(r"[,/ ]+", m.group(1)) if c.strip()]
            # i18n(ko-KR) is the folder ko, i18n(zh-CN) the folder zh-cn; pt-PT is not pt-br
            return not codes or any(c == lang or ("-" not in lang and c.split("-")[0] == lang) for c in codes)
        touched = set()
        for p in info["files"]:
            if p.startswith(self.ROOT):
                first = p[len(self.ROOT):].split("/")[0]
                touched.add(first if first in self.LANGS else "en")
        if touched == {lang}:
            return not re.search(r"format|link|rename|move|remove|fix|prettier|lint|bump|update .* version", s, re.I) \
                or bool(re.search(r"translat", s, re.I))
        return bool(re.search(r"translat", s, re.I)) and touched <= {lang, "en"} and "en" not in touched


STRATEGIES = {"otel": Otel, "fastapi": Fastapi, "starlight": Starlight}

# --------------------------------------------------------------------------


def recorded_base(text):
    fm, _ = split_fm(text)
    m = re.search(r"^default_lang_commit:\s*([0-9a-fA-F]{7,40})\b(.*)$", fm, re.M)
    if not m:
        return None, None
    return m.group(1), m.group(2).strip()


def label_pair(git, hist, strat, lang, enpath, trpath):
    """Returns (row dict, None) or (None, reason)."""
    tr_hist = hist.follow(trpath)
    if not tr_hist:
        return None, "translation has no history"
    tr_paths = set([trpath]) | set(p for e in tr_hist for p in (e[2], e[3]) if p)
    note = []
    confidence = "high"
    if strat.name == "otel":
        data = open(os.path.join(git.repo, trpath), "rb").read().decode("utf-8", "replace")
        raw, comment = recorded_base(data)
        if raw is None:
            return None, "no default_lang_commit (or a placeholder)"
        T = git.rev(raw)
        if T is None:
            return None, "default_lang_commit %s does not resolve" % raw
        if not git.is_ancestor(T):
            return None, "default_lang_commit %s is not an ancestor of HEAD" % raw
        origin = "recorded" + (" (%s)" % comment if comment else "")
        drifted = re.search(r"^drifted_from_default:\s*(.*)$", split_fm(data)[0], re.M)
        if drifted:
            note.append("drifted_from_default=" + drifted.group(1).strip())
        t_subject = hist.info.get(T, {}).get("subject") or git.run("log", "-1", "--format=%s", T).strip()
    else:
        T = None
        for h, st, old, new in tr_hist:
            if strat.is_translation_commit(hist.info[h], lang, new):
                T = h
                break
        if T is None:
            T = tr_hist[-1][0]
            confidence = "low"
            note.append("no translation commit; T = the file's first commit")
        origin = "history"
        t_subject = hist.info[T]["subject"]
        skipped = [h for h, *_ in tr_hist[: [x[0] for x in tr_hist].index(T)]]
        if skipped:
            note.append("skipped %d later non-translation commit(s) on the translation: %s" % (
                len(skipped), ", ".join("%s %s" % (h[:9], hist.info[h]["subject"][:50]) for h in skipped[:4])))
    # English history after T, renames followed
    en_hist = hist.follow(enpath)
    after = git.after(T)
    en_after = [e for e in en_hist if e[0] in after]
    # English path at T
    en_at_T = enpath
    for h, st, old, new in en_after:
        if st == "R":
            en_at_T = old
    if git.blob_id(T, en_at_T) is None and en_after and en_after[-1][1] == "A":
        # A move git's rename detection missed (a big rewrite shows as delete + add):
        # the most similar English file deleted in the commit that added this one.
        import difflib
        h_add = en_after[-1][0]
        new_text = (git.show("%s:%s" % (h_add, en_after[-1][3])) or b"").decode("utf-8", "replace")
        best, best_ratio = None, 0.0
        same_root = enpath.split("/")[0] + "/"
        for d in hist.info[h_add]["deleted"]:
            if not d.startswith(same_root) or d in tr_paths or not re.search(r"\.mdx?$", d):
                continue
            if strat.name == "otel" and not d.startswith("content/en/"):
                continue
            if strat.name == "fastapi" and not d.startswith("docs/en/"):
                continue
            old_text = (git.show("%s^:%s" % (h_add, d)) or b"").decode("utf-8", "replace")
            ol, nl = old_text.splitlines(), new_text.splitlines()
            sm = difflib.SequenceMatcher(None, ol, nl, autojunk=False)
            r = sum(b.size for b in sm.get_matching_blocks()) / max(1, len([l for l in ol if l.strip()]))
            if r > best_ratio:
                best, best_ratio = d, r
        if best and best_ratio >= 0.5:
            note.append("English moved %s -> %s in %s (%.0f%% of the old lines kept, undetected by git)" % (
                best, en_after[-1][3], h_add[:9], 100 * best_ratio))
            older = [e for e in hist.follow(best) if e[0] in after and e[0] != h_add]
            en_after = en_after[:-1] + [(h_add, "R", best, en_after[-1][3])] + older
            en_at_T = best
            for h, st, old, new in older:
                if st == "R":
                    en_at_T = old
    if git.blob_id(T, en_at_T) is None:
        return None, "English %s does not exist at T %s" % (en_at_T, T[:9])
    evidence = []
    counted = 0
    for h, st, old, new in en_after:
        info = hist.info[h]
        before = git.show("%s^:%s" % (h, old)) if old else None
        aft = git.show("%s:%s" % (h, new))
        if strat.is_ignored(info, new):
            cls = "ignored"
        elif strat.is_format_commit(info):
            cls = "format"
        else:
            cls = classify_change(before, aft)
            if st == "A":
                cls = "real"
            tps = [p for p in info["files"] & tr_paths if not strat.is_ignored(info, p)]
            if cls in ("real", "unknown") and tps:
                tp = tps[0]
                ratio_tr = changed_lines(git.show("%s^:%s" % (h, tp)), git.show("%s:%s" % (h, tp)))
                ratio_en = changed_lines(before, aft)
                cls = "coedit"
                note_c = "coedit %s: English %d lines, translation %d lines" % (h[:9], ratio_en, ratio_tr)
                if strat.name != "otel" and ratio_tr * 3 < ratio_en:
                    confidence = "low"
                    note.append(note_c + " (translation change much smaller)")
        if cls in strat.counted_classes:
            counted += 1
        evidence.append("%s:%s:%s" % (h[:10], cls, info["subject"][:70].replace("\t", " ").replace("|", "/")))
    en_T = git.show("%s:%s" % (T, en_at_T))
    en_now = git.show("HEAD:%s" % enpath)
    agg = classify_change(en_T, en_now)
    in_sync = git.blob_id(T, en_at_T) == git.blob_id("HEAD", enpath)
    cosmetic_agg = agg in ("ws", "markup", "fm") or (agg == "link" and "link" not in strat.counted_classes)
    stale = counted > 0 and not cosmetic_agg and not in_sync
    n_link = sum(1 for e in evidence if e.split(":")[1] == "link")
    stale_links = (counted + n_link) > 0 and agg not in ("ws", "markup", "fm") and not in_sync
    if counted > 0 and cosmetic_agg and not in_sync:
        note.append("English at T and now differ only by %s: current" % agg)
    row = {
        "language": lang, "english_path": enpath, "translation_path": trpath,
        "truth": "stale" if stale else "current",
        "truth_links": "stale" if (stale or stale_links) else "current", "in_sync": "true" if in_sync else "false",
        "base": T, "base_origin": origin, "base_subject": t_subject[:100].replace("\t", " "),
        "english_at_base": en_at_T, "english_commits_after": str(len(en_after)),
        "counted": str(counted), "aggregate": agg, "confidence": confidence,
        "evidence": " | ".join(evidence) or "-", "note": "; ".join(note) or "-",
    }
    return row, None


COLUMNS = ["repo", "head", "language", "english_path", "translation_path", "truth", "truth_links", "in_sync",
           "base", "base_origin", "base_subject", "english_at_base", "english_commits_after", "counted",
           "aggregate", "confidence", "evidence", "note"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--strategy", required=True, choices=sorted(STRATEGIES))
    ap.add_argument("--repo", required=True, help="clone (work tree) to label")
    ap.add_argument("--name", help="output name (default: the strategy)")
    ap.add_argument("--out-dir", default="/tmp/labels")
    ap.add_argument("--langs", help="comma-separated languages to keep (default: all)")
    ap.add_argument("--cap", type=int, default=0, help="at most N pairs per language (deterministic sample)")
    args = ap.parse_args()

    strat = STRATEGIES[args.strategy]()
    git = Git(os.path.abspath(args.repo))
    name = args.name or strat.name
    head = git.rev("HEAD")
    remote = git.run("config", "--get", "remote.origin.url", check=False).strip()
    m = re.search(r"/\.mirror/([^/+]+)\+([^/]+)/", remote)
    if m:  # a clone of a fetched snapshot: name the GitHub repository
        remote = "github.com/%s/%s" % m.groups()
    print("reading history of %s @ %s ..." % (args.repo, head[:10]), file=sys.stderr)
    hist = History(git, strat.pathspecs)
    langs = set(args.langs.split(",")) if args.langs else None
    pairs = [p for p in strat.pairs(git) if not langs or p[0] in langs]
    if args.cap:
        by = defaultdict(list)
        for p in pairs:
            by[p[0]].append(p)
        pairs = []
        for l, ps in sorted(by.items()):
            ps.sort(key=lambda p: hashlib.sha1(p[2].encode()).hexdigest())
            pairs += ps[: args.cap]
    os.makedirs(args.out_dir, exist_ok=True)
    rows, excluded = [], []
    for i, (lang, enpath, trpath, en_exists) in enumerate(sorted(pairs, key=lambda p: p[2])):
        if not en_exists:
            excluded.append((lang, enpath, trpath, "no English page now (orphan)"))
            continue
        try:
            row, why = label_pair(git, hist, strat, lang, enpath, trpath)
        except Exception as e:  # keep going, record why
            row, why = None, "error: %s" % e
        if row is None:
            excluded.append((lang, enpath, trpath, why))
            continue
        row["repo"] = remote or args.repo
        row["head"] = head
        rows.append(row)
        if i % 200 == 0:
            print("  %d/%d" % (i, len(pairs)), file=sys.stderr)
    out = os.path.join(args.out_dir, name + ".tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r.get(c, "").replace("\t", " ").replace("\n", " ") for c in COLUMNS) + "\n")
    with open(os.path.join(args.out_dir, name + ".excluded.tsv"), "w", encoding="utf-8") as f:
        f.write("language\tenglish_path\ttranslation_path\treason\n")
        for e in excluded:
            f.write("\t".join(e) + "\n")
    from collections import Counter
    c = Counter((r["language"], r["truth"], r["in_sync"]) for r in rows)
    print("wrote %s: %d pairs (%d excluded)" % (out, len(rows), len(excluded)), file=sys.stderr)
    for lang in sorted(set(r["language"] for r in rows)):
        cur = sum(v for (l, t, s), v in c.items() if l == lang and t == "current")
        st = sum(v for (l, t, s), v in c.items() if l == lang and t == "stale")
        ins = sum(v for (l, t, s), v in c.items() if l == lang and s == "true")
        print("  %-6s current %4d  stale %4d  in-sync %4d" % (lang, cur, st, ins), file=sys.stderr)


if __name__ == "__main__":
    main()
