#!/bin/sh
# Score one transync binary on every labelled clone, one run at a time.
#   sh run-all.sh [BINARY] [TAG]     (default: /work/main/target/release/transync, "new")
# Writes /tmp/labels/<clone>.<TAG>.{score.txt,status.json,mismatches.tsv}.
B=${1:-/work/main/target/release/transync}
T=${2:-new}
D=$(dirname "$0")
for spec in otel:otel otel-inferred:otel fastapi:fastapi fastapi-2608:fastapi-2608 starlight:starlight; do
  clone=${spec%%:*} lab=${spec##*:}
  python3 "$D/score.py" --repo "/tmp/real/$clone" --labels "/tmp/labels/$lab.tsv" \
      --transync "$B" --name "$clone.$T" > "/tmp/labels/$clone.$T.score.txt" 2>&1
  grep -E "^(SUMMARY|REVIEW)" "/tmp/labels/$clone.$T.score.txt" || tail -5 "/tmp/labels/$clone.$T.score.txt"
done
