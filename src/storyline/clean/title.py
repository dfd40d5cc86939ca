"""The headline of a plain-text article: the first headline-like line before the body."""
from __future__ import annotations

from .lines import Line

MAX_LOOK = 6  # kept lines examined before giving up


def headline_like(ln: Line) -> bool:
    """A short line that does not end like a sentence and is not a date or a label."""
    t = ln.text.rstrip()
    return 3 <= ln.n_words <= 25 and len(t) <= 220 and not t.endswith((".", ",", ";", ":")) and not t.isupper()


def is_body(ln: Line) -> bool:
    return ln.n_words >= 30 or (ln.is_sentence and ln.n_words >= 12)


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
    for ln in lines:
        if not ln.kept:
            continue
        looked += 1
        if is_body(ln) or looked > MAX_LOOK:
            return None
        if headline_like(ln):
            ln.mark("metadata", "title")
            return ln.text
    return None
