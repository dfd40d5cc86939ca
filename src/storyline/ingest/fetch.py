"""Fetch http(s) URLs with a timeout, a streamed size cap, checked redirects.

Every failure becomes a :class:`FetchError` whose message names the URL and
the problem in one line (DNS, refused, timeout, HTTP status, too large, too
many redirects, unsupported content type, private address).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urlsplit

import httpx

from ..errors import FetchError, InputError
from ..model import Document
from ..settings import Settings
from .netguard import BlockedAddress, ResolveFailed, make_client

log = logging.getLogger(__name__)

# Content types we read, mapped to the reader hint; None = sniff the content.
CONTENT_TYPES: dict[str, str | None] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": None,
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/json": "json",
    "application/ld+json": "json",
    "application/x-ndjson": "json",
    "application/jsonl": "json",
    "application/octet-stream": None,
    "": None,
}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class Fetched:
    """A downloaded body: final URL (after redirects), MIME type, charset."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def url_problem(url: str) -> str | None:
    """Why a URL cannot be fetched before any request is made, or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError when out of range
    except ValueError as exc:
        return f"invalid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    return None


def download(url: str, settings: Settings) -> Fetched:
    """GET ``url`` following at most ``fetch_max_redirects`` checked redirects."""
    if url_problem(url):
        raise FetchError(url, url_problem(url))
    current = url
    with make_client(settings) as client:
        for _ in range(settings.fetch_max_redirects + 1):
            try:
                with client.stream("GET", current) as resp:
                    if resp.status_code in _REDIRECTS and resp.headers.get("location"):
                        current = str(resp.url.join(resp.headers["location"]))
                        if url_problem(current):
                            raise FetchError(url, f"redirected to {current}, {url_problem(current)}")
                        continue
                    return _read_body(url, current, resp, settings)
            except BlockedAddress as exc:
                raise FetchError(url, f"refused to fetch: {exc} (set fetch_allow_private to allow)") from exc
            except ResolveFailed as exc:
                raise FetchError(url, f"unreachable: {exc}") from exc
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"unreachable: timed out after {settings.fetch_timeout:g} s") from exc
            except httpx.ConnectError as exc:
                if "SSL" in str(exc) or "certificate" in str(exc):
                    raise FetchError(url, f"TLS handshake failed ({exc})") from exc
                raise FetchError(url, f"unreachable: connection failed ({exc or 'refused'})") from exc
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise FetchError(url, f"request failed: {type(exc).__name__}: {exc}") from exc
    raise FetchError(url, f"too many redirects (more than {settings.fetch_max_redirects})")


def _read_body(url: str, current: str, resp: httpx.Response, settings: Settings) -> Fetched:
    where = "" if current == url else f" (at {current})"
    if not 200 <= resp.status_code < 300:
        raise FetchError(url, f"HTTP {resp.status_code} {resp.reason_phrase}{where}".rstrip())
    raw_type = resp.headers.get("content-type", "")
    mime = raw_type.split(";", 1)[0].strip().lower()
    if mime not in CONTENT_TYPES:
        raise FetchError(url, f"unsupported content type {mime}{where}")
    cap = settings.fetch_max_bytes
    length = resp.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise FetchError(url, f"too large: {_mb(int(length))} exceeds the {_mb(cap)} limit (fetch_max_bytes){where}")
    chunks, total = [], 0
    for chunk in resp.iter_bytes():
        total += len(chunk)
        if total > cap:
            raise FetchError(url, f"too large: more than the {_mb(cap)} limit (fetch_max_bytes){where}")
        chunks.append(chunk)
    return Fetched(url=str(resp.url), content_type=mime, charset=resp.charset_encoding, data=b"".join(chunks))


def iter_url(url: str, settings: Settings, *, expand_feeds: bool = True) -> Iterator[Document | InputError]:
    """Documents of one URL (a page, or a feed's linked articles). Raises
    FetchError when the URL itself fails; yields errors of feed entries."""
    from .formats import parse_bytes

    got = download(url, settings)
    try:
        yield from parse_bytes(
            got.data, label=url, source=url, settings=settings, hint=CONTENT_TYPES[got.content_type],
            charset=got.charset, url=got.url, expand_feeds=expand_feeds, fetched=True,
        )
    except FetchError:
        raise
    except InputError as exc:
        raise FetchError(url, exc.problem) from exc


def fetch_url(url: str, settings: Settings) -> list[Document]:
    """All documents behind one URL; raises FetchError when none could be read."""
    docs: list[Document] = []
    first_error: InputError | None = None
    for item in iter_url(url, settings):
        if isinstance(item, Document):
            docs.append(item)
        else:
            log.warning("%s", item)
            first_error = first_error or item
    if not docs and first_error is not None:
        raise FetchError(url, first_error.problem if first_error.source == url else str(first_error))
    return docs
