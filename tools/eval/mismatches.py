#!/usr/bin/env python3
"""Lists matched quantities whose category, unit or qualifier differ from gold.
Usage: mismatches.py SCORE_PY GOLD_DIR PRED_DIR [field]"""
import importlib.util, json, os, sys, collections
spec = importlib.util.spec_from_file_location("score", sys.argv[1]); s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
gold_dir, pred_dir = sys.argv[2], sys.argv[3]
fields = sys.argv[4:] or ["category"]
pairs_count = collections.Counter()
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".json"): continue
    g = json.load(open(os.path.join(gold_dir, f))); pp = os.path.join(pred_dir, f)
    if not os.path.exists(pp): continue
    p = json.load(open(pp))
    gi = [x for x in g.get("quantities", []) if isinstance(x, dict)]; pi = [x for x in p.get("quantities", []) if isinstance(x, dict)]
    def rec(it):
        return {"value": s.parse_value(it.get("value")), "qualifier": s._qual(it.get("qualifier")), "unit": s._unit(it.get("unit")),
                "category": s._qual(it.get("category")), "evidence": s._str(it.get("evidence")) or "", "about": s._str(it.get("about")) or ""}
    gold = list(map(rec, gi)); preds = list(map(rec, pi))
    edges = []
    for q in preds:
        strong, weak = [], []
        for j, gg in enumerate(gold):
            if not s.values_equal(gg["value"], gg["qualifier"], q["value"], q["qualifier"]): continue
            if not gg["evidence"].strip(): weak.append(j)
            elif s.evidence_overlap(gg["evidence"], q["evidence"]):
                a, b = " ".join(s.tokens(gg["evidence"])), " ".join(s.tokens(q["evidence"]))
                (strong if (a in b or b in a) else weak).append(j)
        edges.append(strong + weak)
    ml = s.max_matching(len(preds), len(gold), edges)
    for i, j in enumerate(ml):
        if j is None: continue
        q, gg = preds[i], gold[j]
        for fld in fields:
            if q[fld] != gg[fld]:
                pairs_count[(fld, gg[fld], q[fld])] += 1
                print("%-10s %-8s gold %-12s pred %-12s | %s | gold about: %s | pred about: %s" % (f[:10], fld, gg[fld], q[fld], gg["evidence"][:60], gg["about"][:50], q["about"][:40]))
print()
for k, v in pairs_count.most_common(): print(v, k)
