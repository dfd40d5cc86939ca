"""Database-export furniture: section labels, separators, abstracts and correction notices.

Archive exports (ProQuest/Factiva style) print labels such as "ABSTRACT." or
"FULL TEXT." on their own lines, a summary paragraph between them, "___"
separators, and append correction notices after the story. None of it is the
story's text; a correction notice in particular restates old facts and dates
that must not become events, so it is removed as metadata and reported.
"""
from __future__ import annotations

import re

from .lines import Line

_SEPARATOR = re.compile(r"^[\W_]+$")  # no letter or digit at all: "___.", "* * *", "--"
_ABSTRACT = re.compile(r"^(abstract|summary|synopsis|lead paragraph|highlights|key points)\s*[.:]?$", re.I)
_BODY_HEAD = re.compile(r"^(full text|text|body|article|story|main text)\s*[.:]?$", re.I)
_CORRECTION_HEAD = re.compile(r"^(corrections?|clarifications?|editor'?s note|editors'? note|correction appended)\s*[.:]?$", re.I)
_CORRECTION_START = re.compile(
    r"^(corrections?|clarification|editor'?s note)\s*[:\u2014-]\s*\S"
    r"|^an? (earlier|previous|prior) version of this (article|story|report|post)"
    r"|^because of an? (editing|reporting|production) error"
    r"|^this (article|story|report|post) (has been|was) (corrected|updated|amended)"
    r"|^(an|this) (article|story|report) (on|in) \w+.{0,80}\b(misstated|misidentified|incorrectly|erroneously)",
    re.I,
)
MAX_CORRECTION_LINES = 8  # a notice is short: longer tails are story text after all


def is_correction(text: str) -> bool:
    """The opening of a correction or editor's notice."""
    t = " ".join(text.split())
    return bool(_CORRECTION_HEAD.match(t) or _CORRECTION_START.match(t))


def _is_label(ln: Line) -> bool:
    """A short ALL-CAPS line alone on its line: a section label or kicker, not a sentence.

    One ending in ":" introduces the lines below it (a table's "KENYA:"): it stays.
    """
    t = ln.text.strip()
    if ln.n_words > 8 or t.upper() != t:
        return False
    letters = [c for c in t if c.isalpha()]
    return (
        len(letters) >= 3 and t.upper() == t and ln.n_words <= 8 and not t.endswith(":")  # "KENYA:" heads data
        and not re.search(r"[\d()_\u2014\u2013]|\s-\s|\"|\u201c", t)  # a dateline ("MIAMI _") stays
    )


def mark_furniture(lines: list[Line]) -> None:
    """Separators, section labels, the abstract between its labels, and correction notices."""
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    for n, i in enumerate(kept):
        ln = lines[i]
        if not ln.kept:
            continue
        if _SEPARATOR.match(ln.text.strip()):
            ln.mark("boilerplate", "separator")
        elif _ABSTRACT.match(ln.text.strip()):
            ln.mark("metadata", "section label")
            nxt = [j for j in kept[n + 1 : n + 6] if lines[j].kept]
            ends = [j for j in nxt if _BODY_HEAD.match(lines[j].text.strip())]
            if ends:
                for j in nxt:
                    if j >= ends[0]:
                        break
                    lines[j].mark("metadata", "abstract")
        elif _BODY_HEAD.match(ln.text.strip()) and ln.text.strip().isupper():
            ln.mark("metadata", "section label")
        elif _is_label(ln) and not is_correction(ln.text):
            ln.mark("boilerplate", "label")


def mark_corrections(lines: list[Line]) -> None:
    """Correction and editor's notices; run before the metadata rules so their dates are not taken."""
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    for n, i in enumerate(kept):
        ln = lines[i]
        if not ln.kept:
            continue
        if "appended" in ln.text.lower() and _CORRECTION_HEAD.match(ln.text.strip()):
            ln.mark("metadata", "section label")  # "CORRECTION APPENDED." announces the notice at the end
        elif is_correction(ln.text):
            _mark_correction(lines, kept, n)


def _mark_correction(lines: list[Line], kept: list[int], n: int) -> None:
    """At the end: the notice and everything after it; elsewhere: the notice's own block."""
    group = kept[n]
    rest = kept[n:]
    if len(rest) <= MAX_CORRECTION_LINES and n >= len(kept) // 2:
        for j in rest:
            lines[j].mark("metadata", "correction", group)
        return
    head = lines[kept[n]]
    for j in rest:
        if lines[j].block != head.block:
            break
        lines[j].mark("metadata", "correction", group)
    if _CORRECTION_HEAD.match(head.text.strip()) and head.text.rstrip().endswith(":") and n + 1 < len(kept):
        lines[kept[n + 1]].mark("metadata", "correction", group)  # a bare heading: the notice is below


def mark_header(lines: list[Line]) -> None:
    """Short lines above an export's first section label are its header (headline, deck).

    Run after the title rule: the headline is taken first, what is left there is the deck.
    """
    first = next((i for i, ln in enumerate(lines) if ln.why == "section label"), None)
    if first is None or sum(1 for ln in lines[:first] if ln.kept) > 3:
        return
    for ln in lines[:first]:
        if ln.kept and ln.n_words <= 30:
            ln.mark("metadata", "deck")
