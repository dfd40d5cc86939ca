"""Text repeated inside one article (a body printed twice, a repeated block).

Lines are compared by :func:`line_key`, which ignores quote style, dashes,
case and whitespace, so a copy with curly instead of straight quotes matches.
The first copy is kept; later copies are removed with reason ``duplicate``.
"""
from __future__ import annotations

from .lines import Line

MIN_LINE_CHARS = 60  # shorter repeats (a subheading) are left to the caption/title rules
MIN_BLOCK_CHARS = 200  # a repeat this long counts as an internal duplicate of the body


def mark_duplicates(lines: list[Line]) -> int:
    """Mark later copies of long lines; return the characters in repeated blocks."""
    seen: set[str] = set()
    group_id = 10_000
    runs: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        if not ln.kept:
            continue  # removed lines (captions, signatures) do not break a run
        key = ln.key
        if len(key) >= MIN_LINE_CHARS and key in seen:
            if not current:
                group_id += 1
            ln.mark("duplicate", "repeated block", group=group_id)
            current.append(ln)
            continue
        if current:
            runs.append(current)
            current = []
        seen.add(key)
    if current:
        runs.append(current)
    total = 0
    for run in runs:
        chars = sum(len(ln.text) for ln in run)
        if chars >= MIN_BLOCK_CHARS:
            total += chars
    return total
