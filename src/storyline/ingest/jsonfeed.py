"""Article objects from JSON and JSON Lines.

Accepts an object, a list of objects, or an object holding the list under
``articles`` (or items/data/results/documents/entries/posts), and JSONL with one
object per line. Common field names of scrapers and news APIs are understood.
"""
from __future__ import annotations

import json
from typing import Any

from ..errors import InputError, MalformedInputError
from ..model import Document
from . import sniff

TEXT_KEYS = ("text", "body", "article_text", "maintext", "full_text", "content", "description_full")
HTML_KEYS = ("html", "raw_html", "content_html", "body_html")
HINT_KEYS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "canonical", "uri"),
    "published": ("published", "date", "published_at", "publishedAt", "pubDate", "date_publish",
                  "datePublished", "publication_date", "pub_date", "published_date"),
    "outlet": ("outlet", "source", "publisher", "site_name", "siteName", "source_name", "source_domain"),
    "authors": ("authors", "author", "byline", "bylines", "creator", "creators"),
}
LIST_KEYS = ("articles", "items", "data", "results", "documents", "entries", "posts")
NO_TEXT = "no article text (expected a 'text' or 'html' field)"


def _name_of(value: Any) -> str | None:
    """A display string from a str or an object with a name/title."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("id")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        s = str(value).strip()
        return s or None
    return None


def hints_of(obj: dict) -> dict:
    hints: dict = {}
    for hint, keys in HINT_KEYS.items():
        value = next((obj[k] for k in keys if obj.get(k) not in (None, "", [])), None)
        if value is None:
            continue
        if hint == "authors":
            values = value if isinstance(value, list) else [value]
            names = [n for n in (_name_of(v) for v in values) if n]
            if names:
                hints[hint] = names
        else:
            name = _name_of(value)
            if name:
                hints[hint] = name
    return hints


def document_of(obj: Any, source_base: str, n: int) -> Document | InputError:
    """One Document from one article object, or an error naming the record."""
    label = f"{source_base}#{n}"
    if not isinstance(obj, dict):
        return MalformedInputError(label, f"expected an article object, found {type(obj).__name__}")
    hints = hints_of(obj)
    source = hints.get("url") or label
    for key in TEXT_KEYS + HTML_KEYS:  # a given text beats markup to extract from
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            kind = "html" if key in HTML_KEYS or sniff.looks_like_html(value) else "text"
            content = value.replace("\r\n", "\n").replace("\r", "\n")
            return Document(source=source, content=content, kind=kind, url=hints.get("url"), hints=hints)
    return MalformedInputError(label, NO_TEXT)


def _records(data: Any) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    return [data]


def _parse_lines(text: str, label: str) -> tuple[list, list[InputError]]:
    records, errors = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(MalformedInputError(label, f"malformed JSON at line {lineno}, column {exc.colno}: {exc.msg}"))
    return records, errors


def _first_line_is_object(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except json.JSONDecodeError:
        return False


def read_json(text: str, label: str, source_base: str, *, lines: bool, strict: bool) -> list[Document | InputError] | None:
    """Documents and per-record errors. Raises when the whole input is bad.

    With ``strict=False`` (content merely looked like JSON) returns None when
    it does not parse, so the caller can read it as text instead; JSON that
    parses but holds no article is an error either way.
    """
    errors: list[InputError] = []
    if lines:
        records, errors = _parse_lines(text, label)
    else:
        try:
            records = _records(json.loads(text))
        except json.JSONDecodeError as exc:
            if _first_line_is_object(text):
                records, errors = _parse_lines(text, label)
            elif strict:
                raise MalformedInputError(label, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
            else:
                return None
    items = [document_of(obj, source_base, n) for n, obj in enumerate(records, 1)]
    docs = [d for d in items if isinstance(d, Document)]
    if not docs:
        if errors:
            raise errors[0]
        raise MalformedInputError(label, f"JSON without any article: {NO_TEXT}")
    return items + errors
