"""Cues whose act did not happen: avoided, asked for, a condition, a passive whose subject was spoken of.

Each case is a sentence where a reporting verb appears but nobody said what follows it. The brief cites
only quotes that are not negated, so these must be missing or marked ``negated``.
"""
from __future__ import annotations

import pytest

from storyline.extract.quotes import find_quotes


def _cited(parse, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.cue) for q in find_quotes(parse(text)) if not q.negated]


@pytest.mark.parametrize("text, cue", [
    ("Trump has avoided directly criticizing Comey, a Republican appointed by President Bush.", "criticizing"),
    ("The FBI has decided against recommending charges for her in the email case.", "recommending"),
    ("Senator Lee refrained from endorsing the plan to cut taxes for the rich.", "endorsing"),
], ids=["avoided", "decided-against", "refrained-from"])
def test_a_gerund_its_head_says_was_left_undone_is_not_said(parse, text, cue):
    """'avoided criticizing Comey', 'decided against recommending charges': the gerund names what was not done."""
    assert cue not in [c for _, c in _cited(parse, text)]


@pytest.mark.parametrize("text, cue", [
    ("Establishment Republicans have been in open conflict with Trump over his recent equivocation when asked "
     "to condemn the Ku Klux Klan.", "condemn"),
    ("President Obama urged Congress to reject the deal with Iran before the vote.", "reject"),
], ids=["asked-to", "urged-to"])
def test_what_someone_is_asked_to_say_is_not_said(parse, text, cue):
    """'when asked to condemn the Klan', 'urged Congress to reject the deal': a request, not the act; the
    request itself ('urged') is still reported."""
    cited = _cited(parse, text)
    assert cue not in [c for _, c in cited]
    if cue == "reject":
        assert ("Barack Obama", "urged") in cited or ("Obama", "urged") in cited


def test_a_cue_in_a_condition_is_not_said(parse):
    """'confiscating money until the Mexican government agreed to pay': the agreement is a condition of the plan."""
    text = ("His plan includes confiscating money that migrants send home until the Mexican government agreed to "
            "make a one-time payment to the United States.")
    assert "agreed" not in [c for _, c in _cited(parse, text)]


def test_guard_a_report_after_until_in_the_content_stays(parse):
    """Guard: the condition rule looks at the cue's own clause, not at an 'until' inside what was said."""
    text = "Senator Smith said he would wait until the governor announced that the plan had failed."
    assert ("Smith", "said") in _cited(parse, text) or ("Senator Smith", "said") in _cited(parse, text)


def test_a_passive_cue_gives_no_speaker_from_its_subject(parse):
    """'Bob Corker, a Republican who has met Mr. Trump and been mentioned as a vice-presidential choice': he
    was mentioned; who mentioned him is not said. His own 'said' is still his."""
    text = ("Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump and been mentioned "
            "as a vice-presidential choice, said there could be a line the nominee crosses.")
    quotes = find_quotes(parse(text))
    assert [q.speaker for q in quotes if q.cue == "mentioned"] in ([], [None])
    assert [q.speaker for q in quotes if q.cue == "said"] == ["Bob Corker"]


def test_that_is_according_to_reports_cites_nothing_from_the_source_phrase(parse):
    """"That's according to fundraising reports ... that Sanders campaign is filing": what is reported is the
    sentence before, and the relative clause on the source is no content."""
    text = ("Bernie Sanders' campaign says it raised more than $21 million in January. That's according to "
            "fundraising reports through Jan. 31 that Sanders campaign is filing on Saturday.")
    assert [q.cue for q in find_quotes(parse(text)) if q.cue.lower() == "according to"] == []


def test_guard_according_to_before_a_clause_still_reports_it(parse):
    """Guard: 'According to Reuters, the figure is ...' (the phrase hangs on 'is' too) reports the clause."""
    text = "According to Reuters, the figure is much higher than the government reported."
    assert [(q.speaker, q.text) for q in find_quotes(parse(text))] == [
        ("Reuters", "the figure is much higher than the government reported")]


def test_responding_to_something_in_an_as_clause_is_no_frame(parse):
    """'California flipped ..., as Mexican-American voters responded to Republican efforts': the voters acted;
    the clause before is the writer's, not theirs."""
    text = ("But in 1992, California flipped from Republican to Democratic, as Mexican-American voters responded "
            "to Republican efforts to crack down on undocumented immigrants.")
    assert not [q for q in find_quotes(parse(text)) if q.text.startswith("But in 1992")]


def test_guard_what_someone_was_forced_to_admit_was_said(parse):
    """Guard for the request rule: 'forced Stumpf to admit that ...' says he admitted it."""
    text = ("Senator Warren forced John Stumpf, who was under questioning, to admit that no senior executives had "
            "been held accountable.")
    assert ("John Stumpf", "admit") in _cited(parse, text)
