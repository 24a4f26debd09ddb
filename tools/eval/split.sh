#!/bin/bash
# Splits a batch of annotated articles into a tuning half and an unseen half.
# Usage: tools/eval/split.sh BATCH TAG TUNE_DIR BLIND_DIR
#   BATCH holds one folder per annotator (BATCH/x/articles/x-NN-slug.txt, BATCH/x/gold/x-NN-slug.json,
#   BATCH/x/sources.tsv). Files are renamed x<TAG>-NN-slug so batches never clash inside a merged set; odd NN go to
#   TUNE_DIR, even NN to BLIND_DIR (each topic lands in both halves). TUNE_DIR and BLIND_DIR may already hold other
#   sets' files (a tuning set grows batch by batch); each gets the moved files' lines in its sources.tsv.
set -euo pipefail
if [ $# -ne 4 ]; then
  echo "usage: $0 BATCH TAG TUNE_DIR BLIND_DIR" >&2
  exit 2
fi
batch=$1 tag=$2 tune=$3 blind=$4
mkdir -p "$tune/articles" "$tune/gold" "$blind/articles" "$blind/gold"
for folder in "$batch"/*/; do
  letter=$(basename "$folder")
  [ -d "$folder/articles" ] || continue
  for article in "$folder"/articles/*.txt; do
    name=$(basename "$article" .txt)
    rest=${name#*-}
    number=${rest%%-*}
    renamed="${letter}${tag}-${rest}"
    if (( 10#$number % 2 == 1 )); then target=$tune; else target=$blind; fi
    cp "$article" "$target/articles/$renamed.txt"
    cp "$folder/gold/$name.json" "$target/gold/$renamed.json"
    if [ -f "$folder/sources.tsv" ]; then
      # An annotator may write the file name with or without ".txt".
      grep -E "^$name(\.txt)?[[:space:]]" "$folder/sources.tsv" | sed -E "s#^$name(\.txt)?#$renamed.txt#" >> "$target/sources.tsv" || true
    fi
  done
done
for dir in "$tune" "$blind"; do
  echo "$dir: $(ls "$dir/articles" | wc -l) article(s)"
done
