"""Cross-article timeline: one event per happening, with every article that reports it.

Two dated clauses from different articles are the same happening when they carry
the same date at the same precision and their summaries share most of their key
content words ("Two bombs exploded outside U.S. embassies" / "Suspected bombs
exploded outside the U.S. embassies"). Named actors must not disagree: "Iran
condemned the bombing" and "Cuba condemned the bombing" on the same day stay two
events, and so do two articles' events when the articles tell different stories (:mod:`..fusion.stories`).
Precision before recall: when in doubt, events stay apart.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache

from ..fusion.parse_facts import ParsedArticles
from ..fusion.spans import mention
from ..fusion.stories import About, apart, article_topics, names_in
from ..model import Article, DatedEvent, Extraction
from .lexicon import parse_number

log = logging.getLogger(__name__)

_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")
_STOP = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "into", "onto", "over", "after", "before", "about", "than", "that", "this", "these", "those", "it", "its",
    "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "i", "him", "us", "be", "is", "are",
    "was", "were", "been", "being", "has", "have", "had", "do", "did", "does", "not", "no", "will", "would",
    "could", "should", "may", "might", "can", "also", "all", "some", "more", "most", "other", "such", "who",
    "which", "what", "when", "where", "there", "here", "said", "say", "says", "told", "tell", "up", "out",
    "mr.", "mrs.", "ms.", "s", "'s",
}
_TITLES = {"President", "Secretary", "Senator", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "The",
           "A", "An", "U.S.", "General", "Minister", "Prime", "State", "Government", "Police"}
_QUANT = {"several", "many", "some", "both", "each", "every", "few", "most", "another", "any", "no", "other"}
MIN_SHARED = 2
MIN_RATIO = 0.6
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _stem(word: str) -> str:
    w = word.lower().strip(".'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ings", "ing", "ies", "ied", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return w


@lru_cache(maxsize=65536)
def content_words(summary: str) -> frozenset[str]:
    """Stemmed content words of a summary: the key of what happened and to whom (cached: each
    summary is compared with every other summary of its day)."""
    return frozenset({_stem(w) for w in _WORD.findall(summary) if w.lower() not in _STOP and len(_stem(w)) > 1})


@lru_cache(maxsize=65536)
def names(summary: str) -> frozenset[str]:
    """Capitalised words naming actors and places ("Iran", "Clinton"), without titles."""
    out = set()
    for k, w in enumerate(_WORD.findall(summary)):
        if not w[0].isupper() or w in _TITLES:
            continue
        if k == 0 and not _name_like(w):
            continue
        out.add(_stem(w))
    return frozenset(out)


def _name_like(first: str) -> bool:
    """Whether a sentence-initial capitalised word is a name ("Iran") rather than "Two", "Suspected"."""
    w = first.lower()
    if w in _STOP or w in _QUANT or parse_number(w) is not None:
        return False
    return not w.endswith(("ed", "ing", "ly"))


def same_happening(a: str, b: str) -> bool:
    """True when two summaries on the same date describe one happening."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    shared = wa & wb
    if len(shared) < MIN_SHARED or len(shared) / min(len(wa), len(wb)) < MIN_RATIO:
        return False
    na, nb = names(a), names(b)
    if na and nb and not (na & nb):
        return False  # different named actors: "Iran condemned ..." vs "Cuba condemned ..."
    return True


def _item(art: Article, ev: DatedEvent) -> dict:
    return {
        "date": ev.date,
        "date_end": ev.date_end,
        "precision": ev.precision,
        "summary": ev.summary,
        "date_evidence": ev.date_evidence,
        "mentions": [mention(art.id, art.text, ev.start, ev.end)],
        "articles": [art.id],
    }


def _valid_date(value: str | None) -> bool:
    try:
        dt.date.fromisoformat(value or "")
    except ValueError:
        return False
    return True


def merge_events(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    """Timeline events, each merged across the articles reporting it, ordered by date.

    Every event keeps all its mentions and lists the reporting article ids in
    ``articles``; events without a resolved calendar date are left out.
    """
    by_id = {a.id: a for a in articles}
    parsed = ParsedArticles(extractions)
    groups: dict[tuple, list[dict]] = {}
    ordered: list[dict] = []
    for ext in extractions:
        art = by_id.get(ext.article_id)
        if art is None:
            continue
        topics = article_topics(art, parsed)
        for ev in ext.events:
            if not _valid_date(ev.date):
                continue
            key = (ev.date, ev.date_end, ev.precision)
            # (two stories' events on one day are two: one firm's shares rising is not another's)
            about = About(topics, names_in(art.text[ev.start : ev.end], parsed.entities(art.id, ev.start, ev.end)))
            match = None
            for item in groups.get(key, []):
                if art.id in item["articles"] or any(apart(about, other) for other in item["_about"]):
                    continue
                if any(same_happening(ev.summary, s) for s in item["_summaries"]):
                    match = item
                    break
            if match is not None:
                men = mention(art.id, art.text, ev.start, ev.end)
                match["mentions"].append(men)
                match["articles"].append(art.id)
                match["_summaries"].append(ev.summary)
                match["_about"].append(about)
                if len(ev.summary) < len(match["summary"]) and len(content_words(ev.summary)) >= 2:
                    match["summary"] = ev.summary  # the plainest wording reads best
                continue
            item = _item(art, ev)
            item["_summaries"], item["_about"] = [ev.summary], [about]
            groups.setdefault(key, []).append(item)
            ordered.append(item)
    ordered.sort(key=lambda e: (e["date"], _PRECISION_ORDER.get(e["precision"], 9)))
    events = []
    for k, item in enumerate(ordered, 1):
        item.pop("_summaries", None)
        item.pop("_about", None)
        events.append({"id": f"e{k}", **item})
    log.debug("%d events after merging across articles", len(events))
    return events
