"""The learned content tagger: its spans run in the pipeline, and a span no other finder
covers becomes an item only with a cue word and a holder. Sentences are invented."""
from __future__ import annotations

from spacy.tokens import Span

from storyline.extract.attribution_model import THRESHOLD
from storyline.extract.attribution_tagger import (
    COMPONENT,
    LABEL,
    SPANS_KEY,
    load_tagger,
    tagged_candidates,
)
from storyline.extract.quote_common import Candidate
from storyline.extract.quotes import find_quotes


def _with_spans(nlp, text, *contents):
    """The parsed text with the tagger's spans replaced by ``contents`` (so these tests check
    what is done with a span, whatever the stored model predicts)."""
    doc = nlp(text)
    spans = []
    for content in contents:
        start = text.index(content)
        spans.append(doc.char_span(start, start + len(content), label=LABEL))
    doc.spans[SPANS_KEY] = spans
    return doc


def test_the_shipped_tagger_runs_last_in_the_pipeline(nlp):
    assert load_tagger() is not None
    assert nlp.pipe_names[-1] == COMPONENT
    doc = nlp("Farmers have long feared that the new dam would cut their water supply.")
    assert SPANS_KEY in doc.spans
    assert all(isinstance(s, Span) and s.label_ == LABEL for s in doc.spans[SPANS_KEY])
    assert [e.label_ for e in doc.ents if e.label_ == LABEL] == []  # named entities are left alone


def test_the_tagger_can_be_switched_off_or_missing(tmp_path):
    assert load_tagger("off") is None
    assert load_tagger(str(tmp_path)) is None  # a folder with no model in it


def test_a_tagged_span_takes_its_cue_word_and_holder_from_the_parse(nlp):
    text = "The mayor has long pushed for a ban on leaf blowers."
    doc = _with_spans(nlp, text, "a ban on leaf blowers")
    [cand] = tagged_candidates(doc, [], [])
    assert text[cand.start:cand.end] == "a ban on leaf blowers"
    assert cand.cue.text == "pushed" and cand.cue.speaker.text == "mayor"
    assert 0.0 <= cand.confidence <= 1.0 and cand.negated is False


def test_a_tagged_span_with_no_holder_is_dropped(nlp):
    text = "A ban on leaf blowers was proposed on Monday."
    doc = _with_spans(nlp, text, "A ban on leaf blowers")
    assert tagged_candidates(doc, [], []) == []


def test_a_span_another_finder_covers_is_not_proposed_again(nlp):
    text = "The mayor has long pushed for a ban on leaf blowers."
    doc = _with_spans(nlp, text, "a ban on leaf blowers")
    start = text.index("a ban")
    taken = [Candidate(start, start + len("a ban on leaf"), "indirect", None)]
    assert tagged_candidates(doc, [], taken) == []


def test_words_of_a_direct_quote_are_not_proposed_again(nlp):
    text = 'The mayor wants "a ban on leaf blowers by the summer," she said.'
    doc = _with_spans(nlp, text, "a ban on leaf blowers")
    start = text.index('"')
    assert tagged_candidates(doc, [(start, text.index('," she') + 2)], []) == []


def test_without_tagger_spans_nothing_is_proposed(nlp):
    doc = nlp("The mayor has long pushed for a ban on leaf blowers.")
    del doc.spans[SPANS_KEY]
    assert tagged_candidates(doc, [], []) == []


def test_a_tagged_item_reaches_the_quotes_as_a_learned_item(nlp):
    # the scorer's own span for 'reiterated' overlaps the rule item of 'support', so only the
    # tagger's whole span can carry it
    text = "The governor reiterated his support for the new stadium."
    doc = _with_spans(nlp, text, "his support for the new stadium")
    [q] = [q for q in find_quotes(doc) if q.text == "his support for the new stadium"]
    assert q.speaker_span == (0, 12) and q.cue == "reiterated"
    assert q.confidence >= THRESHOLD and q.cue_type != "speech"
    del doc.spans[SPANS_KEY]
    assert not [q for q in find_quotes(doc) if q.text == "his support for the new stadium"]


def test_a_pair_the_scorer_rates_below_its_threshold_gives_no_item(nlp, tmp_path, monkeypatch):
    from storyline.extract.attribution_model import load_weights

    monkeypatch.setenv("STORYLINE_ATTRIBUTION_WEIGHTS", str(tmp_path / "none.json"))
    load_weights.cache_clear()  # no stored weights: every pair is rated 0
    try:
        text = "The governor reiterated his support for the new stadium."
        doc = _with_spans(nlp, text, "his support for the new stadium")
        assert [c for c in tagged_candidates(doc, [], []) if c.cue.text == "reiterated"] == []
    finally:
        monkeypatch.delenv("STORYLINE_ATTRIBUTION_WEIGHTS")
        load_weights.cache_clear()


def test_a_cue_word_that_already_has_an_item_gets_no_second_one(nlp):
    from storyline.extract.quote_attribution import Cue

    text = "Mara Olsen said the port would close, and Tom Berg left the room."
    doc = _with_spans(nlp, text, "the port would close, and Tom Berg left the room")
    said = text.index("said")
    start = text.index("the port")
    taken = [Candidate(start, start + len("the port would close"), "indirect", Cue(said, said + 4, "said", None))]
    assert tagged_candidates(doc, [], taken) == []
    assert [text[c.start:c.end] for c in tagged_candidates(doc, [], [])] == [
        "the port would close, and Tom Berg left the room"]
