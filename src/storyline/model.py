"""The data that flows between pipeline steps.

Offsets are Python ``str`` offsets (end exclusive) into ``Article.text`` (the
cleaned text) unless a docstring says otherwise. Each class converts itself to
the plain dict of the output contracts with ``to_dict``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


def _plain(obj: Any) -> dict:
    return asdict(obj)


@dataclass
class Document:
    """One input read and decoded, before cleaning.

    ``content`` is text (``kind == "text"``) or markup (``kind == "html"``).
    ``hints`` carries metadata the container already states (JSON fields, feed
    entries, WARC headers): title, outlet, authors, published, url.
    """

    source: str
    content: str
    kind: str = "text"
    url: str | None = None
    hints: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Removal:
    """A piece of the input left out of the cleaned text, and why."""

    text: str
    reason: str  # boilerplate | duplicate | caption | metadata | other

    to_dict = _plain


@dataclass
class Article:
    """A cleaned article with its metadata; what the database stores."""

    id: str
    source: str
    text: str
    raw: str = ""
    kind: str = "text"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    wire: str | None = None
    bylines: list[str] = field(default_factory=list)
    published: str | None = None
    published_evidence: str | None = None
    language: str | None = None
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    content_hash: str = ""
    internal_duplicate_chars: int = 0

    def to_dict(self) -> dict:
        """The ``articles[]`` item of the brief contract."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "wire": self.wire,
            "bylines": list(self.bylines),
            "published": self.published,
            "published_evidence": self.published_evidence,
            "language": self.language,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }


@dataclass
class Mention:
    """Where an item is stated: article id + offsets into its cleaned text."""

    article: str
    start: int
    end: int
    text: str

    to_dict = _plain


# ---- per-article extraction (contract: extract.schema.json) -----------------


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    speaker_role: str | None = None
    cue: str | None = None
    sentence: tuple[int, int] | None = None  # the sentence(s) holding quote + attribution
    cue_type: str = "speech"  # speech (said, told, according to) | belief (thinks, wants) | other (found, supports)
    confidence: float | None = None  # learned attribution scorer's probability; None when a cue rule found it
    negated: bool = False  # the cue is negated ('did not address', 'no one expected'): never cited as said

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "cue_type": self.cue_type,
            "confidence": self.confidence,
            "negated": self.negated,
        }


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    qualifier: str = "exact"
    value_max: float | None = None
    unit: str | None = None
    what: str | None = None
    what_span: tuple[int, int] | None = None
    according_to: str | None = None
    where: str | None = None
    when: str | None = None  # ISO date/interval when the sentence tells
    sentence: tuple[int, int] | None = None
    # the sentence does not assert it: a question, an if/whether clause, a wish or a hedging modal ("could rise 10%")
    hedged: bool = False
    conversion_of: int | None = None  # index of the quantity it restates in another unit: "100 miles (161 km)"

    @property
    def asserted(self) -> bool:
        """A figure the text states as fact, not a forecast, a condition or a conversion."""
        return not self.hedged and self.conversion_of is None

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "value_max": self.value_max,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "what": self.what,
            "what_span": list(self.what_span) if self.what_span else None,
            "according_to": self.according_to,
            "where": self.where,
            "when": self.when,
            "hedged": self.hedged,
            "conversion_of": self.conversion_of,
        }


@dataclass
class DatedEvent:
    """One sentence/clause of an article with the calendar date it happened on."""

    start: int  # offsets of the sentence/clause
    end: int
    text: str
    date: str  # ISO date (start of interval)
    date_end: str | None
    precision: str  # day | week | month | year
    summary: str
    date_evidence: str | None = None
    timex: Timex | None = None


@dataclass
class StanceClaim:
    """An actor's position stated in one sentence of one article."""

    actor: str
    position: str
    polarity: str | None  # for | against | neutral | None
    topic: str | None
    start: int
    end: int
    text: str


@dataclass
class QuantityFrame:
    """What the parse says of one quantity: the counted noun and the verb said of it (lemmas as parsed)."""

    start: int  # the quantity's span
    end: int
    noun: str | None
    predicate: str | None
    bare_verb: bool = False  # the quantity's 'what' is only a verb ('$800,000 was spent'): it names nothing
    holder: str | None = None  # the name whose amount it is, by its verb ('Acme had profit of $2 million')


@dataclass
class ParseFacts:
    """The little syntax cross-article comparison needs, read from the analysis' parse so fusion never parses."""

    entities: list[tuple[int, int, str]] = field(default_factory=list)  # named entities: start, end, label
    frames: list[QuantityFrame] = field(default_factory=list)  # quantities whose frame the parse tells
    realis: list[tuple[int, int]] = field(default_factory=list)  # lexicon words a finite past verb states as done


@dataclass
class Extraction:
    """Everything found in one article's text, before merging across articles."""

    article_id: str
    published: str | None
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[DatedEvent] = field(default_factory=list)
    stances: list[StanceClaim] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    parse: ParseFacts | None = None  # None: made without a parser (by hand, or an older cache)
