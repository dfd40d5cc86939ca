"""Statement conflicts across outlets: no-increase vs a rise, denial vs reports, quotes, metadata."""
from __future__ import annotations

from test_fusion_helpers import article, extraction, quote

from storyline.brief import build_brief


def _conflicts(arts, exts=None, *, nlp):
    return build_brief(arts, exts or [extraction(a, nlp=nlp) for a in arts])["conflicts"]


def test_no_increase_vs_reported_rise_at_the_same_border_contradicts(nlp):
    t1 = ("Officials in Norway, which shares a land border with Sweden, have not seen increased activity at "
          "their border crossings. Ferries ran as usual.")
    t2 = ("Arrivals at Norway's border crossings intensified overnight, the Norwegian police said. "
          "Shops were closed.")
    a, b = article("a", t1), article("b", t2)
    conflicts = _conflicts([a, b], nlp=nlp)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["kind"] == "contradiction" and "Norway" in c["explanation"]
    texts = {m["article"]: m["text"] for m in c["mentions"]}
    assert "have not seen increased activity" in texts["a"] and "intensified" in texts["b"]


def test_no_increase_in_one_country_vs_rise_in_another_is_no_conflict(nlp):
    t1 = "Officials in Norway have not seen increased activity at their border crossings."
    t2 = "Arrivals at Poland's border crossings intensified overnight, the Polish police said."
    assert _conflicts([article("a", t1), article("b", t2)], nlp=nlp) == []


def test_no_increase_vs_rise_weeks_apart_is_no_conflict(nlp):
    t1 = "Officials in Norway have not seen increased activity at their border crossings."
    t2 = "Arrivals at Norway's border crossings intensified overnight, the Norwegian police said."
    assert _conflicts([article("a", t1, "2024-03-01"), article("b", t2, "2024-03-20")], nlp=nlp) == []


def test_official_denial_vs_reports_through_synonyms_contradicts(nlp):
    t1 = "Ministry officials have denied that draft notices are being handed out. Prices rose."
    t2 = "Dozens of students were served summonses ordering them to report to the barracks."
    conflicts = _conflicts([article("a", t1, "2024-03-01"), article("b", t2, "2024-03-06")], nlp=nlp)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["kind"] == "contradiction" and "denial" in c["explanation"]
    assert {m["article"] for m in c["mentions"]} == {"a", "b"}


def test_denial_vs_negated_report_is_no_conflict(nlp):
    t1 = "Ministry officials have denied that draft notices are being handed out."
    t2 = "No summonses were served to the students, the rector said."
    assert _conflicts([article("a", t1), article("b", t2)], nlp=nlp) == []


WORDS = "We will rebuild every bridge that the flood has destroyed"


def _quote_conflicts(nlp, t1, speaker1, t2, speaker2):
    """Two articles quoting WORDS, given to ``speaker1`` and ``speaker2``."""
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, quotes=[quote(t1, WORDS, speaker1)], nlp=nlp),
            extraction(b, quotes=[quote(t2, WORDS, speaker2)], nlp=nlp)]
    return _conflicts([a, b], exts, nlp=nlp)


def test_same_quote_attributed_to_different_speakers(nlp):
    t1 = f'"{WORDS}," Mayor Anna Kovacs said on Monday.'
    t2 = f'"{WORDS}," Governor Peter Lind told reporters.'
    conflicts = _quote_conflicts(nlp, t1, "Anna Kovacs", t2, "Peter Lind")
    assert len(conflicts) == 1 and conflicts[0]["kind"] == "contradiction"
    assert "Anna Kovacs" in conflicts[0]["explanation"] and "Peter Lind" in conflicts[0]["explanation"]


def test_same_quote_with_a_speaker_we_inferred_from_a_pronoun_is_no_conflict(nlp):
    # 'he said' resolved to a name is our guess; only outlets naming two people disagree
    t1 = f'"{WORDS}," Mayor Anna Kovacs said on Monday.'
    t2 = f'Governor Peter Lind toured the valley. "{WORDS}," he said.'
    assert _quote_conflicts(nlp, t1, "Anna Kovacs", t2, "Peter Lind") == []


def test_same_quote_same_speaker_merges_without_conflict(nlp):
    words = "We will rebuild every bridge that the flood has destroyed"
    t1 = f'"{words}," Mayor Anna Kovacs said on Monday.'
    t2 = f'"{words}," Kovacs told reporters.'
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, quotes=[quote(t1, words, "Anna Kovacs")], nlp=nlp),
            extraction(b, quotes=[quote(t2, words, "Kovacs")], nlp=nlp)]
    brief = build_brief([a, b], exts)
    assert brief["conflicts"] == [] and len(brief["quotes"]) == 1
    assert len(brief["quotes"][0]["mentions"]) == 2


def test_two_publication_dates_are_a_metadata_conflict(nlp):
    a = article("a", "A short text.", warnings=["two different publication dates: 2024-03-05 and 2023-11-02"])
    conflicts = _conflicts([a], nlp=nlp)
    assert [c["kind"] for c in conflicts] == ["metadata"]
    assert "2024-03-05" in conflicts[0]["explanation"]


def test_one_actor_for_and_against_in_different_outlets_is_a_discrepancy(nlp):
    from storyline.model import StanceClaim

    t1 = "Estonia will offer asylum to deserters."
    t2 = "Estonia will not offer asylum to deserters."
    a, b = article("a", t1), article("b", t2)
    ea, eb = extraction(a, nlp=nlp), extraction(b, nlp=nlp)
    ea.stances = [StanceClaim("Estonia", "will offer asylum", "for", "asylum", 0, len(t1), t1)]
    eb.stances = [StanceClaim("Estonia", "will not offer asylum", "against", "asylum", 0, len(t2), t2)]
    conflicts = _conflicts([a, b], [ea, eb], nlp=nlp)
    assert [c["kind"] for c in conflicts] == ["discrepancy"]
    assert "Estonia" in conflicts[0]["explanation"]


def test_slightly_trimmed_quote_with_other_speaker_still_conflicts(nlp):
    words = "We will rebuild every bridge and every road that the flood has destroyed in this valley"
    trimmed = words.removesuffix(" in this valley")
    t1 = f'"{words}," Mayor Anna Kovacs said on Monday.'
    t2 = f'"{trimmed}," Governor Peter Lind told reporters.'
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, quotes=[quote(t1, words, "Anna Kovacs")], nlp=nlp),
            extraction(b, quotes=[quote(t2, trimmed, "Peter Lind")], nlp=nlp)]
    assert [c["kind"] for c in _conflicts([a, b], exts, nlp=nlp)] == ["contradiction"]


def test_fall_vs_rise_at_the_same_border_contradicts(nlp):
    t1 = "Border crossings into Norway fell sharply on Monday as arrivals dropped, police said."
    t2 = "Border crossings into Norway surged on Monday, with arrivals at record levels."
    conflicts = _conflicts([article("a", t1), article("b", t2)], nlp=nlp)
    assert len(conflicts) == 1 and "a fall" in conflicts[0]["explanation"]


def test_fall_of_one_thing_vs_rise_of_another_is_no_conflict(nlp):
    t1 = "Fuel prices in Norway fell sharply on Monday."
    t2 = "Border crossings into Norway surged on Monday."
    assert _conflicts([article("a", t1), article("b", t2)], nlp=nlp) == []


def test_a_name_with_and_without_its_accent_is_one_speaker(nlp):
    t1 = f'"{WORDS}," Calderón said on Monday.'
    t2 = f'"{WORDS}," Calderon told reporters.'
    assert _quote_conflicts(nlp, t1, "Felipe Calderón", t2, "Felipe Calderon") == []
