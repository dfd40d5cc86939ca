"""Numeric facts (stub: filled by the extraction work)."""
from __future__ import annotations

from ..model import Quantity, Timex


def find_quantities(doc, timexes: list[Timex]) -> list[Quantity]:
    """Numbers with qualifier, unit, what/where/when/according_to; offsets into ``doc.text``."""
    return []
