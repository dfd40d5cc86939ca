"""Assemble the brief (contract ``storyline.brief/1``) from articles and their extractions."""
from __future__ import annotations

import datetime as dt

from .fusion.conflicts import find_conflicts
from .fusion.copies import find_copies
from .fusion.merge import merge_facts, merge_quotes, merge_stances
from .model import Article, Extraction
from .timeline.merge import merge_events

SCHEMA = "storyline.brief/1"


def build_brief(articles: list[Article], extractions: list[Extraction]) -> dict:
    """Cross-check the articles: copies, merged facts, quotes, timeline, stances, conflicts."""
    copies = find_copies(articles)
    facts = merge_facts(articles, extractions, copies)
    quotes = merge_quotes(articles, extractions)
    events = merge_events(articles, extractions)
    stances = merge_stances(articles, extractions)
    conflicts = find_conflicts(articles, extractions, facts, quotes, events, stances)
    return {
        "schema": SCHEMA,
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "articles": [a.to_dict() for a in articles],
        "facts": facts,
        "quotes": quotes,
        "events": events,
        "stances": stances,
        "conflicts": conflicts,
        "copies": copies.copies,
    }
