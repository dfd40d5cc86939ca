"""Figure conflicts: discrepancy vs contradiction, series and part-vs-total are not conflicts."""
from __future__ import annotations

import pytest

from test_fusion_helpers import article, extraction, qty

from storyline.brief import build_brief


def _conflicts(arts, exts):
    brief = build_brief(arts, exts)
    return brief, brief["conflicts"]


def test_two_lower_bounds_at_one_border_are_a_discrepancy(nlp):
    t1 = "The Polish border was busy, with satellite images showing lines of trucks that surpass 12 miles."
    t2 = "More than 11 miles of traffic congestion stretch from the city to the Polish border."
    a, b = article("a", t1, "2024-03-05"), article("b", t2, "2024-03-06")
    exts = [extraction(a, [qty(t1, "12 miles", 12, qualifier="more_than", unit="miles", what="trucks")], nlp=nlp),
            extraction(b, [qty(t2, "More than 11 miles", 11, qualifier="more_than", unit="miles",
                               what="traffic congestion stretch")], nlp=nlp)]
    brief, conflicts = _conflicts([a, b], exts)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["kind"] == "discrepancy"
    assert {m["article"] for m in c["mentions"]} == {"a", "b"}
    assert "lower bounds" in c["explanation"]
    assert all(f["status"] == "disputed" for f in brief["facts"])


def test_exact_figures_for_one_event_on_one_day_contradict(nlp):
    t1 = "The ferry sank off Greece on Monday and killed 41 passengers, the coast guard said."
    t2 = "The ferry sank off Greece on Monday, killing 48 passengers near the coast."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "41", 41, what="passengers")], nlp=nlp),
            extraction(b, [qty(t2, "48", 48, what="passengers")], nlp=nlp)]
    _, conflicts = _conflicts([a, b], exts)
    assert [c["kind"] for c in conflicts] == ["contradiction"]


def test_updated_count_is_a_series_not_a_conflict(nlp):
    t1 = "The ferry sank off Greece on Monday and killed 41 passengers, the coast guard said."
    t2 = "By late Monday the toll from the ferry that sank off Greece had risen to 48 passengers."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "41", 41, what="passengers")], nlp=nlp),
            extraction(b, [qty(t2, "48", 48, what="passengers")], nlp=nlp)]
    assert _conflicts([a, b], exts)[1] == []


def test_figures_on_different_dates_are_a_series(nlp):
    t1 = "On Monday, 4,100 travellers crossed into Norway at the border."
    t2 = "On Tuesday, 5,200 travellers crossed into Norway at the border."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "4,100", 4100, what="travellers", when="2024-03-04")], nlp=nlp),
            extraction(b, [qty(t2, "5,200", 5200, what="travellers", when="2024-03-05")], nlp=nlp)]
    brief, conflicts = _conflicts([a, b], exts)
    assert conflicts == []
    series = [(x["value"], x["when"]) for x in brief["facts"][0]["series"]]
    assert series == [(4100, "2024-03-04"), (5200, "2024-03-05")]
    assert brief["facts"][1]["series"] == brief["facts"][0]["series"]


def test_earlier_value_in_one_article_is_a_series(nlp):
    t = "On Monday, 4,100 travellers crossed into Norway, up from 2,900 a week earlier."
    a = article("a", t)
    ext = extraction(a, [qty(t, "4,100", 4100, what="travellers", when="2024-03-04"),
                         qty(t, "2,900", 2900, what="travellers", when="2024-W09")], nlp=nlp)
    brief, conflicts = _conflicts([a], [ext])
    assert conflicts == [] and len(brief["facts"][0]["series"]) == 2


def test_part_and_total_are_not_a_conflict(nlp):
    t1 = "Police detained 700 protesters in Paris on Saturday."
    t2 = "Police detained 1,100 protesters across France on Saturday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "700", 700, what="protesters", where="Paris")], nlp=nlp),
            extraction(b, [qty(t2, "1,100", 1100, what="protesters", where="France")], nlp=nlp)]
    assert _conflicts([a, b], exts)[1] == []


def test_figures_inside_one_article_never_conflict(nlp):
    t = "At least 1,200 people were detained nationwide, including 700 in the capital."
    a = article("a", t)
    ext = extraction(a, [qty(t, "At least 1,200", 1200, qualifier="at_least", what="people"),
                         qty(t, "700", 700, what="people")], nlp=nlp)
    assert _conflicts([a], [ext])[1] == []


def test_same_figure_worded_differently_is_not_a_conflict(nlp):
    t1 = "The call-up of some 250,000 reservists began on Monday."
    t2 = "Officials plan to draft over 250,000 men for the campaign."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "some 250,000", 250000, qualifier="approximately", what="reservists")], nlp=nlp),
            extraction(b, [qty(t2, "over 250,000", 250000, qualifier="more_than", what="men")], nlp=nlp)]
    brief, conflicts = _conflicts([a, b], exts)
    assert conflicts == [] and brief["facts"][0]["status"] == "corroborated"


def test_death_counts_in_two_outlets_with_demonym_and_country_are_compared(nlp):
    t1 = "A ferry sank off Greece on Monday and at least 41 people were killed, officials said."
    t2 = "The Greek coast guard said 45 people were killed when the ferry sank on Monday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "at least 41", 41, qualifier="at_least", what="people")], nlp=nlp),
            extraction(b, [qty(t2, "45", 45, what="people")], nlp=nlp)]
    _, conflicts = _conflicts([a, b], exts)
    assert [c["kind"] for c in conflicts] == ["discrepancy"]


def test_two_ages_for_one_person_read_as_ages(nlp):
    from storyline.analyze import analyze_texts
    from storyline.settings import Settings

    t1 = "Maria Lopez, 34, was rescued from the third floor on Sunday."
    t2 = "Firefighters rescued Maria Lopez, 35, from the third floor on Sunday."
    a, b = article("a", t1, "2024-03-04"), article("b", t2, "2024-03-04")
    exts = list(analyze_texts([(a.id, t1, a.published), (b.id, t2, b.published)], model=Settings.load().model))
    _, conflicts = _conflicts([a, b], exts)
    assert len(conflicts) == 1
    assert "34 years of age" in conflicts[0]["explanation"] and "35 years of age" in conflicts[0]["explanation"]


def test_money_in_an_explanation_is_written_as_a_reader_would(nlp):
    t1 = "The ferry line lost $41 million on the crossing in March, the company said."
    t2 = "The ferry line lost $48 million on the crossing in March, regulators said."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "$41 million", 41e6, unit="US dollar", what="lost")], nlp=nlp),
            extraction(b, [qty(t2, "$48 million", 48e6, unit="US dollar", what="lost")], nlp=nlp)]
    _, conflicts = _conflicts([a, b], exts)
    assert conflicts and "$41 million" in conflicts[0]["explanation"] and "$48 million" in conflicts[0]["explanation"]


def test_a_figure_whose_what_is_only_a_verb_is_compared_with_nothing(nlp):
    """'more than $800,000 was spent on ads attacking rivals': whose money is not said, so it is no
    discrepancy with 'The super PAC has spent over $1 million on ads' in another outlet."""
    t1 = "The super PAC has already spent over $1 million on TV and radio ads targeting the mayor in Iowa."
    t2 = "More than $800,000 was spent on TV and radio ads targeting the mayor in Iowa this week."
    a, b = article("a", t1), article("b", t2)
    spent = t2.index("spent")
    exts = [extraction(a, [qty(t1, "over $1 million", 1e6, qualifier="more_than", unit="US dollar",
                               what="super PAC spent", what_span=(t1.index("super"), t1.index(" over")))], nlp=nlp),
            extraction(b, [qty(t2, "More than $800,000", 8e5, qualifier="more_than", unit="US dollar",
                               what="spent", what_span=(spent, spent + len("spent")))], nlp=nlp)]
    assert _conflicts([a, b], exts)[1] == []


def test_two_figures_one_article_gives_both_do_not_conflict_across_outlets(nlp):
    """Outlet a: 'paid about $250 million for the tower, after it paid $145 million for the land'; outlet b says
    the same, its $250 million not read. a's $250 million and the $145 million both give are two things a states
    side by side, not a contradiction between a and b, whichever article is read first."""
    t1 = "The firm paid about $250 million for the tower in May, after it paid $145 million for the land."
    t2 = "The firm paid far more -- some $250 million -- for the tower in May, after it paid $145 million for the land."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(b, [qty(t2, "$145 million", 145e6, unit="USD", what="firm paid")], nlp=nlp),
            extraction(a, [qty(t1, "about $250 million", 250e6, qualifier="approximately", unit="USD",
                               what="firm paid"),
                           qty(t1, "$145 million", 145e6, unit="USD", what="firm paid")], nlp=nlp)]
    assert _conflicts([b, a], exts)[1] == []


@pytest.mark.parametrize("exact, raw, conflicts", [(916e6, "$916 million", 0), (700e6, "$700 million", 1)])
def test_a_rounded_figure_agrees_with_the_exact_one_it_rounds(nlp, exact, raw, conflicts):
    """'nearly $1 billion' rounds '$916 million': they agree. Guard: $700 million is another figure."""
    t1 = "The ferry company reported a loss of nearly $1 billion for the year, the filing showed."
    t2 = f"The ferry company reported a loss of {raw} for the year, the filing showed."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "nearly $1 billion", 1e9, qualifier="approximately", unit="USD", what="loss")],
                       nlp=nlp),
            extraction(b, [qty(t2, raw, exact, unit="USD", what="loss")], nlp=nlp)]
    brief, found = _conflicts([a, b], exts)
    assert len(found) == conflicts
    assert all(f["status"] != "disputed" for f in brief["facts"]) == (conflicts == 0)


def test_two_events_years_apart_in_two_articles_are_no_series(nlp):
    """'14 people were killed in Avalon' (2015) and 'in 2000 they attacked the ship, killing 17 sailors': two
    events that share a verb, not one toll over time. Guard: the same place's toll on two days is a series
    (test_figures_on_different_dates_are_a_series)."""
    t1 = "In the hours after 14 people were killed in Avalon, a familiar voice celebrated the attack."
    t2 = "In 2000, they attacked the ship, killing 17 sailors."
    a, b = article("a", t1, "2015-12-09"), article("b", t2, "2016-09-22")
    exts = [extraction(a, [qty(t1, "14", 14, what="people killed in Avalon", when="2015-12-02")], nlp=nlp),
            extraction(b, [qty(t2, "17", 17, what="sailors killed", when="2000")], nlp=nlp)]
    brief, conflicts = _conflicts([a, b], exts)
    assert conflicts == [] and all(not f.get("series") for f in brief["facts"])


def test_two_tolls_of_other_years_in_one_article_are_no_series(nlp):
    """'The bombings on Aug. 7 killed 259 people' and '... Avalon, where 168 people were killed in a bombing in
    1995', in one article: a toll grows over days; two years make two events. Guard: one article's 'up from 2,900
    a week earlier' stays a series (test_earlier_value_in_one_article_is_a_series)."""
    t = ("The bombings on Aug. 7 killed 259 people. The team includes a psychiatrist who worked in Avalon, where 168 "
         "people were killed in a bombing in 1995.")
    a = article("a", t, "1998-09-11")
    ext = extraction(a, [qty(t, "259", 259, what="people killed", when="1998-08-07"),
                         qty(t, "168", 168, what="people killed in a bombing", when="1995")], nlp=nlp)
    brief, conflicts = _conflicts([a], [ext])
    assert conflicts == [] and all(not f.get("series") for f in brief["facts"])
