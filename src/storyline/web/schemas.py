"""OpenAPI description of the JSON API: the brief contract (``storyline.brief/1``) as models.

The API returns the brief as the pipeline made it; these models document it
(fields may be added to the contract, so every model allows extra fields).
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Mention(_Open):
    article: str = Field(description="Article id.")
    start: int
    end: int
    text: str = Field(description="Exactly articles[article].text[start:end].")


class Removal(_Open):
    text: str
    reason: str = Field(description="boilerplate | duplicate | caption | metadata | other")


class ArticleSummary(_Open):
    id: str
    source: str
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    wire: Optional[str] = None
    bylines: list[str] = []
    published: Optional[str] = Field(None, description="ISO 8601 date or date-time of publication.")
    published_evidence: Optional[str] = None
    language: Optional[str] = None
    warnings: list[str] = []
    chars: int = Field(0, description="Length of the cleaned text.")


class Article(ArticleSummary):
    text: str = Field(description="Cleaned article body; mention offsets index it.")
    removed: list[Removal] = []


class Fact(_Open):
    id: str
    value: float
    value_max: Optional[float] = None
    qualifier: Literal["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "up_to", "range"]
    unit: Optional[str] = None
    what: str
    where: Optional[str] = None
    when: Optional[str] = None
    according_to: list[str] = []
    mentions: list[Mention]
    outlets: list[str] = Field(description="Article ids that state this figure.")
    independent_sources: Optional[int] = None
    status: Literal["corroborated", "single_source", "disputed"]


class Quote(_Open):
    id: str
    speaker: Optional[str]
    speaker_role: Optional[str] = None
    text: str
    kind: Literal["direct", "partial", "indirect"]
    cue: Optional[str] = None
    mentions: list[Mention]


class Event(_Open):
    id: str
    date: str
    date_end: Optional[str] = None
    precision: Literal["day", "week", "month", "year"]
    summary: str
    date_evidence: Optional[str] = None
    mentions: list[Mention]


class Stance(_Open):
    id: str
    actor: str
    position: str
    polarity: Optional[Literal["for", "against", "neutral"]] = None
    topic: Optional[str] = None
    mentions: list[Mention]


class Conflict(_Open):
    id: str
    kind: Literal["contradiction", "discrepancy", "metadata"]
    items: list[str]
    mentions: list[Mention] = []
    explanation: str


class Copy(_Open):
    articles: list[str]
    kind: Literal["syndicated", "near_duplicate", "shared_passage", "internal_duplicate"]
    shared_chars: int


class BriefArticle(_Open):
    id: str
    source: str
    url: Optional[str] = None
    title: Optional[str]
    outlet: Optional[str]
    wire: Optional[str] = None
    bylines: list[str] = []
    published: Optional[str]
    published_evidence: Optional[str] = None
    language: Optional[str] = None
    text: str
    removed: list[Removal]
    warnings: list[str]


class Brief(_Open):
    schema_: Literal["storyline.brief/1"] = Field(alias="schema")
    generated_at: Optional[str] = None
    articles: list[BriefArticle]
    facts: list[Fact]
    quotes: list[Quote]
    events: list[Event]
    stances: list[Stance] = []
    conflicts: list[Conflict]
    copies: list[Copy]


class ErrorMessage(BaseModel):
    detail: str
