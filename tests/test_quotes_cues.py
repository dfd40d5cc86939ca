"""Negated cues report nothing; every quote says what kind of cue it has."""
from __future__ import annotations

import pytest

from storyline.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "The agency did not recommend that she face criminal charges.",
        "Novak never said that the wall would be paid for by the city.",
        "No one has claimed that the attack was planned.",
    ],
)
def test_negated_cue_gives_no_quote(parse, text):
    assert find_quotes(parse(text)) == []


def test_cue_types(parse):
    text = (
        "Novak said that the budget was balanced. Berg believes the tax is too high. "
        "Researchers found that the vaccine works."
    )
    types = {q.cue: q.cue_type for q in find_quotes(parse(text))}
    assert types == {"said": "speech", "believes": "belief", "found": "other"}


def test_direct_and_according_to_are_speech(parse):
    text = 'According to Novak, the bridge will reopen in May. "It is safe," Berg said.'
    assert {q.cue_type for q in find_quotes(parse(text))} == {"speech"}
    assert "cue_type" in find_quotes(parse(text))[0].to_dict()
