"""Resolving matched temporal expressions to TIMEX3 values (the handlers of :mod:`.timex_rules`).

Each handler takes the regular-expression match and a :class:`Context` (anchor
date, tense direction of the governing verb, the date mentioned just before) and
returns ``(type, value)`` or None when the match is not a time after all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from . import normalize as N
from .lexicon import ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, month_number, parse_number, weekday_number

UNIT_GRAN = {"day": "day", "week": "week", "weekend": "weekend", "month": "month", "year": "year",
             "decade": "decade", "century": "century", "centurie": "century", "quarter": "quarter"}


@dataclass
class Context:
    """What a handler may use to resolve a match."""

    anchor: dt.date | None
    direction: Callable[[], int]  # PAST / FUTURE / NEAREST of the governing verb
    ref: str | None  # value of the last resolved DATE/TIME before this one


def unit_name(word: str) -> str:
    w = word.lower().rstrip("s")
    return "century" if w.startswith("centur") else w


def _ref_date(c: Context) -> tuple[dt.date, str] | None:
    """Start date and granularity of the date mentioned just before, else the anchor."""
    if c.ref:
        iv = N.interval(c.ref)
        if iv:
            return iv[0], N.granularity(c.ref) or "day"
    if c.anchor:
        return c.anchor, "day"
    return None


# ---- handlers ------------------------------------------------------------------


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
    if c.anchor is None:
        return "DATE", f"XXXX-{mo:02d}"
    if mod in ("last", "this past", "past"):
        d = N.month_date(c.anchor, mo, N.PAST)
        if d.month == c.anchor.month and d.year == c.anchor.year:
            d = N.add_months(d, -12)
    elif mod in ("next", "this coming", "coming"):
        d = N.month_date(c.anchor, mo, N.FUTURE)
        if d.month == c.anchor.month and d.year == c.anchor.year:
            d = N.add_months(d, 12)
    elif mod == "this":
        d = dt.date(c.anchor.year, mo, 1)
    elif _BEYOND.search(m.string, 0, m.start()):
        d = N.month_date(c.anchor, mo, N.FUTURE)  # "looked (way) past November": the coming one
    else:
        d = N.month_date(c.anchor, mo, c.direction())
    return "DATE", N.fmt(d, "month")


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


def resolve_weekday_set(m, c):
    wd = weekday_number(m["wd"])
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    return ("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")) if wd else None


_DAYWORD_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def resolve_dayword(m, c):
    word = m["w"].lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    if c.anchor is None:
        return ("TIME", f"XXXX-XX-XXT{pod}") if pod else ("DATE", "XXXX-XX-XX")
    d = c.anchor + dt.timedelta(days=_DAYWORD_SHIFT[word])
    return ("TIME", f"{d.isoformat()}T{pod}") if pod else ("DATE", d.isoformat())


def resolve_last_night(m, c):
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if c.anchor is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    return "TIME", f"{(c.anchor - dt.timedelta(days=1)).isoformat()}T{pod}"


def resolve_this_pod(m, c):
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if c.anchor is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    return "TIME", f"{c.anchor.isoformat()}T{pod}"


def resolve_overnight(m, c):
    r = _ref_date(c)
    if r is None:
        return "TIME", "XXXX-XX-XXTNI"
    d, gran = r
    if not (c.ref and gran == "day"):
        d = c.anchor - dt.timedelta(days=1) if c.direction() == N.PAST else c.anchor
    return "TIME", f"{d.isoformat()}TNI"


_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
              "following": 1, "same": 0, "that": 0, "prior": -1, "earlier this": 0, "later this": 0}


def resolve_rel_unit(m, c):
    """last/this/next week|month|year|quarter|weekend|decade, earlier this year, the end of next month."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = rel.replace("the ", "")
    unit = unit_name(m["unit"])
    gran = UNIT_GRAN[unit]
    n = _REL_SHIFT.get(rel.split()[-1] if rel not in _REL_SHIFT else rel, 0)
    relative_to_ref = rel.split()[-1] in ("following", "same", "that", "prior", "previous") and rel != "previous"
    if relative_to_ref or rel.startswith("that"):
        r = _ref_date(c)
        if r is None:
            return None
        base = r[0]
    else:
        if c.anchor is None:
            return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                            "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}.get(gran, "XXXX")
        base = c.anchor
    if gran == "weekend" and n == 0 and not relative_to_ref:
        # "this weekend": the coming one in the future tense, the one just past otherwise
        wk = base + dt.timedelta(days=(6 - base.isoweekday()) % 7)
        if c.direction() != N.FUTURE and base.isoweekday() < 6:
            wk -= dt.timedelta(days=7)
        return "DATE", N.fmt(wk, "weekend")
    return "DATE", N.fmt(N.shift(base, gran, n), gran)


def resolve_the_weekend(m, c):
    if c.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    base = c.anchor
    if c.direction() == N.FUTURE:
        d = base + dt.timedelta(days=(6 - base.isoweekday()) % 7)
    else:
        d = base - dt.timedelta(days=(base.isoweekday() + 1) % 7)  # the last Saturday on/before
    return "DATE", N.fmt(d, "weekend")


def resolve_rel_season(m, c):
    season = SEASONS[m["season"].lower()]
    if m.groupdict().get("year"):
        return "DATE", f"{int(m['year']):04d}-{season}"
    if c.anchor is None:
        return "DATE", f"XXXX-{season}"
    rel = (m["rel"] or "").lower()
    if rel in ("last", "this past"):
        d = N.season_date(c.anchor, season, N.PAST)
        cur = N.season_date(c.anchor, season, N.NEAREST)
        if d == cur and d <= c.anchor < N.add_months(d, 3):
            d = N.add_months(d, -12)
    elif rel == "next":
        d = N.season_date(c.anchor, season, N.FUTURE)
    elif rel == "this":
        d = N.season_date(c.anchor, season, N.NEAREST)
    else:
        d = N.season_date(c.anchor, season, c.direction())
    year = d.year if season != "WI" else d.year
    return "DATE", f"{year:04d}-{season}"


def resolve_ago(m, c):
    """"two days ago" (from the anchor), "a year earlier" (from the date mentioned before)."""
    unit = unit_name(m["unit"])
    if unit not in UNIT_GRAN:
        return None
    n = parse_number(m["num"])
    if n is None or isinstance(n, float):
        return "DATE", "PAST_REF" if m["dir"].lower() in ("ago", "earlier", "before") else "FUTURE_REF"
    d_word = m["dir"].lower()
    sign = 1 if d_word in ("later", "after", "from now", "hence") else -1
    gran = UNIT_GRAN[unit]
    if d_word in ("ago", "from now", "hence"):
        base = c.anchor
        rg = N.granularity(c.ref) if c.ref else None
        if gran == "year" and rg == "quarter" and c.ref:
            base, gran = N.interval(c.ref)[0], "quarter"
    else:
        r = _ref_date(c)
        base = r[0] if r else None
        if c.ref and r and r[1] in ("day", "month", "quarter") and gran in ("year", "month") and \
                ["day", "month", "quarter"].index(r[1]) < ["day", "month", "quarter", "year"].index(gran):
            gran = r[1]
    if base is None:
        return "DATE", "XXXX-XX-XX" if gran == "day" else "XXXX"
    return "DATE", N.fmt(N.shift(base, unit if unit != "weekend" else "week", sign * int(n)), gran)


_REF_DAY_SHIFT = {"next": 1, "following": 1, "same": 0, "previous": -1, "prior": -1, "before": -1, "after": 1}


def resolve_ref_day(m, c):
    """"the next day", "the same day", "that night", "the day before" relative to the last date."""
    text = m.group(0).lower()
    n = 0
    for w, k in _REF_DAY_SHIFT.items():
        if re.search(rf"\b{w}\b", text):
            n = k
            break
    pod = PARTS_OF_DAY.get((m.groupdict().get("pod") or "").lower())
    r = _ref_date(c)
    if r is None:
        return ("TIME", "XXXX-XX-XXT" + pod) if pod else ("DATE", "XXXX-XX-XX")
    base, gran = r
    if gran != "day" and not c.ref:
        gran = "day"
    if gran not in ("day",):
        return None
    d = base + dt.timedelta(days=n)
    return ("TIME", f"{d.isoformat()}T{pod}") if pod else ("DATE", d.isoformat())


def resolve_year_ago(m, c):
    """"year-ago", "the year-earlier period": the date mentioned before, one year back."""
    r = _ref_date(c)
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
    r = _ref_date(c)
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


_HALF = {("year", False): "6M", ("day", False): "T12H", ("hour", True): "T30M", ("minute", True): "T30S"}


def resolve_duration(m, c):
    unit = unit_name(m["unit"])
    if unit not in UNITS or unit == "weekend":
        return None
    code, is_time = UNITS[unit]
    n = parse_number(m["num"]) if m["num"] else None
    if n is not None and (m["frac"] or m["half"]):
        half = _HALF.get((unit, is_time))
        if half is not None:  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
            whole = ("PT" if is_time else "P") + f"{int(n)}{code}"
            return "DURATION", whole + (half[1:] if is_time else half)
        n = n + 0.5
    if n is None:
        amount = "X"
    elif isinstance(n, float):
        amount = f"{n:g}"
    else:
        amount = str(n)
    if unit == "quarter":  # TimeML writes quarters in months
        code = "M"
        amount = amount if amount == "X" else f"{float(amount) * 3:g}"
    if code in ("DE", "CE") and amount != "X":  # TimeML writes decades and centuries in years
        amount, code = f"{float(amount) * (10 if code == 'DE' else 100):g}", "Y"
    elif code in ("DE", "CE"):
        code = "Y"
    return "DURATION", ("PT" if is_time else "P") + amount + code


def resolve_plural_duration(m, c):
    unit = unit_name(m["unit"])
    code, is_time = UNITS[unit]
    return "DURATION", ("PT" if is_time else "P") + "X" + ("Y" if code in ("DE", "CE") else code)


def resolve_set(m, c):
    unit = unit_name(m["unit"])
    if unit in ("morning", "night", "evening", "afternoon"):
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
    code, is_time = UNITS.get(unit, ("D", False))
    return "SET", ("PT1" if is_time else "P1") + code


_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P1Q", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI"}


def resolve_adverb_set(m, c):
    return "SET", _ADVERB_SET[m.group(0).lower()]


def resolve_time(m, c):
    """"10 p.m.", "7:15 p.m. EST", "noon Thursday", "midnight"."""
    if m["noon"]:
        hh, mm = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
        if hh > 12 or mm > 59:
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
    day = None
    dw = (m["dw"] or "").lower()
    if m["mon"] and month_number(m["mon"]) and c.anchor is not None:  # "5 p.m. EST Nov. 9"
        day = N.month_day_date(c.anchor, month_number(m["mon"]), int(m["md"]), c.direction())
    elif c.anchor is not None:
        if dw in _DAYWORD_SHIFT:
            day = c.anchor + dt.timedelta(days=_DAYWORD_SHIFT[dw])
        elif dw:
            day = N.weekday_date(c.anchor, weekday_number(dw), c.direction())
        else:
            r = _ref_date(c)
            day = r[0] if r and r[1] == "day" else c.anchor
    date = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{date}T{hh:02d}:{mm:02d}"


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


def resolve_vague(value: str):
    return lambda m, c: ("DATE", value)


def decade_from_two(d: str) -> str:
    """'80s -> "198"."""
    return ("19" if int(d) >= 3 else "20") + d


class Alias:
    """A match with some groups renamed or overridden (for rules with alternative group names)."""

    def __init__(self, m: re.Match, **over):
        self._m, self._over = m, over

    def __getitem__(self, k):
        return self._over[k] if k in self._over else self._m[k]

    def group(self, *a):
        return self._m.group(*a)

    def groupdict(self):
        d = self._m.groupdict()
        d.update(self._over)
        return d

