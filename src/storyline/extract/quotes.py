"""Quotes with resolved speakers (stub: filled by the extraction work)."""
from __future__ import annotations

from ..model import Quote


def find_quotes(doc) -> list[Quote]:
    """Direct, partial and indirect quotes in a parsed spaCy ``Doc``; offsets into ``doc.text``."""
    return []
