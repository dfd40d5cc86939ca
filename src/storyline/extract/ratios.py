"""Fractions and multipliers: "two-thirds of", "a quarter of", "half the", "threefold", "2.5 times".

A fraction that takes a share of something is a quantity worth the fraction
("two-thirds of the seats" -> 0.667, unit "fraction"), as in NewsQuant/CQE.
Only shares count: "the second half", "a third term", "the first quarter" and
"Half-time" are ordinals or periods.  A multiplier ("three times higher",
"sixfold", "5-fold") is a quantity with unit "times"; "twice"/"doubled" are
words, not numbers, and stay out (CQE does not annotate them either).
"""
from __future__ import annotations

import re

NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10}
DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}
PLURAL_DENOMINATORS = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6,
                       "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10}
# words after "half" that make it a share: "half of", "half the budget", "half its value"
HALF_NEXT = {"of", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all"}
NOT_SHARE_BEFORE = {"the", "first", "second", "third", "fourth", "final", "last", "next", "latter", "former",
                    "each", "every", "this", "that", "its", "their", "his", "her", "our"}
HYPHENS = ("-", "‑", "–")
FOLD_RE = re.compile(r"^(\d+(?:\.\d+)?|[a-z]+)-?fold$")
_FOLD_WORDS = {**NUMERATORS, "twenty": 20, "hundred": 100, "thousand": 1000}


def _share_follows(tokens, j: int) -> bool:
    """Token j is "of" followed by something other than a date ("half of 2023" is a period)."""
    if j >= len(tokens) or tokens[j].lower_ != "of":
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.ent_type_ not in ("DATE", "TIME")


def fraction_at(tokens, i: int) -> tuple[float, int] | None:
    """A share starting at token i: (value, end index) for "two-thirds of", "a quarter of", "half the"."""
    n = len(tokens)
    low = tokens[i].lower_
    if i > 0 and tokens[i - 1].lower_ in NOT_SHARE_BEFORE:
        return None
    if low in NUMERATORS:
        j = i + 1
        hyphen = j < n and tokens[j].text in HYPHENS and tokens[i].whitespace_ == ""
        j += hyphen
        if j >= n:
            return None
        word = tokens[j].lower_
        denom = DENOMINATORS.get(word) if NUMERATORS[low] == 1 else PLURAL_DENOMINATORS.get(word)
        if denom is None or NUMERATORS[low] >= denom:
            return None
        if hyphen or _share_follows(tokens, j + 1):  # "two-thirds majority"; "three quarters of"
            return NUMERATORS[low] / denom, j + 1
        return None
    by = i > 0 and tokens[i - 1].lower_ == "by"  # "cut by a fifth", "fell by half": a share of itself
    if low in ("a", "one") and i + 1 < n and tokens[i + 1].lower_ in DENOMINATORS and \
            tokens[i + 1].lower_ != "half" and (by or _share_follows(tokens, i + 2)):
        return 1 / DENOMINATORS[tokens[i + 1].lower_], i + 2  # "a third of", "a quarter of"
    if low == "half" and by and (i + 1 == n or tokens[i + 1].is_punct or tokens[i + 1].lower_ in ("in", "since")):
        return 0.5, i + 1  # "prices fell by half"
    if low == "half" and i + 1 < n and tokens[i + 1].lower_ in HALF_NEXT and tokens[i].whitespace_:
        if tokens[i + 1].lower_ == "of" and not _share_follows(tokens, i + 1):
            return None
        return 0.5, i + 1
    return None


def fold_at(tokens, i: int) -> tuple[float, int] | None:
    """A multiplier written as one word, hyphenated or apart: "threefold", "10-fold", "five-fold", "10 fold"."""
    tok = tokens[i]
    m = FOLD_RE.match(tok.lower_)
    if m:
        base = m.group(1)
        value = float(base) if base[0].isdigit() else _FOLD_WORDS.get(base)
        return (float(value), i + 1) if value else None
    n = len(tokens)
    hyphen = i + 2 < n and tokens[i + 1].text in HYPHENS and tokens[i + 2].lower_ == "fold"
    apart = i + 1 < n and tokens[i + 1].lower_ == "fold"  # "improves by about 10 fold"
    if hyphen or apart:
        end = i + 3 if hyphen else i + 2
        base = tok.lower_.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", base):
            return float(base), end
        if base in _FOLD_WORDS:
            return float(_FOLD_WORDS[base]), end
    return None
