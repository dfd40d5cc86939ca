"""Command-line interface (temporary minimal version; the foundation work completes it)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .analyze import analyze_texts


@click.group()
def cli() -> None:
    """Storyline: reconcile news articles into a sourced, cross-checked picture."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--no-clean", is_flag=True, help="Take the text exactly as given; offsets index it.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) used as anchor.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl")
def extract(inputs, no_clean, published, fmt):
    """Per-document extraction: quotes, quantities, timexes."""
    texts = [(p, Path(p).read_text(encoding="utf-8")) for p in inputs]
    for (src, text), ext in zip(texts, analyze_texts([(s, t, published) for s, t in texts])):
        out = {
            "schema": "storyline.extract/1",
            "source": Path(src).name,
            "published": published,
            "text": text,
            "timexes": [t.to_dict() for t in ext.timexes],
            "quotes": [q.to_dict() for q in ext.quotes],
            "quantities": [q.to_dict() for q in ext.quantities],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


def main() -> None:
    cli()
