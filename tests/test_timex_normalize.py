"""Calendar arithmetic behind TIMEX3 values (no parsing needed)."""
from __future__ import annotations

import datetime as dt

from storyline.timeline import normalize as N

THU = dt.date(2022, 9, 22)


def test_weekday_by_direction():
    assert N.weekday_date(THU, 3, N.PAST) == dt.date(2022, 9, 21)
    assert N.weekday_date(THU, 4, N.PAST) == THU  # "on or before"
    assert N.weekday_date(THU, 3, N.FUTURE) == dt.date(2022, 9, 28)
    assert N.weekday_date(THU, 4, N.FUTURE) == THU  # news names today's weekday too
    assert N.weekday_date(THU, 1, N.NEAREST) == dt.date(2022, 9, 19)


def test_month_day_year_follows_tense():
    assert N.month_day_date(THU, 12, 15, N.PAST) == dt.date(2021, 12, 15)
    assert N.month_day_date(THU, 12, 15, N.FUTURE) == dt.date(2022, 12, 15)
    assert N.month_day_date(dt.date(2023, 1, 3), 12, 30, N.NEAREST) == dt.date(2022, 12, 30)
    # a date just ahead of a past-tense report is a schedule, not almost a year back
    assert N.month_day_date(THU, 9, 30, N.PAST) == dt.date(2022, 9, 30)
    assert N.month_day_date(THU, 2, 30, N.PAST) is None


def test_formats():
    assert N.fmt(THU, "week") == "2022-W38"
    assert N.fmt(dt.date(2022, 9, 17), "weekend") == "2022-W37-WE"
    assert N.fmt(THU, "quarter") == "2022-Q3"
    assert N.fmt(THU, "decade") == "202"
    assert N.fmt(N.shift(THU, "month", -9), "month") == "2021-12"


def test_intervals_of_values():
    assert N.interval("2022-W37") == (dt.date(2022, 9, 12), dt.date(2022, 9, 18), "week")
    assert N.interval("2022-W37-WE") == (dt.date(2022, 9, 17), dt.date(2022, 9, 18), "week")
    assert N.interval("2022-02") == (dt.date(2022, 2, 1), dt.date(2022, 2, 28), "month")
    assert N.interval("2022-Q4") == (dt.date(2022, 10, 1), dt.date(2022, 12, 31), "month")
    assert N.interval("2022-SU") == (dt.date(2022, 6, 1), dt.date(2022, 8, 31), "month")
    assert N.interval("2022") == (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")
    for unresolved in ("XXXX-WXX-3", "XXXX-09", "PAST_REF", "P6M", "202", ""):
        assert N.interval(unresolved) is None
