"""What the attribution training tools share: a PolNeAR-layout split, its halves, its parse.

A split is a folder with ``gold.jsonl`` (one document a line, ``file`` naming its text)
and ``text/``. Held-out figures come from halves: ``--half even`` trains on the
even-numbered documents of ``gold.jsonl`` and leaves the odd ones for scoring.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from storyline.extract.attribution_tagger import COMPONENT as TAGGER
from storyline.nlp import load_nlp
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPLIT = ROOT.parent / "shared" / "eval" / "dev" / "polnear-train"
# the tagger's own spans are not features of either model, so training parses skip it
SKIPPED_COMPONENTS = (TAGGER,)


def add_split_arguments(ap: argparse.ArgumentParser, default_out: Path) -> None:
    ap.add_argument("split", nargs="?", default=str(DEFAULT_SPLIT), help="folder with gold.jsonl and text/")
    ap.add_argument("-o", "--out", default=str(default_out), help=f"where to write (default: {default_out})")
    ap.add_argument("--half", choices=["all", "even", "odd"], default="all", help="documents to train on")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the Storyline setting)")


def read_golds(split: Path) -> list[dict]:
    return [json.loads(line) for line in (split / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]


def in_half(i: int, half: str) -> bool:
    """Whether document ``i`` (0-based, in ``gold.jsonl`` order) is one to train on."""
    return half == "all" or (i % 2 == 0) == (half == "even")


def parsed(split: Path, golds: list[dict], model: str | None = None) -> Iterator[tuple[int, dict, object]]:
    """(index, gold, parsed doc) for every document, on both cores, with progress on stderr."""
    nlp = load_nlp(Settings.load(model=model).model)
    texts = ((split / g["file"]).read_text("utf-8") for g in golds)
    skipped = [name for name in SKIPPED_COMPONENTS if name in nlp.pipe_names]
    docs = nlp.pipe(texts, batch_size=16, n_process=2, disable=skipped)
    for i, (gold, doc) in enumerate(zip(golds, docs)):
        yield i, gold, doc
        if (i + 1) % 100 == 0:
            print(f"parsed {i + 1}/{len(golds)}", file=sys.stderr)
