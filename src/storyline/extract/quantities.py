"""Numeric facts: numbers with qualifier, unit, what/where/when/according-to.

Pipeline per sentence: find number expressions (:mod:`.numbers`), join ranges
("between 20 and 30", "20-30"), attach currency/unit (:mod:`.units`) and
qualifier (:mod:`.qualifiers`), drop what is not a fact (dates, clock times,
years, numbers in names, page furniture, numbers inside a timex), then read
what is counted and its context from the parse (:mod:`.counted`).  A number
whose "what" cannot be told is dropped: precision before recall.
"""
from __future__ import annotations

import logging
import re

from ..model import Quantity, Timex
from . import counted
from .numbers import NumberExpr, find_numbers
from .qualifiers import qualifier_after, qualifier_before
from .units import TIME_UNITS, unit_after, unit_before

log = logging.getLogger(__name__)

NAME_ENTS = {"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "NORP", "GPE", "LOC", "LANGUAGE"}
CLOCK_AFTER = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "hrs", "bst", "cet", "est",
               "msk", "edt", "pst", "local"}
FURNITURE_BEFORE = {"no", "no.", "nos.", "#", "page", "p.", "pp.", "issue", "vol", "vol.", "volume", "number",
                    "article", "chapter", "section", "paragraph", "episode", "season", "flight", "room",
                    "route", "highway", "gate", "platform", "tel", "tel.", "phone", "fax", "ext", "ext.",
                    "item", "step", "part", "level", "grade", "category", "row", "seat", "box", "unit",
                    "+", "ref", "ref.", "code", "id", "photo", "image", "slide", "figure", "fig.", "table",
                    "top", "size", "model", "version", "rank", "ranked", "number"}
ADJUNCT_BEFORE = {"last", "past", "next", "previous", "coming", "first", "following", "recent", "within",
                  "since", "after", "before", "in", "during", "every", "each", "later", "final", "initial",
                  "over", "throughout", "another", "further"}
ADJUNCT_AFTER = {"ago", "later", "earlier", "before", "after", "from", "prior", "since", "into", "running"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec."}
HYPHEN_NOT_COUNT = {"figure", "digit", "time", "star", "step", "way", "one", "point", "game", "match", "man"}
FRACTIONS = {"half", "halve", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
PHONE_RE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")
RANGE_JOIN = {"to", "-", "–", "—"}
CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "US$"}


def find_quantities(doc, timexes: list[Timex]) -> list[Quantity]:
    """Numbers with qualifier, unit, what/where/when/according_to; offsets into ``doc.text``."""
    out: list[Quantity] = []
    text = doc.text
    for sent in doc.sents:
        try:
            out.extend(_sentence_quantities(sent, timexes or [], text))
        except (IndexError, ValueError) as exc:  # a parse we did not foresee: skip the sentence
            log.debug("quantities: sentence at %d skipped: %s", sent.start_char, exc)
    return out


def _join_ranges(tokens, exprs: list[NumberExpr]) -> list[tuple[NumberExpr, NumberExpr | None, int]]:
    """Pair "A to/-/and B" into ranges: (first, second or None, index of "between"/-1)."""
    out, k = [], 0
    while k < len(exprs):
        a = exprs[k]
        b = exprs[k + 1] if k + 1 < len(exprs) else None
        if b is not None and not a.vague and not b.vague:
            gap = [t.lower_ for t in tokens[a.end:b.start] if t.text not in CURRENCY_SYMBOLS]
            unit_gap = unit_after(tokens, a.end)
            if unit_gap and gap and gap[0] not in RANGE_JOIN and gap[0] != "and":
                gap = [t.lower_ for t in tokens[unit_gap[1]:b.start]]
            between = a.start > 0 and tokens[a.start - 1].lower_ == "between"
            if not between and a.start > 1 and tokens[a.start - 1].text in ("$", "€", "£"):
                between = tokens[a.start - 2].lower_ == "between"
            from_ = a.start > 0 and tokens[a.start - 1].lower_ == "from"
            lo, hi = a.value, b.value
            scale = _scale_of(tokens, b)
            if scale > 1 and a.end - a.start == 1 and not a.money_scale and a.value * scale <= hi:
                lo = a.value * scale  # "1.5 to 2 million"
            if len(gap) == 1 and ((between and gap[0] == "and") or (gap[0] in RANGE_JOIN and not from_)):
                if lo < hi:
                    a2 = NumberExpr(a.start, a.end, lo, hi, digits=a.digits)
                    out.append((a2, b, tokens[a.start - 1].i if between else -1))
                    k += 2
                    continue
                if gap[0] in ("-", "–") and a.plain_int and b.plain_int:  # a score "3-1"
                    k += 2
                    continue
        out.append((a, None, -1))
        k += 1
    return out


def _scale_of(tokens, b: NumberExpr) -> float:
    """The scale word ending B ("1.5 to 2 million" -> A is 1.5 million)."""
    from .numbers import SCALES

    w = tokens[b.end - 1].lower_
    return SCALES.get(w, 1.0)


def _sentence_quantities(sent, timexes: list[Timex], text: str) -> list[Quantity]:
    tokens = sent
    doc = sent.doc
    exprs = find_numbers(tokens)
    found: list[Quantity] = []
    heads: list = []  # the syntactic head of each found quantity, for elliptical follow-ups
    if not exprs or _headline_like(sent):
        return found
    place_ents = [e for e in sent.ents if e.label_ in counted.PLACE_ENTS]
    for a, b, between_i in _join_ranges(tokens, exprs):
        last = b or a
        num_first, num_end = a.start, last.end  # sentence-relative token indices
        ub = unit_before(tokens, a.start)
        ua = unit_after(tokens, num_end)
        if ua is None and b is not None:
            ua_a = unit_after(tokens, a.end)
            if ua_a is not None:
                ua = (ua_a[0], num_end)
        unit = ub[0] if ub else (ua[0] if ua else None)
        first = ub[1] if ub else num_first
        end = ua[1] if ua and ua[1] > num_end else num_end
        if _not_a_fact(tokens, a, last, first, end, unit, timexes, ub is not None, text):
            continue
        age = _age(tokens, end, unit)
        if age:
            unit, end = "year of age", age
        elif unit in TIME_UNITS and end - 1 > num_end - 1 and tokens[num_end].text == "-" and \
                tokens[end - 1].dep_ in ("compound", "amod", "nmod"):
            continue  # "a 10-year bond", "the three-day summit": a kind of thing, not a reported figure
        value, value_max = a.value, a.value_max
        qualifier = "range" if b is not None else ("approximately" if a.vague else "exact")
        if b is not None:
            value, value_max = a.value, a.value_max
        q_start = first
        if first > 0 and tokens[first - 1].lower_ == "minus":
            value, first = -value, first - 1  # "minus 5 degrees"
            q_start = first
        if between_i >= 0:
            q_start = between_i - sent.start
        else:
            qb = qualifier_before(tokens, first)
            if qb is not None:
                q_start = qb[1]
                if not (a.vague and qb[0] == "approximately"):
                    qualifier = qb[0]
        qa = qualifier_after(tokens, end)
        if qa is not None and qualifier == "exact":
            qualifier, end = qa[0], qa[1]
        elif qualifier == "exact" and end < len(tokens) and tokens[end].pos_ == "NOUN":
            qa = qualifier_after(tokens, end + 1)  # "2,300 votes or more"
            qualifier = qa[0] if qa is not None else qualifier
        span_toks = [tokens[i] for i in range(num_first, max(num_end, end if unit else num_end))]
        if ub:
            span_toks = [tokens[ub[1]]] + span_toks
        if unit == "year of age":
            span_toks = [tokens[i] for i in range(num_first, end)]
        what, what_span = counted.describe(span_toks, unit)
        if not what and found and (_is_comparison(span_toks) or _conjunct_of(span_toks, found[-1])
                                   or _parallel_object(span_toks, heads[-1])):
            what, what_span = found[-1].what, found[-1].what_span  # "4,824, up from 3,133"; "$1bn or $2bn"
            unit = unit or found[-1].unit
        if not what:
            continue
        heads.append(counted.head_of(span_toks))
        start_tok, end_tok = tokens[q_start], tokens[end - 1]
        start_c, end_c = start_tok.idx, end_tok.idx + len(end_tok)
        exclude = {t.i for t in span_toks}
        found.append(Quantity(
            start=start_c, end=end_c, text=text[start_c:end_c], value=float(value),
            qualifier=qualifier, value_max=float(value_max) if value_max is not None else None,
            unit=unit, what=what, what_span=what_span,
            according_to=counted.according_to(span_toks, sent),
            where=counted.where(span_toks, exclude, sent, place_ents),
            when=counted.when(span_toks, timexes, sent), sentence=(sent.start_char, sent.end_char),
        ))
    return found


COMPARE_HEADS = {"up", "down", "compared", "comparison", "against", "versus", "vs", "vs.", "than", "from"}


def _parallel_object(span_toks, prev_head) -> bool:
    """"Cruz has 370 delegates, Rubio has 163": the same verb again with a bare number as object."""
    head = counted.head_of(span_toks)
    if head.dep_ not in ("dobj", "attr") or prev_head.dep_ not in ("dobj", "attr", "nummod"):
        return False
    prev_verb = counted.governing_verb(prev_head)
    return prev_verb is not None and head.head.lemma_ == prev_verb.lemma_ and head.head.i != prev_verb.i


def _conjunct_of(span_toks, prev: Quantity) -> bool:
    """The number is a conjunct of the previous quantity ("save $100 billion or $350 billion")."""
    head = counted.head_of(span_toks)
    return head.dep_ == "conj" and prev.start <= head.head.idx < prev.end


def _is_comparison(span_toks) -> bool:
    """"up from 3,133", "compared with 12", "from 5% to 7%": same thing as the number before."""
    head = counted.head_of(span_toks)
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in ("from", "with", "to", "than") and (
        prep.head.lower_ in COMPARE_HEADS or prep.lower_ == "than" or prep.head.lemma_ in counted.LEVEL_VERBS
    )


def _age(tokens, end: int, unit: str | None) -> int | None:
    """"45-year-old" / "45 years old": the end index after "old", else None."""
    if unit != "year":
        return None
    n = len(tokens)
    j = end
    if j < n and tokens[j].text == "-":
        j += 1
    if j < n and tokens[j].lower_ == "old":
        return j + 1
    return None


def _overlapping_timex(start_c: int, end_c: int, timexes: list[Timex]) -> Timex | None:
    for tx in timexes:
        if tx.start < end_c and start_c < tx.end:
            return tx
    return None


def _not_a_fact(tokens, a: NumberExpr, last: NumberExpr, first: int, end: int, unit: str | None,
                timexes: list[Timex], has_currency: bool, text: str) -> bool:
    """Dates, clock times, years, ordinals-in-names, page furniture, timex parts, lone "one"."""
    n = len(tokens)
    num_toks = [tokens[i] for i in range(a.start, last.end)]
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[end] if end < n else None
    start_c, end_c = num_toks[0].idx, num_toks[-1].idx + len(num_toks[-1])
    is_time = unit in TIME_UNITS
    # a lone "one"/"a" is an article or pronoun far more often than a fact
    if not a.digits and a.value == 1 and last is a and unit is None and not _one_counts(tokens, first, num_toks[-1]):
        return True
    if not a.digits and a.value <= 10 and prev is not None and (
        prev.lower_ in ("the", "these", "those", "both", "its", "their", "his", "her", "our")
        or prev.tag_ == "POS"
    ):
        return True  # "the three Baltic states": a reference, not a count being reported
    tx = _overlapping_timex(start_c, end_c, timexes)
    if tx is not None and (tx.type != "DURATION" or _temporal_adjunct(tokens, first, end)):
        return True
    if is_time and _temporal_adjunct(tokens, first, end):
        return True
    if not has_currency and unit is None and any(t.ent_type_ in ("DATE", "TIME") for t in num_toks):
        if not _counts_plural_noun(num_toks):
            return True
    if not has_currency and unit is None and any(t.ent_type_ in NAME_ENTS for t in num_toks):
        return True
    if a.plain_int and unit is None and 1500 <= a.value <= 2100 and len(num_toks) == 1:
        if num_toks[0].ent_type_ not in ("CARDINAL", "QUANTITY") or not _counts_plural_noun(num_toks):
            return True  # "the 2008 and 2012 cycles", "the 2010 reform": years
    if nxt is not None and unit is None and not a.money_scale and nxt.is_alpha and \
            num_toks[-1].whitespace_ == "" and nxt.idx == end_c:
        return True  # "5G", "4K", "3D": part of a name
    if nxt is not None and nxt.text in ("-", "‑") and end + 1 < n and (
        tokens[end + 1].lower_ in HYPHEN_NOT_COUNT or tokens[end + 1].lower_.rstrip("s") in FRACTIONS
    ):
        return True  # "six-figure", "three-time", "two-thirds"
    if nxt is not None and (nxt.lower_ in CLOCK_AFTER or nxt.text in (":", "/") or nxt.lower_ in MONTHS):
        return True
    if prev is not None:
        if prev.lower_ in FURNITURE_BEFORE or prev.text in ("/", ":") or prev.lower_ in MONTHS:
            return True
        if prev.text == "." and first > 1 and tokens[first - 2].lower_ in ("no", "nos", "p", "pp", "vol"):
            return True
        if prev.text in ("-", "‑") and prev.idx + 1 == num_toks[0].idx and first > 1 and \
                tokens[first - 2].is_alpha and tokens[first - 2].whitespace_ == "":
            return True  # COVID-19, Su-27
        if a.plain_int and not has_currency and prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start:
            return True  # Boeing 737, Flight 17
        if prev.text == "," and first > 1 and tokens[first - 2].pos_ == "PROPN" and nxt is not None and \
                nxt.text == "," and a.plain_int and unit is None:
            return True  # "Smith, 45, said": an age apposition, not a counted fact
    if first == 0 or tokens[first - 1].text == "\n" or (prev is not None and "\n" in prev.text):
        if nxt is not None and nxt.text in (".", ")") and a.plain_int:
            return True  # list numbering
    window = text[max(0, start_c - 6):end_c + 12]
    m = PHONE_RE.search(window)
    if m and sum(ch in " .-()" for ch in m.group()) >= 2 and unit is None and "," not in m.group():
        return True
    return False


def _headline_like(sent) -> bool:
    """Title Case runs (headlines, link lists, menus) are page furniture, not reported facts."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 4:
        return False
    if sum(t.is_upper for t in words) / len(words) > 0.7:
        return True
    last = [t for t in sent if not t.is_space]
    if last and last[-1].text in (".", "!", "?", '"', "”", "’", "'", ":"):
        return False  # a sentence with final punctuation is prose, however many names it holds
    return sum(t.is_title for t in words) / len(words) > 0.6


def _one_counts(tokens, first: int, tok) -> bool:
    """"one" is a count only for people hit by an event ("one man was killed", "at least one person")."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.lemma_.lower() not in counted.PERSONISH:
        return False
    if qualifier_before(tokens, first) is not None:
        return True
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and noun.head.lemma_ not in counted.REPORT_VERBS)


def _counts_plural_noun(num_toks) -> bool:
    """True when the number directly counts a plural noun that is no time word ("30 people")."""
    ids = {t.i for t in num_toks}
    for t in num_toks:
        h = t.head
        if h.i not in ids and t.dep_ in ("nummod", "quantmod", "compound") and h.tag_ == "NNS" \
                and h.lower_ not in MONTHS and h.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _temporal_adjunct(tokens, first: int, end: int) -> bool:
    """"in the last 24 hours", "three days ago", "over the past two weeks": time, not a fact."""
    before = {tokens[i].lower_ for i in range(max(0, first - 3), first)}
    after = tokens[end].lower_ if end < len(tokens) else ""
    return bool(before & ADJUNCT_BEFORE) or after in ADJUNCT_AFTER
