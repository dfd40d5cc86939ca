"""Image captions and photo credits.

A credit at the end of a long descriptive sentence is cut off and the sentence
kept (it may carry facts); a short line with a credit, a "Photo:"-style line,
or a short caption block between paragraphs is removed whole (reason caption).
"""
from __future__ import annotations

import re
from collections import Counter

from .lines import Line
from .normalize import fold, words
from .title import is_body

_AGENCIES = (
    r"getty images|getty|shutterstock|alamy|ap photo|ap images|reuters|afp|epa(?:-efe)?|efe|dpa|anadolu(?: agency)?|"
    r"sipa(?: usa)?|imago|zuma(?: press)?|nurphoto|sopa images|pool|handout|file photo|courtesy(?: of)?|"
    r"pa images|pa wire|press association|tass|sputnik|ria novosti|xinhua|bloomberg|corbis|istock(?:photo)?|"
    r"lehtikuva|ritzau scanpix|scanpix|ntb|tt news agency|dreamstime|wikimedia commons|flickr|unsplash"
)
_AGENCY_RE = re.compile(r"\b(" + _AGENCIES + r")\b", re.I)
_CREDIT_TAILS = [
    # [Name/Agency] or (Name/Agency) at the end
    re.compile(r"\s*[\[(][^\[\](),;]{2,80}/[^\[\](),;]{2,80}[\])]\s*$"),
    # (Photo: ...), (Copyright 2022 ...), (AP Photo/...)
    re.compile(r"\s*\((?:photo|image|picture|photograph|credit|illustration|copyright|©|" + _AGENCIES + r")\b[^()]{0,120}\)\s*$", re.I),
    # Image: NATO / Photo credit: Jane Doe
    re.compile(r"\s*\b(?:photo|image|picture|photograph|illustration|video|credit)s?(?: credit)?\s*[:|]\s*[^.:]{2,80}$", re.I),
    # NAME SURNAME/Agency/AFP via Getty Images ; Reuters/Jane Doe
    re.compile(r"(?:(?<=[.!?\"\u201d)\]])\s+|^)(?=[^.!?,;]{2,90}$)(?:[^\s.!?][^.!?]*?(?:/|\bvia\b)[^.!?]*?|[^.!?]*?\b(?:" + _AGENCIES + r"))\s*$", re.I),
]
LONG_CAPTION_WORDS = 15  # a descriptive sentence this long may carry facts: keep it, cut the credit
_CAPTION_LEAD = re.compile(
    r"^(?:photo|image|picture|photograph|illustration|caption|pictured|above|below|left|right|top|main image|file)"
    r"(?: \(\w+\))?\s*:", re.I
)
_CAPTION_LEAD_NOCOLON = re.compile(r"^(?:(image|media|video) (source|caption|credit)s?\b|\[\d+/\d+\])", re.I)
_CAPTION_WORDS = re.compile(r"\b(getty images|shutterstock|ap photo|file photo)\b", re.I)


def credit_tail(text: str) -> re.Match | None:
    """The photo credit at the end of ``text``, if any."""
    for i, pat in enumerate(_CREDIT_TAILS):
        m = pat.search(text)
        if not m:
            continue
        tail = text[m.start():].strip()
        if "/" in tail and not (_AGENCY_RE.search(tail) or len(tail.strip("[( ").split("/")[0].split()) >= 2):
            continue  # "[IBD/TIPP]" names a poll source, "[Jo Pell/Bay Photo]" a photographer
        if len(words(tail)) > 14 or not tail:
            continue
        # a credit is names and agencies: few lower-case words besides via/and/of
        lower = [w for w in words(tail) if w[0].islower() and w.lower() not in {"via", "and", "of", "for", "the", "by", "de", "van", "von", "photo", "image", "credit"}]
        if len(lower) > 2:
            continue
        return m
    return None


def mark_captions(lines: list[Line]) -> None:
    """Credits, captions and caption blocks."""
    for ln in lines:
        if not ln.kept:
            continue
        m = credit_tail(ln.text)
        if m:
            rest = ln.text[: m.start()].rstrip()
            if len(words(rest)) >= LONG_CAPTION_WORDS:
                ln.cut.append(ln.text[m.start():].strip())
                ln.set_text(rest)
            else:
                ln.mark("caption", "credit line")
            continue
        if (_CAPTION_LEAD.match(ln.folded) or _CAPTION_LEAD_NOCOLON.match(ln.folded)) and ln.n_words <= 30:
            ln.mark("caption", "caption lead")
        elif _CAPTION_WORDS.search(ln.text) and ln.n_words <= 30:
            ln.mark("caption", "caption words")
    _mark_caption_heads(lines)
    _mark_repeats(lines)
    _mark_caption_blocks(lines)


def _mark_caption_heads(lines: list[Line]) -> None:
    """A short line repeated at the start of the caption line that follows it (a slug/title of the picture)."""
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if a.kept and b.reason == "caption" and a.n_words <= 12 and fold(b.text).lower().startswith(a.folded.lower()):
            a.mark("caption", "caption head")


def _mark_repeats(lines: list[Line]) -> None:
    """A short line printed twice in a row: a caption shown twice (both go) or, before the body
    or in separate paragraphs, a repeated headline/line (the second copy goes as a duplicate)."""
    body_seen = False
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        body_seen = body_seen or (a.kept and is_body(a))
        if not (b.kept and a.key and a.key == b.key and b.n_words <= 40):
            continue
        if a.kept and a.n_words <= 40 and (a.block != b.block or not body_seen):
            b.mark("duplicate", "repeated line")
        else:
            b.mark("caption", "repeated caption")
            a.mark("caption", "repeated caption")


def _mark_caption_blocks(lines: list[Line]) -> None:
    """In one-paragraph-per-block text, a 2-line block opened by a short sentence is a caption block."""
    blocks: dict[int, list[Line]] = {}
    for ln in lines:
        blocks.setdefault(ln.block, []).append(ln)
    sizes = Counter(len(b) for b in blocks.values())
    if not blocks or sizes[1] < 0.7 * len(blocks) or len(blocks) < 6:
        return
    for group in blocks.values():
        if len(group) != 2 or not all(ln.kept for ln in group):
            continue
        head, tail = group
        if head.n_words <= 12 and head.is_sentence and tail.n_words <= 35:
            head.mark("caption", "caption block")
            tail.mark("caption", "caption block")
