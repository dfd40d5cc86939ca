#!/usr/bin/env python3
"""Train the learned attribution scorer (storyline.extract.attribution_model).

    python tools/train_attribution.py [SPLIT_DIR] [-o WEIGHTS.json] [--half all|even|odd]

SPLIT_DIR is a PolNeAR-layout folder (``gold.jsonl`` + ``text/``), by default
``../shared/eval/dev/polnear-train``. Every (cue word, argument) pair of the parsed
texts is an example; it is positive when the word is the head of a gold cue and the
argument's subtree and the gold content share at least half of each other's words.
A logistic regression (L2, L-BFGS from scipy: `pip install -e ".[train]"`) is
fitted and the weights above ``--prune`` are written as JSON.

``--half even`` trains on the even-numbered documents only and reports pair precision
and recall on the odd ones; point ``STORYLINE_ATTRIBUTION_WEIGHTS`` at the file to run
the whole extractor with it on the held-out half. The shipped weights use ``--half all``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
from polnear_split import ROOT, add_split_arguments, in_half, parsed, read_golds
from scipy import sparse
from scipy.optimize import minimize

from storyline.extract.attribution_features import (
    candidate_pairs,
    head_features,
    pair_features,
)
from storyline.extract.attribution_model import WEIGHTS_FILE, pair_probability
from storyline.extract.quote_common import span_finder, tokens_in
from storyline.extract.quote_marks import find_marked
from storyline.settings import Settings


def _token_ids(doc, spans) -> set[int]:
    return {t.i for s, e in spans for t in tokens_in(doc, s, e) if not (t.is_punct or t.is_space)}


def _cue_head(doc, attribution):
    """The token of the gold cue that the rest of the cue hangs from (a verb if any)."""
    ids: set[int] = set()
    for c in attribution["cue"]:
        span = doc.char_span(c["start"], c["end"], alignment_mode="expand")
        if span is not None:
            ids |= {t.i for t in span}
    heads = [doc[i] for i in sorted(ids) if doc[i].head.i not in ids or doc[i].head.i == i]
    return next((t for t in heads if t.pos_ in ("VERB", "AUX")), heads[0] if heads else None)


def positive_pairs(doc, attributions) -> set[tuple[int, int]]:
    out = set()
    for a in attributions:
        head = _cue_head(doc, a)
        content = _token_ids(doc, [(c["start"], c["end"]) for c in a["content"]])
        if head is None or not content:
            continue
        for child in head.children:
            sub = {t.i for t in child.subtree if not (t.is_punct or t.is_space)}
            shared = len(sub & content)
            if sub and shared >= 0.5 * len(content) and shared >= 0.5 * len(sub):
                out.add((head.i, child.i))
    return out


def examples(doc, attributions):
    """(features, label) for every candidate pair of one document."""
    marked = [(m.start, m.end) for m in find_marked(doc.text)]
    gold = positive_pairs(doc, attributions)
    quoted = span_finder(marked)
    heads: dict[int, list[str]] = {}
    for h, c in candidate_pairs(doc):
        if h.i not in heads:
            heads[h.i] = head_features(h, quoted(h.idx) is not None)
        yield pair_features(h, c, heads[h.i]), int((h.i, c.i) in gold)


def fit(rows, l2: float, min_count: int) -> dict[str, float]:
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    indices, indptr = [], [0]
    for feats, _ in rows:
        indices.extend(vocab[f] for f in feats if f in vocab)
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    y = np.array([label for _, label in rows], dtype=float)

    def loss(w):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w, x.T @ (p - y) + l2 * w

    result = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return {f: float(result.x[i]) for f, i in vocab.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap, ROOT / "src" / "storyline" / WEIGHTS_FILE)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=2, help="drop features seen fewer times")
    ap.add_argument("--prune", type=float, default=0.02, help="drop weights smaller than this")
    args = ap.parse_args(argv)

    split = Path(args.split)
    golds = read_golds(split)
    train, held = [], []
    for i, gold, doc in parsed(split, golds, args.model):
        (train if in_half(i, args.half) else held).extend(examples(doc, gold["attributions"]))
    print(f"{len(train)} training pairs, {sum(y for _, y in train)} positive", file=sys.stderr)
    weights = fit(train, args.l2, args.min_count)
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= args.prune}
    about = {
        "trained_on": split.name,
        "documents": len(golds) if args.half == "all" else f"{args.half} half of {len(golds)}",
        "pairs": len(train),
        "l2": args.l2,
        "min_count": args.min_count,
        "spacy_model": Settings.load(model=args.model).model,
        "date": dt.date.today().isoformat(),
    }
    Path(args.out).write_text(json.dumps({"about": about, "weights": kept}, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {len(kept)} weights to {args.out}", file=sys.stderr)
    for threshold in (0.2, 0.25, 0.3, 0.4, 0.5):
        tp = fp = fn = 0
        for feats, label in held:
            hit = pair_probability(kept, feats) >= threshold
            tp += hit and label
            fp += hit and not label
            fn += label and not hit
        if held:
            print(f"held-out pairs @{threshold}: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
