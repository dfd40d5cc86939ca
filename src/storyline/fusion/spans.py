"""Character spans of mentions, trimmed so the quoted text starts and ends on a word."""
from __future__ import annotations

_MARKS = "\"“”'‘’"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without surrounding whitespace (parser sentences often carry blank lines),
    nor a quotation mark the parser left on the wrong side of a sentence boundary
    (a closing mark followed by a space at the start, an opening mark after a space at the end)."""
    start, end = max(0, start), min(len(text), end)
    while True:
        before = (start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start > 2 and text[start] in _MARKS and text[start + 1].isspace():
            start += 1
        if end - start > 2 and text[end - 1] in _MARKS and text[end - 2].isspace():
            end -= 1
        if (start, end) == before:
            return start, end


def mention(article_id: str, text: str, start: int, end: int) -> dict:
    """A contract mention: article id, trimmed offsets and exactly the text at them."""
    s, e = trim(text, start, end)
    return {"article": article_id, "start": s, "end": e, "text": text[s:e]}
