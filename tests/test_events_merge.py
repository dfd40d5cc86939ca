"""Cross-article timeline merge and clean event summaries (invented sentences)."""
from __future__ import annotations

import datetime as dt

from storyline.model import Article, DatedEvent, Extraction
from storyline.timeline.events import find_events
from storyline.timeline.merge import merge_events, same_happening
from storyline.timeline.timex import find_timexes

ANCHOR = dt.date(1999, 3, 6)  # a Saturday


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=ANCHOR.isoformat())


def _extract(parse, art: Article) -> Extraction:
    doc = parse(art.text)
    return Extraction(article_id=art.id, published=art.published,
                      events=find_events(doc, find_timexes(doc, ANCHOR), ANCHOR))


def test_same_happening_in_two_articles_is_one_event(parse):
    a = _article("a1", "Two bombs exploded outside the city hall on Friday, killing nine people.")
    b = _article("b2", "Suspected bombs exploded outside the city hall Friday. Rescuers searched the rubble on Saturday.")
    c = _article("c3", "Rescue teams arrived on Thursday.")
    events = merge_events([a, b, c], [_extract(parse, x) for x in (a, b, c)])
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    (blast,) = [e for e in events if e["date"] == "1999-03-05"]
    assert blast["articles"] == ["a1", "b2"]
    assert [m["article"] for m in blast["mentions"]] == ["a1", "b2"]
    assert [e["id"] for e in events] == [f"e{k}" for k in range(1, len(events) + 1)]


def test_different_actors_or_dates_stay_apart(parse):
    assert not same_happening("Iran condemned the bombing", "Cuba condemned the bombing")
    assert same_happening("Two bombs exploded outside the embassy", "Suspected bombs exploded outside the embassy")
    a = _article("a1", "The mayor resigned on Friday.")
    b = _article("b2", "The mayor resigned on Thursday.")
    events = merge_events([a, b], [_extract(parse, x) for x in (a, b)])
    assert len(events) == 2 and all(len(e["articles"]) == 1 for e in events)


def test_unresolved_dates_are_left_out():
    art = _article("a1", "Something happened once.")
    ev = DatedEvent(start=0, end=10, text="Something", date="XXXX-03", date_end=None, precision="month",
                    summary="Something happened")
    assert merge_events([art], [Extraction(article_id="a1", published=None, events=[ev])]) == []


def _summary(parse, text):
    doc = parse(text)
    (ev,) = find_events(doc, find_timexes(doc, ANCHOR), ANCHOR)
    return ev.summary


def test_summary_keeps_infinitive_and_does_not_repeat_subject(parse):
    s = _summary(parse, "The governor Friday vowed to hunt down and punish those who set the fires.")
    assert s.startswith("The governor vowed to hunt down")
    assert s.count("governor") == 1


def test_summary_skips_dateline_and_stray_marks(parse):
    assert _summary(parse, "SPRINGFIELD — The council released a statement on Friday.") == "The council released a statement"
    s = _summary(parse, "About 50 workers _ cleaners and their families _ left the plant on Friday.")
    assert "_" not in s


def test_adverbial_clause_does_not_borrow_the_main_subject(parse):
    doc = parse("Nine were hurt, officials said as dawn broke Friday.")
    evs = find_events(doc, find_timexes(doc, ANCHOR), ANCHOR)
    assert all(not e.summary.startswith("officials broke") for e in evs)


def test_deictic_word_inside_undated_quote_makes_no_event(parse):
    doc = parse('"Tonight we changed history," the senator said.')
    assert find_events(doc, find_timexes(doc, ANCHOR), ANCHOR) == []


def test_two_stories_events_of_one_day_stay_apart(parse):
    """A day of business wire: two firms' results on one day are two happenings, though their summaries
    share the words of the trade; a digest's line naming a firm joins that firm's story (guard)."""
    from storyline.analyze import analyze_doc

    a = _article("a1", "Halvard Systems Corp. said third-quarter profit rose. Halvard makes pumps. "
                       "Its shares closed up 50 cents at $13 in composite trading on Friday.")
    b = _article("b2", "Orbis Datawerks Inc. cut its dividend. Orbis blamed weak chip sales. "
                       "Its shares closed up 25 cents at $21 in composite trading on Friday.")
    exts = [analyze_doc(parse(x.text), x.id, x.published) for x in (a, b)]
    friday = [e for e in merge_events([a, b], exts) if e["date"] == "1999-03-05"]
    assert sorted(e["articles"] for e in friday) == [["a1"], ["b2"]]
    c = _article("c3", "Bond prices fell. The dollar rose against the yen in Tokyo and in London trading, and gold "
                       "was little changed. Oil prices slipped in New York as traders took profits before the "
                       "weekend, and grain prices were mixed in Chicago. Orbis Datawerks Inc. shares closed up 25 "
                       "cents at $21 in composite trading on Friday.")
    exts.append(analyze_doc(parse(c.text), c.id, c.published))
    friday = [e for e in merge_events([a, b, c], exts) if e["date"] == "1999-03-05"]
    assert ["b2", "c3"] in [e["articles"] for e in friday]
