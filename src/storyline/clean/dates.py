"""Calendar dates written in article text: find them, read them, tell date lines apart.

Handles ISO dates, "September 22, 2022", "22 September 2022", "Sept. 21",
numeric "09/29/2022" and times with a zone ("12:00 BST"). Numeric dates are
read month-first with "/" and day-first with "."; a part above 12 decides.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
ZONES = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
    "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "ist": "+05:30",
    "jst": "+09:00", "kst": "+09:00", "aest": "+10:00", "aedt": "+11:00", "et": None, "pt": None,
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(r"\b(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:[T ](?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<off>Z|[+-][01]\d:?\d\d)?)?", re.I),
    re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?", re.I),
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d)\b"),
]
_TIME = re.compile(
    r"\b(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>[A-Z]{2,4}\b|[+-][01]\d:?\d\d))?"
    r"|\b(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.?m\.?)(?:\s*(?P<tz2>[A-Z]{2,4}\b))?",
    re.I,
)
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
_FULL_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)
_LABELS = re.compile(
    r"\b(published|updated|posted|last|modified|created|retrieved|accessed|crawled|archived|captured|fetched|on|at|date|time|am|pm|a\.m\.|p\.m\.|"
    r"utc|gmt|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|kst|aest|aedt|et|pt|"
    r"local|hours?|hrs?|ago|first|of)\b",
    re.I,
)


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    date: dt.date | None  # None when the year is not stated
    month: int
    day: int
    year: int | None
    time: str | None = None  # "HH:MM"
    offset: str | None = None  # "+01:00"

    def with_year(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None

    def iso(self) -> str | None:
        """ISO date, or date-time when a time was stated next to the date."""
        if not self.date:
            return None
        if not self.time:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.time}" + (self.offset or "")


def _mk(m: re.Match, month: int, day: int, year: int | None) -> DateMatch | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = None
    if year is not None:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
    return DateMatch(m.start(), m.end(), m.group(0), date, month, day, year)


def _read(m: re.Match, idx: int) -> DateMatch | None:
    g = m.groupdict()
    if idx == 0:
        d = _mk(m, int(g["m"]), int(g["d"]), int(g["y"]))
        if d and g.get("h"):
            d.time = f"{int(g['h']):02d}:{g['mi']}"
            off = g.get("off")
            d.offset = "+00:00" if off in ("Z", "z") else (off if off and ":" in off else (f"{off[:3]}:{off[3:]}" if off else None))
        return d
    if idx in (1, 2):
        if g["mon"][0].islower() and g["mon"].lower() == "may":
            return None  # the verb "may", not the month
        return _mk(m, MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]), int(g["year"]) if g.get("year") else None)
    a, b, year = int(g["a"]), int(g["b"]), int(g["ny"])
    if g["sep"] == "/":
        month, day = (b, a) if a > 12 else (a, b)
    else:
        month, day = (a, b) if b > 12 else (b, a)
    return _mk(m, month, day, year)


def find_dates(text: str) -> list[DateMatch]:
    """Every calendar date in ``text``, left to right, without overlaps; times attached."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for idx, pat in enumerate(_PATTERNS):
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            d = _read(m, idx)
            if d is None:
                continue
            found.append(d)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    for d in found:
        if d.time:
            continue
        t = _TIME.search(text, d.end, min(len(text), d.end + 24))
        if t and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(at|on|-|\|)\b", "", text[d.end:t.start()])):
            d.time, d.offset = _time_of(t)
    return found


def _time_of(t: re.Match) -> tuple[str | None, str | None]:
    g = t.groupdict()
    if g.get("h2"):
        hour, minute, ampm, tz = int(g["h2"]), "00", g["ampm2"], g.get("tz2")
    else:
        hour, minute, ampm, tz = int(g["h"]), g["mi"], g.get("ampm"), g.get("tz")
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23:
        return None, None
    offset = None
    if tz:
        offset = ZONES.get(tz.lower()) if tz[0].isalpha() else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return f"{hour:02d}:{minute}", offset


def date_line(line: str) -> DateMatch | None:
    """The date when ``line`` states a date and nothing else (labels, weekday, time allowed)."""
    dates = find_dates(line)
    if len(dates) != 1 or dates[0].date is None:
        return None
    d = dates[0]
    rest = line[: d.start] + " " + line[d.end :]
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _LABELS.sub(" ", rest)
    if re.search(r"[^\W\d_]", rest):
        return None
    return d


def has_weekday(line: str) -> bool:
    return bool(_WEEKDAY.search(line))


def weekday_mentions(text: str) -> list[tuple[str, int]]:
    """Full weekday names in running text ("on Tuesday"), with their weekday numbers."""
    return [(m.group(0), WEEKDAYS[m.group(1).lower()]) for m in _FULL_WEEKDAY.finditer(text)]
