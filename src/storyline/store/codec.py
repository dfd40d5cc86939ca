"""Plain-JSON forms of the model objects the database stores.

``dataclasses.asdict`` turns tuples into lists; these functions turn the
lists back so a cached :class:`~storyline.model.Extraction` equals the one the
analysis produced.
"""
from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from ..model import DatedEvent, Extraction, ParseFacts, Quantity, QuantityFrame, Quote, StanceClaim, Timex

_SPANS = {
    Quote: ("speaker_span", "cue_span", "sentence"),
    Quantity: ("what_span", "sentence"),
}


def _build(cls: type, data: dict[str, Any]):
    """``cls(**data)`` keeping only known fields, with list spans back to tuples."""
    names = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    for name in _SPANS.get(cls, ()):
        if values.get(name) is not None:
            values[name] = tuple(values[name])
    return cls(**values)


def extraction_to_json(ext: Extraction) -> dict[str, Any]:
    """A JSON-serialisable dict holding every field of ``ext``."""
    return asdict(ext)


def _parse_facts(data: dict[str, Any] | None) -> ParseFacts | None:
    """The stored :class:`ParseFacts`; None for extractions stored before they existed."""
    if data is None:
        return None
    return ParseFacts(
        entities=[tuple(e) for e in data.get("entities", [])],
        frames=[_build(QuantityFrame, f) for f in data.get("frames", [])],
        realis=[tuple(r) for r in data.get("realis", [])],
    )


def extraction_from_json(data: dict[str, Any]) -> Extraction:
    """The :class:`Extraction` that :func:`extraction_to_json` was given."""
    events = []
    for e in data.get("events", []):
        e = dict(e)
        if e.get("timex") is not None:
            e["timex"] = _build(Timex, e["timex"])
        events.append(_build(DatedEvent, e))
    return Extraction(
        article_id=data["article_id"],
        published=data.get("published"),
        timexes=[_build(Timex, t) for t in data.get("timexes", [])],
        quotes=[_build(Quote, q) for q in data.get("quotes", [])],
        quantities=[_build(Quantity, q) for q in data.get("quantities", [])],
        events=events,
        stances=[_build(StanceClaim, s) for s in data.get("stances", [])],
        sentences=[tuple(s) for s in data.get("sentences", [])],
        parse=_parse_facts(data.get("parse")),
    )
