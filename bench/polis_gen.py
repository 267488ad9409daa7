#!/usr/bin/env python3
"""A Pol.is-shaped conversation with opinion groups planted, for benchmarks and checks of `opinion-groups`.

Usage: bench/polis_gen.py DIR [--participants 6289] [--statements 2161] [--groups 3] [--seed 1]

Writes DIR/comments.csv and DIR/votes.csv in the compdemocracy/openData layout, and DIR/truth.csv
(participant,group). Each group has a stance per statement (agree or disagree with probability 0.8 for
a third of the statements it cares about, indifferent on the rest); a tenth of the statements are
agreed by every group (consensus). Each participant votes on a random number of statements, heavy-tailed
as in real conversations (most vote on a few dozen, some on hundreds), passing a tenth of the time.
"""
import argparse, csv, os, random

p = argparse.ArgumentParser()
p.add_argument("dir")
p.add_argument("--participants", type=int, default=6289)
p.add_argument("--statements", type=int, default=2161)
p.add_argument("--groups", type=int, default=3)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rnd = random.Random(a.seed)
os.makedirs(a.dir, exist_ok=True)
m, k = a.statements, a.groups
consensus = set(rnd.sample(range(m), max(1, m // 10)))
stance = [[0] * m for _ in range(k)]
for g in range(k):
    for j in range(m):
        if j in consensus:
            stance[g][j] = 1
        elif rnd.random() < 1 / 3:
            stance[g][j] = rnd.choice((1, -1))
with open(os.path.join(a.dir, "comments.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"])
    for j in range(m):
        w.writerow([1500000000000 + j, "", j, j % 50, 0, 0, 1, f"Statement {j}"])
t = 1500000000000
with open(os.path.join(a.dir, "votes.csv"), "w", newline="") as f, open(os.path.join(a.dir, "truth.csv"), "w", newline="") as tf:
    w = csv.writer(f)
    tw = csv.writer(tf)
    w.writerow(["timestamp", "datetime", "comment-id", "voter-id", "vote"])
    tw.writerow(["participant", "group"])
    for pid in range(a.participants):
        g = rnd.randrange(k)
        tw.writerow([pid, g])
        n = min(m, max(1, int(rnd.paretovariate(1.2) * 12)))
        for j in rnd.sample(range(m), n):
            t += 1
            s = stance[g][j]
            if rnd.random() < 0.1:
                v = 0
            elif s == 0:
                v = rnd.choice((1, -1))
            else:
                v = s if rnd.random() < 0.8 else -s
            w.writerow([t, "", j, pid, v])
