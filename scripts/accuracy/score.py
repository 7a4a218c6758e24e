#!/usr/bin/env python3
"""Score a transync binary against a truth TSV written by label.py.

    python3 score.py --repo /tmp/real/otel --labels /tmp/labels/otel.tsv \
                     [--transync PATH] [--name otel] [--json saved.json]

Runs `transync status --format json` in the clone (timed), joins its
translations with the labelled pairs by translation path and prints

  (a) false-stale rate: transync `stale` among pairs that are really current
      (target <= 2%),
  (b) recall: transync `stale` among pairs that are really stale (target 100%),
  (c) drift on in-sync pairs: pairs whose English is unchanged since the base
      that get any drift finding (target <= 5%),

overall and per language, plus pairs transync gave another status (error,
missing, orphaned, not reported).  Writes <out-dir>/<name>.mismatches.tsv: every
false-stale, false-current and other-status pair and every in-sync pair with
drift, with transync's status, message, drift `what` fields (line numbers and
messages) and changed_blocks kinds, and a rough class hint for triage.

--truth-column truth_links scores against the variant of the truth in which
English link-target-only edits also make a translation stale.
Stdlib only.
"""

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict

csv.field_size_limit(1 << 30)


def find_transync(arg):
    if arg:
        return arg
    p = shutil.which("transync")
    if p:
        return p
    return "/work/main/target/release/transync"


def run_transync(binary, repo, extra):
    cmd = [binary, "status", "--format", "json", *extra]
    t0 = time.monotonic()
    p = subprocess.run(cmd, cwd=repo, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    dt = time.monotonic() - t0
    if p.returncode != 0:
        sys.exit("transync failed (exit %d): %s" % (p.returncode, p.stderr.decode(errors="replace")[-2000:]))
    return json.loads(p.stdout.decode()), dt, p.stderr.decode(errors="replace")


DRIFT_CLASS = {
    "code block": "code-block", "inline code": "inline-code", "link": "link/fragment",
    "anchor": "link/fragment", "sentences": "sentence-count", "number": "numbers",
}


def class_hint(label, tr):
    """A first guess at the failure class, for triage only (the README's
    categorisation is done by reading the diffs)."""
    hints = []
    if label["translation_path"].endswith(".mdx"):
        hints.append("mdx")
    drift = tr.get("drift") or []
    if drift:
        hints += sorted(set(DRIFT_CLASS.get(d["what"], "structure:" + d["what"]) for d in drift))
    kinds = [b.get("kind", "") for b in tr.get("changed_blocks") or []]
    if kinds and all(k.startswith("front matter") for k in kinds):
        hints.append("front-matter-only")
    base = (tr.get("base") or {}).get("commit")
    if base and label["base_origin"] == "history" and not base.startswith(label["base"][:7]):
        hints.append("base-differs")
    return ",".join(hints) or "-"


def fmt_drift(drift, limit=12):
    out = []
    for d in drift[:limit]:
        out.append("%s@en%s/tr%s: %s" % (d.get("what"), d.get("english_line"), d.get("translation_line"),
                                         (d.get("message") or "")[:160]))
    if len(drift) > limit:
        out.append("... %d more" % (len(drift) - limit))
    return " || ".join(out).replace("\t", " ").replace("\n", " ")


def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "   n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", required=True, help="the clone the labels were made from")
    ap.add_argument("--labels", required=True, help="truth TSV from label.py")
    ap.add_argument("--transync", help="binary (default: transync on PATH, else /work/main/target/release/transync)")
    ap.add_argument("--name", help="output name (default: the labels file's name)")
    ap.add_argument("--out-dir", default="/tmp/labels")
    ap.add_argument("--json", help="score this saved status JSON instead of running transync")
    ap.add_argument("--save-json", help="where to save transync's JSON (default <out-dir>/<name>.status.json)")
    ap.add_argument("--truth-column", default="truth", choices=["truth", "truth_links"])
    ap.add_argument("--confidence", choices=["all", "high"], default="all",
                    help="high: leave out pairs the labeller marked low-confidence")
    ap.add_argument("transync_args", nargs="*", help="extra arguments for transync status (after --)")
    args = ap.parse_args()

    name = args.name or os.path.basename(args.labels).rsplit(".tsv", 1)[0]
    os.makedirs(args.out_dir, exist_ok=True)
    labels = list(csv.DictReader(open(args.labels, encoding="utf-8"), delimiter="\t"))
    if args.confidence == "high":
        labels = [l for l in labels if l["confidence"] == "high"]

    if args.json:
        report, dt, err = json.load(open(args.json)), None, ""
        binary = "(saved JSON %s)" % args.json
    else:
        binary = find_transync(args.transync)
        report, dt, err = run_transync(binary, args.repo, args.transync_args)
        save = args.save_json or os.path.join(args.out_dir, name + ".status.json")
        json.dump(report, open(save, "w"), ensure_ascii=False)

    head = subprocess.run(["git", "-C", args.repo, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    if labels and labels[0]["head"] != head:
        print("WARNING: labels were made at %s, the clone is at %s" % (labels[0]["head"][:10], head[:10]))

    by_path = {}
    for doc in report.get("documents", []):
        for tr in doc.get("translations", []):
            if tr.get("path"):
                by_path[tr["path"]] = tr

    tc = args.truth_column
    stats = defaultdict(Counter)
    rows = []
    for lab in labels:
        tr = by_path.get(lab["translation_path"])
        status = tr["status"] if tr else "not-reported"
        truth = lab[tc]
        lang = lab["language"]
        for key in (lang, "ALL"):
            s = stats[key]
            s[truth] += 1
            s["%s->%s" % (truth, status)] += 1
            if lab["in_sync"] == "true":
                s["in_sync"] += 1
                if tr and tr.get("drift"):
                    s["in_sync_drift"] += 1
        cat = None
        if truth == "current" and status == "stale":
            cat = "false-stale"
        elif truth == "stale" and status == "current":
            cat = "false-current"
        elif status not in ("current", "stale"):
            cat = "other-status"
        cats = [cat] if cat else []
        if lab["in_sync"] == "true" and tr and tr.get("drift"):
            cats.append("in-sync-drift")
        for c in cats:
            rows.append((c, lab, tr or {}, status))

    print("transync: %s" % binary)
    print("repository: %s @ %s   labels: %s (%s)" % (args.repo, head[:10], args.labels, tc))
    if dt is not None:
        print("transync status --format json: %.2f s" % dt)
    print()
    print("%-8s %6s %6s | %-22s | %-22s | %-22s | %s" % (
        "lang", "cur", "stale", "(a) false-stale", "(b) recall", "(c) drift on in-sync", "other status"))
    keys = sorted(k for k in stats if k != "ALL") + ["ALL"]
    for k in keys:
        s = stats[k]
        fs = s["current->stale"]
        rec = s["stale->stale"]
        other = sum(v for kk, v in s.items() if "->" in kk and kk.split("->")[1] not in ("current", "stale"))
        print("%-8s %6d %6d | %4d/%-5d %s | %4d/%-5d %s | %4d/%-5d %s | %d" % (
            k, s["current"], s["stale"], fs, s["current"], pct(fs, s["current"]),
            rec, s["stale"], pct(rec, s["stale"]),
            s["in_sync_drift"], s["in_sync"], pct(s["in_sync_drift"], s["in_sync"]), other))
    s = stats["ALL"]
    others = Counter({kk: v for kk, v in s.items() if "->" in kk and kk.split("->")[1] not in ("current", "stale")})
    if others:
        print("other statuses:", dict(others))
    print()
    print("SUMMARY %s: false-stale %s (%d/%d, target <=2%%)  recall %s (%d/%d, target 100%%)  "
          "drift-on-in-sync %s (%d/%d, target <=5%%)%s" % (
              name, pct(s["current->stale"], s["current"]).strip(), s["current->stale"], s["current"],
              pct(s["stale->stale"], s["stale"]).strip(), s["stale->stale"], s["stale"],
              pct(s["in_sync_drift"], s["in_sync"]).strip(), s["in_sync_drift"], s["in_sync"],
              "  time %.2f s" % dt if dt is not None else ""))

    # Drift on in-sync pairs, against the hand review (drift-review.tsv): a flagged pair
    # is a real divergence of the translation, a false alarm, or not reviewed yet.
    review_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drift-review.tsv")
    if os.path.exists(review_path):
        with open(review_path, encoding="utf-8") as f:
            clone = os.path.basename(args.labels).rsplit(".", 1)[0]
            review = {r["translation_path"]: r["verdict"] for r in csv.DictReader(f, delimiter="\t")
                      if r["clone"] == clone}
        flagged = [lab["translation_path"] for lab in labels if lab["in_sync"] == "true"
                   and by_path.get(lab["translation_path"], {}).get("drift")]
        verdicts = Counter(review.get(p, "unreviewed") for p in flagged)
        print("REVIEW %s: drift on in-sync pairs: real %d, false %d (%s of %d in-sync, target <=5%%), unreviewed %d" % (
            name, verdicts["real"], verdicts["false"], pct(verdicts["false"], s["in_sync"]).strip(),
            s["in_sync"], verdicts["unreviewed"]))

    out = os.path.join(args.out_dir, name + ".mismatches.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(["category", "language", "translation_path", "truth", "in_sync", "transync_status",
                           "severity", "label_base", "transync_base", "base_origin", "message", "drift_what",
                           "drift", "changed_blocks", "class_hint", "label_evidence"]) + "\n")
        for cat, lab, tr, status in rows:
            base = tr.get("base") or {}
            blocks = tr.get("changed_blocks") or []
            drift = tr.get("drift") or []
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in [
                cat, lab["language"], lab["translation_path"], lab[tc], lab["in_sync"], status,
                tr.get("severity") or "-", lab["base"][:10], (base.get("commit") or "-")[:10],
                base.get("origin") or "-", (tr.get("message") or "-")[:300],
                ",".join(sorted(Counter(d["what"] for d in drift).keys())) or "-",
                fmt_drift(drift) or "-",
                ",".join("%s:%s" % (b.get("kind"), b.get("change")) for b in blocks[:15]) or "-",
                class_hint(lab, tr), lab["evidence"][:400],
            ]) + "\n")
    print("mismatches: %s (%s)" % (out, ", ".join("%s %d" % kv for kv in sorted(Counter(r[0] for r in rows).items()))))


if __name__ == "__main__":
    main()
