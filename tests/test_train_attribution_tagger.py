"""The tagger's training tool: gold content becomes entity spans the recognizer can learn,
and the command writes a model the extractor loads. Texts are invented."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import train_attribution_tagger as tt  # noqa: E402

from storyline.extract.attribution_tagger import LABEL, load_tagger  # noqa: E402

TEXT = 'The mayor wants a new bridge. "It will help. Traffic is bad," she said. Farmers fear higher prices.'


def _gold(text, *contents):
    out = []
    for content in contents:
        frags = []
        for part in content:
            start = text.index(part)
            frags.append({"start": start, "end": start + len(part)})
        out.append({"cue": [], "source": [], "content": frags})
    return out


def test_content_is_cut_at_sentence_starts(nlp):
    doc = nlp(TEXT)
    gold = _gold(TEXT, ["a new bridge"], ['"It will help. Traffic is bad,"'], ["higher prices"])
    spans = tt.content_spans(doc, gold)
    assert [s.text for s in spans] == ["a new bridge", '"It will help.', 'Traffic is bad,"', "higher prices"]
    assert all(s.label_ == LABEL for s in spans)


def test_overlapping_gold_keeps_the_first_fragment(nlp):
    doc = nlp(TEXT)
    spans = tt.content_spans(doc, _gold(TEXT, ["a new bridge"], ["new bridge"]))
    assert [s.text for s in spans] == ["a new bridge"]


@pytest.mark.slow
def test_the_command_writes_a_model_the_extractor_loads(nlp, tmp_path):
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    with open(split / "gold.jsonl", "w") as fh:
        for i in range(4):
            (split / "text" / f"d{i}.txt").write_text(TEXT)
            gold = {"id": f"d{i}", "file": f"text/d{i}.txt",
                    "attributions": _gold(TEXT, ["a new bridge"], ["higher prices"])}
            fh.write(json.dumps(gold) + "\n")
    out = tmp_path / "model"
    assert tt.main([str(split), "-o", str(out), "--epochs", "1"]) == 0
    assert "(all documents, 4)" in json.loads((out / "meta.json").read_text())["description"]
    tagger = load_tagger(str(out))
    assert tagger is not None and tagger.pipe_names == ["tok2vec", "ner"]
    assert LABEL in tagger.get_pipe("ner").labels
    work = nlp(TEXT).copy()  # it runs on a parsed document, as the pipeline component does
    work.set_ents([], default="missing")
    for _name, proc in tagger.pipeline:
        work = proc(work)
    assert {e.label_ for e in work.ents} <= {LABEL}
