"""A small news lexicon: word stems and the concepts synonyms share.

Why: outlets describe the same thing with different words ("300,000 reservists",
"300,000 troops", "over 300,000 men"; "draft notices" vs "summonses"). The
small spaCy model has no word vectors, so fusion compares sentences on concept
ids drawn from this hand-kept, general (not story-specific) lexicon, plus stems.
"""
from __future__ import annotations

import functools
import re

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")

STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with about as into over under than then that this these
    those there their they them it its he she his her we our you your i me my is are was were be been being has have
    had do does did will would shall should can could may might must not no so such some any all each every more most
    other which who whom whose what when where why how also just only even still yet very said says say told according
    after before during since while until up down out off per about around nearly almost least than one two three
    four five six seven eight nine ten hundred thousand million billion first last new own same many much few several
    mr mrs ms like""".split()
)

_IRREGULAR = {
    "men": "man", "women": "woman", "people": "person", "children": "child", "fled": "flee", "rose": "rise",
    "risen": "rise", "grew": "grow", "grown": "grow", "left": "leave", "went": "go", "gone": "go", "came": "come",
    "held": "hold", "killed": "kill", "dead": "die", "died": "die", "deaths": "death", "lines": "line",
    "fell": "fall", "fallen": "fall", "sought": "seek", "wounded": "wound", "busted": "arrest", "seen": "see",
    "saw": "see", "said": "say", "told": "tell", "thought": "think", "taken": "take", "took": "take",
    "summonses": "summons", "summons": "summons", "crises": "crisis", "series": "series", "news": "news",
    "police": "police", "kilometres": "kilometer", "kilometers": "kilometer", "metres": "meter",
}


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light, deterministic English stemmer (plural, -ed, -ing, -ation, final -e)."""
    s = _stem(word)
    return s[:-1] if len(s) > 3 and s.endswith("e") and not s.endswith("ee") else s


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    for suf, rep in (("isation", "ize"), ("ization", "ize"), ("ations", "ate"), ("ation", "ate"), ("ies", "y"),
                     ("sses", "ss"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf == "s" and (w.endswith("ss") or w.endswith("us") or w.endswith("is")):
                return w
            if suf == "es" and not re.search(r"(?:ch|sh|x|z|ss)es$", w):
                return w[:-1]
            base = w[: len(w) - len(suf)] + rep
            if suf in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsze":
                base = base[:-1]
            return base
    return w


# concept id: phrases (matched on stems, so list base forms)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "PERSONNEL": ("troop", "soldier", "reservist", "man", "recruit", "conscript", "serviceman", "personnel",
                  "fighter", "draftee", "military personnel", "combatant"),
    "MOBILIZE": ("mobilize", "mobilise", "mobilization", "mobilisation", "call-up", "callup", "call up", "draft",
                 "conscription", "conscript", "recruitment", "enlist", "enlistment", "military service"),
    "FLEE": ("flee", "escape", "leave", "exodus", "emigrate", "emigration", "depart", "departure", "run away",
             "exit", "evacuate"),
    "ARRIVE": ("arrive", "arrival", "enter", "entry", "cross", "crossing", "inflow", "influx", "come"),
    "ARREST": ("arrest", "detain", "detention", "detainee", "arrestee", "round up", "jail"),
    "PROTEST": ("protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "march"),
    "KILL": ("kill", "death", "die", "fatality", "toll", "casualty", "body", "drown", "perish", "gun down",
             "slaughter", "massacre"),
    "INJURE": ("injure", "injury", "wound", "hurt"),
    "QUEUE": ("queue", "line", "traffic", "congestion", "jam", "tailback", "backlog", "car", "vehicle", "truck"),
    "BORDER": ("border", "frontier", "checkpoint", "crossing point", "border crossing"),
    "CITIZEN": ("citizen", "national", "resident", "person", "civilian"),
    "ASYLUM": ("asylum", "refuge", "shelter", "protection", "sanctuary"),
    "VISA": ("visa", "residence permit", "entry permit"),
    "DRAFT_NOTICE": ("draft notice", "summons", "call-up paper", "call-up notice", "conscription notice",
                     "draft paper", "draft letter", "mobilization notice", "mobilisation notice",
                     "military summons", "enlistment notice"),
    "STRIKE": ("strike", "airstrike", "air strike", "attack", "bombardment", "shelling"),
    "MISSILE": ("missile", "rocket", "drone"),
    "CITY": ("city", "town", "region", "province"),
    "DISTANCE": ("mile", "kilometer", "km"),
    "MONEY": ("dollar", "euro", "ruble", "rouble", "pound", "usd", "eur"),
    "TICKET": ("ticket", "flight", "fare", "airfare"),
    "ARSON": ("arson", "fire", "blaze"),
    "REFUGEE": ("refugee", "evacuee", "displaced", "migrant", "asylum seeker", "asylum-seeker", "displaced person"),
    "HOME": ("home", "house", "dwelling", "household", "building", "apartment"),
    "POWER": ("power", "electricity", "outage", "blackout"),
    "VOTE": ("vote", "ballot", "voter"),
    "WORKER": ("worker", "employee", "staff", "job", "staffer"),
    "CHILD": ("child", "kid", "minor", "baby", "infant"),
    "SHIP": ("ship", "vessel", "boat", "ferry"),
    "AIRCRAFT": ("plane", "aircraft", "jet", "airliner", "helicopter"),
}

INCREASE = ("increase", "rise", "surge", "intensify", "pick up", "grow", "spike", "jump", "climb", "soar", "swell",
            "up from", "double", "triple", "mount", "escalate", "spiral", "accelerate", "rush", "balloon")
DECREASE = ("decrease", "fall", "drop", "decline", "ease", "slow", "shrink", "dwindle", "down from", "subside")
DENY = ("deny", "denied", "denies", "refute", "reject", "dismiss")


@functools.lru_cache(maxsize=4096)
def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in WORD_RE.findall(phrase.replace("-", " ")))


@functools.lru_cache(maxsize=1)
def _concept_index() -> dict[str, list[tuple[tuple[str, ...], list[str]]]]:
    """First stem -> [(phrase stems, concept ids)], longest phrase first."""
    by_phrase: dict[tuple[str, ...], list[str]] = {}
    for cid, phrases in CONCEPTS.items():
        for p in phrases:
            by_phrase.setdefault(_phrase_stems(p), []).append(cid)
    index: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {}
    for ps, cids in by_phrase.items():
        index.setdefault(ps[0], []).append((ps, cids))
    for entries in index.values():
        entries.sort(key=lambda x: -len(x[0]))
    return index


def name_key(name: str) -> str:
    """A name as fusion compares names: lower case, without a possessive 's ("Provigo's" is Provigo)."""
    return re.sub(r"['\u2019]s?$", "", name).lower().strip()


def words(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated words split)."""
    return [w for w in WORD_RE.findall(text.replace("-", " "))]


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def content_stems(text: str) -> set[str]:
    """Stems of the content words of ``text`` (stop words and numbers dropped)."""
    return {stem(w) for w in words(text) if w.lower() not in STOPWORDS and len(w) > 2}


def concepts(text: str) -> set[str]:
    """Concept ids whose phrases occur in ``text`` (matched on stems, longest phrase first)."""
    seq = stems(text)
    index = _concept_index()
    found: set[str] = set()
    i = 0
    while i < len(seq):
        step = 1
        for ps, cids in index.get(seq[i], ()):
            if tuple(seq[i : i + len(ps)]) == ps:
                found.update(cids)
                step = len(ps)
                break
        i += step
    return found


def has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether any of ``phrases`` occurs in ``text``, comparing stems."""
    seq = stems(text)
    grams = {tuple(seq[i : i + n]) for n in (1, 2, 3) for i in range(len(seq) - n + 1)}
    return any(_phrase_stems(p) in grams for p in phrases)


def signature(text: str) -> set[str]:
    """Concept ids plus stems of content words: what a phrase is about."""
    return concepts(text) | {f"w:{s}" for s in content_stems(text)}
