"""The training tool labels (cue word, argument) pairs from attribution gold and fits weights."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import train_attribution as ta  # noqa: E402

from storyline.extract.attribution_model import pair_probability  # noqa: E402

TEXT = "The mayor wants a new bridge. Farmers fear higher water prices."


def _gold(text, cue, content):
    c0, k0 = text.index(cue), text.index(content)
    return {"cue": [{"start": c0, "end": c0 + len(cue)}], "content": [{"start": k0, "end": k0 + len(content)}],
            "source": []}


def test_the_gold_cue_and_its_argument_are_the_positive_pair(nlp):
    doc = nlp(TEXT)
    gold = [_gold(TEXT, "wants", "a new bridge"), _gold(TEXT, "fear", "higher water prices")]
    pairs = {(doc[h].text, doc[c].text) for h, c in ta.positive_pairs(doc, gold)}
    assert pairs == {("wants", "bridge"), ("fear", "prices")}
    labelled = list(ta.examples(doc, gold))
    assert sum(label for _, label in labelled) == 2 and len(labelled) > 2


def test_fitted_weights_rank_the_positive_pairs_first(nlp):
    doc = nlp(TEXT)
    gold = [_gold(TEXT, "wants", "a new bridge"), _gold(TEXT, "fear", "higher water prices")]
    rows = list(ta.examples(doc, gold)) * 3
    weights = ta.fit(rows, l2=0.1, min_count=1)
    scores = sorted(((pair_probability(weights, f), y) for f, y in rows), reverse=True)
    assert [y for _, y in scores[:6]] == [1] * 6


def test_the_command_writes_a_weights_file(nlp, tmp_path):
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "text" / "d1.txt").write_text(TEXT)
    gold = {"id": "d1", "file": "text/d1.txt", "attributions": [_gold(TEXT, "wants", "a new bridge")]}
    (split / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    out = tmp_path / "w.json"
    assert ta.main([str(split), "-o", str(out), "--min-count", "1", "--prune", "0"]) == 0
    data = json.loads(out.read_text())
    assert data["about"]["documents"] == 1 and data["weights"]
