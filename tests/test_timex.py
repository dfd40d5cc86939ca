"""Temporal expressions: TIMEX3 type and value for each construction, on invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.timeline.timex import find_timexes

ANCHOR = dt.date(2022, 9, 22)  # a Thursday


def values(parse, text, anchor=ANCHOR):
    return {t.text: (t.type, t.value) for t in find_timexes(parse(text), anchor)}


def value_of(parse, text, expr, anchor=ANCHOR):
    found = values(parse, text, anchor)
    assert expr in found, f"{expr!r} not found in {found}"
    return found[expr]


@pytest.mark.parametrize("text,expr,expected", [
    ("The minister spoke on Wednesday.", "Wednesday", ("DATE", "2022-09-21")),
    ("The minister has spoken on Monday.", "Monday", ("DATE", "2022-09-19")),
    ("The minister will speak on Wednesday.", "Wednesday", ("DATE", "2022-09-28")),
    ("The minister is going to speak on Saturday.", "Saturday", ("DATE", "2022-09-24")),
    ("The council met Thursday.", "Thursday", ("DATE", "2022-09-22")),
    ("The council met last Friday.", "last Friday", ("DATE", "2022-09-16")),
])
def test_weekday_follows_tense(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The talks ended on September 21.", "September 21", ("DATE", "2022-09-21")),
    ("The bridge opened Sept. 21.", "Sept. 21", ("DATE", "2022-09-21")),
    ("Visas have been limited since March 10.", "March 10", ("DATE", "2022-03-10")),
    ("The summit will be held on January 5.", "January 5", ("DATE", "2023-01-05")),
    ("The plant closed on 09/29/2021.", "09/29/2021", ("DATE", "2021-09-29")),
    ("The plant closed on 2021-09-21.", "2021-09-21", ("DATE", "2021-09-21")),
    ("It happened on Thursday 22 September 2022.", "Thursday 22 September 2022", ("DATE", "2022-09-22")),
    ("The agreement was signed in October 2019.", "October 2019", ("DATE", "2019-10")),
    ("The agreement was signed in 2019.", "2019", ("DATE", "2019")),
])
def test_calendar_dates(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The army struck on Monday. The next day, rebels answered.", "The next day", ("DATE", "2022-09-20")),
    ("Troops left on Sept. 2. The same day, talks began.", "The same day", ("DATE", "2022-09-02")),
    ("Troops left on Sept. 2. A day earlier, talks had failed.", "A day earlier", ("DATE", "2022-09-01")),
    ("Troops left on Sept. 2. That night, the city was shelled.", "That night", ("TIME", "2022-09-02TNI")),
])
def test_relative_to_previous_date(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("Prices rose last week.", "last week", ("DATE", "2022-W37")),
    ("Prices rose this week.", "this week", ("DATE", "2022-W38")),
    ("Protests grew over the weekend.", "the weekend", ("DATE", "2022-W37-WE")),
    ("Sales fell last month.", "last month", ("DATE", "2022-08")),
    ("The law passed last year.", "last year", ("DATE", "2021")),
    ("The heat was severe this summer.", "this summer", ("DATE", "2022-SU")),
    ("Profit rose in the third quarter.", "the third quarter", ("DATE", "2022-Q3")),
    ("The company was founded two years ago.", "two years ago", ("DATE", "2020")),
    ("Earlier this year the firm cut jobs.", "Earlier this year", ("DATE", "2022")),
])
def test_weeks_months_seasons_years(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("Shelling continued on Wednesday night.", "Wednesday night", ("TIME", "2022-09-21TNI")),
    ("The border was quiet overnight.", "overnight", ("TIME", "2022-09-21TNI")),
    ("The vote was held this morning.", "this morning", ("TIME", "2022-09-22TMO")),
    ("The vote closed at 10 p.m. yesterday.", "10 p.m. yesterday", ("TIME", "2022-09-21T22:00")),
    ("The result came late Wednesday.", "late Wednesday", ("DATE", "2022-09-21")),
])
def test_parts_of_day_and_times(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The siege lasted six months.", "six months", ("DURATION", "P6M")),
    ("Rescuers worked for 24 hours.", "24 hours", ("DURATION", "PT24H")),
    ("Prices doubled in the past three months.", "the past three months", ("DURATION", "P3M")),
    ("It is a five-year plan.", "five-year", ("DURATION", "P5Y")),
    ("The talks took several weeks.", "several weeks", ("DURATION", "PXW")),
])
def test_durations(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The market opens every day.", "every day", ("SET", "P1D")),
    ("The club meets every Monday.", "every Monday", ("SET", "XXXX-WXX-1")),
    ("The paper is printed daily.", "daily", ("SET", "P1D")),
])
def test_sets(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The border is now closed.", "now", ("DATE", "PRESENT_REF")),
    ("The border is currently closed.", "currently", ("DATE", "PRESENT_REF")),
    ("The border was recently closed.", "recently", ("DATE", "PAST_REF")),
    ("Such crossings were rare in the past.", "the past", ("DATE", "PAST_REF")),
    ("The border may open in the future.", "the future", ("DATE", "FUTURE_REF")),
    ("The border will open soon.", "soon", ("DATE", "FUTURE_REF")),
])
def test_vague_references(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


def test_no_anchor_leaves_relative_dates_unresolved(parse):
    found = values(parse, "The minister spoke on Wednesday and again last week, in September.", anchor=None)
    assert found["Wednesday"] == ("DATE", "XXXX-WXX-3")
    assert found["last week"] == ("DATE", "XXXX-WXX")
    assert found["September"] == ("DATE", "XXXX-09")


def test_no_anchor_still_resolves_explicit_dates_and_their_next_day(parse):
    found = values(parse, "Troops left on 2 September 2022. The next day, talks began.", anchor=None)
    assert found["2 September 2022"] == ("DATE", "2022-09-02")
    assert found["The next day"] == ("DATE", "2022-09-03")


def test_numbers_are_not_years(parse):
    found = values(parse, "About 2000 people marched and 1500 soldiers watched.")
    assert found == {}


def test_offsets_index_the_text(parse):
    text = "Putin announced a mobilization on Wednesday, Sept. 21."
    for t in find_timexes(parse(text), ANCHOR):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text,expr,expected", [
    ("The firm reported results for the third quarter.", "the third quarter", ("DATE", "2022-Q3")),
    ("Sales fell in the 1990s.", "the 1990s", ("DATE", "199")),
    ("Sales fell in the 1980’s.", "the 1980’s", ("DATE", "198")),
    ("Sales fell in the ’70s.", "the ’70s", ("DATE", "197")),
    ("Sales fell in the 90's.", "the 90's", ("DATE", "199")),
    ("Output will grow less than forecast in July.", "July", ("DATE", "2022-07")),
    ("The shop was busy on Christmas Eve.", "Christmas Eve", ("DATE", "2021-12-24")),
    ("The deal was struck in nineteen ninety-six.", "nineteen ninety-six", ("DATE", "1996")),
    ("The rebels held the town for weeks.", "weeks", ("DURATION", "PXW")),
    ("Prices rose in recent months.", "recent months", ("DURATION", "PXM")),
    ("Results were worse than a year earlier.", "a year earlier", ("DATE", "2021")),
])
def test_more_constructions(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


def test_a_bare_decade_number_may_be_degrees(parse):
    """'in the 90s' is a decade or a temperature: without the apostrophe it is not taken as a date."""
    assert not any("90s" in expr for expr in values(parse, "Temperatures were in the 90s all week."))


def test_reported_speech_in_future_resolves_forward(parse):
    found = values(parse, "The ministry said it expects the deal to close by Dec. 15.")
    assert found["Dec. 15"] == ("DATE", "2022-12-15")


def test_rates_are_not_durations(parse):
    assert "a day" not in values(parse, "The pill is taken twice a day.")


def test_spelled_numbers_are_not_always_years(parse):
    found = values(parse, "Two thousand people marched in the year two thousand.")
    assert found == {"the year two thousand": ("DATE", "2000")}


@pytest.mark.parametrize(
    "text",
    [
        "Justice Sandra Day O'Connor wrote the opinion.",  # "a Day" inside a name
        "By mid afternoon the square was empty.",  # "noon" inside "afternoon"
        "The fund holds 1,384,119 Octel shares.",  # "19 Oct" inside a number
    ],
)
def test_no_expression_starts_inside_a_word(nlp, text):
    assert find_timexes(nlp(text), dt.date(2020, 5, 4)) == []


@pytest.mark.parametrize("text,expr,expected", [
    ("The border closed on Tuesday, Sept. 13, after the attack.", "Tuesday, Sept. 13", ("DATE", "2022-09-13")),
    ("Talks will resume Saturday, October 1, officials said.", "Saturday, October 1", ("DATE", "2022-10-01")),
])
def test_weekday_with_its_calendar_date_is_one_date(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text", [
    "She read the story in the Yale Daily News before class.",
    "Speaking on ABC\u2019s \u201cThis Week,\u201d the senator admitted the error.",
    "The comedian, who hosts the show \u201cLast Week Tonight,\u201d lost his temper.",
])
def test_a_time_word_inside_a_name_or_a_show_title_is_no_time(parse, text):
    assert values(parse, text) == {}


def test_a_time_word_that_opens_a_sentence_or_a_quote_is_still_a_time(parse):
    assert values(parse, "Daily, the pills are taken with water.") == {"Daily": ("SET", "P1D")}
    assert values(parse, "He said the vote is \u201cnext week.\u201d") == {"next week": ("DATE", "2022-W39")}


def test_the_newspaper_usa_today_is_no_date(parse):
    """'USA TODAY's Paul Singer takes a look': a title, not the publication day. Guard: 'The vote is today.'"""
    assert values(parse, "USA TODAY's Paul Singer takes a look at where each may thrive.") == {}
    assert value_of(parse, "In a USA Today poll, voters agreed. The vote is today.", "today") == ("DATE", ANCHOR.isoformat())


def test_next_and_last_month_are_strictly_ahead_and_behind(parse):
    """'next January' in February is eleven months ahead, however near the last January is."""
    anchor = dt.date(2016, 2, 6)
    assert value_of(parse, "He will leave office next January.", "next January", anchor) == ("DATE", "2017-01")
    assert value_of(parse, "He left last December.", "last December", anchor) == ("DATE", "2015-12")
    assert value_of(parse, "The vote is next March.", "next March", anchor) == ("DATE", "2016-03")


def test_the_first_end_of_a_range_takes_the_year_of_the_second(parse):
    got = values(parse, "From September to December 2014, 46,000 accounts were used.", dt.date(2016, 2, 6))
    assert got == {"September": ("DATE", "2014-09"), "December 2014": ("DATE", "2014-12")}
    got = values(parse, "From November to February 2015, it snowed.", dt.date(2016, 2, 6))
    assert got["November"] == ("DATE", "2014-11")


def test_a_bare_half_is_a_half_year_only_among_accounts(parse):
    """'he tweeted during the first half' (of a game) is no date. Guard: 'profit for the first half', 'the
    first half of the year'."""
    anchor = dt.date(2016, 8, 6)
    assert values(parse, "He tweeted during the first half.", anchor) == {}
    assert value_of(parse, "Profit rose in the first half.", "the first half", anchor) == ("DATE", "2016-H1")
    assert value_of(parse, "The tax was cut in the first half of the year.", "the first half", anchor) == (
        "DATE", "2016-H1")
