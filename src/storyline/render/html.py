"""Self-contained HTML report of a brief: one file, inline CSS, no scripts, no external requests.

Each item links to its sentence inside the article texts at the end of the
file; the sentence is wrapped in an anchored ``<span>`` and CSS ``:target``
highlights it, so the highlight works without JavaScript.
"""
from __future__ import annotations

from .highlight import anchored_text
from .templating import render
from .view import Ref, build_story


def _mention_spans(brief: dict) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for key in ("facts", "quotes", "events", "stances", "conflicts"):
        for item in brief.get(key) or []:
            for m in item.get("mentions") or []:
                if isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                    spans.setdefault(m.get("article"), []).append((m["start"], m["end"]))
    return spans


def render_html(brief: dict) -> str:
    """The brief as one HTML document with the same panels as the web story page."""
    story = build_story(brief)
    keys = {a["id"]: f"a{i}" for i, a in enumerate(story.articles, 1)}
    spans = _mention_spans(brief)
    texts, anchored = {}, {}
    for a in story.articles:
        texts[a["id"]], anchored[a["id"]] = anchored_text(a.get("text") or "", spans.get(a["id"], []), keys[a["id"]])

    def href(ref: Ref) -> str:
        key = keys.get(ref.article)
        if key is None:
            return "#texts"
        if (ref.start, ref.end) in anchored.get(ref.article, ()):
            return f"#{key}-{ref.start}-{ref.end}"
        return f"#text-{key}"

    def article_href(article: dict) -> str:
        key = keys.get(article["id"])
        return f"#text-{key}" if key else "#texts"

    return render(
        "report.html",
        static=True,
        page_title=story.title,
        generated_at=brief.get("generated_at"),
        story=story,
        keys=keys,
        texts=texts,
        href=href,
        article_href=article_href,
    )
