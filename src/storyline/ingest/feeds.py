"""RSS/Atom feeds: every entry's link is fetched into an article.

Entry title, date and author become hints (the feed's title goes under
``feed``, not ``outlet``: it often names a section, and the page knows better). When a link cannot be fetched, the
entry's own content is used if it is substantial (full-text feeds); otherwise
the entry yields an error naming the link and the problem.
"""
from __future__ import annotations

import html
import io
import logging
import re
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Iterator

import feedparser

from ..errors import EmptyInputError, InputError, MalformedInputError
from ..model import Document
from ..settings import Settings

log = logging.getLogger(__name__)

SUBSTANTIAL_CHARS = 400  # entry text long enough to stand in for the article
FETCH_WORKERS = 4  # linked pages fetched at once, politely few
_TAG_RE = re.compile(r"<[^>]+>")


def _iso(parsed: Any) -> str | None:
    if isinstance(parsed, time.struct_time):
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return None


def entry_hints(entry: Any, outlet: str | None) -> dict:
    hints: dict = {}
    if entry.get("title"):
        hints["title"] = html.unescape(_TAG_RE.sub("", entry["title"])).strip()
    published = _iso(entry.get("published_parsed")) or _iso(entry.get("updated_parsed"))
    raw = entry.get("published") or entry.get("updated")
    if published or raw:
        hints["published"] = published or raw
    names = [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict) and a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    if names:
        hints["authors"] = names
    if outlet:  # a feed title ("Example News - World") is not reliably the outlet name
        hints["feed"] = outlet
    if entry.get("link"):
        hints["url"] = entry["link"]
    return hints


def entry_content(entry: Any) -> tuple[str, str] | None:
    """(content, kind) of the entry's own longest text, if any."""
    best: tuple[str, str] | None = None
    candidates = [(c.get("value", ""), c.get("type", "")) for c in entry.get("content", [])]
    candidates.append((entry.get("summary", ""), entry.get("summary_detail", {}).get("type", "text/html")))
    for value, ctype in candidates:
        if value and (best is None or len(value) > len(best[0])):
            best = (value, "html" if "html" in ctype else "text")
    return best


def _text_length(content: str) -> int:
    return len(" ".join(html.unescape(_TAG_RE.sub(" ", content)).split()))


def read_feed(data: bytes, label: str, settings: Settings, *, base_url: str | None, name: str) -> Iterator[Document | InputError]:
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        if parsed.bozo:
            raise MalformedInputError(label, f"malformed feed: {parsed.get('bozo_exception')}")
        raise EmptyInputError(label, "feed has no entries")
    outlet = parsed.feed.get("title") or None

    def read(numbered: tuple[int, Any]) -> list[Document | InputError]:
        return list(_read_entry(numbered[1], numbered[0], label, name, outlet, settings))

    # A few links at a time (network-bound), results in feed order.
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
        for items in pool.map(read, enumerate(parsed.entries, 1)):
            yield from items


def _read_entry(entry: Any, n: int, label: str, name: str, outlet: str | None, settings: Settings) -> Iterator[Document | InputError]:
    from .fetch import iter_url

    hints = entry_hints(entry, outlet)
    link = entry.get("link")
    entry_label = link or f"{name or label}#{n}"
    problem = "entry has no link"
    if link:
        try:
            docs = [d for d in iter_url(link, settings, expand_feeds=False) if isinstance(d, Document)]
            if docs:
                for doc in docs:
                    for key, value in hints.items():
                        doc.hints.setdefault(key, value)
                    yield doc
                return
            problem = "linked page holds no article"
        except InputError as exc:
            problem = exc.problem
    own = entry_content(entry)
    if own and _text_length(own[0]) >= SUBSTANTIAL_CHARS:
        content, kind = own
        warning = f"linked article not fetched ({problem}); used the feed entry's own text"
        log.info("%s: %s", entry_label, warning)
        yield Document(source=entry_label, content=content, kind=kind, url=link, hints=hints, warnings=[warning])
        return
    yield InputError(entry_label, f"feed entry {n} of {label}: {problem}, and the entry's own text is too short to use")
