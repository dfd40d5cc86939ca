"""Days and periods counted from the anchor or from the date mentioned just before.

"yesterday", "last night", "next month", "this weekend", "last summer", "two days
ago", "a year earlier", "the next day", and the vague "recently" / "now" / "soon".
"""
from __future__ import annotations

import datetime as dt
import re

from . import normalize as N
from .lexicon import MONTH_RE, PARTS_OF_DAY, SEASONS, parse_number
from .timex_context import UNIT_GRAN, ref_date, unit_name


DAYWORD_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def resolve_dayword(m, c):
    word = m["w"].lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    if c.anchor is None:
        return ("TIME", f"XXXX-XX-XXT{pod}") if pod else ("DATE", "XXXX-XX-XX")
    d = c.anchor + dt.timedelta(days=DAYWORD_SHIFT[word])
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
    r = ref_date(c)
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
        r = ref_date(c)
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
        # 'This spring, ... Vale told friends' said in September: the spring gone by, as the verb's tense says
        # (the season the anchor falls in is this one whatever the tense: 'are buying at a healthy rate this fall')
        d = N.season_date(c.anchor, season, N.NEAREST)
        if not d <= c.anchor < N.add_months(d, 3):
            d = N.season_date(c.anchor, season, c.direction())
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
        r = ref_date(c)
        base = r[0] if r else None
        if r and _finer(gran, r[1]):
            base = None  # "in another year ... four days earlier": a year has no day to count from
        if c.ref and r and r[1] in ("day", "month", "quarter") and gran in ("year", "month") and _finer(r[1], gran):
            gran = r[1]
    if base is None:
        return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(gran, "XXXX")
    return "DATE", N.fmt(N.shift(base, unit if unit != "weekend" else "week", sign * int(n)), gran)


_COARSENESS = ("day", "weekend", "week", "month", "quarter", "half", "year", "decade", "century")


def _finer(gran: str, than: str) -> bool:
    """Whether granularity ``gran`` is finer than ``than`` ("four days" counted from "the year" cannot be)."""
    return gran in _COARSENESS and than in _COARSENESS and _COARSENESS.index(gran) < _COARSENESS.index(than)


_REF_DAY_SHIFT = {"next": 1, "following": 1, "same": 0, "previous": -1, "prior": -1, "before": -1, "after": 1}


# a date just given before 'the day before' ('Oct. 12,', 'Tuesday,', 'in May,')
_DATE_BEFORE = re.compile(rf"(?:\d|day|{MONTH_RE})\s*,\s*$")
# what follows 'the day before' when it counts from a thing named after it, not from the last date
_THING_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|our|my|this|he|she|they|we|it|I)\b|[A-Z])")


def resolve_ref_day(m, c):
    """"the next day", "the same day", "that night", "the day before" relative to the last date."""
    text = m.group(0).lower()
    n = 0
    for w, k in _REF_DAY_SHIFT.items():
        if re.search(rf"\b{w}\b", text):
            n = k
            break
    pod = PARTS_OF_DAY.get((m.groupdict().get("pod") or "").lower())
    r = ref_date(c)
    if r is not None and re.search(r"\b(?:before|after)$", text) and _THING_AFTER.match(m.string, m.end()) \
            and _DATE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        n = 0  # 'on Oct. 12, the day before the plunge': another name for the date just given
    if r is None:
        return ("TIME", "XXXX-XX-XXT" + pod) if pod else ("DATE", "XXXX-XX-XX")
    base, gran = r
    if gran != "day" and not c.ref:
        gran = "day"
    if gran not in ("day",):
        return None
    d = base + dt.timedelta(days=n)
    return ("TIME", f"{d.isoformat()}T{pod}") if pod else ("DATE", d.isoformat())


def resolve_vague(value: str):
    return lambda m, c: ("DATE", value)
