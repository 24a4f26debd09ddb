#!/usr/bin/env bash
# Runs one CLI build on a piece of text and prints what it extracts (FMT=table by default; json or csharp).
# Usage: tools/eval/probe.sh PATH/TO/facts.dll "Headline\n\nBody text ..."   (printf escapes are honoured)
set -euo pipefail
dll=$1; text=$2
dir=$(mktemp -d)
printf '%b\n' "$text" > "$dir/probe.txt"
dotnet "$dll" extract "$dir/probe.txt" --format "${FMT:-table}"
rm -rf "$dir"
