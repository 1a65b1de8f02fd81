#!/usr/bin/env python3
"""gen_records.py - a large synthetic record file for the conflicts bench.

usage: gen_records.py FIGURES [SEED] > records.jsonl
About 10 figures per article; keys are shared by a few articles each so
that the reduce step has real groups to compare. Deterministic per seed.
"""
import json
import random
import sys

n = int(sys.argv[1])
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
hedges = [None] * 6 + ["nearly", "about", "more than", "roughly"]
nkeys = max(1, n // 8)
out = sys.stdout
art = 0
for i in range(n):
    if i % 10 == 0:
        art += 1
        out.write(json.dumps({"type": "article", "id": f"a{art:08d}",
                              "source": f"shard/{art}.html", "url": None,
                              "title": "Generated", "outlet": f"Outlet {art % 97}",
                              "published": f"20{19 + art % 3}-0{1 + art % 9}-1{art % 10}",
                              "byline": None, "lang": "en", "chars": 3000}) + "\n")
    k = rnd.randrange(nkeys)
    base = (k % 1000 + 1) * 1e6
    value = base if rnd.random() < 0.8 else base * rnd.choice([0.94, 1.1, 2])
    out.write(json.dumps({"type": "figure", "article": f"a{art:08d}", "kind": "money",
                          "text": f"${value / 1e6:g} million", "value": value,
                          "unit": "USD", "hedge": rnd.choice(hedges), "per": None,
                          "start": i % 3000, "end": i % 3000 + 12,
                          "sentence": f"The ministry said it would spend ${value / 1e6:g} million on item {k}.",
                          "key": f"key.{k}", "subject": f"spending on item {k}"}) + "\n")
