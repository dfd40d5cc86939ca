"""Parse facts: read once from the article's parse, stored with the extraction, looked up by fusion."""
from __future__ import annotations

import subprocess
import sys

import pytest
from test_fusion_helpers import article, extraction, qty

from storyline.analyze import analyze_doc
from storyline.brief import build_brief
from storyline.fusion.claims import place_keys, reports_realis
from storyline.fusion.frames import frame_of, same_frame
from storyline.fusion.parse_facts import ParsedArticles, read_parse_facts
from storyline.store.codec import extraction_from_json, extraction_to_json


def _frame(nlp, text: str, raw: str):
    q = qty(text, raw, 1)
    facts = read_parse_facts(nlp(text), [q])
    ext = extraction(article("a", text), [q])
    ext.parse = facts
    return frame_of(ParsedArticles([ext]).frame("a", 0), text)


def test_frame_names_the_counted_noun_and_the_verb(nlp):
    f = _frame(nlp, "The storm killed 41 passengers near the coast.", "41")
    assert (f.noun, f.predicate) == ("passenger", "kill")
    g = _frame(nlp, "Police questioned 41 passengers about the storm.", "41")
    assert g.noun == "passenger" and not same_frame(f, g)


def test_frame_reads_only_the_quantity_sentence(nlp):
    text = "Rescuers worked all night. 41 passengers were killed."
    f = _frame(nlp, text, "41")
    assert f.noun == "passenger" and f.predicate == "kill"


def test_realis_words_are_those_stated_as_done(nlp):
    done = "Police had arrested 14 people in the capital."
    supposed = "A reward was offered for information leading to the arrest of the bombers."
    for text, expected in ((done, True), (supposed, False)):
        facts = read_parse_facts(nlp(text), [])
        assert reports_realis(text, facts.realis, {"ARREST"}) is expected
    facts = read_parse_facts(nlp(done), [])
    assert not reports_realis(done.rstrip(".") + "?", facts.realis, {"ARREST"})


def test_place_keys_use_the_named_entities(nlp):
    text = "Eight Americans were killed in Nairobi, the capital of Kenya, on Friday."
    ents = read_parse_facts(nlp(text), []).entities
    assert "kenya" in place_keys(text, ents)
    assert place_keys(text, []) <= place_keys(text, ents)


def test_parse_facts_round_trip_through_the_store_codec(nlp):
    text = "In Nairobi, police said they had arrested 14 foreigners on Tuesday."
    ext = analyze_doc(nlp(text), "a", "2024-03-05")
    assert ext.parse is not None and ext.parse.entities and ext.parse.realis
    assert extraction_from_json(extraction_to_json(ext)) == ext


def test_extractions_stored_before_parse_facts_still_load():
    data = {"article_id": "a", "published": None, "quantities": [], "sentences": [[0, 5]]}
    ext = extraction_from_json(data)
    assert ext.parse is None and ext.sentences == [(0, 5)]


def test_fusion_without_parse_facts_compares_less():
    t1 = "The ferry sank off Greece on Monday and killed 41 passengers, the coast guard said."
    t2 = "The ferry sank off Greece on Monday, killing 48 passengers near the coast."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "41", 41, what="passengers")]),
            extraction(b, [qty(t2, "48", 48, what="passengers")])]
    brief = build_brief([a, b], exts)
    assert brief["conflicts"] == [] and len(brief["facts"]) == 2  # no frame: not compared (precision first)


_FUSE = """
import subprocess
import sys
from storyline.brief import build_brief
from storyline.model import Article, Extraction, ParseFacts, Quantity, QuantityFrame
t = "The ferry sank on Monday and killed 41 passengers."
i = t.index("41")
arts = [Article(id=x, source=x, text=t.replace("41", n), published="2024-03-05") for x, n in (("a", "41"), ("b", "48"))]
exts = [Extraction(article_id=x.id, published=x.published, quantities=[Quantity(start=i, end=i + 2, text="41",
        value=float(x.text[i:i + 2]), what="passengers", sentence=(0, len(t)))],
        parse=ParseFacts(frames=[QuantityFrame(i, i + 2, "passenger", "kill")])) for x in arts]
brief = build_brief(arts, exts)
print(len(brief["conflicts"]), "spacy" in sys.modules)
"""


@pytest.mark.slow  # a fresh interpreter, so that nothing else has imported spaCy
def test_fusion_compares_from_parse_facts_without_loading_a_parser():
    out = subprocess.run([sys.executable, "-c", _FUSE], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "False"]


def test_only_asserted_figures_with_a_what_become_facts(nlp):
    text = ("The storm killed 14 people on Monday. Officials said the toll could rise to 40 people. "
            "The flood covered 30 miles (48 km) of road. The laptop ships with 8GB of RAM.")
    art = article("a", text)
    ext = analyze_doc(nlp(text), "a", "2024-03-05")
    listed = {q.text: q for q in ext.quantities}
    assert listed["40"].hedged and listed["48 km"].conversion_of == 2 and listed["8GB"].what is None
    assert extraction_from_json(extraction_to_json(ext)) == ext
    facts = build_brief([art], [ext])["facts"]
    assert sorted(f["value"] for f in facts) == [14, 30]
