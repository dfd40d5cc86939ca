"""Dated events for the timeline: clauses that say something happened on a resolvable date.

A DATE/TIME timex dates an event when it modifies a verb ("Putin announced ...
on Wednesday"), not when it sits inside a noun phrase ("a report published on
Monday" inside an object). Unresolved values, PRESENT_REF/PAST_REF, durations
and sets never make events; neither do future-tense clauses (plans, not
happenings) nor dates after the publication date.
"""
from __future__ import annotations

import datetime as dt
import logging

from ..model import DatedEvent, Timex
from .normalize import FUTURE, interval
from .summary import clause_span, summarize
from .tense import verb_direction

log = logging.getLogger(__name__)

_VERB_POS = ("VERB", "AUX")


def _resolved(t: Timex) -> tuple[dt.date, dt.date, str] | None:
    if t.type not in ("DATE", "TIME"):
        return None
    value = t.value.split("T")[0] if t.type == "TIME" else t.value
    return interval(value)


def dating_verb(doc, t: Timex):
    """The verb whose event ``t`` dates, or None when the timex hangs off a noun phrase."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    through_noun = False
    for _ in range(10):
        head = tok.head
        if head is tok:
            return None
        if head in span:
            tok = head
            continue
        if head.pos_ in _VERB_POS:
            if through_noun:
                return None
            return head
        if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and tok.dep_ not in ("appos",):
            # "the attack on Monday" is dated by its verb only when the noun is the subject/object
            # of nothing dated: stay conservative and drop it
            through_noun = True
        tok = head
    return None


def find_events(doc, timexes: list[Timex], anchor: dt.date | None) -> list[DatedEvent]:
    """Sentences/clauses that happened on a resolvable calendar date, in text order."""
    events: list[DatedEvent] = []
    seen_verbs: set[int] = set()
    for t in timexes:
        iv = _resolved(t)
        if iv is None:
            continue
        start, end, precision = iv
        if anchor is not None and start > anchor:
            continue  # plans and schedules are not happenings
        verb = dating_verb(doc, t)
        if verb is None or verb.i in seen_verbs:
            continue
        if verb_direction(verb) == FUTURE:
            continue
        seen_verbs.add(verb.i)
        s, e = clause_span(doc, verb)
        events.append(DatedEvent(
            start=s, end=e, text=doc.text[s:e],
            date=start.isoformat(),
            date_end=end.isoformat() if end != start else None,
            precision=precision,
            summary=summarize(verb),
            date_evidence=t.text,
            timex=t,
        ))
    return events
