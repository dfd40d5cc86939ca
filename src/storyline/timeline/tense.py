"""Which way in time a temporal expression points, read from its governing verb.

"Putin spoke on Wednesday" -> past (most recent Wednesday); "he will speak on
Wednesday" -> future (next Wednesday). Uses the spaCy tags of the verb that
governs the expression and its auxiliaries (VBD/VBN, has/had -> past;
will/shall/'ll/going to, infinitives after plan/expect -> future).
"""
from __future__ import annotations

from .normalize import FUTURE, NEAREST, PAST

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would"}
POSSIBLE_AUX = {"can", "ca", "may", "might", "must", "should"}
_FUTURE_CUES = {"payable", "effective", "due"}
_SCHEDULE = {"plan", "schedule"}
# plural present forms trusted as schedules; an unknown past verb ("retook") is often tagged VBP
_SCHEDULED_VBP = {"meet", "vote", "begin", "start", "open", "close", "resume", "return", "travel", "visit",
                  "leave", "arrive", "face", "play", "hold", "go", "head", "gather", "convene", "debate"}
# present forms that are also past forms: the tagger's "present" is a guess ("which hurt ... on Friday")
_SAME_PAST = {"hurt", "cut", "put", "set", "hit", "cost", "let", "shut", "spread", "quit", "cast", "bid", "split",
              "burst", "read", "beat", "bet", "broadcast", "forecast", "upset", "shed", "thrust"}
# present-tense verbs that report or describe rather than schedule ("says Monday", "is Monday's")
_NOT_SCHEDULED = {"say", "tell", "report", "announce", "add", "claim", "note", "write", "show", "be", "have",
                  "remain", "seem", "know", "think", "believe", "need", "want", "mean", "include", "recall",
                  "estimate", "expect", "argue", "suggest", "indicate", "contend", "insist", "acknowledge"}
_FORECAST_FORMS = {"forecast", "forecasted", "predicted", "projected", "estimated", "expected", "anticipated",
                   "planned", "budgeted", "thought", "hoped", "feared"}
_FUTURE_VERBS = {"plan", "expect", "schedule", "intend", "due", "set", "hope", "aim", "prepare", "poise",
                 "vow", "pledge", "promise", "threaten"}


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
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in _FUTURE_CUES:
        return FUTURE  # "payable Dec. 15", "effective Feb. 1": terms that take effect later
    if span is not None and _earlier_forecast(doc, span.start):
        return PAST
    verb = governing_verb(doc, start, end)
    if verb is None:
        return NEAREST
    d = verb_direction(verb)
    if d == FUTURE and _simple_present(verb) and not _adverbial(span, verb):
        return NEAREST  # "follows Tuesday's declaration": the date belongs to a noun, not the verb
    return d


def _earlier_forecast(doc, start: int) -> bool:
    """"less than forecast in July", "than it had predicted in March": a forecast compared
    with is one already made, whatever tense the sentence's own verb has."""
    if start < 3 or doc[start - 1].pos_ != "ADP" or doc[start - 2].lower_ not in _FORECAST_FORMS:
        return False
    return any(t.lower_ == "than" for t in doc[max(0, start - 6):start - 2])


def _simple_present(verb) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _adverbial(span, verb) -> bool:
    """Whether the expression modifies ``verb`` directly ("meet Monday", "meet on Monday")."""
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head.i == verb.i:
            return tok.dep_ in ("npadvmod", "prep", "advmod", "obl", "tmod") or tok.pos_ == "ADP"
        if head.i == tok.i or head.pos_ != "ADP":
            return False
        tok = head
    return False


def verb_direction(verb) -> int:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX and not words & {"have"}:
        return FUTURE
    if words & POSSIBLE_AUX and not words & {"have"}:
        return FUTURE  # "a Republican who can win the general election in November" (not 'could', often a past)
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
        if verb.lemma_ in _SCHEDULE and any(c.dep_ == "dobj" for c in verb.children):
            return NEAREST  # "planned a rally on Saturday": the plan is past, the rally may be ahead
        return PAST
    if not auxes and verb.lemma_ not in _NOT_SCHEDULED and verb.lower_ not in _SAME_PAST and (
            verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and verb.lemma_ in _SCHEDULED_VBP)):
        return FUTURE  # the scheduled present: "the ministers meet Monday", "the case is heard in May"
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
        return FUTURE
    if verb.tag_ == "VB" and not auxes and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        return verb_direction(verb.head)  # "would see him endorse her on Tuesday": the verb above decides
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "prep":
        above = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if above is not None:  # "has won nine contests, including the caucuses on Saturday": won's time
            return verb_direction(above)
    return NEAREST
