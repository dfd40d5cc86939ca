"""Clock times: "10 p.m.", "7:15 p.m. EST Nov. 9", "noon Thursday", "midnight", on the day they name."""
from __future__ import annotations

import datetime as dt

from . import normalize as N
from .lexicon import month_number, weekday_number
from .timex_context import ref_date
from .timex_relative import DAYWORD_SHIFT


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
        if dw in DAYWORD_SHIFT:
            day = c.anchor + dt.timedelta(days=DAYWORD_SHIFT[dw])
        elif dw:
            day = N.weekday_date(c.anchor, weekday_number(dw), c.direction())
        elif _own_line(m):
            day = c.anchor  # a live blog's '2:00 p.m.' over an update: the time of the page, not of the last date
        else:
            r = ref_date(c)
            day = r[0] if r and r[1] == "day" else c.anchor
    date = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{date}T{hh:02d}:{mm:02d}"


def _own_line(m) -> bool:
    """The clock time is all of its line ('2:00 p.m.' heading an update), bar punctuation."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:m.start()].strip(" \t.-_") and not text[m.end():line_end].strip(" \t.:-_")
