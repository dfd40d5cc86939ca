"""Number expressions in a parsed sentence: digits, words, scales and vague plurals.

Works on spaCy tokens so that the later steps (units, qualifiers, what is
counted) can use the parse.  A :class:`NumberExpr` covers the tokens of one
number ("1.4 million", "twenty - four", "half a million", "tens of thousands")
and carries its value, or an approximate (low, high) range for vague plurals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
