#!/usr/bin/env python3
"""Train the attribution content tagger (storyline.extract.attribution_tagger).

    python tools/train_attribution_tagger.py [SPLIT_DIR] [-o MODEL_DIR] [--half all|even|odd]

SPLIT_DIR is a PolNeAR-layout folder (``gold.jsonl`` + ``text/``), by default
``../shared/eval/dev/polnear-train``. The texts are parsed with the Storyline pipeline;
every gold content fragment becomes a CONTENT entity, cut at sentence starts (the
recognizer cannot cross them, and at prediction time the parse has set them). spaCy's
trainer then fits a token encoder (shapes, affixes, tags, dependency labels) and an
entity recognizer on them, choosing the best epoch on a tenth of the training documents.

``--half even`` trains on the even-numbered documents only (the same halves as
``tools/train_attribution.py``); point ``STORYLINE_ATTRIBUTION_TAGGER`` at the result to
run the extractor with it on the other half. The shipped model uses ``--half all``.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

import spacy
from polnear_split import ROOT, add_split_arguments, in_half, parsed, read_golds
from spacy.tokens import DocBin, Span
from spacy.training import Example

from storyline.extract.attribution_tagger import LABEL, TAGGER_DIR

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = 0
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
batch_size = 64
tokenizer = {"@tokenizers":"spacy.Tokenizer.v1"}

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 128
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","TAG","DEP"]
rows = [5000,1000,2500,2500,200,200]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 128
depth = 6
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 128
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 128
upstream = "tok2vec"

[corpora]

[corpora.train]
@readers = "storyline.parsed_docs.v1"
path = ${paths.train}

[corpora.dev]
@readers = "storyline.parsed_docs.v1"
path = ${paths.dev}

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.1
accumulate_gradient = 1
patience = 1800
max_epochs = 5
max_steps = 0
eval_frequency = 300
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


@spacy.registry.readers("storyline.parsed_docs.v1")
def parsed_docs(path: str):
    """Examples whose predicted side keeps the parse (the encoder embeds tags and labels)
    and has no entities; the gold side has the CONTENT spans."""

    def read(nlp):
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            pred = doc.copy()
            pred.set_ents([], default="missing")
            yield Example(pred, doc)

    return read


def content_spans(doc, attributions) -> list[Span]:
    """Gold content fragments as token spans, cut at sentence starts, without edge spaces;
    a fragment overlapping an earlier one is dropped (the corpus rarely nests them)."""
    fragments = sorted(
        ((f["start"], f["end"]) for a in attributions for f in a["content"]), key=lambda x: (x[0], -x[1])
    )
    out: list[Span] = []
    last = -1
    for s, e in fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.start < last:
            continue
        last = span.end
        start = span.start
        for i in range(span.start + 1, span.end + 1):
            if i < span.end and not doc[i].is_sent_start:
                continue
            a, b = start, i
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if b > a:
                out.append(Span(doc, a, b, label=LABEL))
            start = i
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap, ROOT / "src" / "storyline" / TAGGER_DIR)
    ap.add_argument("--epochs", type=int, default=5, help="passes over the training documents (the best is kept)")
    args = ap.parse_args(argv)

    split = Path(args.split)
    golds = read_golds(split)
    docs = []
    for i, gold, doc in parsed(split, golds, args.model):
        if in_half(i, args.half):
            doc.set_ents(content_spans(doc, gold["attributions"]), default="outside")
            docs.append(doc)
    random.Random(0).shuffle(docs)
    n_dev = max(1, len(docs) // 10)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        DocBin(docs=docs[n_dev:]).to_disk(work / "train.spacy")
        DocBin(docs=docs[:n_dev]).to_disk(work / "dev.spacy")
        (work / "config.cfg").write_text(CONFIG)
        from spacy.cli.train import train

        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                     "training.max_epochs": args.epochs}
        train(work / "config.cfg", work / "out", overrides=overrides)
        out = Path(args.out)
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(work / "out" / "model-best", out)
    meta = json.loads((out / "meta.json").read_text("utf-8"))
    meta["description"] = (f"Storyline attribution content tagger, trained on {split.name} "
                           f"({args.half} documents, {len(docs)})")
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
