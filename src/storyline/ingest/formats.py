"""Decide what a blob of bytes is and hand it to the matching reader.

``parse_bytes`` is shared by files, stdin, uploads and fetched URLs. It raises
:class:`InputError` for problems of the whole input and yields an error per
failed record (JSON object, feed entry) so the other records go on.
"""
from __future__ import annotations

import zlib
from pathlib import PurePosixPath
from typing import Iterator

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    FetchError,
    InputError,
    MalformedInputError,
    TooLargeError,
)
from ..model import Document
from ..settings import Settings
from . import sniff
from .decode import bom_encoding, decode_bytes

TEXT_EXT = {".txt", ".text", ".md", ".markdown"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSON_EXT = {".json", ".jsonl", ".ndjson", ".jsonlines"}
FEED_EXT = {".rss", ".atom"}


def _ext(name: str) -> str:
    return PurePosixPath(name.lower()).suffix


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def gunzip(data: bytes, label: str, cap: int) -> bytes:
    """Decompress (multi-member) gzip, refusing output larger than ``cap``."""
    out, rest = bytearray(), data
    while rest:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += d.decompress(rest, cap + 1 - len(out))
        except zlib.error as exc:
            raise MalformedInputError(label, f"corrupt gzip data ({exc})") from exc
        if len(out) > cap:
            raise TooLargeError(label, f"decompresses to more than the {_mb(cap)} limit (max_input_bytes)")
        if not d.eof:
            raise MalformedInputError(label, "truncated gzip data")
        rest = d.unused_data.lstrip(b"\x00")
    return bytes(out)


def is_warc(data: bytes, ext_name: str) -> bool:
    """A WARC by name or by its first record (also inside gzip)."""
    if not data:
        return False
    if ext_name.endswith((".warc", ".warc.gz")) or sniff.is_warc(data):
        return True
    if sniff.is_gzip(data):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return False
        return sniff.is_warc(head)
    return False


def parse_bytes(
    data: bytes,
    *,
    label: str,
    source: str,
    settings: Settings,
    name: str = "",
    hint: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    expand_feeds: bool = True,
    fetched: bool = False,
) -> Iterator[Document | InputError]:
    """Documents in ``data``.

    ``label`` names the input in errors (path as given, URL); ``source`` is the
    Document.source (base name or URL); ``name`` gives the extension; ``hint``
    ("html", "feed", "json") comes from an HTTP content type.
    """
    if len(data) > settings.max_input_bytes:
        raise TooLargeError(label, f"{_mb(len(data))} exceeds the {_mb(settings.max_input_bytes)} limit (max_input_bytes)")
    if not data:
        raise EmptyInputError(label, "empty file" if name else "empty input (0 bytes)")
    lname = name.lower()
    if not fetched and is_warc(data, lname):
        from .warc import read_warc

        yield from read_warc(data, label, settings)
        return
    if sniff.is_gzip(data) and not fetched:
        inner = gunzip(data, label, settings.max_input_bytes)
        inner_name = lname[:-3] if lname.endswith(".gz") else lname.rsplit(".", 1)[0]
        yield from parse_bytes(inner, label=label, source=source, settings=settings, name=inner_name, hint=hint)
        return
    if bom_encoding(data) is None:
        what = sniff.describe_binary(data)
        if what:
            raise BinaryInputError(label, f"binary {'file' if name else 'data'}, not text: {what}")
    declared = charset or sniff.declared_charset(data)
    text, warnings = decode_bytes(data, label, declared)
    if not text.strip():
        raise EmptyInputError(label, "contains only whitespace")
    ext = _ext(lname)
    plain = ext in TEXT_EXT or ext in HTML_EXT
    if hint == "json" or ext in JSON_EXT or (not plain and sniff.looks_like_json(text)):
        from .jsonfeed import read_json

        strict = hint == "json" or ext in JSON_EXT
        items = read_json(text, label, PurePosixPath(source).name if not url else source, lines=ext in {".jsonl", ".ndjson", ".jsonlines"}, strict=strict)
        if items is not None:
            yield from _with_warnings(items, warnings)
            return
    if ext in FEED_EXT or (not plain and (hint == "feed" or sniff.looks_like_feed(text))):
        if sniff.looks_like_feed(text) or ext in FEED_EXT:
            if not expand_feeds:
                raise FetchError(label, "is a feed, not an article page")
            from .feeds import read_feed

            yield from read_feed(data, label, settings, base_url=url, name=PurePosixPath(source).name)
            return
    if ext in HTML_EXT or hint == "html" or sniff.looks_like_html(text):
        yield Document(source=source, content=text, kind="html", url=url, hints=_url_hint(url), warnings=warnings)
        return
    if ext == ".xml" or hint == "feed" or sniff.looks_like_xml(text):
        raise MalformedInputError(label, "XML that is neither an RSS/Atom feed nor an HTML page")
    yield Document(source=source, content=text, kind="text", url=url, hints=_url_hint(url), warnings=warnings)


def _url_hint(url: str | None) -> dict:
    return {"url": url} if url else {}


def _with_warnings(items, warnings: list[str]) -> Iterator[Document | InputError]:
    for item in items:
        if isinstance(item, Document) and warnings:
            item.warnings[:0] = warnings
        yield item
