"""Sentence-level claims that can contradict another outlet's sentences.

Why: some disagreements carry no figure: "authorities in X have not seen
increased activity at the border" against "the exodus intensified" at X's
border the same day; "officials denied that draft notices are going out"
against "protesters were served summonses". Two narrow, precise frames are
read from sentence text: a (negated) change in some flow at a place, and a
denial of something's existence; both compare through :mod:`.lexicon` concepts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .places import find_places
from .spans import trim

# concepts too generic to tie two sentences to one subject
GENERIC = frozenset({"CITIZEN", "CITY", "DISTANCE", "MONEY"})
# concepts whose existence a denial can be about
DENIABLE = frozenset({"DRAFT_NOTICE", "ARREST", "KILL", "INJURE", "STRIKE", "MOBILIZE", "ARSON", "MISSILE"})

_NEG_CHANGE = re.compile(
    r"\b(?:not|n't|no|never|nor|little|without)\b(?:\s+(?:any|sign|signs|evidence|of|an|a|the|seen|see|been|"
    r"observed|recorded|noticed|reported|significant|major|notable|real|big|large|marked|particular)){0,4}\s+"
    r"(?:increase[sd]?|increasing|rise|rising|surge|spike|uptick|jump|growth|pressure|influx|rush|intensif\w+)\b",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:that|reports?\s+(?:that|of)|claims?\s+(?:that|of)|allegations?\s+(?:that|of))\s+"
    r"(?P<obj>[^.;:!?]+)",
    re.I,
)
# a cheap filter before the stem comparison with lexicon.INCREASE
_CHANGE_HINT = re.compile(r"increas|\bris|\brose|surg|intensif|pick|grow|grew|spik|jump|climb|soar|swell|up from|"
                          r"doubl|tripl|mount|escalat|spiral|accelerat|rush|balloon|uptick|pressure|influx|"
                          r"decreas|fall|fell|drop|declin|eas|slow|shrink|dwindl|down from|subsid")
_DENIAL_HINT = re.compile(r"\bden(?:y|ies|ied|ying)\b|refut|reject|dismiss")
_NEGATION = re.compile(r"\b(?:not|n't|no|never|nor|neither|none|denied|denies|deny|false|fake|untrue)\b", re.I)
_HEARSAY = re.compile(r"\b(?:rumou?rs?|unconfirmed|social media suggest\w*|speculation)\b", re.I)


@dataclass
class Claim:
    """One frame read from one sentence."""

    frame: str  # change | denial
    article: str
    start: int
    end: int
    text: str
    negated: bool
    place: str | None = None  # the subject place of a change claim
    places: set[str] = field(default_factory=set)
    concepts: set[str] = field(default_factory=set)  # the topic (change) or the denied thing (denial)
    date: str | None = None
    phrase: str = ""  # the words that carry the claim, for explanations
    direction: str = "up"  # change claims: up | down | none (negated rise)


def sentence_spans(text: str, spans: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The parser's sentences when known, else a plain split on sentence punctuation and blank lines."""
    if spans:
        return list(spans)
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n\s*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def read_claims(article_id: str, text: str, spans: list[tuple[int, int]], date_of) -> list[Claim]:
    """Change and denial claims in one article; ``date_of(start, end)`` dates a sentence or returns None."""
    claims = []
    for s, e in spans:
        s, e = trim(text, s, e)
        sent = text[s:e]
        if len(sent) > 600:
            continue
        low = sent.lower()
        for m in (_DENIAL.finditer(sent) if _DENIAL_HINT.search(low) else ()):
            obj = m.group("obj")
            denied = lexicon.concepts(obj) & DENIABLE
            if denied and len(lexicon.words(obj)) <= 12:
                claims.append(Claim("denial", article_id, s, e, sent, True, None,
                                    {p for *_, p in find_places(sent, seats=False)}, denied, date_of(s, e),
                                    m.group(0).strip()))
        if not _CHANGE_HINT.search(low):
            continue
        neg_match = _NEG_CHANGE.search(sent)
        negated = bool(neg_match)
        up = not negated and lexicon.has_phrase(sent, lexicon.INCREASE)
        down = not negated and not up and lexicon.has_phrase(sent, lexicon.DECREASE)
        if not (negated or up or down):
            continue
        places = find_places(sent, seats=False)
        cons = lexicon.concepts(sent) - GENERIC if places else set()
        if places and cons and not _HEARSAY.search(sent.split(",")[0]):
            if not negated and _NEGATION.search(sent):
                continue  # an affirmative change claim must not itself be negated or denied
            claims.append(Claim("change", article_id, s, e, sent, negated or down, places[0][2],
                                {p for *_, p in places}, cons, date_of(s, e),
                                short(sent[neg_match.start():] if neg_match else sent),
                                "none" if negated else "down" if down else "up"))
    return claims


def short(text: str, limit: int = 90) -> str:
    """At most ``limit`` characters of ``text``, cut at a word."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def mentions_thing(sentence: str, concepts: set[str]) -> bool:
    """Whether an affirmative sentence reports the thing a denial is about."""
    return concepts <= lexicon.concepts(sentence) and not _NEGATION.search(sentence) and \
        not _DENIAL.search(sentence)


def reports_realis(sentence: str, realis: list[tuple[int, int]], concepts: set[str]) -> bool:
    """Whether ``sentence`` states that the thing (``concepts``) actually happened: one of its
    ``realis`` words (spans inside ``sentence`` that a finite past verb governs, :mod:`.parse_facts`)
    names it. "Police had arrested 14 people" does; "a reward for information leading to the arrest",
    "if they arrest him" or "could be detained" do not: the thing is only named or supposed.
    """
    if sentence.rstrip().endswith("?"):
        return False
    return any(lexicon.concepts(sentence[s:e]) & concepts for s, e in realis)


_CITY_OF = re.compile(r"\s*,\s*(?:the\s+(?:\w+\s+)?(?:capital|city|port)\s+(?:city\s+)?of\s*)?", re.I)


def place_keys(text: str, entities: list[tuple[int, int, str]], *, cities: bool = False) -> set[str]:
    """Countries and other place names of a sentence, normalised so "Kenya" and "Kenyan" agree;
    ``entities`` are the parser's named entities inside ``text`` (offsets into it). Without
    ``cities``, "Nairobi, Kenya" gives only Kenya (the country stands for the city)."""
    keys = {p.lower() for *_, p in find_places(text, seats=True)}
    ents = [ent for ent in entities if ent[2] in ("GPE", "NORP", "LOC")]
    for k, (s, e, label) in enumerate(ents):
        if not cities and k + 1 < len(ents) and label == "GPE" and _CITY_OF.fullmatch(text[e:ents[k + 1][0]]):
            continue
        found = find_places(text[s:e], seats=True)
        keys |= {p.lower() for *_, p in found} if found else {text[s:e].lower()[:5]}
    return keys


def same_scene(dk: set[str], rk: set[str], report_article: str) -> bool:
    """The denial and the report are about the same place: their sentences share a place (``dk``, ``rk``:
    their :func:`place_keys`), or one names none and the report's article is about a place the denial names."""
    if dk and rk:
        return bool(dk & rk)
    if not dk:
        return True
    counts: dict[str, int] = {}
    for *_, p in find_places(report_article, seats=True):
        counts[p.lower()] = counts.get(p.lower(), 0) + 1
    if not counts:
        return True  # nothing to tell them apart: one story's articles
    top = max(counts.values())
    return bool({p for p, n in counts.items() if n == top} & dk)
