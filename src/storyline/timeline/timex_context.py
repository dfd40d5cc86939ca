"""What a TIMEX3 handler gets besides its match: the anchor, the tense, the date before.

Shared by every handler module (:mod:`.timex_dates`, :mod:`.timex_relative`,
:mod:`.timex_fiscal`, :mod:`.timex_durations`, :mod:`.timex_clock`); a handler takes
the regular-expression match and a :class:`Context` and returns ``(type, value)``
or None when the match is not a time after all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from . import normalize as N


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


def ref_date(c: Context) -> tuple[dt.date, str] | None:
    """Start date and granularity of the date mentioned just before, else the anchor."""
    if c.ref:
        iv = N.interval(c.ref)
        if iv:
            return iv[0], N.granularity(c.ref) or "day"
    if c.anchor:
        return c.anchor, "day"
    return None


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

    def __getattr__(self, name):  # .string, .start(), .end(): as the match itself
        return getattr(self._m, name)
