"""Cleaning and article metadata: :func:`clean_documents` turns Documents into Articles.

Every removal is listed in ``Article.removed`` with its reason. A line that
recurs across articles of different stories (in the batch, or in
``corpus_lines`` from the caller, built with :func:`line_keys`) is boilerplate.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ..model import Article, Document
from .document import Prepared, clean_document, clean_prepared, prepare, reinfer_with_batch_year
from .lines import split_lines
from .normalize import content_hash, line_key

__all__ = ["clean_documents", "clean_document", "line_keys", "line_key", "content_hash"]

_STORY_OVERLAP = 0.2  # share of long lines two articles must share to count as the same story
_LONG_KEY = 60
_STORY_SPAN_DAYS = 45  # a batch whose dates spread wider is not one story: lend no year
_OUTLIER_DAYS = 30  # an inferred date this far before the batch's stated dates is a past event


def line_keys(text: str) -> set[str]:
    """The distinct line keys of a text: what a caller counts to build ``corpus_lines``."""
    return {ln.key for ln in split_lines(text) if ln.key}


def _same_story(la: set[str], lb: set[str]) -> bool:
    """``la``, ``lb``: the long line keys of two articles."""
    if not la or not lb:
        return False
    return len(la & lb) / min(len(la), len(lb)) >= _STORY_OVERLAP


def _batch_counts(prepared: list[Prepared]) -> list[Counter]:
    """For each document: in how many other batch documents of a different story each line appears."""
    keys = [line_keys(p.text) for p in prepared]
    long_keys = [{k for k in ks if len(k) >= _LONG_KEY} for ks in keys]
    same: dict[tuple[int, int], bool] = {}

    def same_story(i: int, j: int) -> bool:
        pair = (min(i, j), max(i, j))
        if pair not in same:
            same[pair] = _same_story(long_keys[i], long_keys[j])
        return same[pair]

    owners: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            owners.setdefault(k, []).append(i)
    out = []
    for i, ks in enumerate(keys):
        c: Counter = Counter()
        for k in ks:
            others = [j for j in owners[k] if j != i]
            if others:
                c[k] = sum(1 for j in others if not same_story(i, j))
        out.append(c)
    return out


def clean_documents(docs: list[Document], *, corpus_lines: Counter | None = None) -> list[Article]:
    """Clean a batch; lines recurring across the batch or ``corpus_lines`` count as boilerplate."""
    prepared = [prepare(d) for d in docs]
    batch = _batch_counts(prepared)
    articles = []
    for p, counts in zip(prepared, batch):
        articles.append(clean_prepared(p, corpus_lines, counts))
    for a in articles:
        reinfer_with_batch_year(a, _story_years(articles))
    _drop_outlying_inferences(articles)
    return articles


def _is_inferred(a: Article) -> bool:
    return bool(a.published) and (a.published_evidence or "").startswith("inferred")


def _drop_outlying_inferences(articles: list[Article]) -> None:
    """An inferred date weeks before every stated date of a one-story batch is history: drop it."""
    stated = sorted(dt.date.fromisoformat(a.published[:10]) for a in articles if a.published and not _is_inferred(a))
    if len(stated) < 2 or (stated[-1] - stated[0]).days > _STORY_SPAN_DAYS:
        return
    for a in articles:
        if not _is_inferred(a):
            continue
        day = dt.date.fromisoformat(a.published[:10])
        if (stated[0] - day).days > _OUTLIER_DAYS:
            a.warnings = [w for w in a.warnings if not w.startswith("no publication date stated; inferred")]
            a.warnings.append(
                f"no publication date stated; the latest date in the text ({day.isoformat()}) lies weeks before the"
                f" other articles of the batch (from {stated[0].isoformat()}), so no date was inferred"
            )
            a.published, a.published_evidence = None, None


def _story_years(articles: list[Article]) -> Counter:
    """Years of the batch's dates, only when they lie within a few weeks (one story, one time)."""
    days = sorted(a.published[:10] for a in articles if a.published)
    if not days:
        return Counter()
    first, last = (dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1]))
    if (last - first).days > _STORY_SPAN_DAYS:
        return Counter()
    return Counter(int(d[:4]) for d in days)
