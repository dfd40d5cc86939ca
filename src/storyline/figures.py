"""How a figure is written for a reader: '1,300', 'at least $2.5 million', '40%', '12 miles'.

Why here: the reports and the web app show facts, and conflict explanations
describe the figures they compare; both must write a figure the same way, so
the wording lives in one neutral module that neither fusion nor rendering owns.
"""
from __future__ import annotations

QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "less than ",
    "up_to": "up to ",
}
UNIT_SUFFIX = {"percent": "%", "%": "%"}
UNIT_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}
CURRENCY_NAMES = {  # units as extraction may spell them -> prefix symbol
    "usd": "$", "$": "$", "dollar": "$", "dollars": "$", "us dollar": "$", "us dollars": "$", "u.s. dollars": "$",
    "eur": "€", "€": "€", "euro": "€", "euros": "€", "gbp": "£", "£": "£", "pound sterling": "£", "pounds sterling": "£",
}
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value) -> str:
    """1300.0 -> '1,300'; 2.5 -> '2.5'."""
    if value is None:
        return "?"
    try:
        num = float(value)
    except (TypeError, ValueError):
        return str(value)
    if num.is_integer():
        return f"{int(num):,}"
    return f"{num:,.6g}" if abs(num) >= 1000 else f"{num:.6g}"


MEASURE_WORDS = {
    "mile", "kilometer", "kilometre", "meter", "metre", "centimeter", "millimeter", "yard", "inch", "ton", "tonne",
    "pound", "kilogram", "gram", "acre", "hectare", "gallon", "liter", "litre", "barrel", "hour", "minute", "second",
    "day", "week", "month", "year", "decade", "degree", "point", "vote", "seat", "delegate",
}


def _plural(unit: str, fact: dict) -> str:
    """'mile' -> 'miles' for any figure but exactly one (units are stored singular)."""
    head, _, rest = unit.partition(" ")  # "year of age" -> "years of age"
    if head.casefold() in MEASURE_WORDS and (fact.get("value_max") is not None or _number(fact.get("value")) != 1):
        return f"{head}s {rest}".strip()
    return unit


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _figure_number(value) -> str:
    """Like :func:`format_number`, but 2000000 -> '2 million' (as a reader writes large round figures)."""
    num = _number(value)
    if num is not None:
        for scale, word in SCALE_WORDS:
            if abs(num) >= scale and float(round(num / scale, 1)) * scale == num:
                return f"{round(num / scale, 1):g} {word}"
    return format_number(value)


def format_figure(fact: dict) -> str:
    """The figure a fact states, as a reader would write it ('at least 1,300', '$2.5', '40%', '$2 million')."""
    if fact.get("unit") == "fraction":  # "two-thirds of" is stored as a share, 0.667
        share = {**fact, "unit": "percent", "value": _as_percent(fact.get("value")),
                 "value_max": _as_percent(fact.get("value_max"))}
        return f"{format_figure(share)} (a share)"
    low = _figure_number(fact.get("value"))
    qualifier = fact.get("qualifier") or "exact"
    if qualifier == "range" or fact.get("value_max") is not None:
        number = f"{low}–{_figure_number(fact.get('value_max'))}" if fact.get("value_max") is not None else low
        prefix = "" if qualifier == "range" else QUALIFIER_WORDS.get(qualifier, "")
    else:
        number, prefix = low, QUALIFIER_WORDS.get(qualifier, "")
    unit = fact.get("unit")
    rate = ""
    if isinstance(unit, str) and " per " in unit:
        unit, base = unit.split(" per ", 1)  # "US dollar per hour" -> "$15 per hour"
        rate = f" per {base}"
    if unit in UNIT_SUFFIX:
        number = f"{number}{UNIT_SUFFIX[unit]}"
    elif unit in UNIT_PREFIX:
        number = f"{UNIT_PREFIX[unit]}{number}"
    elif isinstance(unit, str) and " ".join(unit.casefold().split()) in CURRENCY_NAMES:
        number = f"{CURRENCY_NAMES[' '.join(unit.casefold().split())]}{number}"
    elif unit:
        number = f"{number} {_plural(unit, fact)}"
    return f"{prefix}{number}{rate}"


def _as_percent(value):
    num = _number(value)
    return None if num is None else round(num * 100, 1)
