"""Audit fixes: figures compared only for the same counted thing, predicate and scope; denials only
against realised events at the same place; conflicts about one figure grouped into one item."""
from __future__ import annotations

import pytest
from test_fusion_helpers import article, extraction, qty

from storyline.brief import build_brief
from storyline.fusion.copies import find_copies
from storyline.fusion.merge import FactList, merge_facts

pytestmark = pytest.mark.slow  # parses each article with the spaCy pipeline, as analysis does


def _conflicts(arts, exts=None, *, nlp):
    return build_brief(arts, exts or [extraction(a, nlp=nlp) for a in arts])["conflicts"]


def test_different_counted_nouns_do_not_conflict(nlp):
    t1 = "Two bombs exploded outside the embassies in Lunestad on Friday."
    t2 = "At least four people were killed in an explosion outside the embassy in Lunestad on Friday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "Two", 2, what="bombs")], nlp=nlp),
            extraction(b, [qty(t2, "At least four", 4, qualifier="at_least", what="people killed")], nlp=nlp)]
    assert _conflicts([a, b], exts, nlp=nlp) == []


def test_same_noun_different_predicate_do_not_conflict(nlp):
    t1 = "Police in Lunestad questioned 140 people about the blast on Friday."
    t2 = "The blast in Lunestad on Friday killed 180 people near the market."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "140", 140, what="people")], nlp=nlp),
            extraction(b, [qty(t2, "180", 180, what="people")], nlp=nlp)]
    assert _conflicts([a, b], exts, nlp=nlp) == []


def test_poll_share_vs_result_share_do_not_conflict(nlp):
    t1 = "Senator Ann Vale won 12 percent of the vote in the state primary on Tuesday."
    t2 = "Senator Ann Vale won 16 percent in a national poll released on Tuesday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "12 percent", 12, unit="percent", what="vote in the state primary")], nlp=nlp),
            extraction(b, [qty(t2, "16 percent", 16, unit="percent", what="Senator Ann Vale won")], nlp=nlp)]
    assert _conflicts([a, b], exts, nlp=nlp) == []


def test_city_count_vs_overall_count_are_part_and_total(nlp):
    t1 = "In Norway, 1,640 people were wounded in Oslo by the storm on Monday."
    t2 = "In Norway and Sweden, 2,200 people were wounded by the storm on Monday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "1,640", 1640, what="people wounded")], nlp=nlp),
            extraction(b, [qty(t2, "2,200", 2200, what="people wounded")], nlp=nlp)]
    assert _conflicts([a, b], exts, nlp=nlp) == []


def test_three_outlets_on_one_figure_are_one_conflict_listing_all_sides(nlp):
    texts = ["The ferry sank off Greece on Monday and killed 41 passengers, the coast guard said.",
             "The ferry sank off Greece on Monday, killing 48 passengers near the coast.",
             "The ferry sank off Greece on Monday and killed 52 passengers, officials said."]
    arts = [article(x, t) for x, t in zip("abc", texts)]
    exts = [extraction(a, [qty(a.text, str(v), v, what="passengers")], nlp=nlp) for a, v in zip(arts, (41, 48, 52))]
    conflicts = _conflicts(arts, exts, nlp=nlp)
    assert len(conflicts) == 1
    assert len(conflicts[0]["items"]) == 3 and {m["article"] for m in conflicts[0]["mentions"]} == {"a", "b", "c"}
    assert conflicts[0]["kind"] == "contradiction"


def test_merge_facts_passes_its_figures_explicitly(nlp):
    t = "The ferry sank off Greece on Monday and killed 41 passengers."
    a = article("a", t)
    facts = merge_facts([a], [extraction(a, [qty(t, "41", 41, what="passengers")], nlp=nlp)], find_copies([a]))
    assert isinstance(facts, FactList) and facts.fact_of == {("a", 0): "f1"} and len(facts.figures) == 1
    assert facts == [dict(facts[0])]  # still a plain list of fact dicts for the brief


def test_denial_in_one_country_vs_arrests_in_another_is_no_conflict(nlp):
    t1 = "In Nairobi, a Kenyan police official denied a newspaper report that more arrests had been made there."
    t2 = "Tanzanian police said on Tuesday they had arrested 14 foreigners in their search for suspects."
    assert _conflicts([article("a", t1), article("b", t2)], nlp=nlp) == []


def test_denial_vs_reward_for_an_arrest_is_no_conflict(nlp):
    t1 = "The ministry denied reports that arrests had been made after the blast."
    t2 = "The government offered a reward for information leading to the arrest of the bombers."
    assert _conflicts([article("a", t1), article("b", t2)], nlp=nlp) == []


def test_denial_vs_realised_arrests_at_the_same_place_contradicts(nlp):
    t1 = "In Nairobi, a Kenyan police official denied reports that arrests had been made."
    t2 = "Kenyan police said on Tuesday they had arrested 14 foreigners in Nairobi."
    conflicts = _conflicts([article("a", t1), article("b", t2)], nlp=nlp)
    assert len(conflicts) == 1 and conflicts[0]["kind"] == "contradiction"


def test_city_named_with_its_country_compares_with_the_country(nlp):
    t1 = "Eleven Americans were killed in Kenya on Friday, officials said."
    t2 = "Eight Americans were killed in Nairobi, the capital of Kenya, on Friday."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "Eleven", 11, what="Americans killed")], nlp=nlp),
            extraction(b, [qty(t2, "Eight", 8, what="Americans killed")], nlp=nlp)]
    conflicts = _conflicts([a, b], exts, nlp=nlp)
    assert len(conflicts) == 1 and set(conflicts[0]["items"]) == {"f1", "f2"}


def test_shares_of_different_groups_do_not_conflict(nlp):
    t1 = "In the survey released on Tuesday, 55 percent of all voters say the senator is not honest."
    t2 = "In the survey released on Tuesday, 74 percent of young registered voters say the senator is not honest."
    assert _share_conflicts(nlp, t1, t2) == []


def test_shares_of_the_same_group_still_conflict(nlp):
    t1 = "In the survey released on Tuesday, 55 percent of registered voters say the senator is not honest."
    t2 = "In the survey released on Tuesday, 74 percent of registered voters say the senator is not honest."
    assert [c["kind"] for c in _share_conflicts(nlp, t1, t2)] == ["contradiction"]


def _share_conflicts(nlp, t1, t2):
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "55 percent", 55, unit="percent", what="registered voters")], nlp=nlp),
            extraction(b, [qty(t2, "74 percent", 74, unit="percent", what="registered voters")], nlp=nlp)]
    return _conflicts([a, b], exts, nlp=nlp)


def test_tolls_written_on_different_days_are_a_series(nlp):
    t1 = "Two bombs exploded in Lunestad on Friday, killing at least 81 people."
    t2 = "The Friday explosions in Lunestad killed at least 110 people, officials said."
    a, b = article("a", t1, "2024-03-01"), article("b", t2, "2024-03-02")
    exts = [extraction(a, [qty(t1, "at least 81", 81, qualifier="at_least", what="people killed",
                               when="2024-03-01")], nlp=nlp),
            extraction(b, [qty(t2, "at least 110", 110, qualifier="at_least", what="people killed",
                               when="2024-03-01")], nlp=nlp)]
    brief = build_brief([a, b], exts)
    assert brief["conflicts"] == []
    assert [x["value"] for x in brief["facts"][0]["series"]] == [81, 110]  # in the order they were reported


def test_tolls_written_on_one_day_still_conflict(nlp):
    """Guard: the series rule needs two days of writing; this shape conflicted before it and still does."""
    t1 = "Two bombs exploded in Lunestad on Friday, killing 81 people."
    t2 = "The Friday explosions in Lunestad killed 110 people, officials said."
    a, b = article("a", t1, "2024-03-01"), article("b", t2, "2024-03-01")
    exts = [extraction(a, [qty(t1, "81", 81, what="people killed", when="2024-03-01")], nlp=nlp),
            extraction(b, [qty(t2, "110", 110, what="people killed", when="2024-03-01")], nlp=nlp)]
    assert len(_conflicts([a, b], exts, nlp=nlp)) == 1


def _analysed_conflicts(nlp, *arts):
    from storyline.analyze import analyze_doc

    return build_brief(list(arts), [analyze_doc(nlp(a.text), a.id, a.published) for a in arts])["conflicts"]


def test_denial_vs_arrests_dated_after_it_is_no_conflict(nlp):
    t1 = "In Nairobi, a Kenyan police official denied on Monday reports that more arrests had been made."
    t2 = "Two more suspects, who had been arrested in Nairobi, were identified on Thursday, police said."
    assert _analysed_conflicts(nlp, article("a", t1, "2024-03-04"), article("b", t2, "2024-03-08")) == []


def test_denial_of_what_an_earlier_report_said_contradicts(nlp):
    """Guard: a report dated before the denial still conflicts with it (as before the change)."""
    t1 = "In Nairobi, a Kenyan police official denied on Friday reports that more arrests had been made."
    t2 = "Two more suspects, who had been arrested in Nairobi, were identified on Thursday, police said."
    conflicts = _analysed_conflicts(nlp, article("a", t1, "2024-03-08"), article("b", t2, "2024-03-08"))
    assert len(conflicts) == 1 and conflicts[0]["kind"] == "contradiction"


def _analysed_brief(nlp, *arts):
    from storyline.analyze import analyze_doc

    return build_brief(list(arts), [analyze_doc(nlp(a.text), a.id, a.published) for a in arts])


@pytest.mark.parametrize("t1, t2", [
    ("In Toronto Stock Exchange trading yesterday, Halvard closed at C$11.25, down 25 cents.",
     "Orbis Datawerks shares closed unchanged at C$10.875 in Toronto Stock Exchange trading yesterday."),
    ("A year ago, Halvard Systems Corp. had profit of $1.8 million, or 23 cents a share.",
     "A year ago, Orbis Datawerks Inc. had profit of $16.3 million, or 37 cents a share."),
])
def test_figures_of_two_named_owners_do_not_conflict(nlp, t1, t2):
    """Two firms' stock prices or profits in two outlets are two things, however alike their words."""
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert brief["conflicts"] == []
    assert all(not f.get("series") for f in brief["facts"])


def test_figures_of_one_named_owner_still_conflict(nlp):
    """Guard: the same firm's closing price given two ways by two outlets (as before the change)."""
    t1 = "In Toronto Stock Exchange trading yesterday, Halvard shares closed at C$11.25, down 25 cents."
    t2 = "Halvard shares closed at C$10.875 in Toronto Stock Exchange trading yesterday, down 25 cents."
    conflicts = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))["conflicts"]
    assert len(conflicts) == 1


def test_one_distinctive_amount_of_two_different_things_is_two_facts(nlp):
    """'a gain of $9.7 million' and another outlet's 'a loss of $9.7 million, or 74 cents a share' share the words
    around them ('cents a share') but not what they are: no corroboration."""
    t1 = "Net for the nine months included a gain of $9.7 million, or 15 cents a share, on the investment."
    t2 = "The airline posted earnings of $18.9 million, compared with a loss of $9.7 million, or 74 cents a share."
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    amounts = [f for f in brief["facts"] if f["value"] == 9.7e6]
    assert len(amounts) == 2 and all(f["status"] == "single_source" for f in amounts)


def test_a_nationality_counted_is_no_owner(nlp):
    """Guard: 'Finns who fled' and 'Finnish citizens who escaped' count one people, whose name is no owner of
    the count: one fact from two outlets."""
    t1 = "Some 61,300 Finns have fled the region in the past week, officials estimated."
    t2 = "More than 61,300 Finnish citizens have escaped the region since the order, officials said."
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert [f["status"] for f in brief["facts"] if f["value"] == 61300] == ["corroborated"]


def test_figures_of_two_unrelated_stories_are_not_compared(nlp):
    """A folder of a day's business news: one firm's market value and another's are two stories' figures.
    Each article opens with its firm and names it again; no name is common to the two."""
    t1 = ("Halvard Systems Corp. said it would cut 300 jobs. Its stock has slumped recently, closing unchanged Friday "
          "at $29 a share; at that price, the company has a market value of about $278.4 million. Halvard makes pumps.")
    t2 = ("Orbis Datawerks Inc., which is also a bank, agreed in June to buy Tamsin Bank for 12.4 million shares of "
          "stock with a market value of about $450 million. Orbis expects the purchase to close in March.")
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert brief["conflicts"] == []


def test_figures_of_one_story_told_with_a_demonym_and_a_country_are_compared(nlp):
    """Guard: 'Greek' and 'Greece' name one country, so two short accounts of one sinking are one story."""
    from storyline.fusion.stories import topic_names

    assert topic_names("The Greek coast guard said 45 died.", [(4, 9, "NORP")]) == \
        topic_names("A ferry sank off Greece.", [(17, 23, "GPE")]) == {"Greece"}


def test_two_stated_amounts_that_differ_in_a_stated_digit_are_two_facts(nlp):
    """'$283.8 million' and '$283.9 million' each state the digit they differ in: neither is the other rounded.
    One firm's revenue and another's profit, however near, are no corroboration."""
    t1 = "Revenue at Halvard rose 33% to $378.1 million from $283.8 million, Halvard said."
    t2 = "Revenue at Halvard rose to $378.1 million from $283.9 million, Halvard said."
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert sorted(len(f["outlets"]) for f in brief["facts"] if 283e6 < f["value"] < 284e6) == [1, 1]
    assert [f["status"] for f in brief["facts"] if f["value"] == 378.1e6] == ["corroborated"]


def test_one_article_s_two_near_amounts_are_two_facts(nlp):
    """'fell to $110.6 million' (one unit) and 'a record $110.9 million' (another) are two figures."""
    t = ("Profit at the unit fell to $110.6 million from $142.4 million. At the other unit, third-quarter profit "
         "jumped 16% to a record $110.9 million from $95.9 million.")
    brief = _analysed_brief(nlp, article("a", t, "2024-03-05"))
    assert sorted(f["value"] for f in brief["facts"] if 110e6 < f["value"] < 111e6) == [110.6e6, 110.9e6]


def test_an_amount_in_two_unrelated_stories_is_not_corroborated(nlp):
    """Two firms' stories: the same dividend rate said of two firms' stock is two facts, though both are about
    stock and neither sentence names its firm."""
    t1 = ("Halvard Systems Corp. said it will redeem its preferred stock on Dec. 7. Halvard said the redemption "
          "price is $26.80 a share. The stock pays a dividend of $1.875 a year.")
    t2 = ("Orbis Datawerks Inc. suspended its dividend on Friday. Orbis stock closed at $5.25, and the "
          "preferred stock, which paid a dividend of $1.875 a year, fell too.")
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert [f["status"] for f in brief["facts"] if f["value"] == 1.875] == ["single_source", "single_source"]


def test_a_digest_s_line_on_a_firm_corroborates_that_firm_s_story(nlp):
    """Guard: a news digest opens with other stories, but its one line on a firm names the firm, so the firm's
    loss there and in the firm's own story are one corroborated fact."""
    t1 = ("Program trading is being curbed by more brokers. Bowing to criticism, Bear Stearns and Morgan Stanley "
          "joined PaineWebber in suspending arbitrage trading. Bond prices rose as investors sought safety, and the "
          "dollar fell against the yen in late trading in Tokyo and London. Gold was little changed in quiet "
          "trading. Halvard posted a $648.2 million "
          "loss for the third quarter as it moved to take write-offs.")
    t2 = ("Halvard Systems Corp.'s announcement of a $648.2 million loss for the third quarter showed that "
          "Halvard is moving fast to take write-offs on its problems.")
    brief = _analysed_brief(nlp, article("a", t1, "2024-03-05"), article("b", t2, "2024-03-05"))
    assert [f["status"] for f in brief["facts"] if f["value"] == 648.2e6] == ["corroborated"]
