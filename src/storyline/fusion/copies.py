"""Copies between and inside articles (stub: filled by the fusion work)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article


@dataclass
class CopyReport:
    """Contract ``copies`` plus the groups of articles that are not independent."""

    copies: list[dict] = field(default_factory=list)
    groups: list[set[str]] = field(default_factory=list)

    def independent(self, article_ids) -> int:
        """How many of ``article_ids`` are independent (a copy group counts once)."""
        ids = set(article_ids)
        count = 0
        seen: set[str] = set()
        for aid in sorted(ids):
            if aid in seen:
                continue
            group = next((g for g in self.groups if aid in g), {aid})
            seen |= group & ids
            count += 1
        return count


def find_copies(articles: list[Article]) -> CopyReport:
    """Bodies repeated inside one article (from cleaning) and, later, text shared between articles."""
    report = CopyReport()
    for a in articles:
        if a.internal_duplicate_chars:
            report.copies.append(
                {"articles": [a.id], "kind": "internal_duplicate", "shared_chars": a.internal_duplicate_chars}
            )
    return report
