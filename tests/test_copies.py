"""Copies between articles: near duplicates, syndication, shared passages, internal duplicates."""
from __future__ import annotations

from test_fusion_helpers import article

from storyline.fusion.copies import find_copies

BODY = ("The council voted on Tuesday to close the old harbour bridge for repairs after engineers found deep "
        "cracks in two of its supports. Traffic will be diverted through the ring road for at least three "
        "months, and ferries will run every twenty minutes during the morning rush. Shop owners near the "
        "quay said they feared losing customers, while the mayor promised compensation for lost trade. ")
OTHER = ("A choir from the northern valley won the regional contest with a programme of folk songs, "
         "and the jury praised the young soloists for their clear voices and their calm on stage. ")


def _kinds(report):
    return {(tuple(sorted(c["articles"])), c["kind"]) for c in report.copies}


def test_lightly_edited_rewrite_is_a_near_duplicate_and_one_source():
    edited = BODY.replace("Tuesday", "Tuesday evening").replace("twenty", "20")
    report = find_copies([article("a", BODY), article("b", edited), article("c", OTHER)])
    assert _kinds(report) == {(("a", "b"), "near_duplicate")}
    assert report.independent(["a", "b", "c"]) == 2
    copy = report.copies[0]
    assert copy["shared_chars"] > 0.8 * len(BODY)


def test_same_wire_copy_is_syndicated():
    a = article("a", BODY + "More details later.", wire="Associated Press")
    b = article("b", "By our correspondent. " + BODY, wire="AP")
    report = find_copies([a, b])
    assert _kinds(report) == {(("a", "b"), "syndicated")}


def test_shared_passage_inside_different_articles():
    a = article("a", OTHER + BODY + OTHER.replace("choir", "band"))
    b = article("b", "Opinion: the city needs a plan for its bridges, says our columnist, who has watched "
                     "the harbour for years and fears the worst for the old town and its small traders. " + BODY)
    report = find_copies([a, b])
    assert _kinds(report) == {(("a", "b"), "shared_passage")}
    spans = report.passages[("a", "b")]
    s, e, s2, e2 = spans[0]
    assert a.text[s:e].startswith("The council voted") and b.text[s2:e2].startswith("The council voted")
    # a shared passage does not make the whole articles one source
    assert report.independent(["a", "b"]) == 2
    inside = [{"article": "a", "start": s + 4, "end": s + 60}, {"article": "b", "start": s2 + 4, "end": s2 + 60}]
    assert report.independent(["a", "b"], inside) == 1


def test_unrelated_articles_share_nothing():
    report = find_copies([article("a", BODY), article("b", OTHER)])
    assert report.copies == [] and report.independent(["a", "b"]) == 2


def test_internal_duplicate_from_cleaning_is_kept():
    a = article("a", BODY)
    a.internal_duplicate_chars = 812
    report = find_copies([a])
    assert report.copies == [{"articles": ["a"], "kind": "internal_duplicate", "shared_chars": 812}]


def test_same_wire_credit_counts_once_without_shared_text():
    a = article("a", BODY, wire="Reuters")
    b = article("b", OTHER, wire="REUTERS")
    assert find_copies([a, b]).independent(["a", "b"]) == 1
