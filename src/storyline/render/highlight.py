"""Article text as HTML with highlighted spans, built only from escaped pieces.

Article text is untrusted: it is never inserted raw. The markup we add
(``<mark>``/``<span>``) goes *between* escaped slices of the text, so markup in
the article shows up as text.
"""
from __future__ import annotations

from markupsafe import Markup, escape


def valid_span(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """``(start, end)`` when it is a non-empty span inside ``text``, else None."""
    if start is None or end is None:
        return None
    if 0 <= start < end <= len(text):
        return start, end
    return None


def highlight(text: str, start: int | None, end: int | None, *, mark_id: str = "hl") -> Markup:
    """``text`` escaped, with ``text[start:end]`` wrapped in ``<mark id=...>`` when the span is valid."""
    span = valid_span(text, start, end)
    if span is None:
        return escape(text)
    s, e = span
    return Markup("{}<mark id=\"{}\">{}</mark>{}").format(text[:s], mark_id, text[s:e], text[e:])


def anchored_text(text: str, spans: list[tuple[int, int]], prefix: str) -> tuple[Markup, set[tuple[int, int]]]:
    """``text`` escaped with each span wrapped in ``<span class="m" id="{prefix}-{start}-{end}">``.

    Spans must nest; a span that only partly overlaps an earlier one is left
    out (returned set lists the spans that got an anchor), so the HTML stays
    well formed. Used by the static report, where CSS ``:target`` highlights
    the linked span without JavaScript.
    """
    ordered = sorted({s for s in spans if valid_span(text, *s)}, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []
    for s, e in ordered:
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack and e > stack[-1][1]:
            continue  # partial overlap with an open span
        kept.append((s, e))
        stack.append((s, e))
    # Emit opening/closing tags in position order.
    events: list[tuple[int, int, str]] = []
    for s, e in kept:
        events.append((s, 1, f'<span class="m" id="{prefix}-{s}-{e}">'))
        events.append((e, 0, "</span>"))
    # at one position: close before open; among closes, inner (later-opened) first
    events.sort(key=lambda ev: (ev[0], ev[1]))
    out: list[str] = []
    pos = 0
    for at, _kind, tag in events:
        if at > pos:
            out.append(str(escape(text[pos:at])))
            pos = at
        out.append(tag)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out)), set(kept)
