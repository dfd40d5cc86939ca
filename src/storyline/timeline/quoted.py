"""Deictic words ("today", "tonight") inside quoted speech, and generic "today".

A quote keeps the speaker's "now": in '"Tonight, I ask you to vote," he said on
Wednesday' the night is Wednesday's, not the publication day's. When the quote
is attributed with a past-tense speech verb dated to an earlier day, the deictic
word is re-anchored to that day. "Under which we still live today" is the present
in general (PRESENT_REF), not a calendar day.
Otherwise the TimeBank convention holds: "today" is the publication date.
"""
from __future__ import annotations

import datetime as dt
import re

from ..doctext import doc_text
from ..model import Timex

_DEICTIC = re.compile(r"^(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)"
                      r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_SPEECH = {"say", "tell", "declare", "announce", "add", "write", "tweet", "shout", "urge", "insist", "ask",
           "promise", "vow", "warn", "proclaim", "exclaim", "speak", "state", "remark", "note", "explain"}
_QUOTE_RE = re.compile(r"“[^”\n]{1,1500}”|``[^\n]{1,1500}?''|''[^\n]{1,1500}?''|\"[^\"\n]{1,1500}\"")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(T.*)?$")


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Offsets of quoted passages (curly, straight or doubled-apostrophe quotes) within a paragraph."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]


def _speech_verb_date(doc, timexes: list[Timex], lo: int, hi: int, anchor: dt.date,
                      regions: list[tuple[int, int]]) -> dt.date | None:
    """The earlier day a past-tense speech verb in ``text[lo:hi]`` (outside quotes) is dated to."""
    for t in timexes:
        if t.start < lo or t.end > hi or t.type not in ("DATE", "TIME"):
            continue
        if any(s <= t.start < e for s, e in regions):
            continue
        m = _DAY.match(t.value)
        if not m:
            continue
        day = dt.date.fromisoformat(m.group(1))
        if day >= anchor:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.lemma_ in _SPEECH and tok.tag_ in ("VBD", "VBN"):
            return day
    return None


def _attribution_window(doc, qs: int, qe: int) -> tuple[int, int]:
    """The sentence(s) around a quote, cut at paragraph breaks: where its speech verb sits."""
    text = doc_text(doc)
    para_lo = text.rfind("\n", 0, qs) + 1
    para_hi = text.find("\n", qe)
    para_hi = len(text) if para_hi == -1 else para_hi
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    last = doc.char_span(max(qe - 1, qs), qe, alignment_mode="expand")
    lo = first[0].sent.start_char if first is not None else qs
    hi = last[0].sent.end_char if last is not None else qe
    # a quote that ends a sentence is often attributed in the next one ("... ." he said Monday.)
    if last is not None and last[-1].sent.end < len(doc) and last[-1].sent.end_char <= qe + 2:
        hi = doc[last[-1].sent.end].sent.end_char
    return max(lo, para_lo), min(hi, para_hi)


def _shift(value: str, anchor: dt.date, day: dt.date) -> str:
    m = _DAY.match(value)
    if not m:
        return value
    d = dt.date.fromisoformat(m.group(1)) + (day - anchor)
    return d.isoformat() + (m.group(2) or "")


def _generic_today(doc, t: Timex) -> bool:
    """"under which we still live today": the present in general (a noun's "today" is too often a
    parser slip on "X today announced" to trust)."""
    if t.text.lower() != "today":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    if head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBP", "VBZ") and any(c.lower_ == "still" for c in head.children):
        return True
    return False


def requote(doc, timexes: list[Timex], anchor: dt.date | None) -> list[Timex]:
    """Re-anchor deictic timexes inside dated past quotes; mark generic "today" as PRESENT_REF."""
    if anchor is None or not timexes:
        return timexes
    regions = quote_regions(doc_text(doc))
    out = []
    for t in timexes:
        if t.type in ("DATE", "TIME") and _DEICTIC.match(t.text.strip()):
            inside = next(((s, e) for s, e in regions if s <= t.start and t.end <= e), None)
            if inside is not None:
                lo, hi = _attribution_window(doc, *inside)
                day = _speech_verb_date(doc, timexes, lo, hi, anchor, regions)
                if day is not None:
                    t = Timex(start=t.start, end=t.end, text=t.text, type=t.type, value=_shift(t.value, anchor, day))
            elif _generic_today(doc, t):
                t = Timex(start=t.start, end=t.end, text=t.text, type="DATE", value="PRESENT_REF")
        out.append(t)
    return out
