"""Calendar arithmetic on TIMEX3 values.

Values are strings ("2022-09-21", "2022-W37", "2022-Q3", "2022-SU", "2022-09",
"2022", "199" for a decade). Relative expressions are resolved by shifting an
anchor date and formatting it at the granularity the expression names; this
module also turns a value back into a calendar interval for the timeline.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .lexicon import SEASON_START

PAST, FUTURE, NEAREST = -1, 1, 0


def fmt(d: dt.date, gran: str) -> str:
    """Format ``d`` at granularity day|week|weekend|month|quarter|half|year|decade|century."""
    if gran == "day":
        return d.isoformat()
    if gran in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (day, week, weekend, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(unit)


def weekday_date(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The ISO ``weekday`` (1=Mon) on or before the anchor (past), on or after it (future), or nearest."""
    back = (anchor.isoweekday() - weekday) % 7
    fwd = (weekday - anchor.isoweekday()) % 7
    if direction == PAST:
        return anchor - dt.timedelta(days=back)
    if direction == FUTURE:  # news names the day even for today ("will vote Thursday")
        return anchor + dt.timedelta(days=fwd)
    # no tense to go by: the nearer one, ties and near-ties to the past (news reports what happened)
    return anchor - dt.timedelta(days=back) if back <= 4 else anchor + dt.timedelta(days=fwd)


def month_day_date(anchor: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """The ``month``/``day`` whose year puts it nearest the anchor in the tense's direction."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    return pick_nearest(cands, anchor, direction)


def month_date(anchor: dt.date, month: int, direction: int) -> dt.date:
    """First of the ``month`` nearest the anchor in the tense's direction (the current month counts)."""
    cur = dt.date(anchor.year, anchor.month, 1)
    cands = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return pick_nearest(cands, cur, direction)


def pick_nearest(cands: list[dt.date], anchor: dt.date, direction: int) -> dt.date:
    past = [c for c in cands if c <= anchor]
    future = [c for c in cands if c >= anchor]
    near = min(cands, key=lambda c: abs((c - anchor).days))
    if direction == PAST and past:
        best = max(past)
        # a date just ahead is likelier than one almost a year back (a schedule in a past-tense report)
        if (anchor - best).days > 300 and abs((near - anchor).days) < 45:
            return near
        return best
    if direction == FUTURE and future:
        best = min(future)
        if (best - anchor).days > 300 and abs((near - anchor).days) < 45:
            return near
        return best
    return near


def season_date(anchor: dt.date, season: str, direction: int) -> dt.date:
    """Start of the ``season`` (SP/SU/FA/WI) relative to the anchor; this season counts as current."""
    m = SEASON_START[season]
    cands = [dt.date(y, m, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    cur = [c for c in cands if c <= anchor < add_months(c, 3)]
    if cur and direction != FUTURE:
        return cur[0]
    return pick_nearest(cands, anchor, direction)


# ---- values back to intervals -----------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")


def interval(value: str) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of a resolved DATE/TIME value, None when unresolved."""
    if not value or "X" in value:
        return None
    if m := _DAY.match(value):
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d, "day"
    if m := _WEEK.match(value):
        try:
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), "week"
        return mon, mon + dt.timedelta(days=6), "week"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    if m := _QUARTER.match(value):
        start = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return start, add_months(start, 3) - dt.timedelta(days=1), "month"
    if m := _HALF.match(value):
        start = dt.date(int(m[1]), 1 if m[2] == "1" else 7, 1)
        return start, add_months(start, 6) - dt.timedelta(days=1), "month"
    if m := _SEASON.match(value):
        start = dt.date(int(m[1]), SEASON_START[m[2]], 1)
        return start, add_months(start, 3) - dt.timedelta(days=1), "month"
    if m := _YEAR.match(value):
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    return None


def granularity(value: str) -> str | None:
    """The granularity name of a resolved value (for shifting relative to it)."""
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "weekend" if value.endswith("-WE") else "week"
    if _MONTH.match(value):
        return "month"
    if _QUARTER.match(value):
        return "quarter"
    if _HALF.match(value):
        return "half"
    if _YEAR.match(value):
        return "year"
    return None
