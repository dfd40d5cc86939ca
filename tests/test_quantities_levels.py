"""What a figure measures when it is a level reached, and words around a figure that are not part
of what it counts (an idiom with 'in', another figure's noun, a clause about another noun), and
how far a long source name runs.

Invented sentences; each case failed before the change it tests, except the guards, which say so.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.quantities import find_quantities
from storyline.timeline.timex import find_timexes


def _facts(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_timexes(doc, dt.date(2024, 5, 1)))


def _whats(nlp, text):
    return [(q.value, q.what) for q in _facts(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("Joblessness has fallen to 5 percent, the lowest in a decade.", (5, "Joblessness")),
    ("Meanwhile the overall public debt has ballooned to $18 trillion.", (18e12, "overall public debt")),
    ("Ortiz and Bell tied for third at 7% in the poll.", (7, "Ortiz")),
], ids=["fallen-to", "ballooned-to", "tied-at"])
def test_a_level_reached_measures_the_subject_alone(nlp, text, expected):
    """'has fallen to 5 percent': the subject is at that level; 'Joblessness fallen' read as an act."""
    assert expected in _whats(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a guard: 'rose 5%' is a change, not a level, and the verb says so (passes on the old code)
    ("The index rose 5% on Monday.", [(5, "index rose")]),
    # a group doing something in a 'with' phrase takes no relative word ('members who blasting')
    ("The dispute burst into view on Tuesday, with nearly 140 House members blasting the raids.",
     [(140, "House members blasting the raids")]),
    # a singular relative clause after a plural noun is not about it ('provinces that continues')
    ("The general fomented a war in two eastern provinces that continues.", [(2, "eastern provinces with war")]),
    # a number opening a list item counts nothing
    ("Our plan has three parts. Three, harden our defenses against threats.", [(3, "parts")]),
    # a word the parser cut at its hyphen is whole again ('her e')
    ("The aide said 90 percent of her e-mails were in the system.", [(90, "her e-mails")]),
], ids=["change-guard", "with-phrase", "singular-clause", "list-item", "hyphen"])
def test_what_each_figure_counts(nlp, text, expected):
    assert _whats(nlp, text) == expected


def test_an_idiom_with_in_is_neither_what_money_buys_nor_a_place(nlp):
    got = _whats(nlp, "Inspectors found that at least four guards paid inmates as little as 50 cents in exchange "
                      "for food.")
    assert got == [(4, "guards that paid inmates"), (50, "guards paid")]
    got = _whats(nlp, "Two out of three voters still feel the country is on the wrong track, in part because wages "
                      "have stalled.")
    assert got[0][1] == "voters who feel"


@pytest.mark.parametrize("text", [
    "Over the course of 48 hours, the two leaders will meet three times.",
    "With the first vote just over three weeks away, the senator is poised to gain.",
], ids=["course-of", "weeks-away"])
def test_a_stretch_of_time_that_places_an_event_is_no_fact(nlp, text):
    assert not any(q.unit in ("hour", "week") for q in _facts(nlp, text))


@pytest.mark.parametrize("text, source", [
    ("At least 12 families have received stays, according to lawyers with the Valley Family Detention Pro Bono "
     "Project.", "lawyers with the Valley Family Detention Pro Bono Project"),
    ("The Oregon State/Portland Tribune Daybreak national tracking poll shows Ortiz with a four-point lead.",
     "The Oregon State/Portland Tribune Daybreak national tracking poll"),
], ids=["name-runs-on", "head-noun-last"])
def test_a_long_source_is_not_cut_inside_its_name_or_before_its_noun(nlp, text, source):
    assert _facts(nlp, text)[0].according_to == source


def test_fewer_or_more_before_the_noun_is_part_of_what_is_counted(nlp):
    """'7 million fewer people': the figure is a difference, not a count of people."""
    got = _whats(nlp, "Nearly 7 million fewer people tuned in to the broadcast than in October.")
    assert got[0] == (7e6, "fewer people who tuned in to the broadcast")


def test_hours_after_a_count_are_its_time_frame(nlp):
    """'6.7 million posts in 10 hours': the hours frame the posts; they measure nothing themselves.
    A guard: 'lasted 10 hours' still measures the talks."""
    got = _whats(nlp, "The tag was even more popular, with 6.7 million posts in 10 hours.")
    assert got == [(6.7e6, "posts"), (10, None)]
    assert _whats(nlp, "The talks lasted 10 hours.") == [(10, "talks lasted")]
