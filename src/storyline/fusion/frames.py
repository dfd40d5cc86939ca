"""What a number counts and what is said of it: the counted noun and the predicate verb.

Why: two figures may only conflict when they count the same thing in the same
statement frame. "Two bombs exploded" and "at least four people were killed",
or "questioned 100 people" and "100 people killed", share words around the
number but not the counted noun (bomb / person) or the predicate (kill /
question). The noun and the verb come from the article's dependency parse, read
once during analysis (:mod:`.parse_facts`); here they are normalised (stems,
synonyms) and the sentence's scope words are added.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import QuantityFrame
from . import lexicon

_GENERIC_NOUNS = frozenset({"person", "people", "individual"})
# the same predicate said with another verb
_PREDICATE_SYNONYMS = {
    "die": "kill", "death": "kill", "drown": "kill", "perish": "kill", "wound": "injure", "hurt": "injure",
    "detain": "arrest", "hold": "arrest",
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
    bare_verb: bool = False  # its 'what' is only the verb: whose or what for is not said


def _norm(lemma: str) -> str:
    s = lexicon.stem(lemma)
    return lexicon.stem(_PREDICATE_SYNONYMS.get(s, s))


# what happened to the people counted: one number cannot be both killed and injured
_OUTCOMES = frozenset(_norm(w) for w in "kill injure arrest evacuate rescue deport release displace miss".split())


def outcome(frame: Frame | None) -> str | None:
    """The outcome verb said of a counted number ('3 were killed', 'detained 3 people'), normalised."""
    return frame.predicate if frame is not None and frame.predicate in _OUTCOMES else None


def frame_of(parsed: QuantityFrame | None, sentence: str) -> Frame | None:
    """The frame of a figure from what the parse said of its number (:mod:`.parse_facts`) and the words
    of its sentence; None when the parse told nothing (no parser ran, or no token in the span)."""
    if parsed is None:
        return None
    return Frame(
        noun=lexicon.stem(parsed.noun) if parsed.noun is not None else None,
        predicate=_norm(parsed.predicate) if parsed.predicate is not None else None,
        poll=bool(_POLL.search(sentence)),
        overall=bool(_OVERALL.search(sentence)),
        bare_verb=parsed.bare_verb,
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
