"""Self-contained HTML report of a brief (stub: filled by the web/report work)."""
from __future__ import annotations

import html


def render_html(brief: dict) -> str:
    n = len(brief.get("articles", []))
    return f"<!doctype html><meta charset=utf-8><title>Storyline brief</title><p>{html.escape(str(n))} articles</p>"
