"""A small invented story for the web and report tests (no third-party text).

``story_articles()`` builds :class:`Article` objects and hand-made
:class:`Extraction` objects; ``story_brief()`` runs the real
``storyline.brief.build_brief`` on them. One article is hostile: markup,
event handlers and ``javascript:`` links in every field a page shows.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.brief import build_brief
from storyline.model import (
    Article,
    DatedEvent,
    Extraction,
    Quantity,
    Quote,
    Removal,
    StanceClaim,
)

CONTRACT = Path("/work/shared/contract/brief.schema.json")

HOSTILE = "<script>alert('x')</script>"

TEXTS = {
    "art-planet": (
        "Officials said on Monday that 120 people were evacuated from the flooded valley. "
        "\"We moved everyone before the river rose,\" said Mayor Lena Ortiz. "
        "The council voted to fund new levees."
    ),
    "art-gazette": (
        "About 150 people were evacuated from the valley on Monday, according to the fire service. "
        "Mayor Lena Ortiz said the levees had failed. "
        "The governor opposes the levee plan."
    ),
    "art-hostile": (
        "Residents reported <script>alert(\"x\")</script> damage and <img src=x onerror=alert(1)> more. "
        "Visit <a href=\"javascript:alert(2)\">here</a> | col | now <div><p unclosed\n\n"
        "\"<i>Help</i> came late,\" said Jo <b>Smith</b>. 120 people were evacuated from the valley."
    ),
}


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _sentence(text: str, piece: str) -> tuple[int, int]:
    """The sentence (split on '. ') holding ``piece``."""
    s, e = _span(text, piece)
    dot = text.rfind(". ", 0, s)
    left = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, s) + 1)
    right = text.find(". ", e)
    return left, (len(text) if right < 0 else right + 1)


def _quantity(text: str, number: str, value: float, what: str, **kw) -> Quantity:
    s, e = _span(text, number)
    return Quantity(start=s, end=e, text=number, value=value, what=what, sentence=_sentence(text, number), **kw)


def _quote(text: str, piece: str, anchor: str, **kw) -> Quote:
    s, e = _span(text, piece)
    return Quote(start=s, end=e, text=piece, sentence=_sentence(text, anchor), **kw)


def _event(text: str, anchor: str, date: str, precision: str, summary: str, evidence: str) -> DatedEvent:
    s, e = _sentence(text, anchor)
    return DatedEvent(s, e, text[s:e], date, None, precision, summary, date_evidence=evidence)


def _stance(text: str, anchor: str, actor: str, position: str, polarity: str | None, topic: str) -> StanceClaim:
    s, e = _sentence(text, anchor)
    return StanceClaim(actor, position, polarity, topic, s, e, text[s:e])


def story_articles() -> tuple[list[Article], list[Extraction]]:
    t1, t2, t3 = TEXTS["art-planet"], TEXTS["art-gazette"], TEXTS["art-hostile"]
    articles = [
        Article(id="art-planet", source="planet.txt", text=t1, title="Valley flood: 120 evacuated", outlet="Daily Planet",
                url="https://planet.example/flood", published="2026-03-03", content_hash="h1"),
        Article(id="art-gazette", source="gazette.txt", text=t2, title="Flood forces evacuations", outlet="Metro Gazette",
                published="2026-03-04", content_hash="h2", warnings=["two different publication dates on the page"],
                removed=[Removal("Subscribe now!", "boilerplate")]),
        Article(id="art-hostile", source="<b>evil</b>.html", text=t3, title=HOSTILE + " Flood <b>news",
                outlet='Evil"><svg onload=alert(3)> News', url="javascript:alert(1)", published="2026-03-04",
                bylines=["<img src=x onerror=alert(4)>"], content_hash="h3", warnings=["<script>w()</script> warning"]),
    ]
    extractions = [
        Extraction(
            article_id="art-planet", published="2026-03-03",
            quantities=[_quantity(t1, "120", 120, "people evacuated", where="the valley", when="2026-03-02")],
            quotes=[_quote(t1, "We moved everyone before the river rose,", "We moved", kind="direct",
                           speaker="Lena Ortiz", speaker_role="Mayor", cue="said")],
            events=[_event(t1, "evacuated", "2026-03-02", "day", "120 people evacuated from the valley", "on Monday")],
            stances=[_stance(t1, "The council", "the council", "fund new levees", "for", "levees")],
        ),
        Extraction(
            article_id="art-gazette", published="2026-03-04",
            quantities=[_quantity(t2, "150", 150, "people evacuated", qualifier="approximately", where="the valley",
                                  when="2026-03-02", according_to="the fire service")],
            quotes=[_quote(t2, "the levees had failed", "levees had failed", kind="indirect", speaker="Lena Ortiz",
                           speaker_role="Mayor", cue="said")],
            events=[_event(t2, "About 150", "2026-03-02", "day", "About 150 people evacuated", "on Monday")],
            stances=[_stance(t2, "The governor", "the governor", "opposes the levee plan", "against", "levees")],
        ),
        Extraction(
            article_id="art-hostile", published="2026-03-04",
            quantities=[_quantity(t3, "120", 120, "people evacuated <script>q()</script> | x", where="the valley")],
            quotes=[_quote(t3, "<i>Help</i> came late,", "<i>Help", kind="direct", speaker="Jo <b>Smith</b>",
                           speaker_role="<script>r()</script>", cue="said")],
            events=[_event(t3, "Residents", "2026-03-01", "week", "damage <script>e()</script>", "<b>last week</b>")],
            stances=[_stance(t3, "Visit", "<img src=x onerror=alert(5)>", "javascript:alert(6)", None, "<b>t</b>")],
        ),
    ]
    return articles, extractions


def story_brief() -> dict:
    """The brief of the invented story, assembled by the real brief builder."""
    articles, extractions = story_articles()
    brief = build_brief(articles, extractions)
    # A conflict naming real items, so the conflicts panel always has content to show.
    fact_ids = [f["id"] for f in brief["facts"]]
    if not brief["conflicts"] and len(fact_ids) >= 2:
        brief["conflicts"].append({"id": "c-test", "kind": "discrepancy", "items": fact_ids[:2],
                                   "explanation": "Outlets give different figures <b>for</b> evacuations.",
                                   "mentions": brief["facts"][0]["mentions"][:1]})
    if not brief["copies"]:
        brief["copies"].append({"articles": ["art-planet", "art-hostile"], "kind": "shared_passage", "shared_chars": 64})
    return brief


def test_story_brief_follows_the_contract():
    brief = story_brief()
    jsonschema.validate(brief, json.loads(CONTRACT.read_text()))
    assert {a["id"] for a in brief["articles"]} == set(TEXTS)
    for key in ("facts", "quotes", "events", "stances"):
        for item in brief[key]:
            for m in item["mentions"]:
                text = TEXTS[m["article"]]
                assert text[m["start"]:m["end"]] == m["text"]
