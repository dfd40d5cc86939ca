"""News-benchmark conventions (NewsQuant/CQE): fractions, pence, split ranges, glued units,
negative numbers, multipliers, percentage points, durations, ages, vague plurals.

Invented sentences; each asserts what a reader of the sentence would write down.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.quantities import find_quantities
from storyline.timeline.timex import find_timexes


def _facts(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_timexes(doc, dt.date(2024, 5, 1)))


def _one(nlp, text):
    got = _facts(nlp, text)
    assert len(got) == 1, [(q.text, q.value) for q in got]
    return got[0]


@pytest.mark.parametrize("sentence,text,value,qualifier,what_word", [
    ("The ministry said two-thirds of the new wells were drilled in the north.", "two-thirds", 2 / 3, "exact", "wells"),
    ("Nearly a third of the region's bridges need repairs.", "Nearly a third", 1 / 3, "approximately", "bridges"),
    ("About three-quarters of respondents said rents were too high.", "About three-quarters", 0.75,
     "approximately", "respondents"),
    ("More than half of the harvest was lost to the floods.", "More than half", 0.5, "more_than", "harvest"),
    ("The fund lost one-fifth of its value in a week.", "one-fifth", 0.2, "exact", "value"),
    ("Democrats won about two-thirds of the seats.", "about two-thirds", 2 / 3, "approximately", "seats"),
], ids=lambda s: str(s)[:30])
def test_fractions_are_shares(nlp, sentence, text, value, qualifier, what_word):
    q = _one(nlp, sentence)
    assert (q.text, q.qualifier, q.unit) == (text, qualifier, "fraction")
    assert q.value == pytest.approx(value) and what_word in q.what


@pytest.mark.parametrize("sentence", [
    "The team scored 31 goals in the second half of the season.",
    "Half-time came with the score level.",
    "She won a third term in office.",
    "Profits rose in the first quarter of the year.",
], ids=lambda s: s[:30])
def test_ordinals_and_periods_are_not_fractions(nlp, sentence):
    assert [q.unit for q in _facts(nlp, sentence) if q.unit == "fraction"] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Stamps now cost 85p each after the latest rise.", [(85, "pence")]),
    ("Shares in the retailer closed 12p lower at 248p.", [(12, "pence"), (248, "pence")]),
    ("Bus fares will go up by 20 cents to $2.75.", [(20, "cent"), (2.75, "US dollar")]),
    ("Runners completed a 5km loop around the park.", [(5, "kilometre")]),
    ("The startup raised $3bn from investors.", [(3e9, "US dollar")]),
    ("The club agreed a £2.5m fee for the defender.", [(2.5e6, "pound sterling")]),
    ("The charity received donations totalling £1.3m.", [(1.3e6, "pound sterling")]),
    ("Temperatures dropped to -15C in the capital overnight.", [(-15, "celsius")]),
    ("The thermometer read -4.5 degrees at the airport.", [(-4.5, "degree")]),
    ("The storm's winds reached 180 kilometres per hour.", [(180, "kilometre per hour")]),
    ("The jet can fly at speeds of up to 900 km/h.", [(900, "kilometre per hour")]),
    ("The false positive rate fell to .001 per cent.", [(0.001, "percent")]),
], ids=lambda s: str(s)[:30])
def test_units_written_into_or_around_the_number(nlp, sentence, expected):
    assert [(pytest.approx(q.value), q.unit) for q in _facts(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence,lo,hi,unit", [
    ("The company expects losses of between $5 million and $10 million this year.", 5e6, 1e7, "US dollar"),
    ("The repairs will cost $5 million to $10 million, the council said.", 5e6, 1e7, "US dollar"),
    ("Analysts forecast growth of between 3 and 5 percent.", 3, 5, "percent"),
    ("Scores ranged from 40 to 95 points across the schools.", 40, 95, "point"),
    ("The trip takes from three to five hours by road.", 3, 5, "hour"),
    ("Each draft was checked by 15 to 20 editors before it went out.", 15, 20, None),
], ids=lambda s: str(s)[:30])
def test_split_and_framed_ranges(nlp, sentence, lo, hi, unit):
    q = _one(nlp, sentence)
    assert (q.value, q.value_max, q.qualifier, q.unit) == (lo, hi, "range", unit)


def test_a_change_between_two_levels_is_not_a_range(nlp):
    got = _facts(nlp, "Oil prices rose $2 to $84 a barrel.")
    assert all(q.value_max is None for q in got) and 84 in [q.value for q in got]


def test_a_rate_after_an_amount_s_conversion_in_brackets(nlp):
    """'470 pence ($7.43) a share': the bracket converts the amount, the rate after it is still the amount's."""
    got = {q.text: q.unit for q in _facts(nlp, "The group bid 410 pence ($6.48) a share for the rest of Harlow.")}
    assert got["410 pence"] == "pence per share"
    got = {q.text: q.unit for q in _facts(nlp, "The bid values each share at 1,850 French francs ($297) a share.")}
    assert got["1,850 French francs"] == "French franc per share"
    got = {q.text: q.unit for q in _facts(nlp, "Halvard earned $5 million (about 3% of sales) a year ago.")}
    assert got["$5 million"] == "US dollar"  # (guard: 'a year ago' is when, not a rate)


def test_percentage_points(nlp):
    got = _facts(nlp, "The central bank raised its key rate by half a percentage point to 4.5%.")
    assert [(q.value, q.unit) for q in got] == [(0.5, "percentage point"), (4.5, "percent")]
    [q] = _facts(nlp, "The party's lead widened by three percentage points in the latest poll.")
    assert (q.value, q.unit) == (3, "percentage point")
    [q] = _facts(nlp, "The survey has a 4 percentage-point margin of error.")
    assert (q.value, q.unit, q.text) == (4, "percentage point", "4 percentage-point")


@pytest.mark.parametrize("sentence,text,value,qualifier", [
    ("Exports were three times higher than a decade ago.", "three times", 3, "exact"),
    ("The price of eggs has risen fivefold since the outbreak.", "fivefold", 5, "exact"),
    ("Rents in the capital are now 2.5 times the national average.", "2.5 times", 2.5, "exact"),
    ("Demand is more than four times what the factory can make.", "more than four times", 4, "more_than"),
], ids=lambda s: str(s)[:30])
def test_multipliers(nlp, sentence, text, value, qualifier):
    q = _one(nlp, sentence)
    assert (q.text, q.value, q.qualifier, q.unit) == (text, value, qualifier, "times")


@pytest.mark.parametrize("sentence", [
    "The new plant will produce twice as much power as the old one.",
    "He scored twice in the final.",
], ids=lambda s: s[:30])
def test_twice_is_not_a_number(nlp, sentence):
    assert _facts(nlp, sentence) == []


@pytest.mark.parametrize("sentence,value,unit", [
    ("The patient lost 20kg in six months.", 6, "month"),
    ("The factory will create 800 jobs over three years.", 3, "year"),
    ("The river rose 1.5 metres in 24 hours.", 24, "hour"),
], ids=lambda s: str(s)[:30])
def test_bare_durations_are_measures(nlp, sentence, value, unit):
    got = [q for q in _facts(nlp, sentence) if q.unit == unit]
    assert [(q.value, q.qualifier) for q in got] == [(value, "exact")]


def test_framed_durations_stay_out(nlp):
    for sentence in ("In the last 24 hours the situation calmed.", "Three days ago the minister resigned.",
                     "It was the second time in three years that the plant closed."):
        assert [q.unit for q in _facts(nlp, sentence)] == [], sentence


def test_age_of_a_named_person(nlp):
    q = _one(nlp, "Anna Petrova, 45, said she would stay.")
    assert (q.value, q.unit, q.what) == (45, "year of age", "Anna Petrova")


@pytest.mark.parametrize("sentence,lo,hi", [
    ("Dozens of homes were flooded along the river.", 12, 120),
    ("Thousands of workers marched through the capital.", 1e3, 1e4),
    ("Hundreds of thousands of people lost power.", 1e5, 1e6),
    ("The dispute would cost hundreds of billions of dollars in lost trade.", 1e11, 1e12),
], ids=lambda s: str(s)[:30])
def test_vague_plurals_span_an_order_of_magnitude(nlp, sentence, lo, hi):
    q = _one(nlp, sentence)
    assert (q.value, q.value_max, q.qualifier) == (lo, hi, "approximately")


@pytest.mark.parametrize("sentence", [
    "Call 0800 555 0123 for more information.",
    "The meeting starts at 9.30am on 14 March.",
    "She finished third in the 2019 race.",
    "The 19th-century mill was converted into flats.",
    "The home side won 3-1 after extra time.",
], ids=lambda s: s[:30])
def test_still_not_quantities(nlp, sentence):
    assert _facts(nlp, sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("The company offered a 30Mbps plan with a 3000rpm engine.", [(30, "megabit per second"),
                                                                 (3000, "revolutions per minute")]),
    ("The motor delivers 200Nm of torque.", [(200, "newton metre")]),
    ("The samples weigh 45g each.", [(45, "gram")]),
    ("The deal is worth HK $3.7 billion.", [(3.7e9, "Hong Kong dollar")]),
    ("The Dow rose +0.2% on Friday.", [(0.2, "percent")]),
], ids=lambda s: str(s)[:30])
def test_more_written_units(nlp, sentence, expected):
    assert [(pytest.approx(q.value), q.unit) for q in _facts(nlp, sentence)] == expected


def test_levels_and_clock_times_after_at(nlp):
    q = _one(nlp, "The index closed at 3,005.47.")
    assert (q.value, q.what) == (3005.47, "index")
    assert _facts(nlp, "The polls closed at 8 and counting began.") == []


def test_a_bare_number_the_tagger_calls_a_date(nlp):
    q = _one(nlp, "The maximum grant per household is 5000.")
    assert q.value == 5000 and "grant" in q.what
    assert _facts(nlp, "Intel's 80486 chip is fast.") == []  # a model number


def test_the_verb_seat_is_not_a_seat_number(nlp):
    q = _one(nlp, "The new stadium will seat 60,000 to 65,000 fans.")
    assert (q.value, q.value_max, q.what) == (60000, 65000, "fans")


@pytest.mark.parametrize("sentence,value", [
    ("The 125,000 suspensions could include users who opened new accounts.", 125000),
    ("The withdrawals could spell trouble for the $200 billion junk market.", 2e11),
    ("The union fears that as many as 2,000 posts may be lost.", 2000),
], ids=lambda s: str(s)[:30])
def test_hedge_covers_the_predicate_not_the_subject_or_a_description(nlp, sentence, value):
    assert [q.value for q in _facts(nlp, sentence)] == [value]


@pytest.mark.parametrize("sentence", [
    "Unemployment could be 42 percent, the economists said.",
    "The senator hopes to win two contests this weekend.",
    "If inflation reaches 6 percent, the bank will raise rates again.",
], ids=lambda s: s[:30])
def test_hedged_predicates_are_marked(nlp, sentence):
    assert [q.hedged for q in _facts(nlp, sentence)] == [True]


@pytest.mark.parametrize("sentence,text", [
    ("She owns a quarter of the shares and half the votes.", "half"),
    ("The price fell by half.", "half"),
    ("Her salary was cut by a fifth in the restructuring.", "a fifth"),
], ids=lambda s: str(s)[:30])
def test_more_shares(nlp, sentence, text):
    got = [q for q in _facts(nlp, sentence) if q.text == text]
    assert len(got) == 1 and got[0].unit == "fraction"


def test_age_of_a_person_named_by_a_noun(nlp):
    q = _one(nlp, "The victim, 19, was taken to hospital.")
    assert (q.value, q.unit, q.what) == (19, "year of age", "victim")
    assert _facts(nlp, "The center, 12, closed.") == []


def test_change_then_level_with_by(nlp):
    got = _facts(nlp, "Mortgage approvals fell by 8,000 to 54,000 in June.")
    assert [(q.value, q.what) for q in got] == [(8000, "Mortgage approvals fell"), (54000, "Mortgage approvals")]


@pytest.mark.parametrize("sentence,text", [
    ("The FTSE 100 index fell 1.2 percent on Monday.", "1.2 percent"),
    ("The S&P 500 index rose 0.4% in late trading.", "0.4%"),
], ids=lambda s: str(s)[:30])
def test_a_number_inside_an_index_name_is_no_figure(nlp, sentence, text):
    assert [q.text for q in _facts(nlp, sentence)] == [text]


@pytest.mark.parametrize("sentence,value,what", [
    ("Shares of the retailer jumped 12.5% to $48.20 in early trading.", 48.2, "Shares of the retailer"),
    ("Kellan shares closed unchanged at $10.625 in composite trading.", 10.625, "Kellan shares closed"),
    ("The jobless rate held at 3.7 percent for a third straight month.", 3.7, "jobless rate held"),
    ("The debt, estimated at $4.7 billion, worried investors.", 4.7e9, "debt estimated"),
    ("The property sold for £1.25m last month.", 1.25e6, "property sold"),
    ("An investor signed a letter of intent to buy the mill for about $3.1 million.", 3.1e6, "to buy"),
    # a group named by what happened to its members
    ("The death toll rose to 47, with dozens more missing.", 12, "missing"),
    ("Nearly half of those polled said they backed the plan.", 0.5, "those polled"),
    ("About 30% of those who fled were children.", 30, "those who fled"),
], ids=lambda s: str(s)[:30])
def test_what_a_level_or_a_share_measures(nlp, sentence, value, what):
    """A price or level reached measures its subject, not the market it was traded in."""
    assert {q.value: q.what for q in _facts(nlp, sentence)}[value] == what


def test_from_one_price_to_another_is_a_change_not_a_range(nlp):
    got = _facts(nlp, "The law raises the minimum wage from $7.25 to $15 an hour by 2028.")
    assert [(q.value, q.value_max) for q in got] == [(7.25, None), (15, None)]
    [q] = _facts(nlp, "Tickets range from $40 to $120 at the door.")
    assert (q.value, q.value_max, q.qualifier) == (40, 120, "range")
    [q] = _facts(nlp, "Vendors earned between $500 and $900 a week.")
    assert q.text == "between $500 and $900"


def test_scaled_values_carry_no_float_error(nlp):
    [q] = _facts(nlp, "Revenue beat estimates of $2.05 billion.")
    assert q.value == 2050000000 and str(q.value) == "2050000000.0"


def test_a_bare_pronoun_still_names_nothing(nlp):
    assert _facts(nlp, "Dozens of them were detained.") == []
