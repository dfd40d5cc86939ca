"""WARC / WARC.gz archives: every HTML response record with status 200.

The record's target URI becomes url and source; the WARC-Date (a crawl date,
not a publication date) goes into the hints as ``crawled``.
"""
from __future__ import annotations

import io
import logging
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from ..model import Document
from ..settings import Settings
from .decode import decode_bytes
from .sniff import declared_charset

log = logging.getLogger(__name__)
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc_file(path: Path, label: str, settings: Settings) -> Iterator[Document | InputError]:
    """Stream a WARC from disk: archives are often far larger than one article,
    so ``max_input_bytes`` limits each record, not the whole file."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(label, "permission denied" if isinstance(exc, PermissionError) else f"cannot read: {exc.strerror or exc}") from exc
    with fh:
        yield from read_warc(fh, label, settings)


def read_warc(data: bytes | BinaryIO, label: str, settings: Settings) -> Iterator[Document | InputError]:
    """Documents of the HTML 200 responses; raises on a malformed/truncated archive."""
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    found = records = 0
    try:
        archive = ArchiveIterator(stream)
        archive.INC_RECORD = ""  # warcio writes this warning to stderr; we count instead
        for record in archive:
            records += 1
            item = _html_document(record, records, label, settings.max_input_bytes)
            _drain(record)  # before yielding: a cut-short record is no article
            if item is not None:
                found += isinstance(item, Document)
                yield item
        if archive.err_count:
            raise ValueError("a record is not followed by a blank line (invalid Content-Length or not a WARC)")
        stream.seek(archive.offset)
        if stream.read(1 << 16).strip(b"\r\n\t \x00"):
            raise EOFError(f"bytes after offset {archive.offset} are not a complete record")
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, AttributeError) as exc:
        detail = "unreadable record header" if isinstance(exc, AttributeError) else " ".join(str(exc).split())[:160]
        raise MalformedInputError(label, f"malformed or truncated WARC after {records} records: {detail}") from exc
    if not found:
        raise EmptyInputError(label, f"WARC has no HTML response records with status 200 ({records} records read)")


def _drain(record) -> None:
    """Read the record to its end; raise when it stops short of its
    Content-Length (warcio itself does not notice a truncated file)."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise EOFError(f"record {record.rec_headers.get_header('WARC-Record-ID')} is cut short")


def _html_document(record, n: int, label: str, cap: int) -> Document | InputError | None:
    """The Document of an HTML 200 response record; None for other records."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if record.http_headers.get_statuscode() != "200" or not ctype.lower().startswith(HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{label}#{n}"
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        return TooLargeError(uri, f"HTML response in {label} is over the {cap / 1_000_000:.1f} MB limit (max_input_bytes)")
    if not body.strip():
        return EmptyInputError(uri, f"empty HTML response in {label}")
    try:
        text, warnings = decode_bytes(body, uri, _charset(ctype) or declared_charset(body))
    except InputError as exc:
        return exc
    hints = {"url": uri}
    crawled = record.rec_headers.get_header("WARC-Date")
    if crawled:
        hints["crawled"] = crawled
    return Document(source=uri, content=text, kind="html", url=uri, hints=hints, warnings=warnings)
