"""Builders for hand-made articles and extractions used by the fusion tests."""
from __future__ import annotations

import re

from storyline.model import Article, Extraction, Quantity, Quote


def article(aid: str, text: str, published: str | None = "2024-03-05", **kw) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=published, **kw)


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", text)]
    s = max(x for x in starts if x <= pos)
    ends = [m.start() + 1 for m in re.finditer(r"[.!?](?=\s|$)", text)]
    e = min((x for x in ends if x > pos), default=len(text))
    return (s, e)


def qty(text: str, raw: str, value: float, *, nth: int = 0, **kw) -> Quantity:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(raw, pos + 1)
    return Quantity(start=pos, end=pos + len(raw), text=raw, value=value, sentence=sentence_of(text, pos), **kw)


def quote(text: str, words: str, speaker: str | None, **kw) -> Quote:
    pos = text.index(words)
    return Quote(start=pos, end=pos + len(words), text=words, kind="direct", speaker=speaker,
                 sentence=sentence_of(text, pos), **kw)


def extraction(art: Article, quantities=(), quotes=(), nlp=None) -> Extraction:
    """A hand-made extraction; with ``nlp``, also the parse facts analysis reads (frames, places, realis)."""
    ext = Extraction(article_id=art.id, published=art.published, quantities=list(quantities), quotes=list(quotes))
    if nlp is not None:
        from storyline.fusion.parse_facts import read_parse_facts

        ext.parse = read_parse_facts(nlp(art.text), ext.quantities)
    return ext


def one_figure_each(nlp, raw: str, value: float, *texts: str, **kw):
    """Articles a, b, ... each stating ``raw`` (= ``value``) once, parsed with ``nlp``: (articles, extractions)."""
    arts = [article(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return arts, [extraction(a, [qty(a.text, raw, value, **kw)], nlp=nlp) for a in arts]
