"""Conflicts between outlets (stub: filled by the fusion work)."""
from __future__ import annotations

from ..model import Article, Extraction


def find_conflicts(
    articles: list[Article],
    extractions: list[Extraction],
    facts: list[dict],
    quotes: list[dict],
    events: list[dict],
    stances: list[dict],
) -> list[dict]:
    """Contradictions, discrepancies and metadata conflicts; may set facts' status to ``disputed``."""
    return []
