"""Markdown report of a brief, for pasting into a newsroom document.

Facts become a table, everything else lists. Text taken from articles is
escaped so that it cannot break the table or turn into links, HTML or
emphasis: Markdown-significant characters get a backslash, line breaks become
spaces.
"""
from __future__ import annotations

import re

from .view import Ref, Story, build_story, format_number, safe_url

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
MAX_GRID_COLUMNS = 6


def md(text) -> str:
    """``text`` on one line with Markdown-significant characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text if text is not None else "").split()))


def _short(text, limit: int = 160) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sources(refs: list[Ref]) -> str:
    return ", ".join(md(r.label) for r in refs)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c or " " for c in cells) + " |"


def _articles(story: Story) -> list[str]:
    lines = ["## Articles", "", _row(["Outlet", "Published", "Title", "Notes"]), _row(["---"] * 4)]
    for a in story.articles:
        notes = [f"warning: {md(w)}" for w in a.get("warnings") or []]
        if a.get("removed"):
            notes.append(f"{len(a['removed'])} piece(s) removed")
        title = md(a.get("title") or "")
        url = safe_url(a.get("url"))
        if url and not re.search(r"[\s<>|]", url):
            title = f"[{title or 'link'}](<{url}>)"
        lines.append(_row([md(story.labels[a["id"]]), md((a.get("published") or "")[:16]), title, "; ".join(notes)]))
    return lines + [""]


def _facts(story: Story) -> list[str]:
    lines = ["## Facts", ""]
    if not story.fact_rows:
        return lines + ["_No numeric facts found._", ""]
    grid = len(story.fact_columns) <= MAX_GRID_COLUMNS
    head = ["Fact", "Status", "Independent sources"]
    head += [md(c["label"]) for c in story.fact_columns] if grid else ["Reported by"]
    lines += [_row(head), _row(["---"] * len(head))]
    for r in story.fact_rows:
        detail = " ".join(
            p for p in (f"in {md(r['where'])}" if r["where"] else "", f"({md(r['when'])})" if r["when"] else "",
                        f"according to {md(', '.join(r['according_to']))}" if r["according_to"] else "") if p
        )
        if r["series"]:  # one row for a figure changing over time: "3,133 (week of …) → 4,824 (21 Sep 2022)"
            steps = " → ".join(f"**{md(st['figure'])}**" + (f" ({md(st['when'])})" if st["when"] else "") for st in r["series"])
            fact = f"{md(r['what'])} over time: {steps}" + (f" — {detail}" if detail else "")
        else:
            fact = f"**{md(r['figure'])}** {md(r['what'])}" + (f" — {detail}" if detail else "")
        cells = [fact, r["status_label"], "" if r["independent"] is None else str(r["independent"])]
        if grid:
            cells += [_cell(r["cells"][c["id"]]) if c["id"] in r["cells"] else "·" for c in story.fact_columns]
        else:
            cells.append(", ".join(md(story.labels[aid]) for aid in r["cells"]))
        lines.append(_row(cells))
    return lines + [""]


def _cell(entries: list[dict]) -> str:
    """The figure as one outlet worded it (with the time, in a series)."""
    return "; ".join(md(e["stated"]) + (f" ({md(e['when'])})" if e.get("when") else "") for e in entries)


def _conflicts(story: Story) -> list[str]:
    lines = ["## Conflicts", ""]
    if not story.conflicts:
        return lines + ["_No conflicts found._", ""]
    for c in story.conflicts:
        lines.append(f"- **{md(c['kind'])}**: {md(c['explanation'])}")
        for side in c["sides"]:  # any number of sides, one line each: "Outlet: what it says"
            lines.append(f"  - {_sources(side['refs']) or 'unknown'}: {md(side['text'])}")
        if not c["sides"] and c["refs"]:
            lines.append(f"  - {_sources(c['refs'])}")
    return lines + [""]


def _timeline(story: Story) -> list[str]:
    lines = ["## Timeline", ""]
    if not story.days:
        return lines + ["_No dated events found._", ""]
    for day in story.days:
        lines += [f"### {md(day['label'])}", ""]
        for ev in day["events"]:
            evidence = f" (“{md(ev['date_evidence'])}”)" if ev["date_evidence"] else ""
            lines.append(f"- {md(_short(ev['summary']))}{evidence} — {_sources(ev['refs'])}")
        lines.append("")
    return lines


def _quotes(story: Story) -> list[str]:
    lines = ["## Quotes", ""]
    if not story.speakers:
        return lines + ["_No quotes found._", ""]
    for g in story.speakers:
        role = f" — {md('; '.join(g['roles']))}" if g["roles"] else ""
        kinds = ", ".join(f"{n} {k}" for k, n in (g.get("kinds") or {}).items() if n)
        lines += [f"### {md(g['speaker'] or 'Unattributed')}{role}" + (f" ({kinds})" if kinds else ""), ""]
        for q in g["quotes"]:
            text = md(q["text"]) if q["kind"] == "indirect" else f"“{md(q['text'])}”"
            how = ", ".join(md(x) for x in (q["kind"], q["cue"]) if x)
            lines.append(f"- {text} ({how}) — {_sources(q['refs'])}")
        lines.append("")
    return lines


def _stances(story: Story) -> list[str]:
    lines = ["## Stances", ""]
    if not story.actors:
        return lines + ["_No stances found._", ""]
    for g in story.actors:
        lines += [f"### {md(g['actor'])}", ""]
        for s in g["stances"]:
            polarity = f"**{md(s['polarity'])}** " if s["polarity"] else ""
            topic = f" (on {md(s['topic'])})" if s["topic"] else ""
            lines.append(f"- {polarity}{md(s['position'])}{topic} — {_sources(s['refs'])}")
        lines.append("")
    return lines


def _copies(story: Story) -> list[str]:
    lines = ["## Copies", ""]
    if not story.copies:
        return lines + ["_No shared or repeated text found._", ""]
    for c in story.copies:
        names = " ↔ ".join(md(a["label"]) for a in c["articles"])
        pairs = f", {c['pairs']} pairs" if c["pairs"] > 1 else ""
        lines.append(f"- {md((c['kind'] or '').replace('_', ' '))}: {names} (up to {format_number(c['shared_chars'])} characters shared{pairs})")
    return lines + [""]


def render_markdown(brief: dict) -> str:
    """The brief as Markdown: the same panels as the web story page, without links."""
    story = build_story(brief)
    n = story.counts
    lines = [
        f"# {md(story.title)}",
        "",
        f"_{n['articles']} articles · {n['facts']} facts ({n['corroborated']} corroborated, {n['disputed']} disputed) · "
        f"{n['conflicts']} conflicts · {n['events']} events · {n['quotes']} quotes · {n['stances']} stances_",
        "",
    ]
    for part in (_articles, _conflicts, _facts, _timeline, _quotes, _stances, _copies):
        lines += part(story)
    if brief.get("generated_at"):
        lines.append(f"_Generated by Storyline at {md(brief['generated_at'])}._")
    return "\n".join(lines).rstrip() + "\n"
