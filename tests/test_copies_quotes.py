"""Copies: the same famous quotation printed by two outlets is not copying."""
from __future__ import annotations

from test_fusion_helpers import article

from storyline.fusion.copies import find_copies

SPEECH = ("I can say with confidence that there has never been a man or a woman more qualified than my friend "
          "to serve as the head of this harbour authority and to lead the valley through the years ahead of us")


def test_same_quotation_in_two_outlets_is_not_a_copy():
    t1 = f"The mayor spoke for an hour in the town hall on Monday. “{SPEECH},” she said. Then the choir sang."
    t2 = f"Crowds cheered loudly in the square as the mayor ended her speech.\n\n''{SPEECH}.''\n\nRain followed."
    t3 = f"At the rally she told supporters:\n\n“{SPEECH}.\n\nThe rally ended early."
    report = find_copies([article("a", t1), article("b", t2), article("c", t3)])
    assert report.copies == []
    assert report.independent(["a", "b", "c"]) == 3


def test_shared_unquoted_passage_is_still_found():
    body = ("Rescue teams said on Tuesday that 3,716 households had lost power after the storm tore through the "
            "northern districts overnight and brought down dozens of lines across the hills and valleys. ")
    t1 = "The storm hit hard. " + body + "“It was terrible,” one man said."
    t2 = "A mayor closed the market. " + body + "Trains ran late."
    report = find_copies([article("a", t1), article("b", t2)])
    assert len(report.copies) == 1 and report.copies[0]["shared_chars"] >= 150
