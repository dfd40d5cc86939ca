"""Guess what a blob of bytes is, so each input goes to the right reader.

Names (extensions) decide first where they are specific; content decides
otherwise. Binary inputs are recognised by their magic numbers so the user
learns *what* they gave us ("looks like a PDF document"), not just "bad bytes".
"""
from __future__ import annotations

import re

# (magic prefix, description); checked in order at offset 0.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh91AY&SY", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"{\\rtf", "an RTF document (save it as text or HTML)"),
]
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def describe_binary(data: bytes) -> str | None:
    """Why a blob is binary ("looks like a PDF document"), or None when it may well be text."""
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"looks like {what}"
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return f"looks like {_RIFF[head[8:12]]}"
    if head[4:8] == b"ftyp":
        return "looks like an MP4/QuickTime media file"
    if b"\x00" in head:
        return "contains NUL bytes"
    if head:
        controls = len(head) - len(head.translate(None, _CONTROL))
        if controls / len(head) > 0.05:
            return "mostly non-text bytes"
    return None


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def is_warc(data: bytes) -> bool:
    """Uncompressed WARC/ARC record at the start."""
    return data.lstrip()[:5] in (b"WARC/",)


_HTML_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_TAG_RE = re.compile(r"</?(?:p|div|article|section|h[1-6]|span|a|br|main|table|ul|li)[\s>/]", re.I)
_PROLOG_RE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*", re.S | re.I)
_FEED_ROOT_RE = re.compile(r"<(?:rss|feed|rdf:RDF|RDF)[\s>]", re.I)


def looks_like_html(text: str) -> bool:
    """Markup a browser would render as a page (doctype/html/body), or a text
    that starts with a tag and carries several block-level tags."""
    head = text[:4096]
    if _HTML_RE.search(head):
        return True
    stripped = head.lstrip()
    return stripped.startswith("<") and len(_TAG_RE.findall(head)) >= 2


def looks_like_feed(text: str) -> bool:
    """RSS, Atom or RDF root element after the XML prolog."""
    rest = text[_PROLOG_RE.match(text[:4096]).end():] if text else ""
    return bool(_FEED_ROOT_RE.match(rest[:200]))


def looks_like_xml(text: str) -> bool:
    return text.lstrip().startswith("<?xml")


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """Charset declared in an HTML ``<meta>`` or the XML prolog, if any."""
    head = data[:4096]
    m = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    return m.group(1).decode("ascii").lower() if m else None
