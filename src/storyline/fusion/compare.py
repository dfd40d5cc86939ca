"""When two items may be compared (same time window) and how a reader names an outlet."""
from __future__ import annotations

import datetime as dt

from ..model import Article


def day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def same_time(a_when, b_when, a_pub, b_pub, days: int) -> bool:
    """Same time: equal explicit dates, or both undated and published within ``days`` (unknown passes)."""
    if a_when or b_when:
        return bool(a_when and b_when and str(a_when)[:10] == str(b_when)[:10])
    da, db = day(a_pub), day(b_pub)
    return da is None or db is None or abs((da - db).days) <= days


def near(a: str | None, b: str | None, days: int) -> bool:
    """Two days at most ``days`` apart (an unknown day passes: the articles are one story's)."""
    da, db = day(a), day(b)
    return da is None or db is None or abs((da - db).days) <= days


def name(article: Article) -> str:
    """How a reader would name the article's outlet."""
    if article.outlet or article.wire:
        return article.outlet or article.wire
    if article.title:
        title = article.title if len(article.title) <= 48 else article.title[:45].rsplit(" ", 1)[0] + "…"
        return f"the article “{title}”"
    return article.source
