"""Markdown report of a brief (stub: filled by the web/report work)."""
from __future__ import annotations


def render_markdown(brief: dict) -> str:
    return f"# Storyline brief\n\n{len(brief.get('articles', []))} articles\n"
