"""``read_inputs``: files, directories, ``-`` (stdin) and URLs in one call.

Each input that fails becomes one :class:`InputError` in the stream, and the
other inputs go on.
"""
from __future__ import annotations

import logging
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError, TooLargeError
from ..model import Document
from ..settings import Settings
from .fetch import iter_url
from .files import os_error, read_file, read_head, walk
from .formats import is_warc, parse_bytes
from .warc import read_warc_file

log = logging.getLogger(__name__)
STDIN = "-"
STDIN_SOURCE = "stdin"
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def read_bytes(data: bytes, source: str, settings: Settings) -> list[Document]:
    """Documents of one uploaded blob named ``source``; raises InputError when
    none can be read (per-record errors of a partly good input are logged)."""
    docs: list[Document] = []
    first: InputError | None = None
    for item in parse_bytes(data, label=source, source=Path(source).name or source, settings=settings, name=source):
        if isinstance(item, Document):
            docs.append(item)
        else:
            log.warning("%s", item)
            first = first or item
    if not docs:
        raise first or InputError(source, "no article found")
    return docs


def read_inputs(inputs: Iterable[str], settings: Settings, *, stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Documents of every input, in order; an InputError per failed input."""
    for raw in inputs:
        try:
            if raw == STDIN:
                yield from _read_stdin(stdin, settings)
            elif is_url(raw):
                yield from iter_url(raw, settings)
            elif _SCHEME_RE.match(raw):
                raise InputError(raw, f"unsupported URL scheme '{raw.split(':', 1)[0]}' (only http and https)")
            else:
                yield from _read_path(raw, settings)
        except InputError as exc:
            log.debug("input failed: %s", exc)
            yield exc
        except Exception as exc:  # a bug on one input must not lose the others
            log.exception("unexpected failure reading %s", raw)
            yield InputError(raw, f"could not be read ({type(exc).__name__}: {exc})")


def _read_stdin(stream: BinaryIO | None, settings: Settings) -> Iterator[Document | InputError]:
    stream = stream or sys.stdin.buffer
    data = stream.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        raise TooLargeError(STDIN_SOURCE, f"more than the {settings.max_input_bytes / 1_000_000:.1f} MB limit (max_input_bytes)")
    yield from parse_bytes(data, label=STDIN_SOURCE, source=STDIN_SOURCE, settings=settings)


def _read_file(path: Path, label: str, settings: Settings) -> Iterator[Document | InputError]:
    if _is_regular(path) and is_warc(read_head(path), path.name.lower()):  # a pipe can be read only once
        yield from read_warc_file(path, label, settings)
        return
    data = read_file(path, label, settings)
    yield from parse_bytes(data, label=label, source=path.name, settings=settings, name=path.name)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _read_path(raw: str, settings: Settings) -> Iterator[Document | InputError]:
    path = Path(raw)
    try:
        is_dir = stat.S_ISDIR(path.stat().st_mode)
    except OSError as exc:
        raise os_error(raw, exc) from exc
    if not is_dir:
        yield from _read_file(path, raw, settings)
        return
    found = failed = 0
    for file in walk(path):
        if isinstance(file, InputError):
            failed += 1
            yield file
            continue
        try:
            for item in _read_file(file, str(file), settings):
                if isinstance(item, Document):
                    found += 1
                yield item
        except InputError as exc:
            failed += 1
            yield exc
    if not found:
        what = f"{failed} file(s), none readable" if failed else "no files"
        raise InputError(raw, f"directory with nothing readable ({what})")
