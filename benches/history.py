#!/usr/bin/env python3
"""History benchmark of transync: `python3 benches/history.py` (see BENCHMARKS.md).

Generates packed repositories with `git fast-import` then `git gc` (deltas, thousands of
commits, renames, merges of side branches, maintenance commits touching every language),
N documents in English and three translations, half the translations recording their
base (`source_commit`), half left to inference. On each it measures, in the same run:

  log       one `git log --name-only` over the whole history (the walk's floor)
  read      reading every content file once (the analysis' floor)
  script    the per-file script: `git diff --quiet <base> HEAD -- <english>` for each
            translation (timed on a sample when there are many, and scaled)
  cold      `transync status --format json` without its history index and memo
  cold_walk the same without the history index only (comparisons remembered)
  warm      the same with the index present and one new commit
  one       `transync status PATH` and `transync diff PATH` of one document, warm
  rss       peak resident memory of the cold run (`/usr/bin/time -v`)

Options: --sizes 1000x2000,10000x2000 (documents x commits), --baseline BIN (time
another build's status beside, e.g. the previous version), --keep DIR (keep the
repositories), --binary PATH (default target/release/transync), --real DIR... (also
measure existing clones, DIR:ROOT), --runs N. Timings use hyperfine when it is installed.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

LANGS = ["es", "fr", "pt"]
ENV = dict(
    os.environ,
    GIT_CONFIG_GLOBAL="/dev/null",
    GIT_CONFIG_NOSYSTEM="1",
    GIT_AUTHOR_NAME="Bench",
    GIT_AUTHOR_EMAIL="bench@example.org",
    GIT_COMMITTER_NAME="Bench",
    GIT_COMMITTER_EMAIL="bench@example.org",
    LC_ALL="C",
)


def git(repo, *args, capture=False, stdin=None):
    result = subprocess.run(
        ["git", "-C", repo, *args],
        env=ENV,
        input=stdin,
        check=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout.decode() if capture else None


def english(i, revisions):
    body = [f'---\ntitle: "Document {i}"\ndate: 2025-01-01\ntags: [bench]\n---\n']
    for s in range(6):
        body.append(
            f"## Section {s}\n\nCities learn from cities; paragraph {s} of page {i}, "
            f"revision {revisions.get(s, 0)}.\n\n- item one\n- item two\n"
        )
    return "\n".join(body)


def translate(text, lang, base):
    key = f"source_commit: {base}\n" if base else ""
    word = {"es": "Ciudades", "fr": "Villes", "pt": "Cidades"}[lang]
    return text.replace("tags: [bench]\n", f"tags: [bench]\n{key}", 1).replace("Cities", word)


class Generator:
    """The history, written as fast-import rounds: a round's commits may record the
    commits of earlier rounds as their base, whose ids the marks then tell."""

    def __init__(self, repo, docs, commits, seed=7):
        self.repo, self.docs, self.commits = repo, docs, commits
        self.rng = random.Random(seed)
        self.revisions = [dict() for _ in range(docs)]
        self.names = [f"section-{i % 100}/doc-{i}.md" for i in range(docs)]
        self.mark = 0
        self.time = 1_600_000_000
        self.head = None  # mark of main's last commit
        self.known = None  # sha of the last commit of the previous round
        self.marks = os.path.join(repo, ".git", "bench-marks")
        self.count = 0

    def path(self, lang, i):
        return f"content/{lang}/{self.names[i]}"

    def commit(self, out, message, ops, parent=None, merge=None, branch="refs/heads/main"):
        self.mark += 1
        self.time += 3600
        self.count += 1
        out.append(f"commit {branch}\nmark :{self.mark}\n")
        out.append(f"committer Bench <bench@example.org> {self.time} +0000\n")
        data = message.encode()
        out.append(f"data {len(data)}\n{message}\n")
        if parent:
            out.append(f"from :{parent}\n")
        if merge:
            out.append(f"merge :{merge}\n")
        for op in ops:
            if op[0] == "M":
                blob = op[2].encode()
                out.append(f"M 100644 inline {op[1]}\ndata {len(blob)}\n{op[2]}\n")
            else:
                out.append(f'R "{op[1]}" "{op[2]}"\n')
        return self.mark

    def run(self, out):
        stream = "".join(out).encode()
        args = ["fast-import", "--quiet", f"--export-marks={self.marks}"]
        if os.path.exists(self.marks):
            args.append(f"--import-marks={self.marks}")
        git(self.repo, *args, stdin=stream)
        marks = dict(line.split() for line in open(self.marks))
        self.known = marks[f":{self.head}"]

    def translation(self, lang, i):
        base = self.known if i % 2 == 0 else None
        return translate(english(i, self.revisions[i]), lang, base)

    def generate(self):
        os.makedirs(self.repo, exist_ok=True)
        git(self.repo, "init", "-q", "-b", "main")
        out = []
        batch = max(1, self.docs // 10)
        for start in range(0, self.docs, batch):
            ops = [("M", self.path("en", i), english(i, {})) for i in range(start, min(self.docs, start + batch))]
            self.head = self.commit(out, f"English {start}", ops, parent=self.head)
        self.run(out)
        out = []
        for lang in LANGS:
            for start in range(0, self.docs, batch):
                ops = [("M", self.path(lang, i), self.translation(lang, i)) for i in range(start, min(self.docs, start + batch))]
                self.head = self.commit(out, f"{lang}: translate {start}", ops, parent=self.head)
        self.run(out)
        rounds = 20
        per_round = max(1, (self.commits - self.count) // rounds)
        for _ in range(rounds):
            out = []
            made = 0
            while made < per_round:
                made += self.step(out)
            self.run(out)
        git(self.repo, "reset", "-q", "--hard", "main")
        git(self.repo, "gc", "-q", "--aggressive" if self.docs <= 1000 else "--quiet")

    def edit_english(self, i):
        s = self.rng.randrange(6)
        self.revisions[i][s] = self.revisions[i].get(s, 0) + 1
        return ("M", self.path("en", i), english(i, self.revisions[i]))

    def step(self, out):
        """One event of the history; returns the number of commits made."""
        rng = self.rng
        kind = rng.random()
        if kind < 0.62:
            docs = rng.sample(range(self.docs), rng.randint(1, 4))
            self.head = self.commit(out, "docs: edit", [self.edit_english(i) for i in docs], parent=self.head)
            return 1
        if kind < 0.82:
            lang = rng.choice(LANGS)
            docs = rng.sample(range(self.docs), rng.randint(1, 3))
            ops = [("M", self.path(lang, i), self.translation(lang, i)) for i in docs]
            self.head = self.commit(out, f"{lang}: update translation", ops, parent=self.head)
            return 1
        if kind < 0.90:
            # Maintenance: the same fix in every language, English included.
            i = rng.randrange(self.docs)
            ops = [self.edit_english(i)] + [("M", self.path(lang, i), self.translation(lang, i)) for lang in LANGS]
            self.head = self.commit(out, "chore: fix links in every language", ops, parent=self.head)
            return 1
        if kind < 0.94:
            # A page moved, in every language.
            i = rng.randrange(self.docs)
            old = [self.path(lang, i) for lang in ["en"] + LANGS]
            self.names[i] = self.names[i].replace(".md", "-moved.md") if "moved" not in self.names[i] else self.names[i].replace("-moved", "")
            ops = [("R", a, self.path(lang, i)) for a, lang in zip(old, ["en"] + LANGS)]
            self.head = self.commit(out, "docs: move a page", ops, parent=self.head)
            return 1
        # A side branch of English edits merged back, main moving meanwhile: the side
        # edits odd documents, main even ones, so the merge is clean.
        fork = self.head
        side = fork
        made = 0
        for _ in range(3):
            i = rng.randrange(self.docs // 2) * 2 + 1
            side = self.commit(out, "docs: side edit", [self.edit_english(i)], parent=side, branch="refs/heads/side")
            made += 1
        for _ in range(2):
            i = min(self.docs - 1, rng.randrange(max(1, self.docs // 2)) * 2)
            self.head = self.commit(out, "docs: edit", [self.edit_english(i)], parent=self.head)
            made += 1
        # The merge: main's tree plus the side's files, which are the current English of
        # the odd documents the side edited (their revisions were kept in self.revisions).
        side_paths = self.side_paths(out, side, fork)
        ops = [("M", p, english(i, self.revisions[i])) for p, i in side_paths]
        self.head = self.commit(out, "Merge branch 'side'", ops, parent=self.head, merge=side)
        return made + 1

    def side_paths(self, out, side, fork):
        # The side commits are the three made just before main's two: read their paths
        # back from the stream (inline M lines of the commits marked after fork).
        paths = []
        in_side = False
        for chunk in out:
            if chunk.startswith("commit refs/heads/side"):
                in_side = True
            elif chunk.startswith("commit "):
                in_side = False
            elif in_side and chunk.startswith("M 100644 inline "):
                path = chunk.split("\n")[0][len("M 100644 inline "):]
                i = int(path.rsplit("doc-", 1)[1].split("-")[0].split(".")[0])
                paths.append((path, i))
        # Only the side commits of this branch: those after the last merge.
        return paths[-3:]


def timed(cmd, cwd, runs, prepare=None):
    """Median wall time in seconds of `cmd` (a shell string) run in `cwd`."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as f:
            args = ["hyperfine", "--runs", str(runs), "--export-json", f.name, "--style", "none"]
            if prepare:
                args += ["--prepare", prepare]
            args.append(cmd)
            subprocess.run(args, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL)
            return json.load(open(f.name))["results"][0]["median"]
    times = []
    for _ in range(runs):
        if prepare:
            subprocess.run(prepare, shell=True, cwd=cwd, env=ENV, check=True)
        start = time.perf_counter()
        subprocess.run(cmd, shell=True, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def peak_rss_mib(cmd, cwd):
    result = subprocess.run(["/usr/bin/time", "-v", "sh", "-c", cmd + " >/dev/null"], cwd=cwd, env=ENV, stderr=subprocess.PIPE, check=False)
    for line in result.stderr.decode().splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1]) / 1024
    return float("nan")


def translations(repo, root="content"):
    """(translation, english, recorded base or None) of every translation at HEAD."""
    files = git(repo, "ls-files", root, capture=True).split()
    english = set(f for f in files if f.startswith(f"{root}/en/"))
    out = []
    for f in files:
        parts = f.split("/")
        if len(parts) < 3 or parts[1] == "en":
            continue
        source = "/".join([parts[0], "en"] + parts[2:])
        if source not in english:
            continue
        base = None
        with open(os.path.join(repo, f), errors="replace") as fh:
            head = fh.read(4000)
        for line in head.splitlines():
            for key in ("source_commit:", "default_lang_commit:"):
                if line.strip().startswith(key):
                    base = line.split(":", 1)[1].strip().strip("'\"")
        out.append((f, source, base))
    return out


def script_seconds(repo, pairs, sample):
    """The per-file script's time for every translation, measured on a sample."""
    rng = random.Random(1)
    chosen = pairs if len(pairs) <= sample else rng.sample(pairs, sample)
    lines = ["set -u"]
    for f, source, base in chosen:
        b = base or f'$(git log -1 --format=%H -- "{f}")'
        lines.append(f'git diff --quiet "{b}" HEAD -- "{source}" 2>/dev/null || :')
    script = os.path.join(repo, ".git", "bench-script.sh")
    with open(script, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    start = time.perf_counter()
    subprocess.run(["bash", script], cwd=repo, env=ENV, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return elapsed * len(pairs) / len(chosen)


def measure(repo, binary, runs, name, docs=None, one=None, script_sample=400, content="content", baseline=None):
    row = {"name": name}
    if baseline:
        row["baseline"] = timed(f"{baseline} status --format json", repo, max(1, runs // 2))
    row["commits"] = int(git(repo, "rev-list", "--count", "HEAD", capture=True))
    pairs = translations(repo, content)
    row["translations"] = len(pairs)
    row["documents"] = docs
    row["log"] = timed("git log --name-only --format=%H HEAD", repo, runs)
    # A clone may lack some files (absent blobs, skip-worktree): read what is there.
    row["read"] = timed(f"sh -c 'git ls-files -z {content} | xargs -0 cat > /dev/null 2>&1; true'", repo, runs)
    row["script"] = script_seconds(repo, pairs, script_sample)
    status = f"{binary} status --format json"
    row["cold"] = timed(status, repo, runs, prepare=f"rm -rf {os.path.join(repo, '.git', 'transync')}")
    row["nocache"] = timed(f"{binary} --no-cache status --format json", repo, runs)
    # Without the history index only, the remembered comparisons kept: the walk's share.
    index = os.path.join(repo, ".git", "transync", "history-*.bin")
    subprocess.run(f"{status} >/dev/null", shell=True, cwd=repo, env=ENV)
    row["cold_walk"] = timed(status, repo, runs, prepare=f"sh -c 'rm -f {index}'")
    subprocess.run(f"{status} >/dev/null", shell=True, cwd=repo, env=ENV)
    # One new commit before each warm run: an English edit, committed.
    victim = pairs[0][1] if pairs else None
    # Through write-tree --missing-ok: a clone whose snapshot lacks some blobs can still
    # commit.
    new_commit = (
        f"sh -c 'echo >> {victim} && git add {victim} && t=$(git write-tree --missing-ok) && "
        f"c=$(git -c user.name=b -c user.email=b@x commit-tree $t -p HEAD -m warm) && git update-ref HEAD $c'"
    )
    row["warm"] = timed(status, repo, runs, prepare=new_commit)
    row["warm0"] = timed(status, repo, runs)
    one = one or (pairs[len(pairs) // 2][0] if pairs else None)
    row["one_status"] = timed(f"{binary} status --format json {one}", repo, runs)
    row["one_diff"] = timed(f"{binary} diff {one}", repo, runs)
    row["rss_cold"] = peak_rss_mib(f"rm -rf .git/transync && {binary} status --format json", repo)
    row["rss_warm"] = peak_rss_mib(f"{binary} status --format json", repo)
    row["one"] = one
    return row


def table(rows):
    head = "| repository | commits | translations | git log | read | per-file script | before | cold | cold index, warm memo | warm, 1 new commit | warm, unchanged | one doc status / diff | peak RSS cold / warm |"
    lines = [head, "|" + " --- |" * 13]
    for r in rows:
        before = f"{r['baseline']:.2f} s" if "baseline" in r else "–"
        lines.append(
            f"| {r['name']} | {r['commits']:,} | {r['translations']:,} | {r['log']:.2f} s | {r['read']:.2f} s | {r['script']:.1f} s | {before} | "
            f"{r['cold']:.2f} s | {r.get('cold_walk', float('nan')):.2f} s | {r['warm']:.3f} s | {r['warm0']:.3f} s | {r['one_status']*1000:.0f} / {r['one_diff']*1000:.0f} ms | "
            f"{r['rss_cold']:.0f} / {r['rss_warm']:.0f} MiB |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000x2000,10000x2000,10000x8000,100000x2000")
    parser.add_argument("--keep", help="directory for the generated repositories (reused when present)")
    parser.add_argument("--binary", default=os.path.abspath("target/release/transync"))
    parser.add_argument("--real", nargs="*", default=[], help="existing clones to measure too, DIR or DIR:CONTENT-ROOT (default content)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", help="another transync binary whose status is timed beside (e.g. the previous version)")
    parser.add_argument("--json", help="write the rows here")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        subprocess.run(["cargo", "build", "--release"], check=True)
    workdir = args.keep or tempfile.mkdtemp(prefix="transync-bench-")
    rows = []
    for size in filter(None, args.sizes.split(",")):
        docs, commits = (int(x) for x in size.split("x"))
        repo = os.path.join(workdir, f"synthetic-{docs}x{commits}")
        if not os.path.exists(os.path.join(repo, ".git")):
            os.makedirs(repo, exist_ok=True)
            start = time.perf_counter()
            Generator(repo, docs, commits).generate()
            print(f"generated {repo} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        row = measure(repo, args.binary, args.runs, f"synthetic {docs:,} × 4", docs=docs, baseline=args.baseline)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    for real in args.real:
        real, _, content = real.partition(":")
        name = os.path.basename(real.rstrip("/"))
        row = measure(real, args.binary, args.runs, name, content=content or "content", baseline=args.baseline)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    if args.json:
        json.dump(rows, open(args.json, "w"), indent=1)
    print(table(rows))
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
