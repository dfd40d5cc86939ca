"""A person's likely gender from the first name, to keep "she" off a man's name.

Uses the gender-guesser name list (40,000 first names by country). Only clear
answers count ("male", "female"; "mostly_female" Bernie does not); androgynous or unknown names give None,
so the pronoun falls back on the article's own evidence.
"""
from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gd
    except ImportError:  # optional: without it only titles and pronouns give gender
        log.warning("gender-guesser not installed: first names give no gender")
        return None
    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def gender_of_first_name(name: str) -> str | None:
    """'m', 'f' or None for a first name ("Hillary" -> "f")."""
    name = name.strip(".")
    if len(name) < 2 or not name[:1].isupper() or not name.isalpha():
        return None
    det = _detector()
    if det is None:
        return None
    guess = det.get_gender(name)
    if guess not in ("male", "female"):  # "mostly_*" names (Bernie, Tracy) are left to the article's evidence
        return None
    if det.get_gender(name, "usa").replace("mostly_", "") in {"male", "female"} - {guess}:
        return None  # 'Rand': female in the list at large, male in the US one; which is meant, the article says
    return "m" if guess == "male" else "f"


def known_first_name(name: str) -> bool:
    """The name list holds this as a first name at all (also 'Sam', 'Bernie': any gender or none clear)."""
    name = name.strip(".")
    det = _detector()
    return det is not None and len(name) > 1 and name.isalpha() and det.get_gender(name) != "unknown"
