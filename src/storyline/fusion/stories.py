"""Whether two articles tell one story: the names each is about.

Why: a folder may hold unrelated stories (a day of business wire: one firm's results, another's
takeover). Two firms' market values, or two stocks' closing prices, are not outlets disagreeing.
An article is about the names in its opening lines and the names it repeats. Two items (figures,
events) whose articles share none of these are of two stories, unless one item's sentence names
what the other's article is about (a digest's one line on a firm). Their figures are neither
merged nor compared for conflicts, and their events are not merged. An article with no such names
(a sentence or two) may be about anything, so its items are compared as before.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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


def _names(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    return [(s, k) for s, e, label in entities if label in _TOPIC_LABELS and (k := _key(text[s:e], label))]


def topic_names(text: str, entities: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names an article is about: those in its opening and those it names more than once."""
    names = _names(text, entities)
    counts = Counter(k for _, k in names)
    return frozenset(k for s, k in names if s < LEDE or counts[k] >= 2)


def article_topics(article: Article, parsed: ParsedArticles) -> frozenset[str]:
    """:func:`topic_names` of an article, read from the parse facts analysis kept."""
    return topic_names(article.text, parsed.entities(article.id, 0, len(article.text)))


def names_in(text: str, entities: list[tuple[int, int, str]]) -> frozenset[str]:
    """Every name a passage gives, keyed as :func:`topic_names` keys them: a digest's one line on a firm
    is about that firm, whatever the digest opens with."""
    return frozenset(k for _, k in _names(text, entities))


@dataclass(frozen=True)
class About:
    """Whom an item is about: its article's :func:`topic_names` and its own passage's :func:`names_in`."""

    topics: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


def apart(a: About, b: About) -> bool:
    """Two items of two stories: both articles say whom they are about, they share no such name, and
    neither item names what the other's article is about. (A name both passages give and neither article
    is about, 'the New York Stock Exchange' in two firms' share prices, does not join them.)"""
    if not a.topics or not b.topics:
        return False
    return not (a.topics & b.topics or a.names & b.topics or b.names & a.topics)
