#!/usr/bin/env python3
"""Pairwise precision and recall of `atazan near-duplicates` output against a truth file:
    python3 bench/near_dup_eval.py truth.csv groups.json
A pair is two texts in one group. Truth: texts of one form letter (label T<n>) are near-duplicates;
unique texts (U<n>) have none. Precision = pairs found that are true / pairs found; recall = true
pairs found / true pairs."""
import collections, csv, json, sys

labels = {}
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        labels[row["id"]] = row["label"]
groups = json.load(open(sys.argv[2], encoding="utf-8"))["groups"]
c2 = lambda n: n * (n - 1) // 2
found = sum(c2(len(g)) for g in groups)
true = sum(c2(n) for n in collections.Counter(labels.values()).values())
tp = sum(c2(n) for g in groups for n in collections.Counter(labels[i] for i in g).values())
print(json.dumps({"texts": len(labels), "groups": len(groups), "pairsFound": found, "truePairs": true,
                  "precision": round(tp / found, 5) if found else None, "recall": round(tp / true, 5) if true else None}))
