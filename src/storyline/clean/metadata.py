"""Metadata lines inside plain text: date lines, bylines, signatures, wire credits, sign-offs.

Each such line is taken out of the body (reason ``metadata``) and what it says
is collected in :class:`TextMeta`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import outlets
from .dates import DateMatch, date_line, find_dates, has_weekday
from .lines import Line
from .normalize import fold, words

_NAME_TOKEN = r"[A-Z][a-zA-Z\u00c0-\u017f'\u2019.-]+"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al|el)\s+)?{_NAME_TOKEN}){{1,3}}"
_BYLINE = re.compile(r"^(?:by|written by|authored by|posted by|words by|story by|reporting by|von|par|por)\s*:?\s+(?P<names>.+)$", re.I)
_SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&|\||;)\s*")
_CONTRIB = re.compile(
    r"(contributed (reporting|to this (report|story|article))|^additional reporting by\b|^(writing|editing) by\b|"
    r"^with (files|reporting) from\b|^this (article|story) (was )?(originally|first) (appeared|published)\b|^this (story|article|report) (was|has been) (updated|corrected)\b|^_{2,}\s*$)",
    re.I,
)
_COPYRIGHT = re.compile(r"^\(?\s*(©|copyright\b|\(c\)\s*\d{4})", re.I)
_WIRE_LINE = re.compile(r"^(?:via|source|from|with|credit)\s*:?\s+(?P<who>[\w .&'-]{2,60}?)(?:\s+(?:news\s+)?wires?)?\.?$", re.I)
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Za-z .,'-]{1,60}?(?:,\s*[A-Z][a-z]{2,9}\.? \d{1,2})?\s*\((?P<tag>[A-Za-z]{2,10})\)\s*[-_\u2013\u2014:]*$")
_SOURCE_LINE = re.compile(
    r"^(?:original(?:ly)?(?: published| posted| source)?(?: at| on| by)?|source|read (?:more|the original|it) (?:at|on))\s*:?\s*"
    r"(?P<url>(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)\s*$",
    re.I,
)
_LABELLED_DAY = re.compile(
    r"^((first |last )?(published|updated|posted)\s*:?\s*)?(\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})(\s*[,|-]?\s*\d{1,2}[:.]\d\d\s*\w*)?$"
    r"|^(first |last )?(published|updated|posted)\s*:?$",
    re.I,
)
_FOLLOW_AUTHOR = re.compile(
    rf"^(?:you can )?follow (?P<name>{_NAME}) on (?:twitter|x|facebook|instagram|threads|bluesky|mastodon|telegram)\b", re.I
)
_DATE_LABEL = re.compile(r"^(first |last )?(published|updated|posted)\b", re.I)
_UPDATED = re.compile(r"^\W*((last )?(updated|modified|edited|revised)|retrieved|accessed|crawled|archived|captured|downloaded|fetched)\b", re.I)
_STOP_NAMES = {"the", "staff", "news", "desk", "team", "editor", "editors", "reporter", "correspondent", "agencies"}


@dataclass
class DateClue:
    match: DateMatch
    evidence: str
    strength: int  # 3 tied to a byline/time, 2 a dateline with weekday, 1 a lone date line
    position: int


@dataclass
class TextMeta:
    bylines: list[str] = field(default_factory=list)
    dates: list[DateClue] = field(default_factory=list)
    outlet: str | None = None
    outlet_evidence: str | None = None
    wire: str | None = None
    wire_evidence: str | None = None


def person_names(text: str) -> list[str]:
    """Names in a byline fragment ("Jane Doe and John Roe, Reuters") that look like people."""
    names = []
    for part in _SPLIT_NAMES.split(text.strip(" .")):
        part = part.strip()
        if not part or outlets.by_name(part):
            continue
        if re.fullmatch(_NAME, part) and not any(w.lower() in _STOP_NAMES for w in part.split()):
            names.append(part)
    return names


def _signature(line: str) -> tuple[str, DateMatch] | None:
    """``Name Surname Thu, 09/29/2022 - 02:45``: a byline followed by the post's date and time."""
    toks = line.split()
    for k in (2, 3, 4):
        if len(toks) <= k:
            break
        name = " ".join(toks[:k]).rstrip(",|-")
        if not re.fullmatch(_NAME, name) or has_weekday(name) or re.search(r"\d", name):
            continue
        d = date_line(" ".join(toks[k:]))
        if d and (d.time or has_weekday(" ".join(toks[k:]))):
            return name, d
    return None


def _set_wire(meta: TextMeta, o: outlets.Outlet, evidence: str) -> None:
    if o.is_wire:
        meta.wire = meta.wire or o.name
        meta.wire_evidence = meta.wire_evidence or evidence
    else:
        meta.outlet = meta.outlet or o.name
        meta.outlet_evidence = meta.outlet_evidence or evidence


def mark_metadata(lines: list[Line]) -> TextMeta:
    """Find and mark metadata lines; return what they state."""
    meta = TextMeta()
    for i, ln in enumerate(lines):
        if not ln.kept:
            continue
        text = ln.text
        d = date_line(text)
        if d is not None and ln.n_words <= 12:
            strength = 3 if d.time else (2 if has_weekday(text) else 1)
            if _UPDATED.match(text):
                strength = 0  # an update/modification date: used only when nothing else is stated
            meta.dates.append(DateClue(d, text, strength, i))
            ln.mark("metadata", "date line")
            continue
        if _LABELLED_DAY.match(text) and ln.n_words <= 6 and (find_dates(text) or _DATE_LABEL.match(text)):
            ln.mark("metadata", "date line")  # "Published 21 September": no year, still not text
            continue
        dl = _DATELINE_ONLY.match(text)
        if dl and ln.n_words <= 10:
            o = outlets.dateline_wire(text + " -")
            if o:
                _set_wire(meta, o, text)
            ln.mark("metadata", "dateline")
            continue
        sig = _signature(text)
        if sig:
            name, d = sig
            meta.dates.append(DateClue(d, text, 3, i))
            house = outlets.by_house_byline(name)
            if house:
                _set_wire(meta, house, text)
            if name not in meta.bylines:
                meta.bylines.append(name)
            ln.mark("metadata", "signature")
            continue
        o = outlets.signoff_outlet(text) if ln.n_words <= 30 else None
        if o:
            _set_wire(meta, o, text)
            ln.mark("metadata", "credit line" if ln.n_words <= 12 else "copyright")
            continue
        m = _BYLINE.match(fold(text))
        if m and ln.n_words <= 14 and not ln.is_sentence:
            names = person_names(re.split(r"\s[-|\u2013\u2014]\s|\s{2,}|\s+via\s+", m.group("names"))[0])
            tail = outlets.by_house_byline(m.group("names").strip(" .")) or outlets.by_name(
                _SPLIT_NAMES.split(m.group("names").strip(" ."))[-1]
            )
            if tail:
                _set_wire(meta, tail, text)
            if names or tail:
                meta.bylines += [n for n in names if n not in meta.bylines]
                ln.mark("metadata", "byline")
                continue
        if _CONTRIB.search(fold(text)) and ln.n_words <= 40:
            ln.mark("metadata", "contributors")
            continue
        if _COPYRIGHT.search(text) and ln.n_words <= 25:
            ln.mark("metadata", "copyright")
            continue
        fm = _FOLLOW_AUTHOR.match(fold(text))
        if fm and ln.n_words <= 12 and person_names(fm.group("name")):
            meta.bylines += [n for n in person_names(fm.group("name")) if n not in meta.bylines]
            ln.mark("metadata", "author sign-off")
            continue
        src = _SOURCE_LINE.match(fold(text))
        if src and ln.n_words <= 8:
            o = outlets.by_domain(src.group("url"))
            if o:
                _set_wire(meta, o, text)
            ln.mark("metadata", "source line")
            continue
        w = _WIRE_LINE.match(fold(text))
        if w and ln.n_words <= 8:
            who = w.group("who")
            o = outlets.by_name(who) or outlets.by_house_byline(who) or outlets.by_name(re.split(r"\s+and\s+", who)[0])
            if o:
                _set_wire(meta, o, text)
                ln.mark("metadata", "credit line")
                continue
    body_started = False
    for ln in lines:
        body_started = body_started or (ln.kept and (ln.n_words >= 30 or (ln.is_sentence and ln.n_words >= 12)))
        named = outlets.by_name(ln.text) if ln.kept and ln.n_words <= 5 and not ln.is_sentence else None
        if named and named.is_wire:
            ln.mark("metadata", "credit line")  # an agency name alone: a (photo) credit, not text
        elif named and not body_started:
            _set_wire(meta, named, ln.text)  # a masthead above the article names the outlet
            ln.mark("metadata", "masthead")
    for ln in lines:
        if ln.kept and len(words(ln.text)) >= 8:
            o = outlets.dateline_wire(ln.text)
            if o:
                _set_wire(meta, o, ln.text[:40])
            break
    return meta


def mark_name_bylines(lines: list[Line], meta: TextMeta, head: int = 10) -> None:
    """A lone name right next to a date line at the top of the page is the byline.

    Run after the boilerplate rules, so a name inside a donation box is not taken.
    """
    for clue in meta.dates:
        if clue.position >= head:
            continue
        for j in (clue.position - 1, clue.position + 1):
            if not 0 <= j < len(lines):
                continue
            ln = lines[j]
            if ln.kept and 2 <= ln.n_words <= 3 and re.fullmatch(_NAME, ln.text.strip()) and not outlets.by_name(ln.text):
                names = person_names(ln.text)
                if names:
                    meta.bylines += [n for n in names if n not in meta.bylines]
                    ln.mark("metadata", "byline")
