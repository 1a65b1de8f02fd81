#!/usr/bin/env python3
"""gen_records.py - a large synthetic record file for the reduce bench.

usage: gen_records.py ARTICLES [SEED] > records.jsonl

Writes ARTICLES article records, each with a signature (docs/records.md),
and about 10 figure records per article with claims. Articles come in
stories of 2 to 8 that share names, terms and numbers and are published
within a few days; every story states a handful of quantities that its
articles repeat (most agree, some disagree, some are copies of one wire
text), plus figures of their own. Names are drawn from a pool large
enough that unrelated stories rarely share rare features, and common
names ("United States") appear everywhere, as in real news.
Deterministic per seed.
"""
import random
import sys

n = int(sys.argv[1])
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
out = sys.stdout
w = out.write

COMMON_NAMES = ["United States", "European Union", "United Nations", "NATO",
                "White House", "Congress", "Reuters"]
COMMON_PLACES = ["United States", "China", "Russia", "Ukraine", "Germany",
                 "France", "United Kingdom", "Japan", "India", "Brazil"]
THINGS = ["relief package", "aid package", "defence budget", "contract",
          "settlement", "fine", "loan", "grant", "investment", "payment",
          "tariff", "subsidy"]
ACTIONS = ["pay", "give", "spend", "pledge", "fund", "allocate", "invest"]
TROOP_ACTIONS = ["deploy", "station", "train", "withdraw"]
HEDGES = ["null"] * 7 + ['"about"', '"nearly"', '"more than"', '"roughly"']


def minhash(seed):
    r = random.Random(seed)
    return "".join("%08x" % r.getrandbits(32) for _ in range(32))


def claim(thing, action, when="null", span="null", role="null"):
    t = '"%s"' % thing if thing else "null"
    a = '"%s"' % action if action else "null"
    return ('{"thing":%s,"action":%s,"purpose":null,"holder":null,'
            '"towards":null,"when":%s,"span":%s,"role":%s}'
            % (t, a, when, span, role))


art = 0
story = 0
day0 = 18000  # days since 1970: 2019-04-13
while art < n:
    story += 1
    size = min(n - art, rnd.randint(2, 8))
    day = day0 + (story * 3) // 50  # a few dozen stories a day
    names = ["Person %d-%d" % (story, k) for k in range(4)] + \
        rnd.sample(COMMON_NAMES, 2)
    place = rnd.choice(COMMON_PLACES)
    terms = ["storyterm%da" % story, "storyterm%db" % story,
             "topic%d" % (story % 5000)]
    # the quantities of the story: (kind, unit, thing, action, value)
    quants = []
    for _ in range(rnd.randint(2, 5)):
        if rnd.random() < 0.3:
            quants.append(("troops", "troops", "troop",
                           rnd.choice(TROOP_ACTIONS),
                           rnd.randrange(5, 300) * 100))
        else:
            quants.append(("money", rnd.choice(["USD", "EUR"]),
                           rnd.choice(THINGS), rnd.choice(ACTIONS),
                           rnd.randrange(1, 999) * 1e6))
    wire_mh = minhash(story * 7919)
    for k in range(size):
        art += 1
        aid = "a%09d" % art
        d = day + rnd.randint(0, 3)
        y, m, dd = 2019 + (d - day0) // 365, 1 + ((d - day0) // 28) % 12, \
            1 + (d - day0) % 28
        copy = k > 0 and rnd.random() < 0.1
        mh = wire_mh if copy else minhash(art)
        numbers = ",".join('"%s:%d"' % (q[1], q[4]) for q in quants[:3])
        w('{"type":"article","id":"%s","source":"shard/%d.html",'
          '"url":"https://outlet%d.example/%d","title":"Story %d report %d",'
          '"outlet":"Outlet %d","published":"%04d-%02d-%02d","byline":null,'
          '"lang":"en","chars":3000,"format":"html","charset":"UTF-8",'
          '"signature":{"v":1,"names":[%s],"places":["%s"],"terms":[%s],'
          '"numbers":[%s],"minhash":"%s"}}\n'
          % (aid, art, art % 997, art, story, k, art % 97, y, m, dd,
             ",".join('"%s"' % x for x in rnd.sample(names, 4)), place,
             ",".join('"%s"' % x for x in terms), numbers, mh))
        for f in range(10):
            if f < len(quants) and rnd.random() < 0.8:
                kind, unit, thing, action, value = quants[f]
                r = rnd.random()
                if r < 0.1:
                    value *= rnd.choice([0.9, 1.2])  # a disagreement
                c = claim(thing, action)
            else:  # a figure of its own
                kind, unit = "money", rnd.choice(["USD", "EUR", "GBP"])
                value = rnd.randrange(1, 5000) * 1e5
                c = claim(rnd.choice(THINGS), rnd.choice(ACTIONS),
                          when='"%d"' % rnd.randint(2015, 2026))
            text = ("%d" % value) if kind == "troops" else \
                "$%g million" % (value / 1e6)
            w('{"type":"figure","article":"%s","kind":"%s","text":"%s",'
              '"value":%d,"unit":"%s","hedge":%s,"per":null,"start":%d,'
              '"end":%d,"sentence":"Officials said the %s would come to %s, '
              'according to documents seen by reporters.","speaker":null,'
              '"key":"%s/x","subject":"%s","claim":%s}\n'
              % (aid, kind, text, value, unit, rnd.choice(HEDGES), f * 200,
                 f * 200 + 12, kind, text, kind, kind, c))
