"""Choose the publication date among the dates a page states, or infer one with a warning.

The article's own date is the one tied to a byline, a time or a dateline; a lone
date at the top of a page is often the crawl/page date. When the text states no
publication date, the latest calendar date in the text, moved forward by the
weekdays the text names, is a lower bound of the publication day: it is used
only with a warning, and never invented from nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import DateMatch, find_dates, weekday_mentions
from .metadata import DateClue


@dataclass
class Published:
    value: str | None = None
    evidence: str | None = None
    warnings: list[str] = field(default_factory=list)


def choose(clues: list[DateClue], meta_value: str | None = None, meta_evidence: str | None = None) -> Published:
    """The strongest stated date; a warning when the page states another day too."""
    out = Published()
    if meta_value:
        out.value, out.evidence = meta_value, meta_evidence or meta_value
        strongest_day = meta_value[:10]
    elif clues:
        # equal strength: the earliest day wins, since crawl and update dates come after publication
        best = max(clues, key=lambda c: (c.strength, -(c.match.date.toordinal() if c.match.date else 0), -c.position))
        out.value, out.evidence = best.match.iso(), best.evidence
        strongest_day = best.match.date.isoformat() if best.match.date else None
    else:
        return out
    others = sorted({c.match.date.isoformat() for c in clues if c.match.date} - {strongest_day})
    if others:
        named = ", ".join(
            f"{c.match.date.isoformat()} ('{c.evidence}')" for c in clues if c.match.date and c.match.date.isoformat() in others
        )
        out.warnings.append(
            f"the page states more than one date: chose {strongest_day} ('{out.evidence}') as the article's own date"
            f" over {named}, a page, crawl or update date"
        )
    return out


_BARE_YEAR = re.compile(r"(?<![\d$£€,./-])\b(?P<y>(?:19|20)\d\d)\b(?!s\b|['’]s\b|[\d,.]\d|\s*(?:percent|%))")


_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)")


def from_file_name(source: str | None, *, today: dt.date | None = None) -> Published:
    """A calendar date in a local file's name ("nyt_2016-02-09_rubio.txt"): archives name files by
    publication day. Used only when the text states no date, and said so in a warning."""
    if not source or "://" in source:
        return Published()
    name = re.split(r"[\\/]", source)[-1]
    found = _FILE_DATE.findall(name)
    if len(found) != 1:
        return Published()
    try:
        day = dt.date(*(int(x) for x in found[0]))
    except ValueError:
        return Published()
    if day > (today or dt.date.today()):
        return Published()
    evidence = f"the file name '{name}'"
    return Published(day.isoformat(), evidence, [f"no publication date stated in the text; took {day.isoformat()} from {evidence}"])


NONE_INFERRED = "no publication date stated, and the text gives no date to infer one from"


def _resolved(dates: list[DateMatch], context_year: int | None) -> list[tuple[dt.date, DateMatch]]:
    stated_years = [d.year for d in dates if d.year]
    year = max(stated_years) if stated_years else context_year
    out = []
    for d in dates:
        day = d.date or (d.with_year(year) if year else None)
        if day:
            out.append((day, d))
    return out


def _line_start(text: str, pos: int) -> bool:
    """The date opens its line (after a list bullet)."""
    return not re.sub(r"^\s*([-*\u2022]|\d{1,2}[.)])?\s*", "", text[text.rfind("\n", 0, pos) + 1 : pos])


def _timeline(text: str, dates: list[DateMatch]) -> set[int]:
    """Dates heading timeline entries ("June 16, 2015 Trump joins the race."): history, not the news day."""
    starts = [d for d in dates if _line_start(text, d.start)]
    out = set()
    for d in starts:
        rest = text[d.end : text.find("\n", d.end) if "\n" in text[d.end :] else len(text)]
        if len(starts) >= 2 or re.match(r"\s+[A-Z\u201c\"]", rest):
            out.add(d.start)
    return out


def evidence_dates(body: str, notes: str = "") -> tuple[list[DateMatch], str]:
    """The dates that can tell the publication day, and the text they were read from.

    Timeline headings ("June 16, 2015 Trump joins the race.") tell history, not the
    news day, and are left out. Captions and metadata lines (``notes``) count.
    """
    text = body + ("\n\n" + notes if notes else "")
    dates = find_dates(text)
    skip = _timeline(body, [d for d in dates if d.start < len(body)])
    keep = [
        d for d in dates
        if d.start >= len(body) or d.start not in skip
    ]
    return keep, text


def _later_year(text: str, dates: list[DateMatch], year: int) -> int | None:
    """A year named in the text (outside dates) after ``year``: the text was written later."""
    spans = [(d.start, d.end) for d in dates]
    for m in _BARE_YEAR.finditer(text):
        y = int(m.group("y"))
        if y > year and not any(s <= m.start() < e for s, e in spans):
            return y
    return None


def infer(body: str, notes: str = "", *, context_year: int | None = None, today: dt.date | None = None) -> Published:
    """Infer a publication day from the dates and weekdays a text mentions (with a warning).

    Precision first: no date rather than a wrong one. Only dates that can be the
    news day count (see :func:`evidence_dates`), and a year named in the text
    after the latest of them means the article was written later: no inference.
    """
    today = today or dt.date.today()
    dates, text = evidence_dates(body, notes)
    resolved = [(day, d) for day, d in _resolved(dates, context_year) if day <= today]
    if not resolved:
        return Published(None, None, [NONE_INFERRED])
    latest, match = max(resolved, key=lambda p: p[0])
    later = _later_year(text, find_dates(text), latest.year)
    if later:
        return Published(None, None, [
            f"no publication date stated; the latest date in the text ('{match.text}') is older than the year {later}"
            " it names, so no date was inferred"
        ])
    forward = 0
    pushed_by = None
    for word, wd in weekday_mentions(text):
        delta = (wd - latest.weekday()) % 7
        if delta > forward:
            forward, pushed_by = delta, word
    day = latest + dt.timedelta(days=forward)
    if day > today:
        day, pushed_by = latest, None
    year_note = "" if match.year else f" (year {latest.year} taken from {'the text' if context_year is None or any(d.year for d in dates) else 'the other articles of the batch'})"
    evidence = f"latest date in the text: '{match.text}'{year_note}"
    if pushed_by:
        evidence += f"; later weekday mentioned: '{pushed_by}'"
    warning = f"no publication date stated; inferred {day.isoformat()} from the {evidence}"
    return Published(day.isoformat(), "inferred from " + evidence, [warning])
