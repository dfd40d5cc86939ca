"""Qualifiers that bound a number: "at least", "more than", "some", "up to", ranges.

The contract's qualifier names are exact | approximately | at_least | more_than
| at_most | less_than | up_to | range.  Phrases are matched on lower-cased
tokens right before the number (or before its currency symbol).
"""
from __future__ import annotations

BEFORE: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least", ("a", "minimum", "of"): "at_least", ("minimum", "of"): "at_least",
    ("more", "than"): "more_than", ("over",): "more_than", ("above",): "more_than",
    ("upwards", "of"): "more_than", ("in", "excess", "of"): "more_than", ("just", "over"): "more_than",
    ("well", "over"): "more_than", ("exceeding",): "more_than", ("greater", "than"): "more_than",
    ("some",): "approximately", ("about",): "approximately", ("around",): "approximately",
    ("roughly",): "approximately", ("~",): "approximately", ("≈",): "approximately", ("approximately",): "approximately", ("approx.",): "approximately",
    ("nearly",): "approximately", ("almost",): "approximately", ("close", "to"): "approximately", ("near",): "approximately",
    ("an", "estimated"): "approximately", ("estimated",): "approximately", ("circa",): "approximately",
    ("approaching",): "approximately", ("getting", "on", "for"): "approximately",
    ("up", "to"): "up_to", ("as", "many", "as"): "up_to", ("as", "much", "as"): "up_to",
    ("as", "high", "as"): "up_to", ("as", "large", "as"): "up_to", ("as", "big", "as"): "up_to",
    ("fewer", "than"): "less_than", ("less", "than"): "less_than", ("under",): "less_than",
    ("below",): "less_than", ("just", "under"): "less_than",
    ("at", "most"): "at_most", ("no", "more", "than"): "at_most", ("a", "maximum", "of"): "at_most",
    ("not", "more", "than"): "at_most", ("maximum", "of"): "at_most",
}
AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least", ("or", "so"): "approximately", ("and", "more"): "at_least",
    ("or", "fewer"): "at_most", ("or", "less"): "at_most", ("plus",): "at_least", ("+",): "at_least",
    ("-", "plus"): "at_least",  # "10,000-plus fans"
    ("or", "below"): "at_most", ("or", "lower"): "at_most", ("or", "above"): "at_least", ("or", "higher"): "at_least",
}
# a verb that says its object is a bound: "arrests topped 2,200" (more than), "neared 500"
VERB_BOUND = {"top": "more_than", "exceed": "more_than", "pass": "more_than",
              "eclipse": "more_than", "cross": "more_than", "near": "approximately", "approach": "approximately"}
_MAX_LEN = max(len(k) for k in BEFORE)
_AFTER_FIRST = {k[0] for k in AFTER}
RANGE_JOINERS = {"to", "-", "–", "—", "and", "or"}


def qualifier_before(tokens, start: int) -> tuple[str, int] | None:
    """The longest qualifier phrase ending right before token ``start``: (name, first index)."""
    for length in range(_MAX_LEN, 0, -1):
        first = start - length
        if first < 0:
            continue
        key = tuple(t.lower_ for t in tokens[first:start])
        if key in BEFORE:
            if key == ("over",) and _over_is_preposition(tokens, start):
                return None
            if key == ("some",) and first + 1 < len(tokens) and tokens[first].tag_ not in ("DT", "RB"):
                continue
            if key == ("about",) and _about_is_preposition(tokens, first):
                return None
            if key == ("~",) and (first == 0 or "\n" in tokens[first - 1].text_with_ws) and tokens[first].whitespace_:
                return None  # '~ Two punters died': a list's bullet, not 'about'
            if key == ("up", "to") and first > 0 and tokens[first - 1].lower_ == "way":
                return None  # "working our way up to $15 an hour": a level reached, not a bound
            return BEFORE[key], first
    return None


def qualifier_after(tokens, end: int) -> tuple[str, int] | None:
    """A qualifier right after the number/unit ("1,000 or more"): (name, end index)."""
    if end >= len(tokens) or tokens[end].lower_ not in _AFTER_FIRST:
        return None
    for key, name in AFTER.items():
        stop = end + len(key)
        if stop <= len(tokens) and tuple(t.lower_ for t in tokens[end:stop]) == key:
            if key[-1] == "plus" and (tokens[end - 1].whitespace_ or len(key) > 1 and tokens[end].whitespace_):
                continue  # glued: "10,000plus", "10,000-plus"
            if key == ("+",) and (tokens[end - 1].whitespace_ or stop < len(tokens) and tokens[stop].like_num
                                  and not tokens[end].whitespace_):
                continue  # "10,000+ fans", not "2+2"
            return name, stop
    return None


def _over_is_preposition(tokens, start: int) -> bool:
    """"over the past 3 days" / "fought over 2 islands" / "chosen over three other nominees"
    -> not a bound."""
    prev = tokens[start - 2].lower_ if start >= 2 else ""
    after = tokens[start + 1].lower_ if start + 1 < len(tokens) else ""
    return prev in ("took", "take", "argue", "argued", "fought", "fight", "dispute", "clash", "clashed") \
        or after == "other" and prev in _CHOSEN  # a choice over the others, not more than them


def _about_is_preposition(tokens, first: int) -> bool:
    """'They care about two things', 'we talked about three issues': 'about' tagged a preposition
    right after a verb that takes it says what the verb is about, not that the number is rough."""
    if tokens[first].tag_ != "IN" or first == 0:
        return False
    before = tokens[first - 1]
    return before.lemma_.lower() in _ABOUT_VERBS or before.lemma_.lower() in _ABOUT_NOUNS and before.pos_ == "NOUN"


# verbs that take 'about' as their preposition ('worry about', 'talk about')
_ABOUT_VERBS = frozenset("care talk worry think know hear learn speak ask complain forget write read argue joke wonder "
                         "dream laugh boast brag lie warn inquire debate agree feel remind teach tell".split())


# nouns that take 'about' as their preposition ('his comment about 47 percent of the country')
# (not 'concern': 'the home video concern about $2 million a year' is a company, and the figure rough)
_ABOUT_NOUNS = frozenset("comment remark question story joke claim warning complaint".split())  # (lemmas)


_CHOSEN = {"chosen", "picked", "selected", "preferred", "favored", "favoured", "first", "named", "elected"}


def qualifier_of_verb(head) -> str | None:
    """The bound a governing verb puts on its direct object ("topped 2,200" -> more_than)."""
    if head.dep_ != "dobj" or head.head.pos_ != "VERB":
        return None
    return VERB_BOUND.get(head.head.lemma_.lower())
