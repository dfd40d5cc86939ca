"""The fact grid: one row per fact (or per series of a figure over time), one column per outlet.

Each cell shows the figure *as that outlet wrote it* ("some 300,000", "over
300,000"), taken from the fact's ``stated_as`` strings found in the outlet's own
sentences, so a reader sees the wording differences fusion smoothed over. Facts
linked by ``series`` (the same thing counted at different times) are one row
read left to right in time, not unrelated rows. Every field is read
defensively: a brief without ``stated_as`` or ``series`` still renders.
"""
from __future__ import annotations

import datetime as dt
import re

from .view import STATUS_LABELS, Ref, format_figure
from .view import _refs as refs_of

_SMALL_WORDS = {"and", "es", "of", "the", "de", "del", "da", "du", "la", "le", "el", "al", "on", "upon", "in", "y", "van", "von"}
_STATUS_RANK = {"disputed": 0, "corroborated": 1, "single_source": 2}


def when_label(when) -> str:
    """'2022-09-21' -> '21 Sep 2022'; '2022-W37' -> 'week of 12 Sep 2022'; anything else as given."""
    text = str(when or "").strip()
    if not text:
        return ""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", text)
    try:
        if m:
            day = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return f"week of {day.day} {day.strftime('%b %Y')}"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
            day = dt.date.fromisoformat(text[:10])
            return f"{day.day} {day.strftime('%b %Y')}"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date.fromisoformat(text + "-01").strftime("%B %Y")
    except ValueError:
        return text
    return text


def _strings(value) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    return [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]


def stated_in(fact: dict, mentions: list[dict]) -> list[str]:
    """How the outlet worded the figure in ``mentions`` (its own sentences), longest match first; [] if unknown."""
    found: list[str] = []
    for m in mentions:
        own = _strings(m.get("stated_as") or m.get("raw"))  # per-mention wording, if fusion gives it
        if own:
            found += own
            continue
        text = " ".join(str(m.get("text") or "").split()).casefold()
        # longest first, so "more than 194,000" wins over "194,000" in one sentence
        for raw in sorted(_strings(fact.get("stated_as")), key=len, reverse=True):
            if raw.casefold() in text and not any(raw.casefold() in f.casefold() for f in found):
                found.append(raw)
                break
    return list(dict.fromkeys(found))


def _cells(fact: dict, refs: list[Ref], labels: dict[str, str], when: str | None = None) -> dict[str, list[dict]]:
    """article id -> [one entry for this fact]: its wording, first ref, count of mentions."""
    out: dict[str, list[dict]] = {}
    outlets = [a for a in fact.get("outlets") or [] if isinstance(a, str)]
    for aid in list(dict.fromkeys(outlets + [r.article for r in refs])):
        if aid not in labels:
            continue
        own = [r for r in refs if r.article == aid]
        mentions = [m for m in fact.get("mentions") or [] if isinstance(m, dict) and m.get("article") == aid]
        stated = stated_in(fact, mentions)
        out[aid] = [{
            "ref": own[0] if own else None,
            "count": len(own),
            "stated": " / ".join(stated) if stated else format_figure(fact),
            "when": when_label(when) if when else "",
            "fact": fact.get("id"),
        }]
    return out


def _series_members(fact: dict, by_id: dict[str, dict]) -> list[str]:
    """Ids of the facts in ``fact``'s series, in the order fusion gives (time order), if it has one."""
    series = fact.get("series")
    if not isinstance(series, list):
        return []
    ids = []
    for step in series:
        fid = step.get("fact") if isinstance(step, dict) else step if isinstance(step, str) else None
        if fid in by_id and fid not in ids:
            ids.append(fid)
    return ids if len(ids) > 1 else []


def _row(facts: list[dict], labels: dict[str, str], in_conflict: dict[str, list[str]]) -> dict:
    first = facts[0]
    cells: dict[str, list[dict]] = {}
    refs: list[Ref] = []
    steps = []
    for f in facts:
        f_refs = refs_of(f.get("mentions"), labels, f.get("id"))
        refs += f_refs
        when = f.get("when") if len(facts) > 1 else None
        for aid, entries in _cells(f, f_refs, labels, when).items():
            cells.setdefault(aid, []).extend(entries)
        steps.append({"id": f.get("id"), "figure": format_figure(f), "when": when_label(f.get("when")),
                      "outlets": len({r.article for r in f_refs} | {a for a in f.get("outlets") or [] if a in labels})})
    statuses = [f.get("status") or "single_source" for f in facts]
    status = min(statuses, key=lambda s: _STATUS_RANK.get(s, 3))
    independent = [f.get("independent_sources") for f in facts if isinstance(f.get("independent_sources"), int)]
    whats = [f.get("what") for f in facts if f.get("what")]
    return {
        "id": first.get("id"),
        "anchors": [f.get("id") for f in facts[1:] if f.get("id")],
        "what": whats[0] if whats else "(unspecified)",
        "where": _place(next((f.get("where") for f in facts if f.get("where")), None)),
        "when": None if len(facts) > 1 else (when_label(first.get("when")) or None),
        "when_key": "" if len(facts) > 1 else str(first.get("when") or ""),
        "according_to": list(dict.fromkeys(s for f in facts for s in _strings(f.get("according_to")))),
        "figure": " → ".join(s["figure"] for s in steps) if len(facts) > 1 else (_vague(first) or format_figure(first)),
        "series": steps if len(facts) > 1 else [],
        "status": status,
        "status_label": STATUS_LABELS.get(status, status),
        "independent": max(independent) if independent else None,
        "n_outlets": len(cells),
        "cells": cells,
        "conflicts": list(dict.fromkeys(c for f in facts for c in in_conflict.get(f.get("id"), []))),
        "first_ref": refs[0] if refs else None,
        "refs": refs,
        "value": _as_float(first.get("value")),
    }


def _vague(fact: dict) -> str | None:
    """'dozens of' when every outlet worded the figure without digits ('dozens', 'Dozens'): the word is
    what was said, and a derived range ('about 24–99') would claim a precision no outlet gave."""
    stated = {x.casefold() for x in _strings(fact.get("stated_as"))}
    if fact.get("value_max") is None or len(stated) != 1 or any(ch.isdigit() for ch in next(iter(stated))):
        return None
    word = next(iter(stated))
    return f"{word} of" if word.endswith("s") and not word.endswith(" of") else word


def _place(where) -> str | None:
    """Fusion compares places lower-cased ("st. petersburg"); show them as names ("St. Petersburg")."""
    if not isinstance(where, str) or not where.strip():
        return None
    if not where.islower():
        return where
    words = where.split(" ")
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _as_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def fact_grid(facts: list[dict], articles: list[dict], labels: dict[str, str], in_conflict: dict[str, list[str]]):
    """(columns, rows) of the grid; a series of facts is one row."""
    facts = [f for f in facts if isinstance(f, dict)]
    by_id = {f.get("id"): f for f in facts if f.get("id")}
    done: set = set()
    rows = []
    for fact in facts:
        if fact.get("id") in done and fact.get("id") is not None:
            continue
        members = [by_id[i] for i in _series_members(fact, by_id) if i not in done] or [fact]
        if fact not in members:
            members = [fact]
        done.update(f.get("id") for f in members)
        rows.append(_row(members, labels, in_conflict))
    rank = {"disputed": 0, "corroborated": 1}
    rows.sort(key=lambda r: (rank.get(r["status"], 2), not r["series"], r["what"].casefold(), r["when_key"],
                             r["value"], r["id"] or ""))
    used = {aid for r in rows for aid in r["cells"]}
    columns = [{"id": a["id"], "label": labels[a["id"]], "published": (a.get("published") or "")[:10]}
               for a in articles if a["id"] in used]
    return columns, rows
