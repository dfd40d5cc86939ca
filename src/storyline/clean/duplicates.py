"""Text repeated inside one article (a body printed twice, a repeated block).

Lines are compared by :func:`line_key`, which ignores quote style, dashes,
case and whitespace, so a copy with curly instead of straight quotes matches.
A line whose sentences all appeared earlier is a copy too, so a repeat whose
paragraphs are split differently is found. The first copy is kept; later
copies are removed with reason ``duplicate``.
"""
from __future__ import annotations

import re

from .lines import Line
from .normalize import line_key

MIN_LINE_CHARS = 60  # shorter repeats (a subheading) are left to the caption/title rules
MIN_BLOCK_CHARS = 200  # a repeat this long counts as an internal duplicate of the body
MIN_SENTENCE_KEY = 20  # sentences shorter than this ("He agreed.") prove nothing
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])")


def sentence_keys(text: str) -> list[str]:
    """Keys of the sentences of ``text`` long enough to identify a copy."""
    keys = [line_key(s) for s in _SENTENCE_END.split(text)]
    return [k for k in keys if len(k) >= MIN_SENTENCE_KEY]


def _is_copy(ln: Line, seen_lines: set[str], seen_sentences: set[str]) -> bool:
    if len(ln.key) < MIN_LINE_CHARS:
        return False
    if ln.key in seen_lines:
        return True
    keys = sentence_keys(ln.text)
    return bool(keys) and all(k in seen_sentences for k in keys)


def mark_duplicates(lines: list[Line]) -> int:
    """Mark later copies of long lines; return the characters in repeated blocks."""
    seen_lines: set[str] = set()
    seen_sentences: set[str] = set()
    group_id = 10_000
    runs: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        if not ln.kept:
            continue  # removed lines (captions, signatures) do not break a run
        if _is_copy(ln, seen_lines, seen_sentences):
            if not current:
                group_id += 1
            ln.mark("duplicate", "repeated block", group=group_id)
            current.append(ln)
            continue
        if current:
            runs.append(current)
            current = []
        seen_lines.add(ln.key)
        seen_sentences.update(sentence_keys(ln.text))
    if current:
        runs.append(current)
    return sum(chars for chars in (sum(len(ln.text) for ln in run) for run in runs) if chars >= MIN_BLOCK_CHARS)
