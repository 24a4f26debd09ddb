#!/usr/bin/env bash
# Compares the output of two CLI builds on the dev corpus, the wikinews corpus and annotated sets.
# Usage: tools/eval/cmp.sh OLD/facts.dll NEW/facts.dll TAG [SET...]
# Writes OUT/TAG/{old,new}/<set>/*.json and OUT/TAG/<set>.diff (OUT defaults to /tmp/facts-cmp), prints per set how
# many articles changed and, for annotated sets, the scorer's total lines before and after.
set -euo pipefail
old=$1; new=$2; tag=$3; shift 3
here=$(cd "$(dirname "$0")/../.." && pwd)
# ../shared sits beside the main checkout; a git worktree elsewhere finds it through the common git folder.
main=$(dirname "$(git -C "$here" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo "$here/.git")")
corpus=${CORPUS:-$main/../shared/corpus}
score=${SCORE:-$main/../shared/tools/score.py}
root=${OUT:-/tmp/facts-cmp}/$tag
rm -rf "$root"; mkdir -p "$root"
for set in "$corpus/dev" "$corpus/wikinews" "$@"; do
  name=$(basename "$set")
  for side in old new; do
    dll=$old; [ "$side" = new ] && dll=$new
    mkdir -p "$root/$side/$name"
    src=$set/articles; [ -d "$src" ] || src=$set
    dotnet "$dll" extract "$src" --format json --out "$root/$side/$name" >/dev/null 2>&1
  done
  diff -r -u "$root/old/$name" "$root/new/$name" > "$root/$name.diff" || true
  changed=$(grep -c '^diff ' "$root/$name.diff" || true)
  echo "== $name: $changed article(s) changed ($root/$name.diff)"
  if [ -d "$set/gold" ]; then
    diff <(python3 "$score" "$set/gold" "$root/old/$name" | sed -n '/^kind/,$p') \
         <(python3 "$score" "$set/gold" "$root/new/$name" | sed -n '/^kind/,$p') || true
  fi
done
