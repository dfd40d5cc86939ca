"""Learned attribution: beliefs, plans and positions the cue lists do not cover.

The rule-based finders (:mod:`.quote_indirect`) are precise on speech cues but
miss most of the long tail that attribution corpora annotate ("X has long pushed
for ...", "a measure that Y opposes", "X is confident that ..."). A logistic model
over (cue word, argument) pairs, trained on the PolNeAR attribution corpus by
``tools/train_attribution.py``, scores every pair; the best argument of each cue
word above a threshold becomes an indirect quote with the cue word's subject as
speaker. Its items carry ``cue_type`` 'belief' or 'other' unless the cue is a speech
verb, so the brief (which cites speech only) is not widened by them.

The weights are a JSON table of feature name -> weight in ``storyline/data``;
inference is a sum over a few dozen string features per pair, no library needed.
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..doctext import doc_text
from .attribution_features import (
    argument_span,
    candidate_pairs,
    head_features,
    pair_features,
)
from .cue_senses import describes_noun, not_reporting
from .quote_attribution import Cue, negated, noun_source, question_put, subject_of
from .quote_common import Candidate, crosses, inside, span_finder, states_nothing, token_at

WEIGHTS_FILE = "data/attribution_weights.json"
THRESHOLD = 0.2  # held-out PolNeAR F1 is highest here (0.3: -0.011)
SPEAKERLESS_THRESHOLD = 0.4  # an attribution with no holder must be likelier


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> dict[str, float]:
    """The stored model, or the file named by ``STORYLINE_ATTRIBUTION_WEIGHTS`` (held-out
    evaluation trains on part of a corpus and scores the rest); empty if absent."""
    path = path or os.environ.get("STORYLINE_ATTRIBUTION_WEIGHTS")
    source = Path(path) if path else resources.files("storyline").joinpath(WEIGHTS_FILE)
    if not source.is_file():
        return {}
    return json.loads(source.read_text("utf-8"))["weights"]


def pair_probability(weights: dict[str, float], feats: list[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_candidates(
    doc,
    direct_spans: list[tuple[int, int]],
    taken: list[Candidate],
    threshold: float = THRESHOLD,
) -> list[Candidate]:
    """Indirect candidates for cue words the rules left alone; ``taken`` are the
    candidates already found (their cue words and spans are not proposed again)."""
    weights = load_weights()
    if not weights:
        return []
    used_cues = {c.cue.start for c in taken if c.cue is not None}
    spans = [(c.start, c.end) for c in taken]
    best: dict[int, tuple[float, object]] = {}
    heads: dict[int, list[str] | None] = {}
    quoted = span_finder(direct_spans)
    for h, c in candidate_pairs(doc):
        if h.i not in heads:
            # taken by a rule, or 'called off': nothing attributed. A negated cue ('did not
            # address X') is kept and marked: corpora annotate it, and the brief never cites it
            skip = h.idx in used_cues or not_reporting(h) or h.pos_ == "VERB" and describes_noun(h)
            in_quote = quoted(h.idx) is not None
            heads[h.i] = None if skip else head_features(h, in_quote)
        if heads[h.i] is None:
            continue
        p = pair_probability(weights, pair_features(h, c, heads[h.i]))
        if p >= threshold and p > best.get(h.i, (0.0, None))[0]:
            best[h.i] = (p, c)
    out: list[Candidate] = []
    for i in sorted(best):
        h, c = doc[i], best[i][1]
        s, e = argument_span(h, c)
        if e <= s or "\n" in doc_text(doc)[s:e] or _overlaps(s, e, spans) or _bare_gap(h, s, e):
            continue
        if s == c.idx and e == c.idx + len(c.text) and c.pos_ != "PROPN":
            continue  # one word that is not a name ('chanting "no"'): too little to attribute
        if states_nothing(doc, s, e) or c.lower_ == "according":
            continue  # 'planned for next week'; 'According to X, an inquiry will continue' is X's attribution
        if quoted(h.idx) is None and inside(s, e, direct_spans):
            continue  # a direct quote already carries these words
        if crosses(s, e, direct_spans):
            continue  # crosses a quotation mark: 'The so-called "reform'
        if (first := token_at(doc, s)) is not None and question_put(first):
            continue  # 'Asked if ..., Lee replied': the question put to him, not his words
        if h.tag_ == "VBN" and h.dep_ in ("acl", "amod"):
            spk = None  # 'policies associated with the 1990s', 'a program known as X': nobody holds it
        else:
            spk = subject_of(h) if h.pos_ in ("VERB", "AUX") else noun_source(h)
        if spk is not None and s <= spk.idx < e:
            spk = None
        if spk is None and best[i][0] < SPEAKERLESS_THRESHOLD:
            continue  # nobody holds it and the scorer is unsure: say nothing
        out.append(Candidate(s, e, "indirect", Cue(h.idx, h.idx + len(h.text), h.text, spk), confidence=round(best[i][0], 3), negated=negated(h)))
        spans.append((s, e))
    return out


def _bare_gap(cue, start: int, end: int) -> bool:
    """'what Trump has threatened to do', 'what Bernie is talking about': a relative clause that holds its
    own cue and ends a word or two after it reports nothing, its gap an object ('which he argued help
    ease disruptions' is a report, its gap the subject of what was said)."""
    if not start <= cue.idx < end:
        return False
    words = 0
    for t in cue.doc[cue.i + 1 :]:
        if t.idx >= end:
            break
        words += t.is_alpha
    return words < 3


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Shares at least half of the shorter span with one already found."""
    return any(min(e, b) - max(s, a) >= 0.5 * min(e - s, b - a) for a, b in spans)
