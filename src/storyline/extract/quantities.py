"""Numeric facts: numbers with qualifier, unit, what/where/when/according-to.

Pipeline per sentence: find number expressions (:mod:`.numbers`), join ranges
("between 20 and 30", "20-30"), attach currency/unit (:mod:`.units`) and
qualifier (:mod:`.qualifiers`), drop what is not a fact (dates, clock times,
years, numbers in names, page furniture, numbers inside a timex; idioms, conditions and
hedges via :mod:`.hedges`), then read
what is counted and its context from the parse (:mod:`.counted`).  A number
whose "what" cannot be told is dropped: precision before recall.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..doctext import doc_text, entity_of
from ..model import Quantity, Timex
from ..nlp import PLUS_MINUS_SIGNS
from . import counted, cues, hedges, numbers, units
from .dating import find_when
from .numbers import SCALES, NumberExpr, find_numbers
from .qualifiers import BEFORE as QUALIFIERS_BEFORE
from .qualifiers import qualifier_after, qualifier_before, qualifier_of_verb
from .quote_marks import DOUBLE_MARKS
from .units import unit_after, unit_before

log = logging.getLogger(__name__)

GLUED_SCORE = re.compile(r"[^\W\d][—–-]\d+$")
RANGE_JOIN = {"to", "-", "–", "—"}
CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "US$"}


def find_quantities(doc, timexes: list[Timex], speakers: dict[int, str] | None = None) -> list[Quantity]:
    """Numbers with qualifier, unit, what/where/when/according_to; offsets into ``doc.text``.

    ``speakers``: the resolved speaker of each reporting verb, by the verb's character offset
    (from the quotes), so that 'he said 9,500 applications ...' is according to the man he is."""
    out: list[Quantity] = []
    text = doc_text(doc)
    for sent in doc.sents:
        try:
            out.extend(_sentence_quantities(sent, timexes or [], text, len(out), speakers))
        except (IndexError, ValueError, KeyError) as exc:  # a parse we did not foresee: skip the sentence
            log.debug("quantities: sentence at %d skipped: %s", sent.start_char, exc)
    return out


RELATIVE_UNITS = {"percent", "point", "percentage point", "basis point", "fraction", "times"}
SCORE_HALF = -3  # marks one number of a result "A to B": listed, but with no "what"


def _lead_word(tokens, a: NumberExpr) -> int:
    """The index of the word before a number, past its currency sign and its own article or
    adjective ("from the current $7.25 to $12"): where "between" or "from" would stand."""
    lead = a.start - 1
    if lead > 0 and tokens[lead].text in CURRENCY_SYMBOLS:
        lead -= 1
    while lead > 0 and tokens[lead].dep_ in ("det", "amod") and a.start <= tokens[lead].head.i - tokens[0].i < a.end:
        lead -= 1
    return lead


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
            lead = _lead_word(tokens, a)
            between = lead >= 0 and tokens[lead].lower_ == "between"
            from_ = lead >= 0 and tokens[lead].lower_ == "from"
            if _a_year(tokens, a) and not _a_year(tokens, b):  # "rose 64% in 2022 to 966,000": a date, then a level
                out.append((a, None, -1))
                k += 1
                continue
            lo, hi = a.value, b.value
            unit_b = unit_after(tokens, b.end)
            if unit_gap and unit_b and unit_gap[0] != unit_b[0]:  # "up 0.1 points to 4.2 percent"
                out.append((a, None, -1))
                k += 1
                continue
            pair = _pair_kind(tokens, a, b, gap, between or from_)
            if pair == "score":  # "48 percent to 45 percent": two shares, but whose is which the parse cannot tell
                out += [(a, None, SCORE_HALF), (b, None, SCORE_HALF)]
                k += 2
                continue
            if pair == "ratio":  # "four out of 10 voters", "one in five": a share, not a count of 10
                share = NumberExpr(a.start, b.end, round(100.0 * a.value / b.value, 1), digits=a.digits)
                out.append((share, None, -2))
                k += 2
                continue
            if pair == "separate":
                out.append((a, None, -1))
                k += 1
                continue
            if pair == "part":  # "13 of the past 19 contests": 13 is the fact, 19 only frames it
                out.append((a, None, -1))
                k += 2
                continue
            scale = _scale_of(tokens, b)
            if scale > 1 and a.end - a.start == 1 and not a.money_scale and a.value * scale <= hi:
                lo = a.value * scale  # "1.5 to 2 million"
            base = tokens[lead].head  # "..., up from 5,000 to 6,000": a range the change is measured from
            span_from = from_ and gap == ["to"] and (
                not _is_change(base) or base.lower_ in ("up", "down") and base.dep_ != "prt")
            if gap == ["or"] and unit_gap is None and _either_count(a, b):  # "four or five people"
                out.append((NumberExpr(a.start, a.end, lo, hi, digits=a.digits), b, -1))
                k += 2
                continue
            if len(gap) == 1 and ((between and gap[0] == "and") or (gap[0] in RANGE_JOIN and not from_) or span_from):
                if lo < hi:
                    a2 = NumberExpr(a.start, a.end, lo, hi, digits=a.digits)
                    out.append((a2, b, tokens[lead].i if between else -1))
                    k += 2
                    continue
                if gap[0] in ("-", "–") and (a.plain_int and b.plain_int or lo > hi):  # a score "3-1", "42%-32.7%"
                    k += 2
                    continue
        out.append((a, None, -1))
        k += 1
    return out


TALLY_NOUNS = {"vote", "tally", "ballot"}
RATIO_BASES = {2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000}


def _either_count(a: NumberExpr, b: NumberExpr) -> bool:
    """"four or five", "7 or 8": a rough count given as two neighbours, one range ("$1bn or $2bn"
    and "100 or 350" are alternatives)."""
    same_form = (not a.digits and not b.digits) or (a.plain_int and b.plain_int and b.value <= 100)
    return same_form and not a.vague and 0 < a.value < b.value <= max(a.value + 2, 2 * a.value) \
        and a.value == int(a.value) and b.value == int(b.value)


def _a_year(tokens, e: NumberExpr) -> bool:
    return e.plain_int and 1800 <= e.value <= 2100 and tokens[e.start].ent_type_ == "DATE"


def _is_change(tok) -> bool:
    """"rose from 3 to 5": a change between two levels; "ranged from 3 to 5" is a span."""
    lemma = tok.lemma_.lower()
    return lemma in counted.CHANGE_LEMMAS or (lemma in counted.LEVEL_VERBS and lemma not in counted.STATE_VERBS) or \
        lemma in ("cut", "raise", "lower", "reduce", "boost", "lift", "trim", "change", "shift") or \
        (lemma in ("go", "move") and any(c.dep_ == "prt" for c in tok.children))  # "went up from 3 to 5"


def _pair_kind(tokens, a: NumberExpr, b: NumberExpr, gap: list[str], framed: bool) -> str | None:
    """How two adjacent numbers relate: "score" (A to B, A > B), "ratio" (A out of/in B), "part" (A of the past B)."""
    if framed:  # 'between 5 and 10', 'from 3 to 5': a span; still 'up from 1 in 10' is a share
        return "ratio" if _ratio(tokens, a, b, gap) else None
    before = a.start - 1 - (a.start > 1 and tokens[a.start - 1].text in CURRENCY_SYMBOLS)
    changed = gap == ["to"] and before >= 0 and tokens[before].lemma_.lower() in counted.CHANGE_LEMMAS
    if changed and (tokens[before].pos_ == "VERB" or tokens[before].lower_ == "by" and _is_change(tokens[before].head)):
        return "separate"  # "rose (by) 20p to £4.50": a change and the new level, though the change is larger
    if gap == ["to"] and a.value < b.value and unit_after(tokens, a.end) and _contest(tokens, a):
        return "score"  # "lost the state 36 percent to 51 percent": her share, then the winner's
    if gap == ["to"] and _set_against(tokens, a, b):
        return "score"  # "Trump is at -30 points (30 percent to 60 percent)": two shares, not a span
    if gap == ["to"] and a.value > b.value and (b.value_max is None and a.value_max is None):
        if before > 0 and tokens[before].lower_ == "of" and tokens[before - 1].lemma_.lower() in TALLY_NOUNS:
            return "separate"  # "by a vote of 52 to 48": the ayes, then the noes
        return "score"  # "leads Trump by 43 percent to 38 percent"
    if changed and tokens[before].lower_ != "by":
        return "separate"  # "up 3 percent to 45 percent"; a 'by' that survived the test above is passive:
        # "vetted by 15 to 20 people" is a range
    if _ratio(tokens, a, b, gap):
        return "ratio"
    if len(gap) >= 2 and gap[0] == "of" and gap[-1] in ("past", "last", "previous", "next", "first"):
        return "part"
    return None


_PEOPLE = cues.PEOPLE_NOUNS | {"american", "adult"}


def _ratio(tokens, a: NumberExpr, b: NumberExpr, gap: list[str]) -> bool:
    """'four out of 10', 'one in five', 'nine of 10 voters', 'three of four Americans': a share."""
    if len(gap) > 1 and gap[0] == gap[-1] == "-":
        gap = gap[1:-1]  # 'Three-in-five insiders'
    return 0 < a.value < b.value and not a.vague and not b.vague and (
        gap in (["out", "of"], ["out", "of", "every"], ["in", "every"], ["of", "every"])
        or (gap == ["in"] and b.value in RATIO_BASES)
        or (gap == ["in"] and a.value == 1 and b.value == int(b.value) and b.value < 1000
            and not unit_after(tokens, b.end))  # "one in 45 children"
        or (gap == ["of"] and b.value in (10, 100, 1000) and _people_after(tokens, b))  # "nine of 10 voters"
        or (gap == ["of"] and b.value < 10 and _people_after(tokens, b, _PUBLICS)  # "three of four Americans"
            and not (a.value == 1 and a.start > 0 and tokens[a.start - 1].lemma_ == "be"))
    )  # (not 'was one of four Americans killed': one of a group counted, no share)


def _set_against(tokens, a: NumberExpr, b: NumberExpr) -> bool:
    """'-30 points (30 percent to 60 percent)': after a margin, a pair in parentheses, each with its
    own unit, is the two shares the margin is between, not a span."""
    unit_a, unit_b = unit_after(tokens, a.end), unit_after(tokens, b.end)
    if not (unit_a and unit_b and a.start > 1 and tokens[a.start - 1].text == "("
            and tokens[a.start - 2].lower_ in ("point", "points")):
        return False
    close = unit_b[1]
    return close < len(tokens) and tokens[close].text == ")"


# a whole public a small base shares out ('three of four Americans'; not 'three of her four children', a count)
_PUBLICS = frozenset({"american", "voter", "adult", "respondent", "resident", "citizen"})


def _people_after(tokens, b: NumberExpr, nouns=None) -> bool:
    """'nine of 10 Republicans': a share of a people (not 'seven of 10 contests', a count of them). With
    ``nouns``, the noun itself must be one of them ('three of four Americans', not 'three of nine
    Democratic primaries')."""
    if nouns:
        noun = next((t for t in tokens[b.end:] if t.pos_ != "ADJ"), None)
        return noun is not None and noun.pos_ in ("NOUN", "PROPN") and (
            noun.ent_type_ == "NORP" or noun.lemma_.lower() in nouns)
    nxt = tokens[b.end] if b.end < len(tokens) else None
    return nxt is not None and (nxt.ent_type_ == "NORP" or nxt.lemma_.lower() in _PEOPLE)


CONTEST_LEMMAS = frozenset({"lose", "win", "beat", "trail", "lead", "defeat", "edge", "best", "carry", "outpoll"})


def _contest(tokens, a: NumberExpr) -> bool:
    """Is the number a result in a contest ('lost the state 36 percent to 51 percent', 'leads Y 42% to
    46%')? The verb names what was contested before the numbers; 'could win 20% to 25% of the vote' is a range."""
    verb = next((t for t in tokens[a.start].ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in CONTEST_LEMMAS and \
        any(c.dep_ == "dobj" and c.i < tokens[a.start].i for c in verb.children)


def _scale_of(tokens, b: NumberExpr) -> float:
    """The scale word ending B ("1.5 to 2 million" -> A is 1.5 million)."""
    w = tokens[b.end - 1].lower_
    return SCALES.get(w, 1.0)


def _sentence_quantities(sent, timexes: list[Timex], text: str, first_index: int = 0,
                         speakers: dict[int, str] | None = None) -> list[Quantity]:
    """The numeric facts of one sentence, left to right; ``first_index`` is the article-wide index of the
    first (a conversion names the figure it restates by that index)."""
    tokens = sent
    exprs = find_numbers(tokens)
    found: list[Quantity] = []
    heads: list = []  # the syntactic head of each found quantity, for elliptical follow-ups
    if not exprs or hedges.headline_like(sent) or hedges.advert_like(sent) or hedges.is_ask(sent) \
            or hedges.teaser_like(sent):
        return found
    prev_end = -1  # token index after the previous number and its unit: "500 pounds (225 kilograms)"
    seen = 0  # figures found before the previous number
    conversions: list[Quantity] = []  # "(225 kilograms)": kept apart, so follow-ups refer to the figure itself
    place_ents = [e for e in sent.ents if e.label_ in cues.PLACE_ENTS]
    for a, b, between_i in _join_ranges(tokens, exprs):
        last = b or a
        num_first, num_end = a.start, last.end  # sentence-relative token indices
        ub = unit_before(tokens, a.start)
        ua = (last.glued_unit, num_end) if last.glued_unit else unit_after(tokens, num_end)
        if ua is None and b is not None:
            ua_a = unit_after(tokens, a.end)
            if ua_a is not None:
                ua = (ua_a[0], num_end)
        if ua is None and a.vague and b is None:
            ua = units.currency_of(tokens, num_end)  # "tens of millions of dollars"
        unit = ub[0] if ub else (ua[0] if ua else None)
        if unit is None and b is None:
            unit = _shared_unit(tokens, exprs, num_first, num_end)
        if between_i == -2:
            unit, ua = "percent", None  # a share: "four out of 10"
        first = ub[1] if ub else num_first
        end = ua[1] if ua and ua[1] > num_end else num_end
        paren = first - 1 - (first > 1 and tokens[first - 1].lower_ in _ROUGHLY)  # "(about $1m)"
        conversion = unit is not None and paren >= 0 and tokens[paren].text == "(" and prev_end == paren \
            and unit not in RELATIVE_UNITS  # "by 18 points (58 percent to 40 percent)" restates nothing
        prev_end = end
        previous_kept, seen = len(found) > seen, len(found)
        if conversion and not previous_kept:
            continue  # restates a number that is no figure
        restates = len(found) - 1 if conversion else None  # "(225 kilograms)" restates the figure before it
        person = _aged_person(tokens, a, last, first, end, unit)
        if person is None and numbers.not_a_fact(tokens, a, last, first, end, unit, timexes, ub is not None, text):
            continue
        if first > 1 and tokens[first - 1].lower_ == "to" and GLUED_SCORE.search(tokens[first - 2].text):
            continue  # "Cruz—35 to 12 percent": the other half of a score glued to a word
        num_span = (tokens[num_first].idx, tokens[num_end - 1].idx + len(tokens[num_end - 1]))
        if hedges.in_idiom(sent, *num_span) or hedges.in_name(tokens, first, end, unit) \
                or hedges.wholly_of(tokens, end, a.value, unit):
            continue
        age = numbers.age_end(tokens, end, unit)
        if age:
            unit, end = f"{unit} of age", age
        elif person is not None:
            unit = "year of age"  # "Maria Lopez, 34, said"
        elif numbers.descriptor(tokens, a, first, num_end, end, unit):
            continue
        value, value_max = a.value, a.value_max
        if unit in ("degree", "celsius", "fahrenheit") and [t.lower_ for t in tokens[end:end + 2]] == ["below", "zero"]:
            value, end = -value, end + 2  # "5 degrees below zero"
        qualifier = "range" if b is not None else ("approximately" if a.vague else "exact")
        if qualifier == "exact" and any(t.lower_ == "plus" for t in tokens[a.start : a.end]):
            qualifier = "at_least"  # "$20-plus trillion"
        q_start = first
        if first > 2 and [t.lower_ for t in tokens[first - 3 : first]] == ["plus", "or", "minus"]:
            first = q_start = first - 3  # "plus or minus 3 points": a margin, stated as its size
        elif first > 0 and tokens[first - 1].text in PLUS_MINUS_SIGNS:
            first = q_start = first - 1  # "±3 points", "+/-3 points"
        elif first > 0 and tokens[first - 1].lower_ == "minus":
            value, first = -value, first - 1  # "minus 5 degrees"
            q_start = first
        if between_i >= 0:
            q_start = between_i - sent.start
        else:
            qb = qualifier_before(tokens, first)
            if qb is not None and qb[0] == "more_than" and tokens[qb[1]].lower_ == "over" and unit in units.TIME_UNITS \
                    and (qb[1] == 0 or tokens[qb[1] - 1].lower_ not in ("for", "of", "in", "than", "lasting", "after")):
                qb = None  # "800 jobs over three years": a span of time, not a bound ("for over 30 years" is)
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
        elif qualifier == "exact" and end + 1 < len(tokens) and tokens[end].lower_ in ("a", "an", "per"):
            qa = qualifier_after(tokens, end + 2)  # "$15 an hour or less"
            qualifier = qa[0] if qa is not None else qualifier
        glued_plus = end == num_end + 1 and tokens[num_end].text == "+"  # "10,000+ fans": the sign counts the noun
        span_toks = [tokens[i] for i in range(num_first, max(num_end, end if unit or glued_plus else num_end))]
        base = tokens[num_end - 1]  # "Nine in 10 Britons": the base counts the noun after it
        base_noun = between_i == -2 and base.dep_ == "nummod" and base.head.i == base.i + 1 \
            and base.head.tag_ in ("NNS", "NNPS")  # (not 'One in five say', a verb the tagger made a noun)
        elided_share = between_i == -2 and counted.counted_noun(span_toks, unit) is None and not base_noun
        if elided_share and not (found and found[-1].unit == "percent"):
            continue  # "winning 7 in 10": a share of what is not said (but '1 in 4 ..., up from 1 in 10' is)
        if qualifier == "exact":
            qualifier = qualifier_of_verb(counted.head_of(span_toks)) or qualifier
        hedged = hedges.not_asserted(counted.head_of(span_toks), qualifier, measure=unit is not None)
        if ub:
            span_toks = [tokens[ub[1]]] + span_toks
        if _an_age(unit):
            span_toks = [tokens[i] for i in range(num_first, end)]
        unit = units.with_rate(tokens, end, unit)
        if restates is not None:  # the same figure in another unit: it says what the figure before it says
            start_c, end_c = _char_span(tokens, q_start, end, sent)
            conversions.append(replace(
                found[restates], start=start_c, end=end_c, text=text[start_c:end_c], value=_tidy(value),
                value_max=_tidy(value_max) if value_max is not None else None,
                qualifier=qualifier, unit=unit, conversion_of=restates))
            continue
        what, what_span = (None, None) if elided_share else counted.describe([base] if base_noun else span_toks, unit)
        if person is not None:
            what, what_span = person.text, (person.start_char, person.end_char)
        elif not what and _an_age(unit):
            what, what_span = _aged_name(span_toks)  # "the 44-year-old Kopp"
        elif what and _an_age(unit):
            named = counted.bare_name(span_toks, unit) or counted.apposed_name(span_toks, unit)
            if named is None and counted.head_of(span_toks).dep_ == "pobj":
                continue  # "the well-being of this 6-year-old", "in front of a 6-year-old": someone unnamed
            what, what_span = named or (what, what_span)
            if _only_a_verb(sent, what_span):
                continue  # "the American-born 29-year-old tackles ...": whose age, the sentence does not name
        head = counted.head_of(span_toks)
        if not what and head.dep_ == "quantmod" and head.head.like_num and head.head.i >= sent.start + end:
            what, what_span = counted.describe([head.head], unit)  # "fell by 8,000 to 54,000": the level's thing,
            verb = counted.governing_verb(head.head)  # and the change is told apart by its verb: "approvals fell"
            if what and verb is not None and verb.lemma_.lower() in counted.CHANGE_LEMMAS and verb.text not in what:
                what = f"{what} {verb.text}"
        if not what and first > 0 and tokens[first - 1].lower_ == "from" and end < len(tokens) and tokens[end].lower_ == "to":
            what, what_span = _level_what(tokens, exprs, end, unit)  # "rose from 2% to 3%": the start level
        own_scope, own_place = False, None  # a conjunct figure's own: "... and 12 in Hull", "... and 11,000 worldwide"
        if found and (_tally(tokens, first, heads[-1]) or _earlier_level(span_toks, heads[-1])) \
                and counted.counted_noun(span_toks, unit) is None:
            what, what_span = found[-1].what, found[-1].what_span  # "passed by 68 votes to 31"
        if not what and found:
            what, what_span = _elided_noun(span_toks, heads[-1])
        if what and found and found[-1].what and unit == found[-1].unit and counted.counted_noun(span_toks, unit) is None \
                and counted.named_holder(counted.head_of(span_toks), unit) is None \
                and counted.own_clause(counted.head_of(span_toks), {t.i for t in span_toks}) is None \
                and (_is_comparison(span_toks) and _same_clause(span_toks, heads[-1]) or " " not in what and (
                    _conjunct_of(span_toks, found[-1], heads[-1]) or _gapped(span_toks, heads[-1]))):
            what = None  # "$1.3 trillion in debt, up from $826.5 billion": the debt again, not "borrowers have";
            # "won 83% of voters in Ohio, 74% in Iowa": the voters again, not "won"
        if not what and found and not (unit in units.TIME_UNITS and unit != found[-1].unit) and (
                _is_comparison(span_toks) or _conjunct_of(span_toks, found[-1], heads[-1])
                or _parallel_object(span_toks, heads[-1]) or _gapped(span_toks, heads[-1])):
            # (a length of time is no count of what came before: 'a debate with fewer than four candidates, and
            # he never spoke longer than 30 minutes' measures no candidates; '$1.9 million, or 29 cents a share'
            # and 'rose 2 cents (3%)' restate one figure)
            what, what_span = found[-1].what, found[-1].what_span  # "4,824, up from 3,133"; "$1bn or $2bn"
            unit = unit or found[-1].unit
            before = re.split(r",| and ", found[-1].where)[0] if found[-1].where else None  # its first place
            own_scope, own_place = _own_scope(span_toks)
            if before and what and f" in {before}" in what and (
                    own_scope or find_where(span_toks, set(), sent, place_ents) not in (None, found[-1].where)):
                what = what.replace(f" in {before}", "")  # "34 people killed in Florida, 5 in Georgia"
            what = _own_modifier(span_toks, what, heads[-1])
        if not what and found and unit is None and found[-1].unit is None:
            what, what_span = _same_noun_again(span_toks, heads[-1])
        if (_MARGIN.search(text[max(sent.start_char, tokens[q_start].idx - 60) : tokens[q_start].idx])
                or _MARGIN_AFTER.match(text, tokens[end - 1].idx + len(tokens[end - 1]))) \
                and counted.counted_noun(span_toks, unit) is None:  # not "the margin of error for all three polls"
            what = "margin of error"  # "a margin of error of plus or minus 3 points"
        if between_i == SCORE_HALF:
            what, what_span = None, None  # "leads 48% to 41%": the first is likely the leader's, but not surely
        if not what and (unit is None or elided_share):
            continue  # a bare count of nothing the sentence names
        heads.append(counted.head_of(span_toks))
        start_c, end_c = _char_span(tokens, q_start, end, sent)
        exclude = {t.i for t in span_toks}
        found.append(Quantity(
            start=start_c, end=end_c, text=text[start_c:end_c], value=_tidy(value),
            qualifier=qualifier, value_max=_tidy(value_max) if value_max is not None else None,
            unit=unit, what=what, what_span=what_span,
            according_to=find_source(span_toks, sent, speakers),
            where=own_place if own_scope else find_where(span_toks, exclude, sent, place_ents),
            when=None if _now_before(tokens, q_start) or _an_age(unit) else find_when(span_toks, timexes, sent),
            sentence=(sent.start_char, sent.end_char),
            hedged=hedged,
        ))
    return _with_conversions(found, conversions, first_index)


def _tidy(value: float) -> float:
    """Without the float error of scaling: '$2.05 billion' is 2050000000, not 2049999999.9999998."""
    return float(f"{value:.15g}")


def _char_span(tokens, q_start: int, end: int, sent) -> tuple[int, int]:
    """Character offsets of the figure's tokens ``q_start`` to ``end`` (sentence-relative)."""
    start_tok, end_tok = tokens[q_start], tokens[end - 1]
    start_c, end_c = start_tok.idx, end_tok.idx + len(end_tok)
    if end_tok.text.endswith(".") and end_tok.text[-2:-1].isalnum() and end_tok.i + 1 == sent.end:
        end_c -= 1  # "£3m." at the end of a sentence: the full stop is not part of the figure
    return start_c, end_c


def _with_conversions(found: list[Quantity], conversions: list[Quantity], first_index: int) -> list[Quantity]:
    """Each conversion right after the figure it restates, its ``conversion_of`` that figure's
    article-wide index (``first_index`` + its place in the result)."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        out.append(q)
        restated = first_index + len(out) - 1
        out.extend(replace(c, conversion_of=restated) for c in conversions if c.conversion_of == i)
    return out


_ROUGHLY = {k[0] for k, v in QUALIFIERS_BEFORE.items() if len(k) == 1 and v == "approximately"}  # "(about $1m)"
_MARGIN_WORDS = r"margin of (?:sampling )?error\b"
_MARGIN = re.compile(_MARGIN_WORDS + r"[^.;]*$", re.I)
# 'a two percent plus or minus margin of error': the margin named after its figure
_SIGNS = "|".join(["plus or minus", *(re.escape(sign) for sign in PLUS_MINUS_SIGNS)])
_MARGIN_AFTER = re.compile(rf"\s*(?:\(?\s*(?:{_SIGNS})\s*\)?\s*)?{_MARGIN_WORDS}", re.I)


def _aged_person(tokens, a: NumberExpr, last: NumberExpr, first: int, end: int, unit):
    """"Maria Lopez, 34, said", "the victim, aged 34,": the person whose age the bare number gives."""
    if unit is not None or last is not a or not a.plain_int or not 1 <= a.value <= 120 or first < 2:
        return None
    aged = tokens[first - 1]
    if aged.lower_ == "aged" and aged.head.pos_ in ("NOUN", "PROPN") and aged.head.i < aged.i:
        holder = aged.head  # "The victim, aged 34, was taken to hospital"
        person = entity_of(holder, ("PERSON",))
        return person if person is not None else holder.doc[holder.left_edge.i + (holder.left_edge.pos_ == "DET"):holder.i + 1]
    if tokens[first - 1].text != "," or end >= len(tokens) or tokens[end].text != ",":
        return None
    name = tokens[first - 2]
    ents = [e for e in name.doc.ents if e.label_ == "PERSON" and e.end == name.i + 1]
    if ents:
        return ents[0]
    if name.tag_ == "NNP" and name.ent_type_ in ("NORP", "") and name.text[:1].isupper():
        left = name.i  # "Slepian, 52, was shot": a surname the recogniser did not call a person
        while left > tokens[0].i and name.doc[left - 1].tag_ == "NNP" and name.doc[left - 1].ent_type_ in ("NORP", ""):
            left -= 1
        return name.doc[left:name.i + 1]
    # "The boxer, 31, has won": a singular noun for a person, with its determiner
    if name.tag_ == "NN" and not name.ent_type_ and name.lemma_.lower() in counted.PERSONISH and \
            any(c.dep_ in ("det", "poss") for c in name.children):
        left = name.left_edge.i + (name.left_edge.pos_ == "DET")
        return name.doc[left:name.i + 1]
    return None


def _only_a_verb(sent, span: tuple[int, int] | None) -> bool:
    """The 'what' found is one verb, no noun: nothing a reader could tell the figure's holder by. (A lone noun
    that is the sentence's root is a verb the tagger misread: 'the 29-year-old tackles the debate'.)"""
    words = [t for t in sent if span is not None and span[0] <= t.idx < span[1]]
    return len(words) == 1 and (words[0].pos_ in ("VERB", "AUX") or words[0].dep_ == "ROOT")


def _an_age(unit: str | None) -> bool:
    """"year of age", "month of age": the figure is someone's age (no date, its own "what")."""
    return unit is not None and unit.endswith(" of age")


def _aged_name(span_toks):
    """The person a "44-year-old" stands before ("The 44-year-old Kopp was arrested"), else (None, None)."""
    noun = counted.head_of(span_toks).head
    person = entity_of(noun, ("PERSON",))
    if noun.i <= span_toks[-1].i or person is None:
        return None, None
    return person.text, (person.start_char, person.end_char)


COMPARE_HEADS = {"up", "down", "compared", "comparison", "against", "versus", "vs", "vs.", "than", "from"}


def _now_before(tokens, start: int) -> bool:
    """"the wage, now $7.25, to be raised by 2020": the figure is today's, not the sentence's date.
    (An age is the person's at publication too, whatever the clause around it dates.)"""
    return start > 0 and tokens[start - 1].lower_ in ("now", "currently")


def _level_what(tokens, exprs: list[NumberExpr], end: int, unit: str | None):
    """What the figure after "to" measures, for the figure before it ("from 2% to 3%")."""
    nxt = next((e for e in exprs if e.start > end), None)
    if nxt is None or nxt.start > end + 2:
        return None, None
    after = unit_after(tokens, nxt.end)
    stop = after[1] if after else nxt.end
    return counted.describe([tokens[i] for i in range(nxt.start, stop)], unit)


def _shared_unit(tokens, exprs: list[NumberExpr], num_first: int, num_end: int) -> str | None:
    """'trailed by 5 and 10 percentage points': a bare number joined by 'and'/'or' to the next one
    shares that one's unit."""
    if num_end + 1 >= len(tokens) or tokens[num_end].lower_ not in ("and", "or"):
        return None
    nxt = next((e for e in exprs if e.start == num_end + 1), None)
    if nxt is None or num_first > 0 and tokens[num_first - 1].pos_ == "PROPN":
        return None  # ('the S&P 500 and 5.8% for ...': a name's number)
    after = unit_after(tokens, nxt.end)
    # (not a time: 'happened 20 and 50 years ago' dates, and the date is read elsewhere)
    return after[0] if after and after[0] not in units.TIME_UNITS else None


def _parallel_object(span_toks, prev_head) -> bool:
    """"Cruz has 370 delegates, Rubio has 163": the same verb again with a bare number as object."""
    head = counted.head_of(span_toks)
    if head.dep_ not in ("dobj", "attr") or prev_head.dep_ not in ("dobj", "attr", "nummod"):
        return False
    prev_verb = counted.governing_verb(prev_head)
    return prev_verb is not None and head.head.lemma_ == prev_verb.lemma_ and head.head.i != prev_verb.i


def _conjunct_of(span_toks, prev: Quantity, prev_head) -> bool:
    """The number is a conjunct of the previous quantity ("save $100 billion or $350 billion"),
    or of the noun it counts ("34 people in Florida, 5 in Georgia")."""
    head = counted.head_of(span_toks)
    if head.dep_ not in ("conj", "appos") or _subject_set_off(head):
        return False
    return prev.start <= head.head.idx < prev.end or (  # "2 hours, 4 minutes and 11 s"
        head.like_num and prev_head.dep_ == "nummod" and head.head.i == prev_head.head.i) or (
        # "net income of C$6.5 million, or eight Canadian cents a share": hung on the noun the amount is of
        prev_head.dep_ == "pobj" and prev_head.head.head.i == head.head.i and head.i > prev_head.i)


def _subject_set_off(head) -> bool:
    """'spent $215 million, just $9.2 million, or about 4 percent, was dedicated to ...': a figure the
    parser hung beside the one before is the subject of the verb after it, which has none of its own."""
    first = head if head.dep_ == "appos" else head.head if head.head.dep_ == "appos" else None
    if first is None or first.head.i == first.i:
        return False
    doc, after = head.doc, first.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or first.head.i > first.i:
        return False
    verb = next((t for t in doc[after + 1 : after + 4]
                 if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    return verb is not None and verb.dep_ == "conj" and not counted.has_own_subject(verb) \
        and all(t.pos_ in ("AUX", "ADV", "PART") for t in doc[after + 1 : verb.i])


def _gapped(span_toks, prev_head) -> bool:
    """"Prices rose 5% in France and 3% in Spain": the parser hangs the second figure on the
    verb as a conjunct, the verb itself left out; it measures what the first one does."""
    head = counted.head_of(span_toks)  # "won 83% of voters in Ohio, 74% in Iowa": 74% hangs on the verb too
    if head.dep_ not in ("conj", "npadvmod") or head.head.pos_ not in ("VERB", "AUX") or head.i < prev_head.i:
        return False
    verb = counted.governing_verb(prev_head)
    counted_by = prev_head.head if prev_head.dep_ == "nummod" else prev_head  # "arrested 48 people in London and 12 in ..."
    if counted_by.dep_ == "compound":
        counted_by = counted_by.head  # "receiving 19 percent support in Idaho, 17 percent in Kansas"
    return verb is not None and verb.i == head.head.i and counted_by.dep_ in ("npadvmod", "dobj", "pobj", "attr")


# a conjunct figure with one of these has its own scope: "2,000 people in Ireland and 11,000 worldwide"
SCOPE_WORDS = {"worldwide", "globally", "nationwide", "overall", "abroad", "elsewhere", "internationally",
               "altogether", "total"}


def _own_scope(span_toks) -> tuple[bool, str | None]:
    """(has its own scope, its place) for a conjunct figure: "and 12 in Hull" (a name the NER may
    not tag as a place) -> (True, "Hull"); "and 11,000 worldwide" -> (True, None); (False, None)
    when it shares the first figure's place."""
    head = counted.head_of(span_toks)
    if any(c.lower_ in SCOPE_WORDS for c in head.children):
        return True, None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if names:
                return True, counted._join(names[0].doc[names[0].left_edge.i:names[0].i + 1])
    return False, None


def _own_modifier(span_toks, what: str | None, prev_head) -> str | None:
    """"24 million viewers for the GOP debate, compared with 8 million for Saturday's encounter": a figure
    that borrows the noun before it but has its own 'for'/'among' phrase keeps its own phrase; with a
    clause of its own ('three permanent agents on site, and two that had traveled with him') it takes
    the noun alone, and its clause."""
    head = counted.head_of(span_toks)
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None) if head.like_num else None
    if what and clause is not None and prev_head.dep_ == "nummod":
        noun = prev_head.head
        words = [c.text for c in noun.lefts if c.dep_ == "compound"] + [noun.text]
        return " ".join(words + [head.doc[clause.left_edge.i : clause.right_edge.i + 1].text])
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "among") and c.i > head.i), None)
    if not what or prep is None or f" {prep.lower_} " not in what:
        return what
    own = head.doc[prep.i : prep.right_edge.i + 1].text
    return f"{what.split(f' {prep.lower_} ')[0]} {own}"


def _tally(tokens, first: int, prev_head) -> bool:
    """"passed by 68 votes to 31", "won 5 seats to 3": the second figure counts the first one's noun."""
    if first < 2 or tokens[first - 1].lower_ != "to":
        return False
    if prev_head.dep_ == "pobj" and prev_head.head.lower_ == "of" and tokens[first - 2].i == prev_head.i:
        return prev_head.head.head.lemma_.lower() in TALLY_NOUNS  # "by a vote of 52 to 48"
    return prev_head.dep_ == "nummod" and tokens[first - 2].i == prev_head.head.i and tokens[first - 2].tag_ == "NNS"


def _earlier_level(span_toks, prev_head) -> bool:
    """"raised rates to 5.25% from 5%": the level before measures what the level after does."""
    head = counted.head_of(span_toks)
    return head.dep_ == "pobj" and head.head.lower_ == "from" and prev_head.dep_ == "pobj" \
        and prev_head.head.lower_ == "to" and prev_head.head.head.i == head.head.head.i


def _elided_noun(span_toks, prev_head):
    """"1,450 homes were destroyed and another 3,000 damaged": the second figure counts the first
    one's noun, told apart by its own participle."""
    head = counted.head_of(span_toks)
    if head.dep_ != "conj" or not head.like_num or prev_head.dep_ != "nummod":
        return None, None
    noun, verb = prev_head.head, counted.governing_verb(prev_head)
    if head.head.i != noun.i and (verb is None or head.head.i != verb.i):
        return None, None
    part = next((c for c in head.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"), None)
    if part is None:
        return None, None
    return f"{noun.text} {part.text}", (part.idx, part.idx + len(part))


def _same_noun_again(span_toks, prev_head):
    """"With 107 delegates at stake, she will win at least 56": a bare number that is a verb's
    object counts the plural noun an earlier figure in the sentence counted."""
    head = counted.head_of(span_toks)
    if head.dep_ != "dobj" or not head.like_num or any(c.dep_ == "prep" for c in head.children) \
            or prev_head.dep_ != "nummod" or prev_head.head.tag_ != "NNS" or prev_head.i > head.i:
        return None, None
    noun = prev_head.head
    return noun.text, (noun.idx, noun.idx + len(noun))


def _same_clause(span_toks, prev_head) -> bool:
    """The figure and the one before it hang on one verb ('has $1.3 trillion, up from $826.5 billion'),
    or on a bare participle of it ('supported by 13%, ranging from a low of 4%'), not on verbs with
    subjects or objects of their own ('Sanders is up from 37% and Clinton is down from 49%', 'added
    $227m to reserves, increasing general reserves to $300m')."""
    verb, prev_verb = counted.governing_verb(counted.head_of(span_toks)), counted.governing_verb(prev_head)
    if verb is None or prev_verb is None:
        return False
    return verb.i == prev_verb.i or verb.head.i == prev_verb.i and verb.dep_ in ("advcl", "xcomp") \
        and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _is_comparison(span_toks) -> bool:
    """"up from 3,133", "compared with 12", "from 5% to 7%", "ranging from a low of 4% to a high of 25%":
    same thing as the number before."""
    head = counted.head_of(span_toks)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj" \
            and head.head.head.lemma_.lower() in counted.LEVEL_NOUNS | counted.FRAME_NOUNS:
        head = head.head.head  # "a low of 4%" stands where the figure would
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in ("from", "with", "to", "than") and (
        prep.head.lower_ in COMPARE_HEADS or prep.lower_ == "than" or prep.head.lemma_ in counted.LEVEL_VERBS | {"range"}
    )


# ---- where, when and according to whom -----------------------------------------------

WHERE_PREPS = {"in", "at", "across", "inside", "throughout", "near", "around", "outside", "on", "through", "along"}
# who can be the source of a figure: role and organisation nouns, and these
SOURCE_NOUNS = cues.ROLE_NOUNS | cues.ORG_NOUNS | {
    "authority", "spokesperson", "organisation", "organization", "prosecutor", "monitor", "observatory", "watchdog",
    "regulator", "guard", "source", "uno", "command", "charity", "coroner", "examiner", "investigator", "auditor", "pathologist",
}
DOC_NOUNS = {"report", "study", "survey", "poll", "data", "figure", "analysis", "statement", "estimate",
             "count", "tally", "census", "statistic", "research", "review", "assessment", "document", "sheet", "memo",
             "filing"}

# "according to plan", "according to his body mass index": a measure or a rule followed, not who reports
NOT_SOURCES = {"plan", "schedule", "law", "rule", "index", "policy", "agreement", "preference", "standard",
               "guideline", "tradition", "custom", "script", "design", "formula", "measure", "definition"}


_SENTENCE_ADVERBS = frozenset("earlier later meanwhile also separately now then today yesterday however".split())


def _source_phrase(tok, exclude: set[int]) -> str | None:
    """The source named by ``tok``: "a report by the Kyiv Independent" -> "the Kyiv Independent"."""
    named = any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") for c in tok.lefts)
    if tok.lemma_.lower() in DOC_NOUNS and not named:  # 'a Pew report released by the White House' is Pew's
        for t in tok.subtree:
            if t.lower_ in ("by", "from") and t.dep_ in ("prep", "agent"):
                pobj = [c for c in t.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
                if pobj and pobj[0].lemma_.lower() not in DOC_NOUNS and (t.lower_ == "by" or _can_source(pobj[0])):
                    return _source_phrase(pobj[0], exclude)
    clauses = {t.i for c in tok.rights if c.dep_ in ("relcl", "acl") and not _contact_clause(tok, c)
               for t in c.subtree}  # "a poll that shows ..."
    seat = {t.i for c in tok.lefts if cues.seat_word(c) for t in c.subtree}  # 'New York-based Orbis Inc.'
    toks = [t for t in counted._clause_subtree(tok, exclude | clauses | seat) if t.i >= tok.left_edge.i]
    if toks and toks[0].pos_ == "PROPN":  # the parser cut a name in two ('the Orrin | Key coast guard')
        doc, start = toks[0].doc, toks[0].i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in exclude | seat \
                and doc[start - 1].whitespace_:
            start -= 1
        toks = [doc[i] for i in range(start, toks[0].i)] + toks
    while len(toks) > 1 and toks[0].lower_ in _SENTENCE_ADVERBS:
        toks = toks[1:]  # 'Earlier Halvard Corp. announced': the recogniser took the adverb into the name
    if len(toks) > 8:
        doc, kept = tok.doc, {t.i for t in toks}
        cut = max(toks[7].i, tok.i)  # never before the head: 'the USC Dornsife/Los Angeles Times ... poll'
        while cut + 1 in kept and doc[cut + 1].pos_ == "PROPN" and doc[cut].pos_ == "PROPN":
            cut += 1  # nor inside a name: 'the CARA Family Detention Pro Bono Project'
        ent_end = doc[cut].ent_iob_ in ("B", "I") and max(
            (e.end for e in doc.ents if e.start <= cut < e.end), default=cut + 1)
        toks = [t for t in toks if t.i < max(cut + 1, ent_end or 0)]
        while toks and (toks[-1].is_punct or toks[-1].pos_ in ("CCONJ", "ADP", "DET", "PART")):
            toks.pop()  # cut mid-phrase: "a poll for NBC News and" -> "a poll for NBC News"
    return counted._join(toks) or None


def _contact_clause(tok, clause) -> bool:
    """'a fact sheet lawmakers released Monday': the parser made the writers the head of the document's
    name, and the clause with no "that" is what says they wrote it, so it stays in the phrase."""
    return clause.i == tok.i + 1 and clause.tag_ in ("VBD", "VBN") and tok.tag_ in ("NNS", "NNPS", "NNP") \
        and any(c.dep_ == "compound" and c.lemma_.lower() in DOC_NOUNS for c in tok.lefts)


def _can_source(tok) -> bool:
    """'a report from Reuters', not 'exit polls from the New Hampshire primary' (an occasion): what a
    document comes from is its source only when it is a name or a body that can report."""
    return tok.ent_type_ in ("ORG", "PERSON", "NORP") or tok.lemma_.lower() in SOURCE_NOUNS \
        or tok.pos_ == "PROPN" and tok.ent_type_ not in ("EVENT", "DATE", "GPE", "LOC", "FAC")


def find_source(span_toks: list, sent=None, speakers: dict[int, str] | None = None) -> str | None:
    """The stated source: "according to X", or the subject of a reporting verb above the number
    (a pronoun subject as the speaker ``speakers`` resolved it to)."""
    sent = sent if sent is not None else span_toks[0].sent
    speakers = speakers or {}
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() not in NOT_SOURCES and not _across_quote_mark(t, span_toks[0]):
                source = _source_phrase(pobj[0], set())
                if source and any(x.text in source.split() for x in span_toks if x.like_num):
                    return None  # 'according to three television networks': how many sources, from none of them
                return source
    ids = {t.i for t in span_toks}
    cur = counted.head_of(span_toks)
    via_clause = False
    for _ in range(12):
        if cur.pos_ == "VERB" and counted.reports(cur) and (via_clause or cur.lemma_ in counted.MEASURE_REPORT) \
                and (cur.lemma_ != "put" or any(t.lower_ == "at" and t.i > cur.i for t in cur.subtree)):  # 'put the toll at 40', not 'put two aides in charge'
            found = _who_reports(cur, ids, speakers)
            if (found is not None or not any(c.dep_ == "auxpass" for c in cur.children)) and not _respondents(cur, ids):
                # a passive ('6 million were recorded') leaves the source to the verb above; so do a poll's
                # respondents ('Pew found that twice as many Democrats said ...')
                return found
        if cur.head.i == cur.i:
            # "3,000 people marched on Sunday, police said, while ...": the report hangs on the main verb
            aside = [c for c in cur.children if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.i > max(ids)
                     and counted.reports(c)]
            return _who_reports(aside[0], ids, speakers) if aside else None
        if _background_clause(cur) and not _in_quotation(cur):
            return None  # 'Polls show a close contest in the state, where 18 electoral votes are up': the writer's
        via_clause = via_clause or cur.dep_ in ("ccomp", "parataxis")
        cur = cur.head
    return None


def _double_mark(tok) -> bool:
    return tok.tag_ in ("``", "''") or tok.text in DOUBLE_MARKS


def _in_quotation(tok) -> bool:
    """``tok`` stands inside quotation marks opened earlier in its sentence (the speaker's own words)."""
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if _double_mark(t)) % 2 == 1


def _background_clause(tok) -> bool:
    """A relative clause opened by 'where' or 'when' after a comma: background the writer adds to a place or a
    time, not part of what a report above it says."""
    return tok.dep_ == "relcl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," \
        and any(c.lower_ in ("where", "when") and c.i < tok.i for c in tok.children)


def _across_quote_mark(according, number) -> bool:
    """'"It's according to age groups," said Mattie Thomas, 66': an 'according to' inside a quotation the
    number is not in sources nothing outside it (a reporter's 'is paying "dozens" of canvassers ...,
    according to X' still does)."""
    doc, sent_start = according.doc, according.sent.start
    marks = [t.i for t in doc[sent_start : max(according.i, number.i)] if _double_mark(t)]
    inside = _in_quotation(according)
    lo, hi = sorted((according.i, number.i))
    return inside and any(lo < i < hi for i in marks)


_SHARE_WORDS = {"majority", "minority", "most", "percent", "%", "twice", "half", "share", "proportion"}
_SHARE_HEADS = _SHARE_WORDS | {"third", "quarter", "fifth"}  # 'a third of them said ...'


def _respondents(verb, ids: set[int]) -> bool:
    """The verb's subject is a share of people ('twice as many Democrats', '60 percent of voters',
    'a third of them'): a survey's answer, reported by whoever ran the survey."""
    subj = counted._subject(verb, ids)
    if subj is None:
        return False
    if subj.lower_ in _SHARE_HEADS:
        return True
    return any(t.lower_ in _SHARE_WORDS for c in subj.lefts for t in c.subtree if t.i not in ids)


def _who_reports(verb, ids: set[int], speakers: dict[int, str]) -> str | None:
    """The source a reporting verb names: its subject, or the person its pronoun subject was resolved to."""
    return _reporter(verb, ids) or _resolved_pronoun(verb, ids, speakers)


def _resolved_pronoun(verb, ids: set[int], speakers: dict[int, str]) -> str | None:
    """'He said the government has received 9,500 applications': the person the quote finder
    resolved 'he' to, when the verb's subject is a personal pronoun."""
    subj = counted._subject(verb, ids)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in cues.PERSON_PRONOUNS | {"they"}:
        return None
    return speakers.get(verb.idx)


def _reporter(verb, ids: set[int]) -> str | None:
    """The subject of a reporting verb when it can be a source (a name, an organisation, a role)."""
    subj = counted._subject(verb, ids)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        subj = counted._subject(verb.head, ids)  # "its minister said, adding that 3,000 visas had been refused"
    if subj is not None and subj.ent_type_ in cues.PLACE_ENTS and verb.lemma_ in ("record", "register", "see", "log"):
        return None  # "Sydney recorded 112mm of rain": where it fell, not who counted
    if subj is not None and (subj.lower_ not in counted.PRONOUNS or subj.pos_ == "PROPN") \
            and not any(t.i in ids for t in subj.subtree):  # 'the WHO said' is no pronoun
        if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or \
                subj.lemma_.lower() in SOURCE_NOUNS | DOC_NOUNS:
            named = next((c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                          and c.left_edge.i == subj.i + 2 and subj.doc[subj.i + 1].text == ","), None)
            seated = next((c for c in subj.rights if c.dep_ == "appos" and subj.ent_type_ in cues.PLACE_ENTS
                           and any(cues.seat_word(m) for m in c.lefts)), None)
            if seated is not None:  # "Kalamazoo, Mich.-based First of America said": the place is its seat
                return _source_phrase(seated, ids)
            if named is not None and subj.ent_type_ != "PERSON":  # "said Rubio's deputy campaign manager, Rich Beeson"
                ent = entity_of(named, ("PERSON",))
                return ent.text if ent is not None else named.text
            return _source_phrase(subj, ids)
    return None


def find_where(span_toks: list, exclude: set[int], sent=None, ents=None) -> str | None:
    """A place the number's clause is located in ("in Moscow"), as the place name."""
    head = counted.head_of(span_toks)
    verb = counted.governing_verb(head) or head
    scope = {t.i for t in verb.subtree}
    ids = {t.i for t in span_toks}
    # the place must hang on the number, its noun or its verb, not on some other phrase
    anchors = {t.i for t in span_toks} | {verb.i, head.head.i}
    anchors |= {c.i for c in head.head.children if c.dep_ in ("acl", "relcl")}
    best = None
    sent = sent if sent is not None else span_toks[0].sent
    ents_all = ents if ents is not None else list(sent.ents)
    for ent in ents_all:
        if ent.label_ not in cues.PLACE_ENTS or ent.start not in scope or ent.start in exclude or _street_name(ent):
            continue
        if len(ent) == 1 and ent.text in _NAME_TAILS:
            continue  # "the ten swing States": the end of a name ('United States') standing for none
        if _surname_in_doc(ent):
            continue  # 'interest in Kopp as a suspect in three attacks' (read as a place): the article's James Kopp
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        ok = (prep is not None and prep.lower_ in WHERE_PREPS and _governed(prep.head, anchors)) or (
            root.dep_ in ("compound", "poss") and root.head.i in anchors)
        if not ok:
            continue
        if prep is not None and prep.head.ent_type_ == "PERSON" and prep.head.dep_ in ("appos", "conj") \
                and prep.head.i not in anchors:
            continue  # "two lawmakers: Kevin Brady in Texas and ...": where a listed person is from
        if prep is not None and prep.lower_ == "on" and ent.end < len(root.doc) and root.doc[ent.end].ent_type_ == "DATE":
            continue  # "on Super Tuesday": the first word of a day's name, not a place
        own = prep is not None and prep.head.i in {t.i for t in span_toks}  # "5 in Georgia" hangs on the figure
        if prep is not None and not own and (prep.head.like_num or _counted_elsewhere(prep.head, ids)):
            continue  # "265 women on the mainland and 189 in Puerto Rico": the other figure's place
        # a place in a preposition before one that only modifies a noun ('two U.S. embassies in Kenya': Kenya)
        dist = (not own, prep is None, abs(ent.start - head.i))
        if best is None or dist < best[0]:
            places = [_place_name(ent)] + [_place_name(e) for e in ents_all if e.root.head.i == root.i
                                           and e.root.dep_ == "conj" and e.label_ in cues.PLACE_ENTS]
            best = (dist, " and ".join(places))  # "across Spain and Portugal"
    return best[1] if best else None


def _surname_in_doc(ent) -> bool:
    """A one-word place that is the last word of a person the article names."""
    return len(ent) == 1 and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)


def _place_name(ent) -> str:
    """The place's name without a possessive the recogniser took in ("Saudi Arabia's" -> "Saudi Arabia")."""
    return re.sub(r"['’]s$", "", ent.text)


def _counted_elsewhere(tok, ids: set[int]) -> bool:
    """'swapped 10 agents arrested in the United States for four Russians': the place hangs on the participle
    of a noun that another figure counts."""
    if tok.dep_ != "acl":
        return False  # ('leads 43 percent to 41 percent in Pennsylvania': a place on the pair's second figure is both's)
    noun = tok.head
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" and c.i not in ids for c in noun.children)


_NAME_TAILS = {"States", "Nations", "Kingdom", "Emirates", "Republic", "Islands"}
_STREET_WORDS = {"street", "streets", "avenue", "avenues", "road", "roads", "boulevard", "square", "lane", "drive",
                 "st", "st.", "ave", "ave."}


def _street_name(ent) -> bool:
    """'at Washington and Broad Streets', 'on Washington Street': a street named after a place."""
    doc, root = ent.doc, ent.root
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.lower_ in _STREET_WORDS or any(
        c.dep_ == "conj" and c.lower_ in _STREET_WORDS for c in root.children)


_SINCE_PREPS = {"since", "after", "before", "until", "following"}


def _governed(tok, anchors: set[int]) -> bool:
    """``tok`` is an anchor or hangs on one through at most two nominal links (no other clause)."""
    cur = tok
    for _ in range(3):
        if cur.i in anchors:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in (
            "dobj", "conj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "appos", "compound"
        ) or cur.dep_ == "prep" and cur.lower_ in _SINCE_PREPS and cur is not tok:
            return False  # 'signed up since his performances in Iowa': where the marking event was
        cur = cur.head
    return cur.i in anchors
