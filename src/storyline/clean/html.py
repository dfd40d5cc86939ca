"""Main text and metadata of an HTML page.

Text comes from trafilatura; metadata from JSON-LD (``NewsArticle`` and kin),
OpenGraph/meta tags and the canonical link, then trafilatura's own metadata and
htmldate for the date. What a page states about itself wins over guesses.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.html
import trafilatura
from htmldate import find_date

from .normalize import fold

log = logging.getLogger(__name__)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "webpage", "report"}


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _tree(html: str):
    """Parsed page, or None; an XML declaration is dropped (lxml refuses it in a str)."""
    try:
        return lxml.html.fromstring(_XML_DECL.sub("", html, count=1))
    except (ValueError, lxml.etree.ParserError) as exc:
        log.debug("unparsable HTML: %s", exc)
        return None


@dataclass
class HtmlMeta:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_evidence: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass
class HtmlResult:
    text: str
    meta: HtmlMeta
    warnings: list[str] = field(default_factory=list)
    dropped: str = ""  # page text outside the main text (navigation, footers, widgets)


MAX_DROPPED_CHARS = 5000


def dropped_text(html: str, kept: str) -> str:
    """Visible page text that the main-text extraction left out, in page order."""
    tree = _tree(html)
    if tree is None:
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    kept_folded = fold(kept).lower()
    parts = []
    for node in tree.xpath("//text()"):
        t = fold(str(node))
        if any(c.isalpha() for c in t) and t.lower() not in kept_folded:
            parts.append(t)
    out = " | ".join(parts)
    return out if len(out) <= MAX_DROPPED_CHARS else out[:MAX_DROPPED_CHARS] + " ..."


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _walk(node):
    if isinstance(node, list):
        for n in node:
            yield from _walk(n)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"])


def _json_ld(tree) -> dict | None:
    """The first article-like JSON-LD object on the page (NewsArticle preferred)."""
    best = None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            types = obj.get("@type")
            types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if types & _ARTICLE_TYPES:
                if "newsarticle" in types or any("newsarticle" in t for t in types):
                    return obj
                best = best or obj
    return best


def _meta(tree, *names: str) -> str | None:
    for n in names:
        for attr in ("property", "name", "itemprop"):
            vals = tree.xpath(f'//meta[@{attr}="{n}"]/@content')
            if vals and vals[0].strip():
                return vals[0].strip()
    return None


def page_meta(html: str, url: str | None = None) -> HtmlMeta:
    """Metadata the page states: JSON-LD, then OpenGraph/meta tags and the canonical link."""
    meta = HtmlMeta()
    tree = _tree(html)
    if tree is None:
        return meta
    ld = _json_ld(tree) or {}
    meta.title = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    meta.title = meta.title or _meta(tree, "og:title", "twitter:title")
    if not meta.title:
        titles = tree.xpath("//title/text()")
        meta.title = titles[0].strip() if titles else None
    pub = ld.get("publisher")
    meta.outlet = (_names(pub) or [None])[0] or _meta(tree, "og:site_name", "application-name")
    meta.authors = [fold(a) for a in _names(ld.get("author"))] or [
        fold(a) for a in [_meta(tree, "author", "article:author", "byl", "sailthru.author")] if a and "://" not in a
    ]
    meta.authors = [a.removeprefix("By ").removeprefix("by ") for a in meta.authors]
    if isinstance(ld.get("datePublished"), str):
        meta.published, meta.published_evidence = ld["datePublished"], f"JSON-LD datePublished: {ld['datePublished']}"
    else:
        tag = _meta(tree, "article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date")
        if tag:
            meta.published, meta.published_evidence = tag, f"meta published_time: {tag}"
    canon = tree.xpath('//link[@rel="canonical"]/@href')
    main = ld.get("mainEntityOfPage")
    main = main.get("@id") if isinstance(main, dict) else main
    found = (canon[0].strip() if canon else None) or _meta(tree, "og:url") or (main if isinstance(main, str) else None)
    meta.url = urljoin(url, found) if url and found else (found or url)
    langs = tree.xpath("/html/@lang")
    meta.language = langs[0].split("-")[0].lower() if langs else None
    return meta


def _block_text(html: str) -> str:
    """Text of the page's paragraph-like elements, one per line (last resort for fragments)."""
    tree = _tree(html)
    if tree is None:
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head|//nav|//footer"):
        bad.drop_tree()
    blocks = tree.xpath("//p|//h1|//h2|//h3|//h4|//li|//blockquote|//pre")
    parts = [" ".join(b.text_content().split()) for b in blocks] if blocks else [" ".join(tree.text_content().split())]
    return "\n".join(p for p in parts if p)


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Main text (one paragraph per block) and page metadata."""
    meta = page_meta(html, url)
    warnings: list[str] = []
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = data.get("text") or ""
    if not text.strip():
        again = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False, favor_recall=True)
        text = (again.as_dict().get("text") if hasattr(again, "as_dict") else None) or _block_text(html)
        if text.strip():
            warnings.append("no main text found with the precise extractor; used a looser extraction of the page text")
    meta.title = meta.title or data.get("title")
    meta.outlet = meta.outlet or data.get("sitename")
    if not meta.authors and data.get("author"):
        meta.authors = [a.strip() for a in str(data["author"]).split(";") if a.strip()]
    meta.url = meta.url or data.get("url")
    if not meta.published:
        day = None
        try:
            day = find_date(html, url=url, original_date=True, extensive_search=False)
        except Exception as exc:  # noqa: BLE001 - a third-party guesser must not stop cleaning
            log.debug("htmldate failed: %s", exc)
        if day:
            meta.published, meta.published_evidence = day, f"htmldate (page markup): {day}"
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    joined = "\n\n".join(paragraphs)
    return HtmlResult(joined, meta, warnings, dropped_text(html, joined))
