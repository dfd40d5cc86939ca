"""Merging per-article items into brief items (stub: filled by the fusion work).

Until fusion lands, every per-article item stands alone with its mention.
"""
from __future__ import annotations

from ..model import Article, Extraction, Mention
from .copies import CopyReport


def _sentence_mention(article: Article, span: tuple[int, int] | None, start: int, end: int) -> dict:
    s, e = span if span else (start, end)
    return Mention(article.id, s, e, article.text[s:e]).to_dict()


def merge_facts(articles: list[Article], extractions: list[Extraction], copies: CopyReport) -> list[dict]:
    by_id = {a.id: a for a in articles}
    facts = []
    for ext in extractions:
        art = by_id[ext.article_id]
        for q in ext.quantities:
            facts.append(
                {
                    "id": f"f{len(facts) + 1}",
                    "value": q.value,
                    "value_max": q.value_max,
                    "qualifier": q.qualifier,
                    "unit": q.unit,
                    "what": q.what or "",
                    "where": q.where,
                    "when": q.when,
                    "according_to": [q.according_to] if q.according_to else [],
                    "mentions": [_sentence_mention(art, q.sentence, q.start, q.end)],
                    "outlets": [art.id],
                    "independent_sources": 1,
                    "status": "single_source",
                }
            )
    return facts


def merge_quotes(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    by_id = {a.id: a for a in articles}
    quotes = []
    for ext in extractions:
        art = by_id[ext.article_id]
        for q in ext.quotes:
            quotes.append(
                {
                    "id": f"q{len(quotes) + 1}",
                    "speaker": q.speaker,
                    "speaker_role": q.speaker_role,
                    "text": q.text,
                    "kind": q.kind,
                    "cue": q.cue,
                    "mentions": [_sentence_mention(art, q.sentence, q.start, q.end)],
                }
            )
    return quotes


def merge_events(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    by_id = {a.id: a for a in articles}
    events = []
    for ext in extractions:
        art = by_id[ext.article_id]
        for ev in ext.events:
            events.append(
                {
                    "id": f"e{len(events) + 1}",
                    "date": ev.date,
                    "date_end": ev.date_end,
                    "precision": ev.precision,
                    "summary": ev.summary,
                    "date_evidence": ev.date_evidence,
                    "mentions": [_sentence_mention(art, None, ev.start, ev.end)],
                }
            )
    events.sort(key=lambda e: e["date"])
    return events


def merge_stances(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    stances = []
    for ext in extractions:
        for s in ext.stances:
            stances.append(
                {
                    "id": f"s{len(stances) + 1}",
                    "actor": s.actor,
                    "position": s.position,
                    "polarity": s.polarity,
                    "topic": s.topic,
                    "mentions": [Mention(ext.article_id, s.start, s.end, s.text).to_dict()],
                }
            )
    return stances
