"""Dates named on the calendar: ISO and numeric dates, months, weekdays, years, centuries, holidays.

A name without its year ("March 3", "Wednesday", "Christmas") takes the year or
week the governing verb's tense points to from the anchor.
"""
from __future__ import annotations

import datetime as dt
import re

from . import normalize as N
from .lexicon import PARTS_OF_DAY, month_number, parse_number, weekday_number


def resolve_iso(m, c):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if m["hh"]:
        return "TIME", f"{day.isoformat()}T{m['hh']}:{m['mm']}"
    return "DATE", day.isoformat()


def resolve_numeric(m, c):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, d = (a, b) if a <= 12 else (b, a)
    try:
        return "DATE", dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def resolve_month_day(m, c):
    mo = month_number(m["mon"])
    d = int(m["day"])
    if not mo or not 1 <= d <= 31:
        return None
    if m["year"]:
        try:
            return "DATE", dt.date(int(m["year"]), mo, d).isoformat()
        except ValueError:
            return None
    if c.anchor is None:
        return "DATE", f"XXXX-{mo:02d}-{d:02d}"
    day = N.month_day_date(c.anchor, mo, d, c.direction())
    return ("DATE", day.isoformat()) if day else None


def resolve_month(m, c):
    mo = month_number(m["mon"])
    if not mo:
        return None
    if m.groupdict().get("year"):
        return "DATE", f"{int(m['year']):04d}-{mo:02d}"
    mod = (m.groupdict().get("rel") or "").lower()
    that = _THAT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or _OF_THAT_YEAR.match(m.string, m.end())
    ref = N.interval(c.ref) if c.ref and that else None
    if ref:  # 'In 1972, ... lost that November', 'took office in January 2009 and ... in October of that year'
        return "DATE", f"{ref[0].year:04d}-{mo:02d}"  # the month of that year
    if c.anchor is None:
        return "DATE", f"XXXX-{mo:02d}"
    # 'last'/'next' name the month strictly before or after this one ('next January' in February is
    # eleven months ahead, however near the last January is)
    if mod in ("last", "this past", "past"):
        d = dt.date(c.anchor.year if mo < c.anchor.month else c.anchor.year - 1, mo, 1)
    elif mod in ("next", "this coming", "coming"):
        d = dt.date(c.anchor.year if mo > c.anchor.month else c.anchor.year + 1, mo, 1)
    elif mod == "this":
        d = dt.date(c.anchor.year, mo, 1)
    elif _BEYOND.search(m.string, 0, m.start()):
        d = N.month_date(c.anchor, mo, N.FUTURE)  # "looked (way) past November": the coming one
    else:
        d = N.month_date(c.anchor, mo, c.direction())
    return "DATE", N.fmt(d, "month")


_THAT_BEFORE = re.compile(r"\b(?:that|the\s+same)\s+$", re.IGNORECASE)
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_BEYOND = re.compile(r"(?<![Tt]he )(?<![Tt]his )\b(?:past|beyond)\s+$")


def resolve_month_rel_year(m, c):
    mo = month_number(m["mon"])
    if not mo or c.anchor is None:
        return ("DATE", f"XXXX-{mo:02d}") if mo else None
    y = c.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return "DATE", f"{y:04d}-{mo:02d}"


def resolve_weekday(m, c):
    wd = weekday_number(m["wd"])
    if not wd:
        return None
    mod = (m["mod"] or "").lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if c.anchor is None:
        base = f"XXXX-WXX-{wd}"
        return ("TIME", base + "T" + pod) if pod else ("DATE", base)
    if mod == "last" or mod == "this past" or mod == "past":
        d = N.weekday_date(c.anchor - dt.timedelta(days=1), wd, N.PAST)
    elif mod in ("next", "coming", "this coming"):
        d = N.weekday_date(c.anchor + dt.timedelta(days=1), wd, N.FUTURE)
    else:
        d = N.weekday_date(c.anchor, wd, c.direction())
    if pod:
        return "TIME", f"{d.isoformat()}T{pod}"
    return "DATE", d.isoformat()


def resolve_year_two_thousand(m, c):
    """"the year two thousand (and one)" -> 2000, 2001."""
    extra = parse_number(m["n"].replace("-", " ")) if m["n"] else 0
    return ("DATE", f"{2000 + extra:04d}") if extra is not None else None


def resolve_spelled_year(m, c):
    """"nineteen ninety-six" -> 1996."""
    y = parse_number(m["y"].replace("-", " "))
    return ("DATE", f"{(19 if m['c'].lower() == 'nineteen' else 20)}{y:02d}") if y is not None else None


def resolve_year(m, c):
    return "DATE", f"{int(m['year']):04d}"


def resolve_century(m, c):
    return "DATE", f"{int(m['n']) - 1:02d}"


def decade_from_two(d: str) -> str:
    """'80s -> "198"."""
    return ("19" if int(d) >= 3 else "20") + d


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "boxing day": (12, 26)}


def resolve_holiday(m, c):
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    year = int(m["year"]) if m["year"] else None
    if name.startswith("thanksgiving"):
        def day_for(y: int) -> dt.date:
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        if year:
            return "DATE", day_for(year).isoformat()
        if c.anchor is None:
            return None
        cands = [day_for(y) for y in (c.anchor.year - 1, c.anchor.year, c.anchor.year + 1)]
        return "DATE", N.pick_nearest(cands, c.anchor, c.direction()).isoformat()
    mo, d = _HOLIDAYS[name]
    if year:
        return "DATE", dt.date(year, mo, d).isoformat()
    if c.anchor is None:
        return "DATE", f"XXXX-{mo:02d}-{d:02d}"
    return "DATE", N.month_day_date(c.anchor, mo, d, c.direction()).isoformat()
