"""Dated events for the timeline (stub: filled by the time work)."""
from __future__ import annotations

import datetime as dt

from ..model import DatedEvent, Timex


def find_events(doc, timexes: list[Timex], anchor: dt.date | None) -> list[DatedEvent]:
    """Sentences/clauses that happened on a resolvable calendar date."""
    return []
