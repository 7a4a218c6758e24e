#!/bin/sh
# Make the work trees the accuracy set is labelled and scored on, from the bare
# snapshots the `fetch` tool brought in (see README.md).  Nothing is written in
# this repository: everything goes to /tmp/real.
#   sh prepare.sh            # all clones
set -eu
M=/work/.mirror
R=${R:-/tmp/real}
mkdir -p "$R"

# clone SRC DEST [REV]: a work tree even when the snapshot lacks some large blobs
# (files of 4 MiB and more are absent): those paths are marked skip-worktree.
clone() {
  src=$1 dest=$2 rev=${3:-}
  [ -d "$dest/.git" ] && { echo "$dest exists"; return; }
  git clone -q --no-checkout "$src" "$dest"
  cd "$dest"
  [ -n "$rev" ] && git update-ref --no-deref HEAD "$(git rev-parse "$rev^{commit}")"
  git read-tree HEAD
  git ls-tree -r HEAD | awk '$2=="blob"{print $3}' | git cat-file --batch-check | awk '$2=="missing"{print $1}' > .git/missing-blobs
  if [ -s .git/missing-blobs ]; then
    git ls-tree -r HEAD | grep -F -f .git/missing-blobs | cut -f2 | while read -r p; do
      git update-index --skip-worktree -- "$p"; echo "  (absent from the snapshot: $p)"; done
  fi
  git checkout-index -a -q
  echo "$dest @ $(git rev-parse --short=10 HEAD)"
  cd - >/dev/null
}

clone "$M/open-telemetry+opentelemetry.io/repo" "$R/otel"
clone "$M/open-telemetry+opentelemetry.io/repo" "$R/otel-inferred"
python3 "$(dirname "$0")/strip_recorded_base.py" "$R/otel-inferred"
clone "$M/fastapi+fastapi/repo" "$R/fastapi"
# fastapi just before the 2026-08-19 round of "update-outdated" translation runs:
# the parent of 77a24c138 (🌐 Update translations for ko (update-outdated) (#16201)).
clone "$M/fastapi+fastapi/repo" "$R/fastapi-2608" 80257cb8dab912fff8ab8cc06c6cc7dcb2c95f31
clone "$M/withastro+starlight/repo" "$R/starlight"
