"""The headline of a plain-text article: the first headline-like line before the body.

Archive exports end headlines with "." or ";" ("Rubio is tested as rivals sense
vulnerabilities."), so punctuation alone cannot tell a headline from a sentence.
The layout can: a short first line standing alone, followed by a blank line and
then body paragraphs, is the headline; a short line right below it that reads
like a headline (a ";" clause, or in the headline's own block) is the deck.
"""
from __future__ import annotations

import re

from .lines import Line

MAX_LOOK = 6  # kept lines examined before giving up
MAX_SHAPED_WORDS = 18  # headlines run 5-15 words; a longer first line is a lede
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}(,\s*[A-Z][\w.' ]+)?\s*(\(\w+\))?\s*[\u2014\u2013_-]")
_REPORTED = re.compile(r"\b(said|says|told|according to|asked|added)\b", re.I)
# lede wording a headline leaves out: "on Friday", "yesterday", an agency tag "(CNN)"
_LEDE = re.compile(r"\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(yesterday|last night)\b|\([A-Z][\w.]*\)", re.I)
_TWO_SENTENCES = re.compile(r"\w{3,}[.!?][\"\u201d\u2019']?\s+[A-Z]")
_TRAIL = re.compile(r"\s*[;,:]\s*$")


def headline_like(ln: Line) -> bool:
    """A short line that does not end like a sentence and is not a date or a label."""
    t = ln.text.rstrip()
    return 3 <= ln.n_words <= 25 and len(t) <= 220 and not t.endswith((".", ",", ";", ":")) and not t.isupper()


def is_body(ln: Line) -> bool:
    return ln.n_words >= 30 or (ln.is_sentence and ln.n_words >= 12)


def _shaped(ln: Line) -> bool:
    """Could be a headline whatever its final punctuation: short, one clause, not reported speech."""
    t = ln.text.strip()
    return (
        2 <= ln.n_words <= MAX_SHAPED_WORDS and len(t) <= 200 and not t.isupper() and not t.endswith(",")
        and not _DATELINE.match(t) and not _REPORTED.search(t) and not _TWO_SENTENCES.search(t) and not _LEDE.search(t)
        and not t.lower().startswith("by ")
    )


MAX_SENTENCE_TITLE_WORDS = 12  # a full stop and more words than this: a one-sentence lede


def _title_case(text: str) -> bool:
    long_words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.7


def first_sentence_like(ln: Line) -> bool:
    """A line ending in a full stop that is too long for a headline unless in Title Case."""
    return ln.is_sentence and ln.n_words > MAX_SENTENCE_TITLE_WORDS and not _title_case(ln.text)


def _clean_title(text: str) -> str:
    """The headline without the export's closing ";" or "." (an abbreviation's dot stays)."""
    t = _TRAIL.sub("", " ".join(text.split()))
    if t.endswith(".") and not t.endswith("..."):
        last = t.rsplit(" ", 1)[-1][:-1]
        if "." not in last and len(last) > 1:
            t = t[:-1]
    return t


def _layout_title(lines: list[Line], kept: list[Line]) -> Line | None:
    """The first line when the layout makes it a headline (alone, then body paragraphs).

    Only a line that opens the text counts: below a dateline or byline the first
    short paragraph is the lede.
    """
    if len(kept) < 2 or not _shaped(kept[0]):
        return None
    if any(ln.reason == "metadata" for ln in lines[: lines.index(kept[0])]):
        return None
    if first_sentence_like(kept[0]):
        return None
    first, nxt = kept[0], kept[1]
    same_block = nxt.block == first.block
    if same_block and not (first.text.rstrip().endswith(";") and _shaped(nxt)):
        return None  # a wrapped paragraph, not a headline over a deck
    if not any(is_body(ln) for ln in kept[1:5]):
        return None
    return first


def _mark_deck(kept: list[Line], title: Line) -> None:
    """Short lines right below the title in headline grammar: its own block's rest, or a ";" clause.

    A standfirst that restates the lede in full sentences stays: it is story text.
    """
    i = kept.index(title) + 1
    while i < len(kept) and i <= kept.index(title) + 2:
        ln = kept[i]
        if is_body(ln) or not _shaped(ln) or i + 1 >= len(kept):
            return
        if not (ln.block == title.block or ";" in ln.text):
            return
        ln.mark("metadata", "deck")
        i += 1


def mark_title(lines: list[Line], hint: str | None) -> str | None:
    """Mark the title line (metadata) and return the title; ``hint`` (from metadata) wins."""
    looked = 0
    if hint:
        key = Line(hint, 0).key
        for ln in lines:
            if not ln.kept:
                continue
            looked += 1
            if ln.key == key:
                ln.mark("metadata", "title")
                break
            if looked >= MAX_LOOK or is_body(ln):
                break
        return " ".join(hint.split())
    kept = [ln for ln in lines if ln.kept][: MAX_LOOK + 4]
    for ln in kept:
        looked += 1
        if is_body(ln) or looked > MAX_LOOK:
            break
        if headline_like(ln):
            ln.mark("metadata", "title")
            _mark_deck(kept, ln)
            return ln.text
    first = _layout_title(lines, kept)
    if first is None:
        return None
    first.mark("metadata", "title")
    _mark_deck(kept, first)
    return _clean_title(first.text)
