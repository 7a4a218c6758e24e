#!/usr/bin/env bash
# The hostile cases of the robustness catalogue, replayed on a clone of a real repository
# (whose pages, layout and history nobody here chose):
#
#   sh scripts/robustness/real.sh BINARY CLONE [LANG]
#
# CLONE is copied into a temporary folder (the original is never touched). Each
# case damages the copy, runs transync, prints what it said and checks the outcome: the
# damaged file reported as such, every other translation reported as before, nothing
# written where nothing should be. Needs root for the permission case (it runs transync
# as `nobody` there) and for the full-disk case (a 64 KiB tmpfs); both are skipped with a
# note otherwise. Prints PASS/FAIL per case; exits 1 if any failed.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
lang=${3:-}
work=$(mktemp -d)
trap 'umount "$work/tiny" 2>/dev/null; rm -rf "$work"' EXIT
# A copy, not a clone: a snapshot may lack objects a checkout would need.
cp -a "$src" "$work/repo"
cd "$work/repo"
failed=0
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; failed=1; }
json() { timeout 120 "$bin" status --format json "$@" 2>/dev/null; }
# Status and path of each translation, one per line, for comparing runs.
table() { python3 -c '
import json, sys
d = json.load(sys.stdin)
for doc in d["documents"]:
    for t in doc["translations"]:
        print(t["path"] or doc["id"], t["language"], t["status"])
' | sort; }

json > "$work/base.json"
table < "$work/base.json" > "$work/base.txt"
[ -s "$work/base.txt" ] || { echo "no translations found in $src"; exit 2; }
echo "repository: $src @ $(git rev-parse --short HEAD), $(wc -l < "$work/base.txt") translations"
# A translation (of LANG if given) that is current, and its English.
pick=$(python3 -c '
import json, sys
lang = sys.argv[2]
d = json.load(open(sys.argv[1]))
for doc in d["documents"]:
    for t in doc["translations"]:
        if t["status"] in ("current", "stale") and t["path"] and doc["source_path"] and (not lang or t["language"] == lang):
            print(t["path"], doc["source_path"]); sys.exit()
' "$work/base.json" "$lang")
read -r tr en <<< "$pick"
echo "translation used: $tr (English: $en)"
others_same() { # $1 = label, $2 = the one path allowed to differ
    json | table | grep -v -F "$2 " > "$work/now.txt"
    grep -v -F "$2 " "$work/base.txt" > "$work/was.txt"
    if cmp -s "$work/now.txt" "$work/was.txt"; then pass "$1: every other translation as before"
    else fail "$1: other translations changed"; diff "$work/was.txt" "$work/now.txt" | head -5; fi
}
cp -a "$tr" "$work/tr.bak" && cp -a "$en" "$work/en.bak"
extra=()
restore() {
    rm -f "$tr" "$en" "${extra[@]}"
    cp -a "$work/tr.bak" "$tr" && cp -a "$work/en.bak" "$en"
}

# 1. A translation linked to /dev/zero: reported, not read; the run ends.
rm "$tr" && ln -s /dev/zero "$tr"
out=$(json | tee "$work/z.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print([t["message"] for doc in d["documents"] for t in doc["translations"] if t["path"]==sys.argv[1]][0])' "$tr")
echo "      $out"
case $out in *"/dev/zero, outside the repository"*) pass "link to /dev/zero named";; *) fail "link to /dev/zero";; esac
others_same "link to /dev/zero" "$tr"
restore

# 2. A link loop.
rm "$tr" && ln -s "$(basename "$tr")" "$tr"
case $(json | grep -o 'never ends' | head -1) in never*) pass "link loop named";; *) fail "link loop";; esac
others_same "link loop" "$tr"
restore

# 3. The English made binary: its translations are errors that say so.
printf '# x\n\0\1\2' > "$en"
out=$(json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([t["message"] for doc in d["documents"] for t in doc["translations"] if t["path"]==sys.argv[1]][0])' "$tr")
echo "      $out"
case $out in *"is a binary file"*) pass "binary English named";; *) fail "binary English";; esac
restore

# 4. Front matter broken in the translation: that file, its line.
python3 - "$tr" <<'EOF'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write("---\ntitle: [unclosed\n---\n" + t.split("---", 2)[-1] if t.startswith("---") else "---\ntitle: [unclosed\n---\n" + t)
EOF
out=$(timeout 120 "$bin" check 2>&1 | grep -F "$tr" | head -1)
echo "      $out"
case $out in *"$tr:"[0-9]*|*"$tr, line"*|*"line 2"*) pass "broken front matter: file and line";; *) fail "broken front matter";; esac
others_same "broken front matter" "$tr"
restore

# 5. Permissions (as nobody): that file alone.
if [ "$(id -u)" = 0 ]; then
    chmod -R a+rX "$work" && chmod 000 "$tr"
    home=$(mktemp -d) && printf '[safe]\n\tdirectory = *\n' > "$home/.gitconfig" && chmod -R a+rX "$home"
    out=$(HOME=$home setpriv --reuid=65534 --regid=65534 --clear-groups timeout 120 "$bin" status --no-cache 2>&1 | grep -A1 -F "error    $tr" | tail -1)
    echo "      $out"
    case $out in *"permission denied"*) pass "unreadable translation named, run goes on";; *) fail "unreadable translation";; esac
    chmod 644 "$tr"; rm -rf "$home"
else
    echo "SKIP  permissions (not root)"
fi
restore

# 6. Uncommitted names in the other Unicode form (as macOS writes them) match.
dir=$(dirname "$tr")
nfd=$(python3 -c 'import sys,unicodedata,os; d,b=os.path.split(sys.argv[1]); print(os.path.join(d, unicodedata.normalize("NFD", "é-" + b)))' "$tr")
nfc_en="$(dirname "$en")/$(python3 -c 'import sys,unicodedata; print(unicodedata.normalize("NFC", "é-" + sys.argv[1]))' "$(basename "$en")")"
cp "$en" "$nfc_en" && cp "$tr" "$nfd" && extra=("$nfc_en" "$nfd")
case $(json | grep -o 'two Unicode forms' | head -1) in two*) pass "NFC/NFD names matched with a note";; *) fail "NFC/NFD names";; esac
restore

# 7. bundle: --out inside a content root refused; a full disk names the package.
root=$(dirname "$tr")
before=$(git status --porcelain | wc -l)
timeout 300 "$bin" bundle --out "$root/dist" > /dev/null 2> "$work/b.err"; code=$?
if [ $code = 2 ] && grep -q "inside" "$work/b.err" && [ ! -e "$root/dist" ]; then pass "bundle --out inside a root refused"
else fail "bundle --out inside a root ($code)"; cat "$work/b.err"; fi
if [ "$(id -u)" = 0 ] && mkdir -p "$work/tiny" && mount -t tmpfs -o size=64k tmpfs "$work/tiny"; then
    timeout 300 "$bin" bundle --out "$work/tiny/out" > /dev/null 2> "$work/b.err"; code=$?
    echo "      $(grep error "$work/b.err" | head -1)"
    if [ $code = 2 ] && grep -q "the disk is full" "$work/b.err" && ! grep -qE "Os \{|ZipWriter|\.partial" "$work/b.err"; then pass "bundle on a full disk: file and cause"
    else fail "bundle on a full disk ($code)"; cat "$work/b.err"; fi
    umount "$work/tiny"
else
    echo "SKIP  full disk (not root)"
fi
[ "$(git status --porcelain | wc -l)" = "$before" ] && pass "nothing written in the repository" || fail "the repository changed"
exit $failed
