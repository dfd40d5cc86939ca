"""Number expressions in a parsed sentence: digits, words, scales and vague plurals.

Works on spaCy tokens so that the later steps (units, qualifiers, what is
counted) can use the parse.  A :class:`NumberExpr` covers the tokens of one
number ("1.4 million", "twenty - four", "half a million", "tens of thousands")
and carries its value, or an approximate (low, high) range for vague plurals.
The second half says which expressions are figures at all: years, dates,
clock times, numbers in names, page furniture and idioms are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Timex
from .counted import PERSONISH, REPORT_VERBS
from .qualifiers import qualifier_before
from .units import TIME_UNITS, UNIT_AFTER

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
# abbreviations that only mean a scale right after a currency amount ("£3m", "$5 bn")
MONEY_SCALES = {"m": 1e6, "b": 1e9, "k": 1e3}
VAGUE = {  # "dozens of", "hundreds", "thousands" -> approximate (low, high)
    "dozens": (24, 99), "hundreds": (200, 900), "thousands": (2e3, 9e3),
    "millions": (2e6, 9e6), "billions": (2e9, 9e9),
}
TENS_OF = {"thousands": (2e4, 9e4), "millions": (2e7, 9e7), "billions": (2e10, 9e10)}
HUNDREDS_OF = {"thousands": (2e5, 9e5), "millions": (2e8, 9e8)}

GLUED_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]{2,4})$")
_TRIGGERS = set(VAGUE) | {"tens", "dozen", "half", "a"}
DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|bn|b|mn|mln|tn|thousand|million|billion|trillion)?$",
                       re.I)


@dataclass
class NumberExpr:
    """Tokens ``start..end`` (exclusive) of one number and what it is worth."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    vague: bool = False  # "hundreds", "tens of thousands"
    digits: bool = False  # written with digits
    plain_int: bool = False  # digits only, no comma, no decimals, no scale (years, ids)
    money_scale: bool = False  # ended in a bare "m"/"bn"-like suffix
    glued_unit: str | None = None  # "4,000mAh", "3.2GHz": the unit written into the number token


def digit_value(text: str) -> tuple[float, bool, bool] | None:
    """Value of "1,400", "5.2", "5.2bn", "3m"; (value, plain_int, has_suffix) or None."""
    m = DIGITS_RE.match(text)
    if not m:
        return None
    whole, frac, suffix = m.groups()
    value = float(whole.replace(",", "") + (frac or ""))
    if suffix:
        value *= {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "thousand": 1e3,
                  "million": 1e6, "billion": 1e9, "trillion": 1e12}[suffix.lower()]
    plain = "," not in whole and not frac and not suffix
    return value, plain, bool(suffix)


def _word_number(tokens, i: int) -> tuple[float, int] | None:
    """A number in words from token i: "twenty-four", "two hundred and fifty"; (value, end)."""
    total, current, j, seen = 0.0, 0.0, i, False
    n = len(tokens)
    while j < n:
        w = tokens[j].lower_
        if w in UNITS_WORDS and not (seen and current % 100 not in (0,) and current % 10 != 0):
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS and current % 100 == 0:
            current += TENS_WORDS[w]
        elif w == "hundred" and seen and current < 100:
            current *= 100
        elif w == "dozen" and seen and 0 < current < 100 and total == 0:
            current *= 12  # "two dozen"
        elif w in ("thousand", "million", "billion", "trillion") and seen:
            total += current * SCALES[w]
            current = 0.0
        elif w in ("-", "and") and seen and j + 1 < n and (
            tokens[j + 1].lower_ in UNITS_WORDS or tokens[j + 1].lower_ in TENS_WORDS
        ) and (w == "-" or tokens[j - 1].lower_ == "hundred"):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def parse_number_at(tokens, i: int) -> NumberExpr | None:
    """The number expression starting at token ``i`` of a sentence (token list), if any."""
    tok = tokens[i]
    low = tok.lower_
    n = len(tokens)
    nxt = tokens[i + 1].lower_ if i + 1 < n else ""
    # vague plurals: "tens of thousands", "hundreds of thousands", "dozens", "thousands"
    if low in ("tens", "hundreds") and nxt == "of" and i + 2 < n:
        table = TENS_OF if low == "tens" else HUNDREDS_OF
        third = tokens[i + 2].lower_
        if third in table:
            lo, hi = table[third]
            return NumberExpr(i, i + 3, lo, hi, vague=True)
    if low in VAGUE and tok.tag_ in ("NNS", "CD", "NNPS") and not tok.text[0].isupper() or (
        low in VAGUE and tok.is_sent_start
    ):
        lo, hi = VAGUE[low]
        return NumberExpr(i, i + 1, lo, hi, vague=True)
    # "a dozen", "half a million", "a million", "a hundred"
    if low == "dozen" and i > 0 and tokens[i - 1].lower_ in ("a", "one"):
        return NumberExpr(i - 1, i + 1, 12.0)
    if low == "half" and nxt == "a" and i + 2 < n and tokens[i + 2].lower_ in (
        "million", "billion", "trillion", "dozen"
    ):
        scale = 12 if tokens[i + 2].lower_ == "dozen" else SCALES[tokens[i + 2].lower_]
        return NumberExpr(i, i + 3, 0.5 * scale)
    if low == "a" and nxt in ("million", "billion", "trillion", "thousand", "hundred"):
        return NumberExpr(i, i + 2, SCALES[nxt])
    dv = digit_value(tok.text)
    if dv is not None:
        value, plain, suffix = dv
        end = i + 1
        money_scale = suffix
        while end < n and not suffix:
            w = tokens[end].lower_
            if w in SCALES and w != "hundred" or (w == "hundred" and value < 100):
                value *= SCALES[w]
                plain = False
                end += 1
                if w in ("mn", "mln", "bn", "bln", "tn", "trn"):
                    money_scale = True
                    break
                continue
            if w in MONEY_SCALES and tokens[end - 1].whitespace_ == "" and end - 1 == i:
                # "3m" split by the tokenizer into "3" + "m"; the caller checks for money
                value *= MONEY_SCALES[w]
                plain = False
                money_scale = True
                end += 1
            break
        return NumberExpr(i, end, value, digits=True, plain_int=plain, money_scale=money_scale)
    m = GLUED_RE.match(tok.text)
    if m and m.group(3).lower() in UNIT_AFTER:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        return NumberExpr(i, i + 1, value, digits=True, glued_unit=UNIT_AFTER[m.group(3).lower()])
    wn = _word_number(tokens, i)
    if wn is not None:
        value, end = wn
        # "two million", "1 billion" handled above; "twenty thousand" here
        while end < n and tokens[end].lower_ in ("million", "billion", "trillion") and value < 1000:
            value *= SCALES[tokens[end].lower_]
            end += 1
        if tokens[end - 1].lower_ in ("-", "and"):
            end -= 1
        return NumberExpr(i, end, value)
    return None


def find_numbers(tokens) -> list[NumberExpr]:
    """Every number expression in a token sequence, left to right, non-overlapping."""
    out: list[NumberExpr] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not (tok.like_num or tok.lower_ in _TRIGGERS or tok.text[:1].isdigit()):
            i += 1
            continue
        expr = parse_number_at(tokens, i)
        if expr is None or (out and expr.start < out[-1].end):
            i += 1
            continue
        out.append(expr)
        i = max(expr.end, i + 1)
    return out


# ---- which number expressions are figures at all ------------------------------------

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


def age_end(tokens, end: int, unit: str | None) -> int | None:
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


def overlapping_timex(start_c: int, end_c: int, timexes: list[Timex]) -> Timex | None:
    for tx in timexes:
        if tx.start < end_c and start_c < tx.end:
            return tx
    return None


def not_a_fact(tokens, a: NumberExpr, last: NumberExpr, first: int, end: int, unit: str | None,
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
    tx = overlapping_timex(start_c, end_c, timexes)
    if tx is not None and (tx.type != "DURATION" or _temporal_adjunct(tokens, first, end, unit)):
        return True
    if is_time and _temporal_adjunct(tokens, first, end, unit):
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


def headline_like(sent) -> bool:
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


AD_VERBS = {"subscribe", "donate", "buy", "order", "get", "shop", "save", "call", "join", "sign", "try", "click",
            "download", "book", "claim", "register", "support", "give", "grab", "upgrade", "start", "pay"}
AD_WORDS = {"subscribe", "subscription", "subscriber-only", "donate", "donation", "discount", "coupon", "promo",
            "sale", "offer", "checkout", "cart", "trial", "deal", "shipping", "newsletter"}


def advert_like(sent) -> bool:
    """Calls to action ("Subscribe now for $1.99", "Donate $5", "Only £9.99 – order today"): ads, not news."""
    roots = [t for t in sent if t.dep_ == "ROOT"]
    if roots and roots[0].tag_ == "VB" and roots[0].lemma_.lower() in AD_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in roots[0].children
    ):
        return True
    lemmas = {t.lemma_.lower() for t in sent}
    reported = any(t.dep_ == "nsubj" and t.head.tag_ in ("VBD", "VBZ", "VBP") for t in sent)
    if lemmas & AD_WORDS and any(t.text in ("$", "£", "€", "%") for t in sent) and len(sent) < 25 and not reported:
        return True  # "Donations of $5 keep us going" vs "Sanders accepted $200,000 in donations"
    return any(re.fullmatch(r"\d+\.(99|95|49)", t.text) for t in sent) and not reported


def descriptor(tokens, a: NumberExpr, first: int, num_end: int, end: int, unit: str | None) -> bool:
    """"a 10-year bond", "a 50-state poll", "one day": a kind of thing or an idiom, not a reported figure."""
    hyphen = num_end < len(tokens) and tokens[num_end].text in ("-", "‑") and tokens[num_end - 1].whitespace_ == ""
    if unit in TIME_UNITS and hyphen and end - 1 >= num_end and tokens[end - 1].dep_ in ("compound", "amod", "nmod"):
        return True
    if unit is None and hyphen and num_end + 1 < len(tokens) and \
            tokens[num_end + 1].dep_ in ("compound", "amod", "nmod"):
        return True  # "a four-lane highway", "two-term governor"
    return unit in TIME_UNITS and not a.digits and a.value == 1 and qualifier_before(tokens, first) is None


def _one_counts(tokens, first: int, tok) -> bool:
    """"one" is a count only for people hit by an event ("one man was killed", "at least one person")."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.lemma_.lower() not in PERSONISH:
        return False
    if qualifier_before(tokens, first) is not None:
        return True
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and noun.head.lemma_ not in REPORT_VERBS)


def _counts_plural_noun(num_toks) -> bool:
    """True when the number directly counts a plural noun that is no time word ("30 people")."""
    ids = {t.i for t in num_toks}
    for t in num_toks:
        h = t.head
        if h.i not in ids and t.dep_ in ("nummod", "quantmod", "compound") and h.tag_ == "NNS" \
                and h.lower_ not in MONTHS and h.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _temporal_adjunct(tokens, first: int, end: int, unit: str | None) -> bool:
    """"in the last 24 hours", "three days ago", "over the past two weeks": time, not a fact."""
    before = {tokens[i].lower_ for i in range(max(0, first - 3), first)}
    if unit in ("second", "minute"):
        before.discard("in")  # "ran 100 metres in 9.58 seconds" is a measure
    after = tokens[end].lower_ if end < len(tokens) else ""
    return bool(before & ADJUNCT_BEFORE) or after in ADJUNCT_AFTER
