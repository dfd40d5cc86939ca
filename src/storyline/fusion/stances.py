"""Stances: positions taken by actors (stub: filled by the fusion work)."""
from __future__ import annotations

from ..model import Quote, StanceClaim


def find_stances(doc, quotes: list[Quote]) -> list[StanceClaim]:
    """Per-article stance claims (actor, position, polarity, topic)."""
    return []
