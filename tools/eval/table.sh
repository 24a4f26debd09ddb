#!/usr/bin/env bash
# Scores one build of the CLI on annotated sets and prints one row per set.
# Usage: tools/eval/table.sh PATH/TO/facts.dll SET [SET...]   (SET holds articles/ and gold/)
# SCORE defaults to ../shared/tools/score.py beside the repository; KEEP=DIR keeps the predictions in DIR/<set name>.
set -euo pipefail
dll=$1; shift
here=$(cd "$(dirname "$0")/../.." && pwd)
# ../shared sits beside the main checkout; a git worktree elsewhere finds it through the common git folder.
main=$(dirname "$(git -C "$here" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo "$here/.git")")
score=${SCORE:-$main/../shared/tools/score.py}
printf '%-14s %-9s %-6s %-6s %-6s %-6s %-6s %-5s %-5s %-5s %-6s %-6s\n' set people roles places orgs qty strict qual cat unit quotes datesR
for set in "$@"; do
  name=$(basename "$set")
  out=${KEEP:+$KEEP/$name}
  out=${out:-$(mktemp -d)}
  mkdir -p "$out"
  dotnet "$dll" extract "$set/articles" --format json --out "$out" >/dev/null 2>&1
  python3 "$score" "$set/gold" "$out" | awk -v name="$name" '
    $1=="people"        { people=$7; roles=$10 }
    $1=="places"        { places=$7 }
    $1=="organizations" { orgs=$7 }
    $1=="quantities"    { qty=$7; qual=$10; sub(",","",qual); cat=$13; sub(",","",cat); unit=$16; sub(";","",unit); strict=$19 }
    $1=="quotes"        { quotes=$7 }
    $1=="dates"         { dates=$6 }
    END { printf "%-14s %-9s %-6s %-6s %-6s %-6s %-6s %-5s %-5s %-5s %-6s %-6s\n", name, people, roles, places, orgs, qty, strict, qual, cat, unit, quotes, dates }'
  [ -n "${KEEP:-}" ] || rm -rf "$out"
done
