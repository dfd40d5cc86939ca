"""Reporting periods of business news: quarters, halves, "the year-ago period", "the full year".

They count from the quarter or month in focus (the date mentioned before) when
there is one, else from the anchor (the latest reported quarter).
"""
from __future__ import annotations

import datetime as dt
import re

from . import normalize as N
from .lexicon import ORDINALS
from .timex_context import ref_date


def resolve_year_ago(m, c):
    """"year-ago", "the year-earlier period": the date mentioned before, one year back."""
    r = ref_date(c)
    if r is None:
        return "DATE", "XXXX"
    base, gran = r
    if gran not in ("quarter", "month", "half"):
        if c.anchor is None:
            return "DATE", "XXXX"
        base, gran = c.anchor, "year"
    return "DATE", N.fmt(N.shift(base, "year", -1), gran)


def resolve_period(m, c):
    """"the same period", "the latest period", "the year-ago period": the quarter or month in focus."""
    r = ref_date(c)
    if r is None or r[1] not in ("quarter", "month", "half"):
        if c.anchor is None or "latest" not in m.group(0).lower():
            return None
        r = (N.shift(c.anchor, "quarter", -1), "quarter")  # the latest reported quarter
    back = 1 if re.search(r"year-(?:ago|earlier)|last year|a year (?:ago|earlier)", m.group(0), re.I) else 0
    return "DATE", N.fmt(N.shift(r[0], "year", -back), r[1])


_FISCAL_SPAN = re.compile(r"\s+(?:ended|ending|ends|end|to\s+date|through|thru)\b", re.IGNORECASE)


def resolve_the_year(m, c):
    """"the full year", "for the year," "earlier in the year" are the current year; "the year
    ended June 30" measures a fiscal year (a duration)."""
    if not re.search(r"full|whole|entire", m.group(0), re.I) and _FISCAL_SPAN.match(m.string, m.end()):
        return "DURATION", "P1Y"
    if c.anchor is None:
        return "DATE", "XXXX"
    return "DATE", f"{c.anchor.year:04d}"


def resolve_year_end(m, c):
    """"year-end", "the end of the year": the current year (TimeML values the year)."""
    if c.anchor is None:
        return "DATE", "XXXX"
    return "DATE", f"{c.anchor.year:04d}"


def resolve_quarter(m, c):
    """"the third quarter", "third-quarter", "the fiscal first quarter", "the first half"."""
    kind = "half" if m["q"].lower().startswith("half") else "quarter"
    mods = (m["mods"] or "").lower()
    n = ORDINALS.get((m["ord"] or "").lower())
    year_back = 1 if re.search(r"year-(?:ago|earlier)|last year's|previous year's", mods) else 0
    if n is None:
        if kind == "half":
            return None
        if m["year0"]:
            q = N.interval(c.ref)[0] if c.ref and N.granularity(c.ref) == "quarter" else None
            return "DATE", f"{int(m['year0']):04d}" + (f"-Q{(q.month - 1) // 3 + 1}" if q else "")
        if c.ref and N.granularity(c.ref) == "quarter" and not re.search(r"current|latest|most recent", mods):
            base = N.interval(c.ref)[0]
        elif c.anchor is None:
            return "DATE", "XXXX-QX"
        elif "current" in mods or "this" in mods:
            base = c.anchor
        else:
            base = N.shift(c.anchor, "quarter", -1)
        return "DATE", N.fmt(N.shift(base, "year", -year_back), "quarter")
    if kind == "half" and n > 2:
        return None
    if kind == "half" and not (m["year"] or m["year0"] or mods.strip() or _OF_A_YEAR.match(m.string, m.end())) \
            and not _books_in_sentence(m):
        return None  # 'he tweeted during the first half' (of a game): a half of the year only among accounts
    label = f"H{n}" if kind == "half" else f"Q{n}"
    if m["year"] or m["year0"]:
        return "DATE", f"{int(m['year'] or m['year0']):04d}-{label}"
    if c.anchor is None:
        return "DATE", f"XXXX-{label}"
    start_month = (6 if kind == "half" else 3) * (n - 1) + 1
    year = c.anchor.year
    if dt.date(year, start_month, 1) > c.anchor and c.direction() != N.FUTURE:
        year -= 1
    if "next year" in mods or "next year's" in mods:
        year = c.anchor.year + 1
    if "last year" in mods:
        year = c.anchor.year - 1
    return "DATE", f"{year - year_back:04d}-{label}"


_OF_A_YEAR = re.compile(r"\s+of\s+(?:the|this|last|next)\s+year\b", re.IGNORECASE)
_BOOKS = re.compile(r"\b(?:profits?|revenues?|earnings|sales|income|loss(?:es)?|growth|economy|economic|fiscal|results|"
                    r"GDP|output|inflation|deficit|budget|shares?|prices?|orders|exports?|imports?)\b", re.IGNORECASE)


def _books_in_sentence(m) -> bool:
    """The sentence around the match speaks of accounts or the economy ('profit for the first half')."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stops = [k for k in (text.find(". ", m.end()), text.find("\n", m.end())) if k >= 0]
    return bool(_BOOKS.search(text, start, min(stops) if stops else len(text)))
