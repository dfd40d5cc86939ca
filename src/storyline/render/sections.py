"""Quote and conflict sections of the story view: speakers with quote kinds, conflicts as sides.

Split from :mod:`storyline.render.view` (which calls these) to keep each module small.
"""
from __future__ import annotations

from collections import OrderedDict

from .view import Ref, _outlet_refs, _refs, _short, format_figure

KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


def _speaker_keys(quotes: list[dict]) -> dict[str, str]:
    """casefolded name -> group key. A one-word name ("Obama") joins the one longer name ending in it
    ("Barack Obama"); when two longer names share it ("Bill Clinton", "Hillary Clinton") it stays apart."""
    names = {" ".join(str(q.get("speaker") or "").split()).casefold() for q in quotes} - {""}
    keys = {n: n for n in names}
    for n in names:
        if " " in n:
            continue
        longer = [m for m in names if " " in m and m.split()[-1] == n]
        if len(longer) == 1:
            keys[n] = longer[0]
    return keys


def speaker_groups(quotes: list[dict], labels: dict[str, str]) -> list[dict]:
    groups: "OrderedDict[str, dict]" = OrderedDict()
    keys = _speaker_keys(quotes)
    for q in quotes:
        name = " ".join(str(q.get("speaker") or "").split())
        key = keys.get(name.casefold(), name.casefold())
        group = groups.setdefault(key, {"speaker": name or None, "roles": [], "quotes": []})
        if name and len(name) > len(group["speaker"] or ""):
            group["speaker"] = name  # the fullest form names the group
        role = q.get("speaker_role")
        if role and role not in group["roles"]:
            group["roles"].append(role)
        kind = q.get("kind") if q.get("kind") in KIND_ORDER else None
        group["quotes"].append(
            {"id": q.get("id"), "text": q.get("text") or "", "kind": kind, "cue": q.get("cue"),
             "refs": _outlet_refs(q.get("mentions"), labels, q.get("id"))}
        )
    for group in groups.values():
        # direct quotes first (the exact words), then partial, then paraphrase; more outlets first within a kind
        group["quotes"].sort(key=lambda q: (KIND_ORDER.get(q["kind"], 3), -len(q["refs"])))
        group["kinds"] = {k: sum(q["kind"] == k for q in group["quotes"]) for k in KIND_ORDER}
    # most-quoted first, unknown speakers last
    return sorted(groups.values(), key=lambda g: (g["speaker"] is None, -len(g["quotes"]), (g["speaker"] or "").casefold()))


def _side_text(side: dict, index: dict[str, dict]) -> str:
    for key in ("label", "claim", "text", "figure"):
        if isinstance(side.get(key), str) and side[key].strip():
            return _short(side[key], 160)
    stated = side.get("stated_as")
    if isinstance(stated, list) and stated:
        return _short(" / ".join(str(x) for x in stated), 160)
    if side.get("value") is not None:
        return format_figure(side)
    items = [index[i]["label"] for i in side.get("items") or [] if i in index]
    return _short("; ".join(items), 160)


def conflict_sides(c: dict, labels: dict[str, str], index: dict[str, dict]) -> list[dict]:
    """The sides of a conflict, any number: fusion's ``sides`` when given, else one side per article quoted.

    Each side is what one outlet says (its sentence) with a link to it, so a
    conflict reads as "A says …; B says …" rather than a list of item ids.
    """
    out = []
    given = c.get("sides")
    if isinstance(given, list) and given:
        for side in given:
            if not isinstance(side, dict):
                continue
            refs = _outlet_refs(side.get("mentions"), labels, c.get("id"))
            for aid in side.get("articles") or side.get("outlets") or []:
                if isinstance(aid, str) and aid in labels and aid not in {r.article for r in refs}:
                    refs.append(Ref(aid, labels[aid], None, None, "", c.get("id")))
            out.append({"text": _side_text(side, index), "refs": refs})
        if out:
            return out
    by_article: "OrderedDict[str, list[Ref]]" = OrderedDict()
    for ref in _refs(c.get("mentions"), labels, c.get("id")):
        by_article.setdefault(ref.article, []).append(ref)
    for refs in by_article.values():
        text = _short(refs[0].text, 160)
        if len(refs) > 1:
            text += f" (+{len(refs) - 1} more sentence{'s' if len(refs) > 2 else ''})"
        out.append({"text": text, "refs": refs[:1]})
    return out
