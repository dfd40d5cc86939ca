"""The text of a parsed document, computed once.

spaCy's ``Doc.text`` joins every token each time it is read; the extractors read it
thousands of times per article (0.5 s of a 0.7 s quote pass on a long article).
"""
from __future__ import annotations

_KEY = "storyline.text"


def doc_text(doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (a parsed Doc is never edited)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
