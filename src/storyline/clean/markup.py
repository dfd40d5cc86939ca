"""Inline markup left in text inputs: embeds (tweets, iframes) and CMS shortcodes.

Database exports and scraped text keep pseudo-tags such as ``<tweet ...>...<tweet/>``
or WordPress shortcodes (``[embed]...[/embed]``, ``[caption ...]...[/caption]``).
Their content is not article prose (an embedded post, a photo caption) and their
attributes carry dates that are not the article's, so they are cut before any
line rule or date inference sees the text; every cut is reported as a removal.
"""
from __future__ import annotations

import re

from ..model import Removal

_EMBED_TAGS = r"tweet|blockquote|iframe|embed|script|style|noscript|object|video|audio|figure|figcaption|instagram|twitter|facebook|youtube"
# <tag ...>content</tag> or <tag ...>content<tag/> (a malformed close seen in exports)
_EMBED = re.compile(rf"<(?P<tag>{_EMBED_TAGS})\b[^<>]*>(?P<body>.*?)(?:</(?P=tag)\s*>|<(?P=tag)\s*/>)", re.I | re.S)
_EMBED_SELF = re.compile(rf"<(?:{_EMBED_TAGS})\b[^<>]*/?>|</(?:{_EMBED_TAGS})\s*>", re.I)
_SHORT_TAGS = r"embed|caption|video|audio|gallery|tweet|twitter|youtube|instagram|facebook|iframe|playlist|soundcloud|wp_caption"
_SHORTCODE = re.compile(rf"\[(?P<tag>{_SHORT_TAGS})\b[^\]]*\](?P<body>.*?)\[/(?P=tag)\]", re.I | re.S)
_SHORTCODE_LONE = re.compile(rf"\[/?(?:{_SHORT_TAGS})\b[^\]]*\]", re.I)
# any other tag-shaped token (<p>, </span>, <br/>, <a href=...>): the tag goes, its text stays
_BLOCK = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|section|article|table|tr)\b", re.I)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s<>\"']+))?)*\s*/?>")


def strip_markup(text: str) -> tuple[str, list[Removal]]:
    """Text without embeds, shortcodes and stray tags, and what was cut (in reading order)."""
    if "<" not in text and "[" not in text:
        return text, []
    removed: list[Removal] = []

    def cut(reason_of, record: bool = True):
        def repl(m: re.Match) -> str:
            if record:
                removed.append(Removal(" ".join(m.group(0).split()), reason_of(m)))
            s, e = m.string, m.end()
            before = s[s.rfind("\n", 0, m.start()) + 1 : m.start()]
            alone = not before.strip() and re.match(r"[^\n\w]*(\n|$)", s[e:]) is not None
            return "\n\n" if alone or _BLOCK.match(m.group(0)) else " " if record else ""
        return repl

    text = _SHORTCODE.sub(cut(lambda m: "caption" if "caption" in m.group("tag").lower() else "other"), text)
    text = _SHORTCODE_LONE.sub(cut(lambda m: "other"), text)
    text = _EMBED.sub(cut(lambda m: "caption" if m.group("tag").lower().startswith("fig") else "other"), text)
    text = _EMBED_SELF.sub(cut(lambda m: "other"), text)
    text = _TAG.sub(cut(lambda m: "other", record=False), text)  # formatting tags: not content
    return text, removed
