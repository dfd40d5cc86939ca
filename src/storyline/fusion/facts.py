"""One stated figure with what it is about, and whether two figures count the same thing.

Why: merging and conflict detection both need "same thing": the counted noun
(``Quantity.what`` or the words after the number), the unit, the place, and the
content words around the number, compared through :mod:`.lexicon` concepts so
"300,000 reservists" and "300,000 troops" in mobilisation sentences agree while
"530 arrests in Moscow" and "1,400 arrests" nationwide stay apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..model import Article, Quantity
from . import lexicon, stories
from .frames import Frame, outcome
from .places import canonical, places_in
from .spans import trim

CONTEXT_WORDS = 8  # words either side of the number that tell what it counts

_UNITS = {
    "mile": "mile", "miles": "mile", "mi": "mile",
    "km": "kilometer", "kilometer": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer", "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us$": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "rub": "RUB",
    "m": "meter", "meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter",
    "kg": "kilogram", "kilograms": "kilogram", "tons": "ton", "tonnes": "ton", "ton": "ton", "tonne": "ton",
    "hours": "hour", "hour": "hour", "days": "day", "day": "day", "years": "year", "year": "year",
}


def norm_unit(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.strip().lower()
    return _UNITS.get(u, lexicon.stem(u) if u.isalpha() else u)


def _step(v: float) -> float:
    """The place of a value's last stated digit: 283.8 million -> 100,000; 1,400 -> 100; 0.5 -> 0.1."""
    return 10.0 ** Decimal(repr(round(abs(v), 6))).normalize().as_tuple().exponent


def same_value(a: float | None, b: float | None) -> bool:
    """Within half a percent, and one may be the other rounded: '1,400' and '1,407' are one figure, while
    '$283.8 million' and '$283.9 million' each state the digit they differ in, so they are two."""
    if a is None or b is None:
        return a is None and b is None
    diff = abs(a - b)
    return diff <= 0.005 * max(abs(a), abs(b), 1e-9) and diff <= max(_step(a), _step(b)) / 2 + 1e-9


_VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|tens|scores|several|many|few)\b", re.I)


def vague(raw: str) -> bool:
    """"millions", "hundreds of": an order of magnitude, not a figure to merge or compare."""
    return not re.search(r"\d", raw) and bool(_VAGUE.search(raw))


def distinctive(value: float) -> bool:
    """A figure like 194,000 or 4,824 is rarely repeated by chance; 300,000 or 10 often is, and so is
    a share below one ('a third' is 0.333333, whose digits say nothing)."""
    if abs(value) < 1:
        return False
    digits = re.sub(r"[^0-9]", "", f"{abs(value):.6f}").strip("0")
    return len(digits) >= 3 or (len(digits) >= 2 and abs(value) >= 1000)


@dataclass
class Figure:
    """One quantity as stated in one article, with what it counts."""

    article: str
    index: int  # position of the quantity in its extraction
    value: float
    value_max: float | None
    qualifier: str
    unit: str | None
    what: str
    where: str | None
    when: str | None
    according_to: str | None
    raw: str
    mention: dict
    published: str | None = None
    head: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    sentence: str = ""
    places: set[str] = field(default_factory=set)  # countries the sentence names, plus ``where``
    wide: set[str] = field(default_factory=set)  # context plus the whole sentence's signature
    offset: tuple[int, int] = (0, 0)  # the number's span inside ``sentence``
    unit_label: str | None = None  # the unit and place as extracted, for display (``unit``/``where`` are keys)
    where_label: str | None = None
    # read from the article's parse (:func:`.merge.figures_of`); empty when no parser ran
    frame: Frame | None = None  # counted noun and predicate of the number
    named_places: frozenset[str] = frozenset()  # places the parser found in the sentence, cities too
    scope_places: frozenset[str] = frozenset()  # the same, a city stated with its country counting as the country
    owners: frozenset[str] = frozenset()  # names inside its 'what' whose thing it is ('Armco shares closed')
    about: stories.About = stories.About()  # the names its article is about and its sentence gives

    @property
    def span(self) -> tuple[str, int, int]:
        return (self.mention["article"], self.mention["start"], self.mention["end"])


def _head_words(before: list[str], after: list[str], has_unit: bool) -> str:
    """Words that name what a number counts: after it ("300,000 troops", "9 miles of traffic"),
    or for a measure with no "of", before it ("lines of cars that surpass 10 miles")."""
    content = lambda ws: [w for w in ws if w.lower() not in lexicon.STOPWORDS]  # noqa: E731
    if has_unit:
        rest = after[1:] if after[:1] and after[0].lower() in ("of", "worth") else []
        if rest:
            return " ".join(content(rest)[:4])
        return " ".join(content(before)[-5:])
    return " ".join(content(after)[:4])


def figure_from(article: Article, q: Quantity, index: int) -> Figure:
    """Build a :class:`Figure`; the mention is the sentence stating the quantity."""
    text = article.text
    s, e = q.sentence if q.sentence else (q.start, q.end)
    s, e = trim(text, s, e)
    sentence = text[s:e]
    before = lexicon.words(text[s : q.start])[-CONTEXT_WORDS:]
    after = lexicon.words(text[q.end : e])[:CONTEXT_WORDS]
    window = " ".join(before + after)
    if q.unit and after and norm_unit(after[0]) == norm_unit(q.unit):
        after = after[1:]  # the unit word itself when the quantity's span stops before it
    head_text = _head_words(before, after, bool(q.unit))
    head = lexicon.signature(head_text) | (lexicon.signature(q.what) if q.what else set())
    if q.unit:
        head -= {f"w:{lexicon.stem(q.unit)}"}
    where = canonical(q.where, seats=False) or (q.where.strip().lower() if q.where else None)
    return Figure(
        article=article.id,
        index=index,
        value=float(q.value),
        value_max=q.value_max,
        qualifier=q.qualifier or "exact",
        unit=norm_unit(q.unit),
        unit_label=q.unit,
        where_label=q.where,
        what=q.what or head_text,
        where=where,
        when=q.when,
        according_to=q.according_to,
        raw=q.text,
        mention={"article": article.id, "start": s, "end": e, "text": sentence},
        published=article.published,
        head=head,
        context=lexicon.signature(window) | head,
        sentence=sentence,
        places=(places := places_in(sentence, seats=False) | ({where} if where else set())),
        wide=lexicon.signature(window) | head | lexicon.signature(sentence) | {f"p:{p}" for p in places},
        offset=(max(0, q.start - s), max(0, q.end - s)),
    )


# items that name almost anything counted ("people", "persons"): they weigh least
_GENERIC_ITEMS = frozenset({"CITIZEN", "CITY", "w:person", "w:people", "w:year", "w:day", "w:time", "w:way"})


def weigh(items: set[str]) -> int:
    """Concepts count double, generic words and concepts once, other words once."""
    return sum(1 if (i.startswith(("w:", "p:")) or i in _GENERIC_ITEMS) else 2 for i in items)


def overlap(a: Figure, b: Figure) -> tuple[int, int]:
    """(shared head items, shared context items), weighed by :func:`weigh`."""
    return weigh(a.head & b.head), weigh(a.context & b.context)


def places_compatible(a: Figure, b: Figure) -> bool:
    return a.where is None or b.where is None or a.where == b.where


def same_figure(a: Figure, b: Figure) -> bool:
    """The same figure about the same thing (for merging mentions)."""
    if a.unit != b.unit or not same_value(a.value, b.value) or not same_value(a.value_max, b.value_max):
        return False
    if same_statement(a, b):
        return True
    if stories.apart(a.about, b.about):
        return False  # two stories' figures: one firm's revenue is not another's profit of the same amount
    if outcome(a.frame) and outcome(b.frame) and outcome(a.frame) != outcome(b.frame):
        return False  # 'three people were killed' is not 'three people were detained'
    if not same_owner(a, b):
        return False  # 'Armco shares closed at $11' is not 'Cineplex closed at $11'
    if not places_compatible(a, b) or (a.named_places and b.named_places and not a.named_places & b.named_places):
        return False  # '$57 million raised in Tampa' is not '$57 million raised in Cleveland'
    if vague(a.raw) or vague(b.raw):
        return a.article == b.article and a.raw.lower() == b.raw.lower() and a.head == b.head
    head, ctx = overlap(a, b)
    if a.article == b.article:  # one article rarely uses one figure for two things
        if _bounds(a.qualifier) != _bounds(b.qualifier):
            return False  # 'A third of independents' and later 'more than a third of independents'
        # (but 'about 100 people' at a rally and 'about 100 people' at City Hall are two crowds,
        # and 'five key trends across the states' are not 'all five of these states')
        if a.frame and b.frame and a.frame.noun and b.frame.noun and a.frame.noun != b.frame.noun:
            return False
        if a.unit in SHARE_UNITS and a.frame and b.frame and a.frame.predicate and b.frame.predicate \
                and a.frame.predicate != b.frame.predicate:
            return False  # 'three-quarters of voters support a ban', later 'three-quarters ... said they were worried'
        return distinctive(a.value) or bool((a.head & b.head) - _GENERIC_ITEMS)
    if distinctive(a.value):
        # (the words around it are not enough: 'a gain of $9.7 million' is not another outlet's 'a loss of
        # $9.7 million, or 74 cents a share', though both speak of cents a share)
        return head >= 1
    # a round or small number repeats by chance: the counted thing and its context must agree
    return head >= 2 and ctx >= (4 if abs(a.value) >= 100 else 6)


# the side of the number a qualifier puts the figure on: 'about 40' and '40' are one statement, 'more than 40' another
_SIDES = {"at_least": "above", "more_than": "above", "at_most": "below", "less_than": "below", "up_to": "below",
          "range": "range"}


# units of a share of a group, which is told apart by what that part of the group does or says
SHARE_UNITS = frozenset({norm_unit("percent"), norm_unit("fraction")})


def _bounds(qualifier: str) -> str:
    return _SIDES.get(qualifier, "at")


def same_statement(a: Figure, b: Figure) -> bool:
    """The same number at the same place in the same sentence: one statement repeated
    (a wire story in two outlets, a paragraph printed twice), however little it says."""
    return a.offset == b.offset and " ".join(a.sentence.split()) == " ".join(b.sentence.split())


def same_owner(a: Figure, b: Figure) -> bool:
    """No two different names own the things counted: 'GM closed at $44.875' and 'Philip Morris shares closed
    at $43.50' are two stocks. A name whose words are all in the other's is the same one ('GM', 'GM Class H');
    a figure whose 'what' names no one may be anyone's."""
    if not a.owners or not b.owners:
        return True
    return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a.owners for y in b.owners)


def same_subject(a: Figure, b: Figure) -> bool:
    """Different figures that claim to measure the same thing at the same place (strict)."""
    if a.unit != b.unit or vague(a.raw) or vague(b.raw):
        return False
    if not same_owner(a, b):
        return False
    if not ((a.places & b.places) or (not a.places and not b.places)):
        return False
    head, ctx = weigh(a.head & b.head), weigh(a.wide & b.wide)
    if a.unit is None:  # plain counts: the counted noun and its context must agree strongly
        return head >= 1 and ctx >= 5
    return head >= 1 and ctx >= 4
