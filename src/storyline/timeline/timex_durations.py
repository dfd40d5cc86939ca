"""Durations and sets: "2 1/2 years" (P2Y6M), "years" (PXY), "every week", "daily", "Tuesday nights"."""
from __future__ import annotations

from .lexicon import PARTS_OF_DAY, UNITS, parse_number, weekday_number
from .timex_context import unit_name


_HALF = {("year", False): "6M", ("day", False): "T12H", ("hour", True): "T30M", ("minute", True): "T30S"}


def resolve_duration(m, c):
    unit = unit_name(m["unit"])
    if unit not in UNITS or unit == "weekend":
        return None
    code, is_time = UNITS[unit]
    n = parse_number(m["num"]) if m["num"] else None
    if n is not None and (m["frac"] or m["half"]):
        half = _HALF.get((unit, is_time))
        if half is not None:  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
            whole = ("PT" if is_time else "P") + f"{int(n)}{code}"
            return "DURATION", whole + (half[1:] if is_time else half)
        n = n + 0.5
    if n is None:
        amount = "X"
    elif isinstance(n, float):
        amount = f"{n:g}"
    else:
        amount = str(n)
    if unit == "quarter":  # TimeML writes quarters in months
        code = "M"
        amount = amount if amount == "X" else f"{float(amount) * 3:g}"
    if code in ("DE", "CE") and amount != "X":  # TimeML writes decades and centuries in years
        amount, code = f"{float(amount) * (10 if code == 'DE' else 100):g}", "Y"
    elif code in ("DE", "CE"):
        code = "Y"
    return "DURATION", ("PT" if is_time else "P") + amount + code


def resolve_plural_duration(m, c):
    unit = unit_name(m["unit"])
    code, is_time = UNITS[unit]
    return "DURATION", ("PT" if is_time else "P") + "X" + ("Y" if code in ("DE", "CE") else code)


def resolve_set(m, c):
    unit = unit_name(m["unit"])
    if unit in ("morning", "night", "evening", "afternoon"):
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
    code, is_time = UNITS.get(unit, ("D", False))
    return "SET", ("PT1" if is_time else "P1") + code


_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P1Q", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI"}


def resolve_adverb_set(m, c):
    return "SET", _ADVERB_SET[m.group(0).lower()]


def resolve_weekday_set(m, c):
    wd = weekday_number(m["wd"])
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    return ("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")) if wd else None
