#!/usr/bin/env python3
"""Writes a seeded import file of generated proposals (the generic mapping's CSV) for the consultation
benchmark: python3 bench/consultation_gen.py --rows 100000 --seed 42 --articles 1,2,...  > proposals.csv

Clearly sample data: every wording says it is generated. Attention is spread over articles the way it
was in 2026 (parliament, president and rights articles most: a Zipf-like weight on a shuffled order),
in kk/ru/en, over the six months of the consultation, with statuses from received to answered."""
import argparse, csv, random, sys, datetime

ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=100_000)
ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--articles", default=",".join(str(i) for i in range(1, 96)))
ap.add_argument("--prefix", default="GEN")
a = ap.parse_args()
rnd = random.Random(a.seed)
articles = a.articles.split(",")
weights = [1 / (i + 1) for i in range(len(articles))]
order = articles[:]
rnd.shuffle(order)
regions = "KZ-ABA KZ-AKM KZ-AKT KZ-ALA KZ-ALM KZ-AST KZ-ATY KZ-KAR KZ-KUS KZ-KZY KZ-MAN KZ-PAV KZ-SEV KZ-SHY KZ-VOS KZ-YUZ KZ-ZAP KZ-ZHA".split()
texts = {
    "ru": ["Предлагаю уточнить формулировку статьи {a}: {n}.", "Изменить статью {a}, чтобы права граждан были защищены лучше ({n}).",
           "Дополнить статью {a} положением о подотчётности ({n})."],
    "kk": ["{a}-бапты нақтылауды ұсынамын: {n}.", "{a}-бапқа азаматтардың құқықтары туралы норма қосу ({n}).",
           "{a}-баптағы өкілеттік мерзімін қысқарту ({n})."],
    "en": ["Clarify article {a} so that it reads plainly ({n}).", "Add to article {a} a duty to report to citizens ({n}).",
           "Amend article {a} to shorten the term of office ({n})."],
}
start = datetime.datetime(2025, 9, 8, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=5)))
span = int(datetime.timedelta(days=170).total_seconds())
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["external_id", "received_at", "article", "kind", "language", "wording", "reasons", "region", "display_name",
            "status", "outcome", "answer"])
for i in range(1, a.rows + 1):
    lang = rnd.choices(["ru", "kk", "en"], [60, 35, 5])[0]
    art = rnd.choices(order, weights)[0] if rnd.random() > 0.05 else "whole"
    status = rnd.choices(["received", "registered", "under-review", "answered"], [20, 30, 20, 30])[0]
    outcome = rnd.choice(["accepted", "partly-accepted", "rejected", "out-of-scope"]) if status == "answered" else ""
    at = start + datetime.timedelta(seconds=rnd.randrange(span))
    w.writerow([f"{a.prefix}-{i:07d}", at.isoformat(), art, rnd.choice(["amend", "add", "repeal", "other"]), lang,
                "[generated sample] " + rnd.choice(texts[lang]).format(a=art, n=i), "[generated sample]",
                rnd.choice(regions), "", status, outcome, "[generated sample] answer" if outcome else ""])
