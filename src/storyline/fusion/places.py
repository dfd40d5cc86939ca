"""Countries named by name, demonym, capital or seat of government.

Why: outlets refer to the same actor or place in many ways ("Latvia", "Latvian",
"Riga", "the government in Vilnius", "the White House", "the Kremlin"). Facts,
conflicts and stances are compared on the canonical country name.
"""
from __future__ import annotations

import functools
import re

# canonical name: aliases (names, demonyms, capitals, seats of government)
COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": ("United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans",
                      "Washington", "White House", "State Department", "Pentagon"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Downing Street"),
    "Russia": ("Russia", "Russian", "Russians", "Russian Federation", "Moscow", "Kremlin"),
    "Ukraine": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "Belarus": ("Belarus", "Belarusian", "Belarusians", "Minsk"),
    "Lithuania": ("Lithuania", "Lithuanian", "Lithuanians", "Vilnius"),
    "Latvia": ("Latvia", "Latvian", "Latvians", "Riga"),
    "Estonia": ("Estonia", "Estonian", "Estonians", "Tallinn"),
    "Finland": ("Finland", "Finnish", "Finns", "Helsinki"),
    "Norway": ("Norway", "Norwegian", "Norwegians", "Oslo"),
    "Sweden": ("Sweden", "Swedish", "Swedes", "Stockholm"),
    "Denmark": ("Denmark", "Danish", "Danes", "Copenhagen"),
    "Poland": ("Poland", "Polish", "Poles", "Warsaw"),
    "Germany": ("Germany", "German", "Germans", "Berlin"),
    "France": ("France", "French", "Paris", "Elysee", "Élysée"),
    "Italy": ("Italy", "Italian", "Italians", "Rome"),
    "Spain": ("Spain", "Spanish", "Madrid"),
    "Netherlands": ("Netherlands", "Dutch", "The Hague", "Amsterdam"),
    "Belgium": ("Belgium", "Belgian", "Belgians"),
    "Austria": ("Austria", "Austrian", "Vienna"),
    "Switzerland": ("Switzerland", "Swiss", "Bern"),
    "Czech Republic": ("Czech Republic", "Czechia", "Czech", "Prague"),
    "Slovakia": ("Slovakia", "Slovak", "Bratislava"),
    "Hungary": ("Hungary", "Hungarian", "Hungarians", "Budapest"),
    "Romania": ("Romania", "Romanian", "Romanians", "Bucharest"),
    "Moldova": ("Moldova", "Moldovan", "Chisinau"),
    "Bulgaria": ("Bulgaria", "Bulgarian", "Sofia"),
    "Serbia": ("Serbia", "Serbian", "Serbs", "Belgrade"),
    "Greece": ("Greece", "Greek", "Greeks", "Athens"),
    "Turkey": ("Turkey", "Türkiye", "Turkish", "Turks", "Ankara"),
    "Georgia": ("Georgia", "Georgian", "Georgians", "Tbilisi"),
    "Armenia": ("Armenia", "Armenian", "Armenians", "Yerevan"),
    "Azerbaijan": ("Azerbaijan", "Azerbaijani", "Baku"),
    "Kazakhstan": ("Kazakhstan", "Kazakh", "Kazakhs", "Astana", "Nur-Sultan", "Almaty"),
    "Uzbekistan": ("Uzbekistan", "Uzbek", "Tashkent"),
    "Kyrgyzstan": ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    "Tajikistan": ("Tajikistan", "Tajik", "Dushanbe"),
    "Mongolia": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "China": ("China", "Chinese", "Beijing"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "India": ("India", "Indian", "Indians", "New Delhi"),
    "Pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "Iran": ("Iran", "Iranian", "Iranians", "Tehran"),
    "Iraq": ("Iraq", "Iraqi", "Baghdad"),
    "Syria": ("Syria", "Syrian", "Syrians", "Damascus"),
    "Israel": ("Israel", "Israeli", "Israelis", "Jerusalem"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Riyadh"),
    "Canada": ("Canada", "Canadian", "Canadians", "Ottawa"),
    "Mexico": ("Mexico", "Mexican", "Mexicans", "Mexico City"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "European Union": ("European Union", "EU", "E.U.", "Brussels", "European Commission"),
    "NATO": ("NATO", "North Atlantic Treaty Organization"),
    "United Nations": ("United Nations", "UN", "U.N."),
}

# groups a text may name collectively; expanded only when the text names the members
GROUPS: dict[str, tuple[str, ...]] = {
    "baltic": ("Estonia", "Latvia", "Lithuania"),
    "nordic": ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    "scandinavian": ("Denmark", "Norway", "Sweden"),
}
GROUP_RE = re.compile(r"\b(?:the\s+)?(?:three\s+|five\s+|four\s+)?(?:(Baltic|Nordic|Scandinavian)\s+"
                      r"(?:states|nations|countries|governments|republics|neighbou?rs)|(Baltic|Nordic)s)\b", re.I)

# capitals and seats of government: an actor ("the Kremlin said") but, as a place, a city
SEATS = frozenset({
    "Washington", "White House", "State Department", "Pentagon", "London", "Downing Street",
    "Moscow", "Kremlin", "Kyiv", "Kiev", "Minsk", "Vilnius", "Riga", "Tallinn", "Helsinki", "Oslo", "Stockholm",
    "Copenhagen", "Warsaw", "Berlin", "Paris", "Elysee", "Élysée", "Rome", "Madrid", "The Hague", "Amsterdam",
    "Vienna",
    "Bern", "Prague", "Bratislava", "Budapest", "Bucharest", "Chisinau", "Sofia", "Belgrade", "Athens", "Ankara",
    "Tbilisi", "Yerevan", "Baku", "Astana", "Nur-Sultan", "Almaty", "Tashkent", "Bishkek", "Dushanbe", "Ulaanbaatar",
    "Beijing", "Tokyo", "New Delhi", "Islamabad", "Tehran", "Baghdad", "Damascus", "Jerusalem", "Cairo", "Riyadh",
    "Ottawa", "Mexico City", "Brasilia", "Canberra", "Brussels", "European Commission",
})

# aliases whose case matters (all-caps abbreviations) versus ordinary names
_CASE_SENSITIVE = {"US", "UK", "EU", "UN", "USA", "NATO"}


@functools.lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, str], dict[str, str]]:
    """(case-sensitive aliases, lower-cased aliases) -> canonical country."""
    exact: dict[str, str] = {}
    lower: dict[str, str] = {}
    for canon, aliases in COUNTRIES.items():
        for a in aliases:
            if a in _CASE_SENSITIVE:
                exact[a] = canon
            else:
                lower[a.lower()] = canon
    return exact, lower


_CAP_RE = re.compile(r"[A-ZÀ-Ý][\w’'.-]*")
_MAX_WORDS = 4


def _lookup(phrase: str) -> tuple[str, str] | None:
    """(alias as written, canonical) for a capitalised phrase, trying it without possessive/punctuation."""
    exact, lower = _alias_index()
    for cand in (phrase, re.sub(r"(?:'s|’s)$", "", phrase), phrase.rstrip(".,-’'")):
        canon = exact.get(cand) or lower.get(cand.lower())
        if canon:
            return cand, canon
        cand2 = re.sub(r"(?:'s|’s)$", "", cand.rstrip(".,"))
        canon = exact.get(cand2) or lower.get(cand2.lower())
        if canon:
            return cand2, canon
    return None


_SEATS_LOWER = frozenset(s.lower() for s in SEATS)


def canonical(name: str | None, *, seats: bool = True) -> str | None:
    """The country a name or demonym (and, with ``seats``, a capital or seat of government) stands for."""
    if not name:
        return None
    for m in find_places(name.strip(), seats=seats):
        return m[2]
    return None


def find_places(text: str, *, seats: bool = True) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, country)`` for every country alias in ``text``, in order (longest alias first).
    Cached: fusion asks about the same sentences and articles many times."""
    return _find_places(text, seats)


@functools.lru_cache(maxsize=32768)
def _find_places(text: str, seats: bool) -> tuple[tuple[int, int, str], ...]:
    toks = [(m.start(), m.group(0)) for m in _CAP_RE.finditer(text)]
    out = []
    i = 0
    while i < len(toks):
        step = 1
        for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
            seq = toks[i : i + n]
            if any(seq[k + 1][0] != seq[k][0] + len(seq[k][1]) + 1 for k in range(n - 1)):
                continue  # only words separated by one space form one name
            found = _lookup(" ".join(t for _, t in seq))
            if found:
                alias, canon = found
                if seats or alias.lower() not in _SEATS_LOWER:
                    out.append((seq[0][0], seq[0][0] + len(alias), canon))
                step = n
                break
        i += step
    return tuple(out)


def places_in(text: str, *, seats: bool = True) -> set[str]:
    """The set of countries ``text`` names (with ``seats``: also through capitals and governments)."""
    return {p for _, _, p in find_places(text, seats=seats)}


def group_members(phrase: str, doc_text: str) -> list[str]:
    """Members of a collective ("the three Baltic states"), when ``doc_text`` names them all."""
    m = GROUP_RE.search(phrase)
    if not m:
        return []
    group = (m.group(1) or m.group(2)).lower()
    members = GROUPS[group]
    named = places_in(doc_text)
    if group == "baltic":
        return [c for c in members if c in named] if all(c in named for c in members) else []
    return [c for c in members if c in named]
