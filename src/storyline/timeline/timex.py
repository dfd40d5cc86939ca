"""Temporal expressions normalized to TIMEX3 values.

Rule-based on the raw text (:mod:`.timex_rules`), with the spaCy parse used
for what regular expressions cannot see: the tense of the governing verb
(which Wednesday), and whether a bare number or month name is a date at all.
Expressions are resolved in text order so that "the next day" and "a year
earlier" count from the date mentioned just before them.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from ..doctext import doc_text
from ..model import Timex
from . import normalize as N
from .lexicon import parse_number
from .quoted import requote
from .tense import direction
from .timex_rules import RULES, Context

log = logging.getLogger(__name__)

# Words before a bare year or month name that make it a date ("in 1998", "since May").
_DATE_CUES = {
    "in", "since", "by", "until", "till", "of", "from", "to", "before", "after", "during", "through", "between",
    "and", "or", "early", "late", "mid", "last", "this", "next", "fiscal", "calendar", "(", ",", "on", "around",
    "circa", "throughout", "into", "past", "for", "as", "at", "-", "–", "spring", "summer", "fall", "autumn",
    "winter", "end", "beginning", "start", "middle", "year", "the", "late-", "early-", "mid-",
}
_LAST_WORD = re.compile(r"last\s+", re.IGNORECASE)
_LEADING_PREP = re.compile(r"(?:over|at|around|about)\s+(?=the\s+weekend|noon|midnight)", re.IGNORECASE)


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for i, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), i, m))
    return out


def _verb_last(doc, cands):
    """'will last six months': 'last' is the verb there, not a modifier, so the expression
    is matched again after it (the pattern would otherwise read 'the last six months')."""
    out = []
    for s, e, i, m in cands:
        word = _LAST_WORD.match(m.group(0))
        span = _tokens_at(doc, s, s + 4) if word else None
        if span is not None and span[0].pos_ in ("VERB", "AUX"):
            m = RULES[i].pattern.match(m.string, s + word.end())
            if m is None or m.end() <= m.start():
                continue
            s, e = m.start(), m.end()
        out.append((s, e, i, m))
    return out


def _select(doc, cands):
    """Longest plausible non-overlapping matches; on equal length the earlier rule wins."""
    cands = _verb_last(doc, cands)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, i, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        if not _plausible(doc, RULES[i].name, m, s, e):
            continue
        taken.append((s, e))
        chosen.append((s, e, i, m))
    chosen.sort(key=lambda c: c[0])
    return chosen


def _tokens_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def _prev_word(doc, start: int) -> str:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return ""
    return doc[span.start - 1].lower_


_TITLE_BEFORE = re.compile("[\"\u201c\u2018']((?:[A-Z][\\w'\u2019.&-]*\\s+){0,6})$")
_TITLE_AFTER = re.compile("((?:\\s+[A-Z][\\w'\u2019.&-]*){0,6})[,.]?[\"\u201d\u2019']")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """'on ABC's "This Week,"', 'hosts "Last Week Tonight"': a quotation in capitals holding the time names a
    show, not a week."""
    words = text[start:end].split()
    before = _TITLE_BEFORE.search(text, max(0, start - 80), start)
    after = _TITLE_AFTER.match(text, end)
    if before is None or after is None or not all(w[:1].isupper() for w in words):
        return False
    return len(words) + len(before.group(1).split()) + len(after.group(1).split()) >= 2


def _plausible(doc, rule: str, m: re.Match, start: int, end: int) -> bool:
    """Reject matches the parse shows are not times ("2000 people", "May we", "a second time")."""
    if _quoted_title(m.string, start, end):
        return False
    if rule == "adverb_set" and m.group(0)[:1].isupper():
        span = _tokens_at(doc, start, end)  # 'the Yale Daily News': a name, not 'every day'
        return span is not None and not any(t.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT") for t in span)
    if rule == "year":
        span = _tokens_at(doc, start, end)
        if span is None:
            return False
        if m.group(0).lower().startswith(("fiscal", "calendar", "early", "mid", "late", "the")):
            return True
        if any(t.ent_type_ == "DATE" for t in span):
            return True
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS":
            return False
        return _prev_word(doc, start) in _DATE_CUES
    if rule == "month":
        word = m["mon"]
        span = _tokens_at(doc, m.start("mon"), m.end("mon"))
        if span is None:
            return False
        if word in ("May", "March") or word.endswith("."):
            if any(t.tag_ == "MD" or t.pos_ == "VERB" for t in span):
                return False
            if m.group(0) == word and _named_event(doc, span.end):
                return False  # 'the annual March for Life', 'the March on Washington': an event's name
            prev = _prev_word(doc, start)
            return prev in _DATE_CUES or m.group(0) != word or any(t.ent_type_ == "DATE" for t in span)
        if len(word) <= 4 and word.isalpha() and word not in ("May", "June", "July"):
            return False  # an undotted abbreviation ("Jan") alone is too ambiguous
        if word.isupper() and len(word) > 3:
            return _prev_word(doc, start) in _DATE_CUES
        return True
    if rule == "two_thousand":  # "two thousand people" is a number
        if m.group(0).lower().startswith("the year"):
            return True
        span = _tokens_at(doc, start, end)
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        return _prev_word(doc, start) in ("in", "since", "by", "until", "from") and (nxt is None or nxt.pos_ != "NOUN")
    if rule == "bare_plural":
        return _prev_word(doc, start) in ("for", "over", "within", "in", "after", "than", "took", "lasted")
    if rule in ("duration", "ago"):
        unit, num = m["unit"].lower(), (m["num"] or "").lower()
        if rule == "ago" and parse_number(num) is None:
            return False  # "a few days later": the duration is the expression
        if "-quarters" in m.group(0).lower():  # a fraction
            return False
        if unit.startswith("second") and num in ("a", "an", "one"):
            return False
        if rule == "duration" and num in ("a", "an") and m.group(0).lower().startswith(("a ", "an ")):
            # "once a day", "$5 a year" are rates, not durations
            prev = _prev_word(doc, start)
            if prev in ("once", "twice", "times", "per") or re.match(r"^[\d$%]", prev or "x"):
                return False
    if rule == "present" and m.group(0).lower() == "current":
        span = _tokens_at(doc, start, end)
        return span is not None and span[0].pos_ == "ADJ"
    if rule == "future" and m.group(0).lower() == "future":
        span = _tokens_at(doc, start, end)
        return span is not None and span[0].pos_ == "ADJ"
    if rule == "season" and not m["rel"] and not m["year"]:
        return m["season"].lower() in ("summer", "winter", "autumn")
    if rule == "season" and m["rel"] and m["rel"].lower() == "the" and not m["year"]:
        return m["season"].lower() in ("summer", "winter")
    return True


def _named_event(doc, i: int) -> bool:
    """Tokens from i read 'for Life', 'on Washington', 'of Dimes': a preposition and a capitalised word
    that carry a month's word on into a name."""
    return i + 1 < len(doc) and doc[i].lower_ in ("for", "on", "of", "against") and doc[i + 1].text[:1].isupper() \
        and not doc[i + 1].like_num and doc[i + 1].ent_type_ not in ("DATE", "TIME")  # ('May on Tuesday')


def _adjectival_start(m: re.Match, s: int) -> int:
    """"a five-year plan": the article belongs to the noun, not to the duration."""
    num = (m["num"] or "").lower()
    plural = m.string[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if num in ("a", "an") or plural:
        return s
    det = re.match(r"(?:the|a|an)\s+", m.group(0), re.IGNORECASE)
    return s + det.end() if det else s


def find_timexes(doc, anchor: dt.date | None) -> list[Timex]:
    """Every temporal expression in ``doc.text``, valued against ``anchor`` (publication date).

    With no anchor, expressions that need one stay unresolved (``XXXX-WXX-3``,
    ``XXXX-09``) rather than guessed; explicit dates and "the next day" after
    an explicit date still resolve.
    """
    text = doc_text(doc)
    out: list[Timex] = []
    ref: str | None = None
    for s, e, i, m in _select(doc, _candidates(text)):
        rule = RULES[i]
        ctx = Context(anchor=anchor, direction=lambda s=s, e=e: direction(doc, s, e), ref=ref)
        try:
            res = rule.handle(m, ctx)
        except (ValueError, TypeError, KeyError, OverflowError, AttributeError, IndexError) as exc:  # a date the calendar rejects
            log.debug("timex %r (%s) not resolved: %s", m.group(0), rule.name, exc)
            res = None
        if res is None:
            continue
        ttype, value = res
        lead = _LEADING_PREP.match(text, s, e)
        if lead:
            s = lead.end()
        elif rule.name == "duration":
            s = _adjectival_start(m, s)
        out.append(Timex(start=s, end=e, text=text[s:e], type=ttype, value=value))
        comparison = rule.name in ("year_ago", "period") or (rule.name == "ago" and m["unit"].lower().startswith("year"))
        if comparison:
            pass  # "a year earlier" compares with the date in focus; it does not move the focus
        elif ttype in ("DATE", "TIME") and N.interval(value.split("T")[0] if ttype == "TIME" else value):
            ref = value.split("T")[0] if ttype == "TIME" else value
    return requote(doc, _range_years(text, out), anchor)


_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|\u2013)\s*$", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _range_years(text: str, found: list[Timex]) -> list[Timex]:
    """'from September to December 2014', 'between March 3 and May 1, 2015': the first end of a range
    takes the year the second end states (the year before, when its month comes later)."""
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        if first.type != "DATE" or _YEAR_IN.search(first.text) or not _YEAR_IN.search(second.text) \
                or not _RANGE_JOIN.match(text[first.end : second.start]) \
                or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", first.value) or not re.match(r"\d{4}-\d\d", second.value):
            continue
        year = int(second.value[:4]) - (1 if first.value[5:7] > second.value[5:7] else 0)
        first.value = f"{year:04d}{first.value[4:]}"
    return found
