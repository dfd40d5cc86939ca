"""Whether two articles tell one story: the names each is about.

Why: a folder may hold unrelated stories (a day of business wire: one firm's results, another's
takeover). Two firms' market values, or two stocks' closing prices, are not outlets disagreeing.
An article is about the names in its opening lines and the names it repeats; two articles that
share none of these are not compared for conflicts. An article with no such names (a sentence or
two) may be about anything, so it is compared as before.
"""
from __future__ import annotations

from collections import Counter

from ..model import Article
from .lexicon import name_key
from .parse_facts import ParsedArticles
from .places import canonical

# names a story can be about (not dates, amounts or ordinals)
_TOPIC_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "EVENT", "LOC", "PRODUCT"})
LEDE = 300  # characters: the opening sentence or two, which say whom the story is about


def _key(name: str, label: str) -> str:
    """A name as stories are compared: a country for a country's name or people ('Greek' is Greece), else
    its :func:`.lexicon.name_key` without a closing full stop."""
    country = canonical(name, seats=False) if label in ("GPE", "NORP", "LOC") else None
    return country or name_key(name.strip().rstrip("."))


def topic_names(text: str, entities: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names an article is about: those in its opening and those it names more than once."""
    names = [(s, _key(text[s:e], label)) for s, e, label in entities if label in _TOPIC_LABELS]
    counts = Counter(k for _, k in names)
    return frozenset(k for s, k in names if k and (s < LEDE or counts[k] >= 2))


class Stories:
    """The topic names of each article, read from the parse facts analysis kept."""

    def __init__(self, articles: dict[str, Article], parsed: ParsedArticles):
        self._topics = {aid: topic_names(art.text, parsed.entities(aid, 0, len(art.text)))
                        for aid, art in articles.items()}

    def apart(self, a: str, b: str) -> bool:
        """Both articles say whom they are about, and no name is common to the two."""
        ta, tb = self._topics.get(a), self._topics.get(b)
        return bool(ta) and bool(tb) and not ta & tb
