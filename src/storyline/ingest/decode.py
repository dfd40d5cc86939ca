"""Bytes to text: BOM, strict UTF-8, a declared charset, then a best guess.

A guess is never silent: the Document carries a warning naming the encoding
used, because a wrong guess garbles names and figures downstream.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import MalformedInputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# WHATWG: these labels mean windows-1252 on the web.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the data starts with a byte-order mark."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, label: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Return (text, warnings). Raises MalformedInputError when nothing fits."""
    warnings: list[str] = []
    bom = bom_encoding(data)
    if bom:
        enc, skip = bom
        try:
            return normalize_newlines(data[skip:].decode(enc)), warnings
        except UnicodeDecodeError as exc:
            raise MalformedInputError(label, f"undecodable bytes: starts with a {enc} byte-order mark but {exc.reason}") from exc
    try:
        return normalize_newlines(data.decode("utf-8")), warnings
    except UnicodeDecodeError:
        pass
    if declared:
        name = _ALIASES.get(declared.lower(), declared)
        try:
            codecs.lookup(name)
            return normalize_newlines(data.decode(name)), warnings
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"declared charset {declared!r} does not fit the bytes")
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise MalformedInputError(label, "undecodable bytes: not UTF-8 and no other text encoding fits")
    warnings.append(f"decoded as {best.encoding} (not UTF-8)")
    return normalize_newlines(str(best)), warnings
