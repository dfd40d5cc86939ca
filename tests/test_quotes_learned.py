"""The learned attribution scorer: beliefs and positions beyond the cue lists,
marked with a confidence, never cited as speech. Sentences are invented."""
from __future__ import annotations

import json

from storyline.extract.attribution_features import (
    argument_span,
    candidate_pairs,
    head_features,
    pair_features,
)
from storyline.extract.attribution_model import (
    learned_candidates,
    load_weights,
    pair_probability,
)
from storyline.extract.quote_indirect import indirect_candidates
from storyline.extract.quotes import find_quotes
from storyline.fusion.stances import find_stances


def _learned(nlp, text):
    return [q for q in find_quotes(nlp(text)) if q.confidence is not None]


def test_shipped_weights_load():
    weights = load_weights()
    assert len(weights) > 1000
    assert all(isinstance(v, float) for v in list(weights.values())[:50])


def test_missing_weights_file_loads_as_an_empty_model(tmp_path):
    assert load_weights(str(tmp_path / "absent.json")) == {}


def test_weights_file_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"about": {}, "weights": {"bias": -9.0}}))
    monkeypatch.setenv("STORYLINE_ATTRIBUTION_WEIGHTS", str(path))
    load_weights.cache_clear()
    try:
        assert load_weights() == {"bias": -9.0}
    finally:
        monkeypatch.delenv("STORYLINE_ATTRIBUTION_WEIGHTS")
        load_weights.cache_clear()


def test_probability_is_a_logistic_sum():
    assert pair_probability({}, ["x"]) == 0.5
    assert pair_probability({"a": 2.0, "b": -2.0}, ["a", "b", "c"]) == 0.5
    assert pair_probability({"a": 100.0}, ["a"]) > 0.99


def test_argument_span_drops_the_particle_and_complementiser(nlp):
    doc = nlp("The council pushed for a ban on night flights. Ms. Amari said that the plan was dead.")
    spans = {(h.text, doc.text[slice(*argument_span(h, c))]) for h, c in candidate_pairs(doc)}
    assert ("pushed", "a ban on night flights") in spans
    assert ("said", "the plan was dead") in spans


def test_features_are_strings_naming_the_cue_and_its_argument(nlp):
    doc = nlp("Farmers oppose the new water tax.")
    pairs = {(h.text, c.text): pair_features(h, c, head_features(h, False)) for h, c in candidate_pairs(doc)}
    feats = pairs[("oppose", "tax")]
    assert "hl=oppose" in feats and "cd=dobj" in feats and "hl|cd=oppose|dobj" in feats


def test_a_position_beyond_the_cue_lists_is_found_with_its_holder(nlp):
    text = "Mayor Lena Brandt has long pushed for a second bridge across the harbour."
    found = _learned(nlp, text)
    assert found, "the learned scorer proposes the position"
    q = found[0]
    assert q.text == "a second bridge across the harbour"
    assert q.speaker == "Lena Brandt"
    assert q.cue_type != "speech" and 0 < q.confidence <= 1


def test_rule_found_speech_is_not_proposed_again(nlp):
    text = 'The harbour master said the channel would reopen on Friday after dredging.'
    quotes = find_quotes(nlp(text))
    assert len(quotes) == 1 and quotes[0].confidence is None and quotes[0].cue_type == "speech"


def test_learned_items_skip_cues_already_taken(nlp):
    doc = nlp("Ms. Amari said that the plan was dead.")
    taken = indirect_candidates(doc, [])
    assert taken and not [c for c in learned_candidates(doc, [], taken) if c.cue.text == "said"]


def test_stances_ignore_learned_speakers(nlp):
    doc = nlp("Estonia has long pushed for tighter visa rules for tourists.")
    quotes = find_quotes(doc)
    stances = find_stances(doc, quotes)
    assert find_stances(doc, [q for q in quotes if q.confidence is None]) == stances


def test_a_single_word_that_is_not_a_name_is_not_attributed(nlp):
    assert not [q for q in _learned(nlp, "Outside the hall, hundreds of students were chanting no.") if q.text == "no"]


def test_a_negated_cue_is_kept_and_marked_never_cited(nlp):
    text = "The senator did not mention that her husband owns shares in the company."
    learned = _learned(nlp, text)
    assert [(q.text, q.negated) for q in learned] == [("her husband owns shares in the company", True)]
    assert learned[0].cue_type != "speech"  # so the brief does not cite it as something she said
    assert learned[0].to_dict()["negated"] is True


def test_an_affirmed_cue_is_not_marked_negated(nlp):
    learned = _learned(nlp, "The governor addressed the budget shortfall in his speech on Monday.")
    assert [(q.text, q.negated) for q in learned] == [("the budget shortfall", False)]
