"""Deixis in quotes, generic "today", and tense for bare weekdays and months (invented sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.timeline.timex import find_timexes

ANCHOR = dt.date(2016, 6, 9)  # a Thursday


def value_of(parse, text, expr, anchor=ANCHOR):
    found = {t.text: t.value for t in find_timexes(parse(text), anchor)}
    assert expr in found, f"{expr!r} not found in {found}"
    return found[expr]


@pytest.mark.parametrize("text,expr,expected", [
    ('"Tonight, I ask you to vote for her," the senator said on Wednesday.', "Tonight", "2016-06-08TNI"),
    ('The senator said on Tuesday: "Today we start again."', "Today", "2016-06-07"),
    ("''Tonight we celebrate,'' the mayor told supporters on Monday.", "Tonight", "2016-06-06TNI"),
])
def test_deictic_word_in_dated_past_quote_uses_the_speech_day(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ('"We are ready today," the coach said.', "today", "2016-06-09"),  # undated: TimeBank convention
    ("The company announced today that it will close a plant.", "today", "2016-06-09"),
    ('"We vote tomorrow," she said on Wednesday.', "Wednesday", "2016-06-08"),
])
def test_other_deictic_words_keep_publication_anchor(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


def test_quoted_tomorrow_moves_with_the_speech_day(parse):
    assert value_of(parse, '"We vote tomorrow," she said on Wednesday.', "tomorrow") == "2016-06-09"


def test_generic_today_is_present_ref(parse):
    assert value_of(parse, "It is the charter under which we still live today.", "today") == "PRESENT_REF"


@pytest.mark.parametrize("text,expr,expected", [
    ("He sent a letter vowing to fight for every vote in the last primary on Tuesday.", "Tuesday", "2016-06-14"),
    ("Residents will vote on Tuesday.", "Tuesday", "2016-06-14"),
    ("Residents voted on Tuesday.", "Tuesday", "2016-06-07"),
    ("The deal would see him endorse her in Concord on Tuesday.", "Tuesday", "2016-06-14"),
    ("The scandal made him resign on Tuesday.", "Tuesday", "2016-06-07"),
    ("The candidate looked way past November to the years ahead.", "November", "2016-11"),
    ("The candidate lost the primary last November.", "last November", "2015-11"),
    # 'including ...' takes the time of the verb above it
    ("The team has won nine of its last ten games, including the final on Saturday.", "Saturday", "2016-06-04"),
    ("The team will play three games, including the final on Saturday.", "Saturday", "2016-06-11"),
])
def test_tense_and_prepositions_pick_the_right_weekday_or_month(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The refugees waited 2 1/2 years in the camps.", "2 1/2 years", "P2Y6M"),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("A minute and a half later the alarm rang.", "A minute and a half", "PT1M30S"),
    ("The offer expires at 5 p.m. EST June 20, unless extended.", "5 p.m. EST June 20", "2016-06-20T17:00"),
    ("The club meets on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("For the year, sales were flat.", "the year", "2016"),
    ("Sales rose in the year ended March 31.", "the year", "P1Y"),
    ("The firm declared a dividend payable Feb. 1.", "Feb. 1", "2017-02-01"),
    ("The two leaders meet Monday in Geneva.", "Monday", "2016-06-13"),
    ("The rally follows Monday's vote.", "Monday", "2016-06-06"),
])
def test_durations_times_and_scheduled_dates(parse, text, expr, expected):
    assert value_of(parse, text, expr) == expected


@pytest.mark.parametrize("text,expr,expected", [
    # a possibility points ahead: the general election of the coming November, not the one before
    ("He argued for nominating a Republican who can win the general election in November.", "November", "2016-11"),
    ("The board may decide on Tuesday.", "Tuesday", "2016-02-23"),
    # 'could' is also the past of 'can', as in reporting: kept to the nearest
    ("Police could not say on Monday how many had been hurt.", "Monday", "2016-02-15"),
], ids=["can-month", "may-weekday", "could-past"])
def test_a_modal_of_possibility_points_ahead(parse, text, expr, expected):
    """Told on Wednesday 17 February 2016: the nearest November was the last one."""
    assert value_of(parse, text, expr, anchor=dt.date(2016, 2, 17)) == expected


@pytest.mark.parametrize("text,expr,expected", [
    ("The party held its last meeting of the year. Ratings had peaked at the rally four days earlier.",
     "four days earlier", "XXXX-XX-XX"),
    ("Sales slumped in March. Two weeks later the plant closed.", "Two weeks later", "XXXX-WXX"),
    # a day counted from a day still resolves
    ("The rally was on June 3. Four days later the plant closed.", "Four days later", "2016-06-07"),
], ids=["days-after-year", "weeks-after-month", "days-after-day"])
def test_a_count_finer_than_the_date_before_stays_unresolved(parse, text, expr, expected):
    """'Four days earlier' than 'the year' names no day: the day cannot be counted from a year."""
    assert value_of(parse, text, expr) == expected


def test_that_month_is_the_month_of_the_year_just_named(parse):
    """'In 1972, ... lost the election that November': November 1972, not the last November."""
    text = "In 1972, the senator thrilled primary voters. But he lost the general election that November."
    assert value_of(parse, text, "November") == "1972-11"


def test_a_thing_named_after_a_holiday_is_no_date(parse):
    """'to see the Christmas tree' (in August) names a tree, not a day. Guard: 'on Christmas Day' is one."""
    doc = parse("He was on his way to see the Rockefeller Center Christmas tree. They met on Christmas Day.")
    assert [t.text for t in find_timexes(doc, ANCHOR)] == ["Christmas Day"]


def test_a_month_of_that_year_is_in_the_year_named_before(parse):
    """'took office in January 2009 and peaked ... in October of that year': October 2009, not the last October."""
    text = "The rate was 7.8 percent when he took office in January 2009 and peaked at 10 percent in October of that year."
    assert value_of(parse, text, "October") == "2009-10"


def test_a_month_word_that_runs_into_a_name_is_no_date(parse):
    """'the annual March for Life', 'the March on Washington' name events. Guard: 'set for May on Tuesday'
    keeps its month, and 'March of 1998' is one."""
    doc = parse("Agents watched the annual March for Life. The vote was set for May on Tuesday. "
                "It passed in March of 1998.")
    assert [t.text for t in find_timexes(doc, ANCHOR)] == ["May", "Tuesday", "March of 1998"]


def test_a_clock_time_on_a_line_of_its_own_is_on_the_day_of_the_page(parse):
    """A live blog heads each update with its time ('2:00 p.m.'): that time is on the day of the page, not on
    the last date the update before it named ('after a March 8 appearance'). Guard: 'at 2 p.m.' in a sentence
    follows the day just named."""
    text = ("The hearing followed a March 8 appearance.\n\n2:00 p.m.\n\nA court document says the case is closed.\n\n"
            "The last hearing was on Monday at 2 p.m.")
    times = [t.value for t in find_timexes(parse(text), ANCHOR) if t.type == "TIME"]
    assert times == ["2016-06-09T14:00", "2016-06-06T14:00"]


@pytest.mark.parametrize("text, value", [
    ("Vale stepped down on July 24, the day before the big gathering in the city was set to open.", "2016-07-24"),
    ("Vale resigned on July 24, the day after he lost the vote.", "2016-07-24"),
    ("Vale resigned on July 24. Quint had called him the day before and said so.", "2016-07-23"),
    ("Vale died on July 24. The two men came to his house the day after his death.", "2016-07-25"),
], ids=lambda v: str(v)[:40])
def test_the_day_before_a_thing_set_beside_a_date_is_that_date(nlp, text, value):
    """'on July 24, the day before the gathering': another name for July 24, not the day before it. Guard: 'the
    day before' and 'the day after his death' otherwise count from the last date."""
    doc = nlp(text)
    assert [t.value for t in find_timexes(doc, dt.date(2016, 8, 5)) if t.text.lower().startswith("the day")] == [value]


@pytest.mark.parametrize("text, anchor, value", [
    ("This spring, Tom Vale told friends that he was free.", dt.date(2022, 9, 22), "2022-SP"),
    ("The law will take effect this spring.", dt.date(2022, 11, 22), "2023-SP"),
    ("This summer has been hot.", dt.date(2022, 7, 10), "2022-SU"),
    ("Factory owners are buying new machines at a healthy rate this fall.", dt.date(1989, 10, 25), "1989-FA"),
], ids=lambda v: str(v)[:40])
def test_this_season_follows_the_tense(nlp, text, anchor, value):
    """'This spring, Vale told friends', written in September: the spring gone by, not the next one."""
    assert [t.value for t in find_timexes(nlp(text), anchor)] == [value]
