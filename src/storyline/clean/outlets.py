"""Which outlet published an article and which agency wrote it.

Backed by ``storyline/data/outlets.json``: domains, names and aliases, house
bylines (desk pseudonyms), sign-off/credit patterns and agency dateline tags.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from .normalize import fold


@dataclass
class Outlet:
    name: str
    kind: str  # outlet | wire
    domains: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    house_bylines: list[str] = field(default_factory=list)
    signoffs: list[re.Pattern] = field(default_factory=list)
    dateline_tags: list[str] = field(default_factory=list)

    @property
    def is_wire(self) -> bool:
        return self.kind == "wire"


@lru_cache(maxsize=1)
def table() -> list[Outlet]:
    """The packaged outlet table, loaded once."""
    raw = json.loads(resources.files("storyline").joinpath("data/outlets.json").read_text("utf-8"))
    out = []
    for e in raw["outlets"]:
        out.append(
            Outlet(
                name=e["name"],
                kind=e.get("kind", "outlet"),
                domains=[d.lower() for d in e.get("domains", [])],
                aliases=e.get("aliases", []),
                house_bylines=e.get("house_bylines", []),
                signoffs=[re.compile(p, re.I) for p in e.get("signoffs", [])],
                dateline_tags=e.get("dateline_tags", []),
            )
        )
    return out


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for o in table():
        for n in [o.name, *o.aliases]:
            index.setdefault(fold(n).lower(), o)
            index.setdefault(fold(n).lower().removeprefix("the "), o)
    return index


def by_name(name: str | None) -> Outlet | None:
    """The table entry for an outlet name or alias ("The AP", "Reuters", "nytimes")."""
    if not name:
        return None
    key = fold(name).lower().strip(" .,")
    return _by_name().get(key) or _by_name().get(key.removeprefix("the "))


def canonical_name(name: str | None) -> str | None:
    """The table's spelling of a known outlet name, else the name as given."""
    if not name or not name.strip():
        return None
    hit = by_name(name)
    return hit.name if hit else " ".join(name.split())


def host_of(url: str | None) -> str | None:
    """Lower-case host without ``www.``; None when the URL has none."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.").removeprefix("amp.").removeprefix("m.") or None


def by_domain(url: str | None) -> Outlet | None:
    """The outlet whose domain (or a parent domain) serves ``url``."""
    host = host_of(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        cand = ".".join(parts[i:])
        for o in table():
            if cand in o.domains:
                return o
    return None


def by_house_byline(name: str) -> Outlet | None:
    """The outlet whose desk pseudonym is ``name`` (a house byline)."""
    return _house().get(fold(name).lower())


@lru_cache(maxsize=1)
def _house() -> dict[str, Outlet]:
    return {fold(h).lower(): o for o in table() for h in o.house_bylines}


@lru_cache(maxsize=1)
def _signoffs() -> list[tuple[re.Pattern, Outlet]]:
    return [(p, o) for o in table() for p in o.signoffs]


def signoff_outlet(line: str) -> Outlet | None:
    """The outlet or agency a credit/sign-off line names ("Via AP news wire", "With Post wires")."""
    key = fold(line).lower().strip()
    for pattern, o in _signoffs():
        if pattern.match(key):
            return o
    return None


_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z0-9 .,'-]{1,60}?\s*)?\((?P<tag>[A-Za-z]{2,10})\)\s*[-_\u2013\u2014:]")


_SLASH_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40},\s*[A-Z][a-z]+\.? \d{1,2}\.?\s*/(?P<tag>[A-Za-z -]{2,20})/")


def dateline_wire(paragraph: str) -> Outlet | None:
    """The agency in a dateline such as ``KYIV, Ukraine (AP) --`` or ``MOSCOW, May 3. /TASS/``."""
    m = _DATELINE.match(paragraph) or _SLASH_DATELINE.match(paragraph)
    if not m:
        return None
    tag = m.group("tag").lower()
    for o in table():
        if any(t.lower() == tag for t in o.dateline_tags):
            return o
    return None


_FILE_OUTLET = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z-]{1,30})_(?:19|20)\d\d")


def by_file_name(source: str | None) -> Outlet | None:
    """A known outlet named at the start of a local file name dated after it ("nyt_2016-02-09_x.txt")."""
    if not source or "://" in source:
        return None
    m = _FILE_OUTLET.match(re.split(r"[\\/]", source)[-1])
    if not m:
        return None
    prefix = m.group("prefix")
    return by_name(prefix.replace("-", " ")) or by_name(prefix.replace("-", ""))
