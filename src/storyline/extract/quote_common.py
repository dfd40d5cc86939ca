"""Shared pieces of quote finding: the candidate record and span helpers."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..doctext import doc_text
from .quote_attribution import Cue

MIN_WORDS = 3
FINITE_TAGS = ("VBD", "VBZ", "VBP")  # a verb with tense of its own (a modal, "MD", makes one finite too)


@dataclass
class Candidate:
    """A quote span found, before its speaker is resolved in reading order."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    inherit: bool = False  # take the previous quote's speaker (continuation paragraph)
    para: tuple[int, int] | None = None
    confidence: float | None = None  # set when the learned scorer proposed it (no cue rule did)
    negated: bool = False  # 'did not address X': the cue is denied, the attribution is reported as absent


def has_subject(verb) -> bool:
    """The verb has a subject of its own (which the parser may have given to another phrase)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def tokens_in(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def words(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def inside(start: int, end: int, spans: list[tuple[int, int]], share: float = 0.5) -> bool:
    """Is at least ``share`` of [start, end) within one of ``spans``?"""
    n = max(end - start, 1)
    return any(min(end, e) - max(start, s) >= share * n for s, e in spans)


def trim(doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;:-\u2014"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-\u2014"):
        end -= 1
    dangling = _DANGLING.search(text, start, end) or _NEXT_OPENING.search(text, start, end)
    if dangling and dangling.start() > start:
        # '... with Mr. Obama's presidency and': the rest was cut; 'she gripped his hands. "': the mark opens
        # the next quotation
        return trim(doc, start, dangling.start())
    return start, end


_DANGLING = re.compile(r"[\s,]+(?:and|or|but)$")
_NEXT_OPENING = re.compile(r"(?<=[.!?])\s+(?:''|\u201c|\")$")


# 'TALLAHASSEE — ', 'BEDFORD, N.H. (AP) — ', 'LOS ANGELES, Feb. 2 (UPI) — ': the place, date and agency
_DATELINE = re.compile(
    r"[A-Z][A-Z'-]{2,}(?:[ ,]+(?:[A-Z][A-Za-z.'-]*|\d{1,4})){0,5}(?:\s*\([A-Za-z]{2,10}\))?\s*[\u2014\u2013\u2015-]{1,2}\s+"
)


_QA_LABEL = re.compile(r"[QA][:.]\s+")  # an interview's "Q:" / "A:"


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a span opening a paragraph starts once its dateline (or an interview's "A:") is
    dropped: it is page furniture, not part of what a source reported."""
    if start > 0 and text[start - 1] != "\n":
        return start
    m = _DATELINE.match(text, start, end) or _QA_LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


def in_dateline(text: str, pos: int) -> bool:
    """``pos`` lies in the dateline opening its paragraph ("CAIRNS, Australia — ...")."""
    line = text.rfind("\n", 0, pos) + 1
    m = _DATELINE.match(text, line)
    return m is not None and pos < m.end()


def span_finder(spans: list[tuple[int, int]]):
    """``find(pos)`` -> the span of ``spans`` (not overlapping each other, as quotation
    spans are) that holds character ``pos``, or None; a bisect instead of a scan per token."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]

    def find(pos: int) -> tuple[int, int] | None:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ordered[i][1]:
            return ordered[i]
        return None

    return find


def crosses(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Does [s, e) start inside a quotation and end outside it, or the reverse ('a prayer" for')?"""
    return any(a < s < b < e or s < a < e <= b for a, b in spans)


def fits(doc, s: int, e: int, direct_spans, min_words: int = MIN_WORDS) -> bool:
    """Long enough, within one paragraph, and not words a direct quote already carries."""
    text = doc_text(doc)[s:e]
    return words(text) >= min_words and "\n" not in text and not inside(s, e, direct_spans) \
        and not states_nothing(doc, s, e)


def states_nothing(doc, s: int, e: int) -> bool:
    """Content that says nothing by itself: only dates, or 'them to do' ('as his supporters have urged
    them to do': an infinitive 'do' with nothing after it stands for something stated before)."""
    if only_dates(doc, s, e):
        return True
    toks = [t for t in tokens_in(doc, s, e) if not t.is_punct]
    return bool(toks) and toks[-1].lemma_.lower() == "do" and toks[-1].dep_ == "xcomp" \
        and all(c.dep_ == "aux" for c in toks[-1].children) and not s <= toks[-1].head.idx < e  # ('will have to do')


def only_dates(doc, s: int, e: int) -> bool:
    """'strikes planned for next week': a date is when something is held, not what."""
    toks = [t for t in tokens_in(doc, s, e) if not t.is_punct]
    return bool(toks) and all(t.ent_type_ in ("DATE", "TIME") for t in toks)


_OPENING_MARKS = frozenset(['"', "\u201c", "\u2018", "''", "``"])


def cut_aside(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing aside the writer adds to the last noun ('..., which gave him the
    leverage', '..., the latest chapter in ...'): it is narration, not the stated position."""
    text = doc_text(doc)
    for t in tokens_in(doc, start, end):
        first, last = t.left_edge, t.right_edge
        if text[last.idx + len(last.text) : end].strip(" ,.;:\"'\u201d\u2019"):
            continue  # an aside inside the clause ('the call -- a position he modified -- and ...')
        before = first.i - 1
        if before > 0 and doc[before].text in _OPENING_MARKS:
            before -= 1  # '..., "Generations with Kevin Swanson"': a title in quotation marks
        # 'peppered Mr. Trump, his family members and advisers', 'a race between himself, Donald Trump and Ted
        # Cruz': the rest of a list, not an aside (which a person's name takes: 'Michael Graetz, a Columbia
        # University professor and a tax expert')
        listed = t.dep_ == "appos" and t.head.tag_ in ("NN", "NNP") and any(c.dep_ == "conj" for c in t.children) \
            and (t.tag_ == "NNS" or t.head.ent_type_ != "PERSON")
        if t.dep_ in ("relcl", "appos") and not listed and before >= 0 and doc[before].text in (",", "\u2014", "--"):
            if first.idx - start > 15 and (t.dep_ == "appos" or first.lower_ in ("which", "who")):
                return start, doc[before].idx
    return start, end
