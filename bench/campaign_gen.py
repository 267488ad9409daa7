#!/usr/bin/env python3
"""A mass campaign of proposals with its truth, for the near-duplicates benchmark:
    python3 bench/campaign_gen.py --rows 1000000 --seed 42 --out DIR
writes DIR/proposals.csv (id,text, header) and DIR/truth.csv (id,label).

Shape: --templates form letters (default 300) share --campaign of the rows (default 70 %), their sizes
Zipf-like (the largest tens of thousands, the smallest 2); the rest are unique texts. Each text is
made of sentences of pseudo-words drawn from one Zipf-weighted vocabulary of 12,000 per language (ru 60 %, kk 30 %,
en 10 % by letters), so that unrelated texts share frequent words and word pairs as real ones do; every
letter opens and closes with one of a few phrases common to all campaigns (an address to the commission,
a closing formula), which make unrelated letters look alike at their edges.

A copy of a form letter: the signer's name and town changed (always), one sentence moved (50 %),
0-3 words replaced by others (uniformly), one sentence dropped (15 %), a personal sentence added (25 %);
10 % of copies are an earlier copy again with only case and punctuation changed (exact duplicates after
normalisation). Truth label: the form letter (T<n>) for its copies, U<n> for a unique text.
Seeded: the same arguments write the same files."""
import argparse, csv, os, random

ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=1_000_000)
ap.add_argument("--templates", type=int, default=300)
ap.add_argument("--campaign", type=float, default=0.7)
ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--out", default=".")
a = ap.parse_args()
rnd = random.Random(a.seed)

SYLLABLES = {
    "ru": "ка ро ва на ли то ст пр ен ос ни те по ра ре ко ль ми де ст ов ат ин ло ти".split(),
    "kk": "қа ғы ла ар ың ін сы ба ты да ет ке ұл ма ті не ар ша құ лы өз ау ле ді".split(),
    "en": "the con sti tu tion al par li a ment rep re sent er ing ion pro vi de cit iz en".split(),
}


def vocabulary(lang, size):
    words, seen = [], set()
    syl = SYLLABLES[lang]
    while len(words) < size:
        w = "".join(rnd.choice(syl) for _ in range(rnd.choice((1, 2, 2, 3, 3, 4))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    cum, total = [], 0.0
    for i in range(size):
        total += 1.0 / (i + 1)
        cum.append(total)
    return words, cum


VOCAB = {lang: vocabulary(lang, 12000) for lang in SYLLABLES}
LANGS, LANG_WEIGHTS = ["ru", "kk", "en"], [60, 30, 10]


def sentence(lang, lo=6, hi=16):
    words, cum = VOCAB[lang]
    return rnd.choices(words, cum_weights=cum, k=rnd.randint(lo, hi))


OPENERS = {lang: [sentence(lang, 8, 12) for _ in range(5)] for lang in LANGS}
CLOSERS = {lang: [sentence(lang, 4, 8) for _ in range(5)] for lang in LANGS}
FIRST = [w.capitalize() for w in rnd.sample(VOCAB["ru"][0][2000:], 3000)]
LAST = [w.capitalize() for w in rnd.sample(VOCAB["kk"][0][2000:], 8000)]
TOWNS = [w.capitalize() for w in rnd.sample(VOCAB["ru"][0][5000:], 500)]


def render(sentences):
    return " ".join(" ".join(s).capitalize() + "." for s in sentences)


def signature():
    return [rnd.choice(FIRST), rnd.choice(LAST), rnd.choice(TOWNS)]


def template():
    lang = rnd.choices(LANGS, LANG_WEIGHTS)[0]
    body = [sentence(lang, 5, 12) for _ in range(rnd.randint(5, 8))]
    return lang, rnd.choice(OPENERS[lang]), body, rnd.choice(CLOSERS[lang])


def copy_of(t):
    lang, opener, body, closer = t
    body = [list(s) for s in body]
    if rnd.random() < 0.5 and len(body) > 1:
        body.insert(rnd.randrange(len(body)), body.pop(rnd.randrange(len(body))))
    words = VOCAB[lang][0]
    for _ in range(rnd.randint(0, 3)):
        s = rnd.choice(body)
        s[rnd.randrange(len(s))] = rnd.choice(words[:5000])
    if rnd.random() < 0.15 and len(body) > 3:
        body.pop(rnd.randrange(len(body)))
    if rnd.random() < 0.25:
        body.insert(rnd.randrange(len(body) + 1), sentence(lang))
    return render([opener] + body + [closer, signature()])


def variant(text):
    """The same words: only case and punctuation changed."""
    return text.upper() if rnd.random() < 0.5 else text.replace(".", " !").replace("  ", " ")


campaign_rows = int(a.rows * a.campaign)
weights = [1 / (i + 1) ** 0.9 for i in range(a.templates)]
scale = (campaign_rows - 2 * a.templates) / sum(weights)
sizes = [2 + int(w * scale) for w in weights]
sizes[0] += campaign_rows - sum(sizes)
rows = []  # (label, text)
for n, size in enumerate(sizes):
    t = template()
    made = []
    for _ in range(size):
        text = variant(rnd.choice(made)) if made and rnd.random() < 0.1 else copy_of(t)
        made.append(text)
        rows.append((f"T{n}", text))
for u in range(a.rows - len(rows)):
    lang = rnd.choices(LANGS, LANG_WEIGHTS)[0]
    rows.append((f"U{u}", render([sentence(lang) for _ in range(rnd.randint(1, 8))])))
rnd.shuffle(rows)

os.makedirs(a.out, exist_ok=True)
with open(os.path.join(a.out, "proposals.csv"), "w", newline="", encoding="utf-8") as p, \
        open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as t:
    pw, tw = csv.writer(p, lineterminator="\n"), csv.writer(t, lineterminator="\n")
    pw.writerow(["id", "text"])
    tw.writerow(["id", "label"])
    for i, (label, text) in enumerate(rows, 1):
        pw.writerow([f"P-{i:07d}", text])
        tw.writerow([f"P-{i:07d}", label])
