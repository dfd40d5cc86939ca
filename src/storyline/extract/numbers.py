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
from . import ratios
from .counted import HARM_VERBS, PERSONISH, REPORT_VERBS
from .qualifiers import qualifier_before
from .quote_marks import quote_token
from .units import TIME_UNITS, TWO_WORD_AFTER, UNIT_AFTER, dimension_follows, metre_m, point_margin, unit_after

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
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian English: "Rs 1.5 lakh crore"
}
# abbreviations that only mean a scale right after a currency amount ("£3m", "$5 bn")
MONEY_SCALES = {"m": 1e6, "b": 1e9, "k": 1e3}
# vague plurals span one order of magnitude from their scale, as NewsQuant/CQE annotate them:
# "dozens" 12-120, "hundreds" 100-1,000, "tens of thousands" 10,000-100,000
VAGUE = {  # "dozens of", "hundreds", "thousands" -> approximate (low, high)
    "dozens": (12, 120), "hundreds": (100, 1e3), "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}
# "several hundred" and "a few thousand": at least that many of the scale, under ten times it
FEW_WORDS = {"several": (3, 10), "few": (2, 10)}
TENS_OF = {"thousands": (1e4, 1e5), "millions": (1e7, 1e8), "billions": (1e10, 1e11)}
HUNDREDS_OF = {"thousands": (1e5, 1e6), "millions": (1e8, 1e9), "billions": (1e11, 1e12)}

GLUED_RE = re.compile(r"^([-−+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]{1,4}|°[CF])\.?$")
# one-letter units glued to a number, case-sensitive: "85p", "-15C", "98F", "20c"
GLUED_LETTER = {"p": "pence", "C": "celsius", "F": "fahrenheit", "c": "cent", "°C": "celsius", "°F": "fahrenheit",
                "g": "gram", "l": "litre", "W": "watt", "Nm": "newton metre"}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
VULGAR_RE = re.compile(r"^(\d+)?([½¼¾⅓⅔])$")
TIMES_RE = re.compile(r"^(\d+(?:\.\d+)?)[x×]$")  # "1.5x", "3×"
_TRIGGERS = set(VAGUE) | set(FEW_WORDS) | set(VULGAR) | {"tens", "dozen", "half", "a"}
SLASH_FRACTION = re.compile(r"([1-9])/([2-8])$")  # "1/2", "3/4"; not "9/11" or "24/7"
DIGITS_RE = re.compile(r"^([-−+]?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(\.\d+)?"
                       r"(k|m|bn|b|mn|mln|tn|thousand|million|billion|trillion)?$", re.IGNORECASE)


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
    # (also "fraction" for a share such as "two-thirds of", "times" for "threefold")


def digit_value(text: str) -> tuple[float, bool, bool] | None:
    """Value of "1,400", "5.2", "5.2bn", "3m"; (value, plain_int, has_suffix) or None."""
    m = DIGITS_RE.match(text)
    if not m:
        return None
    sign, whole, frac, suffix = m.groups()
    value = float((whole or "0").replace(",", "") + (frac or "")) * (-1 if sign in ("-", "−") else 1)  # "-4.5"
    if suffix:
        value *= {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "thousand": 1e3,
                  "million": 1e6, "billion": 1e9, "trillion": 1e12}[suffix.lower()]
    plain = "," not in whole and not frac and not suffix and not sign
    return value, plain, bool(suffix)


RAND_RE = re.compile(r"^R(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:bn|m|k|tn)|\d+(?:\.\d+)?)$")


def _rand_glued(tokens, i: int) -> bool:
    """"R50 billion", "R1,500", "R3.2bn": South African rand, the "R" written into the number.
    A bare "R50" (a road, a form) is only money when a scale word follows."""
    text = tokens[i].text
    if not RAND_RE.match(text):
        return False
    if "," in text or not text[-1].isdigit():
        return True
    return i + 1 < len(tokens) and tokens[i + 1].lower_ in ("million", "billion", "trillion", "bn", "m")


def _word_number(tokens, i: int, current: float = 0.0) -> tuple[float, int] | None:
    """A number in words from token i: "twenty-four", "two hundred and fifty"; (value, end). ``current`` is
    what a word before i already said: the one of "a hundred thirty million"."""
    total, j, seen = 0.0, i, current > 0
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
        elif w == "point" and seen and total == 0 and current < 1000 and j + 1 < n \
                and 0 <= UNITS_WORDS.get(tokens[j + 1].lower_, 10) <= 9 and not _at_one_point(tokens, i, current):
            digits, j = "", j + 1  # "one point six billion", "two point five percent": a spoken decimal
            while j < n and 0 <= UNITS_WORDS.get(tokens[j].lower_, 10) <= 9:
                digits += str(UNITS_WORDS[tokens[j].lower_])
                j += 1
            current += float("0." + digits)
            if j < n and tokens[j].lower_ in ("thousand", "million", "billion", "trillion"):
                total, current, j = current * SCALES[tokens[j].lower_], 0.0, j + 1
            break
        elif w in ("-", "and") and seen and j + 1 < n and (
            tokens[j + 1].lower_ in UNITS_WORDS or tokens[j + 1].lower_ in TENS_WORDS
            or w == "-" and tokens[j + 1].lower_ == "dozen"  # "two-dozen counties"
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


def _at_one_point(tokens, i: int, current: float) -> bool:
    """"At one point six people ...": the idiom, not 1.6."""
    return current == 1 and i > 0 and tokens[i - 1].lower_ == "at"


def _unit_word(tokens, j: int) -> bool:
    """Token j starts a unit ("percentage point", "hour", "mile")."""
    w = tokens[j].lower_
    return w in UNIT_AFTER or (j + 1 < len(tokens) and (w, tokens[j + 1].lower_) in TWO_WORD_AFTER)


def _half_of_a_unit(tokens, i: int) -> bool:
    """'and a half' right after a unit word with no number of its own ('the past decade and a half'): the
    half lengthens the unit."""
    if tokens[i].lower_ == "half":
        i -= 1
    return i >= 2 and tokens[i].lower_ == "a" and i + 1 < len(tokens) and tokens[i + 1].lower_ == "half" \
        and tokens[i - 1].lower_ == "and" and tokens[i - 2].lower_ in UNIT_AFTER


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
    if low in ("a", "an") and i + 1 < n and _unit_word(tokens, i + 1):
        unit = unit_after(tokens, i + 1)  # "a mile and a half", "a decade and a half"
        if unit is not None and _half_width(tokens, unit[1]):
            return NumberExpr(i, unit[1] + 3, 1.5, glued_unit=unit[0])
    if low == "a" and nxt in ("million", "billion", "trillion", "thousand", "hundred"):
        value, end = _word_number(tokens, i + 1, current=1.0)  # "a hundred thousand", "a hundred thirty million"
        return NumberExpr(i, end, value)
    few = low in FEW_WORDS or (low == "a" and nxt == "few")
    scale_i = i + 1 + (low == "a")
    if few and scale_i < n and tokens[scale_i].lower_ in ("dozen", "hundred", "thousand", "million", "billion"):
        lo, hi = FEW_WORDS.get(low, FEW_WORDS["few"])
        # "several hundred", "a few thousand", "several dozen": vague like "hundreds"
        scale = 12 if tokens[scale_i].lower_ == "dozen" else SCALES[tokens[scale_i].lower_]
        return NumberExpr(i, scale_i + 1, lo * scale, hi * scale, vague=True)
    share = ratios.fraction_at(tokens, i)
    if share is not None and _half_of_a_unit(tokens, i):
        return None  # "the past decade and a half": a span of time, not half of anything
    if share is not None:  # "two-thirds of", "a quarter of", "half the"
        value, end = share
        if end + 2 < n and tokens[end].lower_ == "of":
            one, scale = tokens[end + 1].lower_, tokens[end + 2].lower_
            if one in ("a", "an") and scale in ("thousand", "million", "billion", "trillion"):
                return NumberExpr(i, end + 3, value * SCALES[scale])  # "a quarter of a million"
            if one in ("a", "an", "1", "one") and _unit_word(tokens, end + 2):
                # "three-quarters of a mile", "half of 1 percent": the unit follows
                return NumberExpr(i, end + 2, value)
        return NumberExpr(i, end, value, glued_unit="fraction")
    fold = ratios.fold_at(tokens, i)
    if fold is not None:  # "threefold", "10-fold"
        return NumberExpr(i, fold[1], fold[0], digits=tok.text[:1].isdigit(), glued_unit="times")
    if low == "half" and nxt in ("a", "an") and i + 2 < n and _unit_word(tokens, i + 2):
        return NumberExpr(i, i + 2, 0.5)  # "half a percentage point", "half an hour"
    slash = SLASH_FRACTION.match(tok.text)
    if slash and nxt == "of":  # "1/3 of the budget"
        return NumberExpr(i, i + 1, int(slash[1]) / int(slash[2]), digits=True, glued_unit="fraction")
    vulgar = VULGAR_RE.match(tok.text)
    if vulgar:  # "1½ cups", "¾"
        whole = float(vulgar[1]) if vulgar[1] else 0.0
        return _and_a_half(tokens, NumberExpr(i, i + 1, whole + VULGAR[vulgar[2]], digits=True))
    times = TIMES_RE.match(tok.text)
    if times and i + 1 < n and (tokens[i + 1].tag_ in ("JJR", "RBR") or tokens[i + 1].lower_ in ("more", "as")):
        return NumberExpr(i, i + 1, float(times[1]), digits=True, glued_unit="times")  # "1.5x faster"
    rand = _rand_glued(tokens, i)
    dv = digit_value(tok.text[1:] if rand else tok.text)
    if dv is not None:
        value, plain, suffix = dv
        end = i + 1
        if suffix and tok.text.endswith("m") and dimension_follows(tokens, end):
            return NumberExpr(i, end, value / 1e6, digits=True, glued_unit="metre")  # "a 300m-long bridge"
        money_scale = suffix
        half = SLASH_FRACTION.match(tokens[end].text) if plain and end < n and tok.whitespace_ else None
        if half and int(half[1]) < int(half[2]):
            value += int(half[1]) / int(half[2])  # "3 1/2 feet"
            plain, end = False, end + 1
        while end < n and not suffix:
            w = tokens[end].lower_
            if w == "-" and end + 1 < n and tokens[end + 1].lower_ in ("million", "billion", "trillion") and \
                    tokens[end - 1].whitespace_ == "" and tokens[end].whitespace_ == "":
                end += 1  # "$400-million-a-year"
                continue
            if w == "-" and end + 2 < n and tokens[end + 1].lower_ == "plus" and tokens[end - 1].whitespace_ == "" \
                    and tokens[end + 2].lower_ in ("million", "billion", "trillion"):
                end += 2  # "$20-plus trillion": the scale after '-plus' still scales it (the caller reads the 'plus')
                continue
            if w in SCALES and w != "hundred" or (w == "hundred" and value < 100):
                value *= SCALES[w]
                plain = False
                end += 1
                if w in ("mn", "mln", "bn", "bln", "tn", "trn"):
                    money_scale = True
                    break
                continue
            if w.endswith(".") and end + 1 == n:
                w = w[:-1]  # "£1.3m." at the end of a sentence: the tokenizer keeps the full stop
            if w in MONEY_SCALES and tokens[end - 1].whitespace_ == "" and end - 1 == i and not metre_m(tokens, end):
                # "3m" split by the tokenizer into "3" + "m"; the caller checks for money
                value *= MONEY_SCALES[w]
                plain = False
                money_scale = True
                end += 1
            break
        if plain and end < n and tokens[end].text in VULGAR:
            value, plain, end = value + VULGAR[tokens[end].text], False, end + 1  # "5 ½ years"
        if rand:
            return NumberExpr(i, end, value, digits=True, glued_unit="South African rand")
        return _and_a_half(tokens, NumberExpr(i, end, value, digits=True, plain_int=plain, money_scale=money_scale))
    m = GLUED_RE.match(tok.text)
    if m:
        sign, whole, frac, letters = m.groups()
        unit = GLUED_LETTER.get(letters) or (UNIT_AFTER.get(letters.lower()) if len(letters) > 1 else None)
        if unit is not None:
            value = float(whole.replace(",", "") + (frac or "")) * (-1 if sign in ("-", "−") else 1)
            return NumberExpr(i, i + 1, value, digits=True, glued_unit=unit)
    wn = _word_number(tokens, i)
    if wn is not None:
        value, end = wn
        # "two million", "1 billion" handled above; "twenty thousand" here
        while end < n and tokens[end].lower_ in ("million", "billion", "trillion") and value < 1000:
            value *= SCALES[tokens[end].lower_]
            end += 1
        if tokens[end - 1].lower_ in ("-", "and"):
            end -= 1
        return _and_a_half(tokens, NumberExpr(i, end, value))
    return None


def _and_a_half(tokens, expr: NumberExpr) -> NumberExpr:
    """"two and a half years", "3 and a half hours": the half belongs to the number."""
    width = _half_width(tokens, expr.end)
    if width:
        return NumberExpr(expr.start, expr.end + width, expr.value + 0.5, digits=expr.digits)
    return expr


def _half_width(tokens, k: int) -> int:
    """Tokens of 'and a half' at ``k``, written apart (3) or hyphenated ('four-and-a-half': 6), else 0."""
    if [t.lower_ for t in tokens[k:k + 3]] == ["and", "a", "half"]:
        return 3
    run = list(tokens[k:k + 6])
    if [t.lower_ for t in run] == ["-", "and", "-", "a", "-", "half"] and not any(t.whitespace_ for t in run[:5]):
        return 6
    return 0


def find_numbers(tokens) -> list[NumberExpr]:
    """Every number expression in a token sequence, left to right, non-overlapping."""
    out: list[NumberExpr] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not (tok.like_num or tok.lower_ in _TRIGGERS or tok.text[:1].isdigit() or tok.lower_.endswith("fold")
                or (tok.text[:1] in "-−+.R" and tok.text[1:2].isdigit())):
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
                    "top", "size", "model", "version", "rank", "ranked"}
# "the bottom 20 percent", "the richest 10%", "the middle one-fifth": a share naming a group of people
GROUP_RANKS = {"bottom", "middle", "richest", "poorest", "wealthiest", "lowest", "highest", "upper", "lower"}
# a time span framed by one of these is when something happened ("in the last 24 hours",
# "every two weeks"), not a measured duration; a bare "in six months" / "over three years" is a measure
ADJUNCT_BEFORE = {"last", "past", "next", "previous", "coming", "first", "following", "recent",
                  "since", "after", "before", "every", "each", "later", "final", "initial", "another", "further",
                  "time", "course", "span"}  # "the second time in three years", "over the course of 48 hours"
ADJUNCT_AFTER = {"ago", "later", "earlier", "before", "after", "from", "prior", "since", "into", "running",
                 "away", "back"}  # "the vote is three weeks away", "two years back"
SEASON_WORDS = {"summer", "winter", "spring", "autumn", "season"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec."}
# (and "5-foot-3", a height the unit reader leaves: not a count of anything)
_DENOMINATIONS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}
HYPHEN_NOT_COUNT = {"figure", "digit", "time", "star", "step", "way", "one", "point", "game", "match", "man", "foot", "feet"}
FRACTIONS = {"half", "halve", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
PHONE_RE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")


def age_end(tokens, end: int, unit: str | None) -> int | None:
    """"45-year-old" / "45 years old", "a 6-month-old son": the end index after "old", else None."""
    if unit not in ("year", "month", "week", "day"):
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


def _or_so(tokens, a: NumberExpr, first: int, unit: str | None) -> bool:
    """'the odd issue or two', 'a day or two': a vague few after one thing, not a count."""
    return not a.digits and a.value <= 3 and unit is None and first > 1 and tokens[first - 1].lower_ == "or" \
        and tokens[first - 2].tag_ == "NN"


# initials joined by an ampersand ('S&P', 'S.&P.'): a name a number after them belongs to
_AMPERSAND_NAME = re.compile(r"(?:[A-Z]\.?&)+[A-Z]\.?")
# emergency lines and the words that go with them ('911 calls', 'a 999 operator'): a number, no count
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_EMERGENCY_WORDS = frozenset("call caller dispatcher operator center centre line system tape recording".split())
# nouns naming the value the number before them states ('the 600 mark', 'the 5,000 level')
_VALUE_NOUNS = frozenset("mark level threshold barrier milestone line figure target limit cap ceiling floor".split())


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
        prev.lower_ in ("the", "these", "those", "both", "its", "their", "his", "her", "our", "latter", "former")
        or prev.tag_ == "POS"
    ):
        return True  # "the three Baltic states", "the latter two": a reference, not a count being reported
    if _in_quoted_label(tokens, first, end, unit) or _in_quoted_title(tokens, first, end):
        return True  # 'Romney's "47 percent" comment', 'a "let a thousand flowers bloom" approach'
    if not a.digits and is_time and _quote_bounds(tokens, first, end, 2) == (first - 1, end):
        return True  # 'in the Senate for "a thousand years"': a figure of speech quoted (not '"a million dollars"')
    if _enumerator(tokens, first, end, unit) or _or_so(tokens, a, first, unit):
        return True
    tx = overlapping_timex(start_c, end_c, timexes)
    if tx is not None and (tx.type != "DURATION" or _temporal_adjunct(tokens, first, end, unit)):
        return True
    if is_time and _temporal_adjunct(tokens, first, end, unit):
        return True
    if _season_ago(tokens, end, unit) or _body_foot(tokens, a, end, unit):
        return True
    if not has_currency and unit is None and nxt is not None and nxt.pos_ == "PROPN" and any(
            t.tag_ == "POS" for t in tokens[end + 1 : end + 3]) and all(t.pos_ == "PROPN" for t in tokens[end : end + 2]
                                                                   if t.tag_ != "POS"):
        return True  # 'not among the 30,000 Clinton's lawyers returned': the count's noun is left out, not the name
    if not has_currency and unit is None and any(t.ent_type_ in ("DATE", "TIME") for t in num_toks):
        grouped = re.fullmatch(r"\d{1,3}(,\d{3})+", num_toks[0].text)  # "from 11,000 two decades ago": no year
        harmed = num_toks[-1].dep_ == "dobj" and num_toks[-1].head.lemma_.lower() in HARM_VERBS  # "arrested 40"
        if not _counts_plural_noun(num_toks) and not _bare_big_number(num_toks, a) and not grouped and not harmed:
            return True
    if not has_currency and unit is None and any(t.ent_type_ in NAME_ENTS for t in num_toks) \
            and not _figure_tagged_as_name(num_toks, a):
        return True
    if not a.digits and unit is None and num_toks[0].pos_ == "PROPN" and num_toks[0].text[:1].isupper() \
            and not num_toks[0].is_sent_start:
        return True  # "the Fantastic Four reboot", "the Big Ten": a number word in a name
    if not a.digits and unit is None and num_toks[0].text[:1].isupper() and prev is not None and prev.text == "of" \
            and first >= 2 and tokens[first - 2].text[:1].isupper() and not tokens[first - 2].is_sent_start:
        return True  # "the Gang of Eight plan", "the Group of Seven": a capitalised number word ends a name
    if unit is None and prev is not None and _AMPERSAND_NAME.fullmatch(prev.text):
        return True  # "The S.&P. 500 closed the week down": the index's name, as 'S&P 500' is
    if unit is None and re.match(r"[-\u2010\u2011]to[-\u2010\u2011]\d", text[end_c:end_c + 5]):
        return True  # "a 2-to-1 vote": a ratio or a score, not a count
    if re.match(r"[-\u2010\u2011]by[-\u2010\u2011]\d", text[end_c:end_c + 5]) \
            or re.search(r"\d[-\u2010\u2011]by[-\u2010\u2011]$", text[max(0, start_c - 5):start_c]):
        return True  # "an 8-by-11-inch sheet": a size, not a count (not "$25 billion by 2018")
    if a.plain_int and unit is None and 1500 <= a.value <= 2100 and len(num_toks) == 1:
        if num_toks[0].ent_type_ not in ("CARDINAL", "QUANTITY") or not _counts_plural_noun(num_toks):
            return True  # "the 2008 and 2012 cycles", "the 2010 reform": years
    if unit is None and a.plain_int and a.value > 1 and prev is not None and prev.lower_ in ("a", "an", "the") \
            and nxt is not None and nxt.tag_ == "NN" and nxt.dep_ != "compound" \
            and not (prev.lower_ == "the" and nxt.lemma_.lower() in _VALUE_NOUNS):
        # (not 'a 20 person team', which counts the team's people, nor 'the 600 mark', a value)
        return True  # "a 911 caller", "a 401 plan", "the 486 chip": one thing named by a number, not a count
    if unit is None and num_toks[0].text in _EMERGENCY_NUMBERS and len(num_toks) == 1 and (
            nxt is not None and nxt.lemma_.lower() in _EMERGENCY_WORDS
            or prev is not None and prev.lemma_.lower() in ("to", "dial", "call")):
        return True  # "police received 911 calls", "calls to 911": the emergency line, not a count
    if nxt is not None and unit is None and not a.money_scale and nxt.is_alpha and \
            num_toks[-1].whitespace_ == "" and nxt.idx == end_c:
        return True  # "5G", "4K", "3D": part of a name
    if nxt is not None and unit is None and re.fullmatch(r"\(?[a-z]\)?\(?\d{1,2}\)?", nxt.text):
        return True  # "a 501 c3 organization", "501(c)(4)": a section of the tax code, not a count
    if nxt is not None and nxt.text in ("-", "‑") and end + 1 < n and (
        tokens[end + 1].lower_.split("-")[0] in HYPHEN_NOT_COUNT or tokens[end + 1].lower_.rstrip("s") in FRACTIONS
    ) and not point_margin(tokens, end + 1):
        return True  # "six-figure", "three-time", "two-thirds", "a 10-point plan"
    if nxt is not None and (nxt.lower_ in CLOCK_AFTER or nxt.text in (":", "/") or nxt.lower_ in MONTHS):
        return True
    if nxt is not None and unit is None and prev is not None and prev.lower_ in ("the", "top") and (
            nxt.tag_ == "JJS" or nxt.lower_ in ("most", "least") and end + 1 < n and tokens[end + 1].pos_ == "ADJ"):
        return True  # "the 10 best beaches", "the 100 most influential people": a ranked list
    if has_currency and not a.money_scale and a.value in _DENOMINATIONS and nxt is not None \
            and nxt.lower_ in ("bill", "bills", "note", "notes", "banknote", "banknotes"):
        return True  # "a giant $100 bill", "stacks of $20 notes": a banknote, not a sum
    if unit in (None, "fraction") and a.value_max is None and num_toks[-1].lower_ == "half" and first > 1 \
            and tokens[first - 2].lower_ == "the" and (prev.pos_ == "PROPN" or prev.ent_type_ == "NORP"):
        return True  # "the Republican half of a polling team": one of a pair, not a share
    if unit == "minute" and nxt is not None and nxt.lower_ == "read":
        return True  # "3 min read"
    if a.value == 0 and not a.digits and unit is None and nxt is not None and nxt.tag_ == "NN":
        return True  # "zero tolerance", "zero knowledge of": an idiom of none, not a count ("zero deaths" is)
    if a.value == 0 and unit is None and prev is not None and prev.lower_ in ("below", "above"):
        return True  # "5 degrees below zero": the reference, not a figure
    if prev is not None:
        furniture = prev.lower_ in FURNITURE_BEFORE and (prev.pos_ != "VERB" or prev.lower_ in ("rank", "ranked"))
        spaced_count = prev.text == ":" and prev.whitespace_ and nxt is not None and nxt.tag_ == "NNS"
        if furniture or prev.text in ("/", ":") and not spaced_count or prev.lower_ in MONTHS:
            return True  # not the verb "seat 60,000"; 'polled members: 1,409 teachers said' counts, '3:45' does not
        if prev.lower_ in GROUP_RANKS and unit in ("percent", "fraction") and first > 1 \
                and tokens[first - 2].lower_ == "the":
            return True  # "the bottom 20 percent of earners": who, not how many
        if prev.lower_ == "the" and unit == "percent" and first > 1 \
                and tokens[first - 2].lower_ in ("for", "against", "among") \
                and (nxt is None or nxt.is_punct or nxt.lower_ in ("and", "or")):
            return True  # "everything is working for the 1%": a class of people, not a share stated
        if prev.lower_ == "at" and a.plain_int and a.value <= 24 and unit is None and last is a and first > 1 \
                and tokens[first - 2].pos_ in ("VERB", "AUX"):
            return True  # "the polls closed at 8": a clock time
        if prev.text == "." and first > 1 and tokens[first - 2].lower_ in ("no", "nos", "p", "pp", "vol"):
            return True
        if prev.lower_ in ("under", "over") and unit is None and a.plain_int and a.value <= 100 and first > 1 \
                and tokens[first - 2].tag_ == "NNS" and tokens[first - 2].lemma_.lower() in PERSONISH \
                and (nxt is None or nxt.tag_ not in ("NNS", "NNPS")):
            return True  # "to help people under 30 engage in ...": an age bracket, not a count
        if prev.lower_ == "per" or (prev.lower_ == "every" and first > 1 and tokens[first - 2].lower_ in ("for", "in")):
            return True  # "1.2 doctors per 1,000 people": the base of a rate, not a count
        if prev.text in ("'", "\u2018", "\u2019") and not prev.whitespace_ and a.plain_int and unit is None \
                and len(num_toks[0].text) == 2:
            return True  # "'16 And President", "the class of '08": a year
        if prev.text in ("-", "‑") and prev.idx + 1 == num_toks[0].idx and first > 1 and \
                tokens[first - 2].is_alpha and tokens[first - 2].whitespace_ == "":
            return True  # COVID-19, Su-27
        # ('on SiriusXM Patriot 125 weekdays': a sentence the parser opened after a word is none)
        opens = prev.is_sent_start and not (prev.i > 0 and prev.doc[prev.i - 1].is_alpha)
        if a.plain_int and unit is None and prev.pos_ == "PROPN" and (
                prev.is_title and not opens or _one_name(prev, num_toks[0])):
            return True  # Boeing 737, Flight 17, the FTSE 100 index (not "leads Trump 48% to 41%")
        name = tokens[first - 2] if prev.tag_ == "POS" and first > 1 else prev  # (or "TWA's eight hundred")
        if _spoken_whole(a) and unit is None and name.pos_ == "PROPN" and name.is_upper and len(name.text) > 1 \
                and (nxt is None or nxt.tag_ not in ("NNS", "NNPS")):
            return True  # "TWA eight hundred" in a transcript: the flight's name said aloud, as 'TWA 800'
        if prev.text == "," and first > 1 and tokens[first - 2].pos_ == "PROPN" and nxt is not None and \
                nxt.text == "," and a.plain_int and unit is None and tokens[first - 2].ent_type_ != "PERSON":
            return True  # "Acme, 45, said": not a counted fact (a person's age is read by the caller)
    if not a.digits and last is a and (_number_word(tokens, first - 1) or _number_word(tokens, end)):
        return True  # "climb and maintain one five thousand": digits read out one by one, a code, not a count
    if prev is not None and prev.text == "[" and nxt is not None and nxt.text == "]" and unit is None:
        return True  # '[538] Americans who ...': a bracketed label or a note's number
    if first == 0 or tokens[first - 1].text == "\n" or (prev is not None and "\n" in prev.text):
        if nxt is not None and nxt.text in (".", ")") and a.plain_int:
            return True  # list numbering
    window = text[max(0, start_c - 6):end_c + 12]
    m = PHONE_RE.search(window)
    if m and sum(ch in " .-()" for ch in m.group()) >= 2 and unit is None and "," not in m.group():
        return True
    return False


def _in_quoted_label(tokens, first: int, end: int, unit: str | None, reach: int = 8) -> bool:
    """The number is inside quotation marks that name the noun after them: a quoted measure alone
    ('Romney's "47 percent" comment'), or a phrase of several words after an article or a possessive
    ('a "let a thousand flowers bloom" approach', 'the "four more years" chant'). Not a figure noun
    ('the "90 to 95 percent" figure'), nor a bare count ('he said "zero" voters would follow')."""
    n = len(tokens)
    opening, closing = _quote_bounds(tokens, first, end, reach)
    if opening is None or closing is None or closing + 1 >= n:
        return False
    noun = tokens[closing + 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _FIGURE_NOUNS:
        return False
    if opening == first - 1 and closing == end:
        return unit is not None
    words = [t for t in tokens[opening + 1:closing] if t.is_alpha]
    before = tokens[opening - 1] if opening > 0 else None
    return len(words) >= 2 and before is not None and (before.dep_ in ("det", "poss") or before.tag_ == "POS")


def _quote_bounds(tokens, first: int, end: int, reach: int = 8) -> tuple[int | None, int | None]:
    """The quotation marks nearest before token ``first`` and from token ``end`` on, within ``reach``."""
    opening = next((k for k in range(first - 1, max(first - reach, 0) - 1, -1) if quote_token(tokens[k])), None)
    closing = next((k for k in range(end, min(end + reach, len(tokens))) if quote_token(tokens[k])), None)
    return opening, closing


def _in_quoted_title(tokens, first: int, end: int) -> bool:
    """'“American Skin (41 Shots)”', '‘The 411’': a number inside a quoted title, every word capitalised."""
    opening, closing = _quote_bounds(tokens, first, end)
    if opening is None or closing is None:
        return False
    words = [t for t in tokens[opening + 1 : closing] if t.is_alpha]
    return len(words) >= 1 and closing - opening <= 8 and all(t.text[:1].isupper() for t in words)


# nouns for a figure itself: 'the "90 to 95 percent" figure' is still a figure
_FIGURE_NOUNS = frozenset({"figure", "number", "estimate", "statistic", "stat", "total", "count", "rate"})


def descriptor(tokens, a: NumberExpr, first: int, num_end: int, end: int, unit: str | None) -> bool:
    """"a 10-year bond", "a 50-state poll", "one day": a kind of thing or an idiom, not a reported figure."""
    hyphen = num_end < len(tokens) and tokens[num_end].text in ("-", "‑") and tokens[num_end - 1].whitespace_ == ""
    if unit in TIME_UNITS and hyphen and end - 1 >= num_end and tokens[end - 1].dep_ in ("compound", "amod", "nmod"):
        return True
    said = tokens[end - 1]  # 'a five year low', as a transcript writes 'a five-year low': no hyphen, a singular unit
    if unit in TIME_UNITS and not hyphen and a.value > 1 and end - 1 >= num_end and said.tag_ == "NN" \
            and said.dep_ in ("compound", "amod", "nmod", "npadvmod") and said.head.i > said.i:
        return True
    if unit is None and hyphen and num_end + 1 < len(tokens) and \
            tokens[num_end + 1].dep_ in ("compound", "amod", "nmod") and tokens[num_end + 1].lower_ not in ("strong", "plus"):
        return True  # "a four-lane highway", "two-term governor"; "a 1,000-strong crowd", "10,000-plus fans" count
    return unit in TIME_UNITS and not a.digits and a.value == 1 and qualifier_before(tokens, first) is None


def _spoken_whole(a: NumberExpr) -> bool:
    """A whole number written in words ("eight hundred"), not 'hundreds' or 'two-thirds'."""
    return not a.digits and not a.vague and a.glued_unit is None and a.value == int(a.value)


def _number_word(tokens, i: int) -> bool:
    """Token i is a number word standing next to another number that did not join it ('one five thousand')."""
    return 0 <= i < len(tokens) and tokens[i].lower_ in UNITS_WORDS and tokens[i].pos_ == "NUM"


def _one_name(word, num) -> bool:
    """"the FTSE 100 index": a proper noun and the number after it qualify one noun together."""
    return word.tag_ == "NNP" and word.dep_ in ("compound", "nmod") and num.dep_ in ("nummod", "compound") \
        and word.head.i == num.head.i > num.i and num.head.pos_ == "NOUN"


def _figure_tagged_as_name(num_toks, a: NumberExpr) -> bool:
    """"closed at 8,189.49" tagged a PRODUCT: a grouped or decimal number that is the whole entity
    is a figure ("Boeing 747", "Windows 10" and a bare "747" stay names)."""
    return a.digits and not a.plain_int and _own_entity(num_toks)


def _own_entity(num_toks) -> bool:
    """The number's tokens hold an entity of their own: it starts at the number and ends inside it."""
    after = num_toks[-1].i + 1
    doc = num_toks[-1].doc
    return num_toks[0].ent_iob_ == "B" and (after >= len(doc) or doc[after].ent_iob_ != "I")


def _one_counts(tokens, first: int, tok) -> bool:
    """"one" is a count only for people hit by an event ("one man was killed", "at least one person")."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.lemma_.lower() not in PERSONISH or noun.dep_ == "poss":
        return False  # ("an article about one man's death": whose death, not how many)
    doc = noun.doc
    after = [t.lower_ for t in doc[noun.i + 1 : noun.i + 5]]
    if "another" in after and any(w in ("or", "than", "over") for w in after[: after.index("another")]) \
            or after[:2] == ["or", "the"]:
        return False  # "to favor one candidate or another", "help one candidate more than another": any one
    if first > 0 and tokens[first - 1].lower_ in ("any", "not", "no", "every", "each"):
        return False  # "hard to blame any one person", "not one person was hurt": none, or whoever
    if qualifier_before(tokens, first) is not None:
        return True
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and noun.head.lemma_ not in REPORT_VERBS)


def _bare_big_number(num_toks, a: NumberExpr) -> bool:
    """"is 5000", "to 7,512": a number the tagger calls a DATE on its own, yet no year could be written so."""
    last = num_toks[-1]
    if a.plain_int and last.dep_ in ("nummod", "compound", "amod", "nmod") and last.head.tag_ in ("NN", "NNP"):
        return False  # "the 80486 chip": a model number
    return _own_entity(num_toks) and (a.value > 2100 or not (a.plain_int or a.value == int(a.value))) and a.value > 31


def _counts_plural_noun(num_toks) -> bool:
    """True when the number directly counts a plural noun that is no time word ("30 people")."""
    ids = {t.i for t in num_toks}
    for t in num_toks:
        h = t.head
        if h.i not in ids and t.dep_ in ("nummod", "quantmod", "compound") and h.tag_ == "NNS" \
                and h.lower_ not in MONTHS and h.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _enumerator(tokens, first: int, end: int, unit: str | None) -> bool:
    """'Three, harden our defenses', '2) lower taxes': a number opening a sentence, or a digit closed by a
    bracket inside it, marks an item of a list and counts nothing."""
    opening = first == 0 or all(t.is_punct for t in tokens[:first])
    if unit is not None or end + 1 >= len(tokens):
        return False
    mark, after = tokens[end], tokens[end + 1]
    if not opening:  # 'Clinton 1) registers ..., 2) realizes ... and 4) averts her gaze': items inside a sentence
        return mark.text == ")" and end - first == 1 and tokens[first].text.isdigit() \
            and (tokens[first - 1].lower_ in (",", ";", "and", "or") or tokens[first - 1].pos_ == "PROPN") \
            and not any(t.text == "(" for t in tokens[max(0, first - 6) : first])
    return mark.text in (":", ")") or mark.text == "," and after.tag_ in ("VB", "VBP")  # (no comma parts a subject)


def _season_ago(tokens, end: int, unit: str | None) -> bool:
    """'Two summers back', 'three seasons ago': when something happened, not a count of summers."""
    return unit is None and end + 1 < len(tokens) and tokens[end].lemma_.lower() in SEASON_WORDS \
        and tokens[end + 1].lower_ in ADJUNCT_AFTER


def _body_foot(tokens, a: NumberExpr, end: int, unit: str | None) -> bool:
    """'With one foot propping her board', 'stood on one foot': the body part, not a length (``end`` is past
    the unit word)."""
    if unit != "foot" or a.digits or a.value > 2 or end >= len(tokens) \
            or tokens[end - 1].lower_ not in ("foot", "feet"):
        return False
    before = tokens[a.start - 1].lower_ if a.start > 0 else ""
    return (tokens[end].tag_ == "VBG" or before in ("with", "on")) and not dimension_follows(tokens, end) \
        and tokens[end].lower_ not in ("of", "from", "short", "per")


def _temporal_adjunct(tokens, first: int, end: int, unit: str | None) -> bool:
    """"in the last 24 hours", "three days ago", "over the past two weeks": time, not a fact."""
    # the verb 'last' ("will last six months") measures the span; the adjective dates it
    window = [tokens[i] for i in range(max(0, first - 3), first) if tokens[i].pos_ not in ("VERB", "AUX")]
    if unit in ("second", "minute"):
        # "ran 100 metres in 9.58 seconds", "won the final in 10.72 seconds" are measures
        cut = max((k for k, t in enumerate(window) if t.lower_ == "in"), default=-1)
        window = window[cut + 1:]
    before = {t.lower_ for t in window}
    after = tokens[end].lower_ if end < len(tokens) else ""
    if after == "ahead" and unit not in ("second", "minute", "hour") and \
            [t.lower_ for t in tokens[end + 1 : end + 3]] != ["of", "time"]:
        return True  # "Three weeks ahead of the primary" dates ("finished 3 seconds ahead", "a year ahead of time" measure)
    return bool(before & ADJUNCT_BEFORE) or after in ADJUNCT_AFTER
