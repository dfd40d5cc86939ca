"""Character spans of mentions, trimmed so the quoted text starts and ends on a word."""
from __future__ import annotations


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without surrounding whitespace (parser sentences often carry blank lines)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def mention(article_id: str, text: str, start: int, end: int) -> dict:
    """A contract mention: article id, trimmed offsets and exactly the text at them."""
    s, e = trim(text, start, end)
    return {"article": article_id, "start": s, "end": e, "text": text[s:e]}
