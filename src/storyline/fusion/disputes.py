"""Conflicts without figures: quotes given to different speakers, one actor's opposite stances,
and an article stating two publication dates (read from the cleaning warnings)."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ..model import Article
from .compare import name as _name
from .compare import near as _near


def quote_conflicts(quotes: list[dict], arts: dict[str, Article]) -> list[dict]:
    def key(text: str) -> str:
        return " ".join(re.findall(r"\w+", (text or "").lower()))

    def surname(name: str | None) -> str:
        parts = re.findall(r"[\w'-]+", _plain(name or ""))  # Calderón = Calderon
        return parts[-1] if parts else ""

    groups: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        k = key(q.get("text")).split()
        if len(k) >= 6 and q.get("speaker") and q["speaker"][:1].isupper():
            groups[" ".join(k[:6])].append(q)  # blocked on the opening words; compared on all of them
    out = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                sa, sb = surname(a["speaker"]), surname(b["speaker"])
                arts_a = {m["article"] for m in a["mentions"]}
                arts_b = {m["article"] for m in b["mentions"]}
                if sa == sb or arts_a & arts_b:
                    continue
                wa, wb = set(key(a["text"]).split()), set(key(b["text"]).split())
                if len(wa & wb) < 0.8 * len(wa | wb):
                    continue  # different sentences that open alike
                around_a = _plain(" ".join(m["text"] for m in a["mentions"]))
                around_b = _plain(" ".join(m["text"] for m in b["mentions"]))
                if sa in around_b or sb in around_a:
                    continue  # both names around the quote: likely one speaker resolution error
                if not (_named(sa, around_a) and _named(sb, around_b)):
                    continue  # a speaker we inferred ('he said' -> a name): our guess, not the outlet's claim
                out.append({
                    "kind": "contradiction",
                    "items": [a["id"], b["id"]],
                    "mentions": a["mentions"][:1] + b["mentions"][:1],
                    "explanation": f"The same words are attributed to {a['speaker']} by "
                                   f"{_name(arts[a['mentions'][0]['article']])} and to {b['speaker']} by "
                                   f"{_name(arts[b['mentions'][0]['article']])}.",
                })
    return out


def _plain(text: str) -> str:
    """Lower case without accents."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _named(surname: str, text: str) -> bool:
    return bool(surname) and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) is not None


def stance_conflicts(stances: list[dict], arts: dict[str, Article]) -> list[dict]:
    """One actor reported for and against the same thing by different outlets (none reporting both)."""
    by_key: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for st in stances:
        if st.get("polarity") in ("for", "against") and st.get("topic"):
            by_key[(st["actor"], st["topic"])][st["polarity"]].append(st)
    out = []
    for (actor, topic), sides in sorted(by_key.items()):
        for pro in sides.get("for", []):
            for con in sides.get("against", []):
                pa = {m["article"] for m in pro["mentions"]}
                ca = {m["article"] for m in con["mentions"]}
                if pa & ca:
                    continue  # one article reports both: a nuance (who, when), not outlets disagreeing
                pairs = [(a, b) for a in sorted(pa) for b in sorted(ca)
                         if _near(arts[a].published, arts[b].published, 8)]
                if not pairs:
                    continue
                a, b = pairs[0]
                out.append({
                    "kind": "discrepancy",
                    "items": [pro["id"], con["id"]],
                    "mentions": [pro["mentions"][0], con["mentions"][0]],
                    "explanation": f"{_name(arts[a])} reports {actor} for {topic} ({pro['position']}) while "
                                   f"{_name(arts[b])} reports it against ({con['position']}); the two may concern "
                                   f"different people or moments.",
                })
    return out


_DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CHOSE_RE = re.compile(r"more than one date: chose (?P<day>\S+) \('(?P<ev>.*?)'\).*? over (?P<other>.+?)(?: \(|$)")


def metadata_conflicts(articles: list[Article]) -> list[dict]:
    """An article that states two different publication dates (read from the cleaning warnings)."""
    out = []
    for a in articles:
        for w in a.warnings:
            m = _CHOSE_RE.search(w)
            dates = list(dict.fromkeys(_DATE_RE.findall(w)))
            if m:
                why = (f"{_name(a)} states more than one date: {m.group('day')} ('{m.group('ev')}') was taken as "
                       f"the publication date over {m.group('other')}, which looks like a page or crawl date.")
            elif len(dates) >= 2 and re.search(r"\bdate", w, re.I) and not w.startswith("no publication date"):
                why = f"{_name(a)} shows two publication dates ({dates[0]} and {dates[1]}): {w}"
            else:
                continue
            item = {"kind": "metadata", "items": [], "articles": [a.id], "explanation": why}
            spans = [(i, i + len(ev)) for ev in ([m.group("ev")] if m else []) if ev and (i := a.text.find(ev)) >= 0]
            if spans:
                item["mentions"] = [{"article": a.id, "start": s, "end": e, "text": a.text[s:e]} for s, e in spans]
            out.append(item)
            break
    return out
