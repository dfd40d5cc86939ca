"""Figures as broadcast transcripts write them: numbers in words, codes read out digit by digit, names said
aloud, compound adjectives without their hyphen.

Each sentence is invented; each case failed before the change it tests (guards say so).
"""
from __future__ import annotations

import pytest

from storyline.extract.quantities import find_quantities


def _facts(nlp, text):
    return find_quantities(nlp(text), [])


@pytest.mark.parametrize("sentence, value", [
    ("Her flats, worth a hundred thirty million dollars in May, are worth half that now.", 1.3e8),
    ("The fund raised a hundred and twenty thousand dollars.", 1.2e5),
    ("The estate sold for a million two hundred thousand dollars.", 1.2e6),
    ("The charity raised a hundred thousand dollars.", 1e5),  # Guard: as before
])
def test_a_spoken_hundred_runs_on_into_the_rest_of_the_number(nlp, sentence, value):
    """'a hundred thirty million dollars' was read as 100 and then 30 million: the 'a' says one, and the
    number goes on after the scale word as it does after 'one hundred'."""
    assert [q.value for q in _facts(nlp, sentence) if q.unit == "US dollar"] == [value]


def test_a_code_read_out_digit_by_digit_is_no_figure(nlp):
    """'climb to one five thousand feet' is an altitude read out as digits (15,000), not 5,000 feet."""
    assert _facts(nlp, "The pilot was told to climb to one five thousand feet.") == []


@pytest.mark.parametrize("sentence", [
    "The tower called TWA eight hundred center twice.",
    "The tower heard TWA's eight hundred heavy climb.",
])
def test_a_flight_named_in_words_is_no_count(nlp, sentence):
    """'TWA eight hundred' is the flight 'TWA 800' said aloud."""
    assert _facts(nlp, sentence) == []


def test_a_count_after_an_acronym_still_counts(nlp):
    """Guard: 'GM's eight hundred workers' counts workers."""
    assert [q.value for q in _facts(nlp, "The strike idled GM's eight hundred workers.")] == [800.0]


@pytest.mark.parametrize("sentence", [
    "In Singapore, stocks hit a five year low.",
    "The rebels began a two day rally in the capital.",
])
def test_a_span_of_time_before_a_noun_without_its_hyphen_describes_it(nlp, sentence):
    """'a five year low' is 'a five-year low' as a transcript writes it: a kind of low, not five years."""
    assert _facts(nlp, sentence) == []


def test_a_span_of_time_in_its_plural_still_counts(nlp):
    """Guard: 'for five years' is a duration stated."""
    assert [(q.value, q.unit) for q in _facts(nlp, "The shop has been closed for five years.")] == [(5.0, "year")]
