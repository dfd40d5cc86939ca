"""Written forms of figures met in new kinds of news sentences: other dollars, Indian scales,
metres written "m", range dashes with repeated symbols, vague "several hundred", quake magnitudes.

Each sentence is invented; each case failed before the change it tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.quantities import find_quantities
from storyline.timeline.timex import find_timexes


def _facts(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_timexes(doc, dt.date(2023, 6, 1)))


def _one(nlp, text):
    [q] = _facts(nlp, text)
    return q


@pytest.mark.parametrize("sentence, value, unit", [
    ("The harbour sale fetched HK$3.2bn.", 3.2e9, "Hong Kong dollar"),
    ("The trust holds NZ$40 million in bonds.", 4e7, "New Zealand dollar"),
    ("The average rent in the district is Rs. 25,000 a month.", 25000, "Indian rupee per month"),
    ("The scheme will cost Rs 500 crore.", 5e9, "Indian rupee"),
    ("The budget allocates Rs 1.5 lakh crore for railways.", 1.5e12, "Indian rupee"),
    ("The lighthouse is 48 m tall.", 48, "metre"),
    ("The new pier is 828m long.", 828, "metre"),
    ("Engineers built a 300m-long bridge over the gorge.", 300, "metre"),
    ("A 7.8-magnitude earthquake struck the region on Monday.", 7.8, "magnitude"),
    ("The quake, of magnitude 6.8, shook the capital.", 6.8, "magnitude"),
], ids=lambda v: str(v)[:30])
def test_written_forms(nlp, sentence, value, unit):
    q = _one(nlp, sentence)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_two_word_unit_is_in_the_span(nlp):
    q = _one(nlp, "The ferry sank about 50 nautical miles off the coast.")
    assert (q.text, q.unit) == ("about 50 nautical miles", "nautical mile")


def test_million_m_is_unchanged(nlp):
    q = _one(nlp, "The council approved £300m for new schools.")
    assert (q.value, q.unit) == (3e8, "pound sterling")


@pytest.mark.parametrize("sentence, low, high, unit", [
    ("The council will spend £1.2m-£1.5m on the survey.", 1.2e6, 1.5e6, "pound sterling"),
    ("The bank kept its rate in a band of 5.25%-5.5%.", 5.25, 5.5, "percent"),
    ("Her approval rating is 42%-49%.", 42, 49, "percent"),
], ids=lambda v: str(v)[:30])
def test_range_with_repeated_symbol(nlp, sentence, low, high, unit):
    q = _one(nlp, sentence)
    assert (q.value, q.value_max, q.qualifier, q.unit) == (pytest.approx(low), pytest.approx(high), "range", unit)


@pytest.mark.parametrize("sentence, low, high", [
    ("Several hundred families were evacuated from the valley.", 300, 1000),
    ("A few thousand supporters gathered outside the court.", 2000, 10000),
    ("Several dozen protesters gathered outside the city hall.", 36, 120),
], ids=lambda v: str(v)[:30])
def test_vague_scale(nlp, sentence, low, high):
    q = _one(nlp, sentence)
    assert (q.value, q.value_max, q.qualifier) == (low, high, "approximately")


def test_a_few_alone_is_no_figure(nlp):
    assert _facts(nlp, "A few residents came to the meeting.") == []


def test_a_hundred_thousand(nlp):
    assert _one(nlp, "The festival drew a hundred thousand visitors.").value == 100000


def test_change_by_then_level(nlp):
    got = _facts(nlp, "The price of a loaf rose by 8p to £1.42.")
    assert [(q.value, q.unit) for q in got] == [(8, "pence"), (1.42, "pound sterling")]


def test_race_time_is_a_measure(nlp):
    q = _one(nlp, "She won the final in 10.72 seconds.")
    assert (q.value, q.unit) == (10.72, "second")
    assert _facts(nlp, "In the final 10 minutes, the hosts scored twice.") == []


@pytest.mark.parametrize("sentence, what", [
    ("Police arrested 23 people, including four minors.", "people arrested"),
    ("Organisers expected 5,000 people to attend.", "people to attend"),
], ids=lambda v: str(v)[:30])
def test_what_leaves_out_parts(nlp, sentence, what):
    assert _facts(nlp, sentence)[0].what == what


@pytest.mark.parametrize("sentence, unit", [
    ("The minimum wage will rise to $15 an hour next year.", "US dollar per hour"),
    ("Rent for the flat is £900 a month.", "pound sterling per month"),
    ("The field produces 200,000 barrels a day.", "barrel per day"),
    ("He charges €90 per night for the room.", "euro per night"),
    ("Gold rose to $1,950 an ounce.", "US dollar per ounce"),
], ids=lambda v: str(v)[:30])
def test_rate_units(nlp, sentence, unit):
    assert _facts(nlp, sentence)[-1].unit == unit


def test_a_plain_count_takes_no_rate(nlp):
    q = _one(nlp, "The shop sells 4,000 loaves a day.")
    assert q.unit is None


def test_report_set_off_after_the_clause_is_the_source(nlp):
    q = _facts(nlp, "An estimated 3,000 people marched through central Madrid on Sunday, police said, "
                    "while organisers put the figure at 10,000.")[0]
    assert (q.value, q.according_to, q.where) == (3000, "police", "Madrid")


def test_a_role_noun_can_be_the_source(nlp):
    q = _one(nlp, "The airline expects to hire 5,000 pilots over the next decade, its chief executive told a newspaper.")
    assert q.according_to == "its chief executive"


def test_money_in_what_it_buys(nlp):
    q = _one(nlp, "The government announced an additional $5bn in aid.")
    assert (q.value, q.what) == (5e9, "aid")


def test_base_of_a_rate_is_no_count(nlp):
    q = _one(nlp, "The region has about 1.2 doctors per 1,000 people.")
    assert q.value == 1.2


def test_places_of_a_subject_need_a_plural_subject(nlp):
    got = {q.value: q.what for q in _facts(nlp, "The striker has scored 18 goals in 22 appearances this season.")}
    assert got[22] == "appearances"
    assert _one(nlp, "Protests took place in 38 cities on Saturday.").what == "cities with protests"


def test_counts_listed_by_place(nlp):
    got = _facts(nlp, "The storm killed at least 34 people in Florida, 5 in Georgia and 2 in South Carolina.")
    assert [(q.value, q.what, q.where) for q in got] == [
        (34, "people killed in Florida", "Florida"), (5, "people killed", "Georgia"), (2, "people killed", "South Carolina")]


def test_shares_listed_by_place_without_a_thing_named(nlp):
    """A list of bare shares by place once crashed (the share before had no thing) and once made the
    last share's unit its thing ('percent in Texas')."""
    got = _facts(nlp, "Support peaked in some states, including 13 percent in Ohio, 12 percent in Idaho, "
                      "and 10 percent in Texas.")
    assert [(q.value, q.unit) for q in got] == [(13, "percent"), (12, "percent"), (10, "percent")]
    assert all(not (q.what or "").startswith("percent") for q in got)


@pytest.mark.parametrize("sentence, unit", [
    ("The prize is worth 11 million Swedish kronor (about $1m).", "Swedish krona"),
    ("The fine was 5,000 zlotys.", "Polish zloty"),
    ("The ticket costs 300 baht.", "Thai baht"),
], ids=lambda v: str(v)[:30])
def test_more_currencies(nlp, sentence, unit):
    assert _facts(nlp, sentence)[0].unit == unit


@pytest.mark.parametrize("sentence", [
    "Read more: The 10 best beaches on the coast.",
    "RELATED: Council to cut 200 jobs",
    "She is one of the 100 most influential people in the world.",
    "Photo: agency staff. 3 min read.",
], ids=lambda s: s[:30])
def test_furniture_and_ranked_lists(nlp, sentence):
    assert _facts(nlp, sentence) == []


def test_dash_score_of_percents_is_skipped(nlp):
    got = _facts(nlp, "The mayor leads by roughly 9 points, 42%-32.7%, in the average of recent polls.")
    assert [q.value for q in got] == [9]


@pytest.mark.parametrize("sentence, text, value, unit, qualifier", [
    ("The concert drew 10,000+ fans.", "10,000+", 10000, None, "at_least"),
    ("The new chip is 1.5x faster than its predecessor.", "1.5x", 1.5, "times", "exact"),
    ("Nearly a quarter of a million people signed the petition.", "Nearly a quarter of a million", 250000, None,
     "approximately"),
    ("The trail is three-quarters of a mile long.", "three-quarters of a mile", 0.75, "mile", "exact"),
    ("He spent two and a half years in jail.", "two and a half years", 2.5, "year", "exact"),
    ("The recipe needs 1½ cups of flour.", "1½", 1.5, None, "exact"),
], ids=lambda v: str(v)[:30])
def test_more_written_forms(nlp, sentence, text, value, unit, qualifier):
    q = _one(nlp, sentence)
    assert (q.text, q.value, q.unit, q.qualifier) == (text, pytest.approx(value), unit, qualifier)


def test_sum_is_no_bound(nlp):
    assert [q.text for q in _facts(nlp, "The answer to 2+2 is 4.")] == []


def test_start_level_measures_what_the_end_level_does(nlp):
    got = _facts(nlp, "Prices rose from 2% to 3% over the year.")
    assert [(q.value, q.what) for q in got] == [(2, "Prices"), (3, "Prices")]  # levels of the subject


def test_percentage_in_brackets_after_its_noun(nlp):
    assert _one(nlp, "The firm's market share (15%) is the largest in the region.").what == "firm's market share"


@pytest.mark.parametrize("sentence, value", [
    ("About one in every four homes is empty.", 25),
    ("Three out of every 10 voters backed him.", 30),
    ("Three of every four voters backed the plan.", 75),
], ids=lambda v: str(v)[:30])
def test_share_with_every(nlp, sentence, value):
    q = _one(nlp, sentence)
    assert (q.value, q.unit) == (value, "percent")


def test_date_of_a_participle_on_another_noun_is_not_when(nlp):
    assert _one(nlp, "The company, founded in 1998, now has 3,400 employees.").when is None
    assert _one(nlp, "The 12 people killed in the attack on Friday were all civilians.").when == "2023-05-26"


def test_figure_on_a_compound_counts_the_whole_noun(nlp):
    assert _one(nlp, "EU leaders agreed a €750bn recovery fund.").what.startswith("recovery fund")


def test_point_margin_without_hyphen(nlp):
    q = _one(nlp, "She holds a 5 point lead over her rival.")
    assert (q.value, q.unit) == (5, "point")


def test_apposed_percentage_needs_brackets_after_a_subject_or_object(nlp):
    got = _facts(nlp, "The bloc won the support of women (61 percent) and older voters (58 percent).")
    assert all(q.what not in ("women", "older voters") for q in got)


def test_title_with_a_time_unit_is_no_figure(nlp):
    assert _facts(nlp, "The film 13 Hours opened on Friday.") == []
    assert [q.text for q in _facts(nlp, "13 Hours will tell the story of six contractors.")] == ["six"]
    assert _one(nlp, "He survived 5 ½ years in prison.").value == 5.5


def test_figure_restated_with_now_measures_its_noun_today(nlp):
    q = _facts(nlp, "The mayor has called for the city minimum wage, now $9.50 an hour, to be raised to $15 by 2030.")[0]
    assert (q.value, q.what, q.when) == (9.5, "city minimum wage", None)


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The queue stretched for a mile and a half.", "a mile and a half", 1.5, "mile"),
    ("Temperatures fell to 5 degrees below zero overnight.", "5 degrees below zero", -5, "degree"),
    # spoken decimals, as in broadcast transcripts
    ("The plan is part of a one point six billion dollar savings drive.", "one point six billion dollar", 1.6e9,
     "US dollar"),
    ("The firm cut two point five percent of its staff.", "two point five percent", 2.5, "percent"),
    ("Prices rose three point two five percent in March.", "three point two five percent", 3.25, "percent"),
], ids=lambda v: str(v)[:30])
def test_half_after_a_unit_below_zero_and_spoken_decimals(nlp, sentence, text, value, unit):
    q = _one(nlp, sentence)
    assert (q.text, q.value, q.unit) == (text, pytest.approx(value), unit)


def test_a_week_earlier_is_no_rate(nlp):
    got = _facts(nlp, "Investors bought $4.2 billion of the bonds on Tuesday, up from $3.1 billion a week earlier.")
    assert [q.unit for q in got] == ["US dollar", "US dollar"]


def test_rate_followed_by_on_keeps_its_base(nlp):
    q = _facts(nlp, "The firm earned $3.27 a share on sales of $680 million.")[0]
    assert q.unit == "US dollar per share"


def test_at_one_point_is_the_idiom(nlp):
    q = _one(nlp, "At one point six people were arrested outside the hall.")
    assert (q.value, q.what) == (6, "people arrested outside the hall")


@pytest.mark.parametrize("sentence, unit, what", [
    ("The couple travelled with their 6-month-old daughter.", "month of age", "daughter"),
    ("A 3-week-old puppy was found in the park.", "week of age", "puppy found in the park"),
], ids=lambda v: str(v)[:30])
def test_age_in_months_and_weeks(nlp, sentence, unit, what):
    q = _one(nlp, sentence)
    assert (q.unit, q.what) == (unit, what)


@pytest.mark.parametrize("sentence, value, what", [
    ("The blast killed 14 people and wounded more than 200 others.", 200, "others wounded"),
    ("The blast went off, killing 14 people and wounding more than 200 others.", 200, "others wounded"),
    ("The pilot and 12 others died when the plane came down.", 12, "others who died"),
    ("Police arrested nine men and four women at the camp.", 4, "women arrested at the camp"),
], ids=lambda v: str(v)[:30])
def test_conjunct_shares_the_verb(nlp, sentence, value, what):
    q = [q for q in _facts(nlp, sentence) if q.value == value]
    assert len(q) == 1 and q[0].what == what


@pytest.mark.parametrize("sentence, value, what", [
    ("A $5 million reward has been offered for his arrest.", 5e6, "reward offered for his arrest"),
    ("A total of $650,000 is being offered for information.", 650000, "offered"),
], ids=lambda v: str(v)[:30])
def test_offer_with_a_subject_is_news_not_an_advert(nlp, sentence, value, what):
    q = _one(nlp, sentence)
    assert (q.value, q.unit) == (value, "US dollar") and q.what.startswith(what)


def test_article_before_dollar_is_no_currency_prefix(nlp):
    assert _one(nlp, "The miner sold the pit for A $300 million.").unit == "Australian dollar"
    assert _one(nlp, "A $2 million grant was approved.").unit == "US dollar"


def test_numbered_measures_its_subject(nlp):
    q = _one(nlp, "The victims in the capital numbered 213.")
    assert (q.value, q.what) == (213, "victims in the capital")


def test_decimal_index_level_tagged_as_a_name(nlp):
    q = [q for q in _facts(nlp, "The Dow Jones industrial average rose 72.24 points to 8,189.49.") if q.value > 1000]
    assert len(q) == 1 and q[0].value == pytest.approx(8189.49)


@pytest.mark.parametrize("sentence, what", [
    ("Talbian, 52, was shot through a window.", "Talbian"),
    ("The 44-year-old Mathias Rowe was arrested in Lyon.", "Mathias Rowe"),
], ids=lambda v: str(v)[:30])
def test_age_of_a_name(nlp, sentence, what):
    q = _one(nlp, sentence)
    assert (q.unit, q.what) == ("year of age", what)


def test_two_cents_is_an_idiom_only_as_an_opinion(nlp):
    q = _one(nlp, "Diesel prices fell nearly two cents a gallon in May.")
    assert (q.value, q.unit) == (2, "cent per gallon")
    assert _facts(nlp, "Everyone wants to put in their two cents on the plan.") == []


def test_bare_object_counts_the_noun_counted_before_it(nlp):
    got = {q.value: q.what for q in _facts(nlp, "With 90 seats at stake, the party will win at least 41.")}
    assert got[41] == "seats"
    got = {q.value: q.what for q in _facts(nlp, "Guards detained 40 migrants and released 12 on Sunday.")}
    assert got[12] == "migrants"


def test_number_parsed_apart_from_its_noun(nlp):
    got = {q.value: q.what for q in _facts(nlp, "Harlow so far has won 612 pledged delegates, compared to Dunn's 400 and Quint's 145.")}
    assert got[612].startswith("pledged delegates")


@pytest.mark.parametrize("sentence, text, low, high", [
    ("There were four or five people inside the shop.", "four or five", 4, 5),
    ("Prosecutors are running seven or eight investigations into the firm.", "seven or eight", 7, 8),
    ("He has been arrested two or three times.", "two or three times", 2, 3),
], ids=lambda v: str(v)[:30])
def test_two_neighbouring_counts_are_one_range(nlp, sentence, text, low, high):
    q = _one(nlp, sentence)
    assert (q.text, q.value, q.value_max) == (text, low, high)


def test_alternative_amounts_stay_apart(nlp):
    got = _facts(nlp, "The council spent $100 million or $350 million on roads, depending on the count.")
    assert sorted(q.value for q in got) == [1e8, 3.5e8]


def test_plural_kilogram_abbreviation_is_a_conversion(nlp):
    q, kg = _facts(nlp, "Police found more than 1,300 pounds (600 kgs) of explosives.")
    assert (q.value, q.unit, q.conversion_of) == (1300, "pound-mass", None)
    assert (kg.value, kg.unit, kg.conversion_of) == (600, "kilogram", 0)


def test_a_bare_share_as_subject_keeps_its_verbs_object(nlp):
    got = {q.value: q.what for q in _facts(nlp, "In the survey, 52 percent of voters chose Harlow while 41 percent chose Dunn.")}
    assert got[41] == "chose Dunn"


def test_a_capitalised_number_word_ending_a_name_is_no_count(nlp):
    """'the Gang of Eight amnesty plan', 'the Group of Seven': a name. Guard: 'a group of eight senators'
    counts senators."""
    doc = nlp("I fought so hard to defeat the Republican establishment's Gang of Eight amnesty plan. "
              "Leaders of the Group of Seven met. "
              "A group of eight senators wrote the bill.")
    assert [(q.value, q.what) for q in find_quantities(doc, [])] == [(8.0, "senators")]


def test_a_number_naming_one_thing_is_no_count(nlp):
    """'a 911 caller': one caller, named by a number. Guard: 'a 12 member panel' counts the members."""
    doc = nlp("Something a 911 caller also told a dispatcher. It was a 12 member panel.")
    assert [q.text for q in find_quantities(doc, [])] == ["12"]


@pytest.mark.parametrize("sentence, unit", [
    ("Halvard stock closed at C$9.75, up 75 Canadian cents.", "Canadian cent"),
    ("The stamp now costs 90 euro cents.", "euro cent"),
    ("The bank will pay 1,015 French francs for each share.", "French franc"),
    ("The state will put 100 million Finnish markkaa into the yard.", "Finnish markka"),
    ("Net income rose to 235 million guilders in the quarter.", "Dutch guilder"),
    ("The bank lent 500 billion lire to the carmaker.", "Italian lira"),
    ("The unit was sold for 40 billion pesetas.", "Spanish peseta"),
])
def test_cents_and_francs_of_a_named_currency(nlp, sentence, unit):
    """(and the currencies the euro replaced, which older copy and history give)"""
    assert _facts(nlp, sentence)[-1].unit == unit


def test_a_per_share_figure_after_or_restates_the_amount_before_it(nlp):
    """'net income of C$6.5 million, or eight Canadian cents a share': the parser hung the cents on 'income';
    they are the same net income per share."""
    qs = _facts(nlp, "Halvard posted net income of C$6.5 million, or eight Canadian cents a share.")
    assert [(q.unit, q.what) for q in qs] == [("Canadian dollar", "net income"),
                                              ("Canadian cent per share", "net income")]


def test_the_u_s_cents_restating_pence_are_cents(nlp):
    qs = _facts(nlp, "The share price rose five pence (eight U.S. cents) to 720 pence.")
    assert [(q.value, q.unit) for q in qs] == [(5, "pence"), (8, "cent"), (720, "pence")]


def test_a_number_naming_the_one_thing_after_the_is_no_count(nlp):
    """'the 486 chip' is a chip's model, as 'a 911 caller' is one caller. Guard: 'the 300 protesters' counts."""
    doc = nlp("Ann Lee directs work on the 486 chip. The 300 protesters marched.")
    assert [q.value for q in find_quantities(doc, [])] == [300.0]


@pytest.mark.parametrize("sentence, source", [
    ("Kalamazoo, Mich.-based First of Orbis said it will eliminate 13 management positions.", "First of Orbis"),
    ("New York-based Halvard Group Inc. said it will cut 300 jobs.", "Halvard Group Inc."),
])
def test_a_source_s_seat_is_no_part_of_its_name(nlp, sentence, source):
    """'Kalamazoo, Mich.-based First of Orbis said': the firm is the source, not the town it sits in."""
    assert _facts(nlp, sentence)[0].according_to == source


def test_an_adverb_before_the_source_is_no_part_of_its_name(nlp):
    """'Earlier Halvard Corp. also announced an 18% drop': the parser hung 'Earlier' on the firm."""
    qs = _facts(nlp, "Earlier Halvard Corp. also announced an eighteen percent drop in profits, the firm said.")
    assert [q.according_to for q in qs] == ["Halvard Corp."]


def test_a_bracketed_label_is_no_count(nlp):
    """'[538] Americans who dislike ...': the bracketed number labels the item (here its source), it counts no one."""
    assert _facts(nlp, "[538] -Americans who dislike the messy intricacies of democracy are more likely to vote.") == []


@pytest.mark.parametrize("sentence, kept", [
    ("His mother insisted that her son was 100 percent American.", []),
    ("The grid is 100 percent renewable.", [100.0]),  # Guard: a share of the grid
])
def test_wholly_of_a_nation_is_emphasis_not_a_share(nlp, sentence, kept):
    """'her son was 100 percent American' says who he is, as '100 percent sure' says how sure."""
    assert [q.value for q in _facts(nlp, sentence)] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("“American Skin (41 Shots)” was written after the shooting of a man who was hit 19 times.", [19.0]),
    ("He said “500 people” came to the hall.", [500.0]),  # Guard: quoted words, no title
])
def test_a_number_in_a_quoted_title_is_no_figure(nlp, sentence, kept):
    """'“American Skin (41 Shots)”' names a song: every word of the quotation is capitalised."""
    assert [q.value for q in _facts(nlp, sentence)] == kept


@pytest.mark.parametrize("sentence, unit", [
    ("Competition reduced earnings by $213 per adult per year.", "US dollar per adult per year"),
    ("The plan costs $300 per household per month.", "US dollar per household per month"),
    ("Income rose to $41,000 per capita.", "US dollar per person"),
])
def test_a_rate_per_person_and_per_time_keeps_both_bases(nlp, sentence, unit):
    """'$213 per adult per year' is no sum of $213: both bases of the rate stay with the unit."""
    assert [q.unit for q in _facts(nlp, sentence)] == [unit]
