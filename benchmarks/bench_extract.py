"""Extraction throughput (articles/s) next to the bare spaCy pipeline, in one run.

    .venv/bin/python benchmarks/bench_extract.py                 # 200 generated articles
    .venv/bin/python benchmarks/bench_extract.py -n 400 --processes 2
    .venv/bin/python benchmarks/bench_extract.py FILE.txt ...    # given articles

Both measurements parse the same texts with ``nlp.pipe`` on the same number of
processes; the extraction run adds every registered analysis step
(:data:`storyline.analyze.STEPS`) and Storyline's own pipeline components (the
paragraph splitter and the attribution content tagger), which the bare run leaves
out.  The figure that matters is the ratio.
Not a test: it prints a small table and exits 0.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from storyline.analyze import analyze_doc, analyze_texts
from storyline.nlp import load_nlp
from storyline.settings import Settings

_SUBJECTS = ["Police", "The Interior Ministry", "Officials", "The monitoring group", "Local authorities",
             "The United Nations", "Rescue workers", "The company"]
_VERBS = ["detained", "reported", "counted", "evacuated", "recorded", "registered"]
_NOUNS = ["people", "protesters", "residents", "cars", "refugees", "workers", "flights", "homes"]
_PLACES = ["Moscow", "Tbilisi", "Helsinki", "Riga", "Vilnius", "Kyiv", "Almaty", "Tallinn"]
_QUALS = ["at least", "more than", "some", "about", "nearly", "up to", ""]
_FILLER = [
    "The situation remained tense on {day}, witnesses said.",
    '"We have never seen anything like this," {name} told reporters.',
    "{name}, a spokesman for the ministry, said the measures would stay in place.",
    "Critics said the decision was a mistake and called for an inquiry.",
    "Queues stretched for {n} miles at the border crossing near {place}.",
    "Prices rose {n} percent compared with a year earlier.",
]
_NAMES = ["Anna Petrova", "John Miller", "Maria Lopez", "Oleg Ivanov"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate(n: int, seed: int = 7) -> list[str]:
    """``n`` invented news articles of ~15 sentences with figures, quotes and dates."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        sents = []
        for _ in range(15):
            if rng.random() < 0.5:
                q = rng.choice(_QUALS)
                figure = f"{rng.randint(2, 90)},{rng.randint(100, 999)}"
                sents.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {q} {figure} "
                             f"{rng.choice(_NOUNS)} in {rng.choice(_PLACES)} on {rng.choice(_DAYS)}.".replace("  ", " "))
            else:
                sents.append(rng.choice(_FILLER).format(day=rng.choice(_DAYS), name=rng.choice(_NAMES),
                                                       n=rng.randint(2, 40), place=rng.choice(_PLACES)))
        out.append(" ".join(sents))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="article text files (default: generated articles)")
    ap.add_argument("-n", type=int, default=200, help="number of generated articles")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)

    texts = [Path(f).read_text(encoding="utf-8") for f in args.files] or generate(args.n)
    model = Settings.load().model
    nlp = load_nlp(model)
    list(nlp.pipe(texts[:4]))  # warm up (model load, first-call allocations)

    ours = [name for name in nlp.pipe_names if name.startswith("storyline_")]
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes, disable=ours))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()  # with Storyline's own components (paragraph breaks, content tagger)
    docs = list(nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes))
    ours_parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    items = [(f"a{i}", t, "2022-09-28") for i, t in enumerate(texts)]
    exts = list(analyze_texts(items, model=model, batch_size=args.batch_size, n_process=args.processes))
    full = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i, doc in enumerate(docs):  # the steps alone, on already parsed docs, one process
        analyze_doc(doc, f"a{i}", "2022-09-28")
    steps = time.perf_counter() - t0

    n = len(texts)
    facts = sum(len(e.quantities) for e in exts)
    quotes = sum(len(e.quotes) for e in exts)
    print(f"articles: {n} ({sum(map(len, texts)) // max(n, 1)} chars avg), processes: {args.processes}, "
          f"model: {model}")
    print(f"bare spaCy nlp.pipe      {n / bare:8.1f} articles/s  ({bare:.2f} s)")
    print(f"parse with our components{n / ours_parse:8.1f} articles/s  ({ours_parse:.2f} s)")
    print(f"extraction (parse+steps) {n / full:8.1f} articles/s  ({full:.2f} s)")
    print(f"steps only, 1 process    {n / steps:8.1f} articles/s  ({steps:.2f} s)")
    print(f"ratio extraction/bare    {bare / full:8.2f}")
    print(f"found: {facts} quantities, {quotes} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
