"""Dated events for the timeline: clauses that say something happened on a resolvable date.

A DATE/TIME timex dates an event when it modifies a verb ("Putin announced ...
on Wednesday"), not when it sits inside a noun phrase ("a report published on
Monday" inside an object). Unresolved values, PRESENT_REF/PAST_REF, durations
and sets never make events; neither do future-tense clauses (plans, not
happenings) nor dates after the publication date.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Callable

from ..doctext import doc_text
from ..model import DatedEvent, Timex
from .normalize import add_months, granularity, interval
from .quoted import quote_regions
from .summary import clause_span, in_quoted_title, summarize
from .tense import FUTURE_AUX, POSSIBLE_AUX

log = logging.getLogger(__name__)

_VERB_POS = ("VERB", "AUX")
_DEICTIC = re.compile(r"(?i)^(?:today|tonight|tomorrow|yesterday|now|this\s+(?:morning|afternoon|evening)|last\s+night)\b")
_NOT_EVENTS = {"accord", "according", "compare", "base", "follow", "include"}


def _resolved(t: Timex) -> tuple[dt.date, dt.date, str] | None:
    if t.type not in ("DATE", "TIME"):
        return None
    value = t.value.split("T")[0] if t.type == "TIME" else t.value
    return interval(value)


def dating_verb(doc, t: Timex):
    """The verb whose event ``t`` dates, or None when the timex hangs off a noun phrase."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    text = doc_text(doc)
    # tokens linking the expression to the rest of the parse; a link across a line break
    # (a caption running into the next paragraph) is a parser slip, tried last
    if t.type == "TIME" and _heading(text, t):
        return _heads_paragraph(doc, span)
    links = [tok for tok in span if not tok.is_space and (tok.head not in span or tok.head is tok)]
    links.sort(key=lambda tok: ("\n" in text[min(tok.idx, tok.head.idx):max(tok.idx, tok.head.idx)], tok.i))
    return _climb(links[0], span, clock=t.type == "TIME") if links else None


def _heading(text: str, t: Timex) -> bool:
    """A clock time alone on its line: a live blog's entry stamp ('10:30 p.m.')."""
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    line = text[start : end if end >= 0 else len(text)]
    return line.strip(" .:-_") == text[t.start : t.end].strip(" .:-_")


def _heads_paragraph(doc, span):
    """The main verb of the sentence after a stamp heading: the entry the stamp dates."""
    after = next((s for s in doc.sents if s.start >= span.end and not s.text.isspace()), None)
    if after is None or after.root.pos_ not in _VERB_POS or after.root.lemma_ in _NOT_EVENTS:
        return None
    return after.root


_BASELINE_LINKS = {"than", "until", "till"}


def changed_from(tok) -> bool:
    """'from' with a number ('up from 90 last year'): the value a change started from, and its time."""
    return tok.lower_ == "from" and any(c.dep_ == "pobj" and c.like_num for c in tok.children)


# what may stand between 'from' and the time of the value a change started from: 'from a year ago', 'from
# $10.1 million, or 49 cents a share, in the year-ago period', 'from $186.4 million a year ago'
_FROM_VALUE = re.compile(r"\bfrom(?:\s|[$£€¥\d.,%()]|\b(?:US|C|million|billion|trillion|cents?|percent|a share|"
                         r"or|in)\b)*$", re.IGNORECASE)
# a time counted back from another ('a year ago', 'a year earlier', 'the year-ago period')
_COUNTED_BACK = re.compile(r"\b(?:ago|earlier|before|previous|prior)\b", re.IGNORECASE)


def _compared_from(text: str, t: Timex) -> bool:
    """The time expression dates the value a change started from ('profit grew 19% from a year ago', 'fell to
    $9.5 million from $10.1 million in the year-ago period'), not the change itself."""
    found = _FROM_VALUE.search(text[max(0, t.start - 80) : t.start])
    # ('from Monday until Friday', 'spread from Monday' start a period: only a time counted back from
    # another is a baseline by itself)
    return found is not None and (any(c.isdigit() for c in found.group(0)) or bool(_COUNTED_BACK.search(t.text)))


def _present_state(verb) -> bool:
    """A verb in the simple present ('make', 'holds'), no auxiliary: it says how things stand."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# what makes a date a bound of the event's time, not its date: 'After a flat second quarter, Acme attributed ...'
_BOUND_LINKS = {"after", "before"}


def _climb(tok, span, clock: bool = False):
    """Walk up from ``tok`` to the first verb; None when a common noun or a participle comes first, or when the
    date only bounds the event ('after', 'before'; but 'after 10 p.m. Friday' is still that day, a ``clock``)."""
    through_noun = False
    for _ in range(10):
        head = tok.head
        if head is tok:
            return None
        if head in span:
            tok = head
            continue
        if head.lower_ in _BASELINE_LINKS or head.lemma_ == "compare" or changed_from(head) \
                or head.lower_ in _BOUND_LINKS and not clock:
            # "higher than in 2020", "compared with last year", "160, up from 90 last year": a baseline,
            # not the event's date; nor is a date it happened after or before
            return None
        if head.pos_ in _VERB_POS and tok.lower_ == "since" and _present_state(head):
            return None  # "her votes make her the most liberal since 1937": a state that still holds
        if head.pos_ in _VERB_POS and in_quoted_title(head):
            tok = head  # 'said on NBC's "Meet the Press" on Sunday': a show's name, not what happened
            continue
        if head.pos_ in _VERB_POS:
            if through_noun or head.dep_ == "acl" or head.lemma_ in _NOT_EVENTS:
                return None  # "a report published on Monday", "according to ... on Tuesday"
            return head
        if head.pos_ in ("NOUN", "PRON", "NUM") and tok.dep_ not in ("appos",):
            # "talks on Monday" inside a subject or object: the date belongs to the noun phrase
            through_noun = True
        # a date hanging off a place name ("in Tbilisi, Georgia on Monday") is a parser
        # attachment slip; keep climbing to the verb
        tok = head
    return None


# auxiliaries of what is planned or possible, not done ('to' of an infinitive; 'could', often a past, too)
_NOT_DONE = FUTURE_AUX | POSSIBLE_AUX | {"could", "to"}


def _planned_or_state(verb) -> bool:
    """Plans ("will meet", "is going to vote", "to report on Thursday"), possibilities and plans seen
    from the past ("a Republican who can win the general election in November", "could not say on
    Monday", "the final would be that night") and present states
    ("Russia today is dangerous") are not happenings."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _NOT_DONE or "going" in auxes:
        return True  # "will vote", "ordered to report on Thursday", "can win"
    if verb.lemma_ in ("be", "have", "seem", "remain") and verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return False


_ENDED = re.compile(r"\s*,?\s+(?:ended|ending)\s+", re.IGNORECASE)


def _period_ended(text: str, t: Timex, timexes: list[Timex]) -> tuple[dt.date, dt.date, str, str] | None:
    """'the fourth quarter ended Aug. 26': a firm's quarter (or half) is the one ending that day, whatever its
    label says (its fiscal fourth quarter is no calendar October to December). With the words that say so."""
    months = {"quarter": 3, "half": 6}.get(granularity(t.value) or "")
    m = _ENDED.match(text, t.end) if months else None
    if m is None:
        return None
    ended = next((o for o in timexes if o.start == m.end()), None)
    iv = _resolved(ended) if ended is not None else None
    if iv is None or iv[2] not in ("day", "month"):
        return None
    return add_months(iv[1] + dt.timedelta(days=1), -months), iv[1], "month", text[t.start : ended.end]


_EMPTY_WORDS = frozenset("i you he she it we they me him her us them what that which this who".split())
_PERSONAL_SUBJECTS = frozenset("i you he she it we they".split())
_LIGHT_VERBS = frozenset({"do", "be", "have", "make", "stand", "get", "go"})


def _says_nothing(summary: str, verb) -> bool:
    """'we did' (in 2008), 'he was', 'it stood', 'what worked', 'making it': the verb stands for what the sentence
    says elsewhere. A light verb with nothing after it, or a verb beside pronouns only that are no subject
    ('making it', 'what worked'), tells no event; 'he died' does."""
    light = verb.lemma_.lower() in _LIGHT_VERBS
    words = summary.split()
    if light and len(words) <= 3 and not any(
            c.dep_ in ("dobj", "attr", "acomp", "prep", "ccomp", "xcomp", "oprd") for c in verb.children):
        return True
    grammar = {t.lower_ for t in verb.children if t.dep_ in ("aux", "auxpass", "neg")} | {verb.lower_}
    others = [w.lower() for w in words if w.lower() not in grammar]
    if not others or not all(w in _EMPTY_WORDS for w in others):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL_SUBJECTS for c in verb.children)
    return light or not subject


def find_events(doc, timexes: list[Timex], anchor: dt.date | None, name_of: Callable | None = None) -> list[DatedEvent]:
    """Sentences/clauses that happened on a resolvable calendar date, in text order. ``name_of``: the
    name a pronoun subject stands for (token -> str or None), for summaries that say who acted."""
    events: list[DatedEvent] = []
    seen_verbs: set[int] = set()
    text = doc_text(doc)
    quotes = quote_regions(text)
    for t in timexes:
        iv = _resolved(t)
        if iv is None:
            continue
        if _DEICTIC.match(t.text) and any(s <= t.start and t.end <= e for s, e in quotes):
            continue  # a speaker's "tonight" dates the speech, which the quote itself does not say
        if _compared_from(text, t):
            continue
        start, end, precision, evidence = _period_ended(text, t, timexes) or (*iv, t.text)
        if anchor is not None and start > anchor:
            continue  # plans and schedules are not happenings
        verb = dating_verb(doc, t)
        if verb is None or verb.i in seen_verbs:
            continue
        if _planned_or_state(verb):
            continue
        seen_verbs.add(verb.i)
        summary = summarize(verb, name_of=name_of)
        if len(summary.split()) < 2 or _says_nothing(summary, verb):
            continue  # a lone verb ("broke") tells the reader nothing
        s, e = clause_span(doc, verb)
        events.append(DatedEvent(
            start=s, end=e, text=doc_text(doc)[s:e],
            date=start.isoformat(),
            date_end=end.isoformat() if end != start else None,
            precision=precision,
            summary=summary,
            date_evidence=evidence,
            timex=t,
        ))
    return events
