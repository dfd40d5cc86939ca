"""`when` of a numeric fact: a date that belongs to the number's own clause.

A year elsewhere in the sentence ("compared with 2008", "since 2009", "than he did
in 2008") dates something else; only a date that hangs on the number, its noun or its
verb (or a verb coordinated with it) without entering another finite clause counts.
"""
from __future__ import annotations

import re

from ..timeline.events import changed_from
from . import counted
from .cues import CUE_VERBS

_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
NOT_WHEN_LINKS = {"since", "than", "until", "till", "through", "compared", "like", "unlike", "versus", "vs", "vs."}
# "up 9% on a year earlier", "rose 5% from the previous year": the date a change is measured against
BASE_PREPS = {"on", "from", "over", "against"}
_RELATIVE_BACK = re.compile(r"\b(earlier|before|ago|last|previous|prior|same)\b", re.I)
FINITE_CLAUSES = {"relcl", "advcl", "ccomp", "csubj", "parataxis"}


def _dates_another_figure(span, own: set[int]) -> bool:
    """'the rate is 7.4 percent, below its peak of 12.8 percent in 2010': a date right after another
    figure (and its preposition) dates that figure, wherever the parser hung it."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1
    if k < 0 or k in own:
        return False
    prior = doc[k]
    counts = [c for c in prior.children if c.dep_ == "nummod" and c.like_num]
    if not (prior.like_num or counts) or any(c.i in own for c in counts):
        return False
    # (inside a noun phrase: 'its peak of 12.8 percent in 2010', or the level a change starts from: 'falling
    # to 44 percent, from 54 percent in July'; not a change the verb makes, 'rose by 64% in 2022 to 966,000',
    # whose date is the whole change's)
    return prior.head.pos_ == "ADP" and (prior.head.head.pos_ in ("NOUN", "PROPN") or prior.head.lower_ == "from")


def _followed(verb) -> bool:
    """Another verb is coordinated after this one: it is not the last of a row of acts."""
    return any(d.dep_ == "conj" and d.pos_ in ("VERB", "AUX") for d in verb.children)


def _attached(tok, targets: set[int]) -> bool:
    """``tok`` (a date) hangs on the number's clause: it reaches a target without entering
    another finite clause or a reference phrase ("since 2009", "than in 2008")."""
    cur = tok
    for _ in range(10):
        if cur.i in targets:
            return True
        if cur.lower_ in NOT_WHEN_LINKS:
            return False
        if changed_from(cur):
            return False  # "160, up from 90 last year": the time of the figure changed from
        if cur is not tok and cur.pos_ in ("VERB", "AUX") and (cur.dep_ in FINITE_CLAUSES or counted.has_own_subject(cur)):
            return False  # a clause of its own, with its own time
        if cur is not tok and cur.pos_ == "VERB" and cur.dep_ == "acl" and cur.head.i not in targets:
            return False  # "The company, founded in 1998, now has 3,400 staff": the founding has its own time
        if cur is not tok and (cur.pos_ == "VERB" and cur.dep_ == "pcomp" or cur.dep_ == "advcl"
                               and cur.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not counted.has_own_subject(cur)):
            return False  # "Begun in 1997, it has raised $2bn", "lags by 9 points despite winning there in February"
        if cur is not tok and cur.pos_ == "VERB" and cur.dep_ == "conj" and _followed(cur):
            # (a date on the last of the verbs may hold for all: 'arrested 48 and seized 12 guns on Friday')
            return False  # "went against Sanders five times, debated Obama four times in 2008, and met ...": its own
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _change_base(span) -> bool:
    """The date a change is compared with: 'up 9% on a year earlier', 'rose from last year',
    '107% more than a week earlier' (where the timex took the comparative in)."""
    if span.start == 0:
        return False
    prep = span.doc[span.start - 1]
    if span[0].lower_ in ("more", "less", "fewer", "higher", "lower") and (prep.like_num or prep.text == "%"):
        return True
    if prep.lower_ not in BASE_PREPS or prep.dep_ != "prep" or prep.head.lemma_.lower() not in counted.CHANGE_LEMMAS:
        return False
    # "on" compares only with a date told relative to another ("on a year earlier", "on last year");
    # "a plunge on Tuesday" is when it happened
    return prep.lower_ != "on" or bool(_RELATIVE_BACK.search(span.text))


def _opens_period(span, timexes: list) -> bool:
    """The date starts a period ('between January 1 and September 26', 'taken Oct. 30 to Nov. 8', 'Nov. 6 to
    10'): the figure is counted over it, up to its end, not on its first day."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    opened = span.start > 0 and doc[span.start - 1].lower_ in ("between", "from")
    if doc[span.end].lower_ not in ("to", "through", "until", "-", "–") and not (opened and doc[span.end].lower_ == "and"):
        return False  # ('on Monday and Tuesday' are two days; 'taken Oct. 30 to Nov. 8' is one period)
    after = doc[span.end].idx + len(doc[span.end].text)
    day = doc[span.end + 1].text  # 'Nov. 6 to 10' (not 'rose by 64% in 2022 to 966,000', a level)
    return day.isdigit() and 1 <= int(day) <= 31 or any(after <= tx.start <= after + 2 for tx in timexes)


_OWN_TIME = {"now", "currently", "still", "today"}  # a coordinated verb with its own time


def find_when(span_toks: list, timexes: list, sent=None) -> str | None:
    """ISO date of a DATE timex attached to the number's own clause (timexes in char offsets)."""
    if not timexes:
        return None
    head = counted.head_of(span_toks)
    sent = sent if sent is not None else head.sent
    verb = counted.governing_verb(head) or head
    targets = {t.i for t in span_toks} | {verb.i, head.head.i}
    # coordinated verbs share their dates: "six were killed and 58 injured in an attack on Friday"
    # (only the last of them: 'went against Sanders five times, debated Obama four times in 2008, and met ...')
    targets |= {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _followed(c)}
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() not in CUE_VERBS \
            and not any(c.lower_ in _OWN_TIME for c in verb.children):  # "lost this month, and now needs 61%"
        targets.add(verb.head.i)  # not "..., the agency said in a June report, and the poorest paid 0.8%"
    if verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ in ("VBG", "VBN") and not counted.has_own_subject(verb) \
            and verb.head.tag_ in ("VBD", "VBN"):
        targets.add(verb.head.i)  # "exploded Friday, killing 81": the participle shares the main verb's time
    doc = head.doc
    best = None
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or not (sent.start_char <= tx.start < sent.end_char):
            continue
        value = tx.value[:10] if tx.type == "TIME" else tx.value
        if not _DATE_VALUE.match(value):
            continue
        span = doc.char_span(tx.start, min(tx.end, sent.end_char), alignment_mode="expand")
        if span is None or len(span) == 0 or not _attached(span.root, targets):
            continue
        if all(t.ent_type_ == "ORG" for t in span):
            continue  # "The 2016 Committee has spent ...": a year in a name
        if span.start > 0 and doc[span.start - 1].lower_ in NOT_WHEN_LINKS or _change_base(span):
            continue
        if _opens_period(span, timexes):
            continue  # "3,210 victims between January 1 and September 26": a tally as of the period's end
        if _dates_another_figure(span, {t.i for t in span_toks}):
            continue
        dist = abs(tx.start - head.idx)
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else None
