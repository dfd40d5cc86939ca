"""Resolving matched temporal expressions to TIMEX3 values (the handlers of :mod:`.timex_rules`).

Each handler takes the regular-expression match and a :class:`Context` (anchor
date, tense direction of the governing verb, the date mentioned just before) and
returns ``(type, value)`` or None when the match is not a time after all. The
handlers live with their kind of expression; this module is the one name the
rules import them by:

- :mod:`.timex_context`: the context, units, the reference date, renamed groups;
- :mod:`.timex_dates`: dates named on the calendar (ISO, months, weekdays, years, holidays);
- :mod:`.timex_relative`: days and periods counted from the anchor or the date before;
- :mod:`.timex_fiscal`: reporting periods (quarters, halves, the year-ago period);
- :mod:`.timex_durations`: durations and sets;
- :mod:`.timex_clock`: clock times.
"""
from __future__ import annotations

from .timex_clock import resolve_time
from .timex_context import UNIT_GRAN, Alias, Context, ref_date, unit_name
from .timex_dates import (decade_from_two, resolve_century, resolve_holiday, resolve_iso, resolve_month,
                          resolve_month_day, resolve_month_rel_year, resolve_numeric, resolve_spelled_year,
                          resolve_weekday, resolve_year, resolve_year_two_thousand)
from .timex_durations import (resolve_adverb_set, resolve_duration, resolve_plural_duration, resolve_set,
                              resolve_weekday_set)
from .timex_fiscal import resolve_period, resolve_quarter, resolve_the_year, resolve_year_ago, resolve_year_end
from .timex_relative import (resolve_ago, resolve_dayword, resolve_last_night, resolve_overnight, resolve_ref_day,
                             resolve_rel_season, resolve_rel_unit, resolve_the_weekend, resolve_this_pod,
                             resolve_vague)

__all__ = [
    "UNIT_GRAN", "Alias", "Context", "decade_from_two", "ref_date", "resolve_adverb_set", "resolve_ago",
    "resolve_century", "resolve_dayword", "resolve_duration", "resolve_holiday", "resolve_iso",
    "resolve_last_night", "resolve_month", "resolve_month_day", "resolve_month_rel_year", "resolve_numeric",
    "resolve_overnight", "resolve_period", "resolve_plural_duration", "resolve_quarter", "resolve_ref_day",
    "resolve_rel_season", "resolve_rel_unit", "resolve_set", "resolve_spelled_year", "resolve_the_weekend",
    "resolve_the_year", "resolve_this_pod", "resolve_time", "resolve_vague", "resolve_weekday",
    "resolve_weekday_set", "resolve_year", "resolve_year_ago", "resolve_year_end", "resolve_year_two_thousand",
    "unit_name",
]
