"""Which way in time a temporal expression points, read from its governing verb.

"Putin spoke on Wednesday" -> past (most recent Wednesday); "he will speak on
Wednesday" -> future (next Wednesday). Uses the spaCy tags of the verb that
governs the expression and its auxiliaries (VBD/VBN, has/had -> past;
will/shall/'ll/going to, infinitives after plan/expect -> future).
"""
from __future__ import annotations

from .normalize import FUTURE, NEAREST, PAST

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would"}
_FUTURE_VERBS = {"plan", "expect", "schedule", "intend", "due", "set", "hope", "aim", "prepare", "poise"}


def governing_verb(doc, start: int, end: int):
    """The nearest verb (or auxiliary) above the expression in the dependency tree, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            return tok
        if tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def direction(doc, start: int, end: int) -> int:
    """PAST, FUTURE or NEAREST for the expression at ``doc.text[start:end]``."""
    verb = governing_verb(doc, start, end)
    if verb is None:
        return NEAREST
    return verb_direction(verb)


def verb_direction(verb) -> int:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX and not words & {"have"}:
        return FUTURE
    if "going" in words or (verb.lower_ == "going" and any(c.tag_ == "VB" for c in verb.children)):
        return FUTURE
    if "to" in words:  # an infinitive: "expects the deal to close by Dec. 15"
        head = verb.head
        if head is verb:
            return FUTURE
        if any(c.lower_ == "had" for c in head.children if c.dep_ in ("aux", "auxpass")):
            return PAST
        if head.lemma_ in _FUTURE_VERBS or head.tag_ in ("VBZ", "VBP", "MD", "VB"):
            return FUTURE
        return NEAREST
    if any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("has", "have", "had", "did") for a in auxes):
        return PAST
    if verb.tag_ in ("VBD", "VBN"):
        return PAST
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
        return FUTURE
    return NEAREST
