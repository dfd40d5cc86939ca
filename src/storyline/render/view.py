"""The brief arranged for reading: one view model shared by the web pages and the reports.

The brief (contract ``storyline.brief/1``) is a flat list of items with
mentions; a journalist reads it by outlet, by day, by speaker and by actor.
This module does that grouping once, with no HTML in it, so the web app, the
static HTML report and the Markdown report show the same thing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..figures import format_figure, format_number  # noqa: F401  (re-exported for the templates and reports)

STATUS_LABELS = {"corroborated": "corroborated", "single_source": "single source", "disputed": "disputed"}


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL with a host (safe to put in ``href``), else None."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def day_label(date: str | None, precision: str | None) -> str:
    """Heading of a timeline group: 'Tue 20 Sep 2022', 'week of 19 Sep 2022', 'September 2022', '2022'."""
    if not date:
        return "Undated"
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return date
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return day.strftime("%B %Y")
    if precision == "week":
        return f"week of {day.day} {day.strftime('%b %Y')}"
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')}"


@dataclass
class Ref:
    """A link from an item to the sentence that states it in one article."""

    article: str
    label: str
    start: int | None
    end: int | None
    text: str
    item: str | None = None  # id of the fact/quote/event/stance/conflict it supports


@dataclass
class Story:
    """Everything a story page shows, grouped for reading."""

    brief: dict
    articles: list[dict]
    labels: dict[str, str]
    title: str
    fact_columns: list[dict] = field(default_factory=list)
    fact_rows: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    days: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    copies: list[dict] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    items: dict[str, dict] = field(default_factory=dict)  # item id -> kind, label, anchor

    def article(self, article_id: str) -> dict | None:
        return next((a for a in self.articles if a.get("id") == article_id), None)


LABEL_LIMIT = 24


def _host(url) -> str:
    host = urlsplit(safe_url(url) or "").hostname or ""
    return host[4:] if host.startswith("www.") else host


def _file_stem(source) -> str:
    """'/data/in/004_ab12.txt' -> '004_ab12'; '' for URLs, stdin and empty sources."""
    text = str(source or "").strip()
    if not text or text == "-" or "://" in text:
        return ""
    name = re.split(r"[\\/]", text.rstrip("/\\"))[-1]
    return re.sub(r"\.(txt|html?|json|jsonl|md|xml|warc(\.gz)?|gz)$", "", name, flags=re.I) or name


def _short_day(published) -> str:
    try:
        day = dt.date.fromisoformat(str(published or "")[:10])
    except ValueError:
        return ""
    return f"{day.day} {day.strftime('%b')}"


def _label_articles(articles: list[dict]) -> dict[str, str]:
    """A short, unique column name per article: outlet, else web host, else file name, else title.

    A title is a poor column heading (long, and it repeats the story), so it is
    only the last resort before the id. Several articles of one outlet are told
    apart by their day ("Xinhua 8 Aug"), then by a counter.
    """
    bases: dict[str, str] = {}
    for a in articles:
        base = (a.get("outlet") or _host(a.get("url")) or _host(a.get("source")) or _file_stem(a.get("source"))
                or a.get("title") or a.get("id") or "?")
        bases[a["id"]] = " ".join(str(base).split())
    counts: dict[str, int] = {}
    for base in bases.values():
        counts[base] = counts.get(base, 0) + 1
    labels: dict[str, str] = {}
    used: dict[str, int] = {}
    for a in articles:
        base = bases[a["id"]]
        day = _short_day(a.get("published")) if counts[base] > 1 else ""
        room = LABEL_LIMIT - (len(day) + 1 if day else 0)
        if len(base) > room:
            base = base[: room - 1] + "…"
        base = f"{base} {day}" if day else base
        used[base] = used.get(base, 0) + 1
        labels[a["id"]] = base if used[base] == 1 else f"{base} ({used[base]})"
    return labels


def _refs(mentions: list[dict] | None, labels: dict[str, str], item: str | None = None) -> list[Ref]:
    refs = []
    for m in mentions or []:
        aid = m.get("article")
        if aid not in labels:
            continue
        refs.append(Ref(aid, labels[aid], m.get("start"), m.get("end"), m.get("text") or "", item))
    return refs


def _outlet_refs(mentions: list[dict] | None, labels: dict[str, str], item: str | None = None) -> list[Ref]:
    """One ref per article (its first mention), in mention order."""
    seen: set[str] = set()
    out = []
    for ref in _refs(mentions, labels, item):
        if ref.article not in seen:
            seen.add(ref.article)
            out.append(ref)
    return out


def _article_order(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=lambda a: (a.get("published") or "9999", a.get("outlet") or "", a.get("id")))


def _item_index(brief: dict) -> dict[str, dict]:
    """Every fact/quote/event/stance by id, with a short label and its panel anchor."""
    index: dict[str, dict] = {}
    for f in brief.get("facts") or []:
        index[f.get("id")] = {"kind": "fact", "label": f"{format_figure(f)} {f.get('what') or ''}".strip(), "anchor": f"fact-{f.get('id')}"}
    for q in brief.get("quotes") or []:
        index[q.get("id")] = {"kind": "quote", "label": f"{q.get('speaker') or 'unknown'}: “{_short(q.get('text'))}”", "anchor": f"quote-{q.get('id')}"}
    for e in brief.get("events") or []:
        index[e.get("id")] = {"kind": "event", "label": f"{e.get('date')}: {_short(e.get('summary'))}", "anchor": f"event-{e.get('id')}"}
    for s in brief.get("stances") or []:
        index[s.get("id")] = {"kind": "stance", "label": f"{s.get('actor')}: {_short(s.get('position'))}", "anchor": f"stance-{s.get('id')}"}
    return index


def _short(text, limit: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _timeline(events: list[dict], labels: dict[str, str]) -> list[dict]:
    groups: "OrderedDict[tuple, dict]" = OrderedDict()
    precision_rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    for ev in sorted(events, key=lambda e: (str(e.get("date") or "9999"), precision_rank.get(e.get("precision"), 4))):
        precision = ev.get("precision") or "day"
        date = str(ev.get("date") or "")
        key = (date[:10] if precision == "day" else date[:10], precision)
        group = groups.setdefault(key, {"label": day_label(date, precision), "precision": precision, "events": []})
        group["events"].append(
            {
                "id": ev.get("id"),
                "summary": ev.get("summary") or "",
                "date_evidence": ev.get("date_evidence"),
                "refs": _event_refs(ev, labels),
            }
        )
    return list(groups.values())


def _event_refs(ev: dict, labels: dict[str, str]) -> list[Ref]:
    """Every outlet reporting a (possibly merged) event: one ref per article with a mention, then any listed
    in ``articles``/``outlets`` without one (linked to the article, not a sentence)."""
    refs = _outlet_refs(ev.get("mentions"), labels, ev.get("id"))
    have = {r.article for r in refs}
    for key in ("articles", "outlets"):
        for aid in ev.get(key) or []:
            if isinstance(aid, str) and aid in labels and aid not in have:
                have.add(aid)
                refs.append(Ref(aid, labels[aid], None, None, "", ev.get("id")))
    return refs


def _actors(stances: list[dict], labels: dict[str, str]) -> list[dict]:
    groups: "OrderedDict[str, dict]" = OrderedDict()
    for s in stances:
        actor = s.get("actor") or "(unknown)"
        group = groups.setdefault(actor.casefold(), {"actor": actor, "stances": []})
        group["stances"].append(
            {
                "id": s.get("id"),
                "position": s.get("position") or "",
                "polarity": s.get("polarity"),
                "topic": s.get("topic"),
                "refs": _outlet_refs(s.get("mentions"), labels, s.get("id")),
            }
        )
    return sorted(groups.values(), key=lambda g: (-len(g["stances"]), g["actor"].casefold()))


def _copy_groups(copies: list[dict], labels: dict[str, str]) -> list[dict]:
    """Pairs of copied articles joined into groups (per kind): many outlets running one wire story are one line."""
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs: dict[tuple, list[dict]] = {}
    for c in copies:
        ids = [a for a in c.get("articles") or [] if a]
        if not ids:
            continue
        kind = c.get("kind") or "copy"
        for other in ids[1:]:
            parent[find((kind, other))] = find((kind, ids[0]))
        pairs.setdefault(find((kind, ids[0])), []).append(c)
    groups: dict[tuple, dict] = {}
    for c_root, items in pairs.items():
        root = find(c_root)
        group = groups.setdefault(root, {"kind": root[0], "ids": [], "pairs": 0, "shared_chars": 0})
        for c in items:
            group["pairs"] += 1
            group["shared_chars"] = max(group["shared_chars"], int(c.get("shared_chars") or 0))
            group["ids"] += [a for a in c.get("articles") or [] if a not in group["ids"]]
    out = []
    for g in groups.values():
        g["articles"] = [{"id": a, "label": labels.get(a, a)} for a in g.pop("ids")]
        out.append(g)
    return sorted(out, key=lambda g: (-len(g["articles"]), g["kind"]))


def _story_title(articles: list[dict]) -> str:
    titles = [a.get("title") for a in articles if a.get("title")]
    return _short(titles[0], 120) if titles else "Story"


def build_story(brief: dict) -> Story:
    """Group a brief for reading (pure function of the brief)."""
    articles = _article_order([a for a in brief.get("articles") or [] if a.get("id")])
    labels = _label_articles(articles)
    index = _item_index(brief)
    from .facts import fact_grid  # here, not at the top: these modules build on this one
    from .sections import conflict_sides, speaker_groups

    in_conflict: dict[str, list[str]] = {}
    conflicts = []
    for c in brief.get("conflicts") or []:
        for item in c.get("items") or []:
            in_conflict.setdefault(item, []).append(c.get("id"))
        items = [{"id": i, **index.get(i, {"kind": "item", "label": i, "anchor": None})} for i in c.get("items") or []]
        conflicts.append(
            {
                "id": c.get("id"),
                "kind": c.get("kind") or "discrepancy",
                "explanation": c.get("explanation") or "",
                "items": items,
                "fact_items": [i for i in items if i.get("kind") == "fact"],
                "sides": conflict_sides(c, labels, index),
                "refs": _refs(c.get("mentions"), labels, c.get("id")),
            }
        )
    for c in conflicts:
        index[c["id"]] = {"kind": "conflict", "label": _short(c["explanation"]), "anchor": f"conflict-{c['id']}"}
    kind_rank = {"contradiction": 0, "discrepancy": 1, "metadata": 2}
    conflicts.sort(key=lambda c: kind_rank.get(c["kind"], 3))

    columns, rows = fact_grid(brief.get("facts") or [], articles, labels, in_conflict)
    copies = _copy_groups(brief.get("copies") or [], labels)
    story = Story(
        brief=brief,
        articles=articles,
        labels=labels,
        title=_story_title(articles),
        fact_columns=columns,
        fact_rows=rows,
        conflicts=conflicts,
        days=_timeline(brief.get("events") or [], labels),
        speakers=speaker_groups(brief.get("quotes") or [], labels),
        actors=_actors(brief.get("stances") or [], labels),
        copies=copies,
        items=index,
    )
    story.counts = {
        "articles": len(articles),
        "facts": len(brief.get("facts") or []),
        "corroborated": sum(r["status"] == "corroborated" for r in rows),
        "disputed": sum(r["status"] == "disputed" for r in rows),
        "conflicts": len(conflicts),
        "quotes": len(brief.get("quotes") or []),
        "events": len(brief.get("events") or []),
        "stances": len(brief.get("stances") or []),
    }
    return story


def article_items(story: Story, article_id: str) -> list[dict]:
    """The items stated in one article, in text order: what the article view lists beside the text."""
    items = []
    for row in story.fact_rows:
        for ref in (r for r in row["refs"] if r.article == article_id):
            label = story.items.get(ref.item, {}).get("label") if row["series"] else None  # one step of a series
            items.append({"kind": "fact", "label": label or f"{row['figure']} — {row['what']}", "ref": ref, "status": row["status"]})
    for kind, key, fmt in (
        ("quote", "quotes", lambda q: f"{q.get('speaker') or 'unknown'}: “{_short(q.get('text'), 120)}”"),
        ("event", "events", lambda e: f"{e.get('date')}: {_short(e.get('summary'), 120)}"),
        ("stance", "stances", lambda s: f"{s.get('actor')}: {_short(s.get('position'), 120)}"),
        ("conflict", "conflicts", lambda c: f"{c.get('kind')}: {_short(c.get('explanation'), 120)}"),
    ):
        for item in story.brief.get(key) or []:
            for ref in _refs(item.get("mentions"), story.labels, item.get("id")):
                if ref.article == article_id:
                    items.append({"kind": kind, "label": fmt(item), "ref": ref, "status": None})
    items.sort(key=lambda i: (i["ref"].start if i["ref"].start is not None else 0))
    return items

