"""Reading a parsed document: its text, computed once, and the entity a token sits in.

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


def entity_of(tok, labels: tuple[str, ...] | None = None):
    """The named entity ``tok`` is part of (of one of ``labels``, if given), or None."""
    if tok.ent_iob_ == "O":
        return None  # most tokens: no walk over the document's entities
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent if ent is not None and (labels is None or ent.label_ in labels) else None
