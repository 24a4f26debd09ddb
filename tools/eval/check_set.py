#!/usr/bin/env python3
"""Validates an annotated article set (SET/articles/*.txt + SET/gold/*.json) against ../shared/corpus/SCHEMA.md.

Usage: check_set.py SET [SET...]   Prints each problem and a last line "N article(s), N problem(s)"; exit 1 on problems.
"""
import json, os, sys

QUALIFIERS = {"exact", "more_than", "at_least", "about", "up_to", "fewer_than", "vague"}
CATEGORIES = {"casualties", "displacement", "duration", "population", "money", "military", "other"}
LISTS = ["people", "places", "organizations", "quantities", "quotes", "dates"]


def check(article_path, gold_path, problems):
    name = os.path.basename(gold_path)
    def bad(msg):
        problems.append(f"{name}: {msg}")
    try:
        text = open(article_path, encoding="utf-8").read()
    except OSError:
        bad("article file missing")
        return
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        bad(f"gold unreadable: {e}")
        return
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad("line 1 must be the headline and line 2 blank")
    for key in LISTS + ["source", "licence", "published"]:
        if key not in gold:
            bad(f"missing key {key}")
    for key in LISTS:
        if not isinstance(gold.get(key, []), list):
            bad(f"{key} is not a list")
    speakers = set()
    for kind in ("people", "places", "organizations"):
        for item in gold.get(kind, []):
            nm = item.get("name")
            if not nm or nm not in text:
                bad(f"{kind} name not in text: {nm!r}")
            for alias in item.get("aliases", []) or []:
                if alias not in text:
                    bad(f"{kind} alias not in text: {alias!r}")
            if kind != "places":
                speakers.add(nm)
    for q in gold.get("quantities", []):
        ev = q.get("evidence")
        if not ev or ev not in text:
            bad(f"quantity evidence not in text: {ev!r}")
        if q.get("qualifier") not in QUALIFIERS:
            bad(f"bad qualifier {q.get('qualifier')!r} in {ev!r}")
        if q.get("category") not in CATEGORIES:
            bad(f"bad category {q.get('category')!r} in {ev!r}")
        if q.get("qualifier") == "vague" and q.get("value") is not None:
            bad(f"vague quantity with a value: {ev!r}")
        if q.get("qualifier") != "vague" and not isinstance(q.get("value"), (int, float)):
            bad(f"non-vague quantity without a number: {ev!r}")
        if not q.get("unit") or not q.get("about"):
            bad(f"quantity without unit or about: {ev!r}")
    for q in gold.get("quotes", []):
        t = q.get("text") or ""
        if not t or len(t) > 60 or t not in text:
            bad(f"quote text must be <=60 chars and in the text: {t!r}")
        if q.get("speaker") not in speakers:
            bad(f"quote speaker is not a person or organisation name: {q.get('speaker')!r}")
    for d in gold.get("dates", []):
        if not d.get("text") or d["text"] not in text:
            bad(f"date text not in article: {d.get('text')!r}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    problems, count = [], 0
    for folder in sys.argv[1:]:
        gold_dir = os.path.join(folder, "gold")
        for fn in sorted(os.listdir(gold_dir)):
            if not fn.endswith(".json"):
                continue
            count += 1
            check(os.path.join(folder, "articles", fn[:-5] + ".txt"), os.path.join(gold_dir, fn), problems)
        for fn in sorted(os.listdir(os.path.join(folder, "articles"))):
            if fn.endswith(".txt") and not os.path.exists(os.path.join(gold_dir, fn[:-4] + ".json")):
                problems.append(f"{fn}: no gold file")
    for p in problems:
        print(p)
    print(f"{count} article(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
