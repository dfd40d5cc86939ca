"""Conflicts between outlets: figures, statements, quote attribution, metadata.

Precision first: a false conflict costs more than a missed one. Figures are
compared only across articles, for the same thing (unit, place, counted noun
and context), at the same time, and never when a sentence says the figure is
changing (a series). Contradiction needs figures that cannot both hold;
otherwise (lower bounds, rounding, different sources) it is a discrepancy.
"""
from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import defaultdict

from ..model import Article, Extraction
from . import lexicon
from .claims import Claim, mentions_thing, read_claims, sentence_spans
from .facts import Figure, same_subject, same_value
from .merge import cluster_figures, figures_of
from .spans import trim

log = logging.getLogger(__name__)

MAX_BLOCK = 400  # figures compared pairwise inside one block at most
REPRESENTATIVES = 4  # statements of one fact (from different articles) compared with other facts
MAX_RATIO = 2.0  # figures further apart than this measure different scopes, not one thing
_SERIES = re.compile(r"\b(?:so far|as of|by (?:late|early|mid|the end)|up to now|latest|updated|at least \S+ more|"
                     r"toll|a week earlier|a day earlier|previous(?:ly)?|earlier|now)\b", re.I)


def _interval(f: Figure) -> tuple[float, float]:
    v, q = f.value, f.qualifier
    if q in ("at_least", "more_than"):
        return (v, math.inf)
    if q in ("at_most", "less_than", "up_to"):
        return (0.0, v)
    if q == "range" and f.value_max is not None:
        return (v, f.value_max)
    if q == "approximately":
        return (v * 0.9, v * 1.1)
    digits = re.sub(r"[^0-9]", "", f"{abs(v):.0f}").rstrip("0")  # rounding: 300,000 may be 250,000-349,999
    slack = 10 ** (len(f"{abs(v):.0f}") - len(digits)) / 2 if len(digits) < len(f"{abs(v):.0f}") else 0.5
    return (v - slack, v + slack)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _same_time(a_when, b_when, a_pub, b_pub, days: int) -> bool:
    """Same time: equal explicit dates, or both undated and published within ``days`` (unknown passes)."""
    if a_when or b_when:
        return bool(a_when and b_when and str(a_when)[:10] == str(b_when)[:10])
    da, db = _day(a_pub), _day(b_pub)
    return da is None or db is None or abs((da - db).days) <= days


def _near(a: str | None, b: str | None, days: int) -> bool:
    """Two days at most ``days`` apart (an unknown day passes: the articles are one story's)."""
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= days


def _name(article: Article) -> str:
    """How a reader would name the article's outlet."""
    if article.outlet or article.wire:
        return article.outlet or article.wire
    if article.title:
        title = article.title if len(article.title) <= 48 else article.title[:45].rsplit(" ", 1)[0] + "…"
        return f"the article “{title}”"
    return article.source


def _describe(f: Figure) -> str:
    qual = {"at_least": "at least ", "more_than": "more than ", "approximately": "about ", "at_most": "at most ",
            "less_than": "less than ", "up_to": "up to "}.get(f.qualifier, "")
    num = f"{f.value:,.0f}" if f.value == int(f.value) else f"{f.value:,}"
    unit = f" {f.unit}s" if f.unit and f.unit not in ("percent", "USD", "EUR", "GBP", "RUB") else (
        f" {f.unit}" if f.unit else "")
    return f"{qual}{num}{unit}"


def _figure_conflicts(figs: list[Figure], fact_of: dict, arts: dict[str, Article]) -> list[dict]:
    """Blocked on unit, a concept of the counted noun and the value's power of two (values within
    :data:`MAX_RATIO` fall in the same or the next block), so the cost stays near-linear."""
    blocks: dict[tuple, list[Figure]] = defaultdict(list)
    per_fact: dict[str, set[str]] = defaultdict(set)
    for f in figs:
        fid = fact_of.get((f.article, f.index))
        if fid is None or f.value <= 0 or len(per_fact[fid]) >= REPRESENTATIVES or f.article in per_fact[fid]:
            continue  # a few statements of each fact, from different articles, stand for all of them
        if _SERIES.search(f.sentence) or lexicon.has_phrase(f.sentence, lexicon.INCREASE + lexicon.DECREASE):
            continue  # a changing figure belongs to a series
        per_fact[fid].add(f.article)
        for key in {c for c in f.head if not c.startswith("w:")} or set(f.head):
            for place in f.places or {None}:
                blocks[(f.unit, key, place, int(math.log2(f.value)))].append(f)
    seen: set[tuple[str, str]] = set()
    out = []
    for (unit, key, place, level), block in blocks.items():
        if len(block) > MAX_BLOCK:
            log.info("conflicts: block of %d figures truncated", len(block))
            block = block[:MAX_BLOCK]
        upper = blocks.get((unit, key, place, level + 1), [])[:MAX_BLOCK]
        for i, a in enumerate(block):
            for b in block[i + 1 :] + upper:
                fa, fb = fact_of.get((a.article, a.index)), fact_of.get((b.article, b.index))
                if a.article == b.article or fa is None or fb is None or fa == fb:
                    continue
                pair = tuple(sorted((fa, fb)))
                if pair in seen or same_value(a.value, b.value):
                    continue
                lo, hi = sorted((abs(a.value), abs(b.value)))
                if lo == 0 or hi / lo > MAX_RATIO:
                    continue
                if not _comparable(a, b, arts):
                    continue
                seen.add(pair)
                out.append(_figure_conflict(a, b, fa, fb, arts))
    return out


def _comparable(a: Figure, b: Figure, arts: dict[str, Article]) -> bool:
    if not same_subject(a, b):
        return False
    return _same_time(a.when, b.when, arts[a.article].published, arts[b.article].published, days=3)


def _figure_conflict(a: Figure, b: Figure, fa: str, fb: str, arts: dict[str, Article]) -> dict:
    ia, ib = _interval(a), _interval(b)
    can_hold = ia[0] <= ib[1] and ib[0] <= ia[1]
    diff_sources = bool(a.according_to and b.according_to and a.according_to != b.according_to)
    same_day = (a.when is not None and str(a.when)[:10] == str(b.when)[:10]) or (
        a.when is None and b.when is None and _day(a.published) is not None and _day(a.published) == _day(b.published))
    kind = "contradiction" if not can_hold and not diff_sources and same_day else "discrepancy"
    what = a.what or b.what or "the same thing"
    why = ("both are lower bounds, so both can hold" if a.qualifier in ("at_least", "more_than")
           and b.qualifier in ("at_least", "more_than") else
           "they may be different estimates or roundings" if kind == "discrepancy" else "both cannot be true")
    return {
        "kind": kind,
        "items": [fa, fb],
        "mentions": [a.mention, b.mention],
        "explanation": f"{_name(arts[a.article])} gives {_describe(a)} for {what} where {_name(arts[b.article])} "
                       f"gives {_describe(b)}; {why}.",
    }


def _claim_conflicts(claims: list[Claim], arts: dict[str, Article], items_at) -> list[dict]:
    out = []
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.frame == "change" and not c.negated:
            for p in c.places:
                by_place[p].append(c)
    for neg in (c for c in claims if c.frame == "change" and c.negated):
        others = [c for c in by_place.get(neg.place or "", []) if c.article != neg.article
                  and neg.concepts & c.concepts
                  and _near(neg.date or arts[neg.article].published, c.date or arts[c.article].published, 1)]
        for article in sorted({c.article for c in others}):
            side = [c for c in others if c.article == article]
            out.append(_statement(neg, side, arts, items_at,
                                  f"{_name(arts[neg.article])} reports no increase in {neg.place} while "
                                  f"{_name(arts[article])} reports a rise there at the same time."))
    return out


def _denial_conflicts(claims: list[Claim], sentences: dict[str, list[tuple[int, int]]], arts: dict[str, Article],
                      items_at) -> list[dict]:
    denials = [c for c in claims if c.frame == "denial"]
    if not denials:
        return []
    wanted = set().union(*(d.concepts for d in denials))
    index: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # concept -> sentences stating it
    for aid, spans in sentences.items():
        text = arts[aid].text
        for s, e in spans:
            if e - s < 600:
                for c in lexicon.concepts(text[s:e]) & wanted:
                    index[c].append((aid, s, e))
    out = []
    for d in denials:
        thing = ", ".join(sorted(t.lower().replace("_", " ") for t in d.concepts))
        hits = set.intersection(*(set(index.get(c, [])) for c in d.concepts))
        by_article: dict[str, list[Claim]] = defaultdict(list)
        for aid, s, e in sorted(hits):
            if aid == d.article or not _same_time(None, None, arts[d.article].published, arts[aid].published, 8):
                continue
            s, e = trim(arts[aid].text, s, e)
            if mentions_thing(arts[aid].text[s:e], d.concepts):
                by_article[aid].append(Claim("report", aid, s, e, arts[aid].text[s:e], False))
        for aid, side in by_article.items():
            out.append(_statement(d, side, arts, items_at,
                                  f"{_name(arts[d.article])} reports an official denial ({thing}) while "
                                  f"{_name(arts[aid])} reports that it happened."))
    return out


def _statement(a: Claim, side: list[Claim], arts, items_at, explanation: str) -> dict:
    mentions = [{"article": c.article, "start": c.start, "end": c.end, "text": c.text} for c in [a, *side]]
    items = list(dict.fromkeys(i for c in [a, *side] for i in items_at(c.article, c.start, c.end)))
    return {"kind": "contradiction", "items": items, "mentions": mentions, "explanation": explanation}


def _quote_conflicts(quotes: list[dict], arts: dict[str, Article]) -> list[dict]:
    def key(text: str) -> str:
        return " ".join(re.findall(r"\w+", (text or "").lower()))

    def surname(name: str | None) -> str:
        parts = re.findall(r"[\w'-]+", (name or "").lower())
        return parts[-1] if parts else ""

    groups: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        k = key(q.get("text"))
        if len(k.split()) >= 6 and q.get("speaker") and q["speaker"][:1].isupper():
            groups[k].append(q)
    out = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                sa, sb = surname(a["speaker"]), surname(b["speaker"])
                arts_a = {m["article"] for m in a["mentions"]}
                arts_b = {m["article"] for m in b["mentions"]}
                if sa == sb or arts_a == arts_b:
                    continue
                texts = " ".join(m["text"].lower() for m in a["mentions"] + b["mentions"])
                if sa in " ".join(m["text"].lower() for m in b["mentions"]) or \
                        sb in " ".join(m["text"].lower() for m in a["mentions"]):
                    continue  # both names around the quote: likely one speaker resolution error
                del texts
                out.append({
                    "kind": "contradiction",
                    "items": [a["id"], b["id"]],
                    "mentions": a["mentions"][:1] + b["mentions"][:1],
                    "explanation": f"The same words are attributed to {a['speaker']} by "
                                   f"{_name(arts[a['mentions'][0]['article']])} and to {b['speaker']} by "
                                   f"{_name(arts[b['mentions'][0]['article']])}.",
                })
    return out


def _stance_conflicts(stances: list[dict], arts: dict[str, Article]) -> list[dict]:
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
                pairs = [(a, b) for a in sorted(pa) for b in sorted(ca) if _near(arts[a].published, arts[b].published, 8)]
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


def _metadata_conflicts(articles: list[Article]) -> list[dict]:
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


def _fact_index(figs: list[Figure], facts: list[dict]) -> dict[tuple[str, int], str]:
    """(article, quantity index) -> fact id, re-deriving :func:`merge_facts`' deterministic clusters."""
    by_id = {f["id"]: f for f in facts}
    out = {}
    for i, group in enumerate(cluster_figures(figs)):
        fact = by_id.get(f"f{i + 1}")
        if fact is None or not same_value(fact["value"], group[0].value):
            continue
        for f in group:
            out[(f.article, f.index)] = fact["id"]
    return out


def find_conflicts(
    articles: list[Article],
    extractions: list[Extraction],
    facts: list[dict],
    quotes: list[dict],
    events: list[dict],
    stances: list[dict],
) -> list[dict]:
    """Contradictions, discrepancies and metadata conflicts; sets involved facts' status to ``disputed``."""
    arts = {a.id: a for a in articles}
    exts = [e for e in extractions if e.article_id in arts]
    figs = figures_of(articles, exts)
    fact_of = _fact_index(figs, facts)

    spans_by_item: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for it in [*quotes, *events, *stances]:
        for m in it.get("mentions", []):
            spans_by_item[m["article"]].append((it["id"], m["article"], m["start"], m["end"]))

    def items_at(article: str, start: int, end: int) -> list[str]:
        return [i for i, _, s, e in spans_by_item.get(article, []) if s < end and start < e]

    dated = defaultdict(list)
    for ev in events:
        for m in ev.get("mentions", []):
            if ev.get("precision") == "day":
                dated[m["article"]].append((m["start"], m["end"], ev["date"]))

    def date_of(article: str):
        def inner(s: int, e: int) -> str | None:
            return next((d for ds, de, d in dated.get(article, []) if ds <= s and e <= de or s <= ds and de <= e),
                        None)
        return inner

    sentences = {e.article_id: sentence_spans(arts[e.article_id].text, e.sentences) for e in exts}
    claims = [c for e in exts for c in read_claims(e.article_id, arts[e.article_id].text, sentences[e.article_id],
                                                   date_of(e.article_id))]
    conflicts = (_figure_conflicts(figs, fact_of, arts) + _claim_conflicts(claims, arts, items_at)
                 + _denial_conflicts(claims, sentences, arts, items_at) + _quote_conflicts(quotes, arts)
                 + _stance_conflicts(stances, arts)
                 + _metadata_conflicts(articles))
    disputed = {i for c in conflicts for i in c["items"]}
    for fact in facts:
        if fact["id"] in disputed:
            fact["status"] = "disputed"
    for i, c in enumerate(conflicts):
        c["id"] = f"c{i + 1}"
    return [{"id": c.pop("id"), **c} for c in conflicts]
