"""Newer brief fields in the view and both reports: stated wording, series, sides, merged events, quote kinds."""
from __future__ import annotations

import re

from test_render import audit

from storyline.render.html import render_html
from storyline.render.markdown import render_markdown
from storyline.render.view import build_story

EVIL = "<img src=x onerror=alert(1)>"


def _mention(article: str, text: str, start: int = 0) -> dict:
    return {"article": article, "start": start, "end": start + len(text), "text": text}


def _brief() -> dict:
    s1 = "Some 300,000 reservists were called up on Monday."
    s2 = "Over 300,000 reservists were called up."
    s3 = "On Friday 480 people crossed, up from 310 a week earlier."
    return {
        "schema": "storyline.brief/1",
        "articles": [
            {"id": "a1", "source": "/in/feeds/001_3fa9c2.txt", "title": "A very long headline that would make a poor column label",
             "outlet": None, "published": "2026-03-02", "text": s1 + " " + s3},
            {"id": "a2", "source": "https://www.harbour-news.example/story/1", "url": "https://www.harbour-news.example/story/1",
             "title": "Another long headline", "outlet": None, "published": "2026-03-03", "text": s2},
            {"id": "a3", "source": "x.txt", "title": None, "outlet": "Gazette " + EVIL, "published": "2026-03-03", "text": s2},
        ],
        "facts": [
            {"id": "f1", "value": 300000, "qualifier": "approximately", "what": "reservists " + EVIL, "status": "corroborated",
             "stated_as": ["Some 300,000", "Over 300,000", "300,000 " + EVIL], "outlets": ["a1", "a2"],
             "mentions": [_mention("a1", s1), _mention("a2", s2)]},
            {"id": "f2", "value": 480, "qualifier": "exact", "what": "people crossed", "when": "2026-02-27",
             "stated_as": ["480"], "outlets": ["a1"], "mentions": [_mention("a1", s3, len(s1) + 1)],
             "series": [{"fact": "f3", "value": 310, "when": "2026-W08"}, {"fact": "f2", "value": 480, "when": "2026-02-27"}]},
            {"id": "f3", "value": 310, "qualifier": "exact", "what": "people crossed", "when": "2026-W08",
             "stated_as": ["310"], "outlets": ["a1"], "mentions": [_mention("a1", s3, len(s1) + 1)],
             "series": [{"fact": "f3", "value": 310, "when": "2026-W08"}, {"fact": "f2", "value": 480, "when": "2026-02-27"}]},
        ],
        "quotes": [
            {"id": "q1", "speaker": "Ortiz", "text": "she would consider it", "kind": "indirect", "mentions": [_mention("a1", s1)]},
            {"id": "q2", "speaker": "Lena Ortiz", "text": "We will not wait " + EVIL, "kind": "direct", "mentions": [_mention("a2", s2)]},
            {"id": "q3", "speaker": "Ortiz", "text": "a measured step", "kind": "partial", "mentions": [_mention("a3", s2)]},
        ],
        "events": [{"id": "e1", "date": "2026-03-02", "precision": "day", "summary": "Reservists called up " + EVIL,
                    "mentions": [_mention("a1", s1), _mention("a2", s2)], "articles": ["a1", "a2", "a3"]}],
        "stances": [],
        "conflicts": [{"id": "c1", "kind": "contradiction", "items": ["f1", "q1", "e1"], "explanation": "three accounts " + EVIL,
                       "mentions": [_mention("a1", s1), _mention("a2", s2), _mention("a3", s2 + " " + EVIL)]}],
        "copies": [],
    }


def test_columns_use_short_labels_not_titles():
    labels = build_story(_brief()).labels
    assert labels["a1"] == "001_3fa9c2" and labels["a2"] == "harbour-news.example"
    assert labels["a3"].startswith("Gazette") and len(labels["a3"]) <= 24


def test_cells_show_each_outlets_wording_and_a_series_is_one_row():
    story = build_story(_brief())
    row = next(r for r in story.fact_rows if r["id"] == "f1")
    assert row["cells"]["a1"][0]["stated"] == "Some 300,000" and row["cells"]["a2"][0]["stated"] == "Over 300,000"
    series = [r for r in story.fact_rows if r["series"]]
    assert len(series) == 1 and len(story.fact_rows) == 2 and story.counts["facts"] == 3
    assert [s["figure"] for s in series[0]["series"]] == ["310", "480"]
    assert series[0]["anchors"] == ["f2"] and series[0]["series"][0]["when"].startswith("week of")


def test_conflict_sides_events_and_quote_kinds():
    story = build_story(_brief())
    assert len(story.conflicts[0]["sides"]) == 3  # any number of sides, one per outlet
    assert [r.article for r in story.days[0]["events"][0]["refs"]] == ["a1", "a2", "a3"]
    ortiz = next(g for g in story.speakers if g["speaker"] == "Lena Ortiz")  # "Ortiz" joins the full name
    assert [q["kind"] for q in ortiz["quotes"]] == ["direct", "partial", "indirect"]


def test_new_fields_are_escaped_in_html_and_markdown():
    html = render_html(_brief())
    result = audit(html)
    assert result.problems == [] and "<img" not in html
    assert EVIL in "".join(result.text)
    assert 'id="fact-f2"' in html and 'id="fact-f3"' in html  # every fact of a series keeps its anchor
    out = render_markdown(_brief())
    assert not re.search(r"(?<!\\)<img", out) and r"\<img" in out
    assert "310** (week of" in out and "Some 300,000" in out


def test_fields_of_unexpected_shape_do_not_break_the_page():
    brief = _brief()
    brief["facts"][0]["stated_as"] = "Some 300,000"
    brief["facts"][1]["series"] = ["f1", None, {"fact": "gone"}]
    brief["conflicts"][0]["sides"] = [{"articles": ["a2"], "label": EVIL}, "junk", {"mentions": [_mention("a3", "x")]}]
    brief["events"][0]["articles"] = None
    html = render_html(brief)
    assert audit(html).problems == [] and "<img" not in html
    assert render_markdown(brief)


def test_figures_read_as_a_reader_writes_them():
    from storyline.render.view import format_figure

    assert format_figure({"value": 10, "qualifier": "more_than", "unit": "mile"}) == "more than 10 miles"
    assert format_figure({"value": 1, "unit": "mile"}) == "1 mile"
    assert format_figure({"value": 2e6, "qualifier": "up_to", "unit": "us dollar"}) == "up to $2 million"
    assert format_figure({"value": 1234567}) == "1,234,567"
    assert format_figure({"value": 0.6667, "unit": "fraction"}) == "66.7% (a share)"
    assert format_figure({"value": 3, "unit": "times"}) == "3 times"


def test_vague_figures_places_and_dates_in_the_grid():
    brief = _brief()
    brief["facts"][0].update({"value": 24, "value_max": 99, "stated_as": ["dozens", "Dozens"], "where": "dar es salaam and kenya",
                              "when": "2026-W09"})
    row = next(r for r in build_story(brief).fact_rows if r["id"] == "f1")
    assert row["figure"] == "dozens of" and row["where"] == "Dar es Salaam and Kenya" and row["when"] == "week of 23 Feb 2026"


def test_several_articles_of_one_outlet_are_told_apart_by_day():
    brief = _brief()
    for a in brief["articles"]:
        a["outlet"] = "Wire Service"
    labels = build_story(brief).labels
    assert labels == {"a1": "Wire Service 2 Mar", "a2": "Wire Service 3 Mar", "a3": "Wire Service 3 Mar (2)"}


def test_article_table_hides_a_wire_equal_to_the_outlet_and_reads_evidence():
    brief = _brief()
    brief["articles"][2].update({"outlet": "Wire", "wire": "Wire", "published_evidence": "stated by the input: 2026-03-03"})
    brief["articles"][0].update({"wire": "Other Wire", "published_evidence": "Monday 2 March " + EVIL})
    text = "".join(audit(render_html(brief)).text)
    assert "via Other Wire" in text and "via Wire" not in text
    assert "stated by the input" in text and "“stated" not in text and "from “Monday 2 March" in text


def test_web_story_page_escapes_the_new_fields(tmp_path):
    from fastapi.testclient import TestClient

    from storyline.settings import Settings
    from storyline.web.app import create_app

    client = TestClient(create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'w.db'}"), brief_provider=_brief))
    page = client.get("/")
    result = audit(page.text)
    assert page.status_code == 200 and result.problems == [] and "<img" not in page.text
    assert EVIL in "".join(result.text) and "over time" in "".join(result.text)
