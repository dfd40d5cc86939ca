"""Fusion cost (copies, facts, quotes, stances, conflicts) for generated article sets.

    .venv/bin/python benchmarks/bench_fusion.py [100 1000 5000] [--model NAME]

Articles are generated from a synthetic vocabulary: ~10% are wire copies of another
article, ~10% carry a passage lifted from another, and each states a few figures
(some repeated across articles, some about the same things with other values),
a quote and a denial or no-increase sentence now and then. Only
:func:`storyline.brief.build_brief` is timed (no parsing). The cost per article
must stay roughly flat as the set grows (blocking, no all-pairs comparison).

Fusion compares figures only by the parse facts analysis stores
(:class:`~storyline.model.ParseFacts`: frames, places, realis words), so the
templated sentences (figures, denials, border reports) are parsed with the real
spaCy model once each, before the timer starts, and their facts are shifted to
every place the sentence stands. The random filler sentences get no facts: a
parse of invented words names nothing fusion compares.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import time
import zlib

from storyline.brief import build_brief
from storyline.fusion.parse_facts import read_parse_facts
from storyline.model import Article, Extraction, ParseFacts, Quantity, Quote
from storyline.nlp import load_nlp
from storyline.settings import Settings

NOUNS = ["residents", "troops", "vehicles", "tonnes", "households", "passengers", "protesters", "voters",
         "workers", "students", "patients", "homes", "flights", "ships", "farms", "schools"]
PLACES = ["Norway", "Poland", "Finland", "Georgia", "Serbia", "Latvia", "Kenya", "Chile", "Peru", "Japan"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(10, 20))]
    return " ".join(words).capitalize() + "."


def generate(n: int, seed: int = 7) -> tuple[list[Article], list[Extraction]]:
    rng = random.Random(seed)
    vocab = [_word(rng) for _ in range(5000)]
    values = [rng.randint(100, 99_000) for _ in range(max(10, n // 4))]
    articles: list[Article] = []
    extractions: list[Extraction] = []
    for i in range(n):
        parts = [_sentence(rng, vocab) for _ in range(rng.randint(8, 16))]
        roll = rng.random()
        if articles and roll < 0.1:  # a wire copy of an earlier article
            parts = articles[rng.randrange(len(articles))].text.split("\n")[:]
        elif articles and roll < 0.2:  # a lifted passage
            src = articles[rng.randrange(len(articles))].text.split("\n")
            k = rng.randrange(max(1, len(src) - 3))
            parts[2:2] = src[k : k + 3]
        qs = []
        for _ in range(rng.randint(2, 5)):
            noun, place = rng.choice(NOUNS), rng.choice(PLACES)
            # one thing usually has one figure; now and then an outlet reports another
            v = values[zlib.crc32(f"{noun}{place}{rng.random() < 0.1}".encode()) % len(values)]
            qual = rng.choice(["", "some ", "more than ", "at least "])
            parts.append(f"Officials in {place} said {qual}{v:,} {noun} were counted on Monday.")
        if rng.random() < 0.05:
            parts.append(f"Authorities in {rng.choice(PLACES)} have not seen increased activity at the border.")
        if rng.random() < 0.05:
            parts.append(f"Arrivals at the border of {rng.choice(PLACES)} intensified overnight, officials said.")
        if rng.random() < 0.03:
            parts.append("Officials denied that draft notices are being handed out.")
        text = "\n".join(parts)
        aid = f"a{i:05d}"
        art = Article(id=aid, source=f"{aid}.txt", text=text, published="2024-03-0" + str(1 + i % 5),
                      wire="Associated Press" if rng.random() < 0.05 else None)
        offsets, pos = [], 0
        for p in parts:
            offsets.append((pos, pos + len(p)))
            pos += len(p) + 1
        for (s, e), p in zip(offsets, parts):
            if p.startswith("Officials in "):
                raw = p.split(" said ")[1].split(" were")[0]
                num = raw.split()[-2]
                qual = ("more_than" if raw.startswith("more") else "at_least" if raw.startswith("at least")
                        else "approximately" if raw.startswith("some") else "exact")
                start = s + p.index(raw)
                qs.append(Quantity(start=start, end=start + len(raw) - len(raw.split()[-1]) - 1, text=raw,
                                   value=float(num.replace(",", "")), qualifier=qual, what=raw.split()[-1],
                                   where=p.split()[2], sentence=(s, e)))
        quotes = [Quote(start=offsets[0][0], end=offsets[0][1], text=parts[0], kind="direct",
                        speaker=rng.choice(["Ana Lund", "Piet Varga", None]), sentence=offsets[0])]
        articles.append(art)
        extractions.append(Extraction(article_id=aid, published=art.published, quantities=qs, quotes=quotes,
                                      sentences=offsets))
    return articles, extractions


_TEMPLATES = ("Officials in ", "Authorities in ", "Arrivals at the border of ", "Officials denied ")


def attach_parse_facts(articles: list[Article], extractions: list[Extraction], nlp) -> int:
    """Give every extraction the parse facts of its templated sentences, as analysis would store them.

    Each distinct templated sentence is parsed once, alone, and read with
    :func:`read_parse_facts` against its figures moved to sentence offsets; the facts are
    then shifted back to each article's offsets. Returns how many sentences were parsed.
    """
    todo: dict[str, list[Quantity]] = {}
    for art, ext in zip(articles, extractions):
        by_sentence = {q.sentence: q for q in ext.quantities}
        for s, e in ext.sentences:
            text = art.text[s:e]
            if text.startswith(_TEMPLATES) and text not in todo:
                todo[text] = [_shift(q, -s) for q in [by_sentence.get((s, e))] if q is not None]
    facts = {text: read_parse_facts(doc, todo[text]) for text, doc in zip(todo, nlp.pipe(todo, batch_size=256))}
    for art, ext in zip(articles, extractions):
        out = ParseFacts()
        for s, e in ext.sentences:
            f = facts.get(art.text[s:e])
            if f is not None:
                out.entities += [(a + s, b + s, label) for a, b, label in f.entities]
                out.frames += [dataclasses.replace(fr, start=fr.start + s, end=fr.end + s) for fr in f.frames]
                out.realis += [(a + s, b + s) for a, b in f.realis]
        ext.parse = out
    return len(todo)


def _shift(q: Quantity, by: int) -> Quantity:
    s, e = q.sentence
    return dataclasses.replace(q, start=q.start + by, end=q.end + by, sentence=(s + by, e + by))


def main(sizes: list[int], model: str) -> None:
    nlp = load_nlp(model)
    print(f"{'articles':>8} {'seconds':>8} {'ms/article':>10} {'facts':>7} {'conflicts':>9} {'copies':>7} "
          f"{'frames':>7} {'parsed':>7}")
    for n in sizes:
        arts, exts = generate(n)
        parsed = attach_parse_facts(arts, exts, nlp)
        frames = sum(len(e.parse.frames) for e in exts) / max(1, sum(len(e.quantities) for e in exts))
        t = time.perf_counter()
        brief = build_brief(arts, exts)
        dt = time.perf_counter() - t
        print(f"{n:>8} {dt:>8.2f} {1000 * dt / n:>10.2f} {len(brief['facts']):>7} {len(brief['conflicts']):>9} "
              f"{len(brief['copies']):>7} {frames:>7.0%} {parsed:>7}", flush=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Time build_brief on generated article sets (parsing untimed).")
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 5000], help="articles per set")
    ap.add_argument("--model", default=Settings.load().model, help="spaCy pipeline for the templated sentences")
    args = ap.parse_args()
    main(args.sizes, args.model)
