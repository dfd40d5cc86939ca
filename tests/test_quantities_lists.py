"""Figures listed after one another in a sentence (poll shares by state, a level and the level it
rose from) and the words around a figure that are not what it counts.

Invented sentences; each case failed before the change it tests.
"""
from __future__ import annotations

import datetime as dt

from storyline.extract.quantities import find_quantities
from storyline.timeline.timex import find_timexes


def _facts(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_timexes(doc, dt.date(2024, 5, 1)))


def _whats(nlp, text):
    return [(q.value, q.what) for q in _facts(nlp, text)]


def test_a_level_and_the_level_it_rose_from_count_one_thing(nlp):
    got = _whats(nlp, "About 40 million renters owe about $2.1 trillion in back rent, up from roughly $900 billion in 2019.")
    assert got[1:] == [(2.1e12, "back rent"), (9e11, "back rent")]


def test_a_level_on_another_verb_keeps_its_own_subject(nlp):
    """A guard (the code before the pass got it right; a first draft of the rule above did not)."""
    got = _whats(nlp, "Smith is up from 37 percent in January and Clinton is down from 49 percent.")
    assert got == [(37, "Smith"), (49, "Clinton")]
    got = _whats(nlp, "The bank also added $227.3 million to reserves for losses on its loans, increasing general "
                      "reserves to $300 million, or about 6.7% of the total portfolio.")
    assert got[1] == (3e8, "general reserves")


def test_shares_listed_by_place_after_a_verb_count_what_the_first_counts(nlp):
    got = _facts(nlp, "Exit polls show she won 83% of voters under 30 in Ohio last month, 74% in Iowa last week "
                      "and 71% in Utah on Tuesday.")
    assert [(q.value, q.what, q.where) for q in got] == [
        (83, "voters", "Ohio"), (74, "voters", "Iowa"), (71, "voters", "Utah")]


def test_shares_after_a_noun_by_place_drop_the_first_place(nlp):
    got = _facts(nlp, "Lee also fares well in several Midwest and Western states, receiving 19 percent support in "
                      "South Dakota, Idaho and Alaska, 17 percent in Kansas and 16 percent in Colorado, Iowa and Utah.")
    assert [(q.value, q.what, q.where) for q in got][1:] == [(17, "support", "Kansas"), (16, "support", "Colorado")]


def test_a_range_from_a_low_to_a_high_measures_the_figure_before_it(nlp):
    got = _whats(nlp, "The survey finds Smith supported by an average of 13 percent across all states, "
                      "ranging from a low of 4 percent in Maine to a high of 25 percent in Utah.")
    assert [w for _, w in got] == ["Smith supported"] * 3


def test_an_object_after_the_figure_is_not_what_it_is_set_at(nlp):
    """'followed by X at 16%, Y at 10%': 'Y' is no level the verb set at 16% or at 8%."""
    got = _whats(nlp, "Asked which issue matters most, 32 percent across all 50 states picked the economy and jobs, "
                      "followed by health care and terrorism at 16 percent each, education at 10 percent and the "
                      "environment at 8 percent.")
    assert all(w != "education" for v, w in got if v in (16, 8))
    assert ("its rate" in {w for _, w in _whats(nlp, "The bank cut its rate by 0.5 points to 4%.")})
    assert _whats(nlp, "The latest arrest brought to nine the number of people in custody.") == [(9, "number of people")]


def test_an_average_across_places_is_no_place_with_an_average(nlp):
    got = _whats(nlp, "An average of 32 percent across all 50 states picked the economy.")
    assert (50, "states") in got


def test_money_for_a_party_is_not_the_party(nlp):
    [q] = _facts(nlp, "Jane Roe, a lobbyist who has donated close to $300,000 for Republicans, spoke.")
    assert q.what != "Republicans"


def test_the_margin_of_error_is_the_margin_not_a_count_of_polls(nlp):
    got = _facts(nlp, "The margin of error for all three state polls was +/-3 percentage points.")
    assert [(q.value, q.unit, q.what) for q in got] == [
        (3, None, "state polls"), (3, "percentage point", "margin of error")]
    [q] = _facts(nlp, "The margin of error was ±3.5 percentage points.")
    assert (q.text, q.what) == ("±3.5 percentage points", "margin of error")


def test_a_count_after_there_are_in_an_aside_counts_nothing_named(nlp):
    assert _facts(nlp, "The job of a regional commander - there are nine across the globe - is to serve.") == []


def test_an_age_is_the_named_persons_alone(nlp):
    [q] = _facts(nlp, "Tom Hale, playing the 74-year-old Sanders on NBC's Saturday Night Live, explained it.")
    assert (q.value, q.what) == (74, "Sanders")



def test_a_list_item_without_its_verb_belongs_to_the_name_before_its_number(nlp):
    """'Clinton earned 42 percent, Trump 34 percent and Johnson 11 percent': each later share is the
    named candidate's, not 'Clinton earned' again."""
    got = _whats(nlp, "In a three-way race, Berg earned 42 percent, Tom Quint 34 percent and Ann Lee 11 percent.")
    assert got == [(42.0, "Berg earned"), (34.0, "Tom Quint"), (11.0, "Ann Lee")]


def test_a_bare_number_joined_to_the_next_shares_its_unit(nlp):
    """'by 5 and 10 percentage points': the 5 is percentage points too. Guards: a name's number ('the
    S&P 500 and 5.8%') and a date ('20 and 50 years ago') take no unit from the figure after them."""
    got = [(q.value, q.unit) for q in _facts(nlp, "Berg and Quint trailed Lee by 5 and 10 percentage points, respectively.")]
    assert got == [(5.0, "percentage point"), (10.0, "percentage point")]
    got = [q.value for q in _facts(nlp, "Stocks rose 5.7% for the S&P 500 and 5.8% for the Big Board Composite.")]
    assert got == [5.7, 5.8]
    assert _facts(nlp, "He is asked about incidents that happened 20 and 50 years ago.") == []


def test_two_shares_in_parentheses_after_a_margin_are_no_range(nlp):
    """'-30 points (30 percent to 60 percent)': the positive and negative shares, not a span from 30 to 60.
    A guard: without the margin before it the pair stays a range."""
    facts = _facts(nlp, "Quint is far behind at -30 points (30 percent to 60 percent).")
    assert [q.qualifier for q in facts if q.unit == "percent"] == ["exact", "exact"]
    facts = _facts(nlp, "The drug cut deaths (20 percent to 30 percent) in trials.")
    assert [(q.qualifier, q.value_max) for q in facts] == [("range", 30.0)]
